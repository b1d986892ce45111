"""Promised days the seventh date probe found misread (probe-dates7).

A day of the month written out in words ("by the twenty-second", "avant le vingt
décembre", "antes del quince de diciembre", "bis zum zwanzigsten", "de negentiende
december"): the day its digits are; the weeks before Christmas said as "this side of
Christmas": 25 December; "te decimos algo el lunes": a promise with its day after it.
And the near-misses: a promise already broken ("by last Tuesday"), a Sunday said as the
day one writes on ("en domingo"), a colleague "weer terug" (back), an ordinal that counts.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.dates import promised_date
from silence_watch.core.parse import parse_message

CET = timezone(timedelta(hours=1))
#: Tuesday 8 December 2026, mid-morning in Madrid.
TUESDAY = datetime(2026, 12, 8, 9, 45, tzinfo=CET)

PROMISES = [
    ("Expect our answer no later than the twenty-second.", "en", date(2026, 12, 22)),
    ("We'll be in touch on the thirtieth of December with the outcome.", "en",
     date(2026, 12, 30)),
    ("You will hear from us by December the eighteenth.", "en", date(2026, 12, 18)),
    ("Nous vous répondrons avant le vingt décembre.", "fr", date(2026, 12, 20)),
    ("Vous aurez une réponse au plus tard le trente et un décembre.", "fr",
     date(2026, 12, 31)),
    ("Le contestaremos antes del quince de diciembre.", "es", date(2026, 12, 15)),
    ("Te escribo el día dieciocho sin falta.", "es", date(2026, 12, 18)),
    ("Wir melden uns bis zum achtzehnten Dezember.", "de", date(2026, 12, 18)),
    ("Wir geben Ihnen bis zum zwanzigsten Bescheid.", "de", date(2026, 12, 20)),
    ("We laten het je uiterlijk de negentiende december weten.", "nl", date(2026, 12, 19)),
    ("We hope to give you an answer this side of Xmas.", "en", date(2026, 12, 25)),
    ("Le decimos algo el lunes, ¿le parece?", "es", date(2026, 12, 14)),
    ("We'll write to you on Tuesday the twenty-second.", "en", date(2026, 12, 22)),
    ("Uiterlijk zeventien december krijg je van mij uitsluitsel.", "nl", date(2026, 12, 17)),
    ("Je krijgt op één januari nog geen antwoord, maar wel op tien januari.", "nl",
     date(2027, 1, 10)),
    ("I'll have news for you by the third of next month.", "en", date(2027, 1, 3)),
    # a weekday counted within a month: that day, not the coming one
    ("Our answer follows on the first Friday of January.", "en", date(2027, 1, 1)),
    ("You'll hear from us on the last Thursday of December.", "en", date(2026, 12, 31)),
    ("Wir rufen Sie am zweiten Dienstag im Januar an.", "de", date(2027, 1, 12)),
    ("Nous vous répondrons le premier mercredi de janvier.", "fr", date(2027, 1, 6)),
    ("Te contestamos el primer viernes de enero.", "es", date(2027, 1, 1)),
    ("We bellen je de eerste dinsdag van januari.", "nl", date(2027, 1, 5)),
    # the end of a day said after the day: that day, not today
    ("Je hoort morgen tegen het einde van de dag van me.", "nl", date(2026, 12, 9)),
    ("You'll get my answer tomorrow, end of day.", "en", date(2026, 12, 9)),
    # as soon as they can, then the day they hope for, after an apology
    ("Sorry for the wait! As soon as I can, probably Thursday.", "en", date(2026, 12, 10)),
    ("Entschuldigung! Schnellstmöglich, voraussichtlich Donnerstag.", "de", date(2026, 12, 10)),
    ("Désolée ! Au plus vite, probablement jeudi.", "fr", date(2026, 12, 10)),
    ("¡Disculpa! Cuanto antes, seguramente el jueves.", "es", date(2026, 12, 10)),
    ("Excuses! Zsm, waarschijnlijk donderdag.", "nl", date(2026, 12, 10)),
    # two days as alternatives with a slash: the later
    ("We'll let you know Wed/Thu.", "en", date(2026, 12, 10)),
    # a weekday bounding the week said before it: that week's
    ("We'll come back to you next week, Thursday at the latest.", "en", date(2026, 12, 17)),
    ("Ich melde mich kommende Woche, spätestens Donnerstag.", "de", date(2026, 12, 17)),
    ("Te escribo la semana que viene, como tarde el jueves.", "es", date(2026, 12, 17)),
    # a weekday in front of the day written out stands in the phrase
    ("Wir geben Ihnen am Dienstag, den zweiundzwanzigsten Dezember Bescheid.", "de",
     date(2026, 12, 22)),
    ("Vous aurez notre réponse le jeudi dix-sept décembre.", "fr", date(2026, 12, 17)),
    # shorthand: "semaine pro", "finde"
    ("Je te fais un retour semaine pro.", "fr", date(2026, 12, 18)),
    ("Te contesto antes del finde, ¿vale?", "es", date(2026, 12, 11)),
    # Dutch "komende week" is next week, as "kommende Woche" is
    ("Komende week laat ik je weten hoe het zit.", "nl", date(2026, 12, 18)),
    ("Begin komende week bel ik je.", "nl", date(2026, 12, 16)),
    # the days ahead: three days, as "the coming days"
    ("We will update you in the days to come.", "en", date(2026, 12, 11)),
    ("Je vous recontacte dans les jours à venir.", "fr", date(2026, 12, 11)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day_is_read(text: str, language: str, expected: date) -> None:
    """A day written in words is the day its digits are."""
    assert promised_date(text, TUESDAY, language=language) == expected


NOT_PROMISES = [
    # a promise already broken: no day still ahead
    ("I had promised you news by last Tuesday, sorry; I'll be in touch.", "en"),
    # the day one writes on, and someone's return: no promise of news
    ("Lo siento, no suelo escribir en domingo, pero te cuento algo pronto.", "es"),
    ("De recruiter is vrijdag weer terug op kantoor. Ik houd je op de hoogte.", "nl"),
    # an ordinal that counts: no day
    ("Our first round is on the second floor; we'll get back to you.", "en"),
    ("Zum ersten Mal melden wir uns so spät, entschuldigen Sie bitte.", "de"),
    # "tomorrow for sure" alone, with no apology, is a wish, not a promise
    ("As soon as I can, probably Thursday, I'll bake a cake.", "en"),
    # "een december", "un janvier": any December, no day
    ("Het was een december om nooit te vergeten; we laten van ons horen.", "nl"),
    ("Un janvier chargé nous attend, nous reviendrons vers vous.", "fr"),
    # the weekend ahead is no week: "komende weekend"
    ("Ik ben komende weekend weg; ik laat van me horen.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), NOT_PROMISES)
def test_no_promised_day(text: str, language: str) -> None:
    """A broken promise, a habit, a return, a count: no day of theirs to her."""
    assert promised_date(text, TUESDAY, language=language) is None


def test_a_promise_with_its_day_after_reads_as_an_acknowledgement() -> None:
    """"Te cuento algo la semana que viene": their move, not a word of small talk."""
    raw = (b"From: Ana <ana@acme.example>\nTo: jordan@example.com\nSubject: Re: entrevista\n"
           b"Date: Tue, 08 Dec 2026 09:45:00 +0100\nMessage-ID: <t7@acme.example>\n"
           b"Content-Type: text/plain; charset=utf-8\n\n"
           b"Hola Jordan, os digo algo la semana que viene. Ana\n")
    reading = classify_message(parse_message(raw), None)
    assert reading.intent is not None
    assert reading.intent.value == "acknowledgement"
    assert reading.promised_by == date(2026, 12, 18)


def test_a_slot_written_out_is_the_steps_day_not_a_promise() -> None:
    """"The panel is on the twenty-second at 2pm" names its day, as "the 22nd" does."""
    raw = (b"From: Ana <ana@acme.example>\nTo: jordan@example.com\nSubject: Re: interview\n"
           b"Date: Tue, 08 Dec 2026 09:45:00 +0100\nMessage-ID: <t8@acme.example>\n"
           b"Content-Type: text/plain; charset=utf-8\n\n"
           b"Hi Jordan, good news: your panel interview is on the twenty-second at 2pm. "
           b"Please confirm you can make it. Ana\n")
    reading = classify_message(parse_message(raw), None)
    assert reading.intent is not None
    assert reading.intent.value == "next_step"
    assert reading.promised_by is None
