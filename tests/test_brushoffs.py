"""A curt-looking reply that promises something of its own is no brush-off."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.brushoffs import not_a_brush_off
from silence_watch.core.classify import classify_message
from silence_watch.core.intent_blend import RuleVerdict
from silence_watch.core.model import Address, Intent, Message

SENT = datetime(2026, 11, 12, 21, 14, tzinfo=timezone(timedelta(hours=1)))


def reply(body: str) -> Message:
    """A person's short reply to the candidate."""
    return Message(message_id="r-1@mail.example", date=SENT,
                   sender=Address("Lena Vogt", "lena@kranich.example"),
                   to=(Address("Jordan Lee", "jordan@example.com"),),
                   subject="Re: Danke!", headers={}, body=body)  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "Danke, melde mich!\n\nVon meinem iPhone gesendet",
        "Thanks Jordan! We'll have a decision for you by December 9.\n\nAda",
        "Thanks, I'll get back to you next week.",
        # no condition at all: the cold head read these two words as a goodbye (0.97)
        "Will do!",
        "Thanks for the nudge - we're still deciding and will update you.",
    ],
)
def test_a_promise_of_their_own_keeps_the_door_open(body: str) -> None:
    """The cold head may call them curt; a person's own or dated promise is not a goodbye."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.ACKNOWLEDGEMENT
    assert not found.cold
    # every brush-off of the corpus says "if": "Will revert if shortlisted", "bei Interesse"
    for cold in ("Received. Will revert if shortlisted.", "Bei Interesse melden wir uns.",
                 # the Dutch and French conditions (batch w15pd)
                 "Ontvangen. Bij interesse nemen wij contact op.",
                 "CV reçu, on vous rappelle si ça colle avec une mission."):  # fmt: skip
        assert classify_message(reply(cold), load_intent_reader()).cold


def test_a_brush_off_with_an_if_stays_cold() -> None:
    """"We'll be in touch if there's a fit" promises nothing: still a brush-off."""
    found = classify_message(reply("Noted, thanks. We'll be in touch if there's a fit."),
                             load_intent_reader())  # fmt: skip
    assert found.cold


@pytest.mark.parametrize(
    "body",
    ["Going with an internal candidate. Thanks.", "Went with someone else. Thx.\n\nGreg"],
)
def test_a_curt_no_the_rules_read_is_sure_whatever_the_model_says(body: str) -> None:
    """Too short for the model to back (tester round t26cb): the rules' curt no is sure."""
    found = classify_message(reply(body), load_intent_reader())
    assert (found.intent, found.cold) == (Intent.REJECTION, True)
    assert found.confidence >= 0.6


@pytest.mark.parametrize(
    "body",
    [
        ("Marta, lo siento muchísimo: al final nos hemos decidido por otra candidata. Me"
         " encantó conocerte, de verdad 💛"),
        "Really sorry Sam, we went with someone else. Loved meeting you though!",
    ],
)
def test_a_short_no_in_warm_words_is_no_brush_off(body: str) -> None:
    """A short no with a person's own warmth gets its feedback request (tester round t59sl).

    The cold head read the Spanish one as curt (0.95) over the rules; the docs say a short
    no is cold only without personal warmth.
    """
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.REJECTION
    assert not found.cold


@pytest.mark.parametrize("body", [
    ("Hi Jordan,\n\nThere's an update on one of your submissions. Status: Not selected.\n"
     "The client has decided not to move forward with your candidacy for this position. "
     "Thank you for the time you invested in the process.\n\nKeystone Staffing"),
    ("Hallo Jordan,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung als Analyst. Leider haben wir "
     "uns für eine andere Kandidatin entschieden. Vielen Dank für die Zeit, die Sie in das "
     "Verfahren investiert haben.\n\nIhr Recruiting-Team"),
    ("Bonjour Jordan,\n\nnous revenons vers vous au sujet du poste d'analyste. Nous ne "
     "donnerons pas suite à votre candidature. Merci pour le temps que vous nous avez "
     "consacré.\n\nL'équipe recrutement"),
])
def test_a_no_that_thanks_her_for_her_time_is_no_brush_off(body: str) -> None:
    """Thanks for the time she invested is courtesy, never a curt no (t15ag)."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.REJECTION
    assert not found.cold
    # whatever the cold head says of it: the words decide
    read = RuleVerdict("rejection", "they went another way", cold=False)
    assert not_a_brush_off(read, body, [], dated=False, intent=Intent.REJECTION)


def test_thanks_for_her_mere_interest_is_no_such_courtesy() -> None:
    """"Vielen Dank für Ihr Interesse" thanks nothing she gave: the cold head may decide."""
    body = "Vielen Dank für Ihr Interesse. Wir werden Ihre Bewerbung nicht weiter berücksichtigen."
    read = RuleVerdict("rejection", "they went another way", cold=False)
    assert not not_a_brush_off(read, body, [], dated=False, intent=Intent.REJECTION)
