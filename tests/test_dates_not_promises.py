"""Words near a day that look like a promise and are not: her task, a late reply, news told."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date

IST = timezone(timedelta(hours=5, minutes=30))
#: A Wednesday.
SENT = datetime(2026, 11, 4, 15, 20, tzinfo=IST)

NOT_PROMISES = [
    # an apology for a late reply, then a day about something else
    pytest.param("Sorry für die späte Rückmeldung, wir ziehen nächste Woche ins neue Büro.",
                 "de", id="de-late-reply"),
    pytest.param("Pardon pour ma réponse tardive : nous déménageons la semaine prochaine.",
                 "fr", id="fr-late-reply"),
    pytest.param("Perdona la respuesta tardía, el jueves tuvimos la auditoría.", "es",
                 id="es-late-reply"),
    pytest.param("Sorry voor de late reactie, volgende week zijn we op beurs in Utrecht.", "nl",
                 id="nl-late-reply"),
    # a reply already given by someone else
    pytest.param("La clinique vient de me répondre : le stage commence en janvier.", "fr",
                 id="fr-just-answered"),
    pytest.param("The agency has just got back to me, the contract would start 1 December.",
                 "en", id="en-just-answered"),
    pytest.param("El cliente acaba de contestarme: la incorporación sería el 1 de diciembre.",
                 "es", id="es-just-answered"),
    # who writes and why
    pytest.param("Te escribo desde Tesorería por los gastos del viaje del lunes.", "es",
                 id="es-writing-from"),
    pytest.param("I'm writing from Payroll about the travel claim for Monday's visit.", "en",
                 id="en-writing-from"),
    # her task and its deadline
    pytest.param("Please log in and complete the assessment within 3 business days.", "en",
                 id="en-her-task"),
    pytest.param("Bitte beantworten Sie den Fragebogen bis Freitag.", "de", id="de-her-task"),
    pytest.param("Veuillez remplir le formulaire avant vendredi.", "fr", id="fr-her-task"),
    pytest.param("Gelieve het formulier in te vullen voor vrijdag.", "nl", id="nl-her-task"),
    pytest.param("Entiendo que tienes que avisar con 15 días en tu empresa actual.", "es",
                 id="es-her-notice"),
    # "informal", "information": no verb of informing
    pytest.param("We'd like to set up an informal lunch with the team next week.", "en",
                 id="en-informal"),
    pytest.param("Quelques informations pratiques pour votre venue de lundi.", "fr",
                 id="fr-informations"),
    pytest.param("Queremos montar una comida informal la semana que viene.", "es",
                 id="es-informal"),
]


@pytest.mark.parametrize(("text", "language"), NOT_PROMISES)
def test_a_day_beside_these_words_is_no_promise(text: str, language: str) -> None:
    """None of these promises her an answer by the day they name."""
    assert promised_date(text, SENT, frozenset(), language) is None


PROMISES = [
    pytest.param("We'll inform you of the outcome by Friday.", "en", date(2026, 11, 6),
                 id="en-inform"),
    pytest.param("Wir informieren Sie bis Freitag.", "de", date(2026, 11, 6), id="de-inform"),
    pytest.param("Sorry for the late reply! We'll get back to you by Friday.", "en",
                 date(2026, 11, 6), id="en-apology-then-promise"),
    pytest.param("Please bear with us: we'll reply by Friday.", "en", date(2026, 11, 6),
                 id="en-please-bear-with-us"),
    pytest.param("Te escribo el viernes con la decisión.", "es", date(2026, 11, 6),
                 id="es-i-write-on-friday"),
]


@pytest.mark.parametrize(("text", "language", "day"), PROMISES)
def test_the_promise_beside_them_still_counts(text: str, language: str, day: date) -> None:
    """The same words in a real promise still give its day."""
    assert promised_date(text, SENT, frozenset(), language) == day
