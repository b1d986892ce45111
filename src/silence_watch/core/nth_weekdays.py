"""A weekday counted within a month: "the first Monday of January". Pure.

"We'll come back to you on the first Monday of January", "am ersten Montag im Januar",
"le premier lundi de janvier", "el primer lunes de enero", "de eerste maandag van januari":
that Monday, never the coming Monday the table's row for a weekday alone read in it, a
follow-up a month early (probe-dates7). The second, third and last count on; the month
is the closest one named, as "early January" is (docs/classification.md, the date table).
Text is folded (lower case, no accents).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import closest, month_end
from silence_watch.core.datewords import MONTHS, PLAIN_WEEKDAYS

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from silence_watch.core.calendardays import Context

#: Which one of the month's weekdays, by word; -1 the last.
_WHICH: Final = {
    **dict.fromkeys(("first", "1st", "ersten", "erste", "premier", "primer", "eerste"), 1),
    **dict.fromkeys(("second", "2nd", "zweiten", "deuxieme", "segundo", "tweede"), 2),
    **dict.fromkeys(("third", "3rd", "dritten", "troisieme", "tercer", "derde"), 3),
    **dict.fromkeys(("last", "letzten", "dernier", "ultimo", "laatste"), -1),
}


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


def _nth_weekday(match: re.Match[str], context: Context) -> date | None:
    month = MONTHS[match.group("month")]
    anchor = closest(context, month, 15)
    if anchor is None:
        return None
    weekday, which = PLAIN_WEEKDAYS[match.group("weekday")], _WHICH[match.group("which")]
    if which < 0:
        last = month_end(anchor.year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = anchor.replace(day=1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (which - 1))


#: The rows, read before the table's own (``core.loose_dates``).
NTH_WEEKDAYS: Final[tuple[tuple[str, Callable[[re.Match[str], Context], date | None]], ...]] = (
    ((rf"\b(?P<which>{_alternation(_WHICH)}) (?P<weekday>{_alternation(PLAIN_WEEKDAYS)})"
      rf" (?:of|in|im|de|del|van) (?:(?:the )?month of |(?:le )?mois de )?"
      rf"(?P<month>{_alternation(MONTHS)})\b"), _nth_weekday),
)
