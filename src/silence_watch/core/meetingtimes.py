"""When a meeting is, as mail writes it: a day, a time of day, a zone. Pure.

Scheduling mail names a meeting in many ways: "Tuesday, November 3, 2026 at 3:00 PM EST",
"3:00pm - 3:30pm (Eastern Time - US & Canada) on Tuesday, November 3", "Oct 29 · 11:00 AM
- 12:00 PM EDT", "Donnerstag, 12. November 2026, 14:00 Uhr (MEZ)", "jeudi 12 novembre à
14h30", "el jueves 12 de noviembre a las 15:00", a reply's "Tuesday at 3pm works". This
module finds each mention of a day and of a time of day in a text, pairs every time with
the nearest day, and reads the zone written beside it (or anywhere in the mail: "Time
zone: America/New_York").

Written as tables, like ``core.datephrases`` (whose month and weekday names it shares):
a general date-search library reads "1 out of 3" as October 1 and "2h" as a time; here
every form is listed and tested. Rules:

- a day without a year is the first such day on or after the day the mail was written
  (a weekday name alone: the next one strictly after it; "this Tuesday": on or after);
- numeric dates with slashes are read month first only when ``month_first`` (a US
  sender), day first otherwise; dotted dates (3.11.2026) are always day first;
- "3pm", "3:30 p.m.", "15:00", "14 Uhr", "14h30", "noon"; a dotted time (14.30) only with
  Uhr/uur/h after it; "10-11am" gives both ends the "am";
- a zone written right after the time or its range wins, then one named alone in the
  mail, then the candidate's own.

Never raises on any text; never reads the clock.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Final

# The calendar arithmetic of promise dates is the same for meeting days: one copy of it.
from silence_watch.core.calendardays import on_or_after, safe_date
from silence_watch.core.datewords import MONTHS, WEEKDAYS
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.zonewords import mail_zone, zone_after

#: Month abbreviations that are also everyday words ("1 out of 3", "3 days ago").
_NOT_MONTHS: Final = frozenset({"out", "set", "ago", "gen", "mag", "lug", "giu", "ott", "ene"})
_MONTH_WORDS = sorted((m for m in MONTHS if m not in _NOT_MONTHS), key=len, reverse=True)
_MONTH = "(?P<month>" + "|".join(map(re.escape, _MONTH_WORDS)) + r")\.?"
#: Weekdays: full names in any case; three-letter forms only capitalised ("Tue", "Sat").
#: Portuguese weekdays are ordinals too ("segunda entrevista": the second interview).
_ORDINAL_DAYS = frozenset({"segunda", "terça", "terca", "quarta", "quinta", "sexta"})
_FULL_DAYS = sorted(
    (w for w in WEEKDAYS if len(w) > 4 and w not in _ORDINAL_DAYS), key=len, reverse=True
)
_SHORT_DAYS = sorted((w.capitalize() for w in WEEKDAYS if len(w) <= 4), key=len, reverse=True)
_WEEKDAY = (
    "(?P<weekday>(?i:" + "|".join(map(re.escape, _FULL_DAYS)) + ")|"
    + "|".join(map(re.escape, _SHORT_DAYS)) + r")\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|º)?\.?"
_YEAR = r"(?P<year>20\d\d)"

_DAY_FORMS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (name, lazy_pattern(pattern, re.IGNORECASE if name != "weekday" else 0))
    for name, pattern in (
        ("iso", rf"\b{_YEAR}-(?P<m>\d\d?)-(?P<d>\d\d?)\b"),
        # "octobre 14h" is not October 14: a day is never followed by a time's mark.
        ("month day", (rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?:the\s+)?{_DAY}"
                       r"(?!\d|:|\s?h(?:\d|\b)|\s?u\d|\s?uhr|\.\d|\s?[ap]\.?\s?m\b)"
                       rf"(?:,?\s+{_YEAR})?")),
        ("day month", (rf"\b(?:{_WEEKDAY},?\s+)?(?:(?:the|den|le|el)\s+)?{_DAY}\s*"
                       rf"(?:of\s+|de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?{_YEAR})?")),
        ("dotted", rf"\b(?:{_WEEKDAY},?\s+)?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?:{_YEAR})?(?!\d)"),
        ("slashed", r"\b(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)(?:/(?P<year>(?:20)?\d\d))?\b"),
        # (unaccented) "Guten Morgen", "heute Morgen", "esta mañana", "por la mañana": a
        # morning, no day
        ("relative", (r"\b(?P<rel>today|tomorrow|heute|(?<!guten )(?<!heute )(?<!am )"
                      r"(?<!jeden )(?<!gestern )morgen|ubermorgen|uebermorgen|aujourd'hui|demain"
                      r"|hoy|(?<!la )(?<!esta )(?<!cada )(?<!una )manana|vandaag|oggi|domani"
                      r"|idag|imorgon)\b")),
        ("weekday", (r"\b(?:(?P<which>(?i:this|next|coming|nächsten|kommenden|diesen|ce|este"
                     rf"|prochain|deze|volgende))\s+)?{_WEEKDAY}(?=[\s,.;:!?)]|$)"
                     # "our office on Friday Street": a street named like a day
                     r"(?!\s+(?i:street|st\b|road|rd\b|avenue|ave\b|lane|square)\b)"
                     r"(?:\s+(?i:prochain|próximo|que viene))?")),
    )
)  # fmt: skip

_RELATIVE_DAYS: Final = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "hoy": 0, "vandaag": 0, "oggi": 0, "idag": 0,
    "tomorrow": 1, "morgen": 1, "demain": 1, "manana": 1, "domani": 1, "imorgon": 1,
    "ubermorgen": 2, "uebermorgen": 2,
}  # fmt: skip

_AP = r"(?P<ap>[ap])\.?\s?m\b\.?"
_TIME_FORMS: Final[tuple[re.Pattern[str], ...]] = tuple(
    lazy_pattern(pattern, re.IGNORECASE)
    for pattern in (
        # 10-11am, 3:30 - 4:15 pm: the start takes the end's am/pm.
        (r"(?<![\w:./])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?:-|\u2013|\u2014|to)\s*"
         r"(?P<eh>1[0-2]|0?[1-9])(?::(?P<em>[0-5]\d))?\s*(?P<eap>[ap])\.?\s?m\b\.?"),
        rf"(?<![\w:./])(?P<h>1[0-2]|0?\d)(?:[:.](?P<m>[0-5]\d))?\s*{_AP}",
        # 13:00-13:45 Uhr, 10.00-10.45 uur: a 24-hour range written once with its unit.
        (r"(?<![\w:./])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?:-|\u2013|\u2014|bis|tot)\s*"
         r"(?P<eh>[01]?\d|2[0-3])[:.](?P<em>[0-5]\d)\s*(?:uhr|uur|h)\b"),
        r"(?<![\w:./])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!\d|:\d)(?:\s*(?:uhr|h|hrs|uur))?",
        r"(?<![\w:./])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\s*(?:uhr|uur|h\b)",
        # British "at 11.00" (tester round t88sx), never a sum or a date ("at 11.00 EUR")
        (r"(?:(?<=\bat )|(?<=\bum )|(?<=\bom ))(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)"
         r"(?![\d.,]|\s?(?:€|eur|gbp|usd|chf|\$|£|%|euro|pounds?|dollars?)\b)"),
        r"(?<![\w:./])(?P<h>[01]?\d|2[0-3])\s?(?:uhr|heures?|uur)\b(?:\s?(?P<m>[0-5]\d))?",
        r"(?<![\w:./])(?P<h>0?[7-9]|1\d|2[01])[hu](?P<m>[0-5]\d)?(?![\w])",
        r"\b(?P<noon>noon|midday|mittags|midi|mediodía)\b",
    )
)
#: What joins a start time to its end: "3:00 PM - 4:00 PM", "14:00 bis 15:00".
_RANGE_JOIN = lazy_pattern(r"\s*(?:-|\u2013|\u2014|to|until|till|bis|à|a|tot)\s*", re.IGNORECASE)
#: How far from a time its day may be written (characters), before or after it.
_BEFORE, _AFTER = 90, 60


@dataclass(frozen=True, slots=True)
class DayMention:
    """A day named in a text, resolved; ``exact`` when written as a date (not "Tuesday")."""

    day: date
    exact: bool
    weekday_named: int | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day named in a text, with its range end and zone when written."""

    at: time
    until: time | None
    zone: tzinfo | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Slot:
    """A meeting time: a day, a time of day when one was written, where it was written.

    ``start`` is aware (midnight in the zone when ``all_day``); ``zone_named`` is True when
    the text named the zone; ``exact`` when the day was written as a date.
    """

    start: datetime
    end: datetime | None
    all_day: bool
    exact: bool
    zone_named: bool
    position: int
    weekday_named: int | None = None


def unaccented(text: str) -> str:
    """``text`` with each letter's accents taken off, one character for one.

    The month and weekday words are written without accents (``core.datewords``);
    "17 décembre" and "3. März" must still name a day, and positions must not move.
    """
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", char)[0] for char in text)


def day_mentions(text: str, base: date, *, month_first: bool = False) -> list[DayMention]:
    """Every day named in ``text``, resolved from ``base`` (the day the mail was written)."""
    text = unaccented(text)
    found: list[DayMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _DAY_FORMS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            day = _resolve(name, match, base, month_first=month_first)
            taken.append((match.start(), match.end()))  # an impossible date is no weekday either
            weekday = match.groupdict().get("weekday")
            if day is None or (name == "weekday" and _any_such_day(text, match.start(), weekday)):
                continue
            named = WEEKDAYS.get(weekday.lower()) if weekday else None
            found.append(DayMention(day, name not in {"weekday", "relative"}, named,
                                    match.start(), match.end()))  # fmt: skip
    return sorted(found, key=lambda m: m.start)


#: A weekday said of any such day: "perdona que te escriba un domingo", "sorry to write on
#: a Sunday", "an einem Sonntag", "un dimanche", "op een zondag", "every Monday" (unaccented).
_ANY_SUCH: Final = lazy_pattern(
    r"\b(?P<article>an?|un|ein|einem|einen|eines|een|every|each|any|jeden|chaque|cada|elke"
    r"|iedere)\s+$",
    re.IGNORECASE,
)


def _any_such_day(text: str, start: int, weekday: str | None) -> bool:
    """Whether the weekday at ``start`` is any such day, not a date ("a Sunday").

    French "à mardi" (unaccented "a mardi") is a date: "a" is English only before an
    English weekday.
    """
    found = _ANY_SUCH.search(text[max(0, start - 10) : start])
    if found is None or weekday is None:
        return False
    return found["article"].lower() not in {"a", "an"} or weekday.lower().endswith("day")


def time_mentions(text: str, default_zone: tzinfo | None = None) -> list[TimeMention]:
    """Every time of day named in ``text``, with its end and the zone written after it."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _TIME_FORMS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            at, until = _clock(match)
            if at is None:
                continue
            end = match.end()
            if until is None:
                until, end = _range_end(text, end)
            zone, end = zone_after(text, end)
            found.append(TimeMention(at, until, zone or default_zone, match.start(), end))
            taken.append((match.start(), end))
    return sorted(found, key=lambda m: m.start)


def slots_in(
    text: str,
    sent_at: datetime,
    zone: tzinfo,
    *,
    month_first: bool = False,
) -> list[Slot]:
    """Every meeting time in ``text``: each time paired with its nearest day, in order.

    Days named with no time near them are slots too, ``all_day``. ``sent_at`` places
    dates without a year and weekdays; ``zone`` is the candidate's, used when the text
    names none.
    """
    base = sent_at.astimezone(zone).date()
    days = day_mentions(text, base, month_first=month_first)
    named_zone = mail_zone(text)
    slots: list[Slot] = []
    used: set[int] = set()
    for mention in time_mentions(text):
        index = _nearest_day(days, mention)
        if index is None:
            continue
        used.add(index)
        day = days[index]
        where = mention.zone or named_zone
        place = where or zone
        start = datetime.combine(day.day, mention.at, tzinfo=place)
        end = None
        if mention.until is not None:
            end = datetime.combine(day.day, mention.until, tzinfo=place)
            end = end if end > start else end + timedelta(days=1)
        slots.append(Slot(start, end, all_day=False, exact=day.exact, zone_named=where is not None,
                          position=min(day.start, mention.start),
                          weekday_named=day.weekday_named))  # fmt: skip
    for index, day in enumerate(days):
        if index not in used:
            midnight = datetime.combine(day.day, time(0), tzinfo=named_zone or zone)
            slots.append(Slot(midnight, None, all_day=True, exact=day.exact, zone_named=False,
                              position=day.start, weekday_named=day.weekday_named))  # fmt: skip
    return sorted(slots, key=lambda s: s.position)


def _nearest_day(days: list[DayMention], mention: TimeMention) -> int | None:
    best: tuple[int, int] | None = None
    for index, day in enumerate(days):
        if day.end <= mention.start:
            distance = mention.start - day.end
            if distance > _BEFORE:
                continue
        elif day.start >= mention.end:
            distance = day.start - mention.end
            if distance > _AFTER:
                continue
            distance += 10  # a day written before its time is the usual order
        else:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, index)
    return None if best is None else best[1]


def _resolve(name: str, match: re.Match[str], base: date, *, month_first: bool) -> date | None:
    groups = match.groupdict()
    if name == "relative":
        return base + timedelta(days=_RELATIVE_DAYS[groups["rel"].lower()])
    if name == "weekday":
        return _weekday_day(groups, base)
    if name == "iso":
        return safe_date(int(groups["year"]), int(groups["m"]), int(groups["d"]))
    if name == "slashed":
        return _slashed(groups, base, month_first=month_first)
    if name == "dotted":
        month, day = int(groups["m"]), int(groups["d"])
    else:
        month, day = MONTHS[groups["month"].lower()], int(groups["day"])
    year = groups.get("year")
    if year:
        return safe_date(int(year), month, day)
    weekday = WEEKDAYS.get((groups.get("weekday") or "").lower())
    return on_or_after(base, month, day, weekday)


def _weekday_day(groups: dict[str, str | None], base: date) -> date | None:
    weekday = WEEKDAYS.get((groups["weekday"] or "").lower())
    if weekday is None:
        return None
    which = (groups.get("which") or "").lower()
    ahead = (weekday - base.weekday()) % 7
    if which in {"next", "nächsten", "prochain", "volgende"}:
        return base - timedelta(days=base.weekday()) + timedelta(days=7 + weekday)
    if ahead == 0 and which not in {"this", "diesen", "ce", "este", "deze"}:
        ahead = 7
    return base + timedelta(days=ahead)


def _slashed(groups: dict[str, str | None], base: date, *, month_first: bool) -> date | None:
    first, second = int(groups["a"] or 0), int(groups["b"] or 0)
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first or month_first:
        day, month = second, first
    else:
        day, month = first, second
    year = groups.get("year")
    if year:
        return safe_date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    return on_or_after(base, month, day, None)


def _clock(match: re.Match[str]) -> tuple[time | None, time | None]:
    groups = match.groupdict()
    if groups.get("noon"):
        return time(12), None
    hour, minute = int(groups["h"]), int(groups.get("m") or 0)
    ap = groups.get("ap") or groups.get("eap")
    if groups.get("eh"):
        end_hour = _twelve(int(groups["eh"]), groups.get("eap"))
        end = time(end_hour, int(groups.get("em") or 0))
        start_hour = _twelve(hour, ap)
        if ap and start_hour > end_hour:  # "11-1pm": the start is in the morning
            start_hour -= 12
        return time(max(start_hour, 0), minute), end
    if ap:
        if hour > 12:
            return None, None
        hour = _twelve(hour, ap)
    return time(hour, minute), None


def _twelve(hour: int, ap: str | None) -> int:
    if ap is None:
        return hour
    if ap.lower() == "a":
        return 0 if hour == 12 else hour
    return hour if hour == 12 else hour + 12


def _range_end(text: str, at: int) -> tuple[time | None, int]:
    """The end time of "3:00 PM - 4:00 PM" right after a start, with where it ends."""
    join = _RANGE_JOIN.match(text, at)
    if join is None or join.end() == at:
        return None, at
    for pattern in _TIME_FORMS:
        if "eh" in pattern.groupindex:
            continue  # an end is one time, not a range
        found = pattern.match(text, join.end())
        if found is not None:
            end, _ = _clock(found)
            if end is not None:
                return end, found.end()
    return None, at
