"""Promised days in forms the date table stopped short of (probe-dates5), read as written.

A day of the month with "au plus tard" or "como tarde" after it, the start of a week by its
number ("Anfang KW 2"), a dashed date with a one-digit day ("uiterlijk 4-01"), "no later
than Wed", "de volgende dag" after a meeting's day, "het einde van het jaar", a time of day
between the day and "te confirmo" ("a última hora"), "heb je antwoord", a bound set off
after the day ("morgen, voor de kerstdagen"), a second promise in its own clause ("am
Freitag ruf ich Sie an"); and the near-misses: her deadline, her pronoun, one day said twice.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent

CET = timezone(timedelta(hours=1))
PST = timezone(timedelta(hours=-8))
ART = timezone(timedelta(hours=-3))
#: Tuesday 8 December 2026, mid-morning in Paris.
TUESDAY = datetime(2026, 12, 8, 9, 45, tzinfo=CET)

PROMISES = [
    # a day of the month with the words of a deadline after it: that day
    ("Vous aurez notre retour le 17 au plus tard.", "fr", date(2026, 12, 17)),
    ("Je vous recontacte le 4, dernier délai.", "fr", date(2027, 1, 4)),
    ("Te escribo el 16 a más tardar con la decisión.", "es", date(2026, 12, 16)),
    # "la tendrá": their answer ("la respuesta"), not time she is given
    ("La decisión final la tendrás el 18 como muy tarde.", "es", date(2026, 12, 18)),
    # the start or the middle of a week by its number: its Wednesday
    ("Eine Entscheidung teilen wir Ihnen Mitte KW 51 mit.", "de", date(2026, 12, 16)),
    ("We verwachten je begin week 3 uitsluitsel te geven.", "nl", date(2027, 1, 20)),
    ("Nous reviendrons vers vous début de la semaine 2.", "fr", date(2027, 1, 13)),
    # a dashed date with a one-digit day after a word of deadline
    ("Je hoort uiterlijk 4-01 van ons.", "nl", date(2027, 1, 4)),
    ("Wij laten het je t/m 9-12 weten.", "nl", date(2026, 12, 9)),
    # a short weekday after "no later than"
    ("We'll have an answer to you no later than Fri.", "en", date(2026, 12, 11)),
    # "the next day" after a meeting's day, in Dutch, German, French and Spanish
    ("De commissie beslist op donderdag 10 december; de volgende dag bel ik je.", "nl",
     date(2026, 12, 11)),
    ("Die Runde tagt am 14.12., am Tag darauf melden wir uns.", "de", date(2026, 12, 15)),
    # the end of the year, in Dutch
    ("Vóór het einde van dit jaar ontvang je van ons een beslissing.", "nl",
     date(2026, 12, 31)),
    # a time of that day between the day and "te confirmo"
    ("El jueves al final del día te confirmo si pasás a la entrevista final.", "es",
     date(2026, 12, 10)),
    # "heb je antwoord": theirs
    ("Vrijdag heb je ons antwoord.", "nl", date(2026, 12, 11)),
    # a bound set off after the day: the day
    ("Tomorrow, before the holidays, we will let you know.", "en", date(2026, 12, 9)),
    ("Donnerstag, noch vor den Feiertagen, melde ich mich bei Ihnen.", "de",
     date(2026, 12, 10)),
    # a second promise in its own clause: the call's day
    ("Der Ausschuss entscheidet am Mittwoch, am Freitag ruf ich Sie an.", "de",
     date(2026, 12, 11)),
    # the day, then the promise's verb (stop 44)
    ("Vamos con retraso, pero el 17 te llamo y lo hablamos.", "es", date(2026, 12, 17)),
    ("Le 16 je vous recontacte, promis.", "fr", date(2026, 12, 16)),
    # a tag question after the promise
    ("Mitte nächster Woche melde ich mich, passt dir das?", "de", date(2026, 12, 16)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day_is_read(text: str, language: str, expected: date) -> None:
    """Each form gives the day its plain form does."""
    assert promised_date(text, TUESDAY, language=language) == expected


NOT_PROMISES = [
    # her deadline, not their answer
    ("Bitte schicken Sie uns Ihre Unterlagen bis spätestens 4-01.", "de"),
    ("Tienes tiempo hasta el 15 como muy tarde para mandar la prueba.", "es"),
    # "heb je antwoord nodig": her need
    ("Wanneer heb je antwoord nodig van ons", "nl"),
    # a week's number with a part of it, but no promise
    ("Anfang KW 2 bin ich im Urlaub.", "de"),
    # a day, then what she does on it
    ("El 17 tienes la entrevista con dirección.", "es"),
]


@pytest.mark.parametrize(("text", "language"), NOT_PROMISES)
def test_no_promised_day(text: str, language: str) -> None:
    """Her deadline, her need, a week with no promise: no day."""
    assert promised_date(text, TUESDAY, language=language) is None


def test_one_day_said_twice_is_that_day() -> None:
    """"By COB Thursday next week" names one day: Thursday, not next week's Friday as well."""
    thursday_evening = datetime(2026, 12, 10, 18, 30, tzinfo=PST)
    text = "I'll come back to you by COB Thursday next week with our decision."
    assert promised_date(text, thursday_evening, language="en") == date(2026, 12, 17)


def test_a_start_date_before_the_promise_is_not_its_day() -> None:
    """A day before the first promised one is no second promise."""
    text = "The start date would be 4 January and we'll confirm by Friday whether it's a go."
    assert promised_date(text, TUESDAY, language="en") == date(2026, 12, 11)


def test_the_senders_evening_keeps_their_day() -> None:
    """22:40 in Buenos Aires is already Wednesday in UTC: "mañana" is their Wednesday."""
    late = datetime(2026, 12, 8, 22, 40, tzinfo=ART)
    text = "Perdón la hora. Mañana a última hora te confirmo cómo seguimos."
    assert promised_date(text, late, language="es") == date(2026, 12, 9)


AIMED_REPLIES = [
    "We endeavour to reply to every applicant within ten working days.",
    "Wir bemühen uns, Ihnen binnen zwei Wochen eine Rückmeldung zu geben.",
    "Nous nous engageons à vous répondre dans un délai de huit jours.",
    "Nos comprometemos a darte una respuesta en menos de una semana.",
    "We streven er naar om je binnen vijf werkdagen te antwoorden.",
]


@pytest.mark.parametrize("text", AIMED_REPLIES)
def test_a_reply_they_aim_to_send_is_a_promise(text: str) -> None:
    """An ATS's aim to answer within a time is their promise, not a pause."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT


def test_their_aimed_reply_keeps_its_day() -> None:
    """"Binnen 3 werkdagen" from a Tuesday is the Friday."""
    text = "Wij streven ernaar u binnen 3 werkdagen een antwoord te geven."
    assert promised_date(text, TUESDAY, language="nl") == date(2026, 12, 11)


def test_her_aim_is_not_theirs() -> None:
    """"Please aim to send it by Friday" asks her: no promise of theirs."""
    found = intent_of("Please aim to send the signed form back to us by Friday.")
    assert found is None or found[0] is not Intent.ACKNOWLEDGEMENT
