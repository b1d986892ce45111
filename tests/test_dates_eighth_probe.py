"""Promised days the eighth date probe found unread (probe-dates8).

A weekday cut short after a word that makes it a day ("b4 mon", "je vous rappelle avant
ven", "te llamo el vie", "ik laat je vr weten"); a week named by a day with no month ("la
semana del 14", "de week van de 21ste"); a half of a month ("in der zweiten
Dezemberhälfte", "la première quinzaine de janvier"); the days between Christmas and New
Year ("zwischen den Jahren", "entre Noël et le jour de l'an"). Each was read as no day at
all, so the follow-up was never drafted. And the near-misses: the sea ("el mar"), a month
cut short ("by Mar 3"), her own deadline, a wish for the holidays.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.dates import promised_date
from silence_watch.core.parse import parse_message

CET = timezone(timedelta(hours=1))
#: Tuesday 8 December 2026, mid-morning in Brussels.
TUESDAY = datetime(2026, 12, 8, 9, 45, tzinfo=CET)

PROMISES = [
    # a weekday cut short, after a word that makes it a day: the next such weekday
    ("Should have an update for you b4 mon.", "en", date(2026, 12, 14)),
    ("We'll let you know by wed, promise.", "en", date(2026, 12, 9)),
    ("Je vous rappelle avant ven.", "fr", date(2026, 12, 11)),
    ("Je te recontacte jeu. avec la réponse.", "fr", date(2026, 12, 10)),
    ("Te llamo el vie con la respuesta.", "es", date(2026, 12, 11)),
    ("Le escribimos antes del mié.", "es", date(2026, 12, 9)),
    ("Ik laat je vr weten of het doorgaat.", "nl", date(2026, 12, 11)),
    ("We bellen je uiterlijk do.", "nl", date(2026, 12, 10)),
    ("Sorry, long day - I'll revert to you wed.", "en", date(2026, 12, 9)),
    ("Te digo algo antes del juev.", "es", date(2026, 12, 10)),
    ("Je vous réponds d'ici vend.", "fr", date(2026, 12, 11)),
    ("Perdona el lío, te escribo mñn sin falta.", "es", date(2026, 12, 9)),
    # a month cut short stays a month
    ("We'll get back to you by Mar 3.", "en", date(2027, 3, 3)),
    # a week named by its day alone: that week's Friday
    ("Te comunicaremos algo en la semana del 14.", "es", date(2026, 12, 18)),
    ("On revient vers vous la semaine du 14, promis.", "fr", date(2026, 12, 18)),
    ("We bellen je in de week van de 14de.", "nl", date(2026, 12, 18)),
    # a half of a month: its last day; the first half its 15th
    ("Expect news from us in the first half of January.", "en", date(2027, 1, 15)),
    ("Wir entscheiden in der zweiten Dezemberhälfte und melden uns dann.", "de",
     date(2026, 12, 31)),
    ("Vous aurez une réponse dans la deuxième quinzaine de décembre.", "fr",
     date(2026, 12, 31)),
    ("Te respondemos en la primera quincena de enero.", "es", date(2027, 1, 15)),
    ("Je hoort in de eerste helft van januari van ons.", "nl", date(2027, 1, 15)),
    # the German half written out, with the month's genitive (stop 47)
    ("Eine Rückmeldung bekommen Sie in der ersten Hälfte des Januars.", "de",
     date(2027, 1, 15)),
    # the last week of a month: its last day
    ("We'll be back in touch during the last week of December.", "en", date(2026, 12, 31)),
    ("Wir geben Ihnen in der letzten Dezemberwoche Bescheid.", "de", date(2026, 12, 31)),
    ("Te contestamos la última semana de diciembre.", "es", date(2026, 12, 31)),
    # between Christmas and New Year: 31 December
    ("I'll get back to you between Christmas and New Year's.", "en", date(2026, 12, 31)),
    ("Wir melden uns zwischen den Jahren bei Ihnen.", "de", date(2026, 12, 31)),
    ("Nous reviendrons vers vous entre Noël et le jour de l'an.", "fr", date(2026, 12, 31)),
    ("Te escribo entre Navidad y Nochevieja.", "es", date(2026, 12, 31)),
    ("We nemen tussen kerst en nieuwjaar contact met je op.", "nl", date(2026, 12, 31)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day_is_read(text: str, language: str, expected: date) -> None:
    """A day written short or by the part of a month is the day it means."""
    assert promised_date(text, TUESDAY, language=language) == expected


NOT_PROMISES = [
    # the sea, not a Tuesday
    ("Te escribo pronto, ahora mismo estoy en el mar.", "es"),
    ("Thank you so much, it means a lot to you do know.", "en"),
    # her deadline, not theirs
    ("Please send me your portfolio by wed.", "en"),
    ("Laat je do even weten of dinsdag schikt?", "nl"),
    # a wish for the holidays, no news promised
    ("Enjoy the days between Christmas and New Year!", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_PROMISES)
def test_no_promised_day(text: str, language: str) -> None:
    """The sea, her own deadline, a wish: no day of theirs to her."""
    assert promised_date(text, TUESDAY, language=language) is None


def _reading(body: str) -> tuple[str | None, date | None]:
    raw = ("From: Ana <ana@acme.example>\nTo: jordan@example.com\nSubject: Re: proceso\n"
           "Date: Tue, 08 Dec 2026 09:45:00 +0100\nMessage-ID: <e8@acme.example>\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n").encode()
    reading = classify_message(parse_message(raw), None)
    return (reading.intent.value if reading.intent else None), reading.revisit_by


def test_a_process_said_stopped_is_on_hold_until_its_day() -> None:
    """"La selección está congelada; la retomamos después de Reyes": paused till 7 January."""
    assert _reading("Hola, la selección está congelada; la retomamos después de Reyes. Ana") == (
        "on_hold", date(2027, 1, 7))


def test_a_process_said_not_stopped_is_no_pause() -> None:
    """"El proceso no está parado": the opposite of a pause."""
    intent, _ = _reading("Hola, el proceso no está parado, te escribo el jueves. Ana")
    assert intent != "on_hold"
