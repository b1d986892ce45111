"""A date the agency gives of its own accord while the window is open: the agency's to keep. Pure.

"The client will come back to us by the 11th", written before anyone asked and before the
check-in with the agency was due: once that day has passed, the agency is asked first, and
the employer two business days later (docs/process.md, "Who a draft goes to").

The window is the one open when the agency wrote: from the round, or, when their side set
the candidate a step since (a take-home, "could you send ..."), from her answer to it, which
restarted the wait. Her answer is no check-in either: "Done - here's my branch. Could you
pass it on to Hannah?" hands the work over and asks for no news (u12th). Only her mail to
the agency after the window began, and after the thank-you's grace, asked it.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.conversation import (
    CANDIDATES_MOVE,
    agency_addresses,
    answered_after,
    is_forward,
    is_from_agency,
    is_signal,
    signals,
    through_agency,
)
from silence_watch.core.ladder import THANK_YOU_GRACE
from silence_watch.core.model import Direction

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.ladder import PolicySettings
    from silence_watch.core.model import Interview, TimelineEntry


def agency_promise_unasked(
    entry: TimelineEntry,
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    settings: PolicySettings,
) -> bool:
    """An agency's own promised date, given before the candidate checked in with it.

    Only while the employer has not written since the round: a hiring manager who wrote
    to the candidate himself is the one to ask (unless the agency asked that everything go
    through it). And only before the check-in was due: news that comes once the window
    has passed answers the check-in, whether the candidate sent it, skipped it, or had
    stopped follow-ups for a while.
    """
    if entry.promised_by is None or is_forward(entry):
        return False
    began = wait_began(entry.at, interview, timeline)
    if _check_in_due(entry, began, interview, settings):
        return False
    asked_after = max(interview.date + THANK_YOU_GRACE, began)
    direct = not through_agency(interview, timeline)  # "everything goes through me": u09ex
    return not any(
        (e.direction is Direction.OUTBOUND and asked_after < e.at < entry.at
         and {r.lower() for r in e.recipients} & agency_addresses(interview))
        or (direct and e.at >= interview.date and is_signal(e)
            and not is_from_agency(e, interview))
        for e in timeline
    )  # fmt: skip


def wait_began(
    moment: datetime, interview: Interview, timeline: Sequence[TimelineEntry]
) -> datetime:
    """When the wait open at ``moment`` began: the round, or her answer to a step since.

    A step of theirs still unanswered at ``moment`` leaves the ball with her: the wait has
    not begun, so it counts from the step, and nothing she wrote before counts as asking.
    """
    steps = [
        e for e in signals(timeline)
        if interview.date <= e.at < moment and e.intent in CANDIDATES_MOVE
    ]  # fmt: skip
    if not steps:
        return interview.date
    answers = [at for at in answered_after(timeline, steps[-1].at) if at < moment]
    return answers[0] if answers else steps[-1].at


def _check_in_due(
    entry: TimelineEntry,
    began: datetime,
    interview: Interview,
    settings: PolicySettings,
) -> bool:
    """Whether the agency's check-in was already due when ``entry`` arrived.

    The window counts from ``began`` (from the round: to the date the candidate was given,
    when there is one), the check-in comes the rung's business days after it, as
    ``climbing.climb`` has it.
    """
    calendar = settings.calendar
    window = calendar.add_business_days(calendar.local_date(began), settings.wait_business_days)
    if began == interview.date and interview.expect_reply_by is not None:
        window = interview.expect_reply_by
    rung = next((s.after_business_days for s in settings.ladder if s.needs_agency), 1)
    return entry.at >= calendar.morning_of(calendar.add_business_days(window, rung))
