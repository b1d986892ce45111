"""Spanish as recruiters in Buenos Aires, Bogotá or Sevilla write it (stop 47).

"Necesito que me compartas tu CUIT" was read as thanks (the singular "necesito que" had
no row, the plural had); "Nos encantaría que te sumes al equipo. Te paso la propuesta
formal" as a question; "la idea es tener una definición para la semana que viene" lost
its day. Sentences here are worded unlike the probe's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of

#: Tuesday, December 8, 2026, morning: "la semana que viene" ends on Friday the 18th.
SENT = datetime(2026, 12, 8, 14, 5, tzinfo=UTC)


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Para cerrar el alta necesito que me mandes el número de la seguridad social.", "request"),
        ("Necesito que completes el formulario de datos bancarios, porfa.", "request"),
        ("Nos encantaría que te incorpores al equipo de Medellín en enero.", "offer"),
        ("Me gustaría que te unas a nuestro equipo; te envío la propuesta formal hoy.", "offer"),
        ("Te adjunto la propuesta económica para el puesto, revísala con calma.", "offer"),
    ],
)
def test_plain_spanish_asks_and_offers(text: str, want: str) -> None:
    """The singular need, and the job offered as joining the team, read as such."""
    assert _reading(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Nos encantaría que te sumes a la charla del jueves con el equipo.",
        "Te paso la propuesta de horarios para la entrevista: ¿martes o miércoles?",
    ],
)
def test_joining_a_talk_or_a_schedule_proposed_is_no_offer(text: str) -> None:
    """A talk to join and a schedule proposed share the offer's words, not its news."""
    assert _reading(text) != "offer"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Seguimos con entrevistas; la idea es tener una definición para la semana que viene.",
         date(2026, 12, 18)),
        ("Esperamos tener una respuesta antes del viernes.", date(2026, 12, 11)),
        ("L'idée est d'avoir une décision d'ici vendredi prochain.", date(2026, 12, 18)),
    ],
)  # fmt: skip
def test_a_plan_to_have_the_answer_by_a_day_promises_it(text: str, day: date) -> None:
    """"La idea es tener una definición para ..." is a dated acknowledgement."""
    assert _reading(text) == "acknowledgement"
    assert promised_date(text, SENT) == day


def test_the_definition_of_the_role_is_no_promise() -> None:
    """"La definición del perfil" is the job's description: no day promised by it."""
    text = "Te mando la definición del perfil; la entrevista sigue en pie el viernes."
    assert promised_date(text, SENT) is None
