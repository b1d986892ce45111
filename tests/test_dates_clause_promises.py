"""Two promise words in two clauses of one sentence: each clause keeps its own day."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date

PST = timezone(timedelta(hours=-8))
#: A Tuesday.
SENT = datetime(2026, 11, 10, 11, 0, tzinfo=PST)

TWO_CLAUSES = [
    pytest.param("Our hiring panel reviews the shortlist this week; you'll have our decision by"
                 " 20 November.", "en", id="en"),
    pytest.param("Die Auswahlrunde tagt diese Woche; eine Entscheidung erhalten Sie bis zum"
                 " 20. November.", "de", id="de"),
    pytest.param("Le jury de sélection délibère cette semaine ; vous aurez notre décision d'ici"
                 " le 20 novembre.", "fr", id="fr"),
    pytest.param("La comisión de selección se reúne esta semana; tendrás nuestra decisión antes"
                 " del 20 de noviembre.", "es", id="es"),
    pytest.param("De selectiecommissie komt deze week samen; uiterlijk 20 november krijg je ons"
                 " besluit.", "nl", id="nl"),
]


@pytest.mark.parametrize(("text", "language"), TWO_CLAUSES)
def test_the_answers_clause_gives_the_day(text: str, language: str) -> None:
    """The committee's week is not the promise; the answer's day after the semicolon is."""
    assert promised_date(text, SENT, frozenset(), language) == date(2026, 11, 20)


def test_one_clause_keeps_the_day_nearest_its_promise() -> None:
    """Without a semicolon, a second day further on (a slot) does not replace the promise."""
    text = "We'll get back to you on Friday about moving the Monday 23rd panel."
    assert promised_date(text, SENT, frozenset(), "en") == date(2026, 11, 13)


def test_a_past_day_in_the_other_clause_is_no_promise() -> None:
    """A day already gone in one clause leaves the promise to the other clause's day."""
    text = "The panel met on 2 November; our decision follows by Friday."
    assert promised_date(text, SENT, frozenset(), "en") == date(2026, 11, 13)


WAITS_FOR_AN_EVENT = [
    pytest.param("Our architects go through your design doc this week and, as soon as we have"
                 " their notes, I'll write to you.", "en", id="en-as-soon-as"),
    pytest.param("The panel looks at it on Friday; once we have their scores we'll be in touch.",
                 "en", id="en-once"),
    pytest.param("Das Team prüft die Aufgabe diese Woche, sobald wir eine Einschätzung haben,"
                 " melde ich mich.", "de", id="de"),
    pytest.param("L'équipe regarde votre étude de cas cette semaine et dès que nous avons un"
                 " avis, je vous écris.", "fr", id="fr"),
    pytest.param("El equipo revisa tu caso esta semana y, en cuanto tengamos una opinión, te"
                 " escribo.", "es", id="es"),
    pytest.param("Het team bekijkt je case deze week en zodra we een mening hebben, laat ik het"
                 " je weten.", "nl", id="nl"),
]


@pytest.mark.parametrize(("text", "language"), WAITS_FOR_AN_EVENT)
def test_a_promise_that_waits_for_an_event_takes_no_earlier_day(text: str, language: str) -> None:
    """The day before "as soon as ..." is when the review happens, not when she hears."""
    assert promised_date(text, SENT, frozenset(), language) is None


def test_a_promise_that_waits_for_a_dated_decision_takes_its_day() -> None:
    """"As soon as I have the decision", the decision's day said before: that day."""
    text = ("The director has committed to decide on Friday and I'll ring you once I have the"
            " decision.")
    assert promised_date(text, SENT, frozenset(), "en") == date(2026, 11, 13)


def test_once_more_is_no_event() -> None:
    """"Once more" is a repetition: the promise keeps the day before it."""
    text = "By Friday, once more, I'll get back to you with our answer."
    assert promised_date(text, SENT, frozenset(), "en") == date(2026, 11, 13)
