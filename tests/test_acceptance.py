"""The candidate's own "I accept your offer", and what it means for the other employers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.acceptance import accepted_offer
from silence_watch.core.accepted_elsewhere import acceptances, after_acceptance
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Direction,
    Intent,
    Interview,
    InterviewState,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import Assessment, assess
from silence_watch.core.workdays import BusinessCalendar

ACCEPTED = [
    "I'm delighted to accept your offer!",
    "Ik heb het contract vanochtend getekend. Ik neem het aanbod dus met heel veel plezier aan!",
    "Ich nehme Ihr Angebot sehr gerne an.",
    "Ich freue mich, Ihr Angebot anzunehmen.",
    "J'accepte votre offre avec plaisir.",
    "Acepto la oferta, ¡muchas gracias!",
    "I've signed and returned the contract.",
    # a denial in an earlier clause is not this one's (tester round t76cm)
    "Quería consultarlo con la almohada, y no hizo falta: te confirmo que acepto la oferta.",
    # a contractor's signed statement of work (tester round u11fl)
    "Hi Marta,\n\nSigned SOW attached - I've only initialled one change, in 4.2.",
    "Please find attached my signed engagement letter.",
]
NOT_ACCEPTED = [
    "I have accepted another offer, so I'd like to withdraw.",  # a withdrawal, elsewhere
    "If you can match it, I would accept the offer.",
    "Should I accept the offer by Friday?",
    "I can't accept the offer yet: could we talk about the start date?",
    "Ich kann Ihr Angebot leider nicht annehmen.",
    "Ik neem het aanbod niet aan.",
    "Before I accept the offer, could we talk about salary?",
    "We hope you'll accept the offer.",
    "I haven't signed the contract yet: could we talk about clause 4.2 first?",
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_an_acceptance_is_read(text: str) -> None:
    """In the five languages, said or signed (tester round t48oe)."""
    assert accepted_offer(text) is not None


@pytest.mark.parametrize("text", NOT_ACCEPTED)
def test_a_condition_a_question_a_denial_or_another_offer_is_no_acceptance(text: str) -> None:
    """Still talking, or taking another employer's offer: not this one's."""
    assert accepted_offer(text) is None


def at(day: int) -> datetime:
    """A moment in December 2026."""
    return datetime(2026, 12, day, 10, tzinfo=UTC)


def mine(day: int, **fields: object) -> TimelineEntry:
    """The candidate's own message."""
    return TimelineEntry(at=at(day), direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         message_id=f"m{day}@example.com", **fields)  # type: ignore[arg-type]


def theirs(day: int, intent: Intent) -> TimelineEntry:
    """The employer's word, read surely."""
    return TimelineEntry(at=at(day), direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                         sender="hr@hoogland.example", intent=intent, confidence=0.95)


def test_an_acceptance_closes_every_other_employers_process() -> None:
    """Not her own process, nor another application at the same company."""
    timelines = {1: [theirs(1, Intent.OFFER), mine(3, accepted=True)], 2: [], 3: []}
    employers = {1: "hoogland", 2: "fernway", 3: "hoogland"}
    found = acceptances(timelines, employers, at(20), 0.6)
    assert set(found) == {2}
    assert found[2][0] == 1
    assert acceptances(timelines, employers, at(2), 0.6) == {}  # not yet


def test_an_offer_that_ended_after_it_frees_the_others() -> None:
    """"A hiring freeze ... we have to withdraw the offer" (t48oe): the search goes on."""
    rescinded = {1: [mine(3, accepted=True), theirs(9, Intent.REJECTION)], 2: []}
    assert acceptances(rescinded, {1: "a", 2: "b"}, at(20), 0.6) == {}
    declined = {1: [mine(3, accepted=True), mine(5, withdrew=True)], 2: []}
    assert acceptances(declined, {1: "a", 2: "b"}, at(20), 0.6) == {}


@pytest.mark.parametrize(
    ("state", "closed"),
    [(InterviewState.WAITING, True), (InterviewState.OVERDUE, True),
     (InterviewState.REJECTED, False), (InterviewState.UPCOMING, False)],
)  # fmt: skip
def test_a_follow_up_after_an_acceptance_elsewhere_is_never_due(
    state: InterviewState, closed: bool
) -> None:
    """"I'm still very interested in joining Fernway" after she signed with Hoogland."""
    verdict = Assessment(interview_id=2, state=state, last_contact_at=at(1), days_silent=9,
                         expected_by=None, next_action=Action.FOLLOW_UP, next_action_at=at(10),
                         slot="s", reason="an answer was due by Fri 4 Dec")  # fmt: skip
    after = after_acceptance(verdict, mine(3, accepted=True), "Hoogland Energie", at(20), UTC)
    assert (after.state is InterviewState.CLOSED) is closed
    assert (after.next_action is None) is closed
    if closed:
        assert after.reason.startswith("you accepted the offer from Hoogland Energie on Thu 3 Dec")


def test_the_day_of_an_acceptance_is_the_candidates_own() -> None:
    """A yes sent at 7 PM in Chicago (1 AM UTC the next day) is named by her own day."""
    verdict = Assessment(interview_id=2, state=InterviewState.WAITING, last_contact_at=at(1),
                         days_silent=9, expected_by=None, next_action=Action.FOLLOW_UP,
                         next_action_at=at(10), slot="s", reason="")  # fmt: skip
    said = replace(mine(3, accepted=True), at=datetime(2026, 12, 4, 1, 0, tzinfo=UTC))
    after = after_acceptance(verdict, said, "Hoogland Energie", at(20), ZoneInfo("America/Chicago"))
    assert after.reason.startswith("you accepted the offer from Hoogland Energie on Thu 3 Dec")


def test_her_own_acceptance_of_an_offer_made_by_phone_settles_that_process() -> None:
    """No offer mail, only "te confirmo por escrito que acepto la oferta" (t76cm): no nudge."""
    interview = Interview(id=1, company="Lumbre", role="Analista", date=at(1),
                          domains=("lumbre.example",))  # fmt: skip
    settings = PolicySettings(calendar=BusinessCalendar(zone=UTC))
    timeline = [mine(1), mine(3, accepted=True)]
    after = assess(interview, timeline, at(20), settings)
    assert after.state is InterviewState.OFFER
    assert after.next_action is None
    assert after.reason.startswith("you accepted their offer on Thu 3 Dec")
    rescinded = [*timeline, theirs(9, Intent.REJECTION)]  # then a freeze ended it
    assert assess(interview, rescinded, at(20), settings).state is InterviewState.REJECTED
