"""How the digest says a message was read, and asks about one it could not read. Pure."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.readings import MailReading, question_line, reading_line

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 8, tzinfo=NY)
BASE = MailReading(
    message_id="m1@acme.example", at=datetime(2026, 11, 30, 10, 5, tzinfo=NY),
    sender="dana.ruiz@acme.example", sender_name="Dana Ruiz", subject="Re: interview",
    company="Acme Corp", process_id=1, kind=MessageKind.HUMAN, intent=Intent.REJECTION,
    confidence=0.9,
)  # fmt: skip

READINGS = [
    ({}, "read as a rejection."),
    ({"intent": Intent.ACKNOWLEDGEMENT, "promised_by": date(2026, 12, 4)},
     "read as a promise to answer by Fri 4 Dec."),
    ({"intent": Intent.ON_HOLD, "revisit_by": date(2027, 1, 15)},
     "read as a hiring pause until Fri 15 Jan 2027."),
    ({"intent": Intent.PLEASANTRY}, "read as a pleasantry, no news."),
    ({"intent": Intent.REJECTION, "cold": True}, "read as a rejection, and a cold one."),
    ({"intent": Intent.OFFER, "confidence": 0.4},
     "read as not sure what it says (perhaps an offer)."),
    ({"intent": Intent.OTHER, "confidence": 0.4}, "read as not sure what it says."),
    ({"intent": Intent.NEXT_STEP, "confidence": 0.4}, "read as not sure what it says."),
    ({"kind": MessageKind.AUTO_REPLY, "intent": None, "return_date": date(2026, 12, 7)},
     "read as an out-of-office until Mon 7 Dec."),
    ({"kind": MessageKind.AUTOMATED, "sender_name": "Acme Recruiting"},
     "[4] Acme Corp's hiring system (Acme Corp)"),
]  # fmt: skip


@pytest.mark.parametrize(("changes", "expected"), READINGS)
def test_each_reading_is_said_in_plain_words(changes: dict[str, object], expected: str) -> None:
    """Each reading reads the way a person would say it, dates in the one format."""
    from dataclasses import replace  # noqa: PLC0415 - only here

    reading = replace(BASE, **changes)  # type: ignore[arg-type]
    line = reading_line(4, reading, now=NOW, zone=NY, unsure_below=0.6)
    assert line.startswith("[4] ")
    assert "Mon 30 Nov 10:05" in line
    assert expected in line


def test_a_question_offers_the_one_line_answers() -> None:
    """An unsure reading is asked about, with every answer the candidate can give in one line."""
    line = question_line(2, BASE, now=NOW, zone=NY)
    assert "nothing is drafted for Acme Corp until you tell it" in line
    assert "read 2 as rejection, offer, next_step, request, acknowledgement, pleasantry or" in line
    assert "2 is not about Acme Corp" in line


def test_a_question_about_a_perhaps_rejection_says_what_it_looked_like() -> None:
    """Read as a rejection at 0.59 (only the model saw it): the question names the leaning."""
    from dataclasses import replace  # noqa: PLC0415 - only here

    perhaps = question_line(3, replace(BASE, confidence=0.59), now=NOW, zone=NY)
    assert "is not sure what it says (perhaps a rejection); nothing is drafted" in perhaps
    unknown = question_line(3, replace(BASE, intent=Intent.OTHER, confidence=0.3), now=NOW, zone=NY)
    assert "is not sure what it says; nothing is drafted" in unknown
