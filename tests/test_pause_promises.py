"""A pause's end and the day they promise news by are two days, each kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.pause_promises import pause_days

CET = timezone(timedelta(hours=1))
#: A Thursday.
SENT = datetime(2026, 12, 3, 9, 30, tzinfo=CET)

BOTH = [
    pytest.param(
        "Head office froze recruitment until February. I'll send you a note by 15 January"
        " whatever happens.", "en", date(2027, 1, 15), date(2027, 2, 10), id="en",
    ),
    pytest.param(
        "Die Stelle ruht bis Februar. Ich melde mich spätestens am 15. Januar bei Ihnen.",
        "de", date(2027, 1, 15), date(2027, 2, 10), id="de",
    ),
    pytest.param(
        "Le recrutement est suspendu jusqu'en février. Je vous écris d'ici le 15 janvier"
        " pour vous dire comment nous reprenons.", "fr", date(2027, 1, 15), date(2027, 2, 10),
        id="fr-how-it-resumes-is-theirs-to-tell",
    ),
    pytest.param(
        "El proceso queda congelado hasta febrero. Te escribo antes del 15 de enero.",
        "es", date(2027, 1, 15), date(2027, 2, 10), id="es",
    ),
    pytest.param(
        "De vacature staat stil tot februari. Uiterlijk 15 januari laat ik je iets weten.",
        "nl", date(2027, 1, 15), date(2027, 2, 10), id="nl",
    ),
    pytest.param(
        "Everything is on ice until 1 February. I'll update you by 15 January, hopefully"
        " earlier.", "en", date(2027, 1, 15), date(2027, 2, 1), id="a-hedge-is-no-end",
    ),
]


@pytest.mark.parametrize(("text", "language", "told", "ends"), BOTH)
def test_a_pause_with_its_end_keeps_the_promise_of_news_apart(
    text: str, language: str, told: date, ends: date,
) -> None:
    """The promise of news is promised_by; the pause's own end stays revisit_by."""
    assert pause_days(text, SENT, frozenset(), language) == (told, ends)


ONE_DAY = [
    pytest.param(
        "We've paused the search for now; I'll get back to you by Friday either way.",
        "en", date(2026, 12, 4), id="no-end-of-its-own-waits-for-the-promise",
    ),
    pytest.param(
        "Recruitment is frozen until 15 January, when I'll be in touch again.",
        "en", date(2027, 1, 15), id="the-promise-is-the-end",
    ),
    pytest.param(
        "Wir pausieren bis Februar und melden uns, wenn es weitergeht.",
        "de", date(2027, 2, 10), id="a-promise-without-a-day",
    ),
    pytest.param(
        "La procédure est gelée jusqu'en février ; nous en avions parlé le 20 novembre.",
        "fr", date(2027, 2, 10), id="a-past-day-is-no-promise",
    ),
]


@pytest.mark.parametrize(("text", "language", "ends"), ONE_DAY)
def test_a_pause_with_one_day_waits_for_it_and_promises_nothing_more(
    text: str, language: str, ends: date,
) -> None:
    """Without a separate dated promise of news, promised_by stays empty."""
    assert pause_days(text, SENT, frozenset(), language) == (None, ends)


BEFORE = [
    pytest.param("We'll have the board's answer for you before 15 January.", "en",
                 date(2027, 1, 15), id="en"),
    pytest.param("Vor Mittwoch melde ich mich, keine Sorge.", "de", date(2026, 12, 9),
                 id="de-a-negation-in-another-clause"),
    pytest.param("Je vous réponds avant le 15 janvier.", "fr", date(2027, 1, 15), id="fr"),
    pytest.param("No te preocupes: te escribo antes del miércoles.", "es", date(2026, 12, 9),
                 id="es-no-in-another-clause"),
    pytest.param("Ik laat het je voor woensdag weten.", "nl", date(2026, 12, 9), id="nl"),
]


@pytest.mark.parametrize(("text", "language", "day"), BEFORE)
def test_before_a_day_without_a_negation_is_a_deadline(
    text: str, language: str, day: date,
) -> None:
    """"Before X" with nothing denied stays a promise by X."""
    assert promised_date(text, SENT, frozenset(), language) == day


def test_a_pause_never_ends_the_day_it_starts() -> None:
    """"Frozen from today" is when the pause starts: no day to look in again."""
    text = ("Plutôt que de te laisser sans nouvelles : on gèle les embauches à partir"
            " d'aujourd'hui. Aucune date de reprise pour l'instant.")
    assert pause_days(text, SENT, frozenset(), "fr") == (None, None)


NOT_BEFORE = [
    pytest.param("Sorry, but you won't get an answer from the board before 15 January.", "en",
                 id="en"),
    pytest.param("Honnêtement, je ne pourrai rien vous dire avant le 15 janvier.", "fr", id="fr"),
]


@pytest.mark.parametrize(("text", "language"), NOT_BEFORE)
def test_no_answer_before_a_day_waits_for_that_day(text: str, language: str) -> None:
    """"No answer before X" holds the wait until X (scenario t38vd): X is the day to expect."""
    assert promised_date(text, SENT, frozenset(), language) == date(2027, 1, 15)
