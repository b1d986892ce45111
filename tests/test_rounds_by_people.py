"""Rounds named by their people or platform, split German asks, weekend small talk.

Probe round probe-steps6.

Worded differently from the probe's lines: the constructions, not the sentences.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.intents import intent_of
from silence_watch.core.parse import parse_message


def _intent(text: str) -> str | None:
    found = intent_of(text)
    return found[0].value if found else None


@pytest.mark.parametrize("text", [
    # a round named only by the people she will meet
    "Op woensdag 16 december maakt u kennis met mevrouw Bakker en de teamleider.",
    "Kommende Woche lernst du dann Anna aus dem Produktteam und unseren Gründer kennen.",
    "El viernes 18 vas a conocer a Rocío, la jefa de producto, y al gerente general.",
    # a round asked for after the thanks
    "The team would really like to get you back for one more chat with our founder.",
    # an assessment platform's invitation, announced by a person
    "Tu vas recevoir un lien Codility pour l'exercice technique, à faire sous 5 jours.",
    "You will soon get an invitation from SHL for two short ability tests.",
    "Vas a recibir un enlace de HackerRank para la prueba técnica.",
    "Nous vous proposons de passer une évaluation en ligne de 30 minutes.",
    # a call moved, in its everyday Dutch and German words
    "Zullen we ons telefoontje van morgen naar 11.30 uur verschuiven?",
    "Können wir unser Telefonat auf Mittwoch, 9.12., 14 Uhr verschieben?",
])
def test_a_round_in_these_words_is_a_next_step(text: str) -> None:
    """A round named by its people, its platform or its new time is a next step."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    "Bitte teilen Sie mir noch Ihren frühestmöglichen Eintrittstermin mit.",
    "Teil mir doch kurz deine Gehaltsvorstellung und deine Kündigungsfrist mit.",
    "Schicken Sie uns bitte noch Ihr letztes Arbeitszeugnis.",
    "Nenn mir bitte deinen Wunschstandort, dann geht es weiter.",
])
def test_a_german_imperative_naming_her_things_is_a_request(text: str) -> None:
    """"teilen Sie uns ... mit" with a thing of hers between is a request."""
    assert _intent(text) == "request"


@pytest.mark.parametrize("text", [
    # a meeting she already had
    "Schön, dass du Anna letzte Woche kennengelernt hast. Wir melden uns bald.",
    "Fijn dat je vorige week kennis hebt gemaakt met het team. We laten snel iets weten.",
    "Lovely to have you back in the office for the team lunch yesterday!",
    # thanks for a test she took
    "Merci d'avoir passé les tests hier, nous revenons vers vous très vite.",
    # an offer of help, no thing of hers named
    "Teilen Sie uns gern mit, wenn noch Fragen offen sind. Wir melden uns nächste Woche.",
])
def test_a_near_miss_is_no_step_and_no_request(text: str) -> None:
    """A meeting she had, a test thanked for, an offer of help: no step, no request."""
    assert _intent(text) not in ("next_step", "request")


def _read(text: str) -> str | None:
    message = EmailMessage()
    message["From"] = "Ana Ruiz <ana@acme.example>"
    message["To"] = "Jordan Lee <jordan@example.com>"
    message["Subject"] = "Re: Entrevista"
    message["Date"] = "Tue, 08 Dec 2026 09:00:00 +0100"
    message["Message-ID"] = "<weekend@acme.example>"
    message.set_content(text)
    found = classify_message(parse_message(bytes(message)), None).intent
    return found.value if found else None


@pytest.mark.parametrize("text", [
    (
        "Bonjour Jordan,\n\nComment se sont passées vos vacances ? Nous finalisons les"
        " entretiens et reviendrons vers vous rapidement.\n\nAnne"
    ),
    (
        "Hola Jordan, ¿cómo te fue en el puente? Seguimos con las entrevistas y te"
        " escribimos en cuanto sepamos algo.\nAna"
    ),
])
def test_a_question_about_her_weekend_keeps_the_promise(text: str) -> None:
    """"comment se sont passées vos vacances ?" is small talk: the promise stands."""
    assert _read(text) == "acknowledgement"


@pytest.mark.parametrize("text", [
    "Should you make it onto the shortlist, you'll then get an invite to our assessment day.",
    "Sofern du auf die Shortlist kommst, bekommst du eine Einladung zum Fachgespräch.",
    "Si tu fais partie des finalistes, tu recevras une convocation pour le jury.",
    "En caso de que formes parte de la terna, recibirás una convocatoria para la entrevista.",
    "Zodra u op de shortlist staat, krijgt u een uitnodiging voor het assessment.",
    "Falls Sie zu den Finalisten gehören, laden wir Sie zu einem Abschlussgespräch ein.",
    # the conditional put first, "sollten Sie ..." (stop 47)
    "Sollten Sie für die Position in Frage kommen, erhalten Sie eine Einladung zum Case.",
])
def test_an_invitation_if_she_is_among_the_chosen_is_a_promise(text: str) -> None:
    """An invitation for the case she is among the chosen is their promise, no round yet."""
    assert _intent(text) == "acknowledgement"


def test_an_invitation_if_she_has_time_is_still_her_round() -> None:
    """"Sollten Sie Zeit haben, laden wir Sie ... ein": a slot offered, no shortlist to pass."""
    text = "Sollten Sie Zeit haben, laden wir Sie am Freitag um 9 Uhr zum Fachgespräch ein."
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    "Nous vous proposons une journée d'essai à l'atelier le jeudi 17 décembre.",
    "Would you be up for a paid trial shift this Saturday, 10am to 4pm?",
    "Hast du Lust auf einen Probetag bei uns in der Küche am Freitag?",
    "Kom je volgende week een ochtend proefdraaien bij het team?",
    "¿Te viene bien pasar nuestra reunión al jueves a las 9?",
    "Als nächsten Schritt bekommst du morgen einen Link zu einem kurzen Online-Test.",
])
def test_a_trial_day_a_moved_call_or_a_test_link_is_a_next_step(text: str) -> None:
    """A trial day, a call moved to a time, a test's link on its way: her next step."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    "Thanks again for the trial shift on Saturday, the whole team loved having you!",
    "Das Feedback zu deinem Probetag war super, wir melden uns nach den Feiertagen.",
    "Te paso la llamada a Marta, que lleva tu proceso.",
    "We've received your completed questionnaire, thank you.",
    "Hemos recibido el formulario, muchas gracias.",
])
def test_thanks_for_a_trial_or_a_form_received_is_no_step(text: str) -> None:
    """A trial day thanked for, a call passed on, a form received: no step, no request."""
    assert _intent(text) not in ("next_step", "request")
