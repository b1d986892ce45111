"""News told now, her answer asked, a day gone by, the writer leaving: no promise of theirs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.dates import promised_date

#: Thursday, February 11, 2027, morning: Monday is the 15th, Friday the 12th.
SENT = datetime(2027, 2, 11, 9, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        # news told now, with a day that is about something else
        "Just to let you know the car park is closed on Monday for resurfacing.",
        "Je vous informe que le bâtiment B sera fermé lundi.",
        "Te escribo para avisarte de que el lunes hay obras en la entrada.",
        "Le comunicamos que la sede permanecerá cerrada el lunes 15.",
        "Hiermit teilen wir Ihnen mit, dass unser Empfang am Montag geschlossen ist.",
        "Hierbij laten wij u weten dat de receptie maandag gesloten is.",
        # her answer asked
        "Merci de me répondre d'ici lundi, le manager fait son point demain.",
        "Wij verzoeken u ons uiterlijk maandag te laten weten of u het aanbod aanvaardt.",
        "Bitte geben Sie uns bis Montag Bescheid.",
        # a day gone by, written as such
        "Gracias por venir a la jornada del pasado miércoles; le escribiremos pronto.",
        "Merci pour l'entretien de mercredi dernier, nous reviendrons vers vous.",
        "Danke für das Gespräch am vergangenen Mittwoch, wir melden uns.",
        # the day the writer leaves
        "Petite info : je quitte l'entreprise vendredi, je vous tiens au courant de la suite.",
        "Ich verlasse das Unternehmen am Freitag; meine Kollegin meldet sich.",
        "I'm leaving on Friday, so Ana will get back to you.",
    ],
)
def test_no_promise_is_read_from_news_or_her_answer(text: str) -> None:
    """What is told now, asked of her, gone by, or the writer's leaving day: no promise."""
    assert promised_date(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Just to let you know we will decide by Monday.", date(2027, 2, 15)),
        ("Je vous informe que nous reviendrons vers vous lundi.", date(2027, 2, 15)),
        ("Le comunicamos que le daremos una respuesta el lunes.", date(2027, 2, 15)),
        ("We'll let you know by Monday.", date(2027, 2, 15)),
        ("Wir melden uns am Mittwoch nach dem Gespräch.", date(2027, 2, 17)),
    ],
)
def test_a_promise_beside_such_words_is_still_read(text: str, day: date) -> None:
    """A real promise in the same sentence keeps its day."""
    assert promised_date(text, SENT) == day
