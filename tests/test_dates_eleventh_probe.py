"""Promised days the eleventh date probe found misread (probe-dates11).

Times sent with a Spanish or French present and its day ("el viernes os paso unas
fechas", "je t'envoie demain deux créneaux"): their promise, in a sure next step too;
the work of today before the answer's day ("I'll review the notes today and let you
know on Thursday"): the answer's day; a bound on the hours ("en moins de 72 heures",
"binnen 24u", "48 Std." before a lower-case word); the middle of the week after next;
a weekday after a counted week and a comma ("In drei Wochen, spätestens Montag"); "je
t'appelle" and "te confirmamos" with their day after. And the intent the same probe
found: a person writing that her application is still being read.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.dates import promised_date
from silence_watch.core.parse import parse_message

CET = timezone(timedelta(hours=1))
#: Tuesday 1 December 2026, afternoon in Madrid.
TUESDAY = datetime(2026, 12, 1, 14, 0, tzinfo=CET)

PROMISES = [
    # the present sends the times, its day in front or tomorrow after the verb
    ("Pues el viernes os paso unas fechas.", "es", date(2026, 12, 4)),
    ("Te hago llegar mañana las opciones de horario.", "es", date(2026, 12, 2)),
    ("Je t'envoie demain matin deux ou trois créneaux.", "fr", date(2026, 12, 2)),
    ("Bon, jeudi je vous propose des dates pour rencontrer l'équipe.", "fr", date(2026, 12, 3)),
    # the work of today, then the answer's day after a later promise word
    ("I'll review the notes today and let you know on Thursday.", "en", date(2026, 12, 3)),
    ("Ik review vandaag je case en laat je donderdag weten hoe het zit.", "nl",
     date(2026, 12, 3)),
    ("I'll get back to you today.", "en", date(2026, 12, 1)),
    # a bound on the hours, an hour cut short
    ("Vous aurez notre retour en moins de 72 heures.", "fr", date(2026, 12, 4)),
    ("Wir melden uns in weniger als 24 Stunden.", "de", date(2026, 12, 2)),
    ("We'll revert in under 48 hours.", "en", date(2026, 12, 3)),
    ("Te contestamos en un máximo de 72 horas.", "es", date(2026, 12, 4)),
    ("Binnen 24u krijg je antwoord.", "nl", date(2026, 12, 2)),
    ("Sie hören binnen 48 Std. von uns.", "de", date(2026, 12, 3)),
    # the middle of the week after next; a weekday after a counted week and a comma
    ("Wir melden uns Mitte übernächster Woche.", "de", date(2026, 12, 16)),
    ("I'll be in touch early the week after next.", "en", date(2026, 12, 16)),
    ("In drei Wochen, spätestens Montag, hörst du von uns.", "de", date(2026, 12, 21)),
    ("Over twee weken, donderdag, laten we het je weten.", "nl", date(2026, 12, 17)),
    ("We interview over the next two weeks, and by Friday I'll send an update.", "en",
     date(2026, 12, 4)),
    # "je t'appelle", "te confirmamos" with the day after
    ("Je t'appelle jeudi pour te dire ce qu'il en est.", "fr", date(2026, 12, 3)),
    ("Te confirmamos en 72 horas si sigues en el proceso.", "es", date(2026, 12, 4)),
    # her answer awaited, then their own promise in a clause of theirs
    ("Wir freuen uns auf Ihre Antwort und melden uns dann bis Freitag.", "de",
     date(2026, 12, 4)),
    # a weekday a week on (the fresh set's); on that very weekday, a week from the day
    ("Freitag in einer Woche hören Sie von uns.", "de", date(2026, 12, 11)),
    ("We bellen je donderdag over een week.", "nl", date(2026, 12, 10)),
    ("Nous vous répondrons mardi dans une semaine.", "fr", date(2026, 12, 8)),
    # her papers awaited on a day, then their own day
    ("We expect your portfolio on Thursday and will get back to you on Monday.", "en",
     date(2026, 12, 7)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day_is_read(text: str, language: str, expected: date) -> None:
    """The day they promised, and no other day of the sentence."""
    assert promised_date(text, TUESDAY, language=language) == expected


NO_PROMISE = [
    # the slot's day or period, and no day at all
    ("Te mando la convocatoria para el lunes.", "es"),
    ("Te paso horarios en cuanto los tenga.", "es"),
    ("Te mando el enlace para la entrevista de mañana.", "es"),
    ("Mañana te propongo un par de huecos para la semana que viene.", "es"),
    # hours counted from something else; a meeting confirmed
    ("We reply to every candidate within less than 48 hours of their interview.", "en"),
    ("Te confirmamos tu entrevista el jueves a las 10.", "es"),
    # her answer awaited by a day: hers to give, not theirs
    ("We'd appreciate your answer by Thursday.", "en"),
    ("Ich freue mich auf deine Rückmeldung bis Donnerstag.", "de"),
    ("Dans l'attente de votre retour d'ici jeudi, je reste à votre disposition.", "fr"),
    ("Quedo a la espera de tu confirmación antes del jueves.", "es"),
    ("We zien uw antwoord graag voor donderdag tegemoet.", "nl"),
    ("Gib uns bitte bis Donnerstag, 3.12., Bescheid, ob der Termin passt.", "de"),
    # her time to decide up to a day (the fresh set's)
    ("U hebt tot donderdag 10 december om te reageren op ons aanbod.", "nl"),
    ("Du hast bis Donnerstag Zeit, dich zu entscheiden; melde dich gern.", "de"),
    # the day her papers are awaited, and their answer after they arrive
    ("Nous attendons donc vos justificatifs jeudi et reviendrons vers vous ensuite.", "fr"),
    ("Quedo a la espera de tus referencias el jueves y te contesto cuando las lea.", "es"),
    ("We ontvangen je getuigschriften dus donderdag en laten daarna van ons horen.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), NO_PROMISE)
def test_no_promised_day(text: str, language: str) -> None:
    """A slot, a span from another event, or no day: nothing promised."""
    assert promised_date(text, TUESDAY, language=language) is None


def _reading(body: str) -> tuple[str, date | None]:
    raw = ("From: Ana <ana@acme.example>\nTo: jordan@example.com\nSubject: Re: entrevista\n"
           "Date: Tue, 01 Dec 2026 14:00:00 +0100\nMessage-ID: <t11@acme.example>\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n").encode()
    reading = classify_message(parse_message(raw), None)
    assert reading.intent is not None
    return reading.intent.value, reading.promised_by


INTENTS = [
    # a sure next step keeps the day its times are sent
    (("Hola Jordan, ¡pasas a la entrevista final! Ya hablé con Marta, el jueves te mando"
      " los horarios disponibles.\nUn saludo, Ana"), "next_step", date(2026, 12, 3)),
    # news told now is no promise word; feedback on a round gone by is their promise
    (("Hi Jordan, good news - you're through to the panel on Thursday 10th at 11am. We'll"
      " send you feedback on the case study by Friday. Ana"), "next_step", date(2026, 12, 4)),
    (("Hallo Jordan, gute Neuigkeiten: du bist in der Finalrunde am Donnerstag, 10.12., um"
      " 11 Uhr. Das Feedback zur Fallstudie bekommst du bis Freitag. Ana"), "next_step",
     date(2026, 12, 4)),
    # her answer awaited by a day: a request, no promise
    ("Hola Jordan, quedo a la espera de tu confirmación antes del jueves. Un saludo, Ana",
     "request", None),
    ("Hi Jordan, we look forward to your decision by Thursday. Best, Ana", "request", None),
    # her application still being read, said by a person
    ("Bonjour Jordan, votre candidature est toujours en cours d'examen. Cordialement, Ana",
     "acknowledgement", None),
    ("Hola Jordan, tu candidatura sigue en revisión. Un saludo, Ana", "acknowledgement", None),
    ("Hoi Jordan, je sollicitatie is nog steeds in beoordeling. Groet, Ana",
     "acknowledgement", None),
]


@pytest.mark.parametrize(("body", "intent", "promised"), INTENTS)
def test_the_reply_is_read_as_written(body: str, intent: str, promised: date | None) -> None:
    """The intent and the promised day, read together."""
    assert _reading(body) == (intent, promised)
