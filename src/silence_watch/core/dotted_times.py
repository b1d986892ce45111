"""A dotted pair that is a time of day, not a day and month: "10.00 - 11.15 uur" (u39dup).

Dutch and German write the time with a dot ("11.15 uur", "11.15 Uhr"), and "11.15" also
reads as a day-first date: 15 November. An invitation's "Woensdag 4 november, 10.00 -
11.15 uur" was a promise of an answer by Sunday 15 November, and the first follow-up
waited four days too long. A dotted pair is a time (``is_clock_time``) when:

- a unit of time follows it: "om 11.15 uur", "11.15u", "11.15 Uhr", "11.15 h", "11.15 am";
- it ends a range that starts at a time: "10.00 - 11.15", "10:00 bis 11.15", "10h00 -
  11.15", "van 10.30 tot 11.15", "de 10.00 a 11.15": the first end is a time because it
  is written as one ("10:00", "10h00", "10 Uhr") or cannot be a date ("10.00" has no
  month 0, "10.30" no month 30).

A date stays a date: one with its closing dot ("bis 11.12.", also after a time range:
"10.00 - 11.15 Uhr, Rückmeldung bis 11.12."), a range of dates ("10.11. - 11.12.", "vom
4.10 - 11.11"), and a pair with no unit after a start that may itself be a date
("10.11 - 11.12"). French "10h00 - 11h15" was never a date and is not read as one.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

#: A unit of time right after the pair ("uur", "Uhr", "h", "heures", "am"; "u" attached).
_UNIT_AFTER: Final = re.compile(
    r"(?:\s?(?:uur|uhr|h|heures?|hrs?|std)\b|u\b|\s?[ap]\.?m\b)", re.IGNORECASE
)

#: The start of a range just before the pair: a time, then a dash or "bis", "tot", "to" ...
_RANGE_BEFORE: Final = re.compile(
    r"(?:\b\d{1,2}[:h][0-5]\d|\b\d{1,2}\.(?:00|1[3-9]|[2-5]\d)|\b\d{1,2}\s?(?:uur|uhr|h))"
    r"\s*(?:-|\u2013|\u2014|bis|tot|to|till|until|a|à|au|hasta|y)\s*$",
    re.IGNORECASE,
)

#: How far before the pair its range's start is looked for.
_REACH: Final = 30


def is_clock_time(text: str, start: int, end: int) -> bool:
    """Whether the dotted pair with no closing dot at ``text[start:end]`` is a time of day."""
    if _UNIT_AFTER.match(text, end):
        return True
    return _RANGE_BEFORE.search(text[max(0, start - _REACH) : start]) is not None
