"""Mail that calls off or moves a meeting in words, and which round it changes. Pure.

A calendar CANCEL or an updated invitation moves a round by itself (``core.invites``).
People often write instead: "I'm afraid we need to cancel Wednesday's panel", "Could we
push your interview to Thursday, December 10 at 2:00 PM?", "wir müssen das Gespräch
leider verschieben". Such a message, from the employer's side and written before a
round, ends that round as planned: no thank-you for a meeting that never took place.
When it names exactly one new time, the round moves there; otherwise it is called off
until a new time is set (by an invitation, ``add N`` in the digest, or ``interviews
add``).

Offers of a choice are not changes: "if you need to reschedule, use this link" in an
invitation, "feel free to move the call" or "no need to cancel" leave the round alone.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.meetingtimes import slots_in

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime, tzinfo

    from silence_watch.core.model import Interview

#: What a meeting is called, in en, de, fr, es, nl (folded).
_MEETING: Final = (
    r"(?:interview|meeting|call|chat|panel|session|conversation|appointment|onsite|screen"
    r"|gesprach\w*|termin|vorstellungsgesprach\w*|entretien|rendez-vous|rdv|reunion|appel"
    r"|entrevista|llamada|cita|gesprek|sollicitatiegesprek|afspraak)"
)
#: A determiner or a day before the meeting word ("your", "Wednesday's", "das").
_WHOSE: Final = (
    r"(?:our|your|the|this|that|today'?s|tomorrow'?s|\w+day'?s|das|den|dem|unser\w*|ihr\w*"
    r"|l'|le|la|notre|votre|nuestra|su|el|ons|je|uw|het|de)"
)
#: Changing a meeting, as a verb before it or a participle after it.
_CHANGE_VERB: Final = (
    r"(?:cancel|postpone|reschedule|push|move|shift|bump|call off"
    r"|absagen|verschieben|verlegen|annuler|reporter|decaler|deplacer"
    r"|cancelar|aplazar|posponer|reprogramar|mover|cambiar"
    r"|afzeggen|annuleren|verzetten|verplaatsen|uitstellen)"
)
_CHANGED: Final = (
    r"(?:cancell?ed|called off|postponed|rescheduled|moved|pushed"
    r"|abgesagt|verschoben|verlegt|ausfallen|fallt \w+ aus|fallt aus"
    r"|annulee?s?|reportee?s?|decalee?s?"
    r"|cancelad[ao]s?|aplazad[ao]s?|pospuest[ao]s?|reprogramad[ao]s?"
    r"|afgezegd|geannuleerd|verzet|verplaatst|uitgesteld)"
)
#: One character of the same clause: no sentence ends, but "am 12. November" goes on.
_CLAUSE: Final = r"(?:[^.?!\n]|(?<=\d)\.)"
#: Words after "move" that speak of the candidate's progress, not of a meeting.
_ONWARD: Final = r"(?!\s+(?:forward|ahead|on|you|quickly|fast|along|to the next)\b)"
#: The same after "moved", and "moved your profile": the candidate, not the meeting.
_ONWARD_DONE: Final = r"(?!\s+(?:forward|ahead|on|you|your|along|to the next)\b)"
#: Words between the verb and the meeting that make it the candidate's progress.
_FILLER: Final = r"(?:(?!application|candidacy|profile|cv|resume|you\b)[\w'-]+\s+){0,3}"
_PATTERNS: Final = tuple(
    lazy_pattern(pattern)
    for pattern in (
        # "we need to cancel Wednesday's panel", "could we push your interview to ..."
        rf"\b{_CHANGE_VERB}{_ONWARD}\s+(?:{_WHOSE}\s+)?{_FILLER}{_MEETING}\b",
        # "the interview is cancelled", "das Gespräch muss leider verschoben werden", "your
        # interview on Tuesday 17 November 2026 at 10:00 has been cancelled"
        rf"\b{_MEETING}\b{_CLAUSE}{{0,70}}\b{_CHANGED}{_ONWARD_DONE}\b",
        # "we need to cancel", "I have to reschedule": someone says it, not a link's label
        (
            r"\b(?:we|i|we'll|i'll|we'd|i'd|we're|i'm|we've|i've)\s+(?:\w+\s+)?(?:need|have|had|must"
            r"|going)\s+to\s+(?:cancel|postpone|reschedule|call it off)\b"
        ),
        # German puts the verb last: "müssen wir das Gespräch am Donnerstag verschieben"
        r"\b(?:mussen|muss) (?:wir|ich) (?:[\w.]+ ){0,5}(?:absagen|verschieben|verlegen)\b",
        rf"\b{_MEETING}\b{_CLAUSE}{{0,40}}\b(?:absagen|verschieben|verlegen)\b",
        r"\b(?:devons|dois|devoir) (?:\w+ ){0,3}(?:annuler|reporter|decaler)\b",
        r"\b(?:tenemos|tengo) que (?:\w+ ){0,2}(?:cancelar|aplazar|posponer|reprogramar)\b",
        r"\b(?:moeten|moet) (?:\w+ ){0,5}(?:afzeggen|annuleren|verzetten|verplaatsen)\b",
    )
)
#: Words that make the rest of their sentence an option or a denial, not a change.
_NOT_A_CHANGE: Final = lazy_pattern(
    r"\b(?:if|should you|in case|whether|feel free|you can|you may|option|no need"
    r"|don't|do not|won't|will not|not going|falls|wenn|sollten sie|konnen sie|kein grund"
    r"|si vous|si tu|au cas|pouvez|n'hesitez|pas besoin|si necesita|si usted|en caso"
    r"|puede|no dude|no hace falta|als je|als u|indien|mocht|kun je|kunt u|niet nodig)\b"
)
#: "Wednesday's panel": the day, for the meeting-time reader.
_POSSESSIVE_DAY: Final = lazy_pattern(
    r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)['\u2019]s\b"
)
#: How far a new time must be from the old one to be a move, not the old time repeated.
_SAME_TIME: Final = timedelta(minutes=30)


#: "We will not be able to meet on Tuesday ... could we do Wednesday instead?": the
#: meeting moved without a word for moving it (both halves must be there).
_CANT_MEET: Final = lazy_pattern(
    r"(?<!you )(?<!if )\b(?:won't|will not|wont|not|n't|unable to|cannot|can't|cant) (?:be able"
    r" to )?(?:meet|make it|make|do|host you|see you) (?:you )?(?:on |at |this |tomorrow|today)"
)
_INSTEAD: Final = lazy_pattern(
    r"\binstead\b|\b(?:could|can) we (?:do|meet|try|move|push|shift)\b|\bhow about\b"
)

#: After "Cancel meeting:", a link or a button's words: a label, not news. After
#: "... verschieben: Herr Strasser muss ..." the reason comes, and it is news.
_LINK_AFTER: Final = lazy_pattern(
    r"\s*(?:$|<?https?:|www\.|\S+@\S+|(?:click|tap|klicken|klicke|cliquez|clique|haga clic"
    r"|pulse|klik)\b)"
)

#: Lines this short are buttons or links' labels ("Reschedule this meeting"), not news.
_A_LABEL: Final = 4


def _moved_softly(text: str) -> bool:
    """"We will not be able to meet on Tuesday ... could we do Wednesday instead?"."""
    folded = fold(" ".join(text.split()))
    found = _CANT_MEET.search(folded)
    if found is None or _INSTEAD.search(folded) is None:
        return False
    sentence = re.split(r"[.?!]", folded[: found.start()])[-1]
    return re.search(r"\b(?:if|should|in case|whether|you)\b", sentence) is None


def calls_off(text: str) -> bool:
    """Whether ``text`` (a sender's own words) calls off or moves a meeting."""
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [line for line in paragraph.splitlines() if line.strip()]
        if all(len(line.split()) <= _A_LABEL for line in lines):
            continue  # buttons and links' labels
        folded = fold(" ".join(lines))  # hard-wrapped sentences read whole
        for pattern in _PATTERNS:
            for found in pattern.finditer(folded):
                sentence = re.split(r"[.?!]", folded[: found.start()])[-1]
                after = folded[found.end() : found.end() + 2]
                if after.startswith("?") or (
                    after.startswith(":") and _LINK_AFTER.match(folded, found.end() + 1)
                ):
                    continue  # "Need to reschedule your interview?", "Cancel meeting: https://"
                if _NOT_A_CHANGE.search(sentence + " " + found.group()) is None:
                    return True
    return False


@dataclass(frozen=True, slots=True)
class RoundChange:
    """A round a message changed: moved to ``start``, or called off when it is None."""

    round_id: int
    start: datetime | None


def round_change(
    text: str, sent_at: datetime, rounds: Sequence[Interview], zone: tzinfo
) -> RoundChange | None:
    """What a message from the employer's side does to the next round, if anything.

    ``rounds`` are the process's live rounds; the one changed is the first still ahead
    when the message was written. A single new time named in the text moves it there.
    """
    soft = False
    if not calls_off(text):
        # Moved without a word for moving: only to the one new time it names, never off.
        soft = _moved_softly(text)
        if not soft:
            return None
    ahead = sorted((r for r in rounds if r.date > sent_at), key=lambda r: r.date)
    if not ahead:
        return None
    known = ahead[0]
    slots = slots_in(_POSSESSIVE_DAY.sub(r"\1", text), sent_at, zone)
    later = [
        slot for slot in slots
        if not slot.all_day and slot.start > sent_at and abs(slot.start - known.date) > _SAME_TIME
    ]  # fmt: skip
    # "can't make 10:00. Could we move it to Wednesday, December 2 at 3:00 PM?": the
    # round's own hour, named beside another time, is the old slot, not a second choice.
    hour = known.date.astimezone(zone).time()
    other = [s for s in later if s.start.astimezone(zone).time() != hour]
    new = {slot.start for slot in (other or later)}
    if soft:
        return RoundChange(known.id, new.pop()) if len(new) == 1 else None
    if new:  # one new time: moved there; a choice of times: off until one is chosen
        return RoundChange(known.id, new.pop() if len(new) == 1 else None)
    # Days named, but not only the round's: another meeting was called off ("we need to
    # cancel Monday's call"), or the round is the new time ("I've had to cancel Monday -
    # could you do Thursday at 2pm instead?").
    days = {slot.start.astimezone(zone).date() for slot in slots}
    if days and days != {known.date.astimezone(zone).date()}:
        return None
    return RoundChange(known.id, None)
