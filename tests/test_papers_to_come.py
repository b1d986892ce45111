"""The day their side sends an offer's or a next step's papers is their promise (w15pd)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.papers_to_come import papers_day

#: Tuesday, March 9, 2027, mid-morning: Friday is the 12th, next Monday the 15th.
SENT = datetime(2027, 3, 9, 10, 15, tzinfo=UTC)


def _day(text: str) -> date | None:
    found = papers_day(text, SENT)
    return None if found is None else found.day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Great news, the board signed off. Our people team will email the contract by Friday.",
         date(2027, 3, 12)),
        ("You should receive the formal offer letter from Dana by Friday.", date(2027, 3, 12)),
        ("Den Arbeitsvertrag schicken wir dir bis Freitag zu.", date(2027, 3, 12)),
        ("Ihr Vertrag folgt spätestens am Montag per Post.", date(2027, 3, 15)),
        ("Je vous envoie le contrat de travail d'ici vendredi.", date(2027, 3, 12)),
        ("Lundi je vous fais parvenir la promesse d'embauche.", date(2027, 3, 15)),
        ("El viernes te mando el contrato para que lo revises.", date(2027, 3, 12)),
        ("Recibirás la carta oferta antes del lunes.", date(2027, 3, 15)),
        ("De arbeidsovereenkomst ontvang je uiterlijk vrijdag.", date(2027, 3, 12)),
        ("Maandag stuur ik je de opdracht.", date(2027, 3, 15)),
        # "it" for the papers a sentence before named
        ("The last step is a small take-home exercise. I'll send it over on Monday.",
         date(2027, 3, 15)),
    ],
    ids=["en-email-contract-by", "en-receive-offer-letter", "de-schicken-wir-dir-bis",
         "de-folgt-spaetestens", "fr-envoie-d-ici", "fr-lundi-fais-parvenir",
         "es-el-viernes-te-mando", "es-recibiras-antes-del", "nl-ontvang-uiterlijk",
         "nl-maandag-stuur-ik", "en-it-after-the-exercise"],
)  # fmt: skip
def test_the_day_their_papers_come_is_read(text: str, day: date) -> None:
    """A contract, an offer letter or a task they send by a named day: that day."""
    assert _day(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # a day the papers are for, or take effect from
        "We'll send you the calendar invite for Friday.",
        "The contract will be sent with a start date of Monday, March 29.",
        "Wir schicken Ihnen den Vertrag, Eintritt per 1. April.",
        "Je vous envoie le contrat à partir du lundi 15 mars.",
        # her own deadline, or papers she sends
        "Please return the signed contract by Friday.",
        "I'll email the contract; please sign and send it back by Friday.",
        "Could you send us your references by Monday?",
        "Stuur het getekende contract terug voor vrijdag.",
        "Devuélvenos el contrato firmado antes del viernes.",
        # a day gone by, a courtesy with no day, a question
        "We sent the contract on Monday, March 1.",
        "You'll get the offer letter today via DocuSign.",
        "La carta oferta le llegará en los próximos días.",
        "The formal offer will be shared within 1-2 days.",
        "Shall I send the contract on Friday?",
        # no papers: a day of the meeting
        "We'll send you the details for the panel on Tuesday.",
    ],
)
def test_no_day_their_papers_come_is_read_from_other_days(text: str) -> None:
    """Slots, start dates, her deadlines, vague courtesies and questions name no such day."""
    assert _day(text) is None


def _reading(body: str) -> tuple[Intent | None, date | None]:
    message = Message(
        message_id="papers-1@harbourlight.example", date=SENT,
        sender=Address("Mina Okoro", "mina.okoro@harbourlight.example"),
        subject="Your offer - Logistics Planner", body=body,
    )  # fmt: skip
    reading = classify_message(message, load_intent_reader())
    return reading.intent, reading.promised_by


def test_an_offer_promises_the_day_its_contract_comes() -> None:
    """An offer whose contract comes by Friday waits for Friday; its start date is no promise."""
    intent, promised = _reading(
        "Hi Jonas,\n\nWe'd love to offer you the Logistics Planner role at EUR 52,000 a year,"
        " starting Monday, April 5.\n\nI'll email you the contract by Friday.\n\nBest,\nMina\n"
    )
    assert (intent, promised) == (Intent.OFFER, date(2027, 3, 12))


def test_an_offer_with_only_its_start_date_promises_nothing() -> None:
    """"Starting Monday, April 5" and "let us know by Friday" are no day of theirs."""
    intent, promised = _reading(
        "Hi Jonas,\n\nWe'd love to offer you the Logistics Planner role at EUR 52,000 a year,"
        " starting Monday, April 5. Please let us know by Friday whether you accept.\n\nBest,"
        "\nMina\n"
    )
    assert (intent, promised) == (Intent.OFFER, None)
