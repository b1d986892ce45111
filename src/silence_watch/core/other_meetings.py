"""What a call-off's words cancel or move, when it is not the candidate's round. Pure.

What is called off is the subject of the verb, and the meeting word is not always it:

- the meeting is only where something else belongs: "la reserva de la sala para la
  entrevista se ha cancelado", "the room booking for your interview has been cancelled",
  "die Raumbuchung für das Gespräch wurde storniert", "la réservation de la salle pour
  l'entretien a été annulée", "de zaalreservering voor het gesprek is geannuleerd"; or a
  time around it: "the team lunch after your interview has been moved". The meeting's own
  time ("the date of the interview has been moved", "la hora de la entrevista") is the
  round's, and still changes it;
- another thing named right after the meeting word is the subject: "the interview room
  has been moved", "la entrevista comida ... cancelada" are a room and a lunch;
- another meeting: "our weekly ops leadership meeting on Thursday has been cancelled, so
  Priya will join your interview", "la réunion d'équipe de jeudi est annulée", "die
  wöchentliche Teambesprechung fällt aus", "la reunión semanal de dirección se ha
  cancelado", "het wekelijkse teamoverleg is geannuleerd". Only a plain meeting word
  ("meeting", "call", "réunion", "reunión", "Termin") is read so: a "team interview" or a
  "panel" is a round.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.calloff_words import MEETING
from silence_watch.core.lazy_patterns import lazy_pattern

#: The first meeting word of a call-off's words (folded), "Zweitgespräch" too.
_MEETING_WORD: Final = lazy_pattern(rf"\b(?:{MEETING}|\w+(?:gesprach|gesprek))\b")
#: A determiner between a preposition and the meeting word ("for the", "para la").
_DETERMINER: Final = (
    r"(?:the|your|our|this|that|la|el|su|tu|l'|le|votre|ton|das|den|dem|ihr\w*|unser\w*"
    r"|het|de|je|uw|jouw)"
)
#: A time around the meeting: "after your interview", "vor dem Gespräch" (folded).
_AROUND_IT: Final = lazy_pattern(
    r"\b(?:after|before|following|nach|vor|apres|avant|despues|antes|na|voor)\s+"
    rf"(?:{_DETERMINER}\s*)?$"
)
#: A noun tied to the meeting by a preposition: "the booking for the", "la sala para la",
#: "la salle de l'", "die Buchung für das" (folded); ``head`` is the noun.
#: A Romance "de" only after an article and its noun: Dutch "de" is an article ("moeten
#: we de afspraak verzetten").
_OF_IT: Final = lazy_pattern(
    r"(?:(?:\b(?:la|el|le|les|los|las|un|une|una|su|sa|son|votre|notre|nuestra)\s+|\bl')"
    r"(?P<noun>[\w'-]+)\s+(?:de|del|du|des|d')|\b(?P<head>[\w'-]+)\s+(?:for|of|para|pour"
    rf"|fur|von|vom|zum|zur|van|bij))\s*(?:{_DETERMINER}\s*)?$"
)
#: The meeting's own time or day, or its change: "the date of the interview has been
#: moved", "l'annulation de l'entretien" are the round's (folded).
_ITS_OWN: Final = lazy_pattern(
    r"^(?:date|time|hour|slot|day|start|timing|fecha|hora|horario|dia|inicio|comienzo"
    r"|heure|horaire|creneau|jour|debut|datum|uhrzeit|zeit|zeitpunkt|termin|tag|beginn"
    r"|tijd|tijdstip|dag|begin|aanvang|moment|cancellation|postponement|rescheduling"
    r"|annulation|report|cancelacion|aplazamiento|absage|verschiebung|afzegging"
    r"|verplaatsing)$"
)
#: Another thing named right after the meeting word: "the interview room has been moved".
_THING_AFTER: Final = lazy_pattern(
    r"\s*(?:room|rooms|booking|reservation|parking|lunch|dinner|catering|tour|travel"
    r"|flight|hotel|taxi|badge|raum|raumbuchung|buchung|reservierung|mittagessen|parkplatz"
    r"|flug|sala|salle|reserva|comida|almuerzo|dejeuner|diner|vuelo|vol|zaal|ruimte"
    r"|reservering|boeking|parkeerplaats)\b"
)
#: A plain meeting word, which names the round or any other meeting (folded).
_PLAIN: Final = lazy_pattern(
    r"^(?:meeting|call|session|reunion|appel|llamada|termin|afspraak|rendez-vous|rdv)$"
)
#: Words that make a plain meeting another one: a recurring or internal meeting (folded).
_ANOTHER_BEFORE: Final = lazy_pattern(
    r"\b(?:weekly|daily|monthly|quarterly|annual|team|staff|leadership|board|management"
    r"|department|departmental|all-hands|town hall|internal|ops|operations|standup|stand-up"
    r"|steering|budget|wochentlich\w*|monatlich\w*|intern\w*|team\w*|abteilungs\w*"
    r"|fuhrungs\w*|vorstands\w*|hebdomadaire|mensuel\w*|trimestriel\w*|semanal|mensual"
    r"|trimestral|wekelijks\w*|maandelijks\w*|interne|directie\w*)\s+(?:[\w'-]+\s+)?$"
)
#: The same said after it: "la réunion d'équipe", "la reunión semanal de dirección".
_ANOTHER_AFTER: Final = lazy_pattern(
    r"\s+(?:hebdomadaire|mensuelle|interne|d'equipe|de direction|du comite|de service"
    r"|semanal|mensual|interna|de equipo|de direccion|del comite|de departamento"
    r"|with the (?:board|team|leadership)|des teams|der abteilung|des vorstands)\b"
)
#: Where a noun phrase in front of the meeting word starts: punctuation, a dash.
_PHRASE_EDGE: Final = re.compile(r"[,;:()]|\s-\s")
#: How many words of the noun phrase in front of the meeting word are read.
_PHRASE_WORDS: Final = 4


def not_the_round(before: str, words: str) -> bool:
    """Whether call-off ``words`` (folded) speak of something other than the round.

    ``before`` is the sentence in front of them (folded). Words that name no meeting
    ("we need to cancel") are the round's.
    """
    meeting = _MEETING_WORD.search(words)
    if meeting is None:
        return False
    front = (before + " " + words[: meeting.start()]).rstrip() + " "
    if _AROUND_IT.search(front[-40:]):
        return True  # "the team lunch after your interview has been moved"
    tied = _OF_IT.search(front[-60:])
    if tied is not None and _ITS_OWN.match(tied.group("noun") or tied.group("head")) is None:
        return True  # "la reserva de la sala para la entrevista", not "la fecha de la"
    after = words[meeting.end() :]
    if _THING_AFTER.match(after):
        return True  # "the interview room has been moved"
    if _PLAIN.match(meeting.group()) is None:
        return False  # "the team interview", "the panel": a round
    phrase = _PHRASE_EDGE.split(front)[-1].split()[-_PHRASE_WORDS:]
    return bool(
        _ANOTHER_BEFORE.search(" ".join(phrase) + " ") or _ANOTHER_AFTER.match(after)
    )
