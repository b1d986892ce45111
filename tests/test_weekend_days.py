""""After the weekend" is the Monday after it, in five languages; near-misses give nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date

NZT = timezone(timedelta(hours=13))
#: A Wednesday and a Sunday.
WEDNESDAY = datetime(2026, 12, 2, 16, 0, tzinfo=NZT)
SUNDAY = datetime(2026, 12, 6, 20, 0, tzinfo=NZT)

AFTER = [
    pytest.param("Let me chase the panel and I'll get back to you after the weekend.", "en",
                 id="en"),
    pytest.param("Nach dem Wochenende melde ich mich mit einer Entscheidung.", "de", id="de"),
    pytest.param("Je te fais un retour après le week-end.", "fr", id="fr"),
    pytest.param("Tras el fin de semana te contesto con lo que decida el comité.", "es",
                 id="es"),
    pytest.param("Na het weekend laat ik je weten hoe het verder gaat.", "nl", id="nl"),
]


@pytest.mark.parametrize(("text", "language"), AFTER)
def test_after_the_weekend_is_the_monday_after_it(text: str, language: str) -> None:
    """Written midweek, the Monday after the coming weekend."""
    assert promised_date(text, WEDNESDAY, frozenset(), language) == date(2026, 12, 7)


@pytest.mark.parametrize(("text", "language"), AFTER)
def test_after_the_weekend_written_on_a_sunday_is_the_next_day(text: str, language: str) -> None:
    """Written during the weekend, the Monday that ends it."""
    assert promised_date(text, SUNDAY, frozenset(), language) == date(2026, 12, 7)


def test_month_end_as_one_word_is_the_last_day() -> None:
    """"By month-end" and "by month end" are the month's last day."""
    for text in ("Answer by month-end, promise.", "We'll revert by month end."):
        assert promised_date(text, WEDNESDAY, frozenset(), "en") == date(2026, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We talked it over during the weekend and will get back to you.",
                     id="a-weekend-gone-by"),
        pytest.param("Have a lovely weekend!", id="no-promise"),
        pytest.param("Please send the signed form after the weekend.", id="her-task"),
    ],
)
def test_a_weekend_spoken_of_otherwise_gives_no_day(text: str) -> None:
    """A weekend past, a wish or her own task promises no answer."""
    assert promised_date(text, WEDNESDAY, frozenset(), "en") is None
