"""What one process's news means for the others: an offer elsewhere. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.conversation import signals
from silence_watch.core.model import Action, Intent

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date, datetime

    from silence_watch.core.model import TimelineEntry
    from silence_watch.core.policy import Assessment
    from silence_watch.core.workdays import BusinessCalendar


def offers_elsewhere(
    timelines: Mapping[int, Sequence[TimelineEntry]], now: datetime
) -> dict[int, datetime]:
    """For each process, the earliest offer the candidate received in another one.

    An offer counts from the moment the employer made it (a person, the agency or their
    applicant-tracking system), and only once it has happened by ``now``.
    """
    offered = {
        key: min(moments)
        for key, timeline in timelines.items()
        if (moments := [e.at for e in signals(timeline) if _is_offer(e) and e.at <= now])
    }
    result = {}
    for key in timelines:
        elsewhere = [at for other, at in offered.items() if other != key]
        if elsewhere:
            result[key] = min(elsewhere)
    return result


def _is_offer(entry: TimelineEntry) -> bool:
    return entry.intent is Intent.OFFER


#: A status update asks for an answer within this many business days of going out.
STATUS_UPDATE_ANSWER_DAYS = 5


def answer_by(verdict: Assessment, calendar: BusinessCalendar) -> date | None:
    """The day a status update asks the employer to answer by, or None for other actions."""
    if verdict.next_action is not Action.STATUS_UPDATE or verdict.next_action_at is None:
        return None
    sent_on = calendar.local_date(verdict.next_action_at)
    return calendar.add_business_days(sent_on, STATUS_UPDATE_ANSWER_DAYS)
