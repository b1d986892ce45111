"""A wish of luck in her job search, as all a reply says, is asked about (tester round u38pl)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.goodbye_wishes import PERHAPS, goodbye_wish, wished_goodbye
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.ladder import CERTAIN, PolicySettings
from silence_watch.core.model import (
    Action,
    Address,
    Contact,
    Direction,
    Intent,
    Interview,
    InterviewState,
    Message,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar

#: Goodbyes: luck in her search, her applications elsewhere, her career, "the future".
GOODBYES = [
    "Cheers Priya, it was a pleasure. Best of luck with the job hunt!",
    "Thank you too - wishing you every success in your search for a new role.",
    "My pleasure! Good luck in your future endeavours.",
    "Was great chatting. I hope you find the right role soon.",
    "Merci vielmal! Ich wünsche Ihnen viel Glück bei der Stellensuche.",
    "Sehr gerne. Für Ihren weiteren beruflichen Weg wünsche ich Ihnen alles Gute.",
    "Avec plaisir! Bon courage dans ta recherche d'emploi.",
    "Merci à vous, et bonne chance pour vos candidatures.",
    "Un gusto, Valentina. ¡Muchos éxitos en tu búsqueda laboral!",
    "Gracias a vos, te deseo lo mejor en tu camino profesional.",
    "Dank je, Sanne! Veel geluk met je sollicitaties.",
    "Graag gedaan. Het beste voor je verdere loopbaan!",
    "Avec plaisir ! Bonne continuation pour la suite.",
]
#: Luck for this process, her day or something else she looks for: warmth, no goodbye.
NOT_GOODBYES = [
    "Likewise! Best of luck with the rest of the process.",
    "Best of luck on Thursday, you'll do great.",
    "All the best for the half marathon on Sunday!",
    "Good luck with the search for a flat near the office.",
    "Good luck with the role play exercise next week!",
    "Viel Erfolg beim nächsten Gespräch mit Herrn Albers!",
    "Viel Glück bei der Suche nach einer Wohnung in Basel.",
    "Alles Gute auf dem Weg nach Hause!",
    "Bonne chance pour la suite du processus !",
    "Bon courage pour vos recherches sur la fermentation.",
    "¡Mucha suerte con el resto del proceso!",
    "¡Suerte con la búsqueda de depto!",
    "Succes met de volgende ronde, Sanne!",
    "Veel succes met de zoektocht naar een huis in Gent.",
    "Bon courage pour la suite du recrutement !",
]


@pytest.mark.parametrize("text", GOODBYES)
def test_luck_in_her_search_is_a_goodbye(text: str) -> None:
    """Her search, her applications, her career or her future: a goodbye, five languages."""
    assert goodbye_wish(text) is not None


@pytest.mark.parametrize("text", NOT_GOODBYES)
def test_luck_for_what_comes_next_here_is_no_goodbye(text: str) -> None:
    """The rest of this process, her day, a flat: no goodbye."""
    assert goodbye_wish(text) is None


@pytest.mark.parametrize(
    ("intent", "confidence"),
    [(Intent.PLEASANTRY, 1.0), (Intent.PLEASANTRY, 0.7), (Intent.OTHER, 0.52)],
)
def test_a_goodbye_with_no_news_is_perhaps_a_rejection(intent: Intent, confidence: float) -> None:
    """Warmth, or a reading of nothing, and luck in her search: perhaps a no, asked about."""
    reasons: list[str] = []
    found = wished_goodbye(GOODBYES[0], intent, confidence, reasons)
    assert found == (Intent.REJECTION, PERHAPS)
    assert PERHAPS < UNSURE_BELOW
    assert "luck in your search" in reasons[0]


@pytest.mark.parametrize(
    ("text", "intent", "confidence"),
    [
        # news the reader found keeps its reading
        (GOODBYES[0], Intent.ACKNOWLEDGEMENT, 0.9),
        (GOODBYES[0], Intent.NEXT_STEP, 0.9),
        (GOODBYES[0], Intent.REQUEST, 0.8),
        (GOODBYES[0], Intent.REJECTION, 0.95),
        # "other" read surely is no news (a parking note), never a question
        (GOODBYES[0], Intent.OTHER, CERTAIN),
        # a question to her, or a long letter, may be more than a goodbye
        ("Good luck in your search! Would you be open to a contract role?", Intent.PLEASANTRY, 1.0),
        ("Good luck in your search. " + "We loved the case study you shared. " * 12,
         Intent.PLEASANTRY, 1.0),
        # warmth about this process
        (NOT_GOODBYES[0], Intent.PLEASANTRY, 1.0),
    ],
)  # fmt: skip
def test_anything_more_than_a_goodbye_keeps_its_reading(
    text: str, intent: Intent, confidence: float
) -> None:
    """A promise, a step, a no, a sure "other", a question or a letter: unchanged."""
    assert wished_goodbye(text, intent, confidence, []) == (intent, confidence)


def reply(body: str, to: str = "Priya Nair") -> Message:
    """A person's short reply from the company, Friday 20 November 2026."""
    return Message(message_id="r1@wexford.example", date=datetime(2026, 11, 20, 18, 5, tzinfo=UTC),
                   sender=Address("Tom Keane", "tom.keane@wexford.example"),
                   to=(Address(to, "priya.nair@example.org"),), subject="Re: Thank you",
                   headers={}, body=body)  # fmt: skip


@pytest.mark.parametrize("body", [GOODBYES[0], GOODBYES[5], GOODBYES[6], GOODBYES[8],
                                  GOODBYES[10]])  # fmt: skip
def test_the_reader_asks_about_a_goodbye(body: str) -> None:
    """Read with the shipped reader: perhaps a rejection, below the sure line."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.REJECTION
    assert found.confidence < UNSURE_BELOW


@pytest.mark.parametrize("body", [NOT_GOODBYES[0], NOT_GOODBYES[2], NOT_GOODBYES[3],
                                  NOT_GOODBYES[10]])  # fmt: skip
def test_the_reader_keeps_warmth_about_the_process_a_pleasantry(body: str) -> None:
    """Luck for the rest of the process, for her race, for a flat: a sure pleasantry."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.PLEASANTRY
    assert found.confidence >= UNSURE_BELOW


DUBLIN = ZoneInfo("Europe/Dublin")
INTERVIEW = Interview(id=1, company="Wexford Analytics", role="BI Developer",
                      date=datetime(2026, 11, 18, 11, 0, tzinfo=DUBLIN),
                      contacts=(Contact("Tom Keane", "tom.keane@wexford.example"),),
                      domains=("wexford.example",))  # fmt: skip
POLICY = PolicySettings(calendar=BusinessCalendar(zone=DUBLIN))


def test_a_goodbye_after_her_thank_you_drafts_no_follow_up() -> None:
    """The whole process: her thank-you, his goodbye; a week on, a question, no nudge."""
    thanked = TimelineEntry(at=datetime(2026, 11, 18, 16, 0, tzinfo=DUBLIN),
                            direction=Direction.OUTBOUND, kind=MessageKind.HUMAN)  # fmt: skip
    read = classify_message(reply(GOODBYES[2]), load_intent_reader())
    goodbye = replace(thanked, at=datetime(2026, 11, 20, 18, 5, tzinfo=UTC),
                      direction=Direction.INBOUND, sender="tom.keane@wexford.example",
                      intent=read.intent, confidence=read.confidence)  # fmt: skip
    verdict = assess(INTERVIEW, [thanked, goodbye], datetime(2026, 11, 27, 10, tzinfo=DUBLIN),
                     POLICY)  # fmt: skip
    assert verdict.question is not None
    assert verdict.state is InterviewState.REPLIED
    assert verdict.next_action is not Action.FOLLOW_UP
    # luck for the rest of the process is warmth: the follow-up comes after the window
    warm = classify_message(reply(NOT_GOODBYES[0]), load_intent_reader())
    kind = replace(goodbye, intent=warm.intent, confidence=warm.confidence)
    waiting = assess(INTERVIEW, [thanked, kind], datetime(2026, 11, 27, 10, tzinfo=DUBLIN), POLICY)
    assert waiting.question is None
    assert waiting.next_action is Action.FOLLOW_UP


# --- a hiring system's goodbye (known gaps) ------------------------------------------------


def notice(body: str, subject: str = "Your application to Wexford Analytics") -> Message:
    """A no-reply notice from the company's hiring system, Monday 23 November 2026."""
    return Message(message_id="n1@greenhouse.example",
                   date=datetime(2026, 11, 23, 14, 2, tzinfo=UTC),
                   sender=Address("Wexford Analytics", "no-reply@greenhouse.io"),
                   to=(Address("Priya Nair", "priya.nair@example.org"),), subject=subject,
                   headers={}, body=body)  # fmt: skip


#: A system's template with a wish of luck in her search and no word of a no.
SYSTEM_GOODBYES = [
    ("Dear Priya,\n\nThank you for your interest in Wexford Analytics and for the time you gave"
    " us. We wish you every success in your job search.\n\nKind regards,\nThe Wexford Talent"
    " Team\n\nThis is an automated message. Questions? Visit help.example.com."),
    ("Liebe Frau Nair,\n\nvielen Dank für Ihr Interesse an der Wexford Analytics GmbH. Für Ihre"
    " weitere Jobsuche wünschen wir Ihnen viel Erfolg.\n\nIhr Recruiting-Team"),
    ("Bonjour Priya,\n\nMerci de l'intérêt que vous portez à Wexford. Nous vous souhaitons bonne"
    " chance dans vos recherches.\n\nL'équipe Recrutement"),
    ("Hola Priya:\n\nGracias por tu interés en Wexford. Te deseamos mucha suerte en tu búsqueda"
    " de empleo.\n\nEl equipo de Talento"),
    ("Beste Priya,\n\nBedankt voor je interesse in Wexford. Veel succes bij je verdere"
    " zoektocht.\n\nTeam Recruitment"),
]
#: Near misses from the same system: a receipt with a promise, a no said, luck for the rest
#: of the process, a status behind a login.
SYSTEM_NOT_ASKED = [
    (("Thank you for applying to Wexford! We have received your application and will review it"
     " within two weeks. Good luck in your job search!"), Intent.ACKNOWLEDGEMENT),
    (("Thank you for your interest. Unfortunately we will not be moving forward with your"
     " application. We wish you good luck in your job search."), Intent.REJECTION),
    ("Thank you for your interest in Wexford. Good luck with the rest of the process!",
     Intent.OTHER),
    (("Your application status has changed. Log in to view your status. Good luck in your job"
     " search!"), Intent.ACKNOWLEDGEMENT),
]  # fmt: skip


@pytest.mark.parametrize("body", SYSTEM_GOODBYES)
def test_a_hiring_systems_goodbye_is_asked_about(body: str) -> None:
    """From a no-reply hiring system too: perhaps a rejection, asked, five languages."""
    found = classify_message(notice(body), load_intent_reader())
    assert found.kind is MessageKind.AUTOMATED
    assert found.intent is Intent.REJECTION
    assert found.confidence < UNSURE_BELOW


@pytest.mark.parametrize(("body", "intent"), SYSTEM_NOT_ASKED)
def test_a_systems_news_or_luck_for_the_process_keeps_its_reading(
    body: str, intent: Intent
) -> None:
    """A receipt's promise, a said no, luck for the process, a login notice: unchanged."""
    found = classify_message(notice(body), load_intent_reader())
    assert found.intent is intent
    assert found.confidence >= UNSURE_BELOW


def test_only_a_system_asks_about_a_sure_other() -> None:
    """A person's sure "other" with the wish stays (a parking note); a system's is asked."""
    assert wished_goodbye(SYSTEM_GOODBYES[0], Intent.OTHER, 0.92, []) == (Intent.OTHER, 0.92)
    found = wished_goodbye(SYSTEM_GOODBYES[0], Intent.OTHER, 0.92, [], system=True)
    assert found == (Intent.REJECTION, PERHAPS)


def test_a_systems_thanks_for_her_interest_is_no_receipt_beside_a_goodbye() -> None:
    """"Thank you for your interest in the role" promises nothing: the goodbye is asked."""
    body = ("Thank you for your interest in the Data Engineer role at Wexford Analytics and for"
            " the time you gave us during the interview process.\n\nWe wish you every success"
            " in your job search.\n\nThe Talent Team")  # fmt: skip
    assert wished_goodbye(body, Intent.ACKNOWLEDGEMENT, 0.6, [], system=True) == (
        Intent.REJECTION, PERHAPS)  # fmt: skip
    # near misses: a person's acknowledgement, and a system's receipt that promises a review
    assert wished_goodbye(body, Intent.ACKNOWLEDGEMENT, 0.6, []) == (Intent.ACKNOWLEDGEMENT, 0.6)
    receipt = "We have received your application and will review it soon. Good luck in your search!"
    assert wished_goodbye(receipt, Intent.ACKNOWLEDGEMENT, 0.9, [], system=True) == (
        Intent.ACKNOWLEDGEMENT, 0.9)  # fmt: skip
