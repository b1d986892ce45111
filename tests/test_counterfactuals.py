"""Good news wished for and not made is no invitation: "j'aurais aimé vous rencontrer, mais".

Sentences written for these tests (second probe, issue 12), in en, fr, es and nl, each
beside the polite present wish that still invites.
"""

from __future__ import annotations

import pytest

from silence_watch.core.counterfactuals import wished_not_made
from silence_watch.core.intents import intent_of
from silence_watch.core.language import fold


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


WISHED_NOT_MADE = [
    "J'aurais aimé vous rencontrer, mais le poste est pourvu.",
    "Nous aurions aimé vous inviter à un entretien, mais le poste est déjà pourvu.",
    "J'aurais aimé vous inviter à un entretien. Malheureusement, le poste a été pourvu.",
    "I would have loved to meet you, but the role has been filled.",
    "We would have liked to invite you for an interview, but the position has been filled.",
    "Nos hubiera gustado conocerte, pero el puesto ya está cubierto.",
    "Me habría encantado invitarte a una entrevista, pero la vacante ya se cubrió.",
    "We hadden je graag uitgenodigd voor een gesprek, maar de vacature is al vervuld.",
]

STILL_INVITED = [
    "J'aurais aimé vous proposer un entretien mardi à 10h, êtes-vous disponible ?",
    "J'aurais aimé vous rencontrer mardi, est-ce possible ?",
    "We would love to invite you for an interview next week.",
    "We would love to bring you in for a final round, but it will have to be in January.",
    "Nous aimerions vous rencontrer mardi, mais plutôt l'après-midi.",
    "We zouden je graag uitnodigen voor een tweede gesprek.",
    "I would have liked more time with you, so let's schedule a second interview on Monday.",
]


@pytest.mark.parametrize("text", WISHED_NOT_MADE)
def test_an_invitation_wished_for_and_not_made_is_a_no(text: str) -> None:
    """The meeting that "would have" happened will not: a no, never a step."""
    assert _reading(text) == "rejection"


@pytest.mark.parametrize("text", STILL_INVITED)
def test_a_polite_wish_still_invites(text: str) -> None:
    """Without a turn after it, or without the past, the wish is an invitation."""
    assert _reading(text) == "next_step"


def test_good_news_after_the_wish_is_no_news() -> None:
    """A round they would have loved to hold, but cannot: no step (and no sure no)."""
    assert _reading("We'd have loved to bring you in for a final round, but the budget was "
                    "cut.") != "next_step"


def test_the_wish_is_read_in_its_clause_only() -> None:
    """A wish in an earlier sentence does not reach a phrase in the next one."""
    text = fold("I would have loved more notice. Can we meet Monday, but later in the day?")
    start = text.index("can we meet")
    assert not wished_not_made(text, start, start + len("can we meet"))
    first = fold("I would have loved to meet you, but the role has been filled.")
    at = first.index("meet you")
    assert wished_not_made(first, at, at + len("meet you"))
