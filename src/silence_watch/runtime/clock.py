"""The one place that reads the clock (shell). The core receives ``now`` as a parameter.

``SystemClock`` is the real one; ``FixedClock`` is the supported test and preview mode
(``--now``), in the spirit of stamina's ``set_testing``: no monkeypatching needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that can tell the time."""

    def now(self) -> datetime:
        """The current moment, aware, in UTC."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """The current moment, aware, in UTC."""
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that says what it is told; ``advance`` moves it (the demo's virtual time)."""

    moment: datetime

    def now(self) -> datetime:
        """The moment this clock was set to, in UTC."""
        return self.moment.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward."""
        self.moment += delta
