"""Quiet noes found by a third probe (issue 12): ``core.phrases_quiet_noes``.

Sentences written for these tests in voices unlike the corpus' (a haulier's agency, a town
hall, a university panel, a game studio lead, a clinic's hiring system), each with the
near-misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # an agency's client kept the job inside (only filled: another role may follow)
    ("Der Kunde hat sich für eine interne Lösung entschieden, ein Kollege übernimmt.",
     "rejection"),
    ("Die Stelle wurde intern besetzt.", "rejection"),
    ("Mijn klant heeft de vacature intern hebben ingevuld, zo blijkt.", "rejection"),
    ("De functie is intern vervuld, helaas.", "rejection"),
    ("Van a cubrir la vacante con una persona de dentro de la empresa.", "rejection"),
    (("Die Stelle wurde intern besetzt, aber wir laden Sie gern zu einem Gespräch für die"
      " Teamleitung ein."), "next_step"),
    ("Wir suchen eine interne Lösung für die Terminplanung.", "other"),
    # a system's passive no, of her application
    ("Hi, Deine Bewerbung bei Frachtfix wurde abgelehnt.", "rejection"),
    ("Ihre Bewerbung wurde leider nicht berücksichtigt.", "rejection"),
    ("Wij hebben besloten uw sollicitatie niet in behandeling te nemen.", "rejection"),
    ("Wij nemen uw sollicitatie graag in behandeling.", "other"),
    ("Uw sollicitatie wordt helaas niet in behandeling genomen.", "rejection"),
    (("Zonder uw diploma kunnen wij uw sollicitatie niet in behandeling nemen. Wilt u het"
      " sturen?"), "request"),
    # a curt line
    ("Read your CV. Not what we're after, sorry.", "rejection"),
    ("Thanks, but not really what we are looking for.", "rejection"),
    ("Is this not what we're after? Let's discuss on Monday.", "other"),
    ("Geen match. Groet.", "rejection"),
    ("Sorry, no fit.", "rejection"),
    ("No match for the date you gave, can you do Tuesday?", "request"),
    ("Sie sind überqualifiziert. Wir sehen keine Basis.", "rejection"),
    ("Ya tenemos a alguien.", "rejection"),
    ("We already have someone.", "rejection"),
    ("Wir haben schon jemanden.", "rejection"),
    ("Nous avons déjà quelqu'un.", "rejection"),
    ("We hebben al iemand, sorry.", "rejection"),
    ("We already have someone to show you around on Monday.", "other"),
    ("Ya tenemos a alguien que te recibirá en la puerta.", "other"),
    # a panel's no
    ("The panel has offered the post to them, who has accepted.", "rejection"),
    ("We have offered the role to the successful candidate.", "rejection"),
    ("Vous n'avez pas été classée par le comité.", "rejection"),
    ("Usted no ha obtenido la puntuación necesaria para ser propuesta.", "rejection"),
    ("No has alcanzado la nota suficiente en la prueba.", "rejection"),
    # the post cancelled, never an interview
    ("La posición de coordinadora se ha cancelado por falta de fondos.", "rejection"),
    ("The position itself has been cancelled after the merger.", "rejection"),
    ("Tu entrevista de mañana se ha cancelado; te propongo el jueves.", "other"),
    # a no to the next round
    ("We're not going to take it to the onsite.", "rejection"),
    ("We won't be moving you forward to the next round.", "rejection"),
    ("We'd like to invite you to the onsite next week!", "next_step"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quiet_noes_are_read(text: str, expected: str) -> None:
    """Each quiet no is read, and each near-miss keeps its reading."""
    assert _reading(text) == expected
