"""A no said with the word "no" itself: the reader's doubt gives way. Pure.

"Just off the phone with Owen - it's a no from Fernhill this time, I'm afraid. Not the news
either of us wanted after the wait. I've got some notes from him, happy to talk them
through": the rules read the no (``core.phrases_said_no``), the learned reader, which never
met the phrase, hears the courtesy ("happy to talk", "after the wait") as a promise to come
back, and the blend is left unsure (0.54): the process stopped and asked, and no feedback
request was drafted for a no the consultant spelled out (tester round u52hd).

So a rejection the rules read, left unsure by the reader, stands surely, just enough, when
the writer calls the answer a no in so many words ("the answer is no", "es ist leider ein
Nein geworden", "c'est un non", "ha sido un no", "het is een nee geworden"). Never when the
writer also says it is none ("it's not a no", ``core.not_a_no``), nor a no still to come
("if it's a no, I'll tell you straight away").

A hiring system's status line whose whole value is a no ("Stage  Rejected" in the cells of
an HTML table, ``core.status_cells``), which the rules read, is such a no too: the reader,
which meets the cells with no colon, heard "please do not reply" as a promise and read an
acknowledgement surely (0.64, probe-noes10).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.hypotheticals import hypothetical_no
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.not_a_no import says_not_a_no
from silence_watch.core.phrases_said_no import SAID_NO_PHRASES
from silence_watch.core.status_cells import status_says_no

#: Readings that give way to a no called a no: the reader's doubt, promise or courtesy.
_GIVES_WAY: Final = frozenset({
    Intent.REJECTION, Intent.ACKNOWLEDGEMENT, Intent.PLEASANTRY, Intent.OTHER, None,
})
#: Every way the rows of ``core.phrases_said_no`` call the answer a no (folded).
_CALLED_A_NO: Final = lazy_pattern(
    "|".join(f"(?:{pattern})" for row in SAID_NO_PHRASES for pattern in row[3])
)


def called_a_no(text: str) -> bool:
    """Whether ``text`` calls the answer a no in so many words, as news."""
    folded = fold(text)
    return any(
        not hypothetical_no(folded, found.start()) for found in _CALLED_A_NO.finditer(folded)
    ) and not says_not_a_no(text)


def no_in_words(
    text: str, intent: Intent | None, confidence: float, rules: str | None, reasons: list[str]
) -> tuple[Intent | None, float]:
    """A rejection the rules read, in the word "no" itself: sure, just enough.

    The reader's doubt gives way, and so does its promise or courtesy: "Merci d'avoir pris
    des nouvelles. Je suis navrée, la réponse est négative : le comité a préféré un
    candidat ..." it read as a sure acknowledgement (0.97: "nouvelles", "réponse" are the
    words of a promise to it; probe-noes10). A step, an ask, an offer or a pause it reads
    stands: those carry news of their own.
    """
    if rules != "rejection" or not text or intent not in _GIVES_WAY:
        return intent, confidence
    if intent is Intent.REJECTION and confidence >= UNSURE_BELOW:
        return intent, confidence
    if status_says_no(text) and not says_not_a_no(text):
        reasons.append("intent rejection, surely: a status line names a no")
        return Intent.REJECTION, UNSURE_BELOW
    if not called_a_no(text):
        return intent, confidence
    reasons.append("intent rejection, surely: the writer calls the answer a no")
    return Intent.REJECTION, UNSURE_BELOW
