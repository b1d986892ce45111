"""Short replies typed on phones: whose move it is, and the day it names (tester round u26sh).

"lemme circle back end of wk" and "passt, meld mich Fr" are promises with their day; "meld
dich bis Fr ob du noch Interesse hast" and "laat even weten of donderdag schikt" ask the
candidate; "dsl journée de fou, demain sans faute" moves a promise to the next day. Each
rule has its near-misses, which must not trigger.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.calendardays import Context
from silence_watch.core.classify import classify_message
from silence_watch.core.datephrases import dates_in
from silence_watch.core.dates import names_its_day, promise, promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.language import fold
from silence_watch.core.late_promises import excused
from silence_watch.core.model import Address, Intent, Message

CET = timezone(timedelta(hours=1))
#: Tuesday, November 17, 2026, early evening.
TUESDAY = datetime(2026, 11, 17, 18, 15, tzinfo=CET)
FRIDAY, THURSDAY, WEDNESDAY = date(2026, 11, 20), date(2026, 11, 19), date(2026, 11, 18)


def _days(text: str) -> list[date]:
    return [found.day for found in dates_in(fold(text), Context(TUESDAY.date(), deadline=True))]


@pytest.mark.parametrize(("text", "expected"), [
    ("lemme circle back end of wk", [FRIDAY]),
    ("back to you end of the wk", [FRIDAY]),
    ("later this wk", [FRIDAY]),
    ("in 2 wks", [date(2026, 12, 1)]),
    ("will revert EOW", [FRIDAY]),
    ("get back to you tmrw", [WEDNESDAY]),
    ("passt, meld mich Fr 👍", [FRIDAY]),
    ("bis Mi.", [WEDNESDAY]),
    ("wir melden uns am Do", [THURSDAY]),
    ("spätestens Fr", [FRIDAY]),
    ("dann melde ich mich Mo", [date(2026, 11, 23)]),
])  # fmt: skip
def test_phone_shorthand_names_its_day(text: str, expected: list[date]) -> None:
    """"end of wk", "tmrw", "2 wks", "EOW"; "meld mich Fr", "bis Mi", "am Do"."""
    assert _days(text) == expected


@pytest.mark.parametrize("text", [
    "Bitte melden Sie sich am Empfang.",
    "do you have a minute?",
    "mi casa es su casa",
    "Fr. Weber und ich",
    "so ein Mist, sa mal",
    "am Montagmorgen",
])  # fmt: skip
def test_short_weekdays_need_a_word_before_them(text: str) -> None:
    """"do", "mi", "sa", "Fr." are words too: a day only after "bis", "am", "meld mich"."""
    assert _days(text) == []


def test_a_short_weekday_names_its_day() -> None:
    """"meld mich Fr" names Friday, so a draft may recall it."""
    found = promise("passt, meld mich Fr", TUESDAY, language="de")
    assert found is not None
    assert found.day == FRIDAY
    assert names_its_day(found)


@pytest.mark.parametrize(("text", "expected"), [
    # theirs: the day is the wait
    ("thx Jordan! lemme circle back end of wk", FRIDAY),
    ("passt, meld mich Fr 👍", FRIDAY),
    ("ik laat je weten of donderdag schikt", THURSDAY),
    ("je te fais signe jeudi", THURSDAY),
    ("ich ruf dich morgen an", WEDNESDAY),
    ("dsl journée de fou 😅 demain sans faute 🙏", WEDNESDAY),
    ("sorry, crazy day - tomorrow for sure", WEDNESDAY),
    ("sorry, stressiger Tag - morgen ganz sicher!", WEDNESDAY),
    ("perdona, día de locos, mañana sin falta", WEDNESDAY),
    ("sorry, drukke dag, morgen zeker", WEDNESDAY),
    ("Sorry for the wait! Thursday at the latest.", THURSDAY),
    # hers: the day she is asked to answer by, or a slot she is asked about
    ("danke dir! meld dich bis Fr ob du noch Interesse hast", None),
    ("laat even weten of donderdag schikt", None),
    ("laat me voor vrijdag weten of je nog interesse hebt", None),
    ("sag Bescheid, ob Do passt", None),
    # no apology: a day "for sure" alone promises nothing
    ("demain sans faute !", None),
    ("À demain sans faute pour l'entretien !", None),
    ("mañana sin falta nos vemos en la oficina", None),
])  # fmt: skip
def test_whose_day_it_is(text: str, expected: date | None) -> None:
    """Their promise is dated; a day she is asked to answer by, or a slot, is not theirs."""
    assert promised_date(text, TUESDAY) == expected


@pytest.mark.parametrize(("text", "sorry"), [
    ("dsl journée de fou", True),
    ("Sorry for the slow reply", True),
    ("Entschuldige, voller Tag", True),
    ("perdona el retraso", True),
    ("sorry, drukke dag", True),
    ("demain sans faute", False),
    ("tomorrow for sure", False),
])  # fmt: skip
def test_an_apology_for_the_wait(text: str, sorry: bool) -> None:
    """Sorry, or a day too full: what makes "tomorrow for sure" a promise."""
    assert excused(fold(text)) is sorry


PROMISES = [
    "thx Jordan! lemme circle back end of wk",
    "let me circle back with the team and get back to you",
    "Will ping you Fri",
    "I'll let you know if Thursday works",
    "je te fais signe jeudi",
    "ich ruf dich morgen an",
    "ik app je morgen",
    "dsl journée de fou 😅 demain sans faute 🙏",
    "sorry, crazy day - tomorrow for sure",
    "perdona, día de locos, mañana sin falta",
    "sorry, drukke dag, morgen zeker",
    "ik laat je weten of donderdag schikt",
    "Ich sag dir bis Do Bescheid, ob es klappt.",
]
REQUESTS = [
    "let me know if Thursday works",
    "lmk by Friday if you're still interested",
    "danke dir! meld dich bis Fr ob du noch Interesse hast 🙂",
    "danke! meld dich bis Fr",
    "Sag Bescheid, ob Do passt.",
    "Ich wollte fragen, ob du noch Interesse hast.",
    "dis-moi d'ici vendredi si tu es toujours intéressée",
    "tu me dis si jeudi te va ?",
    "¡gracias! avísame antes del viernes si te va bien",
    "top! laat me even weten of donderdag je schikt voor het vervolggesprek met Pieter?",
    "laat even weten of donderdag schikt",
    "geef even door of donderdag schikt",
]
#: Near-misses: no request (a courtesy, a third person, a new clause, a promise).
NOT_REQUESTS = [
    "Let me know if you have any questions before Friday.",
    "Thanks Jordan. We'll decide by Friday. Let me know if you have any questions before then.",
    "Dana will let me know by Friday and I'll pass it on.",
    "I'm waiting for the panel to get back to me by Friday, then I'll update you.",
    "They said they'd let me know by Friday.",
    "Let me know, I'll be back by Monday.",
    "Let me know, I'll check if Thursday works.",
    "Melde dich gern, wenn du Fragen hast.",
    "Bitte melden Sie sich am Empfang.",
    "ich melde dich bis Freitag beim Empfang an",
    "ik laat even weten of donderdag schikt",
    "We laten je vrijdag weten hoe het verder gaat. Laat me weten als je nog vragen hebt.",
    "je te dis si jeudi me va",
    "te digo si el jueves me va bien",
]


@pytest.mark.parametrize("text", PROMISES)
def test_a_promise_to_come_back_is_an_acknowledgement(text: str) -> None:
    """Casual promises to come back, and a day "for sure" after an apology: theirs."""
    assert intent_of(text) is not None
    assert intent_of(text)[0] is Intent.ACKNOWLEDGEMENT  # type: ignore[index]


@pytest.mark.parametrize("text", REQUESTS)
def test_asked_to_answer_is_a_request(text: str) -> None:
    """Asked to answer by a day, whether a day suits, whether still interested: hers."""
    assert intent_of(text) is not None
    assert intent_of(text)[0] is Intent.REQUEST  # type: ignore[index]


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_near_misses_ask_nothing(text: str) -> None:
    """A courtesy, a third person, a new clause with its own subject, a promise."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REQUEST


@pytest.mark.parametrize("text", [
    "demain sans faute !",
    "See you tomorrow for sure!",
    "morgen ganz sicher!",
])  # fmt: skip
def test_a_day_for_sure_without_an_apology_is_no_promise_rule(text: str) -> None:
    """"See you tomorrow for sure!" promises no answer."""
    found = intent_of(text)
    assert found is None or found[1] != "a promise with its day, after an apology for the wait"


def _message(body: str) -> Message:
    return Message(
        message_id="phone-1@acme.example",
        date=TUESDAY,
        sender=Address(name="", email="timo@acme.example"),
        to=(Address(name="Jordan Lee", email="jordan@example.com"),),
        subject="Re: Danke",
        headers={},
        body=body + "\n\nVon meinem iPhone gesendet\n",
        parts=(),
    )


@pytest.mark.parametrize(("body", "intent", "promised"), [
    ("thx Jordan! lemme circle back end of wk", Intent.ACKNOWLEDGEMENT, FRIDAY),
    ("passt, meld mich Fr 👍", Intent.ACKNOWLEDGEMENT, FRIDAY),
    ("danke dir! meld dich bis Fr ob du noch Interesse hast 🙂", Intent.REQUEST, None),
    ("dsl journée de fou 😅 demain sans faute 🙏", Intent.ACKNOWLEDGEMENT, WEDNESDAY),
    ("top! laat me even weten of donderdag je schikt voor het vervolggesprek met Pieter?",
     Intent.REQUEST, None),
])  # fmt: skip
def test_the_reader_is_sure_of_short_replies(
    body: str, intent: Intent, promised: date | None
) -> None:
    """With the learned reader: read surely (not asked about), and dated where it is theirs."""
    read = classify_message(_message(body), load_intent_reader())
    assert read.intent is intent
    assert read.confidence >= 0.6
    assert read.promised_by == promised


def test_an_offer_in_the_subject_outranks_her_deadline() -> None:
    """"Proposition d'embauche" over "dis-moi ce que tu en penses d'ici mardi": the offer."""
    letter = Message(
        message_id="offer-1@acme.example",
        date=TUESDAY,
        sender=Address(name="", email="sarah@acme.example"),
        to=(Address(name="Antoine", email="antoine@example.com"),),
        subject="Proposition d'embauche - Ingénieur Data",
        headers={},
        body="Bonsoir Antoine,\n\nComme promis, voici notre proposition : 47 000 € bruts,"
        " démarrage le 4 janvier.\n\nDis-moi ce que tu en penses d'ici mardi.\n\nSarah",
        parts=(),
    )
    assert classify_message(letter).rules is not None
    assert classify_message(letter).rules.intent == Intent.OFFER.value  # type: ignore[union-attr]
    reply = replace(letter, subject="Re: Proposition d'embauche")  # her deadline, no offer read
    assert classify_message(reply).intent is Intent.REQUEST


@pytest.mark.parametrize(("text", "promise"), [
    ("je te fais signe jeudi", True),
    ("je te fais signe si ça débloque", False),
    ("je vous ferai signe dès que j'en sais plus", False),
])  # fmt: skip
def test_a_sign_under_a_condition_is_no_promise(text: str, promise: bool) -> None:
    """"Je te fais signe si ça débloque" waits on something else: no promise rule."""
    found = intent_of(text)
    assert (found is not None and found[1] == "they will come back to you") is promise
