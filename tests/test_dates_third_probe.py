"""Promised days from a third date probe (probe-dates3), read as written.

"Before the holidays" said in the season, "halverwege januari", what she will know by a
day ("dan weet je meer"), a promise to every candidate or in the -ing form, an office's
closure beside a promise, a plan given up ("we meant to answer by Monday, but"), a
process to be closed by a day that is no no, and "still agreeing on it".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent

EST = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))
#: Wednesday 2 December 2026, mid-morning.
WEDNESDAY = datetime(2026, 12, 2, 10, 0, tzinfo=EST)
WEDNESDAY_CET = datetime(2026, 12, 2, 10, 0, tzinfo=CET)

PROMISES = [
    # the season's holidays: Christmas, as "avant les fêtes" always was
    ("The panel will come back to every finalist ahead of the holidays.", "en",
     date(2026, 12, 25)),
    ("Eine Rückmeldung erhalten Sie noch vor den Festtagen.", "de", date(2026, 12, 25)),
    ("Je hoort nog voor de feestdagen van ons.", "nl", date(2026, 12, 25)),
    # "halverwege" a month: its middle
    ("Halverwege januari laten we je weten hoe het verder gaat.", "nl", date(2027, 1, 15)),
    # what she will know by a day is their news
    ("Donderdag weet je het, beloofd.", "nl", date(2026, 12, 3)),
    ("Spätestens Montag wissen Sie mehr.", "de", date(2026, 12, 7)),
    ("Tu en sauras davantage lundi.", "fr", date(2026, 12, 7)),
    ("Antes del viernes sabrá algo, se lo aseguro.", "es", date(2026, 12, 4)),
    # every candidate, she among them; the -ing form
    ("We will contact all shortlisted applicants by Friday the 11th.", "en",
     date(2026, 12, 11)),
    ("We're aiming at coming back with a verdict by Tuesday.", "en", date(2026, 12, 8)),
    # a closure after the promise's own day, past a dash, is not that day's
    ("You'll have our answer by Monday 21 December \u2013 we're closed from the 24th.", "en",
     date(2026, 12, 21)),
    # the thing planned for the day, "once it is done"
    ("Die Auswahl schließen wir bis zum 11.12. ab; sobald es so weit ist, melde ich mich.",
     "de", date(2026, 12, 11)),
    ("Esperamos cerrar la búsqueda el viernes; te llamo en cuanto lo tengamos.", "es",
     date(2026, 12, 4)),
    # news told now is no plan given up
    ("We wanted to update you: a decision comes by Thursday, but not before.", "en",
     date(2026, 12, 3)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day(text: str, language: str, expected: date) -> None:
    """Each wording promises its day, read from Wednesday 2 December."""
    sent = WEDNESDAY if language == "en" else WEDNESDAY_CET
    assert promised_date(text, sent, language=language) == expected


NO_PROMISE = [
    # an office closing: when they are away, not when the answer comes
    ("FYI the office will be closed 23 Dec through 4 Jan. We will be in touch.", "en"),
    ("Our team is closed Dec 23 - Jan 3. We will be in touch with news.", "en"),
    ("Das Büro bleibt vom 24.12. bis 6.1. geschlossen; wir melden uns danach.", "de"),
    ("Nos locaux seront fermés du 24 au 4 janvier ; nous reviendrons vers vous.", "fr"),
    ("La oficina estará cerrada del 24 al 6 de enero; te contactaremos.", "es"),
    ("Het kantoor is gesloten van 24 december tot 4 januari, we nemen contact op.", "nl"),
    # a plan given up
    ("We meant to give you an answer on Monday, but the panel has been delayed.", "en"),
    ("Wir wollten uns bis Freitag melden, leider verzögert sich das.", "de"),
    ("Je voulais vous répondre vendredi, mais le comité est reporté.", "fr"),
    ("Queríamos tener una decisión el jueves, pero no va a ser posible.", "es"),
    ("We wilden je donderdag bellen, maar dat gaat helaas niet lukken.", "nl"),
    ("I know I said you would hear by Friday - sorry, still no word.", "en"),
]


@pytest.mark.parametrize(("text", "language"), NO_PROMISE)
def test_no_promised_day(text: str, language: str) -> None:
    """A closure's days (a dash in its range is no clause's end) and a plan given up."""
    sent = WEDNESDAY if language == "en" else WEDNESDAY_CET
    assert promised_date(text, sent, language=language) is None


def test_before_the_holidays_in_summer_is_not_christmas() -> None:
    """Said in July, "before the holidays" are the summer's: no day is read."""
    july = datetime(2026, 7, 8, 10, 0, tzinfo=EST)
    assert promised_date("We'll get back to you before the holidays.", july) is None


@pytest.mark.parametrize(
    "text",
    [
        "Esperamos cerrar el proceso a finales de mes y te avisamos.",
        "Cerraremos el proceso antes del 18 y te escribimos.",
    ],
)
def test_a_process_closed_by_a_day_is_no_no(text: str) -> None:
    """A plan to close the process by a day is their answer to come, not a rejection."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "Danke der Nachfrage, wir befinden uns noch in der Klärung.",
        "Merci de votre message, nous sommes toujours en réflexion.",
        "Sorry, still working through the applications - will update shortly.",
        "Wir halten Sie natürlich auf dem Laufenden.",
        "Gracias por escribir, le mantenemos al corriente.",
    ],
)
def test_still_agreeing_is_still_deciding(text: str) -> None:
    """Still agreeing on it, or kept posted: an acknowledgement."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT


def test_asking_her_to_keep_them_posted_is_no_promise() -> None:
    """"Bitte halten Sie uns auf dem Laufenden" asks her; they promise nothing."""
    found = intent_of("Bitte halten Sie uns auf dem Laufenden.")
    assert found is None or found[1] != "they will be in touch"


#: Monday 21 December 2026, before the year-end break.
MONDAY_BEFORE_CHRISTMAS = datetime(2026, 12, 21, 9, 30, tzinfo=EST)

WEEKS_NAMED_BY_A_DAY = [
    # "during the week" of another week is that week, never this one's Friday (probe-dates3)
    ("We should be able to come back to you during the week commencing 11 January.", "en"),
    ("Expect to hear from us within the week beginning Monday 11 January.", "en"),
    ("Nous vous répondrons dans la semaine du 11 janvier.", "fr"),
    # the week named before the promise: its Friday, as after it
    ("In de week van 11 januari hoor je van ons.", "nl"),
    ("In der Woche vom 11. Januar melden wir uns bei Ihnen.", "de"),
]


@pytest.mark.parametrize(("text", "language"), WEEKS_NAMED_BY_A_DAY)
def test_a_week_named_by_its_monday_ends_on_its_friday(text: str, language: str) -> None:
    """The answer may come any day of the week they named: its Friday, 15 January."""
    assert promised_date(text, MONDAY_BEFORE_CHRISTMAS, language=language) == date(2027, 1, 15)


def test_during_the_week_alone_is_this_week() -> None:
    """No week named after it: this week's Friday."""
    said = "We'll be in touch during the week, once the panel has met."
    assert promised_date(said, MONDAY_BEFORE_CHRISTMAS, language="en") == date(2026, 12, 25)


#: Monday 7 December 2026, morning in Berlin.
MONDAY_CET = datetime(2026, 12, 7, 9, 0, tzinfo=CET)

GERMAN_WORD_ORDER = [
    # the verb before its subject, the split verb "auf Sie zukommen" (probe-dates3)
    ("Bis Donnerstag sind wir durch, dann rufen wir Sie an.", date(2026, 12, 10)),
    ("Wir kommen spätestens am Freitag auf Sie zu.", date(2026, 12, 11)),
    ("Ich werde bis Freitag wieder auf dich zukommen.", date(2026, 12, 11)),
    ("Am Donnerstag schreibe ich Ihnen, wie es weitergeht.", date(2026, 12, 10)),
    # "kommenden Mittwoch" said on a Monday is the first Wednesday ahead
    ("Bis kommenden Mittwoch melden wir uns.", date(2026, 12, 9)),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_WORD_ORDER)
def test_german_word_order_keeps_the_promised_day(text: str, expected: date) -> None:
    """A German promise in its own word order names its day."""
    assert promised_date(text, MONDAY_CET, language="de") == expected
    assert intent_of(text) is not None
    assert intent_of(text)[0] is Intent.ACKNOWLEDGEMENT  # type: ignore[index]


@pytest.mark.parametrize("text", [
    "Kommen Sie gern bis Freitag auf uns zu, wenn Fragen sind.",
    "Rufen Sie mich am Donnerstag an, falls etwas unklar ist.",
])
def test_her_move_in_those_words_is_no_promise(text: str) -> None:
    """Asked to come to them or to call: hers to do, no promised day."""
    assert promised_date(text, MONDAY_CET, language="de") is None


def test_nextweek_wednesday_stays_next_week() -> None:
    """"nächsten Mittwoch" keeps its reading: next week's."""
    assert promised_date("Bis nächsten Mittwoch melden wir uns.", MONDAY_CET,
                         language="de") == date(2026, 12, 16)


def test_a_french_plan_thought_possible_and_given_up_is_no_promise() -> None:
    """"Nous pensions pouvoir vous répondre avant le 11, mais": no day is promised."""
    said = "Nous pensions pouvoir vous répondre avant le 11, mais le comité a été reporté."
    assert promised_date(said, MONDAY_CET, language="fr") is None
