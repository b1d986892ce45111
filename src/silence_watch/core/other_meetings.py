"""What a call-off's words cancel or move, when it is not the candidate's round. Pure.

What is called off is the subject of the verb, and the meeting word is not always it:

- a thing that belongs to the meeting (a room, a booking, a meal, a trip) is: "la reserva
  de la sala para la entrevista se ha cancelado", "the room booking for your interview
  has been cancelled", "die Raumbuchung für das Gespräch wurde storniert", "la
  réservation de la salle pour l'entretien a été annulée", "the interview room has been
  moved"; so is a time around it: "the team lunch after your interview has been moved".
  Only such a thing: "I'm writing for the interview", "le escribo para la entrevista" and
  "the date of the interview" are the round's;
- another meeting: "our weekly ops leadership meeting on Thursday has been cancelled, so
  Priya will join your interview", "la réunion d'équipe de jeudi est annulée", "der
  interne Termin am Donnerstag wurde abgesagt", "la reunión semanal de dirección se ha
  cancelado", "de wekelijkse afspraak met het MT is geannuleerd". Only a plain meeting
  word ("meeting", "call", "réunion", "reunión", "Termin") is read so, beside words of a
  recurring or internal meeting: "our meeting on Thursday", "the team interview" and
  "the panel" are a round.

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
#: Things that belong to a meeting and are not it: a room, a booking, a meal, a trip.
_THINGS: Final = (
    r"(?:\w*(?:room|rooms|booking|reservation)|parking|lunch|dinner|catering|travel"
    r"|flight|hotel|taxi|badge|\w*(?:raum|buchung|reservierung)|mittagessen|parkplatz|flug"
    r"|sala|salle|reserva|comida|almuerzo|dejeuner|diner|vuelo|vol|zaal|ruimte"
    r"|\w*(?:reservering|boeking)|parkeerplaats)"
)
#: Such a thing tied to the meeting: "the booking for the", "la sala para la", "la salle
#: de l'", "die Raumbuchung für das" (folded). Only a thing: "I'm writing for the
#: interview", "le escribo para la entrevista", "the date of the interview" are the round.
_OF_IT: Final = lazy_pattern(
    rf"\b{_THINGS}\s+(?:for|of|para|de|del|pour|du|des|d'|fur|von|vom|zum|zur|van|bij)"
    rf"\s*(?:{_DETERMINER}\s*)?$"
)
#: Such a thing named right after the meeting word: "the interview room has been moved".
_THING_AFTER: Final = lazy_pattern(rf"\s*{_THINGS}\b")
#: A plain meeting word, which names the round or any other meeting (folded).
_PLAIN: Final = lazy_pattern(
    r"^(?:meeting|call|session|reunion|appel|llamada|termin|afspraak|rendez-vous|rdv)$"
)
#: Words that make a plain meeting another one: a recurring or internal meeting (folded).
_ANOTHER_BEFORE: Final = lazy_pattern(
    r"\b(?:weekly|daily|monthly|quarterly|annual|staff|leadership|board|management"
    r"|department|departmental|all-hands|town hall|internal|ops|operations|standup|stand-up"
    r"|steering|budget|wochentlich\w*|monatlich\w*|intern\w*|abteilungs\w*"
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
    if _OF_IT.search(front[-60:]):
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
