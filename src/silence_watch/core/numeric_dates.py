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
  December, never April 12 and four months of silence, whoever wrote it;
- in a deadline, an English a/b date with no year that the writer's order puts before the
  day it was written is read in the other order when that one lies ahead within four
  months: nobody promises an answer by a day gone by, and an English writer's order is a
  guess (Outlook's ``en-US`` in Singapore: "by 10/12" written on 30 November is 10
  December). A dotted date and de, fr, es, nl keep their day-first reading, past or not.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import closest, safe_date
from silence_watch.core.datewords import WEEKDAYS
from silence_watch.core.dotted_times import is_clock_time

if TYPE_CHECKING:
    from datetime import date

    from silence_watch.core.calendardays import Context

#: How far ahead a deadline with no year is believed in its writer's order (four months).
NEAR: Final = timedelta(days=122)


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _numeric(
    match: re.Match[str], context: Context, *, day_first: bool, guessed: bool = False
) -> date | None:
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
        past = guessed and context.order_guessed  # an English a/b date gone by
        return _near(context, found, closest(context, day, month), past=past)
    return found


def _near(
    context: Context, found: date | None, other: date | None, *, past: bool = False
) -> date | None:
    """``found``, unless it is far and ``other`` lies ahead within four months.

    Far: over four months ahead, or, with ``past``, before the day it was written.
    """
    if found is None or other is None:
        return found
    ahead = found - context.sent
    if ahead <= NEAR and (not past or ahead >= timedelta(0)):
        return found
    return other if timedelta(0) <= other - context.sent <= NEAR else found


#: An a/b date alone, as ``Found.text`` holds it ("10/12", "04-12").
_PAIR: Final = re.compile(r"(\d{1,2})[/-](\d{1,2})")


def turned_from_past(text: str, day: date, context: Context) -> bool:
    """True when ``day``, read from the a/b date ``text``, is its other order.

    Taken because the writer's order had gone by (``_near``): "we met on 10/12" is no
    promise.
    """
    pair = _PAIR.fullmatch(text)
    if pair is None or not context.order_guessed or max(int(pair[1]), int(pair[2])) > 12:
        return False
    first, second = int(pair[1]), int(pair[2])
    month, day_ = (first, second) if context.month_first else (second, first)
    writers = closest(context, month, day_)
    return writers is not None and writers < context.sent and writers != day


def dotted(match: re.Match[str], context: Context) -> date | None:
    """``4.12.``, ``04.12``, ``4.12.2026``: day first; never a time ("10.00 - 11.15 uur")."""
    if match.group("a2") is not None and is_clock_time(
        match.string, match.start("a2"), match.end("b2")
    ):
        return None
    return _numeric(match, context, day_first=True)


def slashed(match: re.Match[str], context: Context) -> date | None:
    """``12/4``, ``4/12/2026``: in the writer's order (``Context.month_first``)."""
    return _numeric(match, context, day_first=not context.month_first, guessed=True)


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
