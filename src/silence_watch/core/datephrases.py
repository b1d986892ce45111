"""Date phrases in mail text, and the date each one means from a given day.

Written as tables (month and weekday names in en, de, fr, es, it, nl, pt, sv; relative
phrases with the rule that resolves each) rather than a date-parsing library, so every
reading is documented and testable. ``first_date`` finds the earliest phrase in a text.

Rules for what a phrase means (all documented in docs/classification.md):

=========================  ==================================================================
phrase                     resolves to
=========================  ==================================================================
today, end of day          the sent date
tomorrow                   sent date + 1
"Friday", "by Monday"      the next such weekday strictly after the sent date
"this Friday"              that weekday on or after the sent date
"next Friday"              that weekday in the next calendar week (weeks start Monday)
this week, end of week     Friday of the sent date's week (or the sent date if later)
early/mid next week        Wednesday of next week
next week, end of next wk  Friday of next week
within/in N days/weeks     sent date + N days / + 7N days
N business days            sent date + N weekdays (public holidays are not known here)
a few / couple of days     sent date + 3 / + 2 days; a few / couple of weeks: + 21 / + 14
end of the month           last day of the sent date's month; "next month": last day of next
mid/early/end of <month>   the 15th / 10th / last day of that month
"December 4", "4 Dec"      that date, the first occurrence on or after the sent date
"Monday the 7th"           the first 7th on or after the sent date that is a Monday
12/4 (numeric, slashes)    only when unambiguous (one part > 12); day.month with dots is
                           read day first (European usage); ISO 2026-12-04 always
=========================  ==================================================================

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Callable

def _by_name(rows: tuple[tuple[int, str], ...]) -> dict[str, int]:
    """Each name of each row -> the row's number; a name in two rows keeps the first."""
    numbers: dict[str, int] = {}
    for number, names in rows:
        for name in names.split():
            numbers.setdefault(name, number)
    return numbers


_MONTH_NAMES: Final[tuple[tuple[int, str], ...]] = (
    (1, "january jan januar jänner janvier janv enero ene gennaio gen januari janeiro"),
    (2, "february feb februar février fevrier févr fevr febrero febbraio februari fevereiro fev"),
    (3, "march mar märz maerz mars marzo maart março marco"),
    (4, "april apr avril avr abril abr aprile"),
    (5, "may mai mayo maggio mag mei maio maj"),
    (6, "june jun juni juin junio giugno giu junho"),
    (7, "july jul juli juillet juil julio luglio lug julho"),
    (8, "august aug août aout agosto ago augusti augustus"),
    (9, "september sep sept septembre septiembre setiembre settembre set setembro"),
    (10, "october oct oktober octobre octubre ottobre ott oktober outubro out okt"),
    (11, "november nov novembre noviembre novembre novembro"),
    (12, "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro"),
)
#: Month names and abbreviations in en, de, fr, es, it, nl, pt, sv (lower case, no dot).
MONTHS: Final = _by_name(_MONTH_NAMES)

_WEEKDAY_NAMES: Final[tuple[tuple[int, str], ...]] = (
    (0, "monday mon montag lundi lunes lunedì lunedi maandag segunda måndag mandag"),
    (1, "tuesday tue tues dienstag mardi martes martedì martedi dinsdag terça terca tisdag"),
    (2, ("wednesday wed mittwoch mercredi miércoles miercoles mercoledì mercoledi woensdag "
        "quarta onsdag")),
    (3, ("thursday thu thur thurs donnerstag jeudi jueves giovedì giovedi donderdag quinta "
        "torsdag")),
    (4, "friday fri freitag vendredi viernes venerdì venerdi vrijdag sexta fredag"),
    (5, "saturday sat samstag sonnabend samedi sábado sabado sabato zaterdag lördag"),
    (6, "sunday sun sonntag dimanche domingo domenica zondag söndag"),
)
#: Weekday names (Monday = 0) in the same languages.
WEEKDAYS: Final = _by_name(_WEEKDAY_NAMES)

#: Small counts written as words.
NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple": 2, "couple of": 2, "a couple of": 2,
    "a couple": 2, "few": 3, "a few": 3, "several": 5, "next few": 3, "the next few": 3,
}

_FRIDAY = 4
_WEDNESDAY = 2


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


_MONTH = rf"(?P<month>{_alternation(MONTHS)})\.?"
_WEEKDAY = rf"(?P<weekday>{_alternation(WEEKDAYS)})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_COUNT = rf"(?P<count>\d{{1,2}}|{_alternation(NUMBER_WORDS)})"


# --- Resolving one date expression -------------------------------------------------------

def _count(match: re.Match[str]) -> int:
    raw = " ".join(match.group("count").lower().split())
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _on_or_after(base: date, month: int, day: int, weekday: int | None = None) -> date | None:
    """The first ``month``/``day`` on or after ``base`` (preferring one on ``weekday``)."""
    candidates = [d for y in (base.year, base.year + 1) if (d := _safe_date(y, month, day))]
    upcoming = [d for d in candidates if d >= base]
    if weekday is not None:
        for candidate in upcoming:
            if candidate.weekday() == weekday:
                return candidate
    return upcoming[0] if upcoming else None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_month(base: date) -> tuple[int, int]:
    return (base.year + 1, 1) if base.month == 12 else (base.year, base.month + 1)


def _monday(base: date) -> date:
    return base - timedelta(days=base.weekday())


def _weekday_of(match: re.Match[str]) -> int | None:
    name = match.groupdict().get("weekday")
    return WEEKDAYS[name.lower()] if name else None


def _explicit(match: re.Match[str], base: date) -> date | None:
    month = MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    year = match.group("year")
    if year:
        return _safe_date(int(year), month, day)
    return _on_or_after(base, month, day, _weekday_of(match))


def _iso(match: re.Match[str], _base: date) -> date | None:
    return _safe_date(int(match.group("year")), int(match.group("m")), int(match.group("d")))


def _dotted(match: re.Match[str], base: date) -> date | None:
    day, month = int(match.group("d")), int(match.group("m"))
    if not 1 <= month <= 12:
        return None
    year = match.group("year")
    if year:
        return _safe_date(int(year), month, day)
    return _on_or_after(base, month, day)


def _slashed(match: re.Match[str], base: date) -> date | None:
    first, second = int(match.group("a")), int(match.group("b"))
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first or first == second:
        day, month = second, first
    else:
        return None  # 12/4 could be December 4 or 12 April: do not guess
    year = match.group("year")
    if year:
        return _safe_date(int(year), month, day)
    return _on_or_after(base, month, day)


def _weekday_the_nth(match: re.Match[str], base: date) -> date | None:
    weekday = WEEKDAYS[match.group("weekday").lower()]
    day = int(match.group("day"))
    year, month = base.year, base.month
    fallback: date | None = None
    for _ in range(24):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate >= base:
            if candidate.weekday() == weekday:
                return candidate
            fallback = fallback or candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return fallback


def _weekday_alone(match: re.Match[str], base: date) -> date | None:
    weekday = WEEKDAYS[match.group("weekday").lower()]
    which = (match.group("which") or "").lower()
    if which == "next":
        return _monday(base) + timedelta(days=7 + weekday)
    ahead = (weekday - base.weekday()) % 7
    if ahead == 0 and which != "this":
        ahead = 7
    return base + timedelta(days=ahead)


def _days(match: re.Match[str], base: date) -> date:
    return base + timedelta(days=_count(match))


def _weeks(match: re.Match[str], base: date) -> date:
    return base + timedelta(days=7 * _count(match))


def _months(match: re.Match[str], base: date) -> date:
    year, month = base.year, base.month + _count(match)
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    end = _month_end(year, month)
    return min(end, _safe_date(year, month, base.day) or end)


def _business_days(match: re.Match[str], base: date) -> date:
    left, current = _count(match), base
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def _month_part(match: re.Match[str], base: date) -> date | None:
    month = MONTHS[match.group("month").lower()]
    part = match.group("part").lower()
    year = base.year if month >= base.month else base.year + 1
    if part.startswith(("end", "late")):
        return _month_end(year, month)
    return date(year, month, 15 if part.startswith("mid") else 10)


def _fixed(offset: Callable[[date], date]) -> Callable[[re.Match[str], date], date | None]:
    def resolve(_match: re.Match[str], base: date) -> date | None:
        return offset(base)

    return resolve


def _this_friday(base: date) -> date:
    return max(_monday(base) + timedelta(days=_FRIDAY), base)


Resolver: TypeAlias = "Callable[[re.Match[str], date], date | None]"

#: Date expressions: (pattern, resolver, name). Longer, more specific forms come first.
EXPRESSIONS: Final[tuple[tuple[re.Pattern[str], Resolver, str], ...]] = tuple(
    (re.compile(pattern, re.IGNORECASE), resolver, name)
    for pattern, resolver, name in (
        (rf"\b{_YEAR}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b", _iso, "ISO date"),
        (rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s*(?:of\s+|de\s+)?{_MONTH}(?:\s*,?\s*(?:de\s+)?{_YEAR})?\b",
         _explicit, "day month"),
        (rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?:the\s+)?{_DAY}(?:\s*,?\s*{_YEAR})?(?![\d:])",
         _explicit, "month day"),
        (rf"\b{_WEEKDAY},?\s+the\s+{_DAY}(?!\s*(?:of\s+)?[a-zäéû]{{3}})", _weekday_the_nth,
         "weekday the nth"),
        (rf"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?:{_YEAR}\b)?", _dotted, "day.month."),
        (rf"\b(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)(?:/{_YEAR})?\b", _slashed,
         "numeric date (only when unambiguous)"),
        (r"\b(?:the\s+)?day after tomorrow\b", _fixed(lambda b: b + timedelta(days=2)),
         "day after tomorrow"),
        (r"\b(?:tomorrow|morgen|demain|mañana|domani|morgen|amanhã|imorgon)\b",
         _fixed(lambda b: b + timedelta(days=1)), "tomorrow"),
        (r"\b(?:today|end of (?:the )?day|eod|close of business|cob|tonight)\b",
         _fixed(lambda b: b), "today"),
        (r"\b(?:early|beginning of|start of|mid|middle of|the middle of|mid-)\s*next week\b",
         _fixed(lambda b: _monday(b) + timedelta(days=7 + _WEDNESDAY)), "early next week"),
        (r"\b(?:(?:the )?end of |late |later |sometime )?next week\b",
         _fixed(lambda b: _monday(b) + timedelta(days=7 + _FRIDAY)), "next week"),
        (r"\b(?:(?:the )?end of (?:the |this )?week|this week|later this week|the weekend)\b",
         _fixed(_this_friday), "this week"),
        (rf"\b{_COUNT}\s+(?:business|working)\s+days?\b", _business_days, "business days"),
        (rf"\b{_COUNT}\s+days?\b", _days, "days"),
        (r"\b(?:coming|next) days\b", _fixed(lambda b: b + timedelta(days=3)), "coming days"),
        (rf"\b{_COUNT}\s+weeks?\b", _weeks, "weeks"),
        (r"\b(?:coming|next) weeks\b", _fixed(lambda b: b + timedelta(days=21)), "coming weeks"),
        (rf"\b{_COUNT}\s+months?\b", _months, "months"),
        (r"\b(?:(?:the )?end of (?:the |this )?month|this month|month'?s end)\b",
         _fixed(lambda b: _month_end(b.year, b.month)), "end of the month"),
        (r"\b(?:(?:the )?end of |early |(?:the )?beginning of )?next month\b",
         _fixed(lambda b: _month_end(*_next_month(b))), "next month"),
        (rf"\b(?P<part>end of|the end of|late|mid|mid-|middle of|early|beginning of)\s*{_MONTH}\b",
         _month_part, "part of a month"),
        (rf"\b(?:(?P<which>this|next|coming)\s+)?{_WEEKDAY}\b", _weekday_alone, "weekday"),
    )
)


def first_date(text: str, base: date) -> tuple[date, str, int] | None:
    """The earliest date expression in ``text``: (date, matched text, start)."""
    best: tuple[int, int, date, str] | None = None
    for pattern, resolver, _name in EXPRESSIONS:
        for match in pattern.finditer(text):
            resolved = resolver(match, base)
            if resolved is None:
                continue
            key = (match.start(), -len(match.group(0)))
            if best is None or key < (best[0], best[1]):
                best = (key[0], key[1], resolved, match.group(0))
            break
    if best is None:
        return None
    return best[2], best[3], best[0]
