"""Noes said of some of the others, counted, while she stays in (stop 47).

"Two of the four finalists have withdrawn and a third was not successful ... You remain in
the process" was read as her own no (held at 0.59, so the candidate was asked whether she
had been turned down). Sentences here are worded unlike the probe's.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


@pytest.mark.parametrize(
    "text",
    [
        (
            "Quick status: one of the shortlisted candidates withdrew, and a second was not "
            "selected after the case study. You stay in consideration; more next week."
        ),
        (
            "Zwei der Bewerber haben abgesagt, einer der Finalisten wurde nicht ausgewählt. "
            "Sie bleiben im Verfahren."
        ),
        "Deux des finalistes n'ont pas été retenus. Vous restez en lice, bien sûr.",
        "Dos de los candidatos no fueron seleccionados; tú continúas en el proceso.",
        "Twee van de kandidaten zijn niet geselecteerd. Je blijft in de race.",
    ],
)
def test_a_no_of_counted_others_is_not_hers(text: str) -> None:
    """Some of the others, counted, got the no; she is told she stays in."""
    assert _reading(text) == "acknowledgement"


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry to say you were not selected for the final round.",
        "Leider wurden Sie nicht ausgewählt.",
        "One of our managers reviewed it again, and unfortunately you were not successful.",
    ],
)
def test_her_own_no_stays_a_no(text: str) -> None:
    """A no said to her, even with someone counted earlier in the sentence, stays a no."""
    assert _reading(text) == "rejection"


def test_staying_in_said_plainly_is_a_wait() -> None:
    """"You remain under consideration" alone: nothing decided, she waits."""
    assert _reading("Thanks for your patience - you remain under consideration.") == (
        "acknowledgement"
    )
