"""A hiring system's notices that decide nothing: read as no reply, never as a question."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.language import fold
from silence_watch.core.model import Address, Intent, Message, MessageKind
from silence_watch.core.system_notices import notice_of

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 11, 24, 16, 45, tzinfo=CET)
MACHINE = {"auto-submitted": "auto-generated"}


def system_mail(body: str, *, sender: str = "no-reply@eu.careers-mail.example",
                headers: dict[str, str] | None = None) -> Message:
    """Mail from the employer's hiring system (or a person, with ``headers={}``)."""
    return Message(
        message_id="n-1@careers-mail.example",
        date=SENT,
        sender=Address(name="Kranich Energie Careers", email=sender),
        to=(Address(name="Jordan Lee", email="jordan@example.com"),),
        subject="Update zu Ihrer Bewerbung",
        headers=MACHINE if headers is None else headers,
        body=body,
    )  # fmt: skip


NOTICES = [
    pytest.param('¡Gracias por completar la prueba "Prueba técnica"! Tus respuestas se han'
                 " enviado a Banco Altamira.", id="codility-prueba-completada"),
    pytest.param("Thank you for completing your HireVue video interview for Acme.",
                 id="hirevue-completed"),
    pytest.param("Merci d'avoir complété le test en ligne. Vos réponses ont été transmises.",
                 id="test-complete-fr"),
    pytest.param("Bedankt voor het invullen van de vragenlijst.", id="vragenlijst-nl"),
    pytest.param("Thanks for taking the time to interview with Tamsin Labs. How did we do? Share"
                 " your feedback (about 2 minutes): https://survey.greenhouse-mail.example/s/7c",
                 id="greenhouse-how-did-we-do"),
    pytest.param("There's an update on your application for Data Engineer. Sign in to your "
                 "candidate account to view your application status.", id="en-sign-in-to-view"),
    pytest.param("Dear Jordan, to see your current status please log into the Careers Portal. "
                 "This mailbox is not monitored.", id="en-status-then-log-in"),
    pytest.param("Es gibt Neuigkeiten zu Ihrer Bewerbung. Bitte melden Sie sich im "
                 "Bewerberportal an, um den aktuellen Status einzusehen.", id="de-anmelden"),
    pytest.param("Le statut de votre candidature a évolué. Connectez-vous à votre espace "
                 "candidat pour le consulter.", id="fr-connectez-vous"),
    pytest.param("Hay novedades en tu candidatura. Inicia sesión en el portal de empleo para "
                 "consultar el estado.", id="es-inicia-sesion"),
    pytest.param("De status van je sollicitatie is gewijzigd. Log in op je kandidatenportaal "
                 "om hem te bekijken.", id="nl-log-in"),
    pytest.param("Thanks for meeting the team! Could you take 2 minutes to answer a short, "
                 "anonymous survey? It has no effect on your application.", id="en-survey"),
    pytest.param("We'd really value your feedback on your interview experience, good or bad.",
                 id="en-feedback-on-experience"),
    pytest.param("Wie haben Sie unseren Bewerbungsprozess erlebt? Wir freuen uns, wenn Sie an "
                 "unserer kurzen Umfrage teilnehmen.", id="de-umfrage"),
    pytest.param("Aidez-nous à nous améliorer : répondez à notre questionnaire de satisfaction "
                 "(3 minutes).", id="fr-questionnaire"),
    pytest.param("Hoe heb je de sollicitatieprocedure ervaren? Vul onze korte enquête in.",
                 id="nl-enquete"),
    pytest.param("We'd love to hear about your experience. Our anonymous candidate survey takes "
                 "about two minutes.", id="en-our-candidate-survey-takes"),
    # tester round t44hx: a move between hiring systems
    pytest.param("Prairie Mutual Insurance has moved to a new careers site. Your application has "
                 "been transferred to our new system. Please create your Candidate Home account "
                 "using the link below.", id="en-workday-migration"),
    pytest.param("Wir haben auf ein neues Bewerbermanagementsystem umgestellt. Bitte "
                 "Kandidatenkonto erstellen, um Ihre Unterlagen zu sehen.", id="de-neues-system"),
    pytest.param("Votre avis nous aide à améliorer notre processus de recrutement : "
                 "pourriez-vous répondre à notre questionnaire ? Cela prend deux minutes.",
                 id="fr-teamtailor-questionnaire"),
    # tester round t66jb: a job board's "viewed", in the five languages
    pytest.param("Good news, Jordan! Your application was viewed. This doesn't mean a decision "
                 "has been made.", id="en-indeed-viewed"),
    pytest.param("Ihre Bewerbung wurde angesehen: Hansekontor hat Ihre Unterlagen geöffnet.",
                 id="de-stepstone-angesehen"),
    pytest.param("Bonne nouvelle : Maison Ferrand a consulté votre candidature.", id="fr-wttj-vue"),
    pytest.param("Estado de tu candidatura: CV leído por Grupo Alcaraz.", id="es-cv-leido"),
    pytest.param("Je sollicitatie is bekeken door de werkgever.", id="nl-bekeken"),
    # tester round u32ta: the references or the checks are in, nothing decided
    pytest.param("Good news! All of your referees have responded, and your reference check for "
                 "the Knowledge Management Lead position is now complete. Harcourt & Finch will "
                 "be in touch with you about next steps.", id="en-referoo-check-complete"),
    pytest.param("Your references have responded.", id="en-skillsurvey-responded"),
    pytest.param("Your background check for Quillmate has been completed.",
                 id="en-background-check-completed"),
    pytest.param("Ihre Referenzprüfung für die Stelle ist nun abgeschlossen.",
                 id="de-referenzpruefung"),
    pytest.param("La vérification de vos références est maintenant terminée.",
                 id="fr-verification-terminee"),
    pytest.param("La verificación de tus referencias se ha completado.", id="es-verificacion"),
    pytest.param("Je referentiecheck is nu afgerond.", id="nl-referentiecheck"),
]

NOT_NOTICES = [
    pytest.param("Please complete your background check by Friday.", id="check-still-to-do"),
    pytest.param("Your reference check is not complete yet: one referee has not responded.",
                 id="check-not-complete"),
    pytest.param("Bitte schließen Sie Ihre Referenzprüfung bis Freitag ab.",
                 id="de-check-still-to-do"),
    pytest.param("Het antecedentenonderzoek is nog niet afgerond.", id="nl-check-not-done"),
    pytest.param("Please log in to complete your online assessment by Friday, November 27.",
                 id="assessment-behind-a-login"),
    pytest.param("Neuer Status: Interview - Fachgespräch. Die Personalabteilung meldet sich in "
                 "Kürze zur Terminabstimmung.", id="de-status-named-in-the-mail"),
    pytest.param("Thank you for your interest. We have received your application and will "
                 "review it carefully.", id="receipt"),
    pytest.param("How was the drive in? Parking is behind building B next time.",
                 id="how-was-not-a-survey"),
    pytest.param("We'd love to hear about your experience with Kafka at scale in the next round.",
                 id="experience-with-a-tool-is-no-survey"),
    pytest.param("Please create your candidate account and upload the signed contract for your "
                 "start date by Friday.", id="account-for-a-task"),
    pytest.param("I viewed your portfolio again and we'd like you back for a final round.",
                 id="a-person-viewed-a-portfolio"),
    pytest.param("Thanks for taking the time to speak with me about the assessment, Jordan.",
                 id="a-person-thanks-for-a-talk-about-a-test"),
    pytest.param("How did we do on the take-home brief? Tell me if anything was unclear.",
                 id="how-did-we-do-on-a-task"),
    pytest.param("Please share your feedback on the offer terms with me by Friday.",
                 id="feedback-on-an-offer"),
]


@pytest.mark.parametrize("body", NOTICES)
def test_a_notice_that_decides_nothing_is_named(body: str) -> None:
    """Status-behind-a-login and survey mail, in the five languages."""
    assert notice_of(fold(body)) is not None


@pytest.mark.parametrize("body", NOT_NOTICES)
def test_mail_that_says_or_asks_something_is_no_notice(body: str) -> None:
    """An assessment behind a login, a status named in the mail, a receipt, small talk."""
    assert notice_of(fold(body)) is None


@pytest.mark.parametrize("reader", [None, load_intent_reader()], ids=["rules", "blend"])
def test_a_survey_from_the_hiring_system_is_no_question_to_answer(reader: object) -> None:
    """"Could you take 2 minutes?" reads as a request; from the system it is no reply."""
    found = classify_message(system_mail(
        "Hi Jordan,\n\nThank you for interviewing with Tessellate Health. Could you take 2 "
        "minutes to answer a short, anonymous survey? Your answers are not shared with the "
        "interview team.\n\nTake the survey: https://surveys.example/8e1b47c2\n",
    ), reader)  # type: ignore[arg-type]  # fmt: skip
    assert found.kind is MessageKind.AUTOMATED
    assert (found.intent, found.promised_by) == (Intent.ACKNOWLEDGEMENT, None)
    assert "survey" in found.reasons[-1]


def test_a_survey_the_reader_half_takes_for_a_no_is_still_a_survey() -> None:
    """A reader's unsure lean to a no ("will not affect your application") is no news."""
    found = classify_message(system_mail(
        "Hi Jordan,\n\nThank you for recently interviewing with Quillmoor Analytics. We're "
        "always looking to improve, and we'd love to hear about your experience.\n\nTake our "
        "2-minute candidate survey:\nhttps://survey.example/s/9a0e2187722\n\nYour answers "
        "are anonymous and will not affect your application.\n",
    ), load_intent_reader())  # fmt: skip
    assert (found.intent, found.confidence >= 0.6) == (Intent.ACKNOWLEDGEMENT, True)
    assert "survey" in found.reasons[-1]


@pytest.mark.parametrize("reader", [None, load_intent_reader()], ids=["rules", "blend"])
def test_a_rejection_behind_a_login_stays_a_rejection(reader: object) -> None:
    """The no is in the mail; the login line under it changes nothing."""
    found = classify_message(system_mail(
        "Dear Jordan,\n\nThank you for your time. Unfortunately, we have decided not to move "
        "forward with your application. You can log in at any time to view your application "
        "status.\n\nKind regards,\nTalent Acquisition",
    ), reader)  # type: ignore[arg-type]  # fmt: skip
    assert found.intent is Intent.REJECTION


def test_a_person_asking_the_same_is_read_for_what_they_ask() -> None:
    """Only a hiring system's mail is a notice: a recruiter's question stays a question."""
    found = classify_message(system_mail(
        "Hi Jordan, could you take a short survey about your interview experience before "
        "Friday? It helps us a lot. Thanks, Dana",
        sender="dana.okafor@tessellatehealth.example", headers={},
    ))  # fmt: skip
    assert found.kind is MessageKind.HUMAN
    assert found.intent is not Intent.ACKNOWLEDGEMENT
