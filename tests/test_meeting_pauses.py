"""A meeting put off is no hiring pause, and a date in its reason is no pause end."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.calloff_readings import calloff_reading
from silence_watch.core.calloff_words import NEW_TIME_TO_COME
from silence_watch.core.dates import promised_date, revisit_date
from silence_watch.core.language import fold
from silence_watch.core.meeting_pauses import only_the_meetings
from silence_watch.core.model import Intent

#: Monday 7 December 2026, late afternoon in Paris.
MONDAY = datetime(2026, 12, 7, 15, 42, tzinfo=UTC)

#: The meeting put off to a later date, a new time to come, in five languages.
PUT_OFF = [
    ("Bonjour, l'entretien est reporté à une date ultérieure. Je reviens vers vous dès que"
     " j'aurai un nouveau créneau."),
    ("Hi Sam, the interview has been postponed to a later date; I'll send you a new time as"
     " soon as the panel is free."),
    ("Guten Tag, das Gespräch wird auf einen späteren Zeitpunkt verschoben. Wir melden uns"
     " mit einem neuen Termin."),
    ("Hola, la entrevista queda aplazada. En cuanto tengamos nueva fecha le escribo."),
    ("Hoi, het gesprek wordt uitgesteld tot een later moment. Ik kom bij je terug met een"
     " nieuwe datum."),
]

#: The hiring itself paused beside the meeting put off: a pause still.
HIRING_PAUSED = [
    ("L'entretien est reporté à une date ultérieure : le recrutement est suspendu jusqu'en"
     " janvier. Nous reviendrons vers vous avec une nouvelle date."),
    ("The interview has been postponed to a later date because the role is on hold; we will"
     " send a new date once it reopens."),
    ("Das Gespräch wird verschoben, die Stelle ist bis Januar auf Eis gelegt. Einen neuen"
     " Termin schlagen wir Ihnen dann vor."),
]


@pytest.mark.parametrize("text", PUT_OFF)
def test_a_meeting_put_off_with_a_new_time_to_come_is_waited_on(text: str) -> None:
    """"Reporté à une date ultérieure ... un nouveau créneau": a move to come, not a pause."""
    assert only_the_meetings(text)
    intent, confidence, ask = calloff_reading(text, Intent.ON_HOLD, 0.83, "on_hold")
    assert (intent, ask) == (Intent.ACKNOWLEDGEMENT, False)
    assert confidence >= 0.83


@pytest.mark.parametrize("text", HIRING_PAUSED)
def test_a_hiring_pause_beside_the_meeting_put_off_stays_a_pause(text: str) -> None:
    """"The role is on hold", "le recrutement est suspendu": the hiring waits, as read."""
    assert not only_the_meetings(text)
    assert calloff_reading(text, Intent.ON_HOLD, 0.83, "on_hold") == (Intent.ON_HOLD, 0.83, False)


def test_a_pause_read_where_no_meeting_is_put_off_is_left_as_read() -> None:
    """"We need to cancel Thursday ... a new date": no meeting put off in words, as read."""
    text = "We need to cancel Thursday, sorry. We will come back with a new date."
    assert not only_the_meetings(text)
    assert calloff_reading(text, Intent.ON_HOLD, 0.7, None) == (Intent.ON_HOLD, 0.7, False)


def test_a_meeting_put_off_with_no_new_time_to_come_stays_a_pause() -> None:
    """"Reporté à une date ultérieure" and nothing else: no move is promised, the pause stands."""
    text = "Madame, l'entretien est reporté à une date ultérieure. Bien à vous."
    assert calloff_reading(text, Intent.ON_HOLD, 0.83, "on_hold") == (Intent.ON_HOLD, 0.83, False)


@pytest.mark.parametrize(
    "text",
    [
        ("Mme Roux m'informe que l'entretien est reporté : elle est prise toute la semaine par"
         " la préparation du comité d'audit de fin d'année.\n\nJe ne manquerai pas de revenir"
         " vers vous dès que j'aurai un nouveau créneau."),
        "Le bilan de fin d'année nous occupe : je reviens vers vous rapidement.",
        ("La entrevista se aplaza: Jorge está toda la semana con el cierre contable de fin de"
         " año.\n\nMe pondré en contacto con usted en cuanto tenga nueva fecha."),
    ],
)
def test_a_period_end_that_names_a_thing_is_no_day(text: str) -> None:
    """"Pris par le comité d'audit de fin d'année": why they are busy, not when they write."""
    assert promised_date(text, MONDAY) is None
    assert revisit_date(text, MONDAY) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Je reviens vers vous d'ici la fin de l'année.", date(2026, 12, 31)),
        ("Nous reviendrons vers vous en fin d'année.", date(2026, 12, 31)),
        ("Nous reviendrons vers vous après la clôture de fin d'année.", date(2026, 12, 31)),
        ("Le escribiremos antes de fin de año.", date(2026, 12, 31)),
        ("Le escribiré en cuanto pase el cierre de fin de año.", date(2026, 12, 31)),
        ("Te escribo a fin de mes.", date(2026, 12, 31)),
        ("We'll get back to you by the end of the year.", date(2026, 12, 31)),
        ("Wir melden uns bis Jahresende.", date(2026, 12, 31)),
        ("We laten het je voor het eind van het jaar weten.", date(2026, 12, 31)),
    ],
)
def test_a_period_end_said_as_a_time_is_still_its_day(text: str, day: date) -> None:
    """"D'ici la fin de l'année", "après la clôture de fin d'année": still 31 December."""
    assert promised_date(text, MONDAY) == day


@pytest.mark.parametrize(
    ("text", "to_come"),
    [
        ("Je reviens vers vous dès que j'aurai un nouveau créneau.", True),
        ("Nous vous proposerons de nouveaux créneaux la semaine prochaine.", True),
        ("Je vous envoie un nouveau rendez-vous dès que possible.", True),
        ("Il n'y aura pas de nouveau créneau : le poste est pourvu.", False),
        ("Votre nouveau manager sera Paul.", False),
    ],
)
def test_a_new_slot_to_come_in_french(text: str, to_come: bool) -> None:
    """"Un nouveau créneau" is a new time to come, as "une nouvelle date" was."""
    assert (NEW_TIME_TO_COME.search(fold(text)) is not None) is to_come
