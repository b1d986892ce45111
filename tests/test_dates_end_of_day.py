""""COB Thursday" on a Thursday: that day in the morning, next week's after close of business."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date

AEST = timezone(timedelta(hours=10))
#: A Thursday, in Brisbane.
MORNING = datetime(2026, 11, 12, 8, 15, tzinfo=AEST)
EVENING = datetime(2026, 11, 12, 18, 5, tzinfo=AEST)

SAME_WEEKDAY = [
    pytest.param("Will ping you with the panel's view by COB Thursday.", "en", id="en-cob"),
    pytest.param("Thursday EOD I'll let you know the panel's view.", "en", id="en-weekday-first"),
    pytest.param("Ik laat het je uiterlijk donderdag einde van de dag weten.", "nl", id="nl"),
]


@pytest.mark.parametrize(("text", "language"), SAME_WEEKDAY)
def test_end_of_a_named_day_written_that_morning_is_that_day(text: str, language: str) -> None:
    """Written on that weekday before close of business, it is the same day."""
    assert promised_date(text, MORNING, frozenset(), language) == date(2026, 11, 12)


@pytest.mark.parametrize(("text", "language"), SAME_WEEKDAY)
def test_end_of_a_named_day_written_after_hours_is_next_week(text: str, language: str) -> None:
    """Written on that weekday after close of business, it is the next such weekday."""
    assert promised_date(text, EVENING, frozenset(), language) == date(2026, 11, 19)


def test_another_weekday_after_hours_is_the_coming_one() -> None:
    """The evening only moves the writer's own weekday; "COB Monday" stays next Monday."""
    found = promised_date("I'll revert by COB Monday.", EVENING, frozenset(), "en")
    assert found == date(2026, 11, 16)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("You'll have our answer by Weds.", date(2026, 11, 18), id="weds"),
        pytest.param("Answer from me by COB Weds at the latest.", date(2026, 11, 18),
                     id="cob-weds"),
        pytest.param("Back to you by Tues.", date(2026, 11, 17), id="tues"),
    ],
)
def test_short_weekdays_as_people_type_them(text: str, day: date) -> None:
    """"Weds", "Tues" and "Thurs" are weekdays, read like the full word."""
    assert promised_date(text, MORNING, frozenset(), "en") == day


def test_a_wedding_is_no_weekday() -> None:
    """"weds" inside another word, or a past wedding, promises no day."""
    text = "Sorry for the silence, my sister weds in Perth so I'm out till she's back."
    assert promised_date(text, MORNING, frozenset(), "en") is None
