"""An office closed over the holidays, said by a person (probe round probe-hold7).

Worded apart from the probe's lines: the construction is what is tested.
"""

from __future__ import annotations

import pytest

from silence_watch.core.model import Intent
from silence_watch.core.office_closures import closure_only, office_closed


@pytest.mark.parametrize(("text", "closed"), [
    ("Heads-up: the studio will be closed Dec 24 through Jan 3. Back on the 4th!", True),
    ("Unsere Büros sind zwischen den Jahren geschlossen, ab 5.1. sind wir zurück.", True),
    ("Le bureau est fermé du 23/12 au 02/01 ; nous répondrons dès la rentrée.", True),
    ("La oficina estará cerrada hasta el 7 de enero. ¡Felices fiestas!", True),
    ("Het kantoor is dicht tussen kerst en oud en nieuw.", True),
    # "nicht besetzt", the office not staffed (stop 47)
    ("Vom 24.12. bis 3.1. ist unser Büro nicht besetzt. Schöne Feiertage!", True),
    ("Unser Büro ist ab morgen nicht besetzt, die Stelle ist aber weiter offen.", False),
    # a word of her process beside it is more than a closure
    ("Our office is closed until Jan 4, so your interview moves to the 5th.", False),
    ("La oficina cierra en Navidad y el puesto queda en pausa.", False),
    ("Thanks for the interview, we'll be in touch.", False),
])
def test_a_closure_notice_says_nothing_of_her_process(text: str, closed: bool) -> None:
    """Only the office's closure and its return day."""
    assert closure_only(text) is closed


@pytest.mark.parametrize(("rules", "expected"), [
    (None, Intent.OTHER),
    ("acknowledgement", Intent.ACKNOWLEDGEMENT),
])
def test_the_reader_s_pause_in_a_closure_is_none(rules: str | None, expected: Intent) -> None:
    """The reader's pause becomes the rules' reading, or "other" asked about."""
    text = "Our offices are closed from December 22; we're back on January 5."
    intent, _ = office_closed(text, Intent.ON_HOLD, 0.8, rules, [], asked=0.5)
    assert intent is expected


def test_a_pause_the_rules_read_stays() -> None:
    """The rules' own pause is not overruled."""
    text = "Our offices are closed from December 22; we're back on January 5."
    intent, _ = office_closed(text, Intent.ON_HOLD, 0.8, "on_hold", [], asked=0.5)
    assert intent is Intent.ON_HOLD
