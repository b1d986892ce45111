"""An office closed over the holidays, said by a person: no news of her process. Pure.

A probe of paused hiring (round probe-hold7) found the learned reader hearing a pause, a
no or a step in a closure notice with its return day, written by hand like an
auto-reply: "Ons kantoor is gesloten van 24 december t/m 1 januari. Vanaf maandag 4
januari zijn we weer bereikbaar" (read as a rejection, 0.59), "nuestras oficinas
permanecerán cerradas del 24 de diciembre al 6 de enero" (on_hold, 0.73), "unser Büro
bleibt vom 23.12. bis einschließlich 1.1. geschlossen" (a next step). The office shut is
no hiring paused; the rules' reading stands (a promise to answer on the return day), or
"other", asked about. A closure beside a word of the hiring ("the role is on hold", "the
interview moves to January") is left to the other readers.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.intents import phrase_hits
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

#: The office shut for a span (folded): "our office closes from Dec 21", "unser Büro bleibt
#: ... geschlossen", "nos bureaux seront fermés du", "nuestras oficinas permanecerán
#: cerradas", "ons kantoor is gesloten van".
_CLOSED: Final = lazy_pattern(
    r"\b(?:office|offices|studio|team|buro|buros|bureaux?|oficinas?|kantoor|kantoren)\b"
    r"[^!?\n]{0,60}?\b(?:(?:is|are|will be|stays?|remains?) closed|closes?|closing"
    r"|geschlossen|fermee?s?|ferme|cerrad[oa]s?|gesloten|dicht"
    # "zwischen Weihnachten und Neujahr ist unser Büro nicht besetzt" (probe-hold7's fresh set)
    r"|nicht (?:besetzt|erreichbar)|unbesetzt)\b"
)
#: Words of her process, which make the notice more than a closure (folded).
_PROCESS: Final = lazy_pattern(
    r"\b(?:interview\w*|application|candidacy|role|position|offer|decision|hiring|shortlist"
    r"|gesprach\w*|bewerbung\w*|stelle|entscheidung|absage|zusage|entretien|candidature|poste"
    r"|entrevista\w*|candidatura|puesto|vacante|sollicitatie|gesprek\w*"
    r"|vacature|functie|besluit|on hold|paused|pausiert|suspendu|en pausa|congelad[oa])\b"
)
#: Readings the reader gives such notices that stop or change the wait.
_MISTAKEN: Final = frozenset({Intent.ON_HOLD, Intent.REJECTION, Intent.NEXT_STEP})


def closure_only(text: str) -> bool:
    """Whether ``text`` is an office's holiday closure and says nothing of her process."""
    folded = fold(text)
    return _CLOSED.search(folded) is not None and _PROCESS.search(folded) is None


def office_closed(
    text: str, intent: Intent | None, confidence: float, rules: str | None, reasons: list[str],
    *, asked: float,
) -> tuple[Intent | None, float]:
    """A pause, a no or a step only the reader heard in an office's closure notice.

    The rules' reading (a promise to answer on the return day), or "other" asked about.
    """
    if intent not in _MISTAKEN or not text or (rules is not None and Intent(rules) in _MISTAKEN):
        return intent, confidence
    if not closure_only(text) or any(found in _MISTAKEN for found in phrase_hits(fold(text))):
        return intent, confidence
    if rules is None:
        reasons.append(f"intent other, not {intent}: an office closed over the holidays says"
                       " nothing of your application; it asks you")  # fmt: skip
        return Intent.OTHER, asked
    reasons.append(f"intent {rules}, not {intent}: an office closed over the holidays says"
                   " nothing of your application")  # fmt: skip
    return Intent(rules), max(confidence, UNSURE_BELOW)
