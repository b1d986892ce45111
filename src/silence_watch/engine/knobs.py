"""What the core needs from the configuration: calendars, policy settings, the send window.

Turns validated settings into the core's plain values. Reads no clock; the holidays package
is asked for the public holidays of the candidate's country and of an interview abroad
(its zone's country: ``engine.zone_countries``, which reads the time-zone table).
"""

from __future__ import annotations

import functools
from datetime import timedelta
from typing import TYPE_CHECKING

from silence_watch.core.errors import ConfigError
from silence_watch.core.ladder import PolicySettings, build_ladder
from silence_watch.core.sending import WEEKDAYS, SendWindow
from silence_watch.core.workdays import BusinessCalendar
from silence_watch.core.writer_zones import interview_zone
from silence_watch.engine.zone_countries import zone_country

if TYPE_CHECKING:
    from collections.abc import Collection
    from datetime import date
    from zoneinfo import ZoneInfo

    from silence_watch.config import Settings
    from silence_watch.core.model import Interview


def country_holidays(settings: Settings) -> Collection[date]:
    """The public holidays of ``me.country`` (none without one)."""
    if not settings.me.country:
        return frozenset()
    days = _public_holidays(settings.me.country.upper())
    if days is None:
        code = settings.me.country
        message = f"me.country: {code!r} is not a country code the holidays package knows"
        raise ConfigError(message)
    return days


@functools.cache
def _public_holidays(country: str) -> Collection[date] | None:
    """A country's public holidays (the holidays package), or None for a code it lacks.

    One table a country, whichever window or calendar asks (the package fills in each year
    the first time a day of it is looked up).
    """
    import holidays  # noqa: PLC0415 - ~30 ms at start-up; only with a country set

    try:
        return holidays.country_holidays(country)
    except NotImplementedError:
        return None


class _HolidaysWhenAsked:
    """``me.country``'s holidays, and those of the country of ``zone`` (the employer's).

    Loaded the first time a day is looked up: commands that only list drafts build a send
    window and never ask it.
    """

    def __init__(self, settings: Settings, zone: str | None = None) -> None:
        self._settings = settings
        self._zone = zone
        self._days: Collection[date] | None = None
        self._theirs: Collection[date] = frozenset()

    def __contains__(self, day: object) -> bool:
        if self._days is None:
            self._days = country_holidays(self._settings)
            self._theirs = _zone_holidays(self._zone, self._settings.me.country)
        return day in self._days or day in self._theirs


def _zone_holidays(zone: str | None, mine: str | None) -> Collection[date]:
    """The public holidays of the country ``zone`` is in, unless it is ``mine`` or unknown."""
    country = zone_country(zone) if zone else None
    if country is None or country == (mine or "").upper():
        return frozenset()
    days = _public_holidays(country)  # empty until a day is looked up: never "or"
    return frozenset() if days is None else days  # a country the package lacks: none


def business_calendar(settings: Settings) -> BusinessCalendar:
    """The candidate's working days: their zone, and their country's public holidays."""
    return BusinessCalendar(zone=settings.zone, holidays=country_holidays(settings))


def policy_settings(settings: Settings) -> PolicySettings:
    """The policy's knobs from the configuration."""
    knobs = settings.policy
    return PolicySettings(
        calendar=business_calendar(settings),
        wait_business_days=knobs.wait_business_days,
        ladder=build_ladder(
            agency_check_in=knobs.agency_check_in,
            follow_ups=knobs.follow_ups,
            gap_business_days=knobs.gap_business_days,
            closing_note=knobs.closing_note,
        ),
        ghost_after_business_days=knobs.ghost_after_business_days,
    )



def send_window(settings: Settings, interview: Interview | None = None) -> SendWindow:
    """The configured send window (its times were validated with the configuration).

    With ``interview``: not on its zone's country's public holidays either (t71ds).
    """
    sending = settings.sending
    return SendWindow(
        days=frozenset(WEEKDAYS.index(day) for day in sending.window_days),
        start=sending.window_start_time,
        end=sending.window_end_time,
        max_per_day=sending.max_per_day,
        max_offset=timedelta(minutes=sending.max_offset_minutes),
        holidays=_HolidaysWhenAsked(settings, interview.timezone if interview else None),
    )


def recipient_zone(interview: Interview, settings: Settings) -> ZoneInfo:
    """The zone a follow-up's recipient lives in: the interview's, else the candidate's."""
    return interview_zone(interview) or settings.zone
