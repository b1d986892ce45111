"""A promise to confirm with its day in front of the verb, in en, de, fr, es, nl. Pure.

"La próxima semana le confirmamos cómo seguimos con el proceso" (tester round u29es): a
Spanish present that promises, with its day before the verb. "Le confirmamos" alone is
no promise ("le confirmamos su entrevista el martes 10": the Tuesday is the interview's),
so the words of a promise (``core.promise_cues``) took it only with the day after it
("le confirmo el lunes"), and the week promised was lost: the usual window ended a day
early. The same order in the other languages: "Next week we'll confirm how we proceed",
"Nächste Woche bestätige ich Ihnen, wie es weitergeht", "La semaine prochaine je vous
confirme la suite", "Volgende week bevestig ik je hoe we verder gaan"; also "te comento",
"le cuento", "les contamos" ("el lunes te comento").

``fronted_cues`` gives where such a verb stands in a folded sentence when a day, a week,
a month or a holiday ends the words just before it in its clause. Near misses keep the
verb no promise: no day in front ("Le confirmamos que hemos recibido su candidatura"), a
day in another clause ("Nos vimos el lunes. Le confirmamos ..."), and what is confirmed
being a meeting's detail ("Mañana le confirmamos la hora de la entrevista": a slot).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.datewords import MONTHS, WEEKDAYS
from silence_watch.core.lazy_patterns import lazy_pattern

#: The verb of confirming or telling, first person (folded): "le confirmamos", "I'll
#: confirm", "bestätige ich Ihnen", "je vous confirme", "bevestig ik je".
_VERB: Final = lazy_pattern(
    r"\b(?:(?:te|le|os|les) (?:confirm(?:o|amos)|coment(?:o|amos)|cuento|contamos)"
    r"|(?:(?:i|we)(?:'ll| will| shall)? )confirm"
    r"|(?:bestatige|bestaetige) ich|(?:bestatigen|bestaetigen) wir"
    r"|(?:je|nous|on) (?:vous|te) (?:confirme|confirmons)"
    r"|(?:bevestig ik|bevestigen (?:we|wij)))\b"
    # a meeting's detail is a slot, not an answer: "le confirmamos la hora de la entrevista"
    r"(?! (?:(?:you|your|u|uw|je|jouw|ihnen|dir|ihr\w*|vous|votre|te|ta|su|tu) )?(?:(?:la|el"
    r"|los|las|the|die|den|das|le|les|de|het) |l')?(?:hora|horario|sala|link|enlace"
    # the day it resumes is news, not a slot: "te confirmo la fecha en que lo retomamos"
    r"|fecha(?! (?:en (?:la )?que|de (?:reanudacion|reinicio|reapertura|reactivacion)))"
    r"|entrevista|cita|reunion|lugar|direccion|time|slot|room|venue|address|interview|meeting"
    r"|call|uhrzeit|termin|raum|ort|gesprach|heure|salle|lien|lieu|adresse|entretien"
    r"|rendez-vous|tijd|tijdstip|ruimte|locatie|adres|gesprek|afspraak)\b)"
)
#: A day, a week, a month or a holiday (folded), and the words that name one.
_TIME_WORDS: Final = (
    r"week|weekend|month|days|tomorrow|soon|holidays|christmas|new year|woche|wochenende"
    r"|monat|tagen|morgen|bald|feiertagen|weihnachten|semaine|week-end|mois|jours|demain"
    r"|bientot|fetes|vacances|noel|semana|mes|dias|manana|pronto|fiestas|navidad(?:es)?"
    r"|reyes|vacaciones|puente|ano|maand|dagen|binnenkort|feestdagen|kerst|viene|prochaine"
    r"|suivante|naechste|nachste|volgende"
)
#: The words just before the verb end in a day (a number too: "el viernes 11"), maybe a
#: comma and "ya", "already", "dann", "alors", "dan" between.
_DAY_IN_FRONT: Final = lazy_pattern(
    rf"\b(?:{_TIME_WORDS}|{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))}"
    rf"|{'|'.join(sorted(MONTHS, key=len, reverse=True))}|\d{{1,2}}(?:\.|er|th|st|nd|rd)?)"
    r",? (?:(?:ya|then|dann|alors|dan|al|du coup) )?"
    # a time of that day between: "mañana a primera hora te confirmo", "tomorrow first
    # thing I'll confirm", "morgen im Laufe des Vormittags bestätige ich" (probe round p52b)
    # ("mañana a última hora te confirmo": probe-dates5)
    r"(?:(?:a (?:primera|ultima) hora|al final del dia|first thing|in the (?:morning|afternoon)"
    r"|por la (?:manana|tarde)"
    r"|(?:im laufe des|am) (?:vormittags?|nachmittags?|tages)|dans la (?:matinee|journee)"
    r"|en (?:debut|fin) de (?:matinee|journee)|in de (?:ochtend|middag)|'s (?:ochtends"
    r"|middags))(?: de la manana)?,? )?$"
)
#: How far before the verb a day may end, in its clause.
_NEAR: Final = 60
#: Where a clause ends.
_CLAUSE_END: Final = lazy_pattern(r"[.;:!?]")


def day_in_front(folded: str, at: int) -> bool:
    """Whether a day ends the words just before ``at`` in its clause ("el jueves te ...")."""
    before = folded[max(0, at - _NEAR) : at]
    return _DAY_IN_FRONT.search(_CLAUSE_END.split(before)[-1]) is not None


def fronted_cues(folded: str) -> list[int]:
    """Where a verb of confirming stands with its day just before it, in its clause."""
    return [verb.start() for verb in _VERB.finditer(folded) if day_in_front(folded, verb.start())]
