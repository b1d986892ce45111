"""Second looks at a blended reading, where the words settle it (``core.reading_corrections``)."""

from __future__ import annotations

from datetime import date

import pytest

from silence_watch.core.model import Intent
from silence_watch.core.reading_corrections import (
    PROMISE_CONFIDENCE,
    pause_or_promise,
    promised_reading,
)

DAY = date(2026, 12, 15)


@pytest.mark.parametrize(
    ("intent", "confidence", "said", "expected"),
    [
        # "on te fait un retour à la mi-décembre": an unsure pause the rules heard as a promise
        (Intent.ON_HOLD, 0.32, ("acknowledgement", None, DAY),
         (Intent.ACKNOWLEDGEMENT, PROMISE_CONFIDENCE, DAY, None)),
        # a sure pause stays one; so does a pause the rules did not hear as a promise
        (Intent.ON_HOLD, 0.87, ("acknowledgement", None, DAY), (Intent.ON_HOLD, 0.87, None, DAY)),
        (Intent.ON_HOLD, 0.32, ("on_hold", None, DAY), (Intent.ON_HOLD, 0.32, None, DAY)),
        (Intent.ON_HOLD, 0.32, (None, None, DAY), (Intent.ON_HOLD, 0.32, None, DAY)),
        # nothing to wait for, or another reading: unchanged
        (Intent.ON_HOLD, 0.32, ("acknowledgement", None, None), (Intent.ON_HOLD, 0.32, None, None)),
        (Intent.REJECTION, 0.4, ("acknowledgement", None, DAY),
         (Intent.REJECTION, 0.4, None, DAY)),
    ],
)  # fmt: skip
def test_an_unsure_pause_heard_as_a_promise_waits_for_its_day(
    intent: Intent,
    confidence: float,
    said: tuple[str | None, date | None, date | None],
    expected: tuple[Intent, float, date | None, date | None],
) -> None:
    """Both readings wait for the same day: the candidate is not asked which (t38vd)."""
    assert pause_or_promise(intent, confidence, said, []) == expected


@pytest.mark.parametrize(
    ("intent", "leanings", "sure"),
    [
        # "a decision by Tuesday the 24th. Sorry for the wait!": the rules heard the promise
        (Intent.REJECTION, ("acknowledgement", "rejection"), True),
        # an offer the text denies ("todavía no es una oferta"), as ``intents.denied_offer``
        # passes it on: an acknowledgement
        (Intent.OFFER, ("acknowledgement", "acknowledgement"), True),
        # a no the rules heard too, or an offer nobody denied: asked about
        (Intent.REJECTION, ("rejection", "rejection"), False),
        (Intent.OFFER, ("acknowledgement", "offer"), False),
    ],
)  # fmt: skip
def test_a_perhaps_no_or_offer_with_a_promised_day(
    intent: Intent, leanings: tuple[str, str], sure: bool
) -> None:
    """An unsure no or offer that names an answer day is an acknowledgement; sure when ..."""
    found, confidence = promised_reading(intent, 0.55, leanings, [])
    assert found is Intent.ACKNOWLEDGEMENT
    assert (confidence >= PROMISE_CONFIDENCE) is sure
