"""A person who has left the company and asks for something: the ask is not the process's. Pure.

"Friday was my last day at Oakhurst ... Priya is the best person to ask. Separately, and
with my new hat on: we're hiring at Thistlewood. Would you be up for a 20-minute chat?"
(tester round t61rv). The chat is her new company's, not a next step of the Oakhurst
process: read as one, the process waited on the candidate and its follow-ups stopped for
good. A leaver's ask is "other", surely (no news): the waiting goes on, and the next
follow-up goes to whoever is left there (``core.lifecycle`` retires her addresses).

Only a departure already made counts ("was my last day", "I've left", "I'm no longer
with"); "Friday is my last day, Ines will send you times for the final round" is still
the company speaking (tester round t44hx). A decision or a promise she passes on stays.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.departures import has_moved_on
from silence_watch.core.ladder import CERTAIN
from silence_watch.core.language import fold
from silence_watch.core.model import Intent

#: What a leaver may ask that is her new company's business, not the process's.
_ASKS: Final = frozenset({Intent.NEXT_STEP, Intent.REQUEST})


def asked_after_leaving(
    text: str, intent: Intent | None, confidence: float, reasons: list[str]
) -> tuple[Intent | None, float]:
    """A next step or request from someone who has left: "other", surely (no news)."""
    if not text or intent not in _ASKS:
        return intent, confidence
    found = has_moved_on(fold(text))
    if found is None:
        return intent, confidence
    reasons.append(
        f'intent other, surely: they have left ("{found}"), so what they ask'
        " is not this process's",
    )
    return Intent.OTHER, CERTAIN
