"""Times of day: one "HH:MM" reading for the digest hour and the send window."""

from __future__ import annotations

from datetime import time

import pytest

from silence_watch.config import parse_settings
from silence_watch.core.clocktimes import format_clock_time, parse_clock_time
from silence_watch.core.errors import ConfigError

TIMES = (
    ("09:30", time(9, 30)),
    ("9:30", time(9, 30)),
    (" 08:00 ", time(8, 0)),
    ("00:00", time(0, 0)),
    ("23:59", time(23, 59)),
    ("24:00", None),
    ("12:60", None),
    ("9:5", None),
    ("0930", None),
    ("9.30", None),
    ("9:30 am", None),
    ("", None),
)


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_parse_clock_time(text: str, expected: time | None) -> None:
    """24-hour HH:MM, leading zero optional; anything else is refused with the text named."""
    if expected is None:
        with pytest.raises(ValueError, match="is not a time of day"):
            parse_clock_time(text)
    else:
        assert parse_clock_time(text) == expected


@pytest.mark.parametrize(("value", "text"), [(time(9, 5), "09:05"), (time(23, 0), "23:00")])
def test_format_clock_time(value: time, text: str) -> None:
    """A time of day is written back with two-digit hours and minutes."""
    assert format_clock_time(value) == text
    assert parse_clock_time(text) == value


BASE = """
me: {name: Jordan Lee, email: jordan@example.com}
mailbox: {kind: maildir, path: /tmp/mail}
"""


#: Where a time of day is written: (section, key, the other edge of the window, if any).
PLACES = (
    ("digest", "at", ""),
    ("sending", "window_start", '  window_end: "23:59"\n'),
    ("sending", "window_end", '  window_start: "00:00"\n'),
)


@pytest.mark.parametrize(("section", "key", "other"), PLACES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [row for row in TIMES if row[0].strip() and row[1] not in {time(0, 0), time(23, 59)}],
)
def test_config_reads_every_time_of_day_the_same_way(
    section: str, key: str, other: str, text: str, expected: time | None
) -> None:
    """digest.at, sending.window_start and window_end accept and refuse the same texts."""
    yaml = f'{BASE}{section}:\n  {key}: "{text}"\n{other}'
    if expected is None:
        with pytest.raises(ConfigError) as caught:
            parse_settings(yaml)
        problem = f"{section}.{key}: {text!r} is not a time of day like 09:30"
        assert caught.value.problems == [problem]
        return
    settings = parse_settings(yaml)
    read = {
        "at": settings.digest.time,
        "window_start": settings.sending.window_start_time,
        "window_end": settings.sending.window_end_time,
    }
    assert read[key] == expected
    assert getattr(getattr(settings, section), key) == format_clock_time(expected)


def test_the_window_must_open_before_it_closes() -> None:
    """A send window whose end is not after its start is refused, naming window_end."""
    yaml = f'{BASE}sending:\n  window_start: "11:30"\n  window_end: "9:30"\n'
    with pytest.raises(ConfigError) as caught:
        parse_settings(yaml)
    assert caught.value.problems == ["sending.window_end: must be later than window_start"]
