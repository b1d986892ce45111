""""Next month" is no Monday; the weekend and the end of next week in five languages."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date

BRT = timezone(timedelta(hours=-3))
#: A Tuesday.
SENT = datetime(2026, 11, 10, 9, 0, tzinfo=BRT)

CASES = [
    # "next mon" and "this mon" stood inside "next month" and "this month"
    pytest.param("Our committee gets back to you next month.", "en", date(2026, 12, 31),
                 id="en-next-month"),
    pytest.param("You'll hear from us early next month.", "en", date(2026, 12, 31),
                 id="en-early-next-month"),
    pytest.param("We'll get back to you this month.", "en", date(2026, 11, 30),
                 id="en-this-month"),
    pytest.param("Wir melden uns nächsten Monat.", "de", date(2026, 12, 31), id="de-next-month"),
    pytest.param("We'll revert next Mon.", "en", date(2026, 11, 16), id="en-next-mon-still"),
    pytest.param("Answer from us this Thurs.", "en", date(2026, 11, 12), id="en-this-thurs-still"),
    # by the weekend: this week's Friday
    pytest.param("Fingers crossed we'll have news for you by the weekend.", "en",
                 date(2026, 11, 13), id="en-by-the-weekend"),
    pytest.param("Ich melde mich bis zum Wochenende.", "de", date(2026, 11, 13),
                 id="de-bis-zum-wochenende"),
    pytest.param("Je reviens vers toi d'ici le week-end.", "fr", date(2026, 11, 13),
                 id="fr-d-ici-le-week-end"),
    pytest.param("Tegen het weekend laat ik het je weten.", "nl", date(2026, 11, 13),
                 id="nl-tegen-het-weekend"),
    # "en fin de semaine prochaine" is next week's end, not this week's
    pytest.param("Je te tiens au courant en fin de semaine prochaine.", "fr", date(2026, 11, 20),
                 id="fr-fin-de-semaine-prochaine"),
    pytest.param("Je vous tiens au courant en fin de semaine.", "fr", date(2026, 11, 13),
                 id="fr-fin-de-semaine"),
]


@pytest.mark.parametrize(("text", "language", "day"), CASES)
def test_week_and_month_words(text: str, language: str, day: date) -> None:
    """Each phrase resolves as the corpus README's table says."""
    assert promised_date(text, SENT, frozenset(), language) == day


def test_a_weekend_plan_is_no_promise() -> None:
    """A weekend spoken of without a promise to answer gives no day."""
    text = "Enjoy the weekend, and good luck with the move by the weekend!"
    assert promised_date(text, SENT, frozenset(), "en") is None
