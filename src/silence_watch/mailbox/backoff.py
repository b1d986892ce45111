"""Capped exponential backoff with jitter, for reconnecting to a mail server (pure).

Pure: it computes delays and never sleeps; the caller waits (on a stop event, so that a
shutdown is never held up by a long delay). Tests pass a small ``base`` and ``cap``, or
a seeded ``random.Random``, instead of patching anything.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delays of ``base * factor**n`` seconds, capped, with "equal jitter".

    Each delay is drawn between half and all of the capped exponential value, so that
    many clients cut off at once do not all come back in the same second.
    """

    base: float = 1.0
    cap: float = 300.0
    factor: float = 2.0
    rng: random.Random = field(default_factory=random.Random)
    attempt: int = 0

    def next_delay(self) -> float:
        """The delay before the next attempt; each call counts one more failure."""
        ceiling = min(self.cap, self.base * self.factor ** min(self.attempt, 64))
        self.attempt += 1
        return ceiling / 2 + self.rng.uniform(0, ceiling / 2)

    def reset(self) -> None:
        """Start over after a success."""
        self.attempt = 0
