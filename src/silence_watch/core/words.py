"""Small helpers for writing numbers the way people do ("1 day", "2 days", "once"). Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date, datetime, tzinfo


def plural(count: float, singular: str, plural_form: str | None = None) -> str:
    """``1 day``, ``2 days``, ``1.5 days``; irregular plurals may be given."""
    word = singular if count == 1 else (plural_form or f"{singular}s")
    return f"{count:g} {word}"


def times(count: int) -> str:
    """``once``, ``twice``, ``3 times``."""
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def day_words(day: date, *, today: date | None = None) -> str:
    """``Tue 3 Nov``; the year is added when it is not ``today``'s year."""
    text = f"{day:%a} {day.day} {day:%b}"
    if today is not None and day.year != today.year:
        text += f" {day.year}"
    return text


def moment_words(moment: datetime, zone: tzinfo, *, now: datetime | None = None) -> str:
    """``Tue 3 Nov 15:00`` in ``zone``: the one way a time is shown to the candidate."""
    local = moment.astimezone(zone)
    today = now.astimezone(zone).date() if now is not None else None
    return f"{day_words(local.date(), today=today)} {local:%H:%M}"


def duration_words(seconds: float) -> str:
    """``45 s``, ``12 min``, ``3.5 h``: how long something took or will take."""
    if seconds < 120:
        return f"{max(seconds, 0):.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
