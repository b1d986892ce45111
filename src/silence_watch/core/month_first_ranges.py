"""The last day of a range written month first: "Nov 23-25", "December 21st-23rd". Pure.

"I will be out of the office Nov 23-25" is away until 25 November, and "we'll decide Jan
11 - 13" promises the 13th: the second number is a day of the month named before the
first (probe round p52b). A day-first range ("23-25 November") names its month after
its end and is read by the phrase rules; this one names it only once, in front. A time
("Nov 23 10-11am", "Dec 4 9:00-10:30"), a reference ("Dec 4-5/2") or a second number
that is not a later day of that month is no range.

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Final

from silence_watch.core.datewords import MONTHS
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from silence_watch.core.datephrases import Found

#: A month word (folded) at the start of a date phrase: "nov 23", "december 21st".
_MONTH_FIRST: Final = lazy_pattern(
    "(?:" + "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
    + r")\b"
)
#: After the first day: the joint and the range's last day, no time or reference after it.
_TO_DAY: Final = lazy_pattern(
    r"\s?(?:-|\u2013|to|through|thru)\s?(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:[:.]\d|/|-\d|am\b|pm\b|a\.m|p\.m|h\b|uhr|uur|hrs?\b|hours\b))"
)


def month_first_end(sentence: str, item: Found) -> Found | None:
    """The range's last day when ``item`` ("nov 23") opens a month-first range, else None."""
    if _MONTH_FIRST.match(item.text) is None or not item.text.rstrip(" .,")[-1:].isalnum():
        return None
    joined = _TO_DAY.match(sentence, item.end)
    if joined is None:
        return None
    number = int(joined["day"])
    if number <= item.day.day:
        return None
    try:
        day = date(item.day.year, item.day.month, number)
    except ValueError:  # "Nov 23-31": no such day
        return None
    return replace(item, day=day, text=sentence[item.start:joined.end()], end=joined.end())
