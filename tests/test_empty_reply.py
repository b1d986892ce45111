"""A reply that is only the sender's signature over the quote is asked about (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

from silence_watch.core.classify import classify_message
from silence_watch.core.empty_reply import only_a_signature
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.quotes import own_text

SIGNATURE = (
    "Alicia Boone\nHR Generalist\nNorthwind Credit Union\n1180 Lakeshore Drive | Cedar Falls,"
    " IA 50613\nP: 319-555-0146 | F: 319-555-0199\n\nFederally insured by NCUA. Equal Housing"
    " Opportunity.\n\nCONFIDENTIALITY: This message may contain confidential member information."
    " If you received it in error, please delete it and notify the sender.\n\n"
    "From: Jordan Lee <jordan@example.com>\nSent: Tuesday, November 10, 2026 11:35 AM\n"
    "To: Alicia Boone <aboone@northwindcu.example>\nSubject: Thank you\n\nHi Alicia, thank you"
    " for your time today.\n"
)


def reply(body: str, name: str = "Alicia Boone") -> Message:
    """Alicia's reply with ``body``."""
    return Message(message_id="a1@northwindcu.example", subject="RE: Thank you", body=body,
                   date=datetime(2026, 11, 10, 20, tzinfo=UTC),
                   sender=Address(name, "aboone@northwindcu.example"))  # fmt: skip


def test_a_signature_with_nothing_above_it_is_asked_about() -> None:
    """Tester round t8sa: the model read the address lines as an acknowledgement (0.60)."""
    result = classify_message(reply(SIGNATURE))
    assert result.intent is Intent.OTHER
    assert result.confidence < 0.6
    assert only_a_signature(reply(SIGNATURE, "Boone, Alicia"), own_text(SIGNATURE))


def test_words_above_the_signature_or_a_letter_under_a_letterhead_are_read() -> None:
    """"Thanks, Jordan!" above it, or a hiring system's letter under the company's name."""
    thanked = "Thanks, Jordan! We'll be in touch by Friday.\n\n" + SIGNATURE
    assert not only_a_signature(reply(thanked), thanked)
    letter = ("Copperline Telecom\nDear Jamal,\n\nThank you for your interest in the Network"
              " Operations Engineer position and for the time you took to apply.\n")  # fmt: skip
    assert not only_a_signature(reply(letter, "Copperline Telecom"), letter)
