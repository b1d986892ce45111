"""A hiring system's survey about the process, in five languages: no question to answer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.language import fold
from silence_watch.core.model import Address, Intent, Message, MessageKind
from silence_watch.core.surveys import is_survey
from silence_watch.core.system_notices import notice_of

SURVEYS = [
    pytest.param("We zijn benieuwd hoe je het sollicitatieproces tot nu toe hebt ervaren.",
                 id="nl-hoe-je-hebt-ervaren"),
    pytest.param("Hoe heb je het sollicitatieproces bij Duinwater Energie ervaren?",
                 id="nl-hoe-heb-je-ervaren"),
    pytest.param("How did you experience our hiring process? Tell us here.", id="en-experience"),
    pytest.param("We'd like to know how you found the interview process at Acme.",
                 id="en-how-you-found"),
    pytest.param("Wie haben Sie den Bewerbungsprozess bei Nordwerk erlebt?", id="de-erlebt"),
    pytest.param("Uns interessiert, wie Sie unseren Auswahlprozess erlebt haben.",
                 id="de-wie-sie-erlebt-haben"),
    pytest.param("Comment avez-vous vécu votre entretien avec Maison Ferrand ?", id="fr-vecu"),
    pytest.param("Comment avez-vous trouvé notre processus de recrutement ?", id="fr-trouve"),
    pytest.param("¿Cómo valoras el proceso de selección de Banco Altamira?", id="es-valoras"),
    pytest.param("Your feedback helps us improve. The questionnaire takes about two minutes.",
                 id="en-takes-about-two-minutes"),
    pytest.param("Jouw mening telt. Het invullen van de vragenlijst kost ongeveer twee minuten.",
                 id="nl-kost-ongeveer-twee-minuten"),
    pytest.param("Helfen Sie uns, besser zu werden: Ihre Meinung zählt. Der Fragebogen dauert "
                 "nur 2 Minuten.", id="de-dauert-nur-2-minuten"),
    pytest.param("Votre avis compte : le questionnaire ne prend que deux minutes.",
                 id="fr-deux-minutes"),
    pytest.param("Tu opinión nos ayuda a mejorar. La encuesta lleva unos dos minutos.",
                 id="es-dos-minutos"),
]

NOT_SURVEYS = [
    pytest.param("Could you upload a copy of your diploma and ID? It takes about two minutes in "
                 "the portal.", id="documents-in-two-minutes"),
    pytest.param("Please complete the screening questionnaire before Friday; it takes about 5 "
                 "minutes.", id="screening-questionnaire"),
    pytest.param("Het invullen van de vragenlijst kost ongeveer twee minuten. Stuur ons ook je "
                 "diploma.", id="nl-intake-questionnaire-and-diploma"),
    pytest.param("Bitte laden Sie Ihre Zeugnisse hoch, das dauert nur 2 Minuten.",
                 id="de-zeugnisse-hochladen"),
    pytest.param("How did you find the assessment? Please send it back by Friday.",
                 id="how-did-you-find-a-task"),
    pytest.param("Hoe heb je je vorige baan ervaren? Stuur ons je cv.", id="nl-previous-job"),
    pytest.param("The coding questionnaire takes about 45 minutes; share your experience with "
                 "Python in it by Friday.", id="a-long-task-is-no-survey"),
    pytest.param("¿Cómo valoras tu salario actual? Envíame también tu CV.", id="es-salario"),
    pytest.param("Please fill in the skills questionnaire about your experience with SQL; it "
                 "takes about 5 minutes.", id="skills-questionnaire"),
    pytest.param("Bitte füllen Sie den Fragebogen aus (dauert nur 5 Minuten), danach erhalten "
                 "Sie eine Rückmeldung.", id="de-fragebogen-dann-ruckmeldung"),
    pytest.param("Complete the questionnaire (about 3 minutes) and we'll give you feedback on "
                 "your application.", id="feedback-promised-after-a-form"),
]


@pytest.mark.parametrize("body", SURVEYS)
def test_a_survey_about_the_process_is_a_notice(body: str) -> None:
    """The question about the process, or a short form that asks an opinion."""
    assert is_survey(fold(body))
    assert "survey" in (notice_of(fold(body)) or "")


@pytest.mark.parametrize("body", NOT_SURVEYS)
def test_a_request_that_mentions_minutes_is_no_survey(body: str) -> None:
    """Documents, a screening form or a task that takes minutes ask something real."""
    assert not is_survey(fold(body))


@pytest.mark.parametrize("reader", [None, load_intent_reader()], ids=["rules", "blend"])
def test_a_recruitee_survey_is_no_request(reader: object) -> None:
    """Recruitee's "hoe heb je het ervaren ... kost ongeveer twee minuten" is no reply."""
    found = classify_message(Message(
        message_id="s-1@mail.recruitee.example",
        date=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        sender=Address(name="Duinwater Energie",
                       email="duinwaterenergie@mail.recruitee.example"),
        to=(Address(name="Fleur Janssen", email="fleur.janssen@example.com"),),
        subject="Hoe heb je het sollicitatieproces bij Duinwater Energie ervaren?",
        headers={"auto-submitted": "auto-generated"},
        body="Hoi Fleur,\n\nJe hebt onlangs een gesprek gehad met Duinwater Energie. We zijn "
             "benieuwd hoe je het sollicitatieproces tot nu toe hebt ervaren. Het invullen van "
             "de vragenlijst kost ongeveer twee minuten:\n\n"
             "https://duinwaterenergie.recruitee.example/survey/f81c2a\n\nAlvast bedankt!\n",
    ), reader)  # type: ignore[arg-type]  # fmt: skip
    assert found.kind is MessageKind.AUTOMATED
    assert found.intent is Intent.ACKNOWLEDGEMENT
    assert "survey" in found.reasons[-1]
