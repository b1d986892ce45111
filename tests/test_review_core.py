"""Edge cases of the path from raw mail to decision, checked by hand in a robustness review."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

from silence_watch.core.calendar import BusinessCalendar
from silence_watch.core.model import Contact, Interview, InterviewState
from silence_watch.core.policy import PolicySettings, assess

NY = ZoneInfo("America/New_York")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=NY))
INTERVIEW = Interview(
    id=1,
    company="Acme Corp",
    role="Data Engineer",
    date=dt.datetime(2026, 11, 18, 15, 0, tzinfo=NY),
    contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
    domains=("acme.example",),
)


def ny(month: int, day: int, hour: int = 12) -> dt.datetime:
    """A literal moment in New York in 2026."""
    return dt.datetime(2026, month, day, hour, tzinfo=NY)


def test_a_stopped_upcoming_interview_plans_nothing() -> None:
    """Stopping an interview before it happens shows no thank-you that will never be drafted."""
    verdict = assess(replace(INTERVIEW, stopped=True), [], ny(11, 17), POLICY)
    assert verdict.state is InterviewState.UPCOMING
    assert (verdict.next_action, verdict.next_action_at) == (None, None)
