"""A promise said as a hope, through someone else, or inside a pause (probe-dates9).

Each reading was lost or taken from the wrong words: "no news yet, hopefully by Friday"
promised nothing, "est de retour le 4 janvier" promised the 4th, "mise à jour" was a day
away, and a pause's promise after a semicolon was taken for its end.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date, revisit_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.pause_promises import pause_days

CET = timezone(timedelta(hours=1))
#: A Tuesday: "Thursday" is the 10th, "Wednesday" the 9th, "Monday" the 14th.
SENT = datetime(2026, 12, 8, 9, 15, tzinfo=CET)

HOPED = [
    pytest.param("Still nothing from the panel, hopefully before Thursday.", "en",
                 date(2026, 12, 10), id="en-hopefully-before"),
    pytest.param("Noch keine Neuigkeiten vom Team, hoffentlich am Mittwoch.", "de",
                 date(2026, 12, 9), id="de-hoffentlich-am"),
    pytest.param("Toujours rien côté client, avec un peu de chance d'ici jeudi.", "fr",
                 date(2026, 12, 10), id="fr-avec-un-peu-de-chance"),
    pytest.param("Aún nada del comité, ojalá antes del jueves.", "es", date(2026, 12, 10),
                 id="es-ojala-antes-del"),
    pytest.param("Nog niets gehoord van de manager, hopelijk donderdag.", "nl",
                 date(2026, 12, 10), id="nl-hopelijk"),
    pytest.param("Honestly I think I'll have a yes or no for you on Thursday.", "en",
                 date(2026, 12, 10), id="en-a-yes-or-no-for-you"),
    pytest.param("Mevrouw Jansen belt u woensdag.", "nl", date(2026, 12, 9),
                 id="nl-someone-else-calls"),
    pytest.param("Ich hoffe, Ihnen bis Mittwoch etwas sagen zu können.", "de",
                 date(2026, 12, 9), id="de-words-between-her-and-the-saying"),
    pytest.param("Normalement, Mme Duval vous rappelle jeudi.", "fr", date(2026, 12, 10),
                 id="fr-someone-else-calls"),
    pytest.param("Aktuell rechne ich mit Mittwoch, spätestens Donnerstag.", "de",
                 date(2026, 12, 10), id="de-rechne-mit-a-day"),
]


@pytest.mark.parametrize(("text", "language", "day"), HOPED)
def test_a_day_hoped_for_or_promised_through_another_is_the_promise(
    text: str, language: str, day: date,
) -> None:
    """The day of the news is kept, though said as a hope or by another's call."""
    assert promised_date(text, SENT, frozenset(), language) == day


NOT_HERS = [
    pytest.param("Hopefully you can make it on Thursday at 3pm.", "en", id="en-hope-about-her"),
    pytest.param("Please send the signed form over, hopefully by Thursday.", "en",
                 id="en-her-deadline"),
    pytest.param("We'd need a yes or no from you by Thursday.", "en", id="en-her-yes-or-no"),
    pytest.param("Mme Petit sera de retour le lundi 14 décembre ; votre candidature est chez"
                 " elle.", "fr", id="fr-someone-back"),
    pytest.param("Petite mise à jour : l'équipe se réunit cette semaine.", "fr",
                 id="fr-mise-a-jour-is-no-day"),
]


@pytest.mark.parametrize(("text", "language"), NOT_HERS)
def test_no_promise_in_her_day_or_someone_back(text: str, language: str) -> None:
    """A hope about her, her deadline, a colleague's return promise no news."""
    assert promised_date(text, SENT, frozenset(), language) is None


def test_feedback_promised_beside_a_return_is_still_a_promise() -> None:
    """"de retour" is someone back; "un retour" is still feedback."""
    text = "Je suis de retour jeudi et je vous fais un retour vendredi."
    assert promised_date(text, SENT, frozenset(), "fr") == date(2026, 12, 11)


def test_a_update_is_no_day_but_a_week_still_is() -> None:
    """French "à jour" is no count; English "a week" is seven days."""
    assert promised_date("Petite mise à jour : on revient vers vous.", SENT) is None
    assert promised_date("We'll get back to you in a week.", SENT) == date(2026, 12, 15)


@pytest.mark.parametrize(
    ("text", "language", "told", "ends"),
    [
        pytest.param("Die Stelle ist bis Februar eingefroren; ich schreibe Ihnen in der ersten"
                     " Januarwoche.", "de", date(2027, 1, 8), date(2027, 2, 10), id="de"),
        pytest.param("The search is on ice until February; I'll update you the first week of"
                     " January.", "en", date(2027, 1, 8), date(2027, 2, 10), id="en"),
        pytest.param("El puesto queda en pausa hasta febrero; te escribo la segunda semana de"
                     " enero.", "es", date(2027, 1, 15), date(2027, 2, 10), id="es"),
    ],
)
def test_a_promise_after_a_semicolon_is_not_the_pause_s_end(
    text: str, language: str, told: date, ends: date,
) -> None:
    """The clause after the semicolon promises news; the pause still ends in February."""
    assert pause_days(text, SENT, frozenset(), language) == (told, ends)


def test_a_clause_after_a_semicolon_with_no_end_before_it_is_read_as_before() -> None:
    """With the end in an earlier sentence, "...; ich melde mich im neuen Jahr" adds no day."""
    text = ("Die Besetzung ruht bis Februar. Sie brauchen in der Zwischenzeit nichts weiter zu"
            " tun; ich melde mich im neuen Jahr.")
    assert pause_days(text, SENT, frozenset(), "de") == (None, date(2027, 2, 10))


def test_a_pause_in_an_update_ends_when_it_says() -> None:
    """"Petite mise à jour ... à la rentrée de janvier": the 10th, never tomorrow."""
    text = "Petite mise à jour : tout est en stand-by, on reprend à la rentrée de janvier."
    assert revisit_date(text, SENT, frozenset(), "fr") == date(2027, 1, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Your CV is now with him and he decides this week.",
        "Ihre Bewerbung liegt nun auf seinem Tisch.",
        "Votre candidature est désormais sur son bureau.",
        "Tu cv está ya sobre su mesa.",
        "Je cv ligt nu op haar bureau.",
        "Nous attendons le client ; je vous la transmets dès que je l'ai.",
        "Wir warten auf das Feedback und geben es Ihnen sofort weiter.",
    ],
)
def test_her_file_with_the_one_who_decides_is_a_wait(text: str) -> None:
    """Her file with the one who decides, news passed on: an acknowledgement."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT


def test_filling_the_job_is_no_form_to_fill() -> None:
    """"De functie ... in te vullen" is their plan; "het formulier ... in te vullen" asks her."""
    plan = intent_of("Wij verwachten de positie begin volgend jaar in te vullen.")
    assert plan is None or plan[0] is not Intent.REQUEST
    form = intent_of("Het formulier is via de link in te vullen.")
    assert form is not None
    assert form[0] is Intent.REQUEST
