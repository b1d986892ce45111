"""Times they send with a present tense and its day, in es and fr: a promise. Pure.

"Pasaste a la siguiente fase, el jueves te mando horarios para la entrevista con el
director" (probe-dates11): the Spanish and French present stands for the near future,
and the day in front of it is when the times come. No promise word was read in it (the
present counted only with a deadline word: "te mando unas opciones antes del miércoles",
``core.times_to_come``), so no day was promised, and when no times came on Thursday
nothing was ever drafted. The same with the day after what is sent, when it is tomorrow:
"Te mando la invitación con el enlace de Teams mañana", "je t'envoie les créneaux demain".

``present_send_cues`` gives where such a verb stands in a folded sentence: "te mando",
"le envío", "te paso", "os proponemos", "je vous envoie", "je t'envoie", "nous vous
proposons", with the times, dates, slots or the invitation a few words on (the words
of ``core.times_to_come``) and its day just before it in its clause ("el jueves",
"mañana", "vendredi": ``core.fronted_promises.day_in_front``) or tomorrow after them.

Near misses stay as they were: no day ("te mando horarios en cuanto los tenga"), a day
after that is no tomorrow ("te mando la invitación para el jueves", "je vous envoie
l'invitation pour vendredi": the slot's day), and the slots' own period after them
("Mañana te propongo un par de huecos para la semana que viene": the week is the
slots', t62ml, and the sentence is left as it was read). ``sends_on`` tells
``core.step_promises`` that such a day in a sure next step is their promise, not a slot.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.fronted_promises import day_in_front
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.times_to_come import TIMES_WORDS

#: Their side sending, in the present, then what is sent a few words on (folded).
_SENDS: Final = lazy_pattern(
    r"\b(?:(?:te|le|os|les) (?:mando|envio|paso|mandamos|enviamos|pasamos|propongo"
    r"|proponemos|hago llegar|hacemos llegar)"
    r"|(?:je|nous|on) (?:vous |t')(?:envoie|envoyons|propose|proposons|transmets"
    r"|transmettons|fais parvenir|faisons parvenir))\b"
    rf"(?P<what>[^.!?;:]{{0,60}}?{TIMES_WORDS})"
)
#: The slots' own period after what is sent: "huecos para la semana que viene".
_SLOTS_PERIOD: Final = lazy_pattern(
    r"^[^.!?;:]{0,30}?\b(?:para|pour|for)\b(?: (?:el|la|los|las|le|les|the|this|next|esta"
    r"|este|cette|ce))? (?:semana|week|semaine|mes|month|mois|lunes|martes|miercoles|jueves"
    r"|viernes|lundi|mardi|mercredi|jeudi|vendredi|manana|demain|\d)"
)
#: Tomorrow after the verb, in its clause ("je t'envoie demain matin deux créneaux", "te
#: mando los horarios mañana"), never "para mañana" (the slot's day).
_TOMORROW_AFTER: Final = lazy_pattern(
    r"^[^.!?;:]{0,100}?(?<!para )(?<!pour )(?<!for )(?<!de )\b(?:manana|demain)\b"
)


def present_send_cues(folded: str) -> list[int]:
    """Where a present tense sends her the times with its day, in a folded sentence."""
    cues = []
    for sends in _SENDS.finditer(folded):
        if _SLOTS_PERIOD.search(folded[sends.end("what") :]) is not None:
            continue
        after = folded[sends.start("what") :]
        if day_in_front(folded, sends.start()) or _TOMORROW_AFTER.search(after) is not None:
            cues.append(sends.start())
    return cues


#: What may stand between the day in front and the verb: a comma, "ya", a time of day.
_NEAR_FRONT: Final = 30


def sends_on(sentence: str, start: int, end: int) -> bool:
    """Whether the day at ``start``:``end`` of a folded sentence is when the times are sent."""
    for cue in present_send_cues(sentence):
        between = sentence[end:cue] if end <= cue else sentence[cue:start]
        if any(mark in between for mark in ".!?;:"):
            continue
        if end <= cue and cue - end <= _NEAR_FRONT:
            return True
        if start > cue and sentence[start:end].split(maxsplit=1)[0] in ("manana", "demain"):
            return True
    return False
