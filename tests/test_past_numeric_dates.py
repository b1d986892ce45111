"""A promise's a/b date gone by in the writer's order is read in the other (tester u35rl)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date, revisit_date

SGT = timezone(timedelta(hours=8))
MON_NOV_30 = datetime(2026, 11, 30, 15, 2, tzinfo=SGT)
THU_DEC_10 = datetime(2026, 12, 10, 9, 0, tzinfo=SGT)

CASES = [
    # Outlook's en-US from Singapore: 12 October is gone, 10 December is near ahead
    pytest.param("We will get back to you by 10/12 with the outcome.", MON_NOV_30, False,
                 date(2026, 12, 10), id="en-10-12-past-month-first"),
    pytest.param("We'll be in touch by 10-12 with the outcome.", MON_NOV_30, False,
                 date(2026, 12, 10), id="en-10-12-dashed"),
    # the same from a writer read day first: 1 November is gone, 11 January is near
    pytest.param("We'll come back to you with a decision by 1/11.", MON_NOV_30, True,
                 date(2027, 1, 11), id="en-1-11-past-day-first"),
    # near-misses: the writer's order ahead is kept
    pytest.param("We will let you know by 1/5.", THU_DEC_10, False, date(2027, 1, 5),
                 id="en-us-1-5-in-december-is-january"),
    pytest.param("We will get back to you by 12/10.", MON_NOV_30, False, date(2026, 12, 10),
                 id="en-12-10-ahead-as-written"),
    # looking back, before the promise word and with no "by": no promise
    pytest.param("We met on 10/12 and will get back to you soon.", MON_NOV_30, False, None,
                 id="en-met-on-10-12-looks-back"),
    pytest.param("Since the panel on 10/12, we'll let you know.", MON_NOV_30, False, None,
                 id="en-since-10-12-looks-back"),
    # both orders gone by: no promise
    pytest.param("We will get back to you by 11/10.", MON_NOV_30, False, None,
                 id="en-both-orders-past"),
    # the other order too far ahead: the past day stands, no promise
    pytest.param("We will get back to you by 11/4.", MON_NOV_30, False, None,
                 id="en-other-order-over-four-months"),
]


@pytest.mark.parametrize(("text", "sent", "day_first", "expected"), CASES)
def test_a_past_day_takes_the_other_order(
    text: str, sent: datetime, day_first: bool, expected: date | None
) -> None:
    """Nobody promises an answer by a day gone by: the other order, when it is near."""
    assert promised_date(text, sent, day_first=day_first) == expected


LANGUAGE_DAY_FIRST = [
    pytest.param("Nous reviendrons vers vous avant le 1/11.", "fr", id="fr-1-11"),
    pytest.param("Wir melden uns bis zum 1/11 bei Ihnen.", "de", id="de-1-11"),
    pytest.param("Le daremos una respuesta antes del 1/11.", "es", id="es-1-11"),
    pytest.param("We laten je uiterlijk 1/11 weten.", "nl", id="nl-1-11"),
    pytest.param("Wir melden uns bis 1.11. bei Ihnen.", "de", id="de-dotted-1-11"),
]


@pytest.mark.parametrize(("text", "language"), LANGUAGE_DAY_FIRST)
def test_a_languages_own_order_is_not_turned(text: str, language: str) -> None:
    """de, fr, es, nl and dotted dates are day first by the language: gone by stays gone."""
    assert promised_date(text, MON_NOV_30, language=language) is None


def test_a_pause_keeps_its_past_day() -> None:
    """Only a promise to answer turns a past day: a pause's date is read as written."""
    assert revisit_date("We are pausing the search until 10/12.", MON_NOV_30) != date(
        2026, 12, 10
    )
