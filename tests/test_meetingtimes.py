"""Meeting times in mail text: a day, a time, a zone, as scheduling mail and people write them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silence_watch.core.meetingtimes import day_mentions, slots_in, time_mentions
from silence_watch.core.zonewords import mail_zone, zone_after

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
#: Monday 26 October 2026, 10:00 in New York: when the mails below were written.
SENT = datetime(2026, 10, 26, 10, tzinfo=NY)

#: (text, expected start as ISO with offset, expected end or None, the zone was named)
TIMED = [
    ("Tuesday, November 3, 2026 at 3:00 PM EST", "2026-11-03T15:00:00-05:00", None, True),
    (("Event Date/Time:\n02:00pm - 02:30pm (Eastern Time - US & Canada) on Tuesday, November 3, "
     "2026"), "2026-11-03T14:00:00-05:00", "2026-11-03T14:30:00-05:00", True),
    ("Oct 29 \u00b7 11:00 AM \u2013 12:00 PM EDT", "2026-10-29T11:00:00-04:00",
     "2026-10-29T12:00:00-04:00", True),
    ("Termin: Donnerstag, 12. November 2026, 14:00 Uhr (MEZ)", "2026-11-12T14:00:00+01:00", None,
     True),
    ("le jeudi 12 novembre 2026 \u00e0 14h30 (heure de Paris)", "2026-11-12T14:30:00+01:00", None,
     True),
    ("el jueves 12 de noviembre de 2026 a las 15:00 (CET)", "2026-11-12T15:00:00+01:00", None,
     True),
    ("Time: Nov 3, 2026 03:00 PM Eastern Time (US and Canada)", "2026-11-03T15:00:00-05:00",
     None, True),
    ("Date: 11/03/2026\nTime: 3:00 PM - 4:00 PM EST", "2026-11-03T15:00:00-05:00",
     "2026-11-03T16:00:00-05:00", True),
    ("Tuesday, November 3 \u00b7 3:00 \u2013 3:45pm\nTime zone: America/New_York",
     "2026-11-03T15:00:00-05:00", "2026-11-03T15:45:00-05:00", True),
    ("Would 10-11am on Wed, Nov 4 work?", "2026-11-04T10:00:00-05:00",
     "2026-11-04T11:00:00-05:00", False),
    ("Dienstag, 29.09.2027, 13:00\u201313:45 Uhr", "2027-09-29T13:00:00-04:00",
     "2027-09-29T13:45:00-04:00", False),
    ("Woensdag 4 november, 10.00\u201310.45 uur", "2026-11-04T10:00:00-05:00",
     "2026-11-04T10:45:00-05:00", False),
    ("Datum: donderdag 12 november 2026\nUur: 14u00", "2026-11-12T14:00:00-05:00", None, False),
    ("Thursday, 5 November at 14:00 (GMT-05:00) Eastern Time (US & Canada)",
     "2026-11-05T14:00:00-05:00", None, True),
    ("Thursday, November 5 at noon PT", "2026-11-05T12:00:00-08:00", None, True),
    ("Monday, November 2 at 11-1pm", "2026-11-02T11:00:00-05:00", "2026-11-02T13:00:00-05:00",
     False),
    ("Tuesday at 3pm works", "2026-10-27T15:00:00-04:00", None, False),
    ("yes, 10am Thursday is perfect", "2026-10-29T10:00:00-04:00", None, False),
    ("Donnerstag 14 Uhr passt mir gut", "2026-10-29T14:00:00-04:00", None, False),
    ("morgen um 10 Uhr", "2026-10-27T10:00:00-04:00", None, False),
    ("next Tuesday at 9:30 a.m.", "2026-11-03T09:30:00-05:00", None, False),
    ("this Monday at 4 pm", "2026-10-26T16:00:00-04:00", None, False),
    ("2026-11-20 at 09:15 UTC", "2026-11-20T09:15:00+00:00", None, True),
    ("Friday 6 Nov, 4pm (UTC+01:00)", "2026-11-06T16:00:00+01:00", None, True),
    # Accented month and weekday names (the tables are written without accents).
    ("le jeudi 17 d\u00e9cembre 2026 \u00e0 15h00 (heure de Paris)", "2026-12-17T15:00:00+01:00",
     None, True),
    ("Termin am Dienstag, 2. M\u00e4rz 2027 um 10:00 Uhr (MEZ)", "2027-03-02T10:00:00+01:00",
     None, True),
    ("el mi\u00e9rcoles 9 de diciembre a las 11:00 (CET)", "2026-12-09T11:00:00+01:00", None,
     True),
    ("le mardi 3 ao\u00fbt 2027 \u00e0 9h (heure de Paris)", "2027-08-03T09:00:00+02:00", None,
     True),
    # British "at 11.00" (tester round t88sx)
    ("Could we do Monday 7 December at 11.00 instead?", "2026-12-07T11:00:00-05:00", None, False),
]


@pytest.mark.parametrize(("text", "start", "end", "named"), TIMED)
def test_a_meeting_time_is_read_with_its_day_and_zone(
    text: str, start: str, end: str | None, named: bool
) -> None:
    """Each form gives one timed slot: the start, the end when written, the zone when named."""
    timed = [s for s in slots_in(text, SENT, NY, month_first=True) if not s.all_day]
    assert timed, text
    slot = timed[0]
    assert slot.start == datetime.fromisoformat(start)
    assert slot.start.utcoffset() == datetime.fromisoformat(start).utcoffset()
    assert (slot.end.isoformat() if slot.end else None) == (
        datetime.fromisoformat(end).isoformat() if end else None
    )
    assert slot.zone_named is named


@pytest.mark.parametrize(
    "text",
    [
        "1 out of 3 candidates make it to the final round.",
        "I am 2h late, sorry; version 1.2.3 is out.",
        "The role pays 120k and the team has 12 people.",
        "Call me at 555-0154 anytime.",
        "See you at 3pm.",  # a time with no day is no meeting on its own
        "We spoke for 45 min about 15 pm issues.",
        "On Monday 7 December the fee is at 11.00 EUR an hour.",
        "",
    ],
)
def test_text_without_a_meeting_time_has_no_timed_slot(text: str) -> None:
    """Numbers that are not a day and a time (counts, versions, durations) give no timed slot."""
    assert [s for s in slots_in(text, SENT, NY) if not s.all_day] == []


def test_numeric_dates_read_month_first_only_for_a_us_reader() -> None:
    """11/03/2026 is November 3 with month_first, March 11 without; 25/11 is always the 25th."""
    us = slots_in("Date: 11/03/2026 at 10:00", SENT, NY, month_first=True)
    eu = slots_in("Date: 11/03/2026 at 10:00", SENT, NY, month_first=False)
    assert us[0].start.date().isoformat() == "2026-11-03"
    assert eu[0].start.date().isoformat() == "2026-03-11"
    either = slots_in("on 25/11 at 10:00", SENT, NY, month_first=True)
    assert either[0].start.date().isoformat() == "2026-11-25"


def test_a_day_without_a_year_is_the_next_one_and_a_weekday_checks_it() -> None:
    """"Tuesday, November 3" is 2026's (a Tuesday); "Wednesday, October 21" is 2027's."""
    (this_year,) = day_mentions("Tuesday, November 3", SENT.date())
    (next_year,) = day_mentions("Wednesday, October 21", SENT.date())
    assert this_year.day.isoformat() == "2026-11-03"
    assert next_year.day.isoformat() == "2027-10-21"
    assert this_year.exact
    assert this_year.weekday_named == 1


def test_a_weekday_alone_is_the_next_one_and_this_means_today() -> None:
    """"Monday" written on a Monday is next week's; "this Monday" is today."""
    (plain,) = day_mentions("Monday works", SENT.date())
    (this,) = day_mentions("this Monday works", SENT.date())
    assert plain.day == SENT.date() + timedelta(days=7)
    assert this.day == SENT.date()
    assert not plain.exact


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Perdona que te escriba un domingo, es que no quería olvidarlo.", False),
        ("Sorry to write on a Sunday, I just wanted to confirm the details.", False),
        ("Entschuldigen Sie, dass ich an einem Sonntag schreibe.", False),
        ("Désolée de vous écrire un dimanche, je voulais vous prévenir.", False),
        ("Sorry dat ik op een zondag mail, ik wilde het je meteen laten weten.", False),
        ("We meet every Monday, but your interview is on Tuesday.", True),
        ("Je vous confirme notre rendez-vous, à mardi !", True),
        ("See you on Sunday at the open day.", True),
        # a street named like a day is a place: "Friday Street", "5 Monday Road"
        ("The interview is at our new office on Friday Street.", False),
        ("Come to 5 Monday Road, reception on the left.", False),
        ("Our Friday Street office, on Friday. Street parking is free.", True),
    ],
)
def test_any_such_weekday_names_no_day(text: str, named: bool) -> None:
    """"un domingo", "a Sunday", "einem Sonntag": no date; "à mardi", "on Sunday" are (u40rs)."""
    days = day_mentions(text, SENT.date())
    assert bool(days) is named, days


def test_portuguese_ordinals_are_not_weekdays() -> None:
    """"segunda entrevista" (the second interview) names no Monday."""
    assert day_mentions("Gostaríamos de marcar a segunda entrevista.", SENT.date()) == []


def test_a_zone_named_anywhere_in_the_mail_places_times_without_one() -> None:
    """A "Time zone:" line sets the zone of every time that names none."""
    slots = slots_in("Thursday, November 5 at 9:00\n\nTime zone: Europe/Berlin", SENT, NY)
    assert slots[0].start.tzinfo == BERLIN
    assert slots[0].zone_named
    assert mail_zone("Zeitzone: Europe/Berlin") == BERLIN
    assert mail_zone("no zone here") is None


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [(" EST", -5), (" PDT", -7), (" (GMT+2)", 2), (" UTC\u221203:00", -3), (" MEZ", 1)],
)
def test_zones_after_a_time(text: str, offset_hours: int) -> None:
    """Abbreviations, offsets (a hyphen or a minus sign) and German names are zones."""
    zone, end = zone_after(text, 0)
    assert zone is not None
    assert end > 0
    winter = datetime(2026, 12, 1, 12)
    summer = datetime(2026, 7, 1, 12)
    moment = summer if text.strip() == "PDT" else winter
    assert moment.replace(tzinfo=zone).utcoffset() == timedelta(hours=offset_hours)


def test_lower_case_et_is_french_not_eastern_time() -> None:
    """"et" after a time is the French "and", never Eastern Time; "ET" is."""
    assert zone_after(" et demain", 0) == (None, 0)
    zone, _ = zone_after(" ET", 0)
    assert zone == ZoneInfo("America/New_York")


def test_an_offset_beyond_any_zone_is_not_a_zone() -> None:
    """"GMT+25" is no zone: the time keeps the mail's or the candidate's zone."""
    assert zone_after(" GMT+25", 0) == (None, 0)


def test_times_in_a_text_come_with_their_ranges() -> None:
    """Every time of a schedule is found, each with the end written after it."""
    found = time_mentions("10:00 AM - 11:00 AM  Coding\n11:00 AM - 12:00 PM  Design\n1pm Lunch")
    assert [(t.at.hour, t.until.hour if t.until else None) for t in found] == [
        (10, 11),
        (11, 12),
        (13, None),
    ]


def test_a_fixed_offset_zone_stays_as_written() -> None:
    """A time with a plain offset keeps exactly that offset."""
    (slot,) = [s for s in slots_in("Mon 2 Nov at 9:00 GMT+1", SENT, NY) if not s.all_day]
    assert slot.start.tzinfo == timezone(timedelta(hours=1))


@given(st.text(max_size=300))
def test_slots_never_raise(text: str) -> None:
    """Any text at all gives a list of slots, never an exception."""
    for slot in slots_in(text, SENT, NY, month_first=True):
        assert slot.start.tzinfo is not None


@given(st.text(alphabet="0123456789:.-/ apmAPMhuUhrTuesdayNov,", max_size=80))
def test_slots_never_raise_on_digit_soup(text: str) -> None:
    """Text made of the characters times are written with never raises either."""
    slots_in(text, SENT, BERLIN, month_first=False)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Guten Morgen Herr Lee, verschieben wir auf übermorgen", [28]),
        ("heute Morgen hat sie angerufen", [26]),
        ("Te llamo mañana para contarte", [27]),
        ("Esta mañana hablé con el equipo", []),
        ("Nos vemos mañana por la mañana", [27]),
    ],
)
def test_a_morning_is_no_day_and_the_day_after_tomorrow_is_one(text: str, days: list[int]) -> None:
    """"Guten Morgen", "esta mañana" name a morning; "übermorgen", "mañana" name days."""
    base = SENT.date()  # Monday 26 October
    assert [m.day.day for m in day_mentions(text, base)] == days
