"""Hiring systems' words that the role is gone or the choice fell elsewhere, and notices.

Tester round u37at: Pinpoint, Teamtailor, Welcome to the Jungle, Homerun (a no); JOIN and
Personio (notices that decide nothing).
"""

from __future__ import annotations

import pytest

from silence_watch.core.application_words import APPLICATION_MAIL
from silence_watch.core.intents import intent_of
from silence_watch.core.language import fold
from silence_watch.core.stage_notices import stage_named
from silence_watch.core.system_notices import REPOSTED, notice_of

GONE = (
    "Your Panel Interview has been cancelled.\n\nThe position you applied for is no longer open.",
    ("Sorry for the late note: the Data Analyst requisition is no longer active, so we're"
     " closing all applications for it."),
    ("Te informamos de que tu entrevista ha sido cancelada, ya que la vacante de Responsable de"
     " Compras ha dejado de estar disponible."),
    "Lamentablemente el puesto ya no está disponible.",
    ("Votre candidature a été clôturée par l'entreprise : le recrutement pour ce poste est"
     " désormais clos."),
    "Die ausgeschriebene Stelle ist leider nicht mehr verfügbar.",
    "Helaas is de vacature niet langer beschikbaar.",
    "Uiteindelijk is de keuze niet op jou gevallen, maar op een kandidaat met meer ervaring.",
    "We hebben lang getwijfeld, maar de keuze is niet op u gevallen.",
)

STILL_ON = (
    "The position is no longer open to new applications, but your process continues.",
    ("Le recrutement est désormais clos pour les nouvelles candidatures ; la vôtre reste en"
     " cours."),
    "De vacature is gesloten voor nieuwe sollicitaties; jouw procedure loopt gewoon door.",
    "If the role is no longer open by then, I'll let you know.",
)


@pytest.mark.parametrize("text", GONE, ids=[t[:40] for t in GONE])
def test_the_role_gone_or_the_choice_elsewhere_is_a_no(text: str) -> None:
    """Each is a settled no, read by a rule (not left to the model, held unsure)."""
    found = intent_of(text)
    assert found is not None
    assert str(found[0]) == "rejection", found


@pytest.mark.parametrize("text", STILL_ON, ids=[t[:40] for t in STILL_ON])
def test_closed_to_new_applicants_is_not_her_no(text: str) -> None:
    """Closed to others, or in a condition: her process goes on."""
    found = intent_of(text)
    assert found is None or str(found[0]) != "rejection", found


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Deine Bewerbung wurde in die Phase „Entscheidung ausstehend“ verschoben.",
         "entscheidung ausstehend"),
        ("Ihre Bewerbung wurde in den Status In Bearbeitung gesetzt.", "in bearbeitung"),
        ("Deine Bewerbung wurde in die Phase „Absage“ verschoben.", None),
        ("Deine Bewerbung wurde in die Phase „Interview“ verschoben.", None),
    ],
)
def test_a_stage_move_names_its_stage(text: str, stage: str | None) -> None:
    """"In die Phase X verschoben" is a stage move, not a postponement; a no is no stage."""
    assert stage_named(text) == stage


REPOSTED_TEXT = (
    "die Stellenausschreibung wurde aus organisatorischen Gründen geschlossen und unter der"
    " neuen Stellen-ID 1209577 erneut veröffentlicht. Ihre Bewerbung wurde automatisch in die"
    " neue Ausschreibung übernommen."
)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (REPOSTED_TEXT, REPOSTED),
        (("The job was closed and re-posted under a new ID; your application was transferred"
          " automatically."), REPOSTED),
        ("La oferta se ha republicada con un nuevo código; tu candidatura ha sido transferida.",
         REPOSTED),
        # re-posted, and nothing about her application: not this notice
        ("The Data Analyst job has been re-posted on our careers site.", None),
    ],
)
def test_a_posting_put_up_again_with_her_application_carried_over_decides_nothing(
    text: str, why: str | None
) -> None:
    """Only both together: the posting moved, and her application with it."""
    assert notice_of(fold(text)) == why


@pytest.mark.parametrize(
    ("text", "about_her"),
    [
        ("Your Panel Interview for the Senior Data Engineer role has been cancelled.", True),
        ("Interview cancelled: Panel Interview", True),
        ("Five tips to ace any interview this winter", False),
    ],
)
def test_a_hiring_systems_interview_notice_is_about_her_application(
    text: str, about_her: bool
) -> None:
    """With List-Unsubscribe, these words keep a hiring system's notice from bulk."""
    assert (APPLICATION_MAIL.search(text) is not None) is about_her
