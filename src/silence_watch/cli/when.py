"""``--until DATE`` / ``--for 4d``: when something put aside wakes up (shared by commands)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from silence_watch.core.lifecycle import wake_at

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime, tzinfo

_DURATION_RE = re.compile(r"^(\d+)\s*([dw])$")


def snooze_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--until`` and ``--for`` to a command."""
    function = click.option("--for", "duration", help="Wake it after this long (4d, 2w).")(
        function,
    )
    return click.option("--until", "until_text", help="Wake it on this date (YYYY-MM-DD).")(
        function,
    )


def wake_time(
    until_text: str | None, duration: str | None, zone: tzinfo, now: datetime
) -> datetime:
    """The moment to wake up, in UTC: 09:00 on ``--until``'s day, or ``now`` plus ``--for``."""
    until, days = snooze_span(until_text, duration)
    return wake_at(until=until, days=days, now=now, zone=zone)


def snooze_span(until_text: str | None, duration: str | None) -> tuple[date | None, int | None]:
    """``--until`` as a date, or ``--for`` as a number of days (one of them is required)."""
    if until_text:
        try:
            return date.fromisoformat(until_text), None
        except ValueError:
            message = f"{until_text!r} is not a date like 2026-12-08"
            raise click.BadParameter(message, param_hint="--until") from None
    if duration:
        found = _DURATION_RE.match(duration.strip().lower())
        if not found:
            raise click.BadParameter(f"{duration!r}: write it like 4d or 2w", param_hint="--for")
        return None, int(found[1]) * (7 if found[2] == "w" else 1)
    raise click.UsageError("say how long: --until 2026-12-08 or --for 4d")
