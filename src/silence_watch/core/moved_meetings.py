"""A meeting being moved is no word about the application. Pure.

"Hi Priya, the panel has to be rescheduled. Sorry about that." The learned reader hears
an apology, a meeting and a short message, and reads a no (p=0.96, held unsure: the
candidate was asked whether it was a rejection); "le panel doit être reporté. Désolée pour
ce contretemps" it read as a sure, cold no, and the process was settled. "Das Panel muss
leider verschoben werden" it read as a hiring pause. The writer moves a meeting: a new
time is to come, and nothing is said of the application.

So a reading of a no, or of a pause the rules did not hear (or any reading of no news held
unsure: "we need to reschedule the interview panel", a step to the rules and a no to the
reader), in words that move a meeting
(reschedule, postpone, push, "verschieben", "reporter", "reprogramar", "verzetten": any
form ``core.calloffs`` knows) and do not cancel it, is that meeting moved: an
acknowledgement, they will write with the new time. The rules' own word of a no ("we have
decided to go with another candidate, so we must cancel the panel") or of a pause of the
hiring ("the role is on hold, so we need to postpone your interview") keeps its reading,
and so does a cancellation that says neither why nor when, which is asked about
(``core.calloff_readings``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.calloffs import calls_off
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.reading_corrections import PROMISE_CONFIDENCE

#: Readings of the application that a meeting moved is mistaken for.
_MISTAKEN: Final = frozenset({Intent.REJECTION, Intent.ON_HOLD})
#: Readings that, unsure, are the meeting moved too: "we need to reschedule the interview
#: panel" is a step to the rules (a meeting) and a no to the reader (0.59, asked).
_UNSURE_MOVES: Final = frozenset({Intent.NEXT_STEP, Intent.OTHER, Intent.PLEASANTRY})
#: What the phrase rules heard that stands: a no, a pause of the hiring, an offer.
_RULES_NEWS: Final = frozenset({"rejection", "on_hold", "offer"})

#: Words of moving a meeting, in five languages (folded): a new time is to come.
_MOVING: Final = lazy_pattern(
    r"\b(?:reschedul\w*|postpon\w*|push(?:ed)? back|re-?arrang\w*|re-?book\w*|move[ds]?"
    r"|verschieb\w*|verschoben|verleg\w*|reporte[rz]?|reporte(?:e|es|s)?|decale[rz]?"
    r"|deplace[rz]?|reprogram\w*|aplaz\w*|pospon\w*|pospuest\w*|cambiar de fecha"
    r"|verzet\w*|verplaats\w*|uitstel\w*|uitgesteld)\b"
)
#: Words of calling it off for good: a cancellation is asked about, never a move.
_CANCELLING: Final = lazy_pattern(
    r"\b(?:cancel\w*|call\w* off|absag\w*|abgesagt|entfall\w*|findet \w* ?nicht statt"
    r"|annul\w*|n'aura pas lieu|cancela\w*|no (?:se )?(?:podra|va a) (?:celebrar|tener lugar)"
    r"|afzeg\w*|afgezegd|geannuleerd|gaat \w* ?niet door)\b"
)


def moves_only(words: str) -> bool:
    """Whether the writer's ``words`` move a meeting and nowhere cancel one."""
    folded = fold(words)
    return (
        _MOVING.search(folded) is not None
        and _CANCELLING.search(folded) is None
        and calls_off(words)
    )


def meeting_moved(
    text: str, intent: Intent | None, confidence: float, rules: str | None, reasons: list[str]
) -> tuple[Intent | None, float]:
    """A no or a pause only the reader heard, in words that move a meeting: a move.

    Its new time is to come (an acknowledgement, waited on); no word about the application.
    """
    unsure = confidence < UNSURE_BELOW and intent in _UNSURE_MOVES
    if not (intent in _MISTAKEN or unsure) or rules in _RULES_NEWS or not text:
        return intent, confidence
    if not moves_only(text):
        return intent, confidence
    reasons.append(f"intent acknowledgement, not {intent}: it moves a meeting and says"
                   " nothing of your application; the new time is theirs to send")  # fmt: skip
    return Intent.ACKNOWLEDGEMENT, PROMISE_CONFIDENCE
