"""Recruiters' shorthand read as the words it stands for (tester round u49sh).

"will LYK by Fri", "we went w/ an internal", "bis Mi. eine Rückmeldung", "d'ici fin de
sem. pro.", "te confirmo el lun.", "uiterlijk wo.", "vrijdag a.s.": each lost a promised
day or a no. Near-misses: "Fr. Müller" is Frau Müller, "3 x 2", "2 TB", "Lt. Col.", "an
internal tool" are no shorthand of a day, "por" or a no.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.shorthand import expanded

CET = timezone(timedelta(hours=1))
#: A Wednesday morning.
SENT = datetime(2026, 12, 2, 10, 0, tzinfo=CET)

WRITTEN_OUT = [
    ("Will LYK by Fri.", "Will let you know by Friday."),
    ("we went w/ an internal for the PMM role", "we went with an internal for the PMM role"),
    ("Will ping you Mon. Thanks Dr. Weber", "Will ping you Monday. Thanks Dr. Weber"),
    ("update you nxt wk, EOD tmrw", "update you next week, EOD tomorrow"),
    ("bzgl. Ihrer Bewerbung: lt. Fachbereich bis Mi. eine Rückmeldung",
     "bezüglich Ihrer Bewerbung: laut Fachbereich bis Mittwoch eine Rückmeldung"),
    ("Eine Entscheidung ist z. Zt. noch offen.", "Eine Entscheidung ist zurzeit noch offen."),
    ("je reviens vers vous d'ici fin de sem. pro.",
     "je reviens vers vous d'ici fin de semaine prochaine"),
    ("au + tard jeu.", "au plus tard jeudi"),
    ("Está pdte. de aprobación x parte de dirección, q esta semana va fatal.",
     "Está pendiente de aprobación por parte de dirección, que esta semana va fatal."),
    ("Te confirmo el lun. cómo seguimos, tb la fecha.",
     "Te confirmo el lunes cómo seguimos, también la fecha."),
    ("I.o.m. Ruben laat ik je vrijdag a.s. weten",
     "in overleg met Ruben laat ik je vrijdag aanstaande weten"),
    ("We laten z.s.m. van ons horen, uiterlijk wo.",
     "We laten zo snel mogelijk van ons horen, uiterlijk woensdag"),
    ("Je hoort uiterlijk do. van ons.", "Je hoort uiterlijk donderdag van ons."),
]


@pytest.mark.parametrize(("text", "out"), WRITTEN_OUT, ids=[w[0] for w in WRITTEN_OUT])
def test_shorthand_is_written_out(text: str, out: str) -> None:
    """Each shorthand reads as the words it stands for."""
    assert expanded(text) == out


UNCHANGED = [
    "Fr. Müller meldet sich bei Ihnen.",  # Frau, not Freitag
    "Please ask Dr. Weber or Mr. Smith.",  # titles, not days
    "The room is 3 x 2 metres and holds 2 TB of footage.",
    "Lt. Col. Hayes will join the panel.",  # a lieutenant colonel
    "The Q and A is on the agenda, option x or y.",  # English: no Spanish "x", "q"
    "Mi casa es su casa.",  # Spanish "mi": no day after "bis"
    "Nos vemos en el mar.",  # the sea, not "martes"
    "Will get back to you by Friday.",
    "Feedback to follow w/c 14 Dec, or w/e 18 Dec at the latest.",  # week commencing, ending
    "Fahrgastinformation (w/m/d), Industrias Aburrá S.A.S.",  # a title's genders, a firm
    "Happy to chat whenever suits you - thanks so much if you do.",  # no Dutch Thursday
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_text_with_no_shorthand_is_unchanged(text: str) -> None:
    """A title, a size, a lieutenant, the sea: nothing to write out."""
    assert expanded(text) == text


def test_writing_out_twice_changes_nothing() -> None:
    """Full words never match again."""
    once = expanded("Will LYK by Fri, bis Mi., el lun., uiterlijk wo., fin de sem. pro.")
    assert expanded(once) == once


PROMISES = [
    ("Thx Sam! HM is still wrapping up the other loops this wk - will LYK by Fri.", "en",
     date(2026, 12, 4)),
    ("Will ping you Mon w/ an update.", "en", date(2026, 12, 7)),
    ("Decision pending comp cmte, will update you nxt wk.", "en", date(2026, 12, 11)),
    ("Will get back to you EOD tmrw.", "en", date(2026, 12, 3)),
    ("bzgl. Ihrer Bewerbung: lt. Fachbereich erhalten Sie bis Mi. eine Rückmeldung von uns.",
     "de", date(2026, 12, 9)),
    ("Sie hören bis spätestens Fr. von uns.", "de", date(2026, 12, 4)),
    ("M. Lefort doit encore en parler à son N+1 ; je reviens vers vous d'ici fin de sem. pro.",
     "fr", date(2026, 12, 11)),
    ("Je reviens vers vous au + tard jeu.", "fr", date(2026, 12, 3)),
    ("Está pdte. de aprobación. Te confirmo el lun. cómo seguimos.", "es", date(2026, 12, 7)),
    ("Te digo algo el vie. sin falta.", "es", date(2026, 12, 4)),
    ("Te escribo el mar. 8 con la respuesta.", "es", date(2026, 12, 8)),
    ("Je hoort uiterlijk wo. van ons.", "nl", date(2026, 12, 9)),
    ("Je hoort vrijdag a.s. van ons.", "nl", date(2026, 12, 4)),
]


@pytest.mark.parametrize(("text", "language", "day"), PROMISES, ids=[p[0] for p in PROMISES])
def test_a_promise_in_shorthand_names_its_day(text: str, language: str, day: date) -> None:
    """The day a shorthand promise names, as its full words would."""
    assert promised_date(text, SENT, frozenset(), language) == day


NO_DAY = [
    ("Pls send refs by Fri if you can.", "en"),  # her deadline, not their promise
    ("Fr. Müller ist bis Mi. im Urlaub.", "de"),  # an absence, no promise
    ("Le RDV est fixé au jeu. 10h avec mon N+1.", "fr"),  # a meeting, no promise
]


@pytest.mark.parametrize(("text", "language"), NO_DAY, ids=[n[0] for n in NO_DAY])
def test_shorthand_that_promises_nothing_names_no_day(text: str, language: str) -> None:
    """Her deadline, an absence, a meeting: no day they owe."""
    assert promised_date(text, SENT, frozenset(), language) is None


NOES = [
    ("Hey Priya - hate sending this one over email, but we went w/ an internal for the PMM "
     "role. Thx so much for your time."),
    "Sorry - we've gone w/ an internal. Thanks again!",
    "Unfortunately we went with an internal candidate for this one.",
]


@pytest.mark.parametrize("text", NOES)
def test_an_internal_hire_in_shorthand_is_a_no(text: str) -> None:
    """'went w/ an internal' is a no."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION


NOT_NOES = [
    "We went w/ an internal tool for scheduling, so expect an invite from it.",
    ("Quick update: the Sr. req got pulled, but yours is still open and the HM wants a 2nd "
     "rd w/ you."),
    "Eine Entscheidung ist z. Zt. noch nicht gefallen. Wir melden uns in KW 51.",
]


@pytest.mark.parametrize("text", NOT_NOES)
def test_a_shorthand_near_miss_is_no_no(text: str) -> None:
    """An internal tool, another req pulled, a decision not yet taken: no no."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION


ACKS = [
    "Thx! Will LYK by Fri.",
    "Te confirmo el lun. cómo seguimos.",
    "Hola! Está pdte. de aprobación, te respondo a la brevedad.",
    "En breve te confirmo algo, q esta semana va fatal.",
    "Dank je! We laten z.s.m. van ons horen.",
    "Ik laat snel iets van me horen.",
    "I.o.m. Ruben laat ik je vrijdag a.s. weten hoe het verder gaat.",
    "Sie erhalten bis Mi. eine Rückmeldung von uns.",
]


@pytest.mark.parametrize("text", ACKS)
def test_a_shorthand_promise_is_an_acknowledgement(text: str) -> None:
    """The phrase rules hear the promise once written out."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT


NOT_ACKS = [
    "Laat even z.s.m. van je horen als je vragen hebt.",  # asks her
    "Confírmame el lun. cómo lo ves.",  # asks her
    "Mañana le confirmamos la hora de la entrevista.",  # a meeting's detail
]


@pytest.mark.parametrize("text", NOT_ACKS)
def test_a_short_near_miss_is_no_acknowledgement(text: str) -> None:
    """Her word asked for, or a meeting's hour: no promise of theirs."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.ACKNOWLEDGEMENT
