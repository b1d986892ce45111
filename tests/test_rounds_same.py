"""Which round a calendar invitation with no known UID is (core.uid_less_rounds).

A cancelled "Team lunch (optional)" at noon is not the 3:30 PM interview (tester round
t35cx), nor an internal debrief at 16:00 the 10:00 interview (u46nw); a cancellation at the
round's own time, or at its hour in another zone with an interview's title (a round typed
in the wrong zone), is.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from silence_watch.core.invites import ProposedInterview
from silence_watch.core.uid_less_rounds import is_same_round

NY = ZoneInfo("America/New_York")
ROUND = datetime(2026, 11, 17, 15, 30, tzinfo=NY)


def event(start: datetime, summary: str, *, cancelled: bool) -> ProposedInterview:
    """A calendar event as the invitation reader gives it."""
    return ProposedInterview(uid="u-1", sequence=1, method="CANCEL" if cancelled else "REQUEST",
                             start=start, summary=summary, cancelled=cancelled)  # fmt: skip


def test_a_cancelled_lunch_the_same_day_is_not_the_interview() -> None:
    """Three and a half hours off, and no interview in its title: another event."""
    lunch = event(datetime(2026, 11, 17, 12, tzinfo=NY), "Team lunch (optional)", cancelled=True)
    assert not is_same_round(ROUND, lunch.start or ROUND, lunch)


def test_a_cancellation_at_the_rounds_time_or_whole_hours_off_is_the_round() -> None:
    """Its own time whatever the title; a typed zone three hours off with an interview title."""
    own = event(ROUND, "Busy", cancelled=True)
    assert is_same_round(ROUND, ROUND, own)
    pacific = datetime(2026, 11, 17, 15, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    typed = event(pacific, "Interview: Firmware Engineer", cancelled=True)
    assert is_same_round(ROUND, pacific, typed)
    in_utc = (ROUND + timedelta(hours=3)).astimezone(UTC)  # Google writes UTC: no zone to see
    google = event(in_utc, "Interview: Firmware Engineer", cancelled=True)
    assert is_same_round(ROUND, in_utc, google)
    other = event(pacific, "Coffee with Sam", cancelled=True)
    assert not is_same_round(ROUND, pacific, other)


def test_a_cancelled_debrief_later_the_same_day_is_not_the_interview() -> None:
    """Another hour on the same clock, or a meeting about the interviews (u46nw)."""
    paris = ZoneInfo("Europe/Paris")
    interview = datetime(2026, 11, 19, 10, tzinfo=paris)
    debrief = datetime(2026, 11, 19, 16, tzinfo=paris)
    title = "Débrief interne - entretiens Contrôleur financier"
    assert not is_same_round(interview, debrief, event(debrief, title, cancelled=True))
    six_hours_utc = debrief.astimezone(UTC)
    assert not is_same_round(interview, six_hours_utc, event(six_hours_utc, title, cancelled=True))
    for summary in ("Interview debrief", "Interne Abstimmung: Gespräche", "Calibration call"):
        later = event(six_hours_utc, summary, cancelled=True)
        assert not is_same_round(interview, six_hours_utc, later), summary


def test_an_invitation_within_twelve_hours_is_the_round() -> None:
    """An invitation (not a cancellation) keeps the wide window: its time is the right one."""
    update = event(datetime(2026, 11, 17, 12, tzinfo=NY), "Team lunch (optional)", cancelled=False)
    assert is_same_round(ROUND, update.start or ROUND, update)
