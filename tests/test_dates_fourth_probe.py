"""Promised days from spans and conditions (probe-dates4), read as written.

Days counted on the calendar, a count before "prochaines", the month before it is out,
"el día 14", a meeting awaited on its day ("once the panel has met on Thursday"), a promise
after a semicolon that points back at the day ("dans la foulée", "à ce moment-là"), a
span counted from a meeting named back ("of that meeting"), and the near-misses: a
meeting gone by, her notice period, a post still to be filled.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent

EST = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))
#: Tuesday 1 December 2026, mid-morning.
TUESDAY = datetime(2026, 12, 1, 9, 30, tzinfo=EST)
TUESDAY_CET = datetime(2026, 12, 1, 9, 30, tzinfo=CET)

PROMISES = [
    # days counted on the calendar: that many days
    ("Shortlisted applicants will be contacted within 21 calendar days.", "en",
     date(2026, 12, 22)),
    ("Eine Rückmeldung bekommen Sie innerhalb von 20 Kalendertagen.", "de", date(2026, 12, 21)),
    ("Une réponse vous parviendra sous 12 jours calendaires.", "fr", date(2026, 12, 13)),
    ("Recibirás noticias nuestras en un plazo de 15 días naturales.", "es", date(2026, 12, 16)),
    ("Je krijgt binnen 7 kalenderdagen een reactie.", "nl", date(2026, 12, 8)),
    # a count before "prochaines": the count, not "the coming weeks" (21 days)
    ("Le jury vous contactera au cours des 2 prochaines semaines.", "fr", date(2026, 12, 15)),
    ("Nous vous répondrons dans les quatre prochains jours ouvrés.", "fr", date(2026, 12, 7)),
    # the month before it is out: its last day
    ("The hiring manager will get back to you before the month is over.", "en",
     date(2026, 12, 31)),
    ("Bevor dieser Monat zu Ende ist, hören Sie von uns.", "de", date(2026, 12, 31)),
    ("Avant que ce mois s'achève, nous vous ferons un retour.", "fr", date(2026, 12, 31)),
    ("Antes de que finalice este mes le daremos respuesta.", "es", date(2026, 12, 31)),
    ("Voordat deze maand voorbij is hoor je van ons.", "nl", date(2026, 12, 31)),
    ("Rond het einde van de maand nemen we contact met je op.", "nl", date(2026, 12, 31)),
    # "el día 9": that day, followed by words as it is
    ("Tras la sesión del día 9 le escribiremos con el resultado.", "es", date(2026, 12, 9)),
    # a meeting awaited on its day, not one gone by
    ("Once the selection board has met on Friday, we will let you know.", "en",
     date(2026, 12, 4)),
    # after a semicolon, the promise points back at the day
    ("Le jury délibère le 10 décembre ; vous aurez notre décision dans la foulée.", "fr",
     date(2026, 12, 10)),
    ("Die Jury tagt am 10.12.; direkt danach melde ich mich bei Ihnen.", "de",
     date(2026, 12, 10)),
    ("La junta se reúne el 10 de diciembre; acto seguido te llamamos.", "es",
     date(2026, 12, 10)),
    ("The shortlist is agreed on 10 December; I'll update you immediately after.", "en",
     date(2026, 12, 10)),
    ("La direction arbitre vers le 10 décembre ; je vous appelle à ce moment-là.", "fr",
     date(2026, 12, 10)),
    ("De raad vergadert op 10 december; op dat moment hoor je van me.", "nl",
     date(2026, 12, 10)),
    # a span counted from a meeting named back
    (("The committee sits on Thursday the 3rd; expect our decision within three working days"
      " of that meeting."), "en", date(2026, 12, 8)),
    (("Le conseil se réunit le 3 décembre et nous vous répondrons sous deux jours après cette"
      " réunion."), "fr", date(2026, 12, 5)),
    # word to her is news
    ("I hope to have firm word for you by Thursday.", "en", date(2026, 12, 3)),
    # a ring or a phone call promised (stop 44)
    ("I'll ring you on Thursday once the panel has met.", "en", date(2026, 12, 3)),
    ("Will phone u Friday, promise.", "en", date(2026, 12, 4)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day(text: str, language: str, expected: date) -> None:
    """Each wording promises its day, read from Tuesday 1 December."""
    sent = TUESDAY if language == "en" else TUESDAY_CET
    assert promised_date(text, sent, language=language) == expected


NO_PROMISE = [
    # a meeting gone by, however said
    ("We met with the client on Monday and will be in touch.", "en"),
    ("I spoke to the panel on Friday and we'll update you as soon as we can.", "en"),
    # a semicolon with nothing pointing back: the day is another thing's
    ("Le comité se réunit le 10 décembre ; nous reviendrons vers vous.", "fr"),
    # days given to her, a notice period
    ("Please upload your certificates within 10 calendar days.", "en"),
    (("Die Kündigungsfrist beträgt 30 Kalendertage; wir melden uns, sobald alle Referenzen"
      " da sind."), "de"),
]


@pytest.mark.parametrize(("text", "language"), NO_PROMISE)
def test_no_promised_day(text: str, language: str) -> None:
    """A meeting gone by, a day with no promise pointing back, her own time."""
    sent = TUESDAY if language == "en" else TUESDAY_CET
    assert promised_date(text, sent, language=language) is None


@pytest.mark.parametrize(
    "text",
    [
        "Die Position soll zum Jahresbeginn besetzt werden, daher die Eile.",
        "Die Stelle muss bis März besetzt sein.",
        "Wir möchten die Stelle zügig besetzen und melden uns bald.",
    ],
)
def test_a_post_still_to_be_filled_is_no_no(text: str) -> None:
    """A post they mean to fill is still open: no rejection."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "Die Stelle ist inzwischen besetzt.",
        "Die Position konnte bereits besetzt werden.",
    ],
)
def test_a_post_filled_is_still_a_no(text: str) -> None:
    """A post filled stays the no it was."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION


def test_her_notice_period_asked_is_a_request() -> None:
    """"Wie lange ist Ihre derzeitige Kündigungsfrist?" asks her something."""
    found = intent_of("Guten Tag, wie lange ist Ihre derzeitige Kündigungsfrist?")
    assert found is not None
    assert found[0] is Intent.REQUEST
