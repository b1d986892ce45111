"""A round whose form changes, not its time: no call-off, no move. Pure.

"Nos gustaría cambiar la entrevista a formato online" cancelled the round: "cambiar la
entrevista" is a change of the meeting, and with no new time named a change calls the round
off until one is set (``core.calloffs``). But the round stands: the same day, the same hour,
by video instead of on site. So does "we'd like to switch your interview to a video call",
"we'd like to move your interview online", "wir müssen das Gespräch leider auf Teams
verlegen", "nous devons passer l'entretien en visio", "tenemos que cambiar la entrevista a
videollamada", "we willen het gesprek omzetten naar een videogesprek", "we moeten het
gesprek verplaatsen naar Teams". Said without a verb of changing, "das Gespräch findet nun
per Teams statt", "l'entretien se fera finalement en visio", "het gesprek wordt online",
it never was a call-off.

A change of the meeting whose words go on to a form (video, a call, online, Teams, Zoom,
on site, in person) and name no day or time after it is that form's change alone. When a
day or a time follows ("move it online and to Friday at 2pm"), or the words cancel ("we
have to cancel the on-site interview"), ``core.calloffs`` reads it as before. An invitation
updated with a new place is ``core.invites``' and keeps the round as it is.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.calloff_words import DAY_WORDS, MEETING, MONTH_WORDS
from silence_watch.core.lazy_patterns import lazy_pattern

#: A word that may stand between the change and its form ("instead", "nun", "plutôt").
_FILLER: Final = (
    r"(?:(?:instead|now|then|entirely|fully|leider|nun|jetzt|doch|komplett|finalement|plutot"
    r"|mejor|ahora|liever|nu|dan|gewoon|bien) )?"
)
#: The form a meeting is changed to, right after the words that change it (folded).
_FORM: Final = lazy_pattern(
    rf"^{_FILLER}(?:"
    # en: "to a video call", "online", "over to Zoom", "to an in-person interview"
    r"(?:to|into|as|over to|onto) (?:an? |the )?(?:video\b|zoom\b|teams\b|google meet\b"
    r"|meet\b|phone\b|telephone\b|virtual\b|remote\b|online\b|in-person\b|in person\b"
    r"|on-?site\b|face-to-face\b)|online\b|virtual(?:ly)?\b|remote(?:ly)?\b"
    # de: "auf Teams", "per Video", "zu einem Videogespräch", "online"
    r"|(?:auf|per|uber|zu|in|als) (?:ein |einen |eine |einem |einer )?(?:video\w*|teams\b"
    r"|zoom\b|telefon\w*|online\w*|prasenz\w*|vor ort\b|virtuell\w*)|virtuell\b"
    # fr: "en visio", "en ligne", "par téléphone", "sur Teams", "à distance"
    r"|en (?:visio\w*|ligne\b|distanciel\b|presentiel\b|video\b|teleconference\b)"
    r"|(?:par|sur) (?:teams\b|zoom\b|telephone\b|visio\w*|meet\b)|a distance\b"
    # es: "a formato online", "a videollamada", "en remoto", "por Teams", "presencial"
    r"|(?:a|en|por|para) (?:una |un |formato |modalidad )?(?:online\b|virtual\b|remoto\b"
    r"|en linea\b|presencial\b|telematic\w*|videollamada\b|videoconferencia\b|llamada\b"
    r"|teams\b|zoom\b|meet\b|telefonic\w*)"
    # nl: "naar een videogesprek", "via Teams", "op afstand", "fysiek"
    r"|(?:naar|via|per|in|tot) (?:een )?(?:video\w*|teams\b|zoom\b|online\b|telefo\w*"
    r"|beeldbel\w*|fysiek\w*)|op afstand\b|digitaal\b)"
)
#: A place the meeting is moved to, at its time: "to our new office", "in unser neues
#: Büro", "dans nos nouveaux locaux", "a la sala Lisboa", "naar ons nieuwe kantoor".
_PLACE: Final = lazy_pattern(
    rf"^{_FILLER}(?:(?:to|into|over to) (?:our |the |a |another |a different )?(?:new )?"
    r"(?:office|building|room|floor|location|address|site|campus|meeting room|\d+\w* floor)\b"
    r"|(?:in|ins) (?:unser\w* |das |den |die |ein\w* |ander\w* )?(?:neue\w* )?(?:buro|gebaude"
    r"|raum|besprechungsraum|standort|raumlichkeiten|etage|stockwerk|haus)\w*"
    r"|(?:dans|a|au|vers) (?:nos |notre |le |la |les |l'|une |un |autre )?(?:nouv\w+ )?(?:locaux"
    r"|bureau|batiment|salle|site|etage)\b"
    r"|(?:a|en) (?:nuestra |nuestro |nuestras |la |el |otra |otro )?(?:nuev[ao]s? )?(?:oficina"
    r"|sede|sala|edificio|planta)\b"
    r"|(?:naar|in|op) (?:ons |onze |het |de |een |ander\w* )?(?:nieuwe )?(?:kantoor|gebouw|zaal"
    r"|locatie|vergaderruimte|verdieping|vestiging)\b)"
)
#: A day named in words: a weekday, a month, "tomorrow", "next week" (folded); not a
#: street named like one ("our new office on Friday Street").
_DAY_NAMED: Final = (
    rf"\b(?:{DAY_WORDS}|{MONTH_WORDS}|tomorrow|morgen|ubermorgen|demain|manana|next week"
    r"|nachste woche|semaine prochaine|semana que viene|proxima semana|volgende week)\b"
    r"(?! (?:street|st|road|rd|avenue|ave|lane|square)\b)"
)
#: A day or a time of day, not a number of a room or a street: a move in time.
_WHEN_NAMED: Final = lazy_pattern(
    rf"{_DAY_NAMED}|\b\d{{1,2}}(?::\d\d|\s?(?:[ap]\.?m|uhr|uur|h)\b)"
)
#: A day, a date or a time said after the change (any digit): the round may move too.
_WHEN: Final = lazy_pattern(rf"{_DAY_NAMED}|\d")
#: The same hour said beside the new form: "same time", "à la même heure" (folded).
_SAME_TIME: Final = lazy_pattern(
    r"\bsame (?:time|hour|day)\b|\bmeme (?:heure|horaire)\b|\bmisma (?:hora|fecha)\b"
    r"|\bgleiche[n]? (?:uhrzeit|zeit)\b|\bselbe[n]? (?:uhrzeit|zeit)\b"
    r"|\b(?:het )?zelfde (?:tijd|tijdstip|uur)\b"
)
#: Words that cancel, not change: a cancelled on-site meeting is read as a call-off.
_CANCEL: Final = lazy_pattern(
    r"\b(?:cancel\w*|call\w* off|absag\w*|abgesagt|entfall\w*|annul\w*|afzeg\w*"
    r"|afgezegd|geannuleerd)\b"
)


def only_the_form(folded: str, start: int, end: int) -> bool:
    """Whether a meeting's change found at ``start``..``end`` changes only its form.

    ``folded`` is the paragraph: "cambiar la entrevista a formato online" changes its form,
    not its time.
    """
    words = folded[start:end]
    if _CANCEL.search(words):
        return False
    rest = re.split(r"[.?!;\n]", folded[end:], maxsplit=1)[0]
    # the form may stand inside the words found ("das Gespräch leider auf Teams verlegen")
    # after the meeting's word, never before it ("reschedule your online interview")
    meeting = re.search(rf"\b{MEETING}\b ?", words)
    after = words[meeting.end() :] if meeting is not None else ""
    starts = [after[word.start() :] for word in re.finditer(r"\b(?=\w)", after)]
    starts.append(rest.lstrip(" ,"))
    if any(_FORM.search(words) for words in starts):
        when = _WHEN
    elif any(_PLACE.search(words) for words in starts):
        when = _WHEN_NAMED  # "to the 3rd floor, room 4.12": no time in those numbers
    else:
        return False
    return when.search(f"{after} {rest}") is None or _SAME_TIME.search(rest) is not None
