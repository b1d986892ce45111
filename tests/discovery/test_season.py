"""The season mailbox: discovery finds its interviews and little else (docs/discovery.md)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from discovery.season import OWN, expected, from_core, score, season_mails
from silence_watch.core.discovery import discover

#: The targets of the issue: at least 0.95 of the rounds on the right day, 0.9 precision.
RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.9


def test_discovery_finds_the_seasons_interviews_on_their_days() -> None:
    """Recall and precision over the season stay at or above the issue's targets."""
    data, rounds = expected()
    zone = ZoneInfo(data["me"]["timezone"])
    found = discover(season_mails(), own=OWN, zone=zone, month_first=True)
    result = score([from_core(p) for p in found], rounds, zone)
    assert result.recall >= RECALL_FLOOR, f"missed: {result.missed}"
    assert result.precision >= PRECISION_FLOOR, f"false: {result.false}"


def test_the_seasons_rounds_carry_their_time_company_and_role() -> None:
    """Nearly every round found has its start time, its company's name and its role right."""
    data, rounds = expected()
    zone = ZoneInfo(data["me"]["timezone"])
    found = discover(season_mails(), own=OWN, zone=zone, month_first=True)
    result = score([from_core(p) for p in found], rounds, zone)
    assert result.share("time") >= 0.9
    assert result.share("company") >= 0.9
    assert result.share("role") >= 0.8
    assert result.share("agency") == 1.0
