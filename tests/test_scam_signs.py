"""Money or identity asked for in hiring mail: asked about, never read as news (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.companies import is_consumer_domain
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.scam_signs import scam_signs


@pytest.mark.parametrize(
    ("text", "scam"),
    [("Kindly reply today with your Social Security number and bank account number.", True),
     ("You will receive a check for $3,850 to purchase your home office equipment.", True),
     ("Complete our certification course (EUR 149, refunded after your probation).", True),
     ("A refundable registration fee of $285 is payable in Apple gift cards.", True),
     ("Die Bearbeitungsgebühr von 95 EUR überweisen Sie bitte vorab.", True),
     ("Los gastos de tramitación: una tasa de inscripción de 95 euros.", True),
     # near-misses: what real employers ask for
     ("Please bring your DNI to the interview on Tuesday.", False),
     ("Send us your IBAN and we will reimburse your travel within two weeks.", False),
     ("Your travel costs of EUR 149 will be refunded after you submit the form.", False),
     ("Please complete the onboarding forms in Workday, including your bank details.", False)],
)  # fmt: skip
def test_money_or_identity_asked_for_in_five_languages(text: str, scam: bool) -> None:
    """Tester round u06sc: fees, gift cards, a check to buy equipment, an SSN by reply."""
    assert (scam_signs(text) is not None) is scam


def test_an_offer_that_asks_for_an_ssn_is_asked_about_not_read_as_an_offer() -> None:
    """A Gmail "offer letter" in the hiring manager's name: no offer, a question."""
    body = ("Dear Alex,\n\nI am happy to extend an offer for the Product Analyst role. Kindly"
            " reply today with your Social Security number and your bank account and routing"
            " number for direct deposit.\n\nRuth\n")  # fmt: skip
    found = classify_message(Message(
        message_id="s@gmail.example", subject="Offer Letter", body=body,
        date=datetime(2026, 11, 23, 15, tzinfo=UTC),
        sender=Address("Ruth Okonkwo", "ruth.okonkwo.northgate@gmail.example"),
    ))  # fmt: skip
    assert found.intent is not Intent.OFFER
    assert found.confidence < 0.6  # asked about


def test_a_free_mail_providers_example_stand_in_is_free_mail() -> None:
    """"gmail.example" is no company's domain, as "gmail.com" is none (u06sc)."""
    assert is_consumer_domain("gmail.example")
    assert not is_consumer_domain("gmailer.example")
