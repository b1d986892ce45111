"""After a round called off in words, the wait counts from the mail that called it off."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Agency,
    Contact,
    Direction,
    Intent,
    Interview,
    InterviewState,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=AMSTERDAM))
RECRUITER = "r.visser@werving.example"
#: A Thursday 14:00 round set up by an agency, called off on the Monday before.
ROUND = Interview(
    id=4,
    company="Havenkraan",
    role="Data Steward",
    date=datetime(2026, 12, 10, 14, tzinfo=AMSTERDAM),
    contacts=(Contact("Iris de Boer", "iris.deboer@havenkraan.example"),),
    domains=("havenkraan.example",),
    agency=Agency("Werving & Co", (Contact("Ruben Visser", RECRUITER),)),
    cancelled=True,
)


def ams(day: int, hour: int, minute: int = 0) -> datetime:
    """A literal moment in Amsterdam in December 2026."""
    return datetime(2026, 12, day, hour, minute, tzinfo=AMSTERDAM)


#: "The interview is postponed; I'll come back with a new time" (a move to come, read as an
#: acknowledgement), then her "thanks, I'll wait for the new slot" half an hour later.
CALLED_OFF = TimelineEntry(at=ams(7, 16, 42), direction=Direction.INBOUND,
                           kind=MessageKind.HUMAN, sender=RECRUITER,
                           intent=Intent.ACKNOWLEDGEMENT, confidence=0.9)  # fmt: skip
HER_ANSWER = TimelineEntry(at=ams(7, 17, 15), direction=Direction.OUTBOUND,
                           kind=MessageKind.HUMAN, recipients=(RECRUITER,))  # fmt: skip


def test_her_answer_to_the_call_off_is_no_check_in() -> None:
    """"Merci de m'avoir prévenue" is no nudge: the agency check-in still comes, a week on."""
    verdict = assess(ROUND, [CALLED_OFF, HER_ANSWER], ams(11, 10), POLICY)
    assert verdict.next_action is Action.AGENCY_CHECK_IN
    assert verdict.next_action_at == ams(15, 9)
    assert verdict.state is InterviewState.WAITING


def test_the_last_contact_is_the_mail_not_the_round_called_off() -> None:
    """A round that never happened is no contact: days silent count from her answer."""
    verdict = assess(ROUND, [CALLED_OFF, HER_ANSWER], ams(18, 10), POLICY)
    assert verdict.last_contact_at == ams(7, 17, 15)
    assert verdict.days_silent == 11


def test_a_nudge_of_hers_once_the_window_passed_is_the_check_in() -> None:
    """Her own note after the window is the check-in taken: the employer comes next."""
    nudge = replace(HER_ANSWER, at=ams(15, 10))
    verdict = assess(ROUND, [CALLED_OFF, HER_ANSWER, nudge], ams(16, 10), POLICY)
    assert verdict.next_action is Action.FOLLOW_UP
    assert verdict.state is InterviewState.FOLLOWED_UP


def test_a_round_that_took_place_counts_her_mail_as_before() -> None:
    """After a round that happened, her mail after the thank-you's grace is a rung, as ever."""
    held = replace(ROUND, date=ams(1, 14), cancelled=False)
    thanked = replace(HER_ANSWER, at=ams(1, 18))
    note = replace(HER_ANSWER, at=ams(4, 10))
    verdict = assess(held, [thanked, note], ams(7, 10), POLICY)
    assert verdict.next_action is Action.FOLLOW_UP  # the note was the check-in
    assert verdict.state is InterviewState.FOLLOWED_UP
    assert verdict.last_contact_at == ams(4, 10)
