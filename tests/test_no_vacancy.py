"""A no in few words, a formal request, "we'd like to see you again" (issue 12, w23ir dev).

Causes found in the development part of batch w23ir, each written for the five languages:
no opening now (a curt no, cold), a more senior profile chosen (a no), a formal letter's
request (hers to answer), a wish to see her again (a next step), and a negation that is of
the meeting's date, not of the meeting. Every sentence is written for the test, in voices
unlike the corpus'.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of, is_cold
from silence_watch.core.model import Intent

NO_OPENING_NOW = (
    "Noted, thanks. No openings right now; we'll keep your CV.",
    "We don't have any vacancies at the moment, but your details stay on file.",
    "Danke. Derzeit ist leider keine Stelle frei, Ihre Unterlagen behalten wir.",
    "Merci. Aucun poste n'est ouvert en ce moment chez nous.",
    "Hola, ahora mismo no tenemos vacantes. Guardamos tu CV.",
    "Bedankt! Geen vacatures op dit moment, we bewaren je cv.",
)
NOT_HER_NO = (
    # another opening, a condition, a meeting's slot, a date not yet set
    "There are no other openings right now, but your application is moving forward.",
    "If there is no vacancy at the moment in your field, we keep your CV for later.",
    "We have no slots available right now for the panel; could you do Monday at 2pm?",
    "Il n'y a pas d'autre poste en ce moment, mais nous aimerions vous revoir jeudi à 14h.",
    "Es gibt derzeit keine weitere Stelle, aber wir laden Sie gern zum Gespräch ein.",
)
MORE_SENIOR = (
    "The client has opted for a more senior profile for this one, I'm sorry.",
    "Le comité a finalement privilégié un profil plus expérimenté.",
    "La empresa se ha decantado por un perfil con más experiencia en banca.",
    "Uiteindelijk is er gekozen voor een meer ervaren kandidaat.",
)
FORMAL_REQUESTS = (
    "Nous vous serions reconnaissants de bien vouloir nous faire parvenir votre RIB.",
    "Je vous serais obligé de me transmettre vos trois derniers bulletins de salaire.",
    "Wir wären Ihnen dankbar, wenn Sie uns Ihr Arbeitszeugnis bis Montag zukommen lassen.",
    "Le agradeceríamos que nos remitiera una copia de su título.",
    "Wij zouden het op prijs stellen als u ons een kopie van uw diploma toestuurt.",
)
NO_REQUEST = (
    # thanks for what she sent, or for her patience: nothing asked
    "Nous vous remercions de nous avoir transmis votre dossier; retour d'ici vendredi.",
    "Wir wären Ihnen dankbar für etwas Geduld; wir melden uns bis Freitag.",
)
SEE_YOU_AGAIN = (
    "Nous aimerions vous revoir jeudi prochain avec le directeur financier.",
    "We'd love to see you again - could you come in on Thursday at 2pm?",
    "Wir würden Sie gern noch einmal sehen, diesmal mit dem Teamleiter.",
    "Nos gustaría volver a verte el jueves con la jefa de producto.",
    "We zouden je graag nog een keer zien, samen met de CFO.",
)
MEETING_NOT_DATED_YET = (
    "De momento no hay fecha para la segunda entrevista; te escribo el lunes con opciones.",
    "There's no date yet for the final interview - I'll send options on Monday.",
    "Für das zweite Gespräch gibt es noch keinen Termin; ich melde mich Montag.",
    "Pas encore de date pour le second entretien, je reviens vers vous lundi.",
)


@pytest.mark.parametrize("text", NO_OPENING_NOW)
def test_no_opening_now_is_a_cold_no(text: str) -> None:
    """The curt answer to an open application: a no, and a brush-off."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION, found
    assert is_cold(text, Intent.REJECTION)


@pytest.mark.parametrize("text", NOT_HER_NO)
def test_another_opening_a_condition_or_a_slot_is_no_no(text: str) -> None:
    """"No other openings", "if there is no vacancy", "no slots": not her no."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION, found


@pytest.mark.parametrize("text", MORE_SENIOR)
def test_a_more_senior_profile_chosen_is_a_no(text: str) -> None:
    """The one chosen is another, described by what she lacks."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION, found


def test_a_more_senior_interviewer_is_no_no() -> None:
    """A more senior person on the panel is a step, not another candidate."""
    found = intent_of("We've opted for a more senior interviewer, so Maria joins us Thursday.")
    assert found is None or found[0] is not Intent.REJECTION, found


@pytest.mark.parametrize("text", FORMAL_REQUESTS)
def test_a_formal_request_is_hers_to_answer(text: str) -> None:
    """The formal letter's "we would be grateful if you sent us" asks her for something."""
    found = intent_of(text)
    assert found is not None
    assert found[0] in {Intent.REQUEST, Intent.NEXT_STEP}, found


@pytest.mark.parametrize("text", NO_REQUEST)
def test_thanks_for_what_she_sent_asks_nothing(text: str) -> None:
    """Thanks for a file she sent, or for patience: nothing asked of her."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REQUEST, found


@pytest.mark.parametrize("text", SEE_YOU_AGAIN)
def test_they_want_to_see_her_again(text: str) -> None:
    """"Nous aimerions vous revoir": a next round."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP, found


@pytest.mark.parametrize(
    "text",
    ["J'espère vous revoir bientôt, bonne continuation !", "Hope to see you again sometime!"],
)
def test_hoping_to_see_her_again_is_no_step(text: str) -> None:
    """A wish is no invitation."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.NEXT_STEP, found


@pytest.mark.parametrize("text", MEETING_NOT_DATED_YET)
def test_no_date_yet_for_the_next_round_is_no_no(text: str) -> None:
    """The negation is of the meeting's date, not of the meeting."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION, found
