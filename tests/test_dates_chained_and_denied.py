"""Promised days from probe round p52: a day leaning on another, a promise they cannot make.

"The week after" a day said before, a span "thereafter", "Freitag, den 18.12.", "heute
noch eine Antwort", "I can't promise a decision by Friday" (no promise), and an
out-of-office's range of days with no "from".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.absences import Phrasing, absence
from silence_watch.core.dates import promised_date

CET = timezone(timedelta(hours=1))
#: A Monday morning in Cologne.
MONDAY = datetime(2026, 11, 9, 10, 0, tzinfo=CET)

PROMISES = [
    # a weekday, "den" and a numeric date: that date, not the next Friday
    ("Wir melden uns spätestens am Freitag, den 20.11., bei Ihnen.", "de", date(2026, 11, 20)),
    ("Wir melden uns bis Freitag, den 20.11.2026.", "de", date(2026, 11, 20)),
    ("Nous reviendrons vers vous le vendredi, le 20/11.", "fr", date(2026, 11, 20)),
    ("Te respondemos el viernes, el 20/11.", "es", date(2026, 11, 20)),
    # a dotted date with its year at the end of the sentence
    ("Wir melden uns bis 20.11.2026.", "de", date(2026, 11, 20)),
    ("U hoort uiterlijk 20.11.2026.", "nl", date(2026, 11, 20)),
    # the week after a day said before: the Friday of the next week
    ("The panel meets on Thursday, November 19, and we'll get back to you the week after.",
     "en", date(2026, 11, 27)),
    ("The panel meets on Thursday, November 19; you'll hear from us the following week.",
     "en", date(2026, 11, 27)),
    ("Die Jury tagt am 19.11., eine Entscheidung teilen wir Ihnen in der Woche danach mit.",
     "de", date(2026, 11, 27)),
    ("Le jury se réunit le 19 novembre et nous reviendrons vers vous la semaine suivante.",
     "fr", date(2026, 11, 27)),
    ("El comité se reúne el 19 de noviembre y te escribiremos la semana siguiente.", "es",
     date(2026, 11, 27)),
    ("Het panel komt op 19 november bijeen en we laten je de week erna weten hoe het zit.",
     "nl", date(2026, 11, 27)),
    # a day on a Saturday: the week after is still the next Monday's week
    ("The board sits on Saturday 21 November and we'll let you know the week after.", "en",
     date(2026, 11, 27)),
    # a span "thereafter": counted from the day said before it
    (("Interviews run until Friday 20 November and we will confirm the outcome within five "
     "working days thereafter."), "en", date(2026, 11, 27)),
    (("Die Gespräche laufen bis Freitag, 20.11., wir melden uns innerhalb von fünf Werktagen "
     "danach."), "de", date(2026, 11, 27)),
    (("Les entretiens se terminent le vendredi 20 novembre et nous vous répondrons dans les "
     "cinq jours ouvrés suivants."), "fr", date(2026, 11, 27)),
    (("Las entrevistas terminan el viernes 20 de noviembre y te responderemos en los cinco "
     "días hábiles siguientes."), "es", date(2026, 11, 27)),
    (("De gesprekken lopen tot vrijdag 20 november en we laten je binnen vijf werkdagen daarna "
     "weten hoe het zit."), "nl", date(2026, 11, 27)),
    ("The committee meets on 16 November and you'll hear from us two weeks after that.",
     "en", date(2026, 11, 30)),
    # still today, right before the word of their answer: that day
    ("Du bekommst heute noch eine Antwort von mir.", "de", date(2026, 11, 9)),
    ("Heute noch gebe ich Ihnen Bescheid.", "de", date(2026, 11, 9)),
    ("Noch heute erhalten Sie unsere Rückmeldung.", "de", date(2026, 11, 9)),
    ("Vandaag nog hoor je van ons.", "nl", date(2026, 11, 9)),
    ("Aujourd'hui même je vous réponds.", "fr", date(2026, 11, 9)),
    ("Hoy mismo te respondo.", "es", date(2026, 11, 9)),
    ("Vandaag nog laat ik je weten of je door bent.", "nl", date(2026, 11, 9)),
    # a promise they cannot make, then one they make after a "but": the later one stands
    ("I can't promise anything, but you'll hear from me by Friday.", "en", date(2026, 11, 13)),
    ("Je ne peux rien promettre, mais je vous réponds d'ici vendredi.", "fr",
     date(2026, 11, 13)),
    ("Ich kann nichts versprechen, melde mich aber bis Freitag.", "de", date(2026, 11, 13)),
    ("I can't promise it will be good news, I'll let you know by Friday.", "en",
     date(2026, 11, 13)),
    ("Ich kann Ihnen nichts versprechen, wir melden uns bis Freitag.", "de", date(2026, 11, 13)),
    ("No te puedo prometer nada, te escribo el viernes.", "es", date(2026, 11, 13)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES,
                         ids=[p[0][:60] for p in PROMISES])  # fmt: skip
def test_the_promised_day(text: str, language: str, expected: date) -> None:
    """Each wording gives the day its writer means."""
    assert promised_date(text, MONDAY, frozenset(), language) == expected


NOT_PROMISED = [
    # a day they say they cannot promise
    ("I'm afraid I can't promise a decision by Friday.", "en"),
    ("We cannot guarantee an answer before the 20th.", "en"),
    ("Eine Entscheidung bis Freitag kann ich Ihnen leider nicht zusagen.", "de"),
    ("Je ne peux pas vous promettre de réponse avant vendredi.", "fr"),
    ("No te puedo prometer una respuesta antes del viernes.", "es"),
    ("Ik kan niet beloven dat we vrijdag een besluit hebben, we laten het je weten.", "nl"),
    # today is when the work goes to the team, not their answer (scenario u12th)
    ("¡Recibida! Gracias Lucía, hoy mismo se la paso al equipo técnico.", "es"),
    ("I'll speak to the team later today and get back to you.", "en"),
    ("Vandaag nog laat ik het team ernaar kijken.", "nl"),
    # "the following week" with no day said before it: no day to count from
    ("We'll get back to you the following week.", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_PROMISED, ids=[n[0][:60] for n in NOT_PROMISED])
def test_no_promised_day(text: str, language: str) -> None:
    """A denied promise, or "today" for something else, gives no day."""
    assert promised_date(text, MONDAY, frozenset(), language) is None


def test_a_span_with_no_word_back_counts_from_the_mail() -> None:
    """"Within five working days" with no "thereafter" counts from the day it was written."""
    text = "Interviews run until Friday 20 November and we will answer within five working days."
    assert promised_date(text, MONDAY, frozenset(), "en") == date(2026, 11, 16)


def test_heute_noch_before_another_task_keeps_the_later_promise() -> None:
    """"Heute noch spreche ich mit dem Team": today is the talk, next week the answer."""
    text = "Heute noch spreche ich mit dem Team und melde mich dann nächste Woche."
    assert promised_date(text, MONDAY, frozenset(), "de") == date(2026, 11, 20)


def test_a_bare_friday_is_still_the_next_one() -> None:
    """Near-miss: "bis Freitag" with no date after it is the coming Friday."""
    assert promised_date("Wir melden uns bis Freitag.", MONDAY, frozenset(), "de") == date(
        2026, 11, 13
    )


RANGES = [
    ("I'm on leave 23-27 November with limited access to email.", "en"),
    ("I'm out of the office Monday 23 November to Friday 27 November.", "en"),
    ("Ich bin 23.-27. November im Urlaub.", "de"),
    ("Je suis absente 23-27 novembre, sans accès à mes mails.", "fr"),
    ("Estoy de vacaciones 23-27 de noviembre.", "es"),
    ("Ik ben afwezig 23 - 27 november.", "nl"),
    ("I'm on vacation Nov 23 - Nov 27 with no access to email.", "en"),
]


@pytest.mark.parametrize(("text", "language"), RANGES, ids=[r[0][:50] for r in RANGES])
def test_a_range_of_days_with_no_from_ends_on_its_last_day(text: str, language: str) -> None:
    """"On leave 23-27 November": away through the 27th."""
    found = absence(text, MONDAY, language)
    assert found is not None
    assert (found.stated, found.phrasing) == (date(2026, 11, 27), Phrasing.UNTIL)


@pytest.mark.parametrize(
    "text",
    ["Our office hours are 9-5, Monday to Friday.", "I'm in meetings from 9 to 5 today."],
)
def test_hours_are_no_range_of_days(text: str) -> None:
    """Near-miss: a working day's hours name no end of an absence."""
    assert absence(text, MONDAY, "en") is None
