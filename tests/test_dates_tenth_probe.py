"""Promised days the tenth date probe found misread (probe-dates10).

After the office's Christmas break said with its article ("nach der Winterpause", "après
la trêve des confiseurs", "tras las vacaciones navideñas", "na het kerstreces"): the
fifth business day of January, as "after the holidays"; Dutch short weekdays after "je"
and "hoort" ("ik mail je vr.", "je hoort do. van me"); a verb-final promise's own day
before it, not a day after the comma that belongs to someone else; a promise she reports
("Sie schreiben, man habe Ihnen ... zugesagt"): none of theirs; a pause's end beside the
week they will tell her when it resumes; her answer to an offer: no promise. And the
intents the same probe found: an offer attached in Dutch, a Spanish "te escribiré", a
round said to have gone well.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.dates import promised_date
from silence_watch.core.parse import parse_message
from silence_watch.core.pause_promises import pause_days

CET = timezone(timedelta(hours=1))
#: Wednesday 9 December 2026, early in Brussels.
WEDNESDAY = datetime(2026, 12, 9, 8, 30, tzinfo=CET)

PROMISES = [
    # after the break, its article said: the fifth business day of January
    ("Nach der Winterpause melden wir uns.", "de", date(2027, 1, 7)),
    ("On revient vers toi après la trêve des confiseurs.", "fr", date(2027, 1, 7)),
    ("Tras las vacaciones navideñas te decimos algo.", "es", date(2027, 1, 7)),
    ("We'll circle back after the year-end shutdown.", "en", date(2027, 1, 7)),
    ("Na het kerstreces hoor je van ons.", "nl", date(2027, 1, 7)),
    ("Sorry, nothing more until after the Xmas break; I'll get back to you then.", "en",
     date(2027, 1, 7)),
    # Dutch short weekdays after "je", "hoort"
    ("Ik mail je vr. de uitslag.", "nl", date(2026, 12, 11)),
    ("Je hoort do. van me, beloofd.", "nl", date(2026, 12, 10)),
    ("Jullie horen vrij. van ons hoe het zit.", "nl", date(2026, 12, 11)),
    # a verb-final promise's own day, not the day after the comma
    ("Ich gebe Ihnen Freitag Bescheid, die Kollegin ist morgen noch im Urlaub.", "de",
     date(2026, 12, 11)),
    ("We laten het je maandag weten, morgen spreken we de klant nog.", "nl",
     date(2026, 12, 14)),
    # her report agreed with, or turned from: their promise stays
    ("As you said, we'll get back to you by Friday.", "en", date(2026, 12, 11)),
    ("You mentioned Thursday, but I'll call you on Friday.", "en", date(2026, 12, 11)),
    # a present for a future: "je vous confirme" with its day after it
    ("Je vous confirme demain si le poste est maintenu.", "fr", date(2026, 12, 10)),
    ("Am Montag sagen wir Ihnen, ob es weitergeht.", "de", date(2026, 12, 14)),
    ("I'll text you Friday morning with where we landed.", "en", date(2026, 12, 11)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day_is_read(text: str, language: str, expected: date) -> None:
    """The day they promised, and no other day of the sentence."""
    assert promised_date(text, WEDNESDAY, language=language) == expected


NOT_PROMISES = [
    # a promise she reports, quoted back to her
    ("You wrote that HR had promised you an answer by Friday; I'm afraid that isn't so.", "en"),
    ("Sie schreiben, man habe Ihnen bis Donnerstag eine Rückmeldung zugesagt.", "de"),
    ("Me comentas que te dijeron que tendrías respuesta el lunes.", "es"),
    ("Je schrijft dat je donderdag een reactie zou krijgen.", "nl"),
    ("Vous m'indiquez qu'on vous avait promis une réponse lundi.", "fr"),
    # her answer to an offer, asked for
    ("Merci de nous faire part de ta réponse d'ici vendredi.", "fr"),
    ("We ontvangen graag uw reactie uiterlijk vrijdag.", "nl"),
    # "vrij." as free, the sentence ended
    ("Die middag ben ik vrij. Je hoort van ons.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), NOT_PROMISES)
def test_no_promised_day(text: str, language: str) -> None:
    """Her words repeated, her deadline, a free afternoon: no day of theirs to her."""
    assert promised_date(text, WEDNESDAY, language=language) is None


PAUSES = [
    # the pause's own span, and the week they will tell her when it resumes
    ("Hiring is paused for a couple of weeks. Next week I'll confirm the date we restart.",
     "en", date(2026, 12, 18), date(2026, 12, 23)),
    (("La vacante queda congelada unas semanas. La semana que viene te confirmo la fecha en"
      " que la retomamos."), "es", date(2026, 12, 18), date(2026, 12, 30)),
    (("Le recrutement est suspendu pour quelques semaines ; je vous confirme la semaine"
      " prochaine la date de reprise."), "fr", date(2026, 12, 18), date(2026, 12, 30)),
]


@pytest.mark.parametrize(("text", "language", "promised", "revisit"), PAUSES)
def test_a_pause_keeps_its_end_and_the_promise_beside_it(
    text: str, language: str, promised: date, revisit: date
) -> None:
    """The pause ends on one day; when it resumes is news promised for another."""
    assert pause_days(text, WEDNESDAY, frozenset(), language) == (promised, revisit)


def _reading(body: str) -> tuple[str, date | None]:
    raw = ("From: Ana <ana@acme.example>\nTo: jordan@example.com\nSubject: Re: gesprek\n"
           "Date: Wed, 09 Dec 2026 08:30:00 +0100\nMessage-ID: <t10@acme.example>\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n").encode()
    reading = classify_message(parse_message(raw), None)
    assert reading.intent is not None
    return reading.intent.value, reading.promised_by


INTENTS = [
    ("Hoi Jordan, bijgaand vind je ons definitieve aanbod. Groet, Ana", "offer", None),
    ("Estimada Jordan: le remitimos nuestra propuesta formal. Ana", "offer", None),
    ("Hola Jordan: le escribiré en cuanto tenga noticias del cliente. Ana", "acknowledgement",
     None),
    ("Hallo Jordan, die zweite Runde verlief sehr gut, wir melden uns bis Freitag. Ana",
     "acknowledgement", date(2026, 12, 11)),
    ("Hi Jordan, your final interview went really well. We'll be in touch on Monday. Ana",
     "acknowledgement", date(2026, 12, 14)),
    # a moved round and, beside it, their word by a day
    (("Hoi Jordan, we nodigen je uit voor een tweede gesprek op maandag 14 december om 10:00."
      " Uiterlijk vrijdag 18 december krijg je uitsluitsel. Ana"), "next_step",
     date(2026, 12, 18)),
    # her work praised, the writer's own busy day: no round for her
    ("Hi Jordan, the panel really enjoyed your presentation. You'll hear from me by Friday.",
     "acknowledgement", date(2026, 12, 11)),
    ("Hallo Jordan, Freitag weißt du mehr, morgen bin ich ganztägig im Assessment Center. Ana",
     "acknowledgement", date(2026, 12, 11)),
    # news that will "come in", not her visit
    ("Hi Jordan, the outcome is expected to come in by Thursday. Ana", "acknowledgement",
     date(2026, 12, 10)),
    # near-misses: a round still to come, her reported promise with no promise of theirs
    ("Hi Jordan, your second interview was moved to Thursday at 10. Ana", "next_step", None),
    ("Hallo Jordan, wir laden dich zum Assessment Center am Freitag ein. Ana", "next_step",
     None),
    ("Hi Jordan, could you come in on Friday at 10 to meet the team? Ana", "next_step", None),
]


@pytest.mark.parametrize(("body", "intent", "promised"), INTENTS)
def test_the_reply_is_read_as_written(body: str, intent: str, promised: date | None) -> None:
    """An offer attached, a promise in the singular, a round gone by: read as such."""
    assert _reading(body) == (intent, promised)
