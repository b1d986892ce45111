"""``--until DATE`` / ``--for 4d``: when something put aside wakes up (shared by commands)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import click

from silence_watch.core.durations import EXAMPLE, parse_duration
from silence_watch.core.lifecycle import wake_at

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime, tzinfo


def snooze_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--until`` and ``--for`` to a command."""
    function = click.option("--for", "duration", help="Wake it after this long (4d, 2w, 3 days).")(
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
        length = parse_duration(duration)
        if length is None:
            raise click.BadParameter(f"{duration!r}: write it like {EXAMPLE}", param_hint="--for")
        if length.days < 1:
            raise click.BadParameter("snooze for at least one day", param_hint="--for")
        return None, length.days
    raise click.UsageError("say how long: --until 2026-12-08 or --for 4d")
