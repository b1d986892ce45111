"""Noes found by an eighth probe (probe-noes8): ``core.phrases_answered_noes`` and more.

The rows it taught elsewhere too: a Dutch offer to another, a round moved, her withdrawal
thanked for.

Sentences written for these tests in voices unlike the probe's (a brewery, a museum, a
logistics agency, a school board, a hiring system), each with the near-misses that must
keep their reading.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # the other direction, in the perfect
    ("Merci pour ta patience. On est partis dans une autre direction pour la boutique.",
     "rejection"),
    ("L'équipe a pris une autre direction pour ce recrutement.", "rejection"),
    ("Het museum heeft een andere richting ingeslagen voor deze functie.", "rejection"),
    ("We zijn uiteindelijk voor een andere weg gekozen, sorry.", "rejection"),
    ("Le bureau se trouve dans une autre direction, à gauche de l'accueil.", "other"),
    # her CV kept for later openings: the whole no
    ("Thanks Jordan, we'll hold your resume for upcoming vacancies.", "rejection"),
    ("Wir speichern Ihre Unterlagen gerne für zukünftige Stellen.", "rejection"),
    ("Nous gardons ton profil pour d'autres opportunités dans l'entrepôt.", "rejection"),
    ("Conservaremos su currículum para próximas oportunidades.", "rejection"),
    ("We houden je gegevens bij voor nieuwe vacatures.", "rejection"),
    ("Het is geen afwijzing: we bewaren je cv voor toekomstige vacatures en beslissen vrijdag.",
     "acknowledgement"),
    (("Wir haben Ihre Unterlagen erhalten. Falls es nicht passt, speichern wir Ihre Unterlagen"
      " für künftige Stellen."), "acknowledgement"),
    (("We received your resume. Should this role not work out, we'll keep your resume for"
      " future openings."), "acknowledgement"),
    # an agency's client that will not carry on
    ("Die Firma will das Verfahren mit dir nicht fortsetzen, sorry.", "rejection"),
    ("Mein Mandant wird die Gespräche mit Ihnen leider nicht weiterverfolgen.", "rejection"),
    (("Der Kunde möchte die Gespräche mit Ihnen unbedingt fortsetzen. Passt Ihnen Donnerstag"
      " um 10 Uhr?"), "next_step"),
    # a hiring system's status line, in bold or in a bullet
    ("Kandidatenportal\n- Status: **abgelehnt**\n- Stelle: Lagerist", "rejection"),
    ("Statut : _refusée_", "rejection"),
    ("* Status: Unsuccessful", "rejection"),
    ("Estatus: **descartada**", "rejection"),
    ("Status: **in behandeling**", "other"),
    # a pause for good
    ("Sadly the opening was placed on hold for good after the merger.", "rejection"),
    ("Die Stelle wurde endgültig auf Eis gelegt.", "rejection"),
    ("Le recrutement a été suspendu définitivement.", "rejection"),
    ("La vacante quedó congelada definitivamente.", "rejection"),
    ("De vacature staat voorgoed on hold.", "rejection"),
    ("The role is on hold until February, not permanently.", "on_hold"),
    # filled from inside, in the forms left; another role may follow
    ("El puesto de bodeguero se ha cubierto internamente.", "rejection"),
    (("La plaza se cubrió internamente, pero queremos invitarte a una entrevista para el"
      " puesto de jefe de turno."), "next_step"),
    ("Er is gekozen de vacature intern op te vullen.", "rejection"),
    ("Wil je het formulier nog in te vullen voor vrijdag?", "request"),
    # a Dutch offer to another is their no, an offer to her stays one
    ("Het bestuur heeft besloten de positie aan een interne kandidaat aan te bieden.",
     "rejection"),
    ("Het bestuur heeft besloten je de positie van teamleider aan te bieden.", "offer"),
    # a round moved with its new day between, or a Spanish call of ours moved
    ("Können wir den Termin auf Montag, 14. Dezember um 9 Uhr verschieben?", "next_step"),
    ("Voy a pasar la llamada a Marta, que lleva tu proceso.", "other"),
    ("Necesito mover nuestra videollamada al viernes a las 10.", "next_step"),
    # a no for another named opening while hers goes on (``core.other_opening_noes``)
    (("For the Night Auditor role we went with someone else, but your application for the"
      " Front Office role is still in progress."), "other"),
    (("Pour le poste de caissière nous avons retenu une autre candidate, votre candidature"
      " pour le poste de vendeuse suit toujours son cours."), "other"),
    (("We will not proceed with your application for the Analyst role. Your applications for"
      " other positions remain active."), "rejection"),
    # her withdrawal thanked for: warmth, no news; their notice is still theirs
    ("Danke, dass du Bescheid gibst! Alles Gute für die neue Stelle.", "pleasantry"),
    ("Wir geben dir bis Freitag Bescheid.", "acknowledgement"),
    ("Merci, vous retirez votre candidature, c'est noté. Belle continuation !", "pleasantry"),
    ("Jammer dat u uw sollicitatie intrekt, maar succes gewenst!", "pleasantry"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_answered_noes(text: str, expected: str) -> None:
    """Each sentence is read as the intent beside it."""
    assert _reading(text) == expected
