"""Local times of day written as "HH:MM": the digest's hour and the send window's edges.

One reading for every "HH:MM" in the configuration: 24-hour, the hour with or without
its leading zero, minutes always two digits. A time of day is wall-clock time; which
zone it is read in is the caller's business.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import time

from silence_watch.core.lazy_patterns import lazy_pattern

_CLOCK_TIME = lazy_pattern(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_clock_time(text: str) -> time:
    """``"9:30"`` -> ``time(9, 30)``; ``ValueError`` naming the text when it is no time of day."""
    found = _CLOCK_TIME.match(text.strip())
    if found is None:
        raise ValueError(f"{text!r} is not a time of day like 09:30")
    return time(int(found[1]), int(found[2]))


def format_clock_time(value: time) -> str:
    """``time(9, 30)`` -> ``"09:30"``: how the configuration writes a time of day."""
    return f"{value:%H:%M}"
