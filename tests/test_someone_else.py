"""A no worded as the choice of someone else, and the news of another candidate's no.

Batch w20rp of the corpus, read before anything was tuned on it: "Wir gehen den nächsten
Schritt mit jemand anderem" and "la Direction a porté son choix sur une candidature
disposant d'une expérience plus approfondie" were read as acknowledgements (a nudge would
have followed a no); "sur les trois candidats, l'un n'a pas été retenu ... vous êtes donc
la seule à poursuivre" was read as her rejection, sure (her process would have stopped).
"""

from __future__ import annotations

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from test_goodbye_wishes import reply  # a person's short reply to the candidate

CHOSE_SOMEONE_ELSE = (
    ("Ich will ehrlich sein: Wir gehen den nächsten Schritt mit jemand anderem, der schon"
     " ein Pricing-Team aufgebaut hat. Wenn du magst, gebe ich dir gern Feedback."),
    ("Nach vielen Gesprächen machen wir mit einer anderen Bewerberin weiter. Danke für"
     " deine Zeit und alles Gute."),
    ("Honestly it was close, but we're taking the next step with someone else whose"
     " background is closer to our stack. Happy to share notes if useful."),
    ("Après réflexion, le comité a arrêté son choix sur un profil plus expérimenté en"
     " contrôle de gestion industriel. Nous vous remercions de votre intérêt."),
    ("Nous avons décidé de poursuivre avec quelqu'un d'autre pour ce poste. Merci encore"
     " pour les échanges."),
    ("Vielen Dank für Ihre Geduld. Leider wurden Sie nicht für die nächste Runde ausgewählt."
     " Wir wünschen Ihnen alles Gute."),
)

STILL_HERS = (
    # a next step with a colleague, never a no
    ("Den nächsten Schritt machst du mit jemand anderem aus dem Team: Jonas meldet sich"
     " bis Freitag mit Terminvorschlägen."),
    ("Wir gehen den nächsten Schritt mit jemand anderem aus der Fachabteilung, Frau Kühn"
     " lädt Sie diese Woche ein."),
    # her application chosen
    ("La direction a porté son choix sur votre candidature : nous aimerions vous présenter"
     " notre proposition jeudi."),
    # no choice made yet
    ("Wir haben noch nicht ausgewählt, wer in die zweite Runde kommt; ich melde mich bis"
     " Freitag."),
)

OTHERS_TOLD_NO = (
    ("Pour votre information, sur les trois candidats présélectionnés, l'un n'a pas été"
     " retenu et un autre s'est désisté : vous êtes donc la seule à poursuivre à ce stade."),
    ("Of the three finalists one withdrew and the other was not selected, so you're the"
     " only one moving forward; Priya will send times for the panel."),
    ("Van de drie kandidaten ben jij de enige die doorgaat naar de laatste ronde; we"
     " plannen die volgende week."),
)


@pytest.mark.parametrize("text", CHOSE_SOMEONE_ELSE, ids=[t[:40] for t in CHOSE_SOMEONE_ELSE])
def test_the_choice_of_someone_else_is_a_no(text: str) -> None:
    """Without "leider", "regret" or "unfortunately": someone else goes on, she does not."""
    found = intent_of(text)
    assert found is not None
    assert str(found[0]) == "rejection", found


@pytest.mark.parametrize("text", STILL_HERS, ids=[t[:40] for t in STILL_HERS])
def test_a_next_step_with_a_colleague_or_her_own_choice_is_no_no(text: str) -> None:
    """Someone else from the team, or the choice fell on her: never a rejection."""
    found = intent_of(text)
    assert found is None or str(found[0]) != "rejection", found


@pytest.mark.parametrize("text", OTHERS_TOLD_NO, ids=[t[:40] for t in OTHERS_TOLD_NO])
def test_another_candidates_no_beside_her_going_on_is_not_hers(text: str) -> None:
    """The others were told no; she is the only one left: her process goes on."""
    found = intent_of(text)
    assert found is None or str(found[0]) != "rejection", found


#: The one other candidate not chosen, so she is invited: her next round, read as a whole
#: message with the shipped reader, which heard a sure no in three of them (stop 44).
OTHER_NOT_CHOSEN_SO_SHE_GOES_ON = (
    ("Der interne Bewerber wurde nicht ausgewählt, deshalb möchten wir Sie zum"
     " Abschlussgespräch am Dienstag einladen."),
    "La candidate interne n'a finalement pas été retenue : nous aimerions donc vous revoir mardi.",
    "La otra candidata no ha sido seleccionada, así que queremos conocerte el martes.",
    "De interne kandidaat is niet gekozen, dus we nodigen je graag uit voor een laatste gesprek.",
    "The other finalist withdrew, so we'd like to invite you to the final round on Tuesday.",
)


@pytest.mark.parametrize("text", OTHER_NOT_CHOSEN_SO_SHE_GOES_ON)
def test_the_other_candidates_no_then_her_invitation_is_her_next_step(text: str) -> None:
    """The rules and the whole reading: her next round, and no brush-off."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP
    read = classify_message(reply(text), load_intent_reader())
    assert read.intent is Intent.NEXT_STEP
    assert not read.cold
