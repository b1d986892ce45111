"""Latin American promises in a periphrasis are promises (tester round u29es)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Address, Intent, Message

#: Friday, December 4, 2026, from Mexico City: "el viernes 11" is a week on.
SENT = datetime(2026, 12, 4, 15, 24, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Le estaremos contactando a más tardar el viernes 11.",
        "Te vamos a estar avisando cómo sigue todo.",
        "Le vamos a contactar la próxima semana.",
        "Lo estaremos informando en cuanto tengamos novedades.",
        "Nos estaremos comunicando con usted la semana que viene.",
        "Le estaremos dando respuesta antes del viernes.",
        "Estaremos en contacto.",
    ],
)
def test_a_periphrastic_promise_is_an_acknowledgement(text: str) -> None:
    """"Le estaremos contactando", "te vamos a avisar": they will be in touch."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT


@pytest.mark.parametrize(
    "text",
    [
        "No le estaremos contactando por este medio.",
        "No te vamos a poder avisar antes del lunes.",
        "Estaremos encantados de recibirte el martes.",
    ],
)
def test_a_negated_or_other_periphrasis_is_no_such_promise(text: str) -> None:
    """"No le estaremos contactando", "estaremos encantados": no promise to be in touch."""
    found = intent_of(text)
    assert found is None or found[1] != "they will be in touch"


def test_karla_s_promise_beside_their_own_interviews_is_waited_for() -> None:
    """Their calendar with others is no step of hers: the promised Friday the 11th holds."""
    body = (
        "Buen día Ximena,\n\nAl contrario, gracias a usted por su tiempo y por la presentación"
        " tan clara que nos compartió. Al Dr. Zamudio le dio mucho gusto conocerla.\n\nLe"
        " comento que esta semana y la próxima todavía tenemos agendadas dos entrevistas más"
        " para la posición, por lo que le estaremos contactando a más tardar el viernes 11 para"
        " darle a conocer la resolución del proceso.\n\nQuedamos atentos a cualquier duda.\n\n"
        "Saludos cordiales,\n\nLic. Karla Velázquez Orozco\nAtracción de Talento"
    )
    message = Message(
        message_id="karla-1@labhuasteca.example", date=SENT,
        sender=Address("Karla Velázquez", "karla.velazquez@labhuasteca.example"),
        subject="RE: Gracias por la entrevista", body=body,
    )  # fmt: skip
    reading = classify_message(message, load_intent_reader())
    assert reading.intent is Intent.ACKNOWLEDGEMENT
    assert reading.confidence >= 0.6
    assert reading.promised_by == date(2026, 12, 11)
