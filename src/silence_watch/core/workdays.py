"""Business days in a given time zone, skipping weekends and public holidays. Pure.

The holiday set is passed in (the shell builds it from the ``holidays`` package for
``me.country``), so tests can use literal dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container
    from datetime import tzinfo

_SATURDAY = 5


@dataclass(frozen=True)
class BusinessCalendar:
    """Which days count as working days, and in which zone a day starts and ends."""

    zone: tzinfo
    holidays: Container[date] = field(default_factory=frozenset)
    start_of_day: time = time(9, 0)

    def is_business_day(self, day: date) -> bool:
        """True for a weekday that is not a public holiday."""
        return day.weekday() < _SATURDAY and day not in self.holidays

    def local_date(self, moment: datetime) -> date:
        """The calendar date of ``moment`` in this calendar's zone."""
        return moment.astimezone(self.zone).date()

    def add_business_days(self, day: date, count: int) -> date:
        """The date ``count`` business days after ``day`` (``count`` >= 0).

        With ``count`` 0 the answer is ``day`` itself when it is a business day, else the
        next one.
        """
        current = day
        if count == 0:
            return self.next_business_day(current, inclusive=True)
        remaining = count
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_business_day(current):
                remaining -= 1
        return current

    def next_business_day(self, day: date, *, inclusive: bool = False) -> date:
        """The first business day after ``day`` (or ``day`` itself when ``inclusive``)."""
        current = day if inclusive else day + timedelta(days=1)
        while not self.is_business_day(current):
            current += timedelta(days=1)
        return current

    def business_days_between(self, start: date, end: date) -> int:
        """How many business days lie after ``start`` up to and including ``end``."""
        if end <= start:
            return 0
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_business_day(current):
                count += 1
        return count

    def morning_of(self, day: date) -> datetime:
        """The start of the working day ``day`` in this zone, as aware UTC."""
        return datetime.combine(day, self.start_of_day, tzinfo=self.zone).astimezone(UTC)

    def end_of(self, day: date) -> datetime:
        """The last moment of ``day`` in this zone, as aware UTC."""
        next_midnight = datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.zone)
        return (next_midnight - timedelta(microseconds=1)).astimezone(UTC)
