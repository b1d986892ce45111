"""An offer taken back, and what the news of it means for the other processes (pure).

Tester round u27bg: the offer was withdrawn by phone ("Jammer dat jullie het aanbod moeten
intrekken"), or paused ("I have to put your offer on hold"); an approved status update
telling another employer of it must not go out.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from silence_watch.core.accepted_elsewhere import acceptances
from silence_watch.core.elsewhere import news_elsewhere, offer_ends
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    InterviewState,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.told_no import told_no
from silence_watch.core.workdays import BusinessCalendar


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
    # to one employer, another's offer taken back is none of theirs
    "Acme told me they had to withdraw the offer, so I am still very much available.",
    "Dat ze het aanbod hebben ingetrokken is jammer.",
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


def test_an_offer_put_on_hold_is_no_news_until_a_new_offer() -> None:
    """"I have to put your offer on hold ... It hasn't been withdrawn" (u27bg)."""
    paused = [theirs(23, Intent.OFFER), theirs(24, Intent.ON_HOLD)]
    assert news_elsewhere({1: paused, 2: []}, at(25)) == {}
    unsure = [theirs(23, Intent.OFFER), replace(theirs(24, Intent.ON_HOLD), confidence=0.4)]
    assert 2 in news_elsewhere({1: unsure, 2: []}, at(25))  # asked about, not a pause
    again = [*paused, theirs(26, Intent.OFFER)]  # "the freeze is lifted: the offer stands"
    assert news_elsewhere({1: again, 2: []}, at(27))[2].at == at(26)


def test_a_pause_after_her_yes_does_not_free_the_others() -> None:
    """A start date moved by a freeze leaves the contract she signed standing."""
    signed = [theirs(23, Intent.OFFER), mine(24, accepted=True), theirs(26, Intent.ON_HOLD)]
    assert set(acceptances({1: signed, 2: []}, {1: "a", 2: "b"}, at(27), 0.6)) == {2}


def test_an_offer_on_hold_waits_for_their_day_then_the_ladder() -> None:
    """Neither an offer nor a no (no feedback request): a pause until 15 January."""
    interview = Interview(id=1, company="Kittiwake", role="DevOps", date=at(16),
                          contacts=(Contact("Callum", "callum@kittiwake.example"),))  # fmt: skip
    settings = PolicySettings(calendar=BusinessCalendar(zone=UTC))
    offered = [mine(16), theirs(23, Intent.OFFER)]
    assert assess(interview, offered, at(25), settings).state is InterviewState.OFFER
    paused = [*offered, theirs(24, Intent.ON_HOLD, revisit_by=date(2027, 1, 15))]
    verdict = assess(interview, paused, at(25), settings)
    assert verdict.state not in (InterviewState.OFFER, InterviewState.REJECTED)
    assert verdict.expected_by == date(2027, 1, 15)
    assert verdict.next_action is Action.FOLLOW_UP
    assert verdict.next_action_at is not None
    assert verdict.next_action_at.date() > date(2027, 1, 15)
    unsure = [*offered, replace(theirs(24, Intent.ON_HOLD), confidence=0.4)]
    assert assess(interview, unsure, at(25), settings).state is InterviewState.OFFER
    resumed = [*paused, theirs(26, Intent.OFFER)]
    assert assess(interview, resumed, at(27), settings).state is InterviewState.OFFER
