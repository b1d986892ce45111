"""Snooze lengths: one grammar for the digest reply and the command line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import click
import pytest

from silence_watch.cli.when import wake_time
from silence_watch.core.commands import Verb, parse_line
from silence_watch.core.durations import parse_duration

LENGTHS = (
    ("4d", 4),
    ("4 d", 4),
    ("4D", 4),
    ("1 day", 1),
    ("3 days", 3),
    ("2w", 14),
    ("1 week", 7),
    ("2 Weeks", 14),
    ("for 2 weeks", 14),
    ("for  10d", 10),
    ("0d", 0),
    ("9999w", 69993),
    ("4", None),
    ("d", None),
    ("four days", None),
    ("2 months", None),
    ("-3d", None),
    ("1.5w", None),
    ("10000d", None),
    ("until 2026-12-08", None),
    ("", None),
)


@pytest.mark.parametrize(("text", "days"), LENGTHS)
def test_parse_duration(text: str, days: int | None) -> None:
    """Whole days or weeks, short or long, with or without 'for'; anything else is no duration."""
    expected = None if days is None else timedelta(days=days)
    assert parse_duration(text) == expected


@pytest.mark.parametrize(("text", "days"), LENGTHS)
def test_digest_snooze_reads_the_same_grammar(text: str, days: int | None) -> None:
    """`snooze N <length>` in a digest reply means what the length means everywhere."""
    commands = parse_line(f"snooze 3 {text}")
    if days is None:
        assert commands is None or commands[0].until is not None
    else:
        assert commands is not None
        (command,) = commands
        assert (command.verb, command.numbers, command.days) == (Verb.SNOOZE, (3,), days)


NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "days"), [row for row in LENGTHS if row[0]])
def test_cli_for_reads_the_same_grammar(text: str, days: int | None) -> None:
    """`--for <length>` wakes after the same length, and refuses what the digest refuses.

    A length of no days is refused too: a snooze that wakes at once is a mistake.
    """
    zone = ZoneInfo("America/New_York")
    if not days:
        with pytest.raises(click.BadParameter):
            wake_time(None, text, zone, NOW)
    else:
        assert wake_time(None, text, zone, NOW) == NOW + timedelta(days=days)
