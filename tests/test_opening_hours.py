"""Opening hours name weekdays, never a day: no promise, no end of an absence (w6fr)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.absences import return_date
from silence_watch.core.dates import promised_date

#: Tuesday, June 8, 2027, evening: Friday is the 11th, Monday the 14th.
SENT = datetime(2027, 6, 8, 19, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Wir melden uns bei Ihnen; erreichbar sind wir Mo bis Freitag von 9 bis 17 Uhr.",
        "We'll be in touch. Our desk is staffed Monday to Friday, 9am-5pm.",
        "Nous reviendrons vers vous, du lundi au vendredi de 9h à 17h.",
        "Le responderemos de lunes a viernes de 9 a 14 h.",
        "We nemen contact met u op, van maandag tot en met vrijdag van 9.00 tot 17.00 uur.",
        # the hours before the days, or a day number after the last day
        "Thanks for your message. Our office hours are from 9-5, Monday to Friday.",
        "Unsere Bürozeiten: Montag bis Freitag, 9 bis 17 Uhr.",
        "Wij zijn bereikbaar van maandag tot en met vrijdag, 9-17 uur.",
        "Horario de atención (de 8 a 15 h): de lunes a viernes.",
    ],
)
def test_opening_hours_are_no_day(text: str) -> None:
    """A week's working days with their hours are neither a promise nor an absence's end."""
    assert promised_date(text, SENT) is None
    assert return_date(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("I'm out of the office until Friday and back on Monday at 9am.", date(2027, 6, 14)),
        ("Abwesend bis Montag, 14.6., ab 9 Uhr wieder erreichbar.", date(2027, 6, 14)),
        ("I am away from Monday to Friday.", date(2027, 6, 11)),
        ("I am away from Monday to Friday 11 June.", date(2027, 6, 11)),
        ("Ich bin von Montag bis Freitag, 11.6., nicht im Büro.", date(2027, 6, 11)),
        ("Je suis absente du lundi au vendredi 11 juin inclus.", date(2027, 6, 11)),
    ],
)
def test_an_absence_with_an_hour_still_ends_on_its_day(text: str, back: date) -> None:
    """One day with its hour, or a range of days with no hours, is still the absence's end."""
    assert return_date(text, SENT) == back


def test_a_promise_with_an_hour_is_still_its_day() -> None:
    """"by Friday, 5pm" names Friday: one hour, not a week's opening hours."""
    assert promised_date("We'll get back to you by Friday, 5pm.", SENT) == date(2027, 6, 11)
