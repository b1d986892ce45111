"""A person's note in an e-signature service's envelope is that person's word (u27bg)."""

from __future__ import annotations

from datetime import UTC, datetime

from silence_watch.core.classify import classify_message
from silence_watch.core.model import Address, Intent
from silence_watch.core.model import Message as Mail
from silence_watch.core.signing_envelopes import envelope_words, relayed_note, signing_service

ME = Address("Daniela Reyes", "daniela.reyes@example.com")
MAYA = (
    "Maya Chen sent you a document to review and sign.\n\nREVIEW DOCUMENT\nMaya Chen\n"
    "maya.chen@halyardrobotics.example\n\nHi Daniela! VP sign-off came through this morning,"
    " so it's official - we'd love to have you join Halyard as a Senior Firmware Engineer."
    " Your offer letter is attached for review and signature; please sign by Tuesday 12/15.\n"
    "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not"
    " share this email, link, or access code with others.\n\nAbout Docusign\nSign documents"
    " electronically in just minutes. It's safe, secure, and legally binding.\n"
)
HELENE = (
    "Bonjour Camille Martin,\n\nHélène Garnier (Atelier Lumen) vous invite à signer le"
    " document suivant :\n« Contrat CDI - Camille Martin »\n\nMessage de Hélène Garnier :\n"
    "« Bonne lecture, n'hésitez pas si vous avez des questions. »\n\nSigner le document :"
    " https://yousign.example/signatures/8f3c\n\nCette demande de signature expire le"
    " 11/12/2026.\n\nYousign - Signature électronique\nCet e-mail a été envoyé"
    " automatiquement, merci de ne pas y répondre.\n"
)


def envelope(name: str, address: str, body: str) -> Mail:
    """A signing service's envelope, marked machine-made as they are."""
    return Mail(message_id="e1@docusign.example", date=datetime(2026, 12, 11, 17, tzinfo=UTC),
                sender=Address(name, address), subject="Please DocuSign: Offer Letter",
                to=(ME,), body=body, headers={"auto-submitted": "auto-generated"})  # fmt: skip


def test_the_persons_note_is_read_without_the_services_frame() -> None:
    """"Maya Chen via Docusign": her note, not "review and sign", "Do Not Share"."""
    mail = envelope("Maya Chen via Docusign", "dse_NA3@docusign.example", MAYA)
    assert signing_service(mail) == "DocuSign"
    note = relayed_note(mail, MAYA)
    assert note is not None
    assert note.startswith("Hi Daniela! VP sign-off came through")
    assert "review and signature" in note  # her own words stay
    assert "Do Not Share" not in note
    assert "maya.chen@" not in note
    assert "About Docusign" not in note
    reading = classify_message(mail)
    assert reading.intent is Intent.OFFER
    assert any("DocuSign's envelope" in reason for reason in reading.reasons)


def test_the_services_own_notices_and_plain_mail_have_no_note() -> None:
    """Its reminders and receipts are its own; a person's own mail is read as it is."""
    system = envelope("Docusign NA/EU System", "dse_EU@docusign.example", MAYA)
    assert relayed_note(system, MAYA) is None
    person = envelope("Maya Chen", "maya.chen@halyardrobotics.example", MAYA)
    assert signing_service(person) is None
    assert relayed_note(person, MAYA) is None
    empty = "Maya Chen sent you a document to review and sign.\n\nREVIEW DOCUMENT\nMaya Chen\n"
    assert relayed_note(envelope("Maya Chen via Docusign", "dse@docusign.example", empty),
                        empty) is None  # fmt: skip


def test_a_kind_word_alone_leaves_the_envelope_a_request_to_sign() -> None:
    """"Bonne lecture, n'hésitez pas ...": no news; the envelope is read whole, as before."""
    mail = envelope("Hélène Garnier via Yousign", "noreply@yousign.example", HELENE)
    note = relayed_note(mail, HELENE)
    assert note is not None
    assert "Bonne lecture" in note
    assert "Signer le document" not in note
    assert envelope_words(mail, HELENE) is None
    assert classify_message(mail).intent is not Intent.OFFER
