"""Summons, walk-ins, asks, receipts and pauses found by a third probe (issue 12).

``core.phrases_summons``, and the courtesy and warmth words the probe added to
``core.intent_phrases``. Sentences in voices unlike the corpus' (a faculty committee, a
town hall, a depot foreman, a hospital's HR, an NGO director), each with near-misses.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intent_phrases import PERSONAL_WARMTH
from silence_watch.core.intents import intent_of, is_cold
from silence_watch.core.language import fold
from silence_watch.core.model import Intent


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # a summons
    ("Vous êtes convoquée à l'audition le mardi 19 janvier à 10h30.", "next_step"),
    ("Tu es convoqué pour un entretien jeudi.", "next_step"),
    ("Le comunico que ha sido admitida a la fase de entrevista.", "next_step"),
    ("Queda citado para la prueba práctica del lunes.", "next_step"),
    ("De commissie nodigt u graag uit voor een gesprek op woensdag.", "next_step"),
    ("Vous n'êtes pas convoquée cette fois.", "other"),
    # a walk-in set for a day
    ("Pásate mañana a las 7 por la nave y hacemos una prueba.", "next_step"),
    ("Passez demain à 8h au dépôt.", "next_step"),
    ("Come by tomorrow at 10 and meet the team.", "next_step"),
    ("Passez une bonne journée !", "pleasantry"),
    # expected on a day: "Te espero el jueves a las 9", "je vous attends demain"
    ("Te espero el jueves a las 9 en la oficina para la segunda entrevista.", "next_step"),
    ("Les esperamos mañana a las 10.", "next_step"),
    ("Je vous attends demain à 9h à l'accueil.", "next_step"),
    ("Wir erwarten Sie am Montag um 8 Uhr.", "next_step"),
    ("Te espero con ganas de saber de ti.", "other"),
    # a call asked for in the imperative
    ("Rufen Sie mich morgen zwischen 9 und 10 an.", "next_step"),
    ("Call me tomorrow after lunch.", "next_step"),
    ("Appelez-moi demain matin.", "next_step"),
    ("Llámame mañana cuando puedas.", "next_step"),
    ("Bel me morgen even.", "next_step"),
    ("Rufen Sie bitte nicht an, wir melden uns.", "acknowledgement"),
    # a formal ask
    ("Die Kommission bittet Sie, vorab ein Exposé (max. 3 Seiten) einzureichen.", "request"),
    ("Wir bitten dich, uns deine Zeugnisse zuzusenden.", "request"),
    ("Le requerimos para que aporte copia del título.", "request"),
    ("Die Kommission bittet um Geduld.", "other"),
    # the meeting already set, moved
    (("Leider müssen wir den Raum wechseln: das Gespräch findet nun in der Geschäftsstelle"
      " statt."), "next_step"),
    ("Malheureusement la salle a changé, l'entretien aura lieu au 3e étage.", "next_step"),
    ("Por desgracia la sala ha cambiado, nos vemos en la planta 2.", "next_step"),
    ("Helaas is de ruimte gewijzigd, het gesprek is nu op de tweede verdieping.", "next_step"),
    ("Unfortunately the room changed: the interview will now be held in Seminar Room B.",
     "next_step"),
    ("Unfortunately the car park is closed on Tuesdays.", "other"),
    # a receipt
    ("Confirmamos la recepción de la documentación.", "acknowledgement"),
    ("La empresa ha recibido tu candidatura y la está revisando.", "acknowledgement"),
    ("Votre candidature pour le poste de vendeur a bien été transmise.", "acknowledgement"),
    ("Votre dossier a été transmis à mon collègue Marc, qui suivra le recrutement.", "other"),
    ("I can confirm we have your updated application form on file.", "acknowledgement"),
    ("We will keep your CV on file for future roles, but the post is filled.", "rejection"),
    # a pause said plainly
    ("We can't decide before the board meets, so everything is on pause until then.",
     "on_hold"),
    ("Things are paused for now while the budget is approved.", "on_hold"),
    ("The pause button on the demo is broken.", "other"),
    # courtesy alone
    ("Je vous en prie. Bonnes fêtes.", "pleasantry"),
    ("¡A ti! Buen finde.", "pleasantry"),
    ("Je vous en prie, mais le poste est pourvu.", "rejection"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_summons_and_receipts_are_read(text: str, expected: str) -> None:
    """Each summons, ask, receipt or pause is read; near-misses keep their reading."""
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post they decided not to fill is a no, as "decided not to fill the ... role" is
    # labelled in the corpus (enh-072); never a form (probe round probe-hold6)
    ("We hebben besloten de functie niet in te vullen vanwege een reorganisatie.", "rejection"),
    ("Graag het formulier in te vullen.", "request"),
])
def test_a_post_not_filled_is_no_form_to_fill(text: str, expected: str) -> None:
    """'de functie niet in te vullen' is theirs to (not) fill: no form asked of her."""
    assert _reading(text) == expected


@pytest.mark.parametrize("text", [
    "Hoi Lotte, bedankt dat je langskwam! We hebben voor iemand anders gekozen.",
    "Bonjour Léa, merci d'être passée au magasin. Nous sommes partis sur une autre personne.",
    "Hola Laura, gracias por venir a la tienda. Nos hemos decantado por otra persona.",
    "Thanks for coming in on Tuesday. We've gone with someone else.",
])
def test_thanks_for_coming_by_warms_a_short_no(text: str) -> None:
    """Thanks for coming by is personal: the short no is not a cold brush-off."""
    assert PERSONAL_WARMTH.search(fold(text)) is not None
    assert not is_cold(text, Intent.REJECTION)


def test_a_short_no_with_no_visit_stays_cold() -> None:
    """A formula of thanks for applying does not warm it."""
    assert is_cold("Thanks for applying. We've gone with someone else.", Intent.REJECTION)
