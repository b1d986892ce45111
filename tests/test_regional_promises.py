"""Promised days in regional words (tester round u48rg), and near-misses that name none.

Austria's "Feber", the Swiss two-digit year "15.01.27", the Belgian "endéans", Mexico's
"le marco", Australia's "give you a bell this arvo": each is the day a careful reader takes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent

CET = timezone(timedelta(hours=1))
#: A Thursday morning in Vienna, Zurich or Brussels.
SENT = datetime(2026, 12, 10, 10, 0, tzinfo=CET)

PROMISES = [
    # Austria: "Feber" is February, "Jänner" January
    ("Wir melden uns spätestens am 8. Feber bei Ihnen.", "de", date(2027, 2, 8)),
    ("Sie hören bis 12. Feber 2027 von uns.", "de", date(2027, 2, 12)),
    ("Heuer wird das leider nichts mehr, wir melden uns Ende Feber.", "de", date(2027, 2, 28)),
    ("Sie hören bis Mitte Jänner von uns.", "de", date(2027, 1, 15)),
    # Switzerland and Austria: a dotted date with a two-digit year, after "bis am"
    ("Sie hören bis am 15.01.27 von uns.", "de", date(2027, 1, 15)),
    ("Wir melden uns bis zum 8.1.27 bei Ihnen.", "de", date(2027, 1, 8)),
    ("Unseren Entscheid erhalten Sie bis Freitag, 18.12.26.", "de", date(2026, 12, 18)),
    ("Wir melden uns bis Ende KW 2 bei Ihnen.", "de", date(2027, 1, 15)),
    # Belgian French: "endéans" means within
    ("Nous reviendrons vers vous endéans la semaine.", "fr", date(2026, 12, 11)),
    ("Vous recevrez notre réponse endéans les huit jours.", "fr", date(2026, 12, 17)),
    ("Nous vous recontacterons dans une huitaine.", "fr", date(2026, 12, 17)),
    ("Nous reviendrons vers vous endéans les 48 heures.", "fr", date(2026, 12, 12)),
    # Mexico: "marcar" is to phone
    ("Le marco el martes para platicarle los siguientes pasos.", "es", date(2026, 12, 15)),
    ("Te marcamos el lunes 14 con la decisión.", "es", date(2026, 12, 14)),
    # Australia and Britain: a bell, a buzz, a shout; "arvo" is the afternoon
    ("I'll give you a bell this arvo once the panel has met.", "en", date(2026, 12, 10)),
    ("I'll give you a bell this arvo or Monday at the latest.", "en", date(2026, 12, 14)),
    ("Will give you a buzz on Tuesday with an update.", "en", date(2026, 12, 15)),
    ("We'll give you a shout by Friday either way.", "en", date(2026, 12, 11)),
]


@pytest.mark.parametrize(("text", "language", "day"), PROMISES, ids=[p[0] for p in PROMISES])
def test_a_regional_promise_names_its_day(text: str, language: str, day: date) -> None:
    """The regional word reads as its standard form does."""
    assert promised_date(text, SENT, frozenset(), language) == day


NO_DAY = [
    # her call to make, not theirs
    ("Give me a bell on Thursday if anything comes up.", "en"),
    ("Márqueme el jueves si tiene alguna duda.", "es"),
    # a start date or a meeting, no promise beside it
    ("Der Eintritt wäre mit 1. Feber möglich.", "de"),
    ("Die Stelle ist ab 01.02.27 zu besetzen. Wir melden uns bei Ihnen.", "de"),
    ("Nous avons reçu septante-deux candidatures pour ce poste.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), NO_DAY, ids=[n[0] for n in NO_DAY])
def test_a_regional_near_miss_promises_no_day(text: str, language: str) -> None:
    """A regional date or call word that is no promise of theirs names no day."""
    assert promised_date(text, SENT, frozenset(), language) is None


def test_feber_is_never_the_month_after_the_mail() -> None:
    """"am 8. Feber" is 8 February, never the 8th of the coming month (8 January)."""
    found = promised_date("Wir melden uns am 8. Feber.", SENT, frozenset(), "de")
    assert found == date(2027, 2, 8)


REGIONAL_ACKS = [
    "Le marco el jueves 10 para platicarle los siguientes pasos. Quedo al pendiente.",
    "Te marcamos mañana con la decisión.",
    "Le llamo el jueves para comentarle cómo seguimos.",
    "No worries at all - I'll give you a bell this arvo or Monday at the latest. Cheers, Bec",
    "Will give you a buzz on Tuesday once the panel has met.",
    "We'll give you a shout by Friday either way.",
    "Malheureusement, on n'a pas encore eu le retour d'Isabelle. On te revient d'ici mardi.",
    "Nous vous revenons d'ici la fin de semaine avec une réponse.",
    "Spijtig genoeg is Ann met verlof. Ge hoort van ons tegen vrijdag 11 december.",
    "Gij krijgt uiterlijk vrijdag bericht van ons.",
]


@pytest.mark.parametrize("text", REGIONAL_ACKS)
def test_a_regional_promise_is_an_acknowledgement(text: str) -> None:
    """The phrase rules hear the promise to be in touch, not a no or nothing."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT


NOT_THEIRS = [
    "Give me a bell if you have any questions.",
    "Márqueme el jueves si tiene alguna duda.",
    "Te llamo la atención sobre la fecha de incorporación.",
    "Je reviens de vacances lundi.",
    "Ge moogt me altijd bellen.",
    "We'll give you a tour of the office on Monday.",
]


@pytest.mark.parametrize("text", NOT_THEIRS)
def test_a_regional_near_miss_is_no_acknowledgement(text: str) -> None:
    """Her call to make, a phrase about something else, or her own news: no promise."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.ACKNOWLEDGEMENT
