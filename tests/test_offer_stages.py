"""Offers in stages (tester round u43of): passed on, confirmed, taken back, and times to come.

Sentences written for these tests, in voices unlike the round's scenarios: a withdrawn
offer is a no, never a pause; a denied withdrawal or confirmation is no news; an offer
relayed or confirmed in writing is an offer; a next step whose times their side will send
by a day, asking her nothing, is their promise.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.dates import sentences
from silence_watch.core.elsewhere import answer_deadline
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.phrase_rows import WITHDRAWN
from silence_watch.core.times_to_come import their_move

CET = timezone(timedelta(hours=1))
#: Tuesday 1 December 2026, mid-morning in Central Europe.
SENT = datetime(2026, 12, 1, 10, 30, tzinfo=CET)


def _message(body: str, subject: str = "Re: your interview") -> Message:
    return Message(
        message_id="stage-1@employer.example",
        date=SENT,
        sender=Address(name="Sam Okafor", email="sam.okafor@employer.example"),
        to=(Address(name="Alex Moreau", email="alex@example.com"),),
        subject=subject,
        headers={},
        body=body,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Budgets were frozen overnight, so we must rescind the conditional offer we sent you.",
        "Regrettably we are retracting our written offer following the restructuring.",
        "Wir ziehen unser Stellenangebot wegen der Umstrukturierung leider zurück.",
        "Das Jobangebot müssen wir nach der Fusion leider zurückziehen.",
        "La direction nous oblige à retirer notre proposition d'embauche, je suis désolée.",
        "Suite au gel des recrutements, notre proposition est retirée.",
        "Con la reestructuración, tenemos que retirar la propuesta que te hicimos.",
        "Por la fusión retiramos nuestra oferta de empleo, lo siento mucho.",
        "Door de reorganisatie trekken we ons aanbod helaas in.",
        "De directie heeft besloten de aanbieding in te trekken; de aanbieding is ingetrokken.",
        # a negation further back denies nothing
        "I'm afraid I have no good news and must rescind the offer we made on Monday.",
    ],
)  # fmt: skip
def test_an_offer_taken_back_is_a_no(text: str) -> None:
    """An offer withdrawn, in five languages, is the door closed: a no, never a pause."""
    assert intent_of(text) == (Intent.REJECTION, WITHDRAWN)


def test_the_withdrawal_outranks_the_offer_it_names() -> None:
    """"Retirer notre proposition d'embauche" names the offer only to take it back."""
    assert intent_of("Nous devons retirer notre proposition d'embauche.") == (
        Intent.REJECTION, WITHDRAWN,
    )
    found = intent_of("Ich muss Ihnen leider sagen: wir ziehen unser Angebot für die Stelle"
                      " als Planerin zurück.")
    assert found is not None
    assert found[0] is Intent.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "Just to reassure you: we are not withdrawing the offer, it only needs one more signature.",
        "Keine Sorge, das Angebot ziehen wir nicht zurück.",
        "Rassurez-vous, nous ne retirons pas notre proposition.",
        "Tranquila, no vamos a retirar la oferta.",
        "Geen zorgen: het aanbod is niet ingetrokken.",
        # a threat under a condition, and a proposal of a time taken back
        "If we don't hear from you by Friday, we will have to withdraw the offer.",
        "Nous retirons notre proposition de créneau pour mardi, Claire est malade.",
    ],
)  # fmt: skip
def test_a_denied_or_threatened_withdrawal_is_no_no(text: str) -> None:
    """A withdrawal denied, only threatened, or of a meeting's time closes nothing."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "Following our call, I'm delighted to confirm our offer for the Planner role.",
        "Hiermit bestätige ich Ihnen schriftlich unser Angebot für die Stelle als Planerin.",
        "Comme convenu au téléphone, je vous confirme par écrit notre proposition.",
        "Como hablamos, le confirmamos formalmente la oferta para el puesto de planificadora.",
        "Zoals besproken bevestig ik je hierbij schriftelijk ons aanbod.",
        "Great news from the client: they're making you an offer of 61k plus bonus.",
        "Gute Nachrichten: Der Kunde macht Ihnen ein Angebot über 68.000 Euro.",
        "Bonne nouvelle : ils vous font une offre à 47 000 euros bruts.",
        "Buenas noticias: te hacen una oferta de 41.000 euros brutos.",
        "Goed nieuws: ze doen je een mooi aanbod van 3.900 euro bruto.",
    ],
)  # fmt: skip
def test_an_offer_confirmed_or_passed_on_is_an_offer(text: str) -> None:
    """An offer confirmed in writing, or relayed by the agency, is an offer."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.OFFER


@pytest.mark.parametrize(
    "text",
    [
        "I can't confirm the offer until finance signs off next week.",
        "Todavía no puedo confirmarte la oferta, falta la firma de dirección.",
        "Ze doen je nog geen aanbod; eerst wil Lotte je nog spreken.",
        "Te confirmo la hora de la entrevista: el martes a las 10.",
        "Je vous confirme notre proposition de rendez-vous mardi à 10h.",
        "We'd love to offer you a second interview with our CTO.",
    ],
)  # fmt: skip
def test_a_confirmation_denied_or_of_a_meeting_is_no_offer(text: str) -> None:
    """Not yet confirmed, nothing offered yet, or a meeting confirmed: no offer."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.OFFER


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Let me know by Friday, December 4 whether you accept.", date(2026, 12, 4)),
        ("Laat je me uiterlijk vrijdag 4 december weten of je akkoord gaat?", date(2026, 12, 4)),
        ("Dites-moi avant le vendredi 4 décembre si vous acceptez.", date(2026, 12, 4)),
        ("Avísame antes del viernes 4 de diciembre si la aceptas.", date(2026, 12, 4)),
        # a date said in passing, with no answer asked
        ("They'd like you to start on Monday, February 1.", None),
    ],
)  # fmt: skip
def test_the_agencys_deadline_asked_of_her_is_the_offers(text: str, deadline: date | None) -> None:
    """"Laat je me uiterlijk ... weten": the recruiter's own ask is the offer's deadline."""
    assert answer_deadline(text, SENT) == deadline


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        (("The panel would love to see you again. Priya will send you a few slots by Friday,"
         " December 4."), True),
        (("Wir möchten Sie gern zum Zweitgespräch einladen. Frau Kaya schickt Ihnen bis"
         " Freitag, 4.12., einige Terminvorschläge."), True),
        (("Nous souhaitons vous revoir. Léa vous enverra d'ici le vendredi 4 décembre quelques"
         " créneaux."), True),
        (("Queremos verte de nuevo. Marta te enviará antes del viernes 4 de diciembre varias"
         " opciones de horario."), True),
        (("We willen je graag terugzien. Sanne stuurt je uiterlijk vrijdag 4 december een paar"
         " tijdsopties."), True),
        # her move: times asked of her, a question beside, a slot, not a deadline
        ("We'd like to see you again. Please send us a few times by Friday, December 4.", False),
        (("Priya will send you a few slots by Friday, December 4. Could you also send two"
         " references?"), False),
        ("Priya will send you a few slots by Friday. Do mornings suit you?", False),
        ("Priya will send you the invite for Friday, December 4.", False),
    ],
)  # fmt: skip
def test_times_their_side_sends_by_a_day_are_their_move(text: str, theirs: bool) -> None:
    """Their side sends the times by a day and asks nothing: the move is theirs."""
    assert their_move(sentences(text)) is theirs


def test_a_second_interview_whose_times_are_to_come_waits_for_their_day() -> None:
    """The step is their promise: an acknowledgement with its day, not her move."""
    read = classify_message(_message(
        "Hi Alex,\n\nThe panel enjoyed meeting you and we'd love to offer you a second"
        " interview with our COO. Priya from our people team will send you a few slots by"
        " Friday, December 4.\n\nBest,\nSam"), load_intent_reader())  # fmt: skip
    assert read.intent is Intent.ACKNOWLEDGEMENT
    assert read.promised_by == date(2026, 12, 4)


def test_a_second_interview_that_asks_her_something_stays_her_move() -> None:
    """A question beside the step keeps it a step: she answers first."""
    read = classify_message(_message(
        "Hi Alex,\n\nWe'd love to offer you a second interview with our COO. Priya will send"
        " you a few slots by Friday, December 4. Could you let me know if mornings suit"
        " you?\n\nBest,\nSam"), load_intent_reader())  # fmt: skip
    assert read.intent is not Intent.ACKNOWLEDGEMENT


def test_a_hiring_freeze_that_takes_the_offer_back_is_a_sure_no() -> None:
    """The learned reader hears a pause; the words say the offer is gone (fr)."""
    read = classify_message(_message(
        "Alex,\n\nJe suis désolée de revenir vers vous si vite. Le conseil vient de décider"
        " un gel des recrutements jusqu'à nouvel ordre et nous devons retirer notre"
        " proposition. Votre profil n'y est pour rien.\n\nSam"), load_intent_reader())  # fmt: skip
    assert read.intent is Intent.REJECTION
    assert read.confidence >= 0.6
