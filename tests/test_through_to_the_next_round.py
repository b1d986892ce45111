"""Through to the next round, said as news, in German and French (stop 44)."""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent


@pytest.mark.parametrize(
    "text",
    [
        # the promise of times beside it is how the step goes on, not the news
        "Glückwunsch, du bist eine Runde weiter - ich schicke dir morgen zwei Termine.",
        "Sie sind damit in der finalen Runde; wir melden uns zur Terminabstimmung.",
        "Sie haben es tatsächlich in die zweite Runde geschafft!",
        "Super nouvelle, tu passes au second tour ! Je te recontacte demain pour fixer l'heure.",
        "Vous accédez donc à l'étape suivante du processus.",
    ],
)
def test_through_to_the_next_round_is_her_next_step(text: str) -> None:
    """"Eine Runde weiter", "in der finalen Runde", "tu passes au second tour"."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP


@pytest.mark.parametrize(
    "text",
    [
        "Leider sind Sie diesmal nicht eine Runde weiter.",
        "Malheureusement, tu ne passes pas au second tour.",
    ],
)
def test_not_through_is_a_no(text: str) -> None:
    """The same news negated is a rejection."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION
