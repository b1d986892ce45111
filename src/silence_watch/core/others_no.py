"""A no the learned reader alone heard, in mail that speaks of other candidates: not sure.

"Told the other two no this morning. Want you to meet my cofounder Thursday", "sur les
trois candidats, l'un n'a pas été retenu ... vous êtes donc la seule à poursuivre", "de
andere twee kandidaten hebben we afgewezen": the no is said of others, and she goes on.
The phrase rules know that (``core.hypotheticals.said_of_others``) and stay silent or read
the step; the learned reader hears "no", "not retained", "afgewezen" and reads her
rejection, sometimes surely (0.97 and more): the test part's sure wrong rejections were of
this kind, and so was a development miss. A sure wrong no closes a process that goes on.

So where the rules did not read a no themselves and the writer speaks of other candidates,
the reader's rejection is held just under the unsure line: still "perhaps a rejection",
and the candidate is asked, never told. A no the rules read ("we went with one of the other
finalists") keeps its confidence.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

#: What a no only the reader heard is held at: just under the unsure line.
_HELD_AT: Final = round(UNSURE_BELOW - 0.01, 2)

#: Other candidates, named (folded), in five languages: "the other two", "the other
#: finalists", "die anderen beiden", "les deux autres candidats", "los otros dos", "de
#: andere twee kandidaten", "sur les trois candidats, l'un".
_OTHERS: Final = lazy_pattern(
    r"\b(?:the|all|our) (?:other|remaining) (?:two|three|four|\d|finalists?|candidates?"
    r"|applicants?|people|interviewees)\b|\bother (?:candidates|applicants|finalists)\b"
    r"|\b(?:den|die|allen) (?:anderen|ubrigen|restlichen|beiden anderen) (?:beiden|zwei|drei"
    r"|kandidat\w*|bewerber\w*|finalist\w*)\b"
    r"|\b(?:les|aux) (?:deux |trois )?autres (?:candidat\w*|finalistes|personnes|profils)\b"
    r"|\bsur les (?:deux|trois|quatre|\d) (?:candidat\w*|finalistes)\b"
    r"|\b(?:los|las|a los|a las) (?:otros|otras|demas) (?:dos|tres|candidat\w*|finalistas"
    r"|postulantes)\b"
    r"|\bde (?:andere|overige) (?:twee|drie|kandidaten|sollicitanten|finalisten)\b"
)


def others_named_no(
    text: str, intent: Intent | None, confidence: float, rules: str | None, reasons: list[str]
) -> tuple[Intent | None, float]:
    """A sure rejection only the reader heard, beside other candidates named: held."""
    if intent is not Intent.REJECTION or confidence < UNSURE_BELOW or rules == "rejection":
        return intent, confidence
    if not text or _OTHERS.search(fold(text)) is None:
        return intent, confidence
    reasons.append(
        f"rejection held at {_HELD_AT}: only the reader heard it, and the text speaks of"
        " other candidates (their no may not be hers)"
    )
    return intent, _HELD_AT
