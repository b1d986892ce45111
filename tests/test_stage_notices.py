"""A status change to a stage that decides nothing is no news (tester round u29es)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.stage_notices import stage_named

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 12, 4, 11, 41, tzinfo=CET)

FINALISTA = (
    'Hola Nerea,\n\nTu candidatura para la oferta "Técnico/a de Exportación" de AZULEJOS'
    " MEDITERRÁNEO S.L. ha cambiado de estado.\n\nEstado actual: FINALISTA\n\n¡Enhorabuena!"
    " Estás entre las candidaturas finalistas del proceso. La empresa seguirá informándote"
    " de los siguientes pasos.\n\nVer candidatura: https://www.infojobs.example/candidate/"
    "applications/detail?id=ij-88213"
)


def board_mail(body: str, *, sender: str = "noreply@infojobs.example",
               headers: dict[str, str] | None = None) -> Message:
    """A job board's or hiring system's notice (a person's mail with ``headers={}``)."""
    return Message(
        message_id="ij-1@mailing.infojobs.example",
        date=SENT,
        sender=Address(name="InfoJobs", email=sender),
        to=(Address(name="Nerea Aldana", email="nerea.aldana@example.com"),),
        subject="Tu candidatura ha cambiado de estado",
        headers={"auto-submitted": "auto-generated"} if headers is None else headers,
        body=body,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (FINALISTA, "finalista"),  # InfoJobs
        ("Your application status has been updated.\n\nApplication status: Under review",
         "under review"),  # Indeed
        (("The status of your application has been updated:\n\n    Application received  ->"
          "  Under review"), "under review"),  # SmartRecruiters
        ("Your application for Data Analyst at Acme was moved to the Shortlisted stage.",
         "shortlisted"),  # LinkedIn-style
        ("Der Status Ihrer Bewerbung hat sich geändert.\nNeuer Status: In Bearbeitung",
         "in bearbeitung"),  # StepStone
        ("Ihre Bewerbung ist jetzt im Status Vorauswahl.", "vorauswahl"),
        ("Le statut de votre candidature a évolué.\nStatut : En cours d'étude", "en cours d'etude"),
        ("Votre candidature est passée à l'étape Présélectionnée.", "preselectionnee"),  # WTTJ
        ("De status van je sollicitatie is gewijzigd.\nNieuwe status: In behandeling",
         "in behandeling"),
        ("Estado de tu candidatura: **En proceso**", "en proceso"),  # Computrabajo-style
    ],
    ids=["es-infojobs-finalista", "en-indeed-under-review", "en-smartrecruiters-arrow",
         "en-moved-to-shortlisted", "de-stepstone-in-bearbeitung", "de-im-status",
         "fr-en-cours-d-etude", "fr-wttj-etape", "nl-in-behandeling", "es-en-proceso"],
)  # fmt: skip
def test_a_stage_that_decides_nothing_is_named(text: str, stage: str) -> None:
    """Received, under review, in progress, shortlisted, finalist: in five languages."""
    assert stage_named(text) == stage


@pytest.mark.parametrize(
    "text",
    [
        "Tu candidatura ha cambiado de estado.\nEstado actual: DESCARTADO",
        "Estado: Descartado - la empresa ha descartado tu candidatura en esta oferta",
        "Application status: Not selected",
        "Application received -> Under review -> Rejected",
        "Finalista → Descartado",
        "Le statut de votre candidature a été mis à jour : Non retenue.",
        "Neuer Status: Absage",
        "Nieuwe status: Afgewezen",
        "Application status: Offer extended",
        "Neuer Status: Interview \u2013 Fachgespräch",  # a next step (corpus w2de-058)
        "Estado actual: Entrevista con la empresa",
        "Statut : En attente",
        # a summary naming a no beside a stage in progress decides something for someone
        "Estado: En proceso\n\nEstado: Descartado",
        # no status named at all
        "Gracias por inscribirte en la oferta. La empresa revisará tu candidatura.",
        "You can check the status of your application at any time: sign in.",
        "Stand: 04.12.2026",
    ],
)
def test_a_stage_that_decides_or_asks_something_is_not(text: str) -> None:
    """A no, an offer, an interview to come, a pause, or no stage at all: not this notice."""
    assert stage_named(text) is None


def test_a_finalist_notice_is_no_news_whatever_the_reader_leans_to() -> None:
    """InfoJobs' "Estado actual: FINALISTA" is waited through, never asked about as a no."""
    reading = classify_message(board_mail(FINALISTA), load_intent_reader())
    assert reading.intent is Intent.ACKNOWLEDGEMENT
    assert reading.confidence >= 0.6
    assert reading.promised_by is None


def test_the_same_words_from_a_person_are_read_as_written() -> None:
    """Only a machine's notice is read for its stage: a person's mail is theirs to read."""
    person = board_mail(FINALISTA, sender="vicent.ferrer@azulejos.example", headers={})
    reading = classify_message(person, load_intent_reader())
    assert "decides nothing" not in " ".join(reading.reasons)


def test_a_no_beside_a_stage_in_progress_stays_a_no() -> None:
    """A rule's no in the notice's own words stands over the stage it names."""
    body = ("Estado actual: En proceso\n\nLamentablemente hemos decidido continuar el proceso"
            " con otros candidatos cuyo perfil se ajusta más al puesto.")
    reading = classify_message(board_mail(body), load_intent_reader())
    assert reading.intent is Intent.REJECTION
