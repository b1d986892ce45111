"""``--until DATE`` / ``--for 4d``: when something put aside wakes up (shared by commands)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

import click

from silence_watch.core.durations import EXAMPLE, parse_duration

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import tzinfo



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
    if until_text:
        try:
            day = date.fromisoformat(until_text)
        except ValueError:
            message = f"{until_text!r} is not a date like 2026-12-08"
            raise click.BadParameter(message, param_hint="--until") from None
        return datetime.combine(day, time(9), tzinfo=zone).astimezone(UTC)
    if duration:
        length = parse_duration(duration)
        if length is None:
            raise click.BadParameter(f"{duration!r}: write it like {EXAMPLE}", param_hint="--for")
        return (now + length).astimezone(UTC)
    raise click.UsageError("say how long: --until 2026-12-08 or --for 4d")
