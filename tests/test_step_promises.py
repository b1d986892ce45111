"""A next step's own promise to answer, kept beside her deadline and its slots (u12th)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.datephrases import Found
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.step_promises import promised_in_step

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 12, 1, 14, 5, tzinfo=CET)  # a Tuesday


def day_18(text: str) -> Found:
    """Friday, December 18 as the sentence writes it (folded)."""
    return Found(date(2026, 12, 18), text, 0, 0, names_year=False)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (("Please send your solution by Wednesday, December 9. We'll review every submission"
         " together and get back to everyone by Friday, December 18 at the latest."),
         "friday, december 18"),
        (("Schick uns deine Lösung bitte bis Mittwoch, 9.12. Wir schauen uns alles im Team an"
         " und melden uns bis spätestens Freitag, 18.12. bei allen Kandidat:innen."),
         "freitag, 18.12."),
        (("Merci de nous envoyer ta solution d'ici le mercredi 9 décembre. Nous reviendrons vers"
         " tous les candidats au plus tard le vendredi 18 décembre."), "vendredi 18 decembre"),
        (("Envíanos tu solución antes del miércoles 9 de diciembre. Os responderemos a todos a"
         " más tardar el viernes 18 de diciembre."), "viernes 18 de diciembre"),
        (("Stuur je oplossing uiterlijk woensdag 9 december. Daarna laten we iedereen uiterlijk"
         " vrijdag 18 december weten hoe het verder gaat."), "vrijdag 18 december"),
        ("You'll hear from us no later than Friday, December 18.", "friday, december 18"),
        ("We will let all candidates know on Friday, December 18 at the latest.",
         "friday, december 18"),
        ("Dana will be in touch by Friday, December 18 to find a time.", "friday, december 18"),
        ("We'll make a final decision by Friday, December 18.", "friday, december 18"),
        # the verb after the day, in German and Dutch (tester round u28re)
        (("Wir führen noch ein weiteres Gespräch und werden uns bis Freitag, den 18. Dezember,"
          " bei Ihnen melden."), "freitag, den 18. dezember"),
        ("Ich werde Ihnen bis spätestens 18.12. Bescheid geben.", "18.12."),
        ("We zullen je voor vrijdag 18 december laten weten hoe het verder gaat.",
         "vrijdag 18 december"),
        # the outcome confirmed, aimed at (tester round u32ta)
        (("Once both references are back, we are aiming to confirm the outcome to you by"
          " Friday 18 December."), "friday 18 december"),
        ("We plan to share the outcome with you by Friday, December 18.", "friday, december 18"),
        ("Wir möchten Ihnen das Ergebnis bis Freitag, 18. Dezember, mitteilen.",
         "freitag, 18. dezember"),
        ("Nous visons à vous confirmer le résultat d'ici le vendredi 18 décembre.",
         "vendredi 18 decembre"),
        ("Nuestra intención es confirmarle el resultado antes del viernes 18 de diciembre.",
         "viernes 18 de diciembre"),
        ("We streven ernaar je uiterlijk vrijdag 18 december de uitslag te laten weten.",
         "vrijdag 18 december"),
        # Latin American periphrases (tester round u29es)
        ("Le estaremos contactando a más tardar el viernes 18 con la resolución.",
         "viernes 18"),
        ("Te vamos a avisar a más tardar el viernes 18 cómo seguimos.", "viernes 18"),
        ("Nos estaremos comunicando con usted antes del viernes 18.", "viernes 18"),
        ("Le contactaremos a más tardar el viernes 18.", "viernes 18"),
    ],
)
def test_their_answer_by_a_day_is_their_promise(text: str, phrase: str) -> None:
    """An answer or a decision by a day, from their side, with a deadline word: theirs."""
    assert promised_in_step(text, day_18(phrase))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the day first, their times just after it (stop 48)
        ("Spätestens Freitag, 18.12. schicke ich Ihnen zwei, drei Terminvorschläge.",
         "freitag, 18.12."),
        ("Het gesprek met de directeur volgt; vrijdag 18 december stuur ik je de tijdsopties.",
         "vrijdag 18 december"),
        ("By Friday, December 18 we'll send you a couple of time slots.", "friday, december 18"),
    ],
)
def test_times_they_send_after_a_day_that_opens_the_sentence_are_their_promise(
    text: str, phrase: str
) -> None:
    """A day that opens the clause, then their side sending the times: their promise."""
    assert promised_in_step(text, day_18(phrase))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Bis Freitag, 18.12. schicken Sie uns bitte Ihre Terminwünsche.", "freitag, 18.12."),
        ("Am Freitag, 18.12. ist das Gespräch; die Einladung folgt.", "freitag, 18.12."),
        ("We meet on Friday, December 18 and I'll send the agenda then.", "friday, december 18"),
    ],
)
def test_her_times_or_a_slot_after_a_fronted_day_are_no_promise(text: str, phrase: str) -> None:
    """Her times asked, or the meeting's own day in front: no promise of theirs."""
    assert not promised_in_step(text, day_18(phrase))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # an answer asked of her: her deadline
        ("Please get back to us by Friday, December 18.", "friday, december 18"),
        ("Bitte melde dich bis Freitag, 18.12. bei mir.", "freitag, 18.12."),
        ("Reviens vers nous avant le vendredi 18 décembre.", "vendredi 18 decembre"),
        ("Respóndenos antes del viernes 18 de diciembre.", "viernes 18 de diciembre"),
        ("Laat ons uiterlijk vrijdag 18 december weten of dat lukt.", "vrijdag 18 december"),
        ("Send your solution by Friday, December 18.", "friday, december 18"),
        # the day of a meeting they will set up, no deadline word before it
        ("We'll be in touch with times for Friday, December 18.", "friday, december 18"),
        ("Wir melden uns wegen eines Termins am Freitag, 18.12.", "freitag, 18.12."),
        ("Dana will be in touch to schedule the panel before Friday, December 18.",
         "friday, december 18"),
        # the verb after the day, but her answer asked, or no answer of theirs
        ("Wir würden uns freuen, wenn Sie sich bis Freitag, 18.12. bei uns melden.",
         "freitag, 18.12."),
        ("Wir werden uns bis Freitag, 18.12. intern abstimmen und uns dann melden.",
         "freitag, 18.12."),
        ("Wir werden Ihnen bis Freitag, 18.12. die Unterlagen schicken.", "freitag, 18.12."),
        # their promise, but the day is in another sentence
        ("We'll get back to you soon. The panel sits on Friday, December 18.",
         "friday, december 18"),
        # the outcome asked of her, or her own results (u32ta)
        ("Please confirm the outcome of your tests by Friday, December 18.",
         "friday, december 18"),
        ("You are aiming to confirm your notice period by Friday, December 18.",
         "friday, december 18"),
        ("Bitte teilen Sie uns Ihre Ergebnisse bis Freitag, 18. Dezember, mit.",
         "freitag, 18. dezember"),
        ("Merci de nous confirmer le résultat d'ici le vendredi 18 décembre.",
         "vendredi 18 decembre"),
        ("Confírmenos el resultado antes del viernes 18 de diciembre.", "viernes 18 de diciembre"),
        ("Wil je ons uiterlijk vrijdag 18 december de uitslag laten weten.", "vrijdag 18 december"),
        # a periphrasis for a meeting's day, no deadline word: a slot
        ("Le estaremos contactando el viernes 18 para la entrevista.", "viernes 18"),
        ("Te vamos a llamar el viernes 18 a las 10.", "viernes 18"),
    ],
)
def test_her_deadline_and_their_slots_are_no_promise(text: str, phrase: str) -> None:
    """Her answer asked, a meeting's day, a day in another sentence: a slot or her deadline."""
    assert not promised_in_step(text, day_18(phrase))


def test_a_coding_challenge_keeps_the_company_day_not_hers() -> None:
    """Jana's challenge: the solution by the 9th, every candidate hears by the 18th."""
    body = (
        "Hi Miriam,\n\nwie versprochen kommt hier unsere kleine Coding Challenge :) Du baust eine"
        " Mini-Version unserer Fahrtenliste in React.\n\nSchick uns deine Lösung bitte bis"
        " Mittwoch, 9.12., als GitHub-Link oder ZIP. Bitte nicht mehr als 4 Stunden"
        " investieren!\n\nWir schauen uns dann alle Einreichungen gemeinsam im Team an und"
        " melden uns bis spätestens Freitag, 18.12. bei allen Kandidat:innen.\n\nLG\nJana"
    )
    read = classify_message(_mail(body), load_intent_reader())
    assert read.intent is Intent.NEXT_STEP
    assert read.promised_by == date(2026, 12, 18)
    # without their promise, her deadline (the 9th) is no answer they owe
    only_hers = body.replace(" und melden uns bis spätestens Freitag, 18.12. bei allen"
                             " Kandidat:innen", "")  # fmt: skip
    assert only_hers != body
    assert classify_message(_mail(only_hers), load_intent_reader()).promised_by is None


def _mail(body: str) -> Message:
    return Message(
        message_id="challenge@falkenauge.example",
        date=SENT,
        sender=Address(name="Jana Krüger", email="jana@falkenauge.example"),
        to=(Address(name="Miriam Yilmaz", email="miriam@example.com"),),
        subject="Re: Falkenauge x Miriam - Kennenlernen Frontend",
        headers={},
        body=body,
    )
