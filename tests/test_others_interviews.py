"""Interviews their side still holds with others are no next step of hers (u28re)."""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent


@pytest.mark.parametrize(
    "text",
    [
        ("Wir führen in dieser Woche noch ein weiteres Gespräch und werden uns bis Freitag,"
         " den 4. Dezember, bei Ihnen melden."),
        "We still have a second interview this week and will be in touch by Friday.",
        "Nous avons encore un autre entretien cette semaine et reviendrons vers vous vendredi.",
        "We hebben deze week nog een tweede gesprek en laten je vrijdag weten hoe het zit.",
        # set up, but with another candidate (tester round u29es)
        ("Todavía tenemos agendada una entrevista más con otra candidata, por lo que le"
         " estaremos contactando a más tardar el viernes 11."),
        "Aún tenemos otra entrevista agendada con otro candidato; le contactaremos el viernes.",
        "Tenemos agendada una entrevista más en esta semana con otra candidata.",
        ("Nous avons prévu un dernier entretien avec un autre candidat, nous reviendrons vers"
         " vous vendredi."),
    ],
)
def test_their_other_interviews_are_no_step_of_hers(text: str) -> None:
    """They still meet someone else, and promise to answer: no next step of hers."""
    found = intent_of(text)
    assert found is None or found[0] is Intent.ACKNOWLEDGEMENT


@pytest.mark.parametrize(
    "text",
    [
        "Wir führen das zweite Gespräch am Montag um 10 Uhr in Aalen.",
        "Wir haben noch ein weiteres Gespräch mit Ihnen für Montag geplant.",
        "Wir möchten noch ein weiteres Gespräch mit Ihnen führen.",
        "We still have a second interview slot for you on Thursday.",
        "We have a second interview on Thursday at 10.",
        "Nous avons prévu un autre entretien avec le directeur.",
        # set up with someone who is no other candidate, or for her
        "Tenemos agendada una entrevista más con el director el martes.",
        "Le tenemos agendada una entrevista más con otra candidata del equipo.",
        "Tenemos agendada su segunda entrevista con otro candidato del comité el martes.",
    ],
)
def test_her_next_round_stays_a_next_step(text: str) -> None:
    """Her round named by its article, for her, or being set up: still her next step."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP

