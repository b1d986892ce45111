"""A pause only the learned reader heard, in words that hold no pause of their hiring. Pure.

A probe of paused hiring (round probe-hold7) found the reader hearing a pause where the
phrase rules, rightly, heard none:

- a pause she asked for: "wie gewünscht habe ich Ihren Bewerbungsprozess pausiert, bis
  Sie aus dem Urlaub zurück sind", "comme convenu, je mets votre candidature en pause le
  temps de votre déménagement" (read on_hold, 0.90 and 0.99): her own break; the move
  is hers when she is back;
- a pause only feared: "we might pause and then scrap the hire altogether": no decision
  yet, the promise beside it stands;
- a hold on a check, lifted: "the hold on your background check is cleared" (read
  on_hold, 0.91): a formality done, nothing paused.

The rules' reading is taken (sure enough); with none, "other", asked about. A pause of the
hiring said elsewhere in the message ("the role is on hold") keeps the reader's pause.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.intents import phrase_hits
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.pause_lookalikes import pause_only_feared, paused_for_her

#: A word of pausing, in five languages (folded).
_PAUSE_WORD: Final = lazy_pattern(
    r"\b(?:paus\w*|on hold|on ice|frozen|freez\w*|hold|halt\w*|gepauzeerd|pauzeer\w*"
    r"|stand-?by|auf eis|angehalten|ausgesetzt|aussetz\w*|gestoppt|zuruckgestellt|en pause"
    r"|en suspens|suspen\w*|en pausa|en espera|congel\w*|gele|gelee|geler|gelons|stilgezet"
    r"|stil|in de wacht|opgeschort)\b"
)
#: A hold on a check or a formality, lifted: "the hold on your background check is
#: cleared", "la retención de tu verificación se ha levantado" (folded).
_CHECK_CLEARED: Final = lazy_pattern(
    r"\bhold on (?:your|the) (?:\w+ ){0,2}?(?:check|screening|verification|clearance"
    r"|onboarding|paperwork)\b[^.!?\n]{0,30}?\b(?:is|was|has been|got) (?:now )?"
    r"(?:cleared|lifted|removed|released|resolved)\b"
)
#: Readings the rules may have given beside such words, which the reader overrules.
_MISTAKEN: Final = frozenset({Intent.ON_HOLD})


def _not_theirs(folded: str) -> bool:
    """Whether every pause word of ``folded`` is hers, only feared, or a check's hold."""
    spans = [found.span() for found in _PAUSE_WORD.finditer(folded)]
    cleared = [found.span() for found in _CHECK_CLEARED.finditer(folded)]
    return bool(spans) and all(
        paused_for_her(folded, start, end) or pause_only_feared(folded, start)
        or any(low <= start < high for low, high in cleared)
        for start, end in spans
    )


def pause_not_theirs(
    text: str, intent: Intent | None, confidence: float, rules: str | None, reasons: list[str],
    *, asked: float,
) -> tuple[Intent | None, float]:
    """A pause only the reader heard, in a pause of hers, a feared one or a check's.

    The rules' reading, or "other" asked about (``asked``) when they read nothing.
    """
    if intent not in _MISTAKEN or rules == Intent.ON_HOLD.value or not text:
        return intent, confidence
    folded = fold(text)
    if Intent.ON_HOLD in phrase_hits(folded) or not _not_theirs(folded):
        return intent, confidence
    if rules is None:
        reasons.append("intent other, not on_hold: the pause is yours, only feared or a"
                       " check's, not of their hiring; it asks you")  # fmt: skip
        return Intent.OTHER, asked
    reasons.append(f"intent {rules}, not on_hold: the pause is yours, only feared or a"
                   " check's, not of their hiring")  # fmt: skip
    return Intent(rules), max(confidence, UNSURE_BELOW)
