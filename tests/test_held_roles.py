"""A role on hold (probe round probe-hold6): the pause, its end, and what only looks like one.

Each case is worded apart from the probe's lines: the construction is what is tested.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.dates import revisit_date
from silence_watch.core.intents import intent_of
from silence_watch.core.pause_lookalikes import held_for_a_round

#: Tuesday, November 10, 2026, mid-morning.
SENT = datetime(2026, 11, 10, 9, 30, tzinfo=UTC)


def _intent(text: str) -> str | None:
    found = intent_of(text)
    return found[0].value if found else None


@pytest.mark.parametrize("text", [
    # a pause in words the older rows lacked
    "Quick update: there's a company-wide recruiting halt, so nothing moves for now.",
    "Nous devons reporter les embauches prévues, faute de budget validé.",
    "Le processus est mis entre parenthèses le temps de la réorganisation.",
    "Hemos frenado las contrataciones mientras cerramos el presupuesto.",
    "La vacante sigue en standby hasta nuevo aviso.",
    "De functie is voorlopig opgeschort vanwege de fusie.",
    # German with the verb at the end or split, an English hold-off (stop 48)
    "Leider werden wir das Auswahlverfahren bis zur Budgetfreigabe unterbrechen.",
    "Bis zur Klärung der Struktur setzen wir die Besetzung vorerst aus.",
    "We've been told to hold off on any new hires until the spring.",
])
def test_a_pause_in_new_words_is_a_pause(text: str) -> None:
    """Each says hiring is paused: on hold."""
    assert _intent(text) == "on_hold"


@pytest.mark.parametrize("text", [
    # a pause that ended in a no: the role will not be filled at all
    "After the freeze we opted against backfilling the analyst position.",
    "Wir haben beschlossen, die Position nicht mehr auszuschreiben.",
    "La direction a décidé de ne pas rouvrir le poste après la suspension.",
    "Tras la pausa, decidimos no reabrir la posición.",
    "Na het overleg is besloten de vacature niet meer in te vullen.",
])
def test_a_pause_that_ended_in_a_no_is_a_rejection(text: str) -> None:
    """The role is not to be filled: a no, whatever pause came before."""
    assert _intent(text) == "rejection"


@pytest.mark.parametrize("text", [
    # a pause denied: their promise is the news
    "The search is not paused, we're only slow. We'll be in touch next week.",
    "Das Verfahren ist nicht ausgesetzt; wir melden uns nächste Woche.",
    "Le recrutement n'est pas gelé, nous reviendrons vers vous la semaine prochaine.",
    "De werving ligt niet stil, we nemen volgende week contact met je op.",
    "Keine Sorge, wir müssen das Verfahren nicht unterbrechen; Sie hören Freitag von uns.",
    # a verb between the negation and the pause (stop 44)
    "No, la vacante no está paralizada: te escribo la semana que viene.",
    "Tranquila, la selección no se ha congelado; el lunes te cuento.",
    # a meeting held for a day, with a promise
    "The hiring committee review is on hold until Wednesday; we'll get back to you after.",
    "La reunión de evaluación se ha aplazado al miércoles, te escribimos después.",
])
def test_what_only_looks_like_a_pause_is_a_promise(text: str) -> None:
    """No pause of the hiring: they will be in touch."""
    assert _intent(text) == "acknowledgement"


@pytest.mark.parametrize(("text", "expected"), [
    # a pause lifted, as news: the step is what counts
    ("The hiring freeze has been lifted and we'd love to invite you to a final interview.",
     "next_step"),
    ("Se ha levantado la congelación: te invitamos a la entrevista final el martes.",
     "next_step"),
    # a pause to be lifted later is still a pause
    ("The role is frozen; once the freeze is lifted we will be in touch.", "on_hold"),
    ("Le poste est gelé. Dès que le gel sera levé, nous reviendrons vers vous.", "on_hold"),
    ("Interviews are paused until January while the team reorganises.", "on_hold"),
])
def test_a_pause_lifted_only_when_said_as_news(text: str, expected: str) -> None:
    """A lifted pause is over; one to be lifted is not."""
    assert _intent(text) == expected


@pytest.mark.parametrize(("text", "day"), [
    # "until then" points back to the month just named, across the comma
    ("Our new budget lands in February, and we've frozen the role till then.",
     date(2027, 2, 10)),
    ("Die Freigabe kommt im Februar, bis dahin ruht die Suche.", date(2027, 2, 10)),
    ("Le budget sera voté en février ; d'ici là, le recrutement est suspendu.",
     date(2027, 2, 10)),
    ("El presupuesto se aprueba en febrero y hasta entonces la vacante está congelada.",
     date(2027, 2, 10)),
    ("Het budget komt in februari rond, tot dan ligt de werving stil.", date(2027, 2, 10)),
    # resume words the cues lacked
    ("La idea es reactivar la búsqueda en enero.", date(2027, 1, 10)),
    ("Nous reviendrons vers vous en janvier, le poste étant gelé.", date(2027, 1, 10)),
    ("Wir planen, die Gespräche Mitte Januar fortzuführen.", date(2027, 1, 15)),
    ("Das Verfahren ist ausgesetzt; wir hoffen, es im Januar fortzusetzen.", date(2027, 1, 10)),
    ("Le recrutement est gelé jusqu'au nouvel an.", date(2027, 1, 10)),
])
def test_a_pause_ends_on_the_day_its_words_point_to(text: str, day: date) -> None:
    """The pause's end, from the words that say when it resumes."""
    assert revisit_date(text, SENT) == day


@pytest.mark.parametrize("text", [
    # a day before an until of an event is when something else happens
    "We told the team on Monday, and the role is on hold until the merger closes.",
    "Le poste est gelé jusqu'à nouvel ordre.",
])
def test_a_pause_with_no_end_has_none(text: str) -> None:
    """No day to revisit when none is given."""
    assert revisit_date(text, SENT) is None


@pytest.mark.parametrize(("text", "held"), [
    ("angela wants to keep you on hold for a second round. you're on the shortlist", True),
    ("sorry again about the hold music!", True),
    ("we have put the role on hold until january", False),
    ("we'll keep you on hold until the budget is approved", False),
])
def test_on_hold_for_a_round_is_no_pause(text: str, held: bool) -> None:
    """A shortlist kept for a round, a phone's music: no pause of the hiring (t74ho)."""
    assert held_for_a_round(text) is held
