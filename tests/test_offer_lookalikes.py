"""Offer and no words that decide nothing: the job ad, a slot, an offer to come, her own no.

Round probe-sure2: no message may be a sure rejection or offer when it is not one. The
wording here differs from the probe's lines on purpose.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intent_blend import (
    HIGH_CONFIDENCE,
    INTENTS,
    RuleEvidence,
    RuleVerdict,
    blend,
)
from silence_watch.core.intent_model import Prediction
from silence_watch.core.intent_phrases import HER_NO
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.offer_lookalikes import model_words

#: The job ad, a slot, a course or an offer yet to come, named with an offer word.
NO_OFFER_HERE = (
    # the job ad she applied to
    "Many thanks for applying to the job offer 'Payroll Specialist'. We'll be in touch.",
    "Merci d'avoir répondu à notre offre d'emploi « Technicien SAV ». Nous étudions votre dossier.",
    "Gracias por tu interés en la oferta publicada en nuestra web. Te contactamos pronto.",
    "Recibimos tu candidatura a la oferta de empleo de Recepcionista y la estamos revisando.",
    "Vielen Dank für Ihre Bewerbung auf unser Stellenangebot als Lagerist.",
    "Dank voor je sollicitatie op het vacature-aanbod voor Planner. We komen erop terug.",
    # a slot or a course
    "Ich schicke Ihnen gleich ein Terminangebot für nächste Woche.",
    "Unser Angebot für einen Termin: Dienstag oder Mittwoch. Was passt Ihnen?",
    "Ons aanbod van trainingen staat in de bijlage; kies er gerust een uit.",
    "Notre offre de formation est jointe ; dites-nous laquelle vous intéresse.",
    # an offer that comes after a step
    "Before we can extend an offer, we need to speak to your last manager.",
    "Vor einem Vertragsangebot möchten wir Sie noch ins Werk einladen.",
    "Avant toute proposition d'embauche, nous aimerions vous présenter à l'équipe.",
    "Antes de cualquier oferta, falta una entrevista con Dirección.",
    "Voordat we je een aanbod kunnen doen, bellen we nog je referenties na.",
    # the job's terms, as its ad gives them
    "Le contrat de travail pour ce poste est un CDI à temps partiel. Cela vous va-t-il ?",
    "De arbeidsovereenkomst bij deze functie is voor zes maanden. Is dat goed voor je?",
    # a courtesy offered (stop 48)
    "We'd be glad to offer you a coffee and a walk round the lab before you decide anything.",
    "Happy to offer you a short demo of the product if that helps you prepare.",
)


@pytest.mark.parametrize("text", NO_OFFER_HERE)
def test_an_offer_word_for_something_else_makes_no_offer(text: str) -> None:
    """The job ad, a slot, a course or an offer to come is no offer to her."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.OFFER


#: Offers that name the job ad, a slot or the terms beside the offer itself.
STILL_OFFERS = (
    "We'd like to offer you the Payroll Specialist role you applied for.",
    "Nos complace extenderle una oferta de empleo para el puesto de Contable.",
    "Je vous confirme par écrit l'offre d'emploi que je vous ai présentée hier.",
    "Wir möchten Ihnen die Stelle anbieten. Vor dem Start schicken wir den Vertrag.",
    "We willen je graag een aanbod doen voor de functie van Planner.",
    "We're glad to offer you a permanent contract as a lab technician from March.",
)


@pytest.mark.parametrize("text", STILL_OFFERS)
def test_an_offer_beside_such_words_is_an_offer(text: str) -> None:
    """An offer said beside the job ad's words is still an offer."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.OFFER


@pytest.mark.parametrize(
    "text",
    [
        "Goed nieuws: u bent het geworden! Het contract volgt per mail.",
        "Gute Nachrichten: die Wahl ist auf dich gefallen. Vertrag folgt.",
        "Bonne nouvelle : le poste est à toi si tu le veux !",
        "¡Buenas noticias! El cargo es suyo; le enviamos el contrato mañana.",
        "Du hast den Job! Ich ruf dich gleich an.",
    ],
)
def test_the_job_told_to_be_hers_is_an_offer(text: str) -> None:
    """"You got it", as a winner is told, in the languages that lacked it."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.OFFER


@pytest.mark.parametrize(
    "text",
    [
        "Ik kan nog niet zeggen of u het geworden bent, maar u bent nog in beeld.",
        "Leider kann ich noch nicht sagen, ob die Wahl auf dich gefallen ist.",
        "Ojalá pudiera decirle que el cargo es suyo; lo hablamos el lunes.",
        # the negation inside the words (stop 46: merged beside the no it always was)
        "Nach langem Abwägen ist die Wahl nicht auf Sie gefallen.",
        "De keuze is dit keer niet op jou gevallen, helaas.",
    ],
)
def test_the_job_denied_or_wished_to_be_hers_is_no_offer(text: str) -> None:
    """Denied, asked or wished for, the same words make no offer."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.OFFER


def test_the_reader_is_given_the_job_ad_as_a_vacancy() -> None:
    """The learned reader's offer cue never sees the job ad's offer word."""
    said = model_words("Danke für Ihre Bewerbung auf unser Stellenangebot, Frau Berg.")
    assert "angebot" not in said
    assert "stellenanzeige" in said
    assert "posting" in model_words("Thanks for applying to our job offer (ref 12).")
    assert "vacante" in model_words("Te inscribiste en la oferta de empleo de Cajera.")


@pytest.mark.parametrize("text", [
    "Pay is something we'd go through at the offer stage, if it comes to that.",
    "Das Gehalt besprechen wir bei einem möglichen Angebot, nicht vorher.",
    "Nous parlerons du salaire au stade de l'offre, si nous y arrivons.",
    "El sueldo lo vemos en la etapa de oferta, si llegamos.",
    "Het salaris bespreken we bij een eventueel aanbod.",
])
def test_an_offer_stage_only_thought_of_reaches_the_reader_without_its_offer_word(
    text: str,
) -> None:
    """"At the offer stage, if we get there" names no offer made: the reader's cue is spared."""
    said = model_words(text)
    assert not any(word in said for word in ("offer", "angebot", "offre", "oferta", "aanbod"))


def test_the_reader_is_given_the_jobs_terms_without_pay_words() -> None:
    """"The salary for this role is ...": terms as in the ad, no offer cue for the reader."""
    said = model_words("The salary for this role is 58k with a fixed-term contract. OK?")
    assert "salary" not in said
    assert "contract" not in said
    assert said.endswith("ok?")


def test_plain_text_reaches_the_reader_as_written() -> None:
    """A text with none of those words is given as it is (only "resume" becomes "CV")."""
    assert model_words("We'd like to offer you the role.") == "We'd like to offer you the role."
    assert model_words("Your resume looks great!") == "Your CV looks great!"


@pytest.mark.parametrize(
    "text",
    [
        "Sorry to hear you have withdrawn your application - good luck in the new job!",
        "Dommage, nous prenons acte de ta décision de te retirer. Bonne suite !",
        "Qué pena que hayas decidido no seguir, ¡mucho éxito!",
        "Jammer dat u uw sollicitatie ingetrokken heeft. Veel succes!",
    ],
)
def test_their_answer_to_her_own_no_is_a_pleasantry(text: str) -> None:
    """Her own withdrawal, answered kindly, is good wishes: the rules say so, with HER_NO."""
    assert intent_of(text) == (Intent.PLEASANTRY, HER_NO)


def test_the_reader_never_overrules_her_own_no_surely() -> None:
    """The reader's sure no over the rules' "her own no" is held: asked, never acted on."""
    probabilities = dict.fromkeys(INTENTS, 0.0) | {"rejection": 1.0}
    model = Prediction(
        intent="rejection", confidence=1.0, runner_up="pleasantry", runner_up_confidence=0.0,
        probabilities=probabilities, top_features=("[negation] +0.50",), cold=0.9,
    )
    evidence = RuleEvidence.from_dict(
        {"rule_evidence": {"rejection": {"none": 9}, "pleasantry": {"pleasantry": 9}}},
    )
    reading = blend(RuleVerdict("pleasantry", HER_NO, cold=False), model, evidence)
    assert reading.confidence < HIGH_CONFIDENCE
    assert reading.unsure


@pytest.mark.parametrize(
    "text",
    [
        "Nous ne pourrons pas retenir ce créneau ; le jeudi 14 à 9h vous irait-il ?",
        "Je ne peux malheureusement pas retenir votre proposition de date. Lundi ?",
    ],
)
def test_a_day_turned_down_is_no_rejection(text: str) -> None:
    """"Pas retenir la date": the day is turned down, not her."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "We have decided not to continue with the recruitment firm. A call on Friday at 4pm?",
        "Wir arbeiten nicht mehr mit der Personalvermittlung zusammen. Passt Ihnen Montag?",
        "Nous ne travaillons plus avec le cabinet : je serai votre contact. Jeudi 10h ?",
        "No continuamos con la consultora; a partir de ahora te escribo yo. ¿Hablamos el lunes?",
        "We gaan niet verder met het wervingsbureau; bel je mij maandag even?",
        "We've scrapped the written test and would rather meet you instead: Tuesday at 11?",
        "Hemos decidido que no seguimos con el caso práctico; directamente haremos la final.",
    ],
)
def test_a_no_to_the_agency_or_a_dropped_test_is_no_rejection(text: str) -> None:
    """The words of a no said of an agency, or of a test dropped for a round, are not hers."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION


def test_a_no_to_her_application_stays_a_no() -> None:
    """Her own application, or a test with nothing instead, is still the no it says."""
    found = intent_of("We have decided not to proceed with your application at this stage.")
    assert found is not None
    assert found[0] is Intent.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "I would have loved to welcome you aboard - congratulations on your new role!",
        "We hadden je graag aan boord gehad. Gefeliciteerd met je nieuwe baan!",
    ],
)
def test_an_offer_only_wished_beside_her_new_job_is_none(text: str) -> None:
    """Welcome wished in the past, beside good wishes for the job she took: no offer."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.OFFER


def test_her_withdrawal_as_an_infinitive_is_her_own_no() -> None:
    """"Ihre Entscheidung, Ihre Bewerbung zurückzuziehen": her no, answered with respect."""
    text = "Schade! Wir akzeptieren deine Entscheidung, deine Bewerbung zurückzuziehen."
    assert intent_of(text) == (Intent.PLEASANTRY, HER_NO)


@pytest.mark.parametrize(
    "text",
    [
        "Wij hebben gekozen om iemand anders de baan aan te bieden. Succes verder!",
        "Wir haben entschieden, einem internen Bewerber die Position anzubieten.",
    ],
)
def test_the_job_offered_to_someone_named_first_is_no_offer(text: str) -> None:
    """Someone else in front of "de functie aan te bieden" is the one offered the job."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.OFFER


@pytest.mark.parametrize(
    "text",
    [
        "Por un imprevisto hay que cambiar la cita con el director: jueves 17 a las 12:00.",
        "Vamos a reprogramar su cita: nueva fecha lunes 14 a las 9:00.",
    ],
)
def test_a_spanish_appointment_moved_is_a_next_step(text: str) -> None:
    """"Cambiar la cita": her round moved to a new time, as "la entrevista" was."""
    assert intent_of(text) == (Intent.NEXT_STEP, "an interview or a task is set")
