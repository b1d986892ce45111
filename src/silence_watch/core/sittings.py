"""Which rounds are one sitting, and when it began: one thank-you covers a sitting. Pure.

Rounds within a few hours of each other (a panel, then lunch with the team, then the
hiring manager) are one sitting: one thank-you after it. What the candidate wrote after
its first round began is that thank-you; a note written before it ("3:15 works, see you
then", sent the morning of the round) thanks nobody, and the thank-you is still due
(tester round t63lg).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Interview

#: Rounds this close together are one sitting: one thank-you covers them.
SAME_SITTING: Final = timedelta(hours=12)


def sitting_start(rounds: Sequence[Interview], interview: Interview) -> datetime:
    """When the sitting of ``interview`` began: its first round within ``SAME_SITTING``."""
    near = [r.date for r in rounds if interview.date - SAME_SITTING <= r.date <= interview.date]
    return min(near, default=interview.date)
