"""The agency's own date, counted in the window that was open when it wrote (u12th)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from silence_watch.core.agency_promises import agency_promise_unasked, wait_began
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Agency,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    Process,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=NY))
HANNAH = Contact("Hannah Weiss", "hannah@kestrel.example")
TOM = Contact("Tom Fairweather", "tom@northstar.example")
ROUND = Interview(id=1, company="Kestrel Robotics", role="Embedded Engineer",
                  date=datetime(2026, 11, 9, 14, tzinfo=NY), contacts=(HANNAH,),
                  domains=("kestrel.example",), agency=Agency("Northstar", (TOM,)),
                  process_id=1)  # fmt: skip


def ny(month: int, day: int, hour: int = 12) -> datetime:
    """A literal moment in New York in 2026."""
    return datetime(2026, month, day, hour, tzinfo=NY)


def sent(at: datetime, to: str) -> TimelineEntry:
    """The candidate's mail to ``to``."""
    return TimelineEntry(at=at, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         recipients=(to,))  # fmt: skip


def tom(at: datetime, intent: Intent, promised: date | None = None) -> TimelineEntry:
    """Tom's mail to the candidate."""
    return TimelineEntry(at=at, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                         sender=TOM.email, recipients=("jordan@example.com",), intent=intent,
                         confidence=0.95, promised_by=promised)  # fmt: skip


THANKS = sent(ny(11, 9, 16), HANNAH.email)
TAKE_HOME = tom(ny(11, 10, 10), Intent.NEXT_STEP)  # "send it back to me by Tuesday 17th"
SUBMITTED = sent(ny(11, 16, 19), TOM.email)  # "Done - could you pass it on to Hannah?"
TWO_WEEKS = tom(ny(11, 17, 11), Intent.ACKNOWLEDGEMENT, date(2026, 12, 1))


def test_her_answer_to_a_step_restarts_the_window_and_is_no_check_in() -> None:
    """Tom's date a day after she sent the take-home is his to keep: he is asked first."""
    timeline = [THANKS, TAKE_HOME, SUBMITTED, TWO_WEEKS]
    assert wait_began(TWO_WEEKS.at, ROUND, timeline) == SUBMITTED.at
    assert agency_promise_unasked(TWO_WEEKS, ROUND, timeline, POLICY)
    found = assess(Process(1, "Kestrel Robotics", "Embedded Engineer", (ROUND,)), timeline,
                   ny(12, 2, 10), POLICY)  # fmt: skip
    assert (found.next_action, found.next_action_at) == (Action.AGENCY_CHECK_IN, ny(12, 2, 9))


def test_near_misses_leave_the_date_an_answer() -> None:
    """Tom's date answers: she asked him, it was late, Hannah wrote, or it names no day.

    She asked Tom for news after handing over; his date came after the check-in was due;
    Hannah wrote herself; or Tom's mail promises nothing.
    """
    asked = sent(ny(11, 17, 9), TOM.email)  # "any news from Kestrel?"
    assert not agency_promise_unasked(TWO_WEEKS, ROUND, [TAKE_HOME, SUBMITTED, asked, TWO_WEEKS],
                                      POLICY)  # fmt: skip
    late = replace(TWO_WEEKS, at=ny(11, 25, 11))  # window from the 16th ends the 23rd
    assert not agency_promise_unasked(late, ROUND, [TAKE_HOME, SUBMITTED, late], POLICY)
    hannah = TimelineEntry(at=ny(11, 12), direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                           sender=HANNAH.email, intent=Intent.ACKNOWLEDGEMENT,
                           confidence=0.95)  # fmt: skip
    assert not agency_promise_unasked(TWO_WEEKS, ROUND, [TAKE_HOME, hannah, SUBMITTED, TWO_WEEKS],
                                      POLICY)  # fmt: skip
    undated = replace(TWO_WEEKS, promised_by=None)
    assert not agency_promise_unasked(undated, ROUND, [TAKE_HOME, SUBMITTED, undated], POLICY)


def test_without_a_step_the_window_still_counts_from_the_round() -> None:
    """No take-home: her mail to Tom after the grace asked him, and the round opens the window."""
    assert wait_began(ny(11, 17), ROUND, [THANKS]) == ROUND.date
    promise = replace(TWO_WEEKS, at=ny(11, 13, 11))  # window ends Mon 16th: still open
    assert agency_promise_unasked(promise, ROUND, [THANKS, promise], POLICY)
    asked = sent(ny(11, 12, 9), TOM.email)
    assert not agency_promise_unasked(promise, ROUND, [THANKS, asked, promise], POLICY)
    late = replace(TWO_WEEKS, at=ny(11, 17, 11))  # check-in was due Tue 17th in the morning
    assert not agency_promise_unasked(late, ROUND, [THANKS, late], POLICY)


def test_a_step_still_unanswered_leaves_the_ball_with_her() -> None:
    """Tom sets the take-home, then (before she sends it) writes Kestrel decides by the 1st."""
    early = replace(TWO_WEEKS, at=ny(11, 12, 11))
    assert wait_began(early.at, ROUND, [TAKE_HOME, early]) == TAKE_HOME.at
    assert agency_promise_unasked(early, ROUND, [TAKE_HOME, early], POLICY)
