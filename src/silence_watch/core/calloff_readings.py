"""How a message that called off the candidate's round reads for its process. Pure.

``core.calloffs`` finds the words that call a round off ("we need to cancel Thursday",
"tu entrevista del jueves ... ha quedado cancelada") and ``engine.rounds`` cancels it.
What the message then means:

- it says why (the role is filled, on hold; a no): its own reading stands; a pause that
  is only the meeting put off ("l'entretien est reporté à une date ultérieure"), beside
  a new time to come, is that time to come (``core.meeting_pauses``);
- it says a new time will come ("the vacancy holder will contact you to arrange a new
  date", "En cuanto tengamos nueva fecha te escribimos", "wir schlagen Ihnen neue Termine
  vor", "nous reviendrons vers vous avec une nouvelle date", "we sturen je een nieuwe
  datum"): it is waited on, never asked about. The new time is theirs to send, so a
  reading torn between an acknowledgement the rules heard ("we'll write") and a next step
  (the learned reader hears the meeting in it) is that acknowledgement, surely: asked
  about, the candidate would be asked what a plain "we will write with a new date" meant
  (tester round u30ic);
  A word of moving the meeting, never of cancelling it, with no news beside it, is waited
  on too: "we need to reschedule the interview panel", "das Panel muss verschoben werden"
  (``core.moved_meetings``); a pause read beside it stays one;
- neither ("we need to cancel Thursday. I'll be in touch"): it could be a pause, a no or
  a move to come, so the candidate is asked.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.calloff_words import NEW_TIME_TO_COME
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.meeting_pauses import only_the_meetings
from silence_watch.core.model import Intent
from silence_watch.core.moved_meetings import moves_only
from silence_watch.core.reading_corrections import PROMISE_CONFIDENCE

#: Readings that give no reason for calling a round off (an apology, thanks, nothing).
NO_NEWS: Final = frozenset({None, Intent.ACKNOWLEDGEMENT, Intent.OTHER, Intent.PLEASANTRY})
#: Readings a plain "we will write with a new date" is mistaken for, unsure.
_TORN: Final = frozenset({Intent.ACKNOWLEDGEMENT, Intent.NEXT_STEP, Intent.OTHER})


def calloff_reading(
    words: str, intent: Intent | None, confidence: float, rules: str | None
) -> tuple[Intent | None, float, bool]:
    """The reading of a message that called off a round, and whether to ask about it.

    ``words`` are the writer's own, ``rules`` the intent the phrase rules alone gave (its
    value, None for no phrase they know).
    """
    new_time = NEW_TIME_TO_COME.search(fold(words)) is not None
    if new_time and intent is Intent.ON_HOLD and only_the_meetings(words):
        # "l'entretien est reporté à une date ultérieure ... dès que j'aurai un nouveau
        # créneau": the meeting put off, no hiring pause; a new time to come (u40rs)
        return Intent.ACKNOWLEDGEMENT, max(confidence, PROMISE_CONFIDENCE), False
    if intent not in NO_NEWS and not (new_time and intent in _TORN):
        return intent, confidence, False  # "... cancel Thursday: we have filled the role"
    if not new_time:  # neither why nor when instead: asked about, unless the words move it
        # (to reschedule, to postpone, "verschieben", "reporter": a new time is to come)
        return intent, confidence, not moves_only(words)
    said = intent.value if intent is not None else None
    if confidence < UNSURE_BELOW and Intent.ACKNOWLEDGEMENT.value in (rules, said):
        return Intent.ACKNOWLEDGEMENT, max(confidence, PROMISE_CONFIDENCE), False
    return intent, confidence, False


def moved_reading(intent: Intent | None, confidence: float) -> tuple[Intent | None, float]:
    """The reading of a message that moved a round to one new time it names.

    Its news is the new time: an unsure reading ("het gesprek van morgen gaat helaas niet
    door ... Zou donderdag 10 december om 14.00 uur ook kunnen?", where the learned reader
    hears a no in "niet door", p=0.57; tester round u40rs) is that next step, surely, never
    a question to her about a no. A sure reading stays as it was.
    """
    if confidence >= UNSURE_BELOW:
        return intent, confidence
    return Intent.NEXT_STEP, max(confidence, PROMISE_CONFIDENCE)
