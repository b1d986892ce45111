"""Which day a numeric date means: "4.12.", "12/4", "04/12", "18-12-2026". Pure.

The order of the parts (the table is in docs/classification.md):

- a part over 12 is the day, in any language;
- ``d.m.`` (dotted) is day first everywhere;
- ``a/b`` and ``a-b`` with both parts 12 or under: day first in de, fr, es, nl, and in
  English from a writer the message shows to be British or Irish (``core.date_order``);
  month first in other English;
- a weekday named with it picks the order that falls on it ("Friday 4/12" is 4 December);
- in a deadline (``Context.deadline``: a promise to answer), a date with no year that
  the writer's order puts more than four months ahead is read in the other order when
  that one lies ahead within four months: "by 04/12" written on 24 November is 4
  December, never April 12 and four months of silence, whoever wrote it.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import closest, safe_date
from silence_watch.core.datewords import WEEKDAYS

if TYPE_CHECKING:
    from datetime import date

    from silence_watch.core.calendardays import Context

#: How far ahead a deadline with no year is believed in its writer's order (four months).
NEAR: Final = timedelta(days=122)


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _numeric(match: re.Match[str], context: Context, *, day_first: bool) -> date | None:
    first = int(_group(match, "a") or _group(match, "a2") or 0)
    second = int(_group(match, "b") or _group(match, "b2") or 0)
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    elif day_first:
        day, month = first, second
    else:
        day, month = second, first
    year = _group(match, "year")
    if year:
        return safe_date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    weekday = _group(match, "weekday")
    if weekday and max(first, second) <= 12:
        # "by Friday 4/12" from a British writer: the order whose day is a Friday wins
        named = WEEKDAYS[weekday]
        for day_, month_ in ((day, month), (month, day)):
            found = closest(context, month_, day_, named)
            if found is not None and found.weekday() == named:
                return found
    found = closest(context, month, day, WEEKDAYS[weekday] if weekday else None)
    if context.deadline and max(first, second) <= 12:
        return _near(context, found, closest(context, day, month))
    return found


def _near(context: Context, found: date | None, other: date | None) -> date | None:
    """``found``, unless it is over four months ahead and ``other`` lies ahead within them."""
    if found is None or other is None or found - context.sent <= NEAR:
        return found
    return other if timedelta(0) <= other - context.sent <= NEAR else found


def dotted(match: re.Match[str], context: Context) -> date | None:
    """``4.12.``, ``04.12``, ``4.12.2026``: day first."""
    return _numeric(match, context, day_first=True)


def slashed(match: re.Match[str], context: Context) -> date | None:
    """``12/4``, ``4/12/2026``: in the writer's order (``Context.month_first``)."""
    return _numeric(match, context, day_first=not context.month_first)


#: A number's label just before it: "Vacature 18-12", "ref. 04-11", "Kenmerk: 12-10".
_NUMBER_LABEL: Final = re.compile(
    r"(?:\b(?:nr|no|nummer|number|num|ref|referentie|referenz|reference|id|kenmerk|vacature"
    r"|stelle|job|order|ticket|case|dossier|code|tel|telefoon|phone)|#)\W{0,3}$"
)


def dashed(match: re.Match[str], context: Context) -> date | None:
    """``18-12-2026``, ``t/m 18-12``: as slashed, unless a label says it is a number."""
    if _NUMBER_LABEL.search(match.string, max(0, match.start() - 20), match.start()):
        return None
    return slashed(match, context)
