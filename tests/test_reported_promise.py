"""A day they promised on a call, written down in the candidate's own note (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.reported_promise import reported_promise
from silence_watch.core.workdays import BusinessCalendar

LA = ZoneInfo("America/Los_Angeles")
SENT = datetime(2026, 12, 3, 15, 12, tzinfo=LA)  # Thursday


@pytest.mark.parametrize(
    ("text", "day"),
    [("Good to know you're aiming to get back to everyone by Wednesday the 16th.",
      date(2026, 12, 16)),
     ("As you said, you'll let me know by Friday 11 December.", date(2026, 12, 11)),
     ("Vous m'avez dit que vous reviendrez vers moi d'ici le vendredi 11 décembre.",
      date(2026, 12, 11)),
     # her own promise, or none at all
     ("I'll send you the migration write-up by Friday.", None),
     ("Thanks for the call earlier - it really helped.", None)],
)  # fmt: skip
def test_their_promise_in_her_words(text: str, day: date | None) -> None:
    """Tester round u08ph: only sentences whose subject is them are read."""
    assert reported_promise(text, SENT) == day


def test_a_noted_promise_holds_the_follow_up_until_after_its_day() -> None:
    """Her note after their "quick call?" is no follow-up: the wait runs to the 16th."""
    interview = Interview(id=1, company="Tidewater", role="Staff Platform Engineer",
                          date=datetime(2026, 11, 30, 11, tzinfo=LA),
                          contacts=(Contact("Ollie", "ollie@tidewater.example"),))  # fmt: skip

    def mine(at: datetime, **changes: object) -> TimelineEntry:
        entry = TimelineEntry(at=at, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                              recipients=("ollie@tidewater.example",))  # fmt: skip
        return replace(entry, **changes)  # type: ignore[arg-type]

    call = TimelineEntry(at=datetime(2026, 12, 2, 13, tzinfo=LA), direction=Direction.INBOUND,
                         kind=MessageKind.HUMAN, sender="ollie@tidewater.example",
                         intent=Intent.NEXT_STEP)  # fmt: skip
    thanks = mine(datetime(2026, 11, 30, 15, tzinfo=LA))
    booked = mine(datetime(2026, 12, 2, 18, tzinfo=LA))
    timeline = [thanks, call, booked, mine(SENT, promised_by=date(2026, 12, 16))]
    policy = PolicySettings(calendar=BusinessCalendar(zone=LA))
    verdict = assess(interview, timeline, datetime(2026, 12, 11, 12, tzinfo=LA), policy)
    assert verdict.expected_by == date(2026, 12, 16)
    assert verdict.next_action is Action.FOLLOW_UP
    assert verdict.next_action_at is not None
    assert verdict.next_action_at.date() == date(2026, 12, 17)
