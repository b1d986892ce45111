"""Which calendar day a partial date means: a day and month without a year, a day alone.

The rules of ``core.datephrases`` (and of the slot readers) for the parts of a date a
writer leaves out: the occurrence closest to the day the message was sent, never over
60 days before it (in a deadline, a day alone is the next one after it); the next one
on or after a day; business days that skip weekends and public holidays.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container

_LOOK_BACK_DAYS = 60  # how far before the sent date an unyeared date may lie
#: How far ahead a named weekday may pull an unyeared date: the readers drop a day more
#: than 200 days ahead, so "by Friday, December 10" written on Monday 7 December 2026
#: (the 10th is a Thursday) is that Thursday, never Friday 10 December 2027, dropped, and
#: no promise at all (probe-dates6: the weekday and the date disagree; the date wins).
_WEEKDAY_REACH_DAYS = 200
#: How far a named weekday may pull a day of the month alone: "by Monday the 15th" written
#: on Monday 7 December 2026 (the 15th is a Tuesday) is that 15th, never Monday 15
#: February, two months of silence; "back Monday the 4th" written on 20 December is
#: January's (probe-dates6).
_WEEKDAY_NEAR_DAYS = 45


@dataclass(frozen=True, slots=True)
class Context:
    """What resolving a phrase needs: the sent date, how a/b reads, the public holidays.

    ``deadline``: the dates are read as a day to come (a promise to answer): a day of the
    month alone is the next one after the sent date, and an ambiguous numeric date takes
    its near order (``core.numeric_dates``). ``order_guessed``: the writer's order of an
    a/b date is a guess from evidence (English, read month or day first by
    ``core.date_order``), not the language's own (de, fr, es, nl: day first).
    ``after_hours``: written after the business day's end (17:00 in the writer's zone):
    "by COB Thursday" written on a Thursday evening is next Thursday, not that evening.
    """

    sent: date
    month_first: bool = True
    holidays: Container[date] = field(default_factory=frozenset)
    deadline: bool = False
    order_guessed: bool = False
    after_hours: bool = False


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def on_or_after(base: date, month: int, day: int, weekday: int | None = None) -> date | None:
    """The first ``month``/``day`` on or after ``base`` (preferring one on ``weekday``)."""
    upcoming = [
        found for year in (base.year, base.year + 1)
        if (found := safe_date(year, month, day)) is not None and found >= base
    ]
    if weekday is not None:
        upcoming = [found for found in upcoming if found.weekday() == weekday] or upcoming
    return upcoming[0] if upcoming else None


def monday(day: date) -> date:
    """The Monday of the week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


def month_end(year: int, month: int) -> date:
    """The last day of ``month``."""
    return date(year, month, calendar.monthrange(year, month)[1])


def closest(context: Context, month: int, day: int, weekday: int | None = None) -> date | None:
    """The ``month``/``day`` closest to the sent date, at most 60 days before it.

    With ``weekday``, the closest such date that falls on it, when there is one within
    reach (a weekday that no near year agrees with is a slip: the date stands).
    """
    sent = context.sent
    floor = sent - timedelta(days=_LOOK_BACK_DAYS)
    candidates = [
        found for year in (sent.year - 1, sent.year, sent.year + 1)
        if (found := safe_date(year, month, day)) is not None and found >= floor
    ]
    reach = sent + timedelta(days=_WEEKDAY_REACH_DAYS)
    if weekday is not None and any(
        found.weekday() == weekday and found <= reach for found in candidates
    ):
        candidates = [found for found in candidates if found.weekday() == weekday]
    return min(candidates, key=lambda found: abs((found - sent).days), default=None)


def day_only(context: Context, day: int, weekday: int | None = None) -> date | None:
    """A day of the month with no month: the closest such day (on ``weekday`` if named).

    In a deadline with no weekday named, the next such day strictly after the sent date:
    "by the 3rd" written on 17 November is 3 December, not a promise already broken. A
    weekday counts only when a day within 45 days falls on it; else it is a slip, and
    the day stands as if no weekday were named.
    """
    sent = context.sent
    months = [(sent.year + (sent.month + shift - 1) // 12, (sent.month + shift - 1) % 12 + 1)
              for shift in range(-2, 4)]
    floor = sent - timedelta(days=_LOOK_BACK_DAYS)
    candidates = [found for year, month in months
                  if (found := safe_date(year, month, day)) is not None and found >= floor]
    named = [found for found in candidates if found.weekday() == weekday
             and abs((found - sent).days) <= _WEEKDAY_NEAR_DAYS]  # fmt: skip
    if context.deadline and not named:
        return next((found for found in candidates if found > sent), None)
    return min(named or candidates, key=lambda found: abs((found - sent).days), default=None)


def business_days_after(start: date, count: int, holidays: Container[date]) -> date:
    """The ``count``-th day after ``start`` that is neither a weekend nor a holiday."""
    current = start
    while count > 0:
        current += timedelta(days=1)
        if current.weekday() < calendar.SATURDAY and current not in holidays:
            count -= 1
    return current
