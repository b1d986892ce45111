"""When a process is over for the candidate: closed by hand, or withdrawn in their own mail.

Declining the employer's offer ("I've decided not to accept it") is a withdrawal too.

Pure: no IO, no clock (``now`` is passed in, for the day words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.climbing import Verdict
from silence_watch.core.conversation import outcome_of, signals
from silence_watch.core.model import Intent, InterviewState
from silence_watch.core.words import day_words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.model import Interview, TimelineEntry
    from silence_watch.core.workdays import BusinessCalendar


def closed_verdict(
    interview: Interview, timeline: Sequence[TimelineEntry], now: datetime,
    calendar: BusinessCalendar,
) -> Verdict | None:
    """Closed by hand (until they write again), or by the candidate's own withdrawal."""
    if interview.closed and not _wrote_after(timeline, interview.closed_at):
        return Verdict(InterviewState.CLOSED, "closed by you")
    withdrew = next((e for e in reversed(timeline) if e.withdrew), None)
    if withdrew is None:
        return None
    # Their answer does not reopen it: a nudge after "I have accepted another offer" is
    # mail that must not exist. A misreading is undone with `mark`.
    day = day_words(calendar.local_date(withdrew.at), today=now.date())
    offered = any(outcome_of(e) is Intent.OFFER and e.at < withdrew.at for e in signals(timeline))
    return Verdict(
        InterviewState.CLOSED,
        f"you {'declined their offer' if offered else 'withdrew'} on {day}; nothing more is"
        f" sent (not so? silence-watch mark"
        f" '{withdrew.message_id}' other)",
    )


def _wrote_after(timeline: Sequence[TimelineEntry], moment: datetime | None) -> bool:
    """True when someone on their side wrote after ``moment`` (it reopens a closed one)."""
    if moment is None:
        return False
    return any(e.at > moment for e in signals(timeline))
