"""An answer with no news that only leaves the door open is no news (tester round u29es)."""

from __future__ import annotations

import pytest

from silence_watch.core.ladder import CERTAIN
from silence_watch.core.model import Intent
from silence_watch.core.open_door import door_left_open

KARLA = (
    "Hola Ximena, buen día.\n\nClaro que sí, con gusto. El esquema es híbrido: tres días en la"
    " planta de Toluca (lunes, martes y jueves) y dos días de home office. Además contamos con"
    " transporte de personal que sale de Taxqueña a las 6:40 am, por si le es de utilidad.\n\n"
    "Quedamos atentos.\n\nSaludos cordiales,"
)


def read(text: str, intent: Intent = Intent.OTHER, confidence: float = 0.52) -> Intent | None:
    """The intent ``door_left_open`` leaves, "surely other" marked as the string "surely"."""
    after, sure = door_left_open(text, intent, confidence, [])
    return None if after is Intent.OTHER and sure == CERTAIN else after


@pytest.mark.parametrize(
    "text",
    [
        KARLA,
        "Sí, el puesto permite trabajar desde casa dos días. Quedo a sus órdenes.",
        "El horario es de 8 a 17 h. Para cualquier duda, estoy a tu disposición.",
        ("Yes, it's a hybrid setup: three days in the office. Let me know if you have any other"
         " questions."),
        ("Ja, wir arbeiten hybrid: drei Tage im Büro. Bei weiteren Fragen stehe ich Ihnen gerne"
         " zur Verfügung."),
        "Oui, le télétravail est possible deux jours par semaine. Je reste à votre disposition.",
        "Ja, we werken hybride: drie dagen op kantoor. Mocht je nog vragen hebben, laat het weten.",
    ],
    ids=["es-mx-quedamos-atentos", "es-quedo-a-sus-ordenes", "es-a-tu-disposicion",
         "en-any-other-questions", "de-zur-verfuegung", "fr-a-votre-disposition",
         "nl-nog-vragen"],
)  # fmt: skip
def test_an_answer_that_leaves_the_door_open_is_no_news(text: str) -> None:
    """Her question answered, "quedamos atentos": the waiting goes on as it was."""
    assert read(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # they wait on her word
        "El esquema es híbrido. Quedamos atentos a su confirmación.",
        "The role is hybrid. I look forward to your reply.",
        "Die Stelle ist hybrid. Ich freue mich auf Ihre Rückmeldung.",
        # a question of theirs
        "El esquema es híbrido. ¿Le interesaría venir a conocer la planta? Quedamos atentos.",
        # news of the hiring, whatever the reader missed
        "La posición ya se cubrió. Quedamos atentos.",
        "Leider ist die Stelle inzwischen besetzt. Bei Fragen stehe ich gerne zur Verfügung.",
        "Malheureusement le poste est pourvu. Je reste à votre disposition.",
        "We hebben helaas voor iemand anders gekozen. Mocht je nog vragen hebben, bel me.",
        "The interview is on Monday. Let me know if you have any other questions.",
        # the answer elsewhere, a hand-over, a door that is no sign-off
        "Please see attached and let me know if you have any questions.",
        "Paso al equipo de Onboarding. Por favor, diríjase a Luis para cualquier consulta.",
        # no door at all
        "El esquema es híbrido: tres días en la planta.",
    ],
)
def test_an_answer_that_waits_asks_or_tells_is_read_as_before(text: str) -> None:
    """Awaiting her word, a question, news, an attachment, a hand-over: not this answer."""
    assert read(text) is Intent.OTHER


@pytest.mark.parametrize("intent", [Intent.REJECTION, Intent.NEXT_STEP, Intent.REQUEST,
                                    Intent.ACKNOWLEDGEMENT, Intent.PLEASANTRY])  # fmt: skip
def test_only_a_reading_of_nothing_is_looked_at_again(intent: Intent) -> None:
    """A no, a step, a request, a promise or warmth the reader found stays what it is."""
    assert read(KARLA, intent) is intent


def test_a_long_letter_is_never_taken_for_no_news() -> None:
    """Ninety words and more may hold news no phrase knows."""
    assert read(KARLA.replace("Quedamos", "Por cierto, " + "la planta es amplia " * 25 +
                              ". Quedamos")) is Intent.OTHER  # fmt: skip
