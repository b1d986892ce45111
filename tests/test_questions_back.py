"""A question back answers nothing (tester round u32ta; docs/process.md rule 9).

The reader of her own words (``core.questions_back``) in five languages, with the mails
that deliver, decline or answer beside a question; then ``core.policy.assess`` over plain
timelines with literal datetimes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    InterviewState,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.own_moves import own_moves
from silence_watch.core.policy import assess
from silence_watch.core.questions_back import only_asks_back
from silence_watch.core.workdays import BusinessCalendar

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    "text",
    [
        # more time asked
        "Hi Priya, my daughter's school play is on Thursday - might I get until Friday the 11th?",
        "Quick one: would a short extension be possible? Two more days would really help.",
        "Is it possible to hand the case study in on Monday instead? Moving house this week.",
        "Hallo Herr Brandt, könnte ich die Fallstudie erst am Montag abgeben?",
        "Wäre es möglich, die Frist um zwei Tage zu verlängern? Ich bin bis Mittwoch verreist.",
        "Bonjour Claire, serait-il possible d'avoir jusqu'à mardi pour l'étude de cas ?",
        "Est-ce que je pourrais rendre l'exercice lundi ? Je suis en déplacement.",
        "Hola Lucía: ¿sería posible entregar la prueba el martes? Estoy de viaje.",
        "¿Podría tener un par de días más? Gracias de antemano.",
        "Hoi Sanne, zou ik tot dinsdag de tijd mogen hebben voor de opdracht?",
        "Is het mogelijk om wat meer tijd te krijgen? Ik ben deze week ziek geweest.",
        # the task made clear
        "Thanks Omar! Should the deck be in Keynote or PowerPoint?",
        "Before I start: is it ok if I use TypeScript instead of Java?",
        "Danke! Soll ich die Lösung als Git-Repository oder als ZIP schicken?",
        "Merci ! Dois-je présenter en français ou en anglais ?",
        "¡Gracias! ¿Debo incluir los tests unitarios?",
        "Bedankt! Moet ik de presentatie als PDF aanleveren?",
        # the work promised for later: her acknowledgement, no delivery
        "Thanks Omar, will do - I'll send it over by Wednesday evening.",
        "Vielen Dank, ich schicke Ihnen die Unterlagen bis Freitag.",
        "Merci, je vous l'envoie d'ici vendredi.",
        "Gracias, se lo envío antes del viernes.",
        "Dank je, ik stuur het uiterlijk vrijdag.",
    ],
)
def test_her_mail_that_only_asks_back_answers_nothing(text: str) -> None:
    """More time asked, the task made clear, the work promised: no answer, in five languages."""
    assert only_asks_back(text) is not None
    assert own_moves(text)[4] is not None


@pytest.mark.parametrize(
    "text",
    [
        # a question beside the work delivered
        "Here's my solution: https://git.example/ana/kata. One question - should I add a README?",
        "Please find the deck attached. Should I also send the speaker notes?",
        "Not sure it's what you had in mind, but I've attached my take. Could I present it Monday?",
        "Anbei meine Lösung. Soll ich noch Tests ergänzen?",
        "Vous trouverez ma présentation ci-jointe. Dois-je aussi envoyer les notes ?",
        "Te adjunto la prueba. ¿Debo incluir también los tests?",
        "In de bijlage mijn uitwerking. Moet ik ook de broncode sturen?",
        "I submitted the assessment last night - no need for the extra days after all.",
        "Ya lo he enviado, ¡gracias por la paciencia!",
        # declined, or an answer of another kind beside the question
        "I've decided to pass on the take-home, but could we talk about my GitHub instead?",
        "Tuesday at 10 works for me. Could I have until Friday for the case?",
        "Yes, I'm still interested! Could I have until Monday for the documents?",
        "Donnerstag passt mir gut. Soll ich etwas mitbringen?",
        "Mardi me convient. Dois-je apporter quelque chose ?",
        "El martes me viene bien. ¿Debo llevar algo?",
        "Dinsdag schikt. Moet ik iets meenemen?",
        # asking nothing back: thanks for an extension given, a kind word
        "Thanks so much for the extension!",
        "Thank you for the chat today, it was lovely to meet the team.",
        "If that's a problem, no worries at all.",
    ],
)
def test_a_mail_that_delivers_declines_or_answers_is_an_answer(text: str) -> None:
    """Near misses: delivered, declined, or answered beside the question; or nothing asked."""
    assert only_asks_back(text) is None


def test_a_document_attached_delivers_whatever_her_words_ask() -> None:
    """Her "could I add a second version on Monday?" beside an attached PDF is her answer."""
    text = "Could I send a second version on Monday?"
    assert only_asks_back(text) is not None
    assert only_asks_back(text, attached=True) is None
    assert own_moves(text, attached=True)[4] is None


def test_a_withdrawal_is_more_than_a_question_back() -> None:
    """Withdrawing with a question in it is a withdrawal, never a question back."""
    text = ("I've decided to withdraw my application. Could you let me know if I should"
            " return the laptop?")  # fmt: skip
    withdrew, *_, asked = own_moves(text, "Halvard Systems")
    assert withdrew is not None
    assert asked is None


def test_a_not_before_the_delivery_word_undoes_it() -> None:
    """"I haven't submitted it yet - could I have two more days?" delivers nothing."""
    assert only_asks_back("I haven't submitted it yet - could I have two more days?")
    assert only_asks_back("Ich habe es noch nicht eingereicht. Könnte ich bis Montag abgeben?")


# --- the policy ----------------------------------------------------------------------------

LA = ZoneInfo("America/Los_Angeles")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=LA))
OMAR = "omar.haddad@halvard.example"
# Monday 9 November 2026, 11:00 in Los Angeles: a panel with Omar, who recruits.
PANEL = Interview(
    id=3,
    company="Halvard Systems",
    role="Product Designer",
    date=datetime(2026, 11, 9, 11, 0, tzinfo=LA),
    contacts=(Contact("Omar Haddad", OMAR),),
    domains=("halvard.example",),
)


def la(month: int, day: int, hour: int = 12) -> datetime:
    """A literal moment in Los Angeles in 2026."""
    return datetime(2026, month, day, hour, 0, tzinfo=LA)


def hers(at: datetime, *, asked: bool = False) -> TimelineEntry:
    """Her mail to Omar; ``asked``: it only asks back."""
    return TimelineEntry(at=at, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         recipients=(OMAR,), asked_back=asked)  # fmt: skip


def omar(at: datetime, intent: Intent, **fields: object) -> TimelineEntry:
    """Omar's mail, read surely as ``intent``."""
    entry = TimelineEntry(at=at, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                          sender=OMAR, intent=intent)  # fmt: skip
    return replace(entry, **fields)  # type: ignore[arg-type]


THANKS = hers(la(11, 9, 15))
# Tuesday the 10th: a design exercise "by Friday the 20th".
EXERCISE = omar(la(11, 10, 9), Intent.NEXT_STEP)
# That evening she asks for until the 24th; nobody answers.
EXTENSION = hers(la(11, 10, 20), asked=True)


def test_her_question_back_plans_no_follow_up() -> None:
    """Weeks on, with her question unanswered and nothing delivered, nothing chases them."""
    for now in (la(11, 18), la(11, 23), la(12, 14)):
        verdict = assess(PANEL, [THANKS, EXERCISE, EXTENSION], now, POLICY)
        assert verdict.state is InterviewState.REPLIED
        assert verdict.next_action is None
        assert verdict.question is None
        assert "question back" in verdict.reason


def test_the_same_mail_as_an_answer_starts_the_wait() -> None:
    """Near miss: read as an answer, the same mail starts five business days' wait."""
    timeline = [THANKS, EXERCISE, replace(EXTENSION, asked_back=False)]
    verdict = assess(PANEL, timeline, la(11, 17), POLICY)
    assert verdict.state is InterviewState.WAITING
    assert (verdict.next_action, verdict.next_action_at) == (Action.FOLLOW_UP, la(11, 18, 9))


def test_the_work_delivered_after_it_starts_the_wait_with_a_first_follow_up() -> None:
    """Two questions back, then the exercise on the 19th: a first follow-up, not "once more"."""
    timeline = [THANKS, EXERCISE, EXTENSION, hers(la(11, 13, 8), asked=True), hers(la(11, 19, 22))]
    verdict = assess(PANEL, timeline, la(11, 20), POLICY)
    assert verdict.state is InterviewState.WAITING
    assert verdict.expected_by == date(2026, 11, 26)
    assert (verdict.next_action, verdict.next_action_at) == (Action.FOLLOW_UP, la(11, 27, 9))
    assert verdict.attempt == 1


def test_their_kind_yes_to_her_question_leaves_the_work_hers() -> None:
    """Omar's "of course, the 24th is fine" (a pleasantry) hands nothing back to them."""
    fine = omar(la(11, 11, 10), Intent.PLEASANTRY)
    verdict = assess(PANEL, [THANKS, EXERCISE, EXTENSION, fine], la(11, 23), POLICY)
    assert verdict.state is InterviewState.REPLIED
    assert verdict.next_action is None


def test_a_question_back_after_a_request_for_documents_waits_for_them() -> None:
    """Documents asked for, "should the ID be a scan or a photo?", then the scan: the wait."""
    asked = omar(la(11, 10, 9), Intent.REQUEST)
    timeline = [THANKS, asked, EXTENSION]
    assert assess(PANEL, timeline, la(11, 30), POLICY).next_action is None
    verdict = assess(PANEL, [*timeline, hers(la(11, 30, 9))], la(11, 30, 10), POLICY)
    assert (verdict.next_action, verdict.expected_by) == (Action.FOLLOW_UP, date(2026, 12, 7))


# --- kept with the message -----------------------------------------------------------------


def test_her_question_back_is_kept_on_the_timeline(tmp_path: Path) -> None:
    """Stored with her mail, it reaches the timeline; on their mail it means nothing."""
    from silence_watch.core.classify import classify_message  # noqa: PLC0415 - one test
    from silence_watch.core.match import Match  # noqa: PLC0415 - one test
    from silence_watch.core.parse import parse_headers  # noqa: PLC0415 - one test
    from silence_watch.store import Store  # noqa: PLC0415 - one test

    store = Store.open(tmp_path / "state")
    now = la(11, 11)
    interview_id = store.upsert_interview(PANEL, source="config", now=now)
    for key, direction in (("1", Direction.OUTBOUND), ("2", Direction.INBOUND)):
        raw = (f"From: x@halvard.example\r\nTo: y@halvard.example\r\nSubject: Exercise\r\n"
               f"Date: Tue, 10 Nov 2026 2{key}:00:00 -0800\r\n"
               f"Message-ID: <q{key}@halvard.example>\r\n\r\n").encode()  # fmt: skip
        message = parse_headers(raw)
        pk, _ = store.add_message(message, raw, source="imap", folder="INBOX", key=key,
                                  direction=direction, now=now)  # fmt: skip
        store.save_classification(pk, classify_message(message), body_read=True,
                                  asked_back="could i have until the 24th?")  # fmt: skip
        store.save_match(pk, Match(interview_id, 0.95, "omar is a contact"))
    timeline = store.timeline(interview_id)
    store.close()
    assert [(e.direction, e.asked_back) for e in timeline] == [
        (Direction.OUTBOUND, True), (Direction.INBOUND, False)]


# --- her "I'll get back to you", and then silence (known gaps) -----------------------------


def test_her_promise_to_get_back_is_read_as_no_answer_yet() -> None:
    """"I'll get back to you with my availability tomorrow": the move is still hers."""
    assert only_asks_back("Thanks Omar! I'll get back to you with my availability tomorrow.")
    assert only_asks_back("Danke! Ich melde mich morgen mit meinen Terminen.")
    assert only_asks_back("Merci ! Je vais revenir vers vous demain avec mes disponibilités.")
    assert only_asks_back("¡Gracias! Te enviaré mi disponibilidad mañana.")
    assert only_asks_back("Dank je! Ik ga morgen mijn beschikbaarheid sturen.")
    # near misses: her availability given is her answer
    assert only_asks_back("Thanks Omar! Tuesday at 3 works for me.") is None
    assert only_asks_back("Danke! Dienstag um 15 Uhr passt mir gut.") is None


def test_her_promise_kept_silently_by_both_sides_reminds_her_never_them() -> None:
    """Omar asks for times, she says she'll get back, then nothing: a reminder, no nudge."""
    times = omar(la(11, 10, 9), Intent.REQUEST)
    later = hers(la(11, 10, 20), asked=True)  # "I'll get back to you with my availability"
    timeline = [THANKS, times, later]
    soon = assess(PANEL, timeline, la(11, 11, 15), POLICY)
    assert soon.next_action is None
    assert "reminder" not in soon.reason
    for now in (la(11, 13), la(11, 30), la(12, 21)):
        verdict = assess(PANEL, timeline, now, POLICY)
        assert verdict.state is InterviewState.REPLIED
        assert verdict.next_action is None  # never a follow-up saying she'll get back
        assert verdict.question is None
        assert "reminder:" in verdict.reason
        assert "still waiting on you" in verdict.reason
    # near miss: once she sends her times, the wait is theirs again, with no reminder
    answered = assess(PANEL, [*timeline, hers(la(11, 16, 9))], la(11, 17), POLICY)
    assert "reminder" not in answered.reason
    assert answered.next_action is Action.FOLLOW_UP
