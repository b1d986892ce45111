"""An offer taken back, and what the news of it means for the other processes (pure).

Tester round u27bg: the offer was withdrawn by phone ("Jammer dat jullie het aanbod moeten
intrekken"), or paused ("I have to put your offer on hold"); an approved status update
telling another employer of it must not go out.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.core.elsewhere import news_elsewhere, offer_ends
from silence_watch.core.model import Direction, Intent, MessageKind, TimelineEntry
from silence_watch.core.told_no import told_no


def at(day: int) -> datetime:
    """A moment in November 2026."""
    return datetime(2026, 11, day, 10, tzinfo=UTC)


def theirs(day: int, intent: Intent, **fields: object) -> TimelineEntry:
    """The employer's word, read surely."""
    return TimelineEntry(at=at(day), direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                         sender="ruben@vaartenveen.example", intent=intent, confidence=0.95,
                         message_id=f"t{day}@x.example", **fields)  # type: ignore[arg-type]


def mine(day: int, **fields: object) -> TimelineEntry:
    """The candidate's own message."""
    return TimelineEntry(at=at(day), direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         message_id=f"m{day}@x.example", **fields)  # type: ignore[arg-type]


TAKEN_BACK = [
    "Jammer dat jullie het aanbod moeten intrekken nu de gemeente het project uitstelt.",
    "Sorry to hear you have to withdraw the offer - I understand it's out of your hands.",
    "Schade, dass Sie das Angebot zurückziehen müssen.",
    "Dommage que vous deviez retirer l'offre, je comprends la situation.",
    "Lástima que tengáis que retirar la oferta; gracias por avisarme.",
    "Thanks for calling. I understand you've had to rescind the offer because of the freeze.",
    "Ich verstehe Ihre Entscheidung, das Angebot zurückzuziehen.",
    "Je comprends votre décision de retirer l'offre.",
    "Entiendo vuestra decisión de retirar la oferta.",
    "Ik begrijp jullie beslissing om het aanbod in te trekken.",
    "Thank you for letting me know on the phone that the offer has been withdrawn.",
]
NOT_TAKEN_BACK = [
    "I hope you won't have to withdraw the offer.",
    "If you had to withdraw the offer, I would understand.",
    "Would you have to withdraw the offer if I started in March?",
    "Please don't withdraw the offer - I just need a few more days.",
    "I'd like to withdraw my application.",  # hers: a withdrawal, not their no
    "Ich hoffe, dass Sie das Angebot nicht zurückziehen müssen.",
    "Falls Sie das Angebot zurückziehen müssen, sagen Sie mir bitte Bescheid.",
    "J'espère que vous ne devrez pas retirer l'offre.",
    "Espero que no tengáis que retirar la oferta.",
    "Als jullie het aanbod moeten intrekken, laat het me weten.",
    "Ik hoop dat jullie het aanbod niet hoeven in te trekken.",
    "You mentioned the offer could be withdrawn if the budget is cut?",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_her_note_that_they_took_the_offer_back_is_their_no(text: str) -> None:
    """Said on the phone, known from her own words: in five languages."""
    assert told_no(text) is not None


@pytest.mark.parametrize("text", NOT_TAKEN_BACK)
def test_a_fear_a_wish_or_her_own_withdrawal_is_no_no_of_theirs(text: str) -> None:
    """"I hope you won't have to withdraw the offer" says nothing happened."""
    assert told_no(text) is None


def test_her_note_of_the_offer_taken_back_ends_it_and_its_news() -> None:
    """No status update to Duinkracht about an offer Vaart & Veen took back by phone."""
    offered = [theirs(23, Intent.OFFER)]
    taken_back = [*offered, mine(24, told_no=True)]
    assert offer_ends(taken_back, at(25)) == [at(24)]
    assert 2 in news_elsewhere({1: offered, 2: []}, at(25))
    assert news_elsewhere({1: taken_back, 2: []}, at(25)) == {}
    assert 2 in news_elsewhere({1: taken_back, 2: []}, at(23))  # before her note: news
