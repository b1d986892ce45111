"""Weekdays as thumbs type them: misspelt or split by autocorrect, written out right. Pure.

A recruiter answering from her phone writes "ill get back to u thrusday", a team lead
"ich meld mich mitwoch bei dir", "je te dis ca mecredi", "te digo algo el vienres", and
iOS autocorrect splits the Dutch "vrijdag" into "vrij dag" (tester round u50mb). Each is a
promise with its day; read as nothing, the follow-up came days late, at the end of the
usual window, or the promise went unseen as a pleasantry.

Only forms that are no other word are written out: the usual slips of each day (letters
swapped, one left out, "y" for the Dutch "ij"), never a real word ("vienes" is "you come",
"donnerstags" "on Thursdays"). "vrij dag" is Friday only as two bare words: "een vrije dag"
(a day off) has its "e", and "ik ben vrij. Dag!" its full stop.

Nothing here reads the clock or does IO.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re

#: Misspelt weekdays (lower case) and the day they are typed for, by language.
_TYPED: Final = {
    # en
    "thrusday": "thursday", "thurday": "thursday", "thursady": "thursday",
    "thursdy": "thursday", "thrursday": "thursday", "wensday": "wednesday",
    "wendsday": "wednesday", "wednsday": "wednesday", "wedensday": "wednesday",
    "wednesdy": "wednesday", "wedesday": "wednesday", "wednessday": "wednesday",
    "tuseday": "tuesday", "tusday": "tuesday", "teusday": "tuesday", "tuesdy": "tuesday",
    "firday": "friday", "fridy": "friday", "monady": "monday",
    # de
    "mitwoch": "mittwoch", "mittwoh": "mittwoch", "dinstag": "dienstag", "dienstg": "dienstag",
    "donerstag": "donnerstag", "donnerstg": "donnerstag", "donnestag": "donnerstag",
    "freitg": "freitag",
    # fr
    "mecredi": "mercredi", "mercerdi": "mercredi", "mercedi": "mercredi",
    "vendredie": "vendredi", "vendedi": "vendredi", "venredi": "vendredi",
    # es
    "vienres": "viernes", "juves": "jueves", "jeuves": "jueves", "miercles": "miércoles",
    "mircoles": "miércoles",
    # nl
    "vrydag": "vrijdag", "vrij dag": "vrijdag", "woensdg": "woensdag", "wonsdag": "woensdag",
    "woendsag": "woensdag", "donderdg": "donderdag", "dondedag": "donderdag",
    "dinsdg": "dinsdag", "maandg": "maandag",
}
#: Any of them, as a whole word ("vrij dag" with one plain space).
_ANY: Final = lazy_pattern(
    r"(?i)(?<![\w-])(?:" + "|".join(sorted(_TYPED, key=len, reverse=True)) + r")(?![\w-])"
)
#: Cheap first test: a typed day holds one of these (lower case).
_HINTS: Final = (
    "day", "dy", "dag", "dg", "tag", "tg", "woch", "woh", "edi", "rcoles", "rcles", "ves", "res",
)


def days_written_right(text: str) -> str:
    """``text`` with its misspelt weekdays written right, capital kept.

    "ill get back to u thrusday" is "ill get back to u thursday", "ich meld mich Mitwoch"
    "ich meld mich Mittwoch", "ik laat vrij dag wat weten" "ik laat vrijdag wat weten".
    """
    lowered = text.lower()
    if not any(hint in lowered for hint in _HINTS):
        return text

    def right(match: re.Match[str]) -> str:
        typed = match.group(0)
        day = _TYPED[typed.lower()]
        return day[:1].upper() + day[1:] if typed[:1].isupper() else day

    return _ANY.sub(right, text)
