"""Promised days and pause ends the sixth date probe found misread (probe-dates6).

A weekday that no near year puts on the date written ("Friday, December 10" in 2026, a
Thursday): the date, not a year on and no promise; nor a day alone ("Monday the 22nd", a
Tuesday): that day, not a Monday the 22nd two months on; the year's end in more words ("final de
año", "before the year is out", "vor Silvester", "voor oud en nieuw"); Christmas after
"by" or "bis"; after Epiphany as Spain also says it ("tras Reyes"); hours within a term
("en un plazo máximo de 48 horas", "dans un délai de 72 heures"); a pause until after an
event of a named month in French and Spanish ("de février", "de febrero"), "jusqu'au T1",
a short month ("Feb"); and the near-misses: an answer others owe them, asked of them or
given them until a day ("qui ont jusqu'à vendredi pour répondre"), never hers.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date, revisit_date
from silence_watch.core.intent_blend import RuleEvidence, RuleVerdict, blend
from silence_watch.core.intent_model import Prediction

CET = timezone(timedelta(hours=1))
#: Tuesday 8 December 2026, mid-morning in Madrid.
TUESDAY = datetime(2026, 12, 8, 9, 45, tzinfo=CET)

PROMISES = [
    # the weekday and the date disagree (the 17th is a Thursday): the date
    ("We will come back to you no later than Friday, December 17.", "en", date(2026, 12, 17)),
    ("Wir melden uns bis Mittwoch, den 17.12., bei Ihnen.", "de", date(2026, 12, 17)),
    ("Je vous recontacte au plus tard le lundi 17 décembre.", "fr", date(2026, 12, 17)),
    ("Te llamamos como tarde el martes 17 de diciembre.", "es", date(2026, 12, 17)),
    ("Je hoort uiterlijk maandag 17 december van ons.", "nl", date(2026, 12, 17)),
    # a day of the month alone whose weekday is a slip (the 22nd is a Tuesday): the 22nd
    # this month, never February's Monday the 22nd
    ("Ich rufe Sie spätestens Montag, den 22. an.", "de", date(2026, 12, 22)),
    ("We'll have a decision for you by Monday the 22nd.", "en", date(2026, 12, 22)),
    # a weekday that does fall on the date still picks it
    ("You'll hear from us by Thursday, December 17.", "en", date(2026, 12, 17)),
    # the year's end, in more words
    ("Te confirmo la decisión antes de final de año.", "es", date(2026, 12, 31)),
    ("We will let you know before the year is out.", "en", date(2026, 12, 31)),
    ("You will hear from me by year-end.", "en", date(2026, 12, 31)),
    ("Ich melde mich noch vor Silvester.", "de", date(2026, 12, 31)),
    ("Je reviens vers vous avant que l'année ne se termine.", "fr", date(2026, 12, 31)),
    ("Les escribiremos antes de Nochevieja.", "es", date(2026, 12, 31)),
    ("Voor oud en nieuw hoor je van me.", "nl", date(2026, 12, 31)),
    # Christmas after "by", "bis", "d'ici", "tegen"
    ("We should have an answer for you by Christmas.", "en", date(2026, 12, 25)),
    ("Bis Weihnachten melden wir uns bei Ihnen.", "de", date(2026, 12, 25)),
    ("Nous reviendrons vers vous d'ici Noël.", "fr", date(2026, 12, 25)),
    ("Tegen de kerst laat ik je het besluit weten.", "nl", date(2026, 12, 25)),
    # after Epiphany, "tras" and "pasado": the fifth business day of January (no holidays)
    ("Te daremos una respuesta tras Reyes.", "es", date(2027, 1, 7)),
    ("Pasado Reyes te contestamos.", "es", date(2027, 1, 7)),
    ("We laten je na nieuwjaar weten hoe het verder gaat.", "nl", date(2027, 1, 7)),
    # hours within a term
    ("Le responderemos en un plazo máximo de 72 horas.", "es", date(2026, 12, 11)),
    ("Nous vous répondrons dans un délai de 24 heures.", "fr", date(2026, 12, 9)),
    ("Wij reageren binnen een termijn van 48 uur.", "nl", date(2026, 12, 10)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day_is_read(text: str, language: str, expected: date) -> None:
    """Each form gives the day its plain form does."""
    assert promised_date(text, TUESDAY, language=language) == expected


NOT_PROMISES = [
    # an answer others owe them: asked of them, or given them until a day
    ("We have asked your referees to respond within 72 hours.", "en"),
    ("Die Referenzgeber haben bis Freitag Zeit, uns zu antworten.", "de"),
    ("Nous avons demandé à vos références de nous répondre d'ici jeudi.", "fr"),
    ("Vos anciens managers ont jusqu'à jeudi pour nous répondre.", "fr"),
    ("Hemos pedido a la otra finalista que nos conteste antes del viernes.", "es"),
    ("We hebben de referenten gevraagd om uiterlijk donderdag te reageren.", "nl"),
    # a wish to look at her papers by a day, in an ask: her deadline, not their answer
    ("Our director wants to review your portfolio before Christmas.", "en"),
    # hours within a term of something else
    ("Le daremos respuesta en un plazo de 48 horas tras recibir la prueba.", "es"),
]


@pytest.mark.parametrize(("text", "language"), NOT_PROMISES)
def test_no_promised_day(text: str, language: str) -> None:
    """An answer owed by others, a span from her delivery: no day of theirs to her."""
    assert promised_date(text, TUESDAY, language=language) is None


OURS_THROUGH_OTHERS = [
    # asked of a colleague, for her: a promise all the same
    ("I've asked Priya to get back to you by Thursday.", "en", date(2026, 12, 10)),
    ("He pedido a Lucía que te conteste antes del jueves.", "es", date(2026, 12, 10)),
    # their own promise after someone else's deadline, in the same sentence
    ("We asked the panel to confirm by Wednesday, and we'll get back to you by Friday.", "en",
     date(2026, 12, 11)),
]


@pytest.mark.parametrize(("text", "language", "expected"), OURS_THROUGH_OTHERS)
def test_her_answer_through_others_keeps_its_day(
    text: str, language: str, expected: date
) -> None:
    """An answer asked for her, or their own promise after the others' one, is hers."""
    assert promised_date(text, TUESDAY, language=language) == expected


PAUSES = [
    ("Le recrutement reste suspendu jusqu'après la clôture budgétaire de mars.", "fr",
     date(2027, 3, 10)),
    ("La vacante queda congelada hasta después del comité de presupuestos de marzo.", "es",
     date(2027, 3, 10)),
    ("Le poste est gelé jusqu'au T2 2027.", "fr", date(2027, 4, 10)),
    ("We've frozen the role until after the board meets in Feb.", "en", date(2027, 2, 10)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PAUSES)
def test_the_pause_ends_in_the_month_named(text: str, language: str, expected: date) -> None:
    """A month after an event's words, a quarter as "T2", a short month: its 10th."""
    assert revisit_date(text, TUESDAY, language=language) == expected


def test_a_date_far_ahead_stays_dropped_whatever_its_weekday() -> None:
    """Said in March, "Friday, December 10" is over 200 days ahead in 2026 and in 2027."""
    march = datetime(2026, 3, 2, 9, 0, tzinfo=CET)
    assert promised_date("We'll decide by Friday, December 10.", march, language="en") is None


EVIDENCE = RuleEvidence.from_dict(
    {"rule_evidence": {"on_hold": {"on_hold": 40, "none": 5},
                       "pleasantry": {"pleasantry": 30, "none": 5}}},
)  # fmt: skip


def test_warmth_is_no_reading_against_a_pause() -> None:
    """The rules read a pause, the reader the season's greeting: the pause, asked about."""
    probabilities = dict.fromkeys(
        ("rejection", "offer", "next_step", "request", "acknowledgement", "on_hold", "other"),
        0.001,
    )
    probabilities["pleasantry"] = 0.993
    model = Prediction("pleasantry", 0.993, "other", 0.001, probabilities, (), 0.0)
    reading = blend(RuleVerdict("on_hold", "hiring is paused", cold=False), model, EVIDENCE)
    assert reading.intent == "on_hold"
    assert reading.unsure
