"""Luck wished for the rest of this process is warmth, in five languages (stop 44)."""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent


@pytest.mark.parametrize(
    "text",
    [
        "Likewise! Best of luck with the rest of the process.",
        "Thanks Priya, and good luck for the next stages of the process!",
        "Gern geschehen - viel Erfolg im weiteren Bewerbungsprozess!",
        "¡Mucha suerte con el resto del proceso!",
        "Graag gedaan, veel succes met de rest van het proces!",
    ],
)
def test_luck_for_the_rest_of_the_process_is_a_pleasantry(text: str) -> None:
    """The wish names the process, and says nothing else: warmth, no news."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.PLEASANTRY


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Good luck with the process, but the position has been filled.", Intent.REJECTION),
        ("Best of luck with the rest of the process. The role is on hold for now.",
         Intent.ON_HOLD),
        ("Best of luck with the process! We'll get back to you by Friday.",
         Intent.ACKNOWLEDGEMENT),
    ],
)  # fmt: skip
def test_the_wish_beside_news_leaves_the_news(text: str, intent: Intent) -> None:
    """A no, a pause or a promise beside the wish keeps its reading."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is intent


@pytest.mark.parametrize(
    "text",
    [
        "Thanks! The process is taking longer than planned.",
        "Good luck! The hiring process is on our side now.",
    ],
)
def test_the_process_named_outside_a_wish_is_no_pleasantry(text: str) -> None:
    """Process words outside the wish still keep a reply from being only warmth."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.PLEASANTRY


@pytest.mark.parametrize(
    "text",
    [
        "Bon courage pour jeudi !",
        "¡Muchos éxitos el jueves, Valentina!",
        "Merci, et bonne chance !",
    ],
)
def test_luck_for_her_day_in_french_and_spanish_is_a_pleasantry(text: str) -> None:
    """"Bon courage", "bonne chance", "mucho éxito" are warmth, as "good luck" is."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.PLEASANTRY
