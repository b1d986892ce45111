"""Every message the issue says was misread is read right, through the shipped reader.

Each case is the issue's own words inside a message written the way people send it;
``classify_message`` runs with the shipped model and a real holiday calendar, as the
engine runs it. The delivery notices of the issue are in tests/test_kinds.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

import holidays
import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import Classification, classify_message
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.model import Address, Direction, Intent, Message, MessageKind
from silence_watch.core.parse import parse_message

if TYPE_CHECKING:
    from pathlib import Path

EST = timezone(timedelta(hours=-5))
US_HOLIDAYS = holidays.country_holidays("US")


def read(body: str, sent: datetime, *, subject: str = "Re: Senior Analyst",
         headers: dict[str, str] | None = None) -> Classification:  # fmt: skip
    """``body`` from a person at the employer, read as the engine reads it."""
    message = Message(
        message_id="reply@acme.example",
        date=sent,
        sender=Address("Dana Ruiz", "dana.ruiz@acme.example"),
        to=(Address("Jordan Lee", "jordan@example.com"),),
        subject=subject,
        headers=headers or {},
        body=body,
    )
    return classify_message(message, load_intent_reader(), holidays=US_HOLIDAYS)


def test_a_plain_rejection_about_another_candidate_is_a_sure_rejection() -> None:
    """'we have decided to offer the role to a candidate with more experience' is a rejection."""
    result = read(
        "Hi Jordan,\n\nThank you for your time over the last few weeks. On this occasion we "
        "have decided to offer the role to a candidate with more experience.\n\nBest,\nDana",
        datetime(2026, 11, 20, 10, tzinfo=EST),
    )
    assert result.intent is Intent.REJECTION
    assert result.confidence >= UNSURE_BELOW


def test_a_cold_brush_off_is_cold() -> None:
    """'Noted, thanks. We'll be in touch if there's a fit.' closes the door."""
    result = read(
        "Noted, thanks. We'll be in touch if there's a fit.\n\nSent from my iPhone",
        datetime(2026, 11, 20, 10, tzinfo=EST),
    )
    assert result.intent is Intent.ACKNOWLEDGEMENT
    assert result.cold


def test_an_apology_that_proposes_a_call_is_a_next_step() -> None:
    """An apology for the silence that proposes a call hands the ball to the candidate."""
    result = read(
        "Hi Jordan,\n\nI'm so sorry for the slow reply - it's been a hectic month. Could we "
        "jump on a quick call on Thursday to talk through next steps?\n\nDana",
        datetime(2026, 11, 23, 10, tzinfo=EST),
    )
    assert result.intent is Intent.NEXT_STEP


def test_an_offer_of_the_named_role_is_a_sure_offer() -> None:
    """'we would like to offer you the Senior Analyst role' is an offer."""
    result = read(
        "Hi Jordan,\n\nGreat news: we would like to offer you the Senior Analyst role. "
        "Our People team will send the paperwork this week.\n\nDana",
        datetime(2026, 11, 24, 10, tzinfo=EST),
    )
    assert result.intent is Intent.OFFER
    assert result.confidence >= UNSURE_BELOW


@pytest.mark.parametrize(
    ("body", "promised"),
    [
        pytest.param("Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Nachricht. Wir melden uns "
                     "bis Ende nächster Woche mit einer Entscheidung bei Ihnen.\n\nMit "
                     "freundlichen Grüßen\nDana Ruiz", date(2026, 11, 27), id="de"),
        pytest.param("Hola Jordan:\n\n¡Gracias a ti! Terminamos las entrevistas esta semana y "
                     "te daremos una respuesta antes del 25 de noviembre.\n\nUn saludo,\nDana",
                     date(2026, 11, 25), id="es"),
    ],
)
def test_german_and_spanish_promises_are_acknowledgements_with_their_date(
    body: str, promised: date
) -> None:
    """A promise to answer in German or Spanish is an acknowledgement with its date."""
    result = read(body, datetime(2026, 11, 17, 10, tzinfo=EST))
    assert result.intent is Intent.ACKNOWLEDGEMENT
    assert result.promised_by == promised


@pytest.mark.parametrize(
    ("body", "sent", "promised"),
    [
        pytest.param("The board needs to sign off, so you'll hear from us after the holidays.",
                     datetime(2026, 12, 17, 10, tzinfo=EST), date(2027, 1, 8),
                     id="after-the-holidays-fifth-us-business-day"),
        pytest.param("We'll get back to you with a decision in the first week of January.",
                     datetime(2026, 12, 10, 10, tzinfo=EST), date(2027, 1, 8),
                     id="first-week-of-january"),
        pytest.param("Half the team is out, so we'll get back to you after Thanksgiving.",
                     datetime(2026, 11, 23, 10, tzinfo=EST), date(2026, 12, 4),
                     id="after-thanksgiving"),
    ],
)
def test_vague_promises_resolve_by_the_documented_rule(
    body: str, sent: datetime, promised: date
) -> None:
    """Holidays, 'first week of', Thanksgiving: the day the corpus README names."""
    result = read(f"Hi Jordan,\n\nThanks for checking in. {body}\n\nDana", sent)
    assert result.intent is Intent.ACKNOWLEDGEMENT
    assert result.promised_by == promised


def out_of_office(body: str, sent: datetime) -> Classification:
    """An out-of-office reply with ``body``."""
    return read(body, sent, subject="Automatic reply: Senior Analyst",
                headers={"auto-submitted": "auto-replied"})  # fmt: skip


def test_back_on_the_16th_is_the_16th_of_this_month() -> None:
    """'back on the 16th' written on the 10th: back on the 16th, away through the 15th."""
    result = out_of_office("I'm away with no signal. Back on the 16th.",
                           datetime(2026, 11, 10, 8, tzinfo=EST))  # fmt: skip
    assert result.kind is MessageKind.AUTO_REPLY
    assert result.absence is not None
    assert result.absence.stated == date(2026, 11, 16)
    assert result.return_date == date(2026, 11, 15)


def test_a_us_date_is_read_month_first() -> None:
    """'will return on Monday 11/16' is November 16, not the 11th of some month."""
    result = out_of_office("I am out of the office and will return on Monday 11/16.",
                           datetime(2026, 11, 9, 8, tzinfo=EST))  # fmt: skip
    assert result.absence is not None
    assert result.absence.stated == date(2026, 11, 16)


def test_a_stale_out_of_office_is_ignored_not_moved_to_next_year() -> None:
    """'until Friday, October 30' arriving in November is past: no return date at all."""
    result = out_of_office("I'm at a conference until Friday, October 30 and will reply when "
                           "I'm back.", datetime(2026, 11, 4, 14, tzinfo=EST))  # fmt: skip
    assert result.absence is not None
    assert result.absence.stated == date(2026, 10, 30)
    assert result.return_date is None
    assert any("already past" in reason for reason in result.reasons)


def test_a_hiring_pause_is_on_hold_without_an_invented_date() -> None:
    """'we are pausing the search until the fall, no action needed' is on_hold, no date."""
    result = read(
        "Hi Jordan,\n\nA quick update: we are pausing the search until the fall, no action "
        "needed on your side. I'll reach out when it restarts.\n\nDana",
        datetime(2026, 6, 2, 10, tzinfo=EST),
    )
    assert result.intent is Intent.ON_HOLD
    assert result.revisit_by is None


def test_every_verdict_carries_a_confidence_and_its_reasons() -> None:
    """Intent, confidence in [0, 1], language and the reasons: for any employer message."""
    result = read("See attached.\n\nSent from my Galaxy", datetime(2026, 11, 4, 10, tzinfo=EST))
    assert result.intent is not None
    assert 0.0 <= result.confidence <= 1.0
    assert result.reasons
    assert result.intent is Intent.OTHER
    assert result.confidence < UNSURE_BELOW  # the policy asks instead of guessing


def test_the_policy_gets_the_confidence(tmp_path: Path) -> None:
    """The confidence classify_message gives is what the store hands the policy."""
    from silence_watch.core.parse import parse_headers  # noqa: PLC0415 - this test only
    from silence_watch.store import Store  # noqa: PLC0415 - this test only

    raw = (
        b"From: Dana Ruiz <dana.ruiz@acme.example>\r\nTo: jordan@example.com\r\n"
        b"Subject: Re: Senior Analyst\r\nDate: Wed, 4 Nov 2026 10:00:00 -0500\r\n"
        b"Message-ID: <m1@acme.example>\r\n\r\nSee attached.\r\n"
    )
    result = classify_message(parse_message(raw), load_intent_reader())
    store = Store.open(tmp_path / "state")
    try:
        from silence_watch.core.match import Match  # noqa: PLC0415 - this test only
        from silence_watch.core.model import Contact, Interview  # noqa: PLC0415

        now = datetime(2026, 11, 5, 9, tzinfo=EST)
        interview = Interview(
            0, "Acme Corp", "Senior Analyst", datetime(2026, 11, 2, 10, tzinfo=EST),
            contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
        )
        interview_id = store.upsert_interview(interview, source="config", now=now)
        pk, _ = store.add_message(parse_headers(raw), raw, source="imap", folder="INBOX", key="1",
                                  direction=Direction.INBOUND, now=now)  # fmt: skip
        store.save_classification(pk, result, body_read=True)
        store.save_match(pk, Match(interview_id, 0.95, "Dana is a contact"))
        [entry] = store.timeline(interview_id)
    finally:
        store.close()
    assert entry.confidence == pytest.approx(result.confidence)
    assert entry.intent is result.intent
