"""The day they promised news by for a round, also when they promised it before it. Pure.

"You're confirmed for the 12th ... We aim to make a final decision by Friday, November
20", written on the 5th with the panel's confirmation: after the panel the wait runs to
the 20th (docs/process.md, rule 10), not the usual window from the round, which ends a
day before it. Their word since the round counts first (``core.climbing.latest_promise``);
failing one, a day promised before the round for a day after it still holds (in a
message, not in a calendar invitation or update: its words are about the meeting it books,
"this replaces the Thursday time"), unless something since made it moot:

- an earlier round after it: "we'll decide by the 20th" said before the screen is about
  the screen, and the panel that followed superseded it;
- a next step after it (their invitation to this very round, not its calendar booking):
  the decision they promised came early, as the step;
- a day they named on a call since the round, which her own note writes down
  (``core.climbing.noted_promise``): the newer word.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.climbing import latest_promise, noted_promise
from silence_watch.core.model import Direction, Intent
from silence_watch.core.sittings import sitting_start

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from silence_watch.core.model import Interview, TimelineEntry


def promise_for_round(
    timeline: Sequence[TimelineEntry],
    rounds: Sequence[Interview],
    interview: Interview,
    round_day: date,
) -> date | None:
    """The day their word promised news by for ``interview`` (held on ``round_day``).

    ``rounds`` are the process's live rounds. Their latest promise since the round, else
    the latest one since the round before it that names a day after ``round_day`` and no
    next step of theirs followed (None where her note since the round wrote a day down).
    """
    since = latest_promise(timeline, interview.date)
    if since is not None or noted_promise(timeline, interview.date) is not None:
        return since
    start = sitting_start(rounds, interview)
    earlier = max((r.date for r in rounds if r.date < start), default=None)
    before = [
        e for e in timeline
        if e.direction is Direction.INBOUND and e.promised_by is not None and not e.calendar
        and e.at < interview.date and (earlier is None or e.at > earlier)
    ]  # fmt: skip
    if not before:
        return None
    promise = max(before, key=lambda e: e.at)
    if promise.promised_by is None or promise.promised_by <= round_day:
        return None
    moot = any(
        e.direction is Direction.INBOUND and e.intent is Intent.NEXT_STEP and not e.calendar
        and promise.at < e.at < interview.date
        for e in timeline
    )  # fmt: skip
    return None if moot else promise.promised_by
