"""A dotted pair that is a time of day is no date: "10.00 - 11.15 uur" (tester round u39dup).

The en dash of the mail is written ``\u2013`` here; a hyphen works the same.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.datephrases import dates_in
from silence_watch.core.dates import promised_date, reading_context
from silence_watch.core.dotted_times import is_clock_time
from silence_watch.core.language import fold

CET = timezone(timedelta(hours=1))
THU_OCT_29 = datetime(2026, 10, 29, 9, 12, tzinfo=CET)


def days_in(text: str) -> list[date]:
    """Every day ``text`` names, as the reader resolves it on Thursday 29 October."""
    folded = fold(text)
    context = reading_context(folded, THU_OCT_29, frozenset(), None)
    return [found.day for found in dates_in(folded, context) if found.day is not None]


TIMES = [
    pytest.param("Vrijdag 6 november, 10.45 \u2013 11.15 uur, op kantoor", id="nl-range-uur"),
    pytest.param("Dinsdag 10 november van 9.00 tot 10.12 uur", id="nl-van-tot"),
    pytest.param("we zien je om 11.15u bij de receptie", id="nl-u-attached"),
    pytest.param("Termin: Montag, 9. November, 10.00 \u2013 11.12 Uhr (MEZ)", id="de-range-uhr"),
    pytest.param("Ihr Gespräch ist am Montag um 11.12 Uhr", id="de-um-uhr"),
    pytest.param("Gesprächsdauer: 10:00 bis 11.12", id="de-colon-start-bis"),
    pytest.param("Entretien lundi 9 novembre, 10h00 - 11.12", id="fr-h-start-dotted-end"),
    pytest.param("Entretien lundi 9 novembre de 10.00 à 11.12 h", id="fr-dotted-h"),
    pytest.param("Entrevista el lunes 9 de noviembre, de 10.00 a 11.12 h", id="es-de-a-h"),
    pytest.param("Panel on Monday 9 November, 10.00 - 11.12am", id="en-dotted-am"),
    pytest.param("Call: 10.30 \u2013 11.12", id="en-start-cannot-be-a-date"),
]


@pytest.mark.parametrize("text", TIMES)
def test_a_time_is_no_day(text: str) -> None:
    """The end of a time range, or a pair with "uur"/"Uhr"/"h" after it, names no day."""
    assert all(day.month != 12 and day.day not in (12, 15) for day in days_in(text)), text


DATES = [
    pytest.param("Rückmeldung bis 11.12.", date(2026, 12, 11), id="de-closing-dot"),
    pytest.param("Gespräch 10.00 \u2013 11.15 Uhr, Rückmeldung bis 11.12.", date(2026, 12, 11),
                 id="de-a-date-after-a-time-range"),
    pytest.param("Afspraak 13.30 \u2013 14.15 uur; uiterlijk 11.12 hoor je van ons",
                 date(2026, 12, 11), id="nl-a-date-after-a-time-range"),
    pytest.param("Urlaub vom 10.11. \u2013 11.12.", date(2026, 12, 11), id="de-a-range-of-dates"),
    pytest.param("verlof 10.11 \u2013 11.12", date(2026, 12, 11), id="nl-start-may-be-a-date"),
    pytest.param("wir melden uns bis 11.12 bei Ihnen", date(2026, 12, 11), id="de-no-unit"),
]


@pytest.mark.parametrize(("text", "day"), DATES)
def test_a_date_stays_a_date(text: str, day: date) -> None:
    """With its closing dot, in a range of dates, or with no unit and no time before it."""
    assert day in days_in(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("Ihr Termin: Mittwoch, 4. November, 10.00 \u2013 11.15 Uhr. Eine Rückmeldung"
                     " erhalten Sie bis 11.12.", date(2026, 12, 11), id="de"),
        pytest.param("Wij laten u uiterlijk 11.12 weten hoe het verder gaat.",
                     date(2026, 12, 11), id="nl"),
        pytest.param("Nous reviendrons vers vous rapidement. Entretien : mercredi 4 novembre,"
                     " 10h00 \u2013 11h15.", None, id="fr-h-never-a-date"),
    ],
)
def test_the_promise_beside_a_time_range_is_kept(text: str, day: date | None) -> None:
    """A promised day after the interview's time range is still the day they promised."""
    assert promised_date(text, THU_OCT_29) == day


def test_the_rule_looks_only_beside_the_pair() -> None:
    """A unit right after, or a time and a range word right before; nothing further away."""
    text = "om 10 uur is het gesprek; bis 11.15 hoor je meer"
    start = text.index("11.15")
    assert not is_clock_time(text, start, start + 5)
    ranged = "10 uur - 11.15"
    assert is_clock_time(ranged, ranged.index("11.15"), len(ranged))
