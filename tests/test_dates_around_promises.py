"""Words around a promise's day: her time, an official count, a fronted deadline, the subject."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.calendardays import Context
from silence_watch.core.classify import classify_message
from silence_watch.core.datephrases import Found, dates_in
from silence_watch.core.dates import promised_date, sentences
from silence_watch.core.model import Address, Message
from silence_watch.core.step_promises import promised_in_step
from silence_watch.core.subject_pointers import subject_is_theirs

#: Wednesday, May 12, 2027, early afternoon: Friday is the 14th.
SENT = datetime(2027, 5, 12, 13, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        # the time she is given is her deadline
        "I'll send the brief over once you confirm; you'll then have a week to complete it.",
        "Te la mando cuando me digas y tienes una semana para entregarla.",
        "Ich schicke dir die Aufgabe, du hast dann zwei Wochen Zeit dafür.",
        "Je vous envoie le cas, vous avez une semaine pour le rendre.",
        "Ik stuur je de case, je hebt een week om hem te maken.",
        # an official notice counts from the day after another event
        ("Le responderemos una vez subsanada; dispone de diez días hábiles contados a partir"
         " del día siguiente a la notificación."),
        # to her referees, not to her
        "Vamos a comunicarnos durante esta semana con las dos referencias que nos indicó.",
    ],
)
def test_no_day_of_theirs_comes_from_her_time_or_others(text: str) -> None:
    """Her week to do the task, a legal count, a call to her referees: no promised day."""
    assert promised_date(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We'll get back to you within a week.", date(2027, 5, 19)),
        ("Le responderemos en diez días hábiles.", date(2027, 5, 26)),
        ("Te escribiremos durante esta semana.", date(2027, 5, 14)),
    ],
)
def test_their_own_span_still_counts_from_the_mail(text: str, day: date) -> None:
    """A span of theirs with nothing to count from but the mail is still their day."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bis Freitag melde ich mich dann bei Ihnen, wie es weitergeht.", True),
        ("By Friday, we'll get back to you with the outcome.", True),
        ("D'ici vendredi je reviens vers vous.", True),
        ("Antes del viernes te escribiremos.", True),
        ("Voor vrijdag laat ik je weten hoe het verder gaat.", True),
        # her deadline, and a slot: not theirs
        ("By Friday, please get back to us with two slots.", False),
        ("On Friday we'll get back to you at the panel.", False),
    ],
)
def test_a_step_s_fronted_deadline_is_their_promise(text: str, kept: bool) -> None:
    """A sure next step's day in front with a deadline word, then their answer, is kept."""
    found = _dates(text)
    assert found
    assert promised_in_step(text, found[0]) is kept


def _dates(text: str) -> list[Found]:
    return dates_in(sentences(text)[0], Context(SENT.date(), deadline=True))


@pytest.mark.parametrize(
    ("subject", "body", "theirs"),
    [
        ("RE: Analyst role - we'll revert by Fri 14 May", "As per subject. Kindly bear with us.",
         True),
        ("AW: Analyst - Rückmeldung bis Fr 14.5.", "Hallo, siehe Betreff. Gruß", True),
        ("RE: Could we talk on Friday?", "Sure - see you then.", False),
        ("RE: Thesis", "The subject of your thesis is fascinating.", False),
        ("Analyst role - we'll revert by Friday", "Hello!", True),
    ],
)
def test_a_subject_the_body_points_at_is_theirs(subject: str, body: str, theirs: bool) -> None:
    """"As per subject" makes a reply's subject their word; a mere mention does not."""
    assert subject_is_theirs(subject, body) is theirs


def test_a_promise_in_the_subject_they_point_at_is_read() -> None:
    """"RE: ... - we'll revert by Fri 14 May" over "As per subject." waits for the 14th."""
    message = Message(
        message_id="revert-1@tidewater.example", date=SENT,
        sender=Address("Ravi Menon", "ravi.menon@tidewater.example"),
        subject="RE: Treasury Analyst - we'll revert by Fri 14 May",
        body="Dear Asha,\n\nAs per subject. The panel's scores are still being collated.\n\n"
             "Regards,\nRavi\n",
    )  # fmt: skip
    assert classify_message(message, load_intent_reader()).promised_by == date(2027, 5, 14)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "that day": the day said in the sentence before
        (("I'm off until Monday the 17th. The board decides while I'm away and I'll have an"
         " answer for you that day."), date(2027, 5, 17)),
        ("Le comité se réunit le jeudi 20. Je vous donne une réponse ce jour-là.",
         date(2027, 5, 20)),
        # a correction further down replaces the promised day
        (("We'll confirm the outcome by Friday 14 May. PS - sorry, the chair is away, so"
         " please read that as Wednesday 19th instead."), date(2027, 5, 19)),
        ("Wir melden uns bis Freitag, 14.5. Korrektur: Mittwoch, 19.5.", date(2027, 5, 19)),
        ("Os responderemos antes del viernes 14 de mayo. Corrijo: el miércoles 19 de mayo.",
         date(2027, 5, 19)),
    ],
)  # fmt: skip
def test_a_day_said_elsewhere_or_corrected_is_the_promise(text: str, day: date) -> None:
    """"That day" is the day said before; a correction replaces the promised day."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the interview is corrected, not the promise
        ("We'll decide by Friday 14 May. Correction: your interview is on Tuesday 18th.",
         date(2027, 5, 14)),
        # a correction to a day gone by corrects nothing
        ("We'll decide by Friday 14 May. I meant Monday 3 May when we spoke.",
         date(2027, 5, 14)),
    ],
)
def test_a_correction_of_something_else_keeps_the_promise(text: str, day: date) -> None:
    """A meeting's corrected day, or one gone by, leaves the promised day as it was."""
    assert promised_date(text, SENT) == day


def test_a_correction_with_no_promise_promises_nothing() -> None:
    """"Correction: Wednesday 19th" in a mail that promises nothing gives no day."""
    assert promised_date("Correction: the office is closed on Wednesday 19th.", SENT) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The shortlist will be published on our careers page by Friday.", date(2027, 5, 14)),
        ("Die Ergebnisse werden bis Freitag im Portal veröffentlicht.", date(2027, 5, 14)),
        ("Les résultats seront publiés d'ici vendredi.", date(2027, 5, 14)),
        ("La lista definitiva se publicará en unos quince días.", date(2027, 5, 26)),
        ("De uitslag wordt uiterlijk vrijdag bekendgemaakt.", date(2027, 5, 14)),
    ],
)
def test_a_result_they_publish_by_a_day_is_their_answer(text: str, day: date) -> None:
    """A public body's list or result published by a day is the answer she waits for."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    [
        "The job ad will be published next week.",
        "Our annual report was published on Friday.",
        "La convocatoria se publicará en el boletín oficial.",
    ],
)
def test_other_publications_promise_nothing(text: str) -> None:
    """An advert, a report, a call with no result in it: no promised day."""
    assert promised_date(text, SENT) is None
