"""Promised days said loosely (probe round p51): read as their plain form, near-misses not."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date

CET = timezone(timedelta(hours=1))
#: A Wednesday morning in Lyon.
SENT = datetime(2026, 12, 2, 9, 30, tzinfo=CET)

PROMISES = [
    # a month "in its course": its 15th, as "courant janvier"
    ("We'll get back to you in the course of January.", "en", date(2027, 1, 15)),
    ("Wir melden uns im Laufe des Januars bei Ihnen.", "de", date(2027, 1, 15)),
    ("Nous reviendrons vers vous dans le courant du mois de janvier.", "fr", date(2027, 1, 15)),
    ("Te daremos una respuesta en el transcurso de enero.", "es", date(2027, 1, 15)),
    ("We laten in de loop van januari van ons horen.", "nl", date(2027, 1, 15)),
    # before the week is out: this week's Friday
    ("You'll hear from me before the week is out.", "en", date(2026, 12, 4)),
    ("Ich melde mich, bevor die Woche um ist.", "de", date(2026, 12, 4)),
    ("Je vous réponds avant que la semaine se termine.", "fr", date(2026, 12, 4)),
    ("Nos pondremos en contacto contigo antes de que acabe la semana.", "es", date(2026, 12, 4)),
    ("Je hoort van ons voordat de week om is.", "nl", date(2026, 12, 4)),
    # a day or two, turned round: the outer end
    ("I'll get back to you in a day or two.", "en", date(2026, 12, 4)),
    ("Ich melde mich in ein, zwei Tagen.", "de", date(2026, 12, 4)),
    ("Je reviens vers toi d'ici un jour ou deux.", "fr", date(2026, 12, 4)),
    ("Je te reviens d'ici une journée ou deux.", "fr", date(2026, 12, 4)),
    ("Te escribo en un día o dos.", "es", date(2026, 12, 4)),
    ("Ik laat het je over een dag of drie weten.", "nl", date(2026, 12, 5)),
    # a week: "sous huitaine", Flemish "binnen de acht dagen", German "in ca. einer Woche"
    ("Nous vous tiendrons informée sous huitaine.", "fr", date(2026, 12, 9)),
    ("U krijgt binnen de acht dagen een antwoord.", "nl", date(2026, 12, 9)),
    ("Je hoort binnen acht dagen van ons.", "nl", date(2026, 12, 9)),
    ("Wir werden Sie in ca. einer Woche kontaktieren.", "de", date(2026, 12, 9)),
    # their own answer, named as a thing to expect (stop 46)
    ("Expect a decision from us by Thursday at the latest.", "en", date(2026, 12, 3)),
    ("You'll get a yes or no from me by Friday.", "en", date(2026, 12, 4)),
    # the same week in digits: "sous 8 jours" is "sous huit jours", "15 jours" two weeks
    ("Vous aurez notre retour sous 8 jours.", "fr", date(2026, 12, 9)),
    ("Wir geben Ihnen in 8 Tagen Bescheid.", "de", date(2026, 12, 9)),
    ("Te contestamos en 8 días.", "es", date(2026, 12, 9)),
    ("Nous reviendrons vers vous d'ici 15 jours.", "fr", date(2026, 12, 16)),
    # within this week: its Friday; its middle: Wednesday while ahead (sent on a Wednesday)
    ("We'll get back to you within the week.", "en", date(2026, 12, 4)),
    ("Wir melden uns im Laufe der Woche.", "de", date(2026, 12, 4)),
    ("Je vous réponds dans la semaine.", "fr", date(2026, 12, 4)),
    ("Te escribo en el correr de la semana.", "es", date(2026, 12, 4)),
    ("Ik laat het je in de loop van de week weten.", "nl", date(2026, 12, 4)),
    ("I'll revert by mid-week.", "en", date(2026, 12, 9)),
    ("Ich melde mich Mitte der Woche.", "de", date(2026, 12, 9)),
    ("Je reviens vers vous en milieu de semaine.", "fr", date(2026, 12, 9)),
    ("Te escribo a mitad de semana.", "es", date(2026, 12, 9)),
    ("Ik laat het je halverwege de week weten.", "nl", date(2026, 12, 9)),
    # another week named after it stays that week
    ("Je reviens vers vous dans la semaine prochaine.", "fr", date(2026, 12, 11)),
    ("Te escribo a mitad de la semana que viene.", "es", date(2026, 12, 9)),
    ("Te llamo mañana o pasado.", "es", date(2026, 12, 4)),
    # two days offered: the later one
    ("I'll call you Thursday or Friday.", "en", date(2026, 12, 4)),
    ("Ich melde mich Donnerstag oder Freitag bei Ihnen.", "de", date(2026, 12, 4)),
    ("Je vous rappelle jeudi ou vendredi.", "fr", date(2026, 12, 4)),
    ("Te escribo el jueves o el viernes.", "es", date(2026, 12, 4)),
    ("Ik bel je donderdag of vrijdag.", "nl", date(2026, 12, 4)),
    # ahead, not gone by
    ("I'll get you an answer over the next few days.", "en", date(2026, 12, 5)),
    ("Je krijgt vrijdag antwoord van ons.", "nl", date(2026, 12, 4)),
    # promise words in other forms
    ("Nous revenons vers vous d'ici vendredi.", "fr", date(2026, 12, 4)),
    ("Bis zum 4. sollten wir Ihnen etwas sagen können.", "de", date(2026, 12, 4)),
    ("El lunes te llamo para contarte.", "es", date(2026, 12, 7)),
    ("Will drop you a line in 48 hrs.", "en", date(2026, 12, 4)),
    ("Ik verwacht je vrijdag meer te kunnen vertellen.", "nl", date(2026, 12, 4)),
]


@pytest.mark.parametrize(("text", "language", "day"), PROMISES, ids=[p[0] for p in PROMISES])
def test_a_loose_promise_reads_as_its_plain_form(text: str, language: str, day: date) -> None:
    """Each loosely said day is the one the date table gives its plain form."""
    assert promised_date(text, SENT, frozenset(), language) == day


NO_DAY = [
    # a window she shares her times for, not their answer (corpus w2en-056)
    ("Please share your availability for the next two weeks, and we'll send an invite.", "en"),
    # a span gone by
    ("Over the past few days we've reviewed everything and will get back to you.", "en"),
    # her time, not their answer
    ("Du hast zwei Wochen Zeit, danach melden wir uns.", "de"),
    ("Je krijgt een week om de case te maken; daarna hoor je van ons.", "nl"),
    # any Saturday: "un sábado", "un samedi", "een zaterdag" name none
    ("Perdona por escribirte un sábado, te respondo en cuanto pueda.", "es"),
    ("Désolé de vous écrire un samedi, je reviens vers vous dès que possible.", "fr"),
    ("Sorry dat ik op een zaterdag mail, ik laat het je weten zodra ik meer weet.", "nl"),
    # a week from her delivery, not from the mail
    ("U krijgt binnen de acht dagen na ontvangst van uw opdracht een antwoord.", "nl"),
    # the course of a meeting, no month
    ("We'll decide in the course of the interview and get back to you.", "en"),
    # "later today" before the promise is when something else happens
    ("I'll speak to the team later today and get back to you.", "en"),
    # today is when it goes to the team, not when the answer comes (scenario u12th)
    ("¡Recibida! Gracias Lucía, hoy mismo se la paso al equipo técnico.", "es"),
    # a meeting this week, not an answer (corpus w4es-027)
    ("Nos gustaría tener una entrevista contigo esta semana para contarte el proyecto.", "es"),
    # her decision they need, not theirs (stop 46)
    ("We need a decision from you by Thursday on the notice period.", "en"),
    ("I'd need your answer by Friday so I can brief the client.", "en"),
]


MONDAY = datetime(2026, 11, 30, 16, 0, tzinfo=CET)


def test_mid_week_said_before_it_is_this_week() -> None:
    """"Mid-week" written on a Monday is that week's Wednesday, not next week's."""
    assert promised_date("I'll revert by mid-week.", MONDAY, frozenset(), "en") == date(2026, 12, 2)


@pytest.mark.parametrize(("text", "language"), NO_DAY, ids=[n[0] for n in NO_DAY])
def test_a_near_miss_promises_no_day(text: str, language: str) -> None:
    """Words beside a loose date that make it no promised day leave none."""
    assert promised_date(text, SENT, frozenset(), language) is None


#: A Friday in Madrid, before the Christmas week.
FRIDAY = datetime(2026, 12, 11, 10, 0, tzinfo=CET)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hasta el lunes 21 no podré revisar las entrevistas. Te escribo esa misma semana.",
         "es"),
        ("The panel sits on Monday 21 December. You'll hear from me that same week.", "en"),
        ("Le comité se réunit le lundi 21. Je vous réponds la même semaine.", "fr"),
        ("Die Jury tagt am 21.12., Sie hören in derselben Woche von uns.", "de"),
        ("Het panel komt maandag 21 december bijeen; je hoort diezelfde week van ons.", "nl"),
    ],
)
def test_that_same_week_is_the_friday_of_the_day_said(text: str, language: str) -> None:
    """"Esa misma semana" after a day said before it: the Friday of that day's week."""
    assert promised_date(text, FRIDAY, frozenset(), language) == date(2026, 12, 25)


def test_a_week_they_are_away_is_no_promise_of_that_week() -> None:
    """"We zijn die week dicht, maar je hoort vrijdag": the Friday promised stands."""
    text = "We zijn die week dicht, maar je hoort vrijdag van ons."
    assert promised_date(text, FRIDAY, frozenset(), "nl") == date(2026, 12, 18)
