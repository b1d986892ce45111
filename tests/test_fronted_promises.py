"""A promise to confirm with its day before the verb keeps that day (tester round u29es)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.dates import promised_date
from silence_watch.core.model import Address, Intent, Message

#: Thursday, November 19, 2026, in the evening: "next week" ends on Friday the 27th.
SENT = datetime(2026, 11, 19, 17, 41, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (("Nos quedan dos candidatos por entrevistar. La próxima semana le confirmamos cómo"
          " seguimos con el proceso."), date(2026, 11, 27)),
        ("La semana que viene te confirmo cómo seguimos.", date(2026, 11, 27)),
        ("El lunes te comento cómo ha ido con el comité.", date(2026, 11, 23)),
        ("Next week we'll confirm how we proceed.", date(2026, 11, 27)),
        ("Nächste Woche bestätige ich Ihnen, wie es weitergeht.", date(2026, 11, 27)),
        ("La semaine prochaine je vous confirme la suite.", date(2026, 11, 27)),
        ("Volgende week bevestig ik je hoe we verder gaan.", date(2026, 11, 27)),
    ],
    ids=["es-la-proxima-semana-le-confirmamos", "es-la-semana-que-viene-te-confirmo",
         "es-el-lunes-te-comento", "en-next-week-we-ll-confirm", "de-naechste-woche-bestaetige",
         "fr-la-semaine-prochaine-je-vous-confirme", "nl-volgende-week-bevestig-ik"],
)  # fmt: skip
def test_the_day_in_front_of_the_verb_is_promised(text: str, day: date) -> None:
    """"La próxima semana le confirmamos" promises next week, as "le confirmo el lunes" does."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    [
        # no day in front: a receipt, then the interview's day
        "Le confirmamos que hemos recibido su candidatura. La entrevista será el martes 24.",
        "Le confirmamos su entrevista el martes 24 a las 10.",
        # what is confirmed is a meeting's detail: a slot, not an answer
        "Mañana le confirmamos la hora de la entrevista.",
        "Tomorrow I'll confirm the room for your interview.",
        "Demain je vous confirme l'heure de l'entretien.",
        "Morgen bestätige ich Ihnen den Termin für das Gespräch.",
        # the day is in another sentence
        "Nos vimos el lunes. Le confirmamos que seguimos con otros candidatos.",
    ],
)
def test_a_confirmation_with_no_day_in_front_promises_nothing(text: str) -> None:
    """A receipt, a meeting's detail, or a day in another sentence: no promised day."""
    assert promised_date(text, SENT) is None


def test_javier_s_next_week_is_waited_for_under_his_legal_footer() -> None:
    """His Spanish disclaimer's "Si usted no es ..." is no negation of his; next week is his day."""
    body = (
        "Estimada Harriet:\n\nMuchas gracias por su amable mensaje; le contesto en español, ya"
        " que tan bien lo habla. Para nosotros también fue una conversación muy interesante.\n\n"
        "Nos quedan dos candidatos por entrevistar. La próxima semana le confirmamos cómo"
        " seguimos con el proceso.\n\nUn cordial saludo,\n\nJavier Salcedo\nDirector de Revenue"
        " Management\nGrupo Mirasierra Hoteles\n\nEste mensaje y sus archivos adjuntos van"
        " dirigidos exclusivamente a su destinatario y pueden contener información confidencial."
        " Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su"
        " borrado.\n"
    )
    message = Message(
        message_id="javier-1@mirasierrahoteles.example", date=SENT,
        sender=Address("Javier Salcedo", "javier.salcedo@mirasierrahoteles.example"),
        subject="RE: Thank you - Revenue Manager EMEA", body=body,
    )  # fmt: skip
    reading = classify_message(message, load_intent_reader())
    assert reading.intent is Intent.ACKNOWLEDGEMENT
    assert reading.confidence >= 0.6
    assert reading.promised_by == date(2026, 11, 27)
