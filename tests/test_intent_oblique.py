"""Oblique nos, held-back vacancies and unsure questions to her (issue 12, w21ns dev misses).

Four causes found in the development part's misses, each fixed for the five languages:
their choice "fell on" someone else and "no opening matches your profile"
(``core.phrases_oblique``, a no); a vacancy "tijdelijk aangehouden" (a pause); a pause the
rules read whose regrets the reader took for a no (``core.intent_blend``: the pause, asked
about); and a question to her the rules read as a request under thanks the reader took for
a promise (``core.questions_to_her``: her move). Every sentence here is written for the
test, in voices unlike the corpus'.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from silence_watch.core.intent_blend import (
    UNSURE_BELOW,
    RuleEvidence,
    RuleVerdict,
    blend,
)
from silence_watch.core.intent_model import Prediction
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Address, Intent, Message, MessageKind
from silence_watch.core.questions_to_her import asked_of_her

CHOSE_ANOTHER = (
    "After a long debate the panel's choice fell on another finalist, someone from retail.",
    "Our decision ultimately went to an internal applicant who knows the plant already.",
    "Die Wahl ist nach langem Abwägen auf einen anderen Bewerber gefallen.",
    "Unsere Entscheidung fiel am Ende auf eine interne Kollegin aus dem Vertrieb.",
    "Le comité a porté son choix sur une candidate ayant déjà dirigé une équipe de nuit.",
    "Au terme des entretiens, le choix s'est porté sur une autre personne.",
    "La elección final recayó en otro candidato con más años en logística.",
    "Tras mucho pensarlo, la decisión se decantó por una persona con experiencia en banca.",
    "Na rijp beraad is de keuze gevallen op een interne kandidaat.",
    "De keuze is uiteindelijk uitgekomen op iemand anders uit de regio.",
)
CHOSE_HER = (
    "Great news - the panel's choice fell on you! Could we talk numbers on Monday?",
    "Die Wahl ist auf Sie gefallen: wir möchten Sie zum Abschlussgespräch einladen.",
    "Le choix s'est porté sur votre candidature : pouvons-nous nous appeler jeudi ?",
    "La elección recayó en ti. ¿Podemos hablar el lunes de las condiciones?",
    "De keuze is op jou gevallen! Kun je maandag langskomen om het contract te bespreken?",
    # a choice of something else than a person
    "Our choice of venue fell on another floor, so the interview moves to room 4B.",
)
NO_OPENING = (
    "Thanks for your open application. We don't currently have a role that fits your profile.",
    "There are currently no open positions that match your background in our Leeds office.",
    "Zurzeit haben wir leider keine passende Stelle in der Buchhaltung für Sie.",
    "Nous n'avons pas, pour le moment, de poste correspondant à votre profil à Nantes.",
    "Por ahora no tenemos ninguna vacante que encaje con tu perfil en Sevilla.",
    "Op dit moment hebben we helaas geen passende vacature in de regio Zwolle.",
)
AN_OPENING = (
    # a condition is no such fact
    "If we don't have a role that fits your profile by March, we'll tell you honestly.",
    "Si no tenemos ninguna vacante que encaje con tu perfil, te lo diremos.",
    # the opposite news
    "We do have a role that fits your profile: could you do a call on Tuesday at 10?",
    "Nous avons un poste correspondant à votre profil : êtes-vous disponible jeudi ?",
    # no post at all is meant
    "Nous ne disposons pas encore de date pour l'entretien ; je reviens vers vous lundi.",
)
HELD_BACK = (
    "De vacature is tijdelijk aangehouden tot de begroting rond is. Je hoeft niets te doen.",
    "We houden de procedure voorlopig aan; zodra er nieuws is, hoor je van ons.",
    "Le recrutement est ajourné jusqu'au vote du budget ; rien à faire de votre côté.",
    "El proceso de selección queda en suspenso hasta la fusión; no tienes que hacer nada.",
    "The search has been parked until the new fiscal year; nothing needed from you.",
    "Die Besetzung der Stelle wird vertagt, bis der Vorstand entschieden hat.",
    "Le recrutement pour ce poste est mis sur la glace pour l'instant, faute de budget.",
    "On a dû mettre l'affichage sur la glace jusqu'en février, désolée du contretemps.",
    "De vacature is helaas uitgesteld naar volgend jaar; we nemen in januari contact op.",
    "De invulling van de functie wordt uitgesteld tot nader order.",
)
NOT_HELD_BACK = (
    # her application kept in play is no pause
    "Je sollicitatie blijft in behandeling en we nemen volgende week contact met je op.",
    "Ik heb je cv aangehouden voor onze andere vestiging en bel je dinsdag.",
    # an interview put off is moved, not paused; ice that is only ice
    "Het gesprek van dinsdag is uitgesteld tot donderdag om 10 uur, lukt dat?",
    "Notre équipe fait une sortie sur la glace vendredi, l'entretien reste à 14 h.",
)


@pytest.mark.parametrize("text", CHOSE_ANOTHER)
def test_a_choice_that_fell_on_someone_else_is_a_no(text: str) -> None:
    """Their choice fell on another person: a rejection, said without a no."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION


@pytest.mark.parametrize("text", CHOSE_HER)
def test_a_choice_that_fell_on_her_is_no_no(text: str) -> None:
    """The choice fell on her (or on a room): never a rejection."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION


@pytest.mark.parametrize("text", NO_OPENING)
def test_no_opening_for_her_profile_is_a_no(text: str) -> None:
    """The answer to an open application: no post matches her profile."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION


@pytest.mark.parametrize("text", AN_OPENING)
def test_an_opening_or_a_condition_is_no_no(text: str) -> None:
    """A condition, an opening that fits, a missing date: never this no."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION


@pytest.mark.parametrize("text", HELD_BACK)
def test_a_vacancy_held_back_is_a_pause(text: str) -> None:
    """"Tijdelijk aangehouden", "ajourné", "en suspenso", "parked": hiring is paused."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ON_HOLD


@pytest.mark.parametrize("text", NOT_HELD_BACK)
def test_her_application_kept_is_no_pause(text: str) -> None:
    """Her application or CV kept ("in behandeling", "aangehouden voor") pauses nothing."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.ON_HOLD


EVIDENCE = RuleEvidence.from_dict(
    {
        "rule_evidence": {
            "rejection": {"rejection": 50, "on_hold": 2, "acknowledgement": 2, "none": 5},
            "on_hold": {"on_hold": 40, "none": 5},
            "acknowledgement": {"acknowledgement": 60, "none": 5},
            "request": {"request": 30, "acknowledgement": 2, "none": 5},
        },
    },
)


def _prediction(intent: str, confidence: float) -> Prediction:
    rest = (1.0 - confidence) / 7
    probabilities = {
        name: confidence if name == intent else rest
        for name in ("rejection", "offer", "next_step", "request", "acknowledgement",
                     "pleasantry", "on_hold", "other")
    }  # fmt: skip
    return Prediction(intent, confidence, "other", rest, probabilities, (), 0.0)


def test_a_pause_whose_regrets_the_reader_takes_for_a_no_stays_a_pause() -> None:
    """The rules read a pause, the reader (not overruling) a no: the pause, asked about."""
    rules = RuleVerdict("on_hold", "hiring is paused", cold=False)
    reading = blend(rules, _prediction("rejection", 0.97), EVIDENCE)
    assert reading.intent == "on_hold"
    assert reading.unsure


def test_a_near_certain_no_still_overrules_a_pause() -> None:
    """A reader sure enough to overrule a reading that settles nothing still does."""
    rules = RuleVerdict("on_hold", "hiring is paused", cold=False)
    assert blend(rules, _prediction("rejection", 0.995), EVIDENCE).intent == "rejection"


def test_a_readers_no_over_a_promise_is_weighed_as_before() -> None:
    """Only a pause the rules read changes the weighing: a promise's no is as it was."""
    rules = RuleVerdict("acknowledgement", "they will be in touch", cold=False)
    assert blend(rules, _prediction("rejection", 0.97), EVIDENCE).intent == "rejection"


SENT = datetime(2026, 11, 12, 9, 5, tzinfo=timezone(timedelta(hours=1)))


def _mail(body: str) -> Message:
    return Message(
        message_id="q@lindqvist.example",
        date=SENT,
        sender=Address(name="Sanne Lindqvist", email="sanne@lindqvist.example"),
        to=(Address(name="Joris Aalders", email="joris@example.com"),),
        subject="Re: Sollicitatie data-analist",
        headers={},
        body=body,
    )


QUESTION = (
    "Hoi Joris,\n\nDank je wel voor je brief! Nog één ding voordat we verder gaan: mag je in"
    " Nederland werken zonder vergunning, of moeten wij die aanvragen?\n\nGroet,\nSanne"
)


def test_an_unsure_promise_over_the_rules_question_to_her_is_her_move() -> None:
    """The rules read her question, the reader (unsure) thanks: a request, sure enough."""
    rules = RuleVerdict("request", "they ask you a question", cold=False)
    said = (_mail(QUESTION), MessageKind.HUMAN, QUESTION)
    reasons: list[str] = []
    intent, confidence = asked_of_her(rules, said, Intent.ACKNOWLEDGEMENT, 0.5, reasons)
    assert intent is Intent.REQUEST
    assert confidence >= UNSURE_BELOW


@pytest.mark.parametrize("rules_intent", [None, "acknowledgement", "pleasantry"])
def test_an_unsure_promise_without_the_rules_request_is_asked_about(
    rules_intent: str | None,
) -> None:
    """Without the rules' request an unsure reading is left as it was, and asked about."""
    rules = RuleVerdict(rules_intent, "", cold=False)
    said = (_mail(QUESTION), MessageKind.HUMAN, QUESTION)
    intent, confidence = asked_of_her(rules, said, Intent.ACKNOWLEDGEMENT, 0.5, [])
    assert (intent, confidence) == (Intent.ACKNOWLEDGEMENT, 0.5)


def test_an_unsure_promise_with_no_question_to_her_stays() -> None:
    """The rules' request with no question to her in the text changes nothing."""
    text = "Hoi Joris,\n\nDank je wel! Hoe gaat het met je? Ik laat vrijdag iets weten.\n\nSanne"
    rules = RuleVerdict("request", "they ask you a question", cold=False)
    said = (_mail(text), MessageKind.HUMAN, text)
    intent, _ = asked_of_her(rules, said, Intent.ACKNOWLEDGEMENT, 0.5, [])
    assert intent is Intent.ACKNOWLEDGEMENT


ASKED_FORMALLY = (
    ("Ehe wir Ihr Dossier an die Werkleitung geben, möchten wir Sie bitten, uns Ihr"
     " Staplerzertifikat zuzusenden."),
    "Est-ce que vous pourriez me transmettre une copie de votre permis de conduire :",
    "Kindly revert with your expected joining date and a scan of your degree.",
    "Les solicitamos de la manera más atenta nos hagan llegar su constancia de estudios.",
)
NOT_ASKED_FORMALLY = (
    # their own homework, or patience asked for: their move
    "Wir möchten Sie bitten, sich noch bis Freitag zu gedulden; dann melden wir uns.",
    "Le solicitamos un poco de paciencia: le escribiremos el lunes.",
    "Thanks, we'll revert with the panel's feedback next week.",
)


@pytest.mark.parametrize("text", ASKED_FORMALLY)
def test_her_papers_asked_for_formally_are_a_request(text: str) -> None:
    """"Möchten wir Sie bitten, uns ... zuzusenden", "kindly revert with": a request."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REQUEST


@pytest.mark.parametrize("text", NOT_ASKED_FORMALLY)
def test_patience_or_their_own_reply_is_no_request(text: str) -> None:
    """Patience asked for, or their own "we'll revert": never a request of hers."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REQUEST


@pytest.mark.parametrize("rules_intent", ["acknowledgement", "pleasantry"])
def test_a_step_over_a_kind_word_not_surely_is_asked_about(rules_intent: str) -> None:
    """A step the reader hears over a kind word, not very surely, is asked about (t80pn).

    "Looking forward to meeting you, Jordan.": never a sure step that moves the follow-up.
    """
    rules = RuleVerdict(rules_intent, "thanks or warmth, and no news", cold=False)
    evidence = RuleEvidence.from_dict({"rule_evidence": {
        rules_intent: {rules_intent: 40, "none": 5},
        "next_step": {"next_step": 30, rules_intent: 2, "none": 5},
    }})  # fmt: skip
    reading = blend(rules, _prediction("next_step", 0.94), evidence)
    assert reading.intent == "next_step"
    assert reading.unsure
    sure = blend(rules, _prediction("next_step", 0.9999), evidence)
    assert not sure.unsure  # a reader sure enough still overrules
