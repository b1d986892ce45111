"""A time proposed for the next round (probe round probe-hold6): a next step, worded apart."""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of


def _intent(text: str) -> str | None:
    found = intent_of(text)
    return found[0].value if found else None


@pytest.mark.parametrize("text", [
    "Since you're away until the 11th, would Tuesday the 12th at 3pm suit you?",
    "We'll schedule the final round for the week after your trip.",
    "Sie sind ja bis zum 8. unterwegs - wie wäre es mit dem 11. um 9 Uhr?",
    "Gut, dann planen wir Ihr Interview für die Woche danach.",
    "Nous vous proposons plutôt un échange le lundi 11 janvier.",
    "Le propongo una videollamada el lunes 11 de enero por la mañana.",
    "Zullen we de kennismaking dan op maandag 11 januari inplannen?",
])
def test_a_proposed_time_is_a_next_step(text: str) -> None:
    """They book the round, on a day they propose: her next step."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    # a condition books nothing
    "If the budget comes through, we'll schedule the panel in January.",
    # a pause beside a booking to come stays a pause
    "Hiring is paused until February; we'll be in touch then to book the interview.",
    # her own deadline, no time of theirs
    "Could you send the form by Friday?",
])
def test_no_booking_without_a_time_proposed(text: str) -> None:
    """Near-misses are no next step."""
    assert _intent(text) != "next_step"
