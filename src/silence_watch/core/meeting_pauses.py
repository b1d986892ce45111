"""A pause that is only the meeting's: "l'entretien est reporté à une date ultérieure". Pure.

A call-off often puts the meeting off to a later date: "the interview has been postponed
to a later date", "das Gespräch wird auf einen späteren Zeitpunkt verschoben",
"l'entretien est reporté à une date ultérieure", "la entrevista queda aplazada", "het
gesprek wordt uitgesteld tot een later moment". The phrase rules hear a hiring pause in
"at a later date", "indefinitely" or "aplazada"; said of the meeting, beside the word
that a new time will come ("dès que j'aurai un nouveau créneau"), it is a move to come,
and the process waits the usual window for it (``core.calloff_readings``). A pause of the
hiring said beside it ("the role is on hold", "le recrutement est suspendu") is still a
pause. A call-off that never puts the meeting off in words ("we need to cancel
Thursday") keeps the pause it was read as.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.calloff_words import CHANGE_VERB, CHANGED, CLAUSE, FILLER, MEETING, WHOSE
from silence_watch.core.intents import phrase_hits
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

#: "To a later date", "indefinitely", in five languages (folded).
_LATER: Final = (
    r"(?:(?:to|until|till|for) (?:a |some )?later (?:date|time|point)|indefinitely"
    r"|until further notice|a une (?:date|echeance) ulterieure|a plus tard|a une autre date"
    r"|sine die|jusqu'a nouvel ordre|a (?:una )?fecha posterior|(?:para|hasta) mas adelante"
    r"|(?:para|a) otra fecha|indefinidamente|hasta nuevo aviso|auf (?:einen )?spateren"
    r" (?:zeitpunkt|termin)|auf unbestimmte zeit|bis auf weiteres|(?:naar|tot|op) een"
    r" latere? (?:moment|tijdstip|datum)|voor onbepaalde tijd|tot nader order)"
)
#: The meeting put off, with its "to a later date" when it has one (folded).
_PUT_OFF: Final = lazy_pattern(
    rf"\b(?:{MEETING}|\w+(?:gesprach|gesprek))\b{CLAUSE}{{0,50}}?"
    rf"(?:\b{CHANGED}\b(?:\s+(?:\w+\s+){{0,2}}?{_LATER})?|{_LATER}{CLAUSE}{{0,20}}?"
    rf"\b(?:verschoben|verschieben|verlegt|aufgeschoben|uitgesteld)\b)"
    rf"|\b{CHANGE_VERB}\s+(?:{WHOSE}\s+)?{FILLER}{MEETING}\b(?:\s+(?:\w+\s+){{0,2}}?{_LATER})?"
)


def only_the_meetings(words: str) -> bool:
    """Whether a pause read in ``words`` can only be the meeting put off.

    ``words`` are the writer's own. True when they put the meeting off ("the interview is
    postponed (to a later date)") and, that taken out, the phrase rules read no pause of
    the hiring in the rest; whoever heard the pause (the rules or the learned reader)
    heard the meeting put off.
    """
    folded = fold(words)
    rest = _PUT_OFF.sub(" ", folded)
    return rest != folded and Intent.ON_HOLD not in phrase_hits(rest)
