"""The words of calling off and moving a meeting, in en, de, fr, es, nl (folded). Pure.

What a meeting is called, whose it is, the verbs and participles that change one, and
the day, date or time a move names: the vocabulary ``core.calloffs`` builds its patterns
from.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.datewords import MONTHS, WEEKDAYS
from silence_watch.core.lazy_patterns import lazy_pattern

#: What a meeting is called, in en, de, fr, es, nl (folded).
MEETING: Final = (
    r"(?:interview|meeting|call|chat|panel|session|conversation|appointment|onsite|screen"
    r"|gesprach\w*|termin|vorstellungsgesprach\w*|entretien|rendez-vous|rdv|reunion|appel"
    r"|entrevista|llamada|cita|gesprek|sollicitatiegesprek|afspraak)"
)
#: A determiner or a day before the meeting word ("your", "Wednesday's", "das").
WHOSE: Final = (
    r"(?:our|your|the|this|that|today'?s|tomorrow'?s|\w+day'?s|das|den|dem|unser\w*|ihr\w*"
    r"|l'|le|la|notre|votre|nuestra|su|el|ons|je|uw|het|de)"
)
#: Changing a meeting, as a verb before it or a participle after it.
CHANGE_VERB: Final = (
    r"(?:cancel|postpone|reschedule|push|move|shift|bump|call off"
    r"|absagen|verschieben|verlegen|annuler|reporter|decaler|deplacer"
    r"|cancelar|aplazar|posponer|reprogramar|mover|cambiar"
    r"|afzeggen|annuleren|verzetten|verplaatsen|uitstellen)"
)
CHANGED: Final = (
    r"(?:cancell?ed|called off|postponed|rescheduled|moved|pushed"
    r"|abgesagt|verschoben|verlegt|ausfallen|fallt \w+ aus|fallt aus"
    r"|annulee?s?|reportee?s?|decalee?s?"
    r"|cancelad[ao]s?|aplazad[ao]s?|pospuest[ao]s?|reprogramad[ao]s?"
    r"|afgezegd|geannuleerd|verzet|verplaatst|uitgesteld)"
)
#: One character of the same clause: no sentence ends, but "am 12. November" goes on.
CLAUSE: Final = r"(?:[^.?!\n]|(?<=\d)\.)"
#: Words after "move" that speak of the candidate's progress, not of a meeting.
ONWARD: Final = r"(?!\s+(?:forward|ahead|on|you|quickly|fast|along|to the next)\b)"
#: The same after "moved", and "moved your profile": the candidate, not the meeting.
ONWARD_DONE: Final = r"(?!\s+(?:forward|ahead|on|you|your|along|to the next)\b)"
#: Words between the verb and the meeting that make it the candidate's progress, or the
#: writer's own meeting ("cancel my 2pm meeting").
FILLER: Final = r"(?:(?!application|candidacy|profile|cv|resume|you\b|my\b)[\w'-]+\s+){0,3}"

#: The auxiliary of a meeting's own passive ("has been cancelled", "ha quedado cancelada",
#: "wurde abgesagt", "a été annulé", "is geannuleerd"), never after a denial ("n'a pas",
#: "no ha sido"), and up to three words before the participle that deny nothing.
_AUXILIARY: Final = (
    r"(?<!n')(?<!\bnot )(?<!\bno )(?<!\bnicht )(?<!\bniet )"
    r"\b(?:has|have|had|was|were|is|are|will be|got|ha|han|se ha|se han|fue|fueron|queda"
    r"|quedan|a|ont|est|sont|sera|va etre|wurde|wurden|ist|sind|wird|werden|muss|musste"
    r"|zijn|wordt|werd|moet|moest)\s+"
    r"(?:(?!(?:not|never|nicht|nie|niet|nooit|pas|jamais|no|nunca|geen|kein\w*)\b)[\w']+\s+)"
    r"{0,3}?"
)
#: The stop of a title before a name, which ends no sentence ("mit Herrn Dr. Haas").
_TITLE_STOP: Final = (
    r"(?:(?<=\bdr)|(?<=\bmr)|(?<=\bms)|(?<=\bmrs)|(?<=\bprof)|(?<=\bhr)|(?<=\bfr)"
    r"|(?<=\bsr)|(?<=\bsra)|(?<=\bmme)|(?<=\bdhr)|(?<=\bmevr))\."
)
#: The candidate's meeting as the subject of its own passive, however much it says of
#: itself first: "Your interview on Thursday, December 3, 2026 at 11:00 AM CET with Iker
#: Zubizarreta has been cancelled", "tu entrevista del jueves 3 de diciembre a las 11:00
#: (CET) con Iker ha quedado cancelada", "Ihr Gespräch am ... mit Herrn Dr. Haas wurde
#: abgesagt" (the date, the time, the zone, the role and the person are its own). Within
#: one clause: no sentence's end, no semicolon (folded).
SUBJECT_CHANGED: Final = (
    rf"\b(?:{WHOSE}|tu|ton|ta|dein\w*|jouw)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{MEETING}|\w+(?:gesprach|gesprek))\b"  # "Ihr Zweitgespräch", "je kennismakingsgesprek"
    rf"(?:[^.?!\n;]|(?<=\d)\.|{_TITLE_STOP}){{0,160}}?{_AUXILIARY}{CHANGED}{ONWARD_DONE}\b"
)

#: Weekday and month names (folded), longest first; months with a day number beside them.
DAY_WORDS: Final = "|".join(sorted((w for w in WEEKDAYS if len(w) > 4), key=len, reverse=True))
MONTH_WORDS: Final = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
DATE: Final = (
    rf"(?:{MONTH_WORDS})\.?\s+\d{{1,2}}\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|e)?\.?\s+(?:de\s+|of\s+)?(?:{MONTH_WORDS})\b"
    r"|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[./]\d{1,2}\b"
)
HOUR: Final = r"\d{1,2}[:h]\d\d\b|\d{1,2}\s?(?:[ap]\.?m\b|uhr\b|uur\b|h\b|heures?\b)|noon\b"
NEAR: Final = (
    r"(?:tomorrow|ubermorgen|morgen|overmorgen|demain|manana)\b"
    r"|(?:next|coming) week\b|(?:nachste|kommende) woche\b|(?:la )?semaine prochaine\b"
    r"|(?:la )?(?:proxima semana|semana que viene)\b|volgende week\b"
)
#: Where a stated move went: a day, a date or a time of day, in any of the five languages
#: ("Tuesday", "the 24th", "November 24", "24 de noviembre", "3:00 PM", "15 Uhr", "next
#: week"), after at most two small words ("next", "the", "el"). "The next round", "a new
#: team" and "14 Harbour Street" are none of these.
WHEN: Final = (
    r"(?:(?:the|this|next|coming|le|la|el|den|dem|am|op|nachsten|kommenden|diesen|volgende"
    r"|prochain|proximo|este|a las|om|um)\s+){0,2}"
    rf"(?:(?:{DAY_WORDS})\b|{DATE}|{HOUR}|{NEAR})"
)
#: The date that may follow a stated move's weekday: "Tuesday, November 24", "mardi 24".
DATE_AFTER: Final = lazy_pattern(
    rf",?\s+(?:(?:the|den|le|el)\s+)?(?:{DATE}|\d{{1,2}}\b)"
)
#: Whom or what a move moved: the candidate, "it", or the meeting ("your interview").
MOVED_ONE: Final = rf"(?:you|us|it|(?:{WHOSE}\s+)?(?:[\w'-]+\s+){{0,2}}?{MEETING})"
#: "Moved" in French and Spanish, as a participle of either gender or number.
DEPLACE: Final = r"(?:deplace|reporte|decale|reprogramme|change|avance)e?s?"
CAMBIADO: Final = (
    r"(?:cambiad|movid|pasad|reprogramad|aplazad|pospuest|trasladad|adelantad)[ao]s?"
)
#: A round spoken of as the one after: "your second interview", "la prochaine étape".
NEXT_ROUND: Final = lazy_pattern(
    r"\b(?:next|second|third|final|another|follow-up|2nd|3rd) (?:round|interview|conversation"
    r"|call|stage|step)|\b(?:nachste[ns]?|zweite[ns]?|dritte[ns]?) (?:runde|gesprach|termin"
    r"|interview)|\b(?:prochaine?|deuxieme|second(?:e)?|troisieme) (?:etape|entretien|tour)"
    r"|\b(?:siguiente|segunda|tercera|proxima) (?:ronda|entrevista|fase|etapa)"
    r"|\b(?:volgende|tweede|derde) (?:ronde|gesprek|stap)"
)
#: A new time still to come, in a call-off: "as soon as we have a new date I'll write",
#: "en cuanto tengamos nueva fecha", "wir schlagen Ihnen neue Termine vor": a move to come,
#: not a pause or a no (folded).
NEW_TIME_TO_COME: Final = lazy_pattern(
    r"(?<!\bno )(?<!\bnot a )(?<!\bkein )(?<!\bkeinen )(?<!\bsin )(?<!\bgeen )(?<!\bpas de )"
    r"(?<!\bpas d'une )(?:\b(?:new|another|other|alternative|different) (?:date|time|slot|day)s?\b"
    r"|\bneue[nrs]? (?:termin|datum|zeit|zeitpunkt)\w*|\banderen termin"
    r"|\bnouv(?:el|elle|eau)x?s? (?:date|horaire|creneau|rendez-vous)[sx]?\b"
    r"|\bautre (?:date|creneau)\b"
    r"|\bnuev[oa]s? (?:fecha|hora|horario|cita)s?\b|\botra (?:fecha|hora)\b"
    r"|\bnieuwe (?:datum|tijd|afspraak|tijdstip|moment)\b|\bander(?:e)? (?:datum|moment|tijd)\b)"
)
#: "We will not be able to meet on Tuesday ... could we do Wednesday instead?": the
#: meeting moved without a word for moving it (both halves must be there), in five
#: languages: "el martes ya no nos viene bien ... ¿podríamos hacerla el jueves?" (t69rb),
#: "passt uns der Dienstag leider nicht mehr ... ginge auch Donnerstag?" (folded).
CANT_MEET: Final = lazy_pattern(
    r"(?<!you )(?<!if )\b(?:won't|will not|wont|not|n't|unable to|cannot|can't|cant) (?:be able"
    r" to )?(?:meet|make it|make|do|host you|see you) (?:you )?(?:on |at |this |tomorrow|today)"
    r"|\bya no (?:nos|me) (?:viene|va) bien\b|\bno (?:nos|me) (?:viene|va) bien (?:el|la|a las)\b"
    r"|\bno (?:vamos a poder|podremos|podemos) (?:vernos|hacerla|hacer la entrevista)\b"
    r"|\b(?:passt|geht) (?:\w+ ){0,4}(?:leider )?nicht mehr\b"
    r"|\bne (?:nous|me) convient plus\b|\bne (?:pourrons|pourrai) (?:finalement )?pas (?:vous"
    r" recevoir|nous voir|maintenir)\b"
    r"|\b(?:komt|kom) (?:\w+ ){0,4}(?:helaas )?niet (?:meer )?uit\b"
)
#: The other half: a new time asked for ("instead", "¿podríamos ...?", "ginge auch").
INSTEAD: Final = lazy_pattern(
    r"\binstead\b|\b(?:could|can) we (?:do|meet|try|move|push|shift)\b|\bhow about\b"
    r"|\bpodriamos (?:hacerla|hacerlo|pasarla|moverla|cambiarla|vernos|quedar)\b"
    r"|\b(?:te|le) (?:vendria|iria) bien\b|\b(?:ginge|geht|passt) (?:\w+ ){0,3}auch\b"
    r"|\bkonnten wir\b|\bstattdessen\b|\bplutot\b|\bpourrions-nous\b|\bserait-il possible\b"
    r"|\bin plaats daarvan\b|\bzou (?:\w+ ){0,4}ook (?:gaan|kunnen|passen)\b|\bkunnen we\b"
)
#: A meeting's participle denied just before it: "has not been cancelled", "wasn't moved",
#: "wurde nicht abgesagt", "n'a pas été annulé", "no ha sido cancelada", "is niet
#: geannuleerd" (folded), or nothing of it ("nothing needs to be rescheduled", "es wird
#: nichts verschoben", "rien n'est annulé"): no change, whatever reads as one.
DENIED_CHANGE: Final = lazy_pattern(
    r"(?:n't|\b(?:not|never|nicht|nie|niet|nooit|pas|jamais|no|nunca))(?:\s+[\w']+){0,2}\s+"
    rf"{CHANGED}$|\b(?:nothing|nichts|rien|nada|niets)\b(?:\s+[\w']+){{0,3}}\s+{CHANGED}$"
)

#: "Übermorgen", which no date reader has ("Guten Morgen" is "morgen" to them).
DAY_AFTER_NEXT: Final = lazy_pattern(
    r"\b(?:ubermorgen|uebermorgen|apres-demain|pasado manana|overmorgen|day after tomorrow)\b"
)
#: "Same time": a move to a day alone keeps the round's hour (five languages, folded).
SAME_HOUR: Final = lazy_pattern(
    r"\bsame (?:time|hour)\b|\bmeme heure\b|\bmisma hora\b|\bgleiche[n]? (?:uhrzeit|zeit)\b"
    r"|\bselbe[n]? (?:uhrzeit|zeit)\b|\b(?:het)?zelfde (?:tijd|tijdstip|uur)\b"
)
#: "Wednesday's panel": the day, for the meeting-time reader.
POSSESSIVE_DAY: Final = lazy_pattern(
    r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)['\u2019]s\b"
)
