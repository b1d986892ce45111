"""News elsewhere: an offer, its deadline and a final round make a status update due."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.elsewhere import (
    FINAL_ROUND,
    OFFER,
    News,
    answer_deadline,
    is_final_round,
    news_elsewhere,
)
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=NY))


def ny(month: int, day: int, hour: int = 12) -> datetime:
    """A moment in New York, 2026."""
    return datetime(2026, month, day, hour, tzinfo=NY)


def offer(at: datetime, deadline: date | None = None) -> TimelineEntry:
    """An offer from a person, with the day they need an answer by when they said one."""
    return TimelineEntry(
        at=at, direction=Direction.INBOUND, kind=MessageKind.HUMAN, sender="hr@globex.example",
        intent=Intent.OFFER, promised_by=deadline,
    )  # fmt: skip


def invitation(at: datetime, subject: str) -> TimelineEntry:
    """A calendar invitation that arrived at ``at``."""
    return TimelineEntry(
        at=at, direction=Direction.INBOUND, kind=MessageKind.HUMAN, sender="lee@initech.example",
        subject=subject, calendar="request",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "final"),
    [
        ("Invitation: Final interview - Initech @ Tue 1 Dec", True),
        ("Einladung: Letzte Runde mit dem Team", True),
        ("Invitation : Dernier entretien avec l'équipe", True),
        ("Invitación: Entrevista final con el equipo", True),
        ("Uitnodiging: laatste ronde gesprekken", True),
        ("Invitation: Technical interview - Initech", False),
        ("Finally, our onsite", False),
    ],
)
def test_a_final_round_is_told_by_its_invitations_title(subject: str, *, final: bool) -> None:
    """Final rounds are named in five languages; "finally" or another round is not one."""
    assert is_final_round(invitation(ny(11, 20), subject)) is final


def test_an_offer_with_a_deadline_is_news_for_the_others_but_not_for_itself() -> None:
    """Each process hears the others' earliest offer, with its deadline; the offerer does not."""
    timelines = {1: [offer(ny(11, 24), date(2026, 12, 12))], 2: [], 3: []}
    found = news_elsewhere(timelines, ny(11, 25))
    assert found == {
        2: News(ny(11, 24), OFFER, date(2026, 12, 12)),
        3: News(ny(11, 24), OFFER, date(2026, 12, 12)),
    }


def test_an_offer_is_no_news_for_another_role_at_the_same_company() -> None:
    """'An offer from another company' would be false to the offerer's other process."""
    timelines = {1: [offer(ny(11, 24))], 2: [], 3: []}
    employers = {1: "tidemark", 2: "tidemark", 3: "larchmont"}
    found = news_elsewhere(timelines, ny(11, 25), employers=employers)
    assert found == {3: News(ny(11, 24), OFFER)}


def test_a_final_round_counts_only_without_an_offer_and_once_it_arrived() -> None:
    """An offer comes first; a final round is news once its invitation has arrived."""
    timelines = {1: [invitation(ny(11, 20), "Final interview")], 2: []}
    assert news_elsewhere(timelines, ny(11, 19)) == {}
    assert news_elsewhere(timelines, ny(11, 21)) == {2: News(ny(11, 20), FINAL_ROUND)}
    timelines[3] = [offer(ny(11, 22))]
    assert news_elsewhere(timelines, ny(11, 23))[2].kind == OFFER


def test_a_final_round_elsewhere_makes_a_status_update_due_and_says_so() -> None:
    """A waiting process gets a status update the next business morning, with the reason."""
    acme = Interview(1, "Acme Corp", "Data Engineer", ny(11, 10),
                     contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),))  # fmt: skip
    thanked = TimelineEntry(
        at=ny(11, 10, 18), direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
        recipients=("dana.ruiz@acme.example",),
    )  # fmt: skip
    verdict = assess(acme, [thanked], ny(11, 13), POLICY, offer_at=ny(11, 12),
                     elsewhere="a final round")  # fmt: skip
    assert verdict.next_action is Action.STATUS_UPDATE
    assert verdict.next_action_at == datetime(2026, 11, 13, 9, tzinfo=NY)
    assert verdict.reason.endswith("you have a final round elsewhere: let them know")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("We are delighted to offer you the role! We'd need your answer by December 12.",
         date(2026, 12, 12)),
        ("Wir freuen uns sehr. Bitte geben Sie uns Ihre Rückmeldung bis zum 12. Dezember.",
         date(2026, 12, 12)),
        ("Merci de nous faire part de votre réponse avant le 12 décembre.", date(2026, 12, 12)),
        ("Por favor, envíanos tu respuesta antes del viernes.", date(2026, 11, 27)),
        ("Graag ontvangen wij uw reactie uiterlijk 12 december.", date(2026, 12, 12)),
        ("We met on December 1 and loved it. Welcome aboard!", None),
        ("Bitte geben Sie uns bis Freitag, 27. November, Bescheid, ob Sie annehmen möchten.",
         date(2026, 11, 27)),
        ("Laat je ons uiterlijk vrijdag 11 december weten of je het aanbod aanneemt?",
         date(2026, 12, 11)),
        ("Wilt u ons uiterlijk maandag 7 december laten weten of u het aanbod aanneemt?",
         date(2026, 12, 7)),
        ("Nous vous demandons de signer le contrat d'ici le 9 décembre.", date(2026, 12, 9)),
        ("On Friday, December 4 we had our offsite; let us know if you have questions.", None),
    ],
)  # fmt: skip
def test_an_offers_deadline_is_the_date_after_asking_for_an_answer(
    text: str, deadline: date | None
) -> None:
    """The answer-by day follows a request to answer; a date said in passing is none."""
    assert answer_deadline(text, ny(11, 24)) == deadline


def test_a_deadline_read_from_the_mail_joins_the_offer() -> None:
    """When the reading has no date, the one read from the body by Message-ID is used."""
    made = TimelineEntry(
        at=ny(11, 24), direction=Direction.INBOUND, kind=MessageKind.HUMAN, message_id="o1",
        sender="hr@globex.example", intent=Intent.OFFER,
    )  # fmt: skip
    found = news_elsewhere({1: [made], 2: []}, ny(11, 25), {"o1": date(2026, 12, 12)})
    assert found[2].deadline == date(2026, 12, 12)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("We can hold the offer for you until Monday the 14th, end of day.", date(2026, 12, 14)),
        ("No problem at all - we've extended the deadline to Friday, December 18.",
         date(2026, 12, 18)),
        ("Happy to give you until Wednesday 16 December to decide.", date(2026, 12, 16)),
        ("Wir halten das Angebot gerne bis zum 14. Dezember aufrecht.", date(2026, 12, 14)),
        ("Gerne verlängern wir Ihre Bedenkzeit bis Montag, 14. Dezember.", date(2026, 12, 14)),
        ("Nous pouvons prolonger le délai jusqu'au lundi 14 décembre.", date(2026, 12, 14)),
        ("Podemos mantener la oferta hasta el lunes 14 de diciembre.", date(2026, 12, 14)),
        ("Je hebt bedenktijd tot maandag 14 december.", date(2026, 12, 14)),
        # an offer "extended" with its start date, a contract's term: no answer-by day
        ("We are delighted to extend an offer to you, with a start date of January 4, 2027.",
         None),
        ("Der Vertrag ist befristet bis zum 31. Dezember 2027.", None),
        ("El plazo de incorporación es el 4 de enero.", None),
    ],
)  # fmt: skip
def test_a_deadline_moved_is_read_as_the_new_answer_by_day(
    text: str, deadline: date | None
) -> None:
    """A deadline held open or extended names the new day (tester round t48oe)."""
    assert answer_deadline(text, ny(12, 5)) == deadline


def test_the_latest_word_on_an_offers_deadline_is_the_one_shared() -> None:
    """The offer said December 9; Saturday's "hold it until the 14th" moves it."""
    made = TimelineEntry(
        at=ny(12, 4), direction=Direction.INBOUND, kind=MessageKind.HUMAN, message_id="o1",
        sender="hr@globex.example", intent=Intent.OFFER,
    )  # fmt: skip
    extended = replace(made, at=ny(12, 5), message_id="o2", intent=Intent.ACKNOWLEDGEMENT)
    deadlines = {"o1": date(2026, 12, 9), "o2": date(2026, 12, 14)}
    timelines = {1: [made, extended], 2: []}
    assert news_elsewhere(timelines, ny(12, 7), deadlines)[2].deadline == date(2026, 12, 14)
    # before Saturday's mail, the offer's own day
    assert news_elsewhere(timelines, ny(12, 4, 18), deadlines)[2].deadline == date(2026, 12, 9)


def test_a_status_update_asks_for_an_answer_before_the_deadline_elsewhere() -> None:
    """Five business days, unless the deadline comes first: then the business day before it."""
    from silence_watch.core.elsewhere import answer_by  # noqa: PLC0415 - one test
    from silence_watch.core.model import InterviewState  # noqa: PLC0415 - one test
    from silence_watch.core.policy import Assessment  # noqa: PLC0415 - one test

    due = Assessment(1, InterviewState.WAITING, ny(11, 20), 3, None, Action.STATUS_UPDATE,
                     ny(11, 25, 9), "slot", "an offer elsewhere")  # fmt: skip
    calendar = POLICY.calendar
    assert answer_by(due, calendar) == date(2026, 12, 2)
    assert answer_by(due, calendar, date(2026, 12, 12)) == date(2026, 12, 2)
    assert answer_by(due, calendar, date(2026, 11, 30)) == date(2026, 11, 27)
    assert answer_by(due, calendar, date(2026, 11, 26)) == date(2026, 12, 2)


def test_an_offer_they_withdrew_is_no_news_and_closes_their_process_quietly() -> None:
    """Offered Monday, withdrawn Tuesday: no status update elsewhere, no feedback request."""
    withdrawn = TimelineEntry(
        at=ny(11, 24, 8), direction=Direction.INBOUND, kind=MessageKind.HUMAN,
        sender="hr@globex.example", intent=Intent.REJECTION, confidence=0.9,
    )  # fmt: skip
    timelines = {1: [offer(ny(11, 23))], 2: []}
    assert news_elsewhere(timelines, ny(11, 23, 20)) == {2: News(ny(11, 23), OFFER)}
    assert news_elsewhere({**timelines, 1: [offer(ny(11, 23)), withdrawn]}, ny(11, 24, 9)) == {}
    globex = Interview(1, "Globex", "Analyst", ny(11, 10),
                       contacts=(Contact("HR", "hr@globex.example"),))  # fmt: skip
    verdict = assess(globex, [offer(ny(11, 23)), withdrawn], ny(11, 25), POLICY)
    assert verdict.state.value == "rejected"
    assert verdict.next_action is None
    assert "withdrew the offer" in verdict.reason


def test_an_offer_the_candidate_declined_is_no_news_and_closes_her_process() -> None:
    """Offered Monday morning, declined by her that evening: no status update elsewhere."""
    declined = TimelineEntry(
        at=ny(11, 23, 17), direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
        sender="jordan@example.com", withdrew=True,
    )  # fmt: skip
    timelines = {1: [offer(ny(11, 23, 11))], 2: []}
    assert news_elsewhere(timelines, ny(11, 23, 12)) == {2: News(ny(11, 23, 11), OFFER)}
    assert news_elsewhere({**timelines, 1: [offer(ny(11, 23, 11)), declined]}, ny(11, 24, 9)) == {}
    # Read as of before her answer, the offer still stands (only what happened by `now`).
    before = news_elsewhere({**timelines, 1: [offer(ny(11, 23, 11)), declined]}, ny(11, 23, 12))
    assert before == {2: News(ny(11, 23, 11), OFFER)}
    # Her accepting reply leaves the offer news; so does a withdrawal before the offer came.
    accepted = TimelineEntry(
        at=ny(11, 23, 17), direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
        sender="jordan@example.com",
    )  # fmt: skip
    assert 2 in news_elsewhere({**timelines, 1: [offer(ny(11, 23, 11)), accepted]}, ny(11, 24))
    renewed = [replace(declined, at=ny(11, 20)), offer(ny(11, 23, 11))]
    assert news_elsewhere({**timelines, 1: renewed}, ny(11, 24)) == {2: News(ny(11, 23, 11), OFFER)}
    globex = Interview(1, "Globex", "Analyst", ny(11, 10),
                       contacts=(Contact("HR", "hr@globex.example"),))  # fmt: skip
    verdict = assess(globex, [offer(ny(11, 23, 11)), declined], ny(11, 24), POLICY)
    assert verdict.state.value == "closed"
    assert verdict.next_action is None
    assert "you declined their offer" in verdict.reason
