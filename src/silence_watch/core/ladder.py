"""The follow-up ladder and the policy's knobs, as data. Pure.

What happens while nobody answers, in order: an agency check-in when an agency placed the
candidate, one follow-up the business day after the waiting window, another a week later,
a short closing note that asks for feedback, then the process is marked ghosted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from silence_watch.core.model import Action

if TYPE_CHECKING:
    from silence_watch.core.workdays import BusinessCalendar


@dataclass(frozen=True, slots=True)
class LadderStep:
    """One rung: what to send, and how many business days after the previous rung.

    The first rung counts from the end of the waiting window (1 = the first business day
    after the promised date).
    """

    action: Action
    after_business_days: int
    needs_agency: bool = False


def build_ladder(
    *,
    agency_check_in: bool = True,
    follow_ups: int = 2,
    gap_business_days: int = 5,
    closing_note: bool = True,
) -> tuple[LadderStep, ...]:
    """The ladder from the knobs a user may set in ``policy:``.

    The first rung comes the business day after the window (or after the agency
    check-in); later rungs ``gap_business_days`` after the one before.
    """
    steps = [LadderStep(Action.AGENCY_CHECK_IN, 1, needs_agency=True)] if agency_check_in else []
    steps += [
        LadderStep(Action.FOLLOW_UP, 1 if index == 0 else gap_business_days)
        for index in range(follow_ups)
    ]
    if closing_note:  # with no follow-up before it, it is the first rung after the window
        steps.append(LadderStep(Action.CLOSING_NOTE, gap_business_days if follow_ups else 1))
    return tuple(steps)


#: What happens while nobody answers, in order.
DEFAULT_LADDER: tuple[LadderStep, ...] = build_ladder()

#: The thank-you is offered within this time of the interview's start, due this long after.
THANK_YOU_WINDOW = timedelta(hours=24)
THANK_YOU_DELAY = timedelta(hours=2)
#: A message the candidate sends this soon after the interview is the thank-you, not a step.
THANK_YOU_GRACE = timedelta(hours=48)
#: Mail dated later than ``now`` by more than this is not on the timeline yet.
FUTURE_SLACK = timedelta(days=1)
#: After checking in with the agency, give them this many business days before writing to
#: the employer.
AGENCY_GRACE_BUSINESS_DAYS = 2
#: A hiring pause with no date: look in again after this many business days (four weeks).
ON_HOLD_BUSINESS_DAYS = 20
#: A reading less sure than this is a question for the candidate, not a decision.
UNSURE_BELOW = 0.6
#: A reading that is certain: the candidate's own correction, or mail the reader knows says
#: nothing of the process (``core.logistics``); an "other" this sure is no question.
CERTAIN = 1.0


@dataclass(frozen=True, slots=True)
class PolicySettings:
    """The knobs of the policy, with the defaults a careful candidate would choose."""

    calendar: BusinessCalendar
    wait_business_days: int = 5
    ladder: tuple[LadderStep, ...] = DEFAULT_LADDER
    ghost_after_business_days: int = 5
    unsure_below: float = UNSURE_BELOW
