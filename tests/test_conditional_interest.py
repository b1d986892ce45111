""""Si sigues interesada, serás la primera a la que llamemos" asks her nothing."""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asked: her answer is what the mail needs
        ("¿Sigues interesada en el puesto? Cuéntanos.", "request"),
        ("Hola Laura, ¿sigue usted disponible para la posición de Revenue Manager?", "request"),
        # a condition before their promise: the pause is the news
        (("Hemos parado el proceso hasta cerrar el ejercicio. Retomaremos el proceso después"
          " de Reyes y, si sigues interesada, serás la primera a la que llamemos."), "on_hold"),
        (("Hemos congelado las incorporaciones. Si aún sigues disponible en enero, te"
          " escribiremos."), "on_hold"),
    ],
)  # fmt: skip
def test_interest_asked_or_only_a_condition(text: str, expected: str) -> None:
    """A condition ("si sigues interesada") is no question to her."""
    found = intent_of(text)
    assert found is not None
    assert str(found[0]) == expected
