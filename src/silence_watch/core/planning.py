"""``silence-watch plan``: what would happen, day by day, if nobody answers. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.model import Direction, InterviewState, MessageKind, Process, TimelineEntry
from silence_watch.core.policy import assess

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.ladder import PolicySettings
    from silence_watch.core.model import Action, Interview


@dataclass(frozen=True, slots=True)
class PlannedStep:
    """One day of ``silence-watch plan``: what would happen if nobody answers."""

    at: datetime
    action: Action | None
    state: InterviewState


def plan(
    process: Process | Interview,
    timeline: Sequence[TimelineEntry],
    now: datetime,
    until: datetime,
    settings: PolicySettings,
) -> list[PlannedStep]:
    """Every action from ``now`` to ``until`` if each is sent when due and nobody answers."""
    process = process if isinstance(process, Process) else Process.of(process)
    entries = list(timeline)
    steps: list[PlannedStep] = []
    moment = now
    for _ in range(len(settings.ladder) + 2):  # thank-you + every rung, with room to spare
        verdict = assess(process, entries, moment, settings)
        if verdict.next_action is None or verdict.next_action_at is None:
            break
        at = max(verdict.next_action_at, moment)
        if at > until:
            return steps
        steps.append(PlannedStep(at, verdict.next_action, verdict.state))
        entries.append(
            TimelineEntry(
                at=at,
                direction=Direction.OUTBOUND,
                kind=MessageKind.HUMAN,
                recipients=tuple(c.email for c in process.contacts),
            ),
        )
        moment = at
    final = assess(process, entries, until, settings)
    if final.state is InterviewState.GHOSTED and steps:
        calendar = settings.calendar
        last = calendar.local_date(steps[-1].at)
        ghost_day = calendar.add_business_days(last, settings.ghost_after_business_days)
        steps.append(PlannedStep(calendar.morning_of(ghost_day), None, InterviewState.GHOSTED))
    return steps
