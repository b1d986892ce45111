"""Where a requested move sends a meeting, when it names only a day. Pure.

"We need to move the interview to Friday", "tenemos que cambiar la entrevista al
viernes", "wir müssen das Gespräch auf Freitag verschieben", "nous devons décaler
l'entretien à vendredi", "we moeten het gesprek naar vrijdag verzetten": the meeting is
not called off, it goes to the day named, and a day alone keeps the round's hour (as a
move stated as done does, ``core.calloffs``). Without this, the day was taken for the day
of another meeting called off, the round stood at its old time, and a thank-you for a
meeting that had not taken place was drafted the day after.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.calloff_forms import INSTEAD_OF, NEW_DAY_INSTEAD
from silence_watch.core.calloff_words import CLAUSE, MEETING, POSSESSIVE_DAY, WHEN, WHOSE
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.meetingtimes import slots_in

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime, tzinfo

    from silence_watch.core.meetingtimes import Slot

#: The word before where a meeting goes: "to", "auf", "à", "al", "naar" (folded).
_TOWARDS: Final = r"(?:to|until|till|auf|a|au|al|para el|naar|tot)"
#: Just after the change's words: the meeting if not yet named, perhaps where it was, and
#: where it goes ("to Friday", "al viernes", "à vendredi", "from Wednesday to Friday").
_AFTER: Final = lazy_pattern(
    rf"(?:\s+(?:{WHOSE}\s*)?{MEETING}\b)?(?:\s+(?:from|von|de|del|van)\s+{CLAUSE}{{1,30}}?)?"
    rf"\s+(?P<where>{_TOWARDS}\s+{WHEN})"
)
#: The change's words may end on the way there already: "pasar la entrevista al".
_TO: Final = lazy_pattern(rf"\b{_TOWARDS}$")
_DAY_NEXT: Final = lazy_pattern(rf"\s+{WHEN}")
#: Inside the change's words, where the verb comes last: "auf Freitag verschieben",
#: "naar vrijdag verzetten".
_INSIDE: Final = lazy_pattern(rf"\b(?:auf|naar)\s+{WHEN}")


def destination(folded: str, start: int, end: int) -> str | None:
    """The words naming where the change found at ``start``..``end`` sends the meeting."""
    if (after := _AFTER.match(folded, end)) is not None:
        return after.group("where")  # not "from Wednesday", the day it was
    found = _INSIDE.search(folded, start, end) or (
        _DAY_NEXT.match(folded, end) if _TO.search(folded, start, end) else None
    )
    return None if found is None else found.group()


def named_days(
    changes: Sequence[str], days: set[date], own: date, when: tuple[datetime, tzinfo]
) -> set[date]:
    """The days a call-off names that can make it another meeting's (``days``, or none).

    A day in the change's own words ("we need to cancel Monday's call") may be another
    meeting's; so may any day when the round's own day ``own`` is named too (it is the new
    time: "I've had to cancel Monday - could you do Wednesday at 1pm instead?"). A day
    named only elsewhere is the new day asked about ("we will have to move your
    interview. Would Friday work?"): none of them makes the change another meeting's.
    """
    left = (
        found[0] if (found := INSTEAD_OF.search(words))
        else "" if NEW_DAY_INSTEAD.search(words)  # "would Friday work instead": the new day
        else words
        for words in changes
    )  # fmt: skip
    words = POSSESSIVE_DAY.sub(r"\1", " ".join(left))
    in_change = {slot.start.astimezone(when[1]).date() for slot in slots_in(words, *when)}
    if in_change == {own}:
        return in_change  # "Friday instead of Wednesday", Wednesday the round's: it is off
    return days if in_change or own in days else set()


def new_slots(text: str, sent_at: datetime, zone: tzinfo) -> list[Slot]:
    """The times ``text`` names, but those on a day named as the one left ("instead of").

    "¿Podríamos hacerla el viernes en lugar del miércoles a las 12:00?": 12:00 is said
    beside the day given up, so it is no new time for the round (which Wednesday at
    12:00 became); the day asked for has no hour, and the round is off until it has one.
    """
    folded = fold(text)
    left = {
        slot.start.astimezone(zone).date()
        for found in INSTEAD_OF.finditer(folded)
        for slot in slots_in(found[0], sent_at, zone)
    }
    slots = slots_in(text, sent_at, zone)
    return [slot for slot in slots if slot.start.astimezone(zone).date() not in left]
