"""A reply that is only the sender's signature over the quote is asked about (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

from silence_watch.core.classify import classify_message
from silence_watch.core.empty_reply import only_a_signature, signed_text
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


#: Eleni's name and signature in Greek letters (written as escapes: the linter takes Greek
#: letters for look-alikes of Latin ones).
ELENI_GREEK = (
    "\u0395\u03bb\u03ad\u03bd\u03b7 "
    "\u03a0\u03b1\u03c0\u03b1\u03b4\u03bf\u03c0\u03bf\u03cd\u03bb\u03bf\u03c5"
)
GREEK_TITLE = (
    "\u03a5\u03c0\u03b5\u03cd\u03b8\u03c5\u03bd\u03b7 "
    "\u03a0\u03c1\u03bf\u03c3\u03bb\u03ae\u03c8\u03b5\u03c9\u03bd"
)
GREEK_WORDS = "\u03c4\u03bf \u03c0\u03b1\u03c1\u03cc\u03bd \u03bc\u03ae\u03bd\u03c5\u03bc\u03b1"


def greek_reply(body: str) -> Message:
    """Eleni's reply: her display name in Greek letters, her address in Latin ones."""
    return Message(message_id="e1@meltemi.example", subject="RE: Thank you", body=body,
                   date=datetime(2026, 11, 24, 14, tzinfo=UTC),
                   sender=Address(ELENI_GREEK, "eleni.papadopoulou@meltemi.example"))  # fmt: skip


GREEK_SIGNATURE = (
    f"Kind regards,\nEleni\n\nEleni Papadopoulou\nTalent Acquisition Specialist\n"
    f"{ELENI_GREEK} | {GREEK_TITLE}\nT: +30 210 555 0142\n\n"
    f"{' '.join([GREEK_WORDS] * 8)}.\n"  # a disclaimer: eight times "this message"
)


def test_a_name_in_another_script_signs_in_latin_letters_as_her_address_does() -> None:
    """Tester round t95fm: the Greek title and disclaimer under "Eleni" were read as hers."""
    text = "Dear Jordan,\n\nPlease find attached a letter about your application.\n\n"
    assert signed_text(greek_reply(text + GREEK_SIGNATURE)) == text + "Kind regards,"


def test_under_a_name_a_sentence_in_her_own_script_or_an_unsigned_one_is_kept() -> None:
    """Only a sign-off ends the reply at her name; Latin prose below it is still hers."""
    text = "Dear Jordan,\n\nThanks!\n\n"
    written = "Kind regards,\nEleni\n\nOne more thing: we decided to offer it to another.\n"
    assert signed_text(greek_reply(text + written)) == (text + written).strip()
    unsigned = text + f"Eleni\n{' '.join([GREEK_WORDS] * 3)}\n"
    assert signed_text(greek_reply(unsigned)) == unsigned.strip()
