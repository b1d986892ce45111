"""A reference check set for her is her move; references thanked for are not (u32ta)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Address, Intent, Message

PST = timezone(timedelta(hours=-8))
SENT = datetime(2026, 11, 20, 10, 4, tzinfo=PST)  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "We'd like to move forward with references.",
        "The panel were very positive and we would now like to take up references.",
        "You'll receive an email from SkillSurvey asking you to enter two professional references.",
        "Could you provide two references, ideally former managers?",
        "Nennen Sie uns bitte zwei berufliche Referenzen.",
        "Wir bitten Sie, zwei Referenzpersonen zu nennen.",
        "Pourriez-vous nous indiquer deux références ?",
        "Nous allons passer à la prise de références.",
        "¿Podrías facilitarnos dos referencias?",
        "Vamos a pasar a la verificación de referencias.",
        "Wil je twee referenties opgeven?",
        "We gaan graag door met de referentiecheck.",
    ],
)
def test_references_asked_for_are_a_step_of_hers(text: str) -> None:
    """Asked for references, in the five languages: a next step."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for providing two references, we will be in touch by Friday.",
        "Your references have responded. Harcourt & Finch will be in touch.",
        "We won't need references at this stage; we'll be in touch next week.",
        "Vielen Dank für die zwei Referenzen, wir melden uns bis Freitag.",
        "Merci pour vos deux références, nous revenons vers vous vendredi.",
        "Gracias por las dos referencias, te diremos algo el viernes.",
        "Bedankt voor de twee referenties, we laten je vrijdag iets weten.",
    ],
)
def test_references_thanked_for_set_nothing(text: str) -> None:
    """Near misses: references received or not needed, and a promise: their move."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT


def test_lorraines_references_keep_her_decision_day() -> None:
    """SkillSurvey references asked for, a decision by the 2nd: her move, their day kept.

    (The learned reader alone leans to an acknowledgement: the rule decides it here.)
    """
    body = (
        "Hi Hannah,\n\nIt was a pleasure having you in on Wednesday - the panel enjoyed the"
        " conversation.\n\nWe'd like to move forward with references. You'll receive an email"
        " from SkillSurvey (our reference-checking partner) asking you to enter two professional"
        " references, ideally people who have supervised your work. Your references then"
        " complete a short confidential online survey.\n\nOnce both surveys are in, we plan to"
        " get back to you with a decision by Wednesday, December 2.\n\nThanks so much,\n"
        "Lorraine\n\nLorraine Castillo, SPHR\nSenior Talent Acquisition Partner\nBramblewood"
        " Health | 2200 Alder Street, Portland, OR 97205\no: 503-555-0147\n"
    )
    message = Message(
        message_id="lorraine@bramblewoodhealth.example",
        date=SENT,
        sender=Address(name="Lorraine Castillo", email="lorraine@bramblewoodhealth.example"),
        to=(Address(name="Hannah Kowalski", email="hannah@example.com"),),
        subject="RE: Thank you - Senior Program Manager panel",
        headers={},
        body=body,
    )
    read = classify_message(message, load_intent_reader())
    assert read.intent is Intent.NEXT_STEP
    assert read.promised_by == date(2026, 12, 2)
