"""A signature's phone lines are how to reach someone, never news (tester round u28re)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.contact_lines import without_contact_lines
from silence_watch.core.model import Address, Intent, Message


@pytest.mark.parametrize(
    "line",
    [
        "Telefon +49 7361 000 2284",
        "Tel. +49 421 555 0184",
        "Tel.: 030 / 123 456-78",
        "Phone: (555) 010-2284",
        "Mobile +44 7700 900123 | Fax +44 20 7946 0000",
        "T +31 20 123 4567 | M +31 6 1234 5678",
        "Téléphone : 01 23 45 67 89",
        "Tél. 01 23 45 67 89",
        "Teléfono: +34 912 345 678",
        "Telefoon 020 123 4567",
        "Mobil: 0171 2345678",
        "Tel. (direkt): +49 89 1234 567",
    ],
)
def test_a_label_and_its_number_is_cut(line: str) -> None:
    """A line that is only a phone, mobile or fax label and its number is left out."""
    text = f"Wir melden uns bis Freitag.\n\nMarkus Albrecht\n{line}\nwww.example.com"
    cut = "Wir melden uns bis Freitag.\n\nMarkus Albrecht\n\nwww.example.com"
    assert without_contact_lines(text) == cut


@pytest.mark.parametrize(
    "line",
    [
        "Telefoninterview am Donnerstag, 3.12. um 10 Uhr",
        "Phone: Monday at 10am works for us",
        "Telefon: bitte rufen Sie mich morgen an",
        "Call me on +49 7361 000 2284 if anything is unclear.",
        "Tel. 10:00 Uhr, Raum Weser",
        "Freitag, 4.12.2026",
    ],
)
def test_words_stay(line: str) -> None:
    """A line that says something, or a number in a sentence, is read as before."""
    text = f"Hallo Frau Wolff,\n{line}\nGrüße"
    assert without_contact_lines(text) == text


def test_telefon_in_a_signature_does_not_hide_a_promise() -> None:
    """Herr Albrecht's dated promise reads the same under "Telefon" as under "Tel."."""
    body = (
        "Sehr geehrte Frau Wolff,\n\nvielen Dank für Ihre freundlichen Zeilen, die ich gerne"
        " an Frau Dr. Haller\nweitergegeben habe.\n\nWir führen in dieser Woche noch ein"
        " weiteres Gespräch und werden uns bis\nFreitag, den 4. Dezember, bei Ihnen melden."
        "\n\nMit freundlichen Grüßen\n\ni. A. Markus Albrecht\nPersonalreferent\n\nBrenner &"
        " Sohn Maschinenbau AG\nIndustriestraße 40 | 73433 Aalen\n{phone} +49 7361 000 2284\n"
    )
    for phone in ("Telefon", "Tel.", "Phone", "Telefoon"):
        read = classify_message(_mail(body.format(phone=phone)), load_intent_reader())
        assert read.intent is Intent.ACKNOWLEDGEMENT, phone
        assert read.promised_by == date(2026, 12, 4), phone


def _mail(body: str) -> Message:
    return Message(
        message_id="promise@brenner-sohn.example",
        date=datetime(2026, 11, 26, 15, 3, tzinfo=timezone(timedelta(hours=1))),
        sender=Address(name="Albrecht, Markus", email="m.albrecht@brenner-sohn.example"),
        to=(Address(name="Katharina Wolff", email="katharina.wolff@example.com"),),
        subject="AW: Einladung zum Vorstellungsgespräch - Projektingenieur Automatisierung",
        headers={},
        body=body,
    )
