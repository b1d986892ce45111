"""Her own mail keeps a pause she asked for; a promise of theirs is never hers."""

from __future__ import annotations

from datetime import date

import pytest

from silence_watch.core.classify import Classification
from silence_watch.core.her_readings import as_her_own
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.reading_corrections import PAUSE_OR_PROMISE


def reading(intent: Intent, promised: date | None, *reasons: str) -> Classification:
    """A reading of her own mail as the reader gave it."""
    return Classification(
        kind=MessageKind.HUMAN, intent=intent, cold=False, promised_by=promised,
        return_date=None, bounced_recipients=(), bounced_message_id=None, own=False,
        reasons=reasons, confidence=0.75,
    )  # fmt: skip


def test_a_pause_she_asked_for_stays_a_pause_with_its_day() -> None:
    """"Lassen Sie meine Bewerbung bis zum 11. Januar ruhen", read as pause-or-promise."""
    mine = as_her_own(reading(Intent.ACKNOWLEDGEMENT, date(2027, 1, 11), PAUSE_OR_PROMISE),
                      None, None)  # fmt: skip
    assert (mine.intent, mine.revisit_by, mine.promised_by) == (
        Intent.ON_HOLD, date(2027, 1, 11), None,
    )  # fmt: skip


def test_her_own_promise_is_no_pause_and_no_promise_of_theirs() -> None:
    """"I'll get back to you by Friday" is hers: no pause, and the day is not theirs."""
    mine = as_her_own(reading(Intent.ACKNOWLEDGEMENT, date(2026, 12, 4), "they will be in touch"),
                      date(2026, 12, 9), date(2027, 1, 6))  # fmt: skip
    assert mine.intent is Intent.ACKNOWLEDGEMENT
    assert (mine.revisit_by, mine.promised_by, mine.return_date) == (
        None, date(2026, 12, 9), date(2027, 1, 6),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nos falta ver a una persona más y en cuanto lo tengamos claro te cuento algo, ¿vale?",
         "acknowledgement"),
        ("Ya te aviso cuando sepa algo del comité.", "acknowledgement"),
        # the why told now is no promise of news
        ("Hemos elegido a otra persona; en cuanto quieras te cuento el porqué.", "rejection"),
    ],
)  # fmt: skip
def test_the_present_for_the_future_in_spanish(text: str, expected: str) -> None:
    """"En cuanto lo tengamos claro te cuento algo" promises news."""
    found = intent_of(text)
    assert found is not None
    assert str(found[0]) == expected
