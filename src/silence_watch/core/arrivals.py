"""Whether a message came after a moment: written after it, or arrived after it (u39dup).

A message's time on the timeline is its Date, the sender's clock when it was written.
Mail typed on a train sits in a phone's outbox until the phone finds a network: Ruud's
"Uiterlijk vrijdag 20 november hoor je van mij" says 07:48 and arrived at 18:58, hours
after the candidate approved the follow-up it makes moot. Asked "did they write since?",
the Date alone says no, and the follow-up went out on top of his promise.

So the last look before a send (``core.lifecycle.refusal``) and the warning of drafts
mode ask both clocks: a message counts as come since a moment when it was written after
it or first indexed after it (``seen_at``: silence-watch had not read it then, so neither
the draft nor the approval knew it). The time on the timeline stays the Date: what was
said when, and the wait counted from it, do not change.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.core.model import TimelineEntry


def came_after(entry: TimelineEntry, moment: datetime) -> bool:
    """Whether ``entry`` was written after ``moment``, or arrived (was indexed) after it."""
    return entry.at > moment or (entry.seen_at is not None and entry.seen_at > moment)
