"""Replies thumbed on a phone: misspelt days, "u", "ty", footers (tester round u50mb).

"ill get back to u thrusday", "ich meld mich mitwoch", "je te dis ca mecredi", "te digo
algo el vienres", "ik laat vrij dag wat weten" (autocorrect's split "vrijdag"): each a
promise whose day went unread, so the follow-up came days late or never. "ty!" over "Sent
from Yahoo Mail for iPhone" and "👍🏽" over "Verstuurd vanaf mijn iPhone" were asked about
as perhaps a no, because the learned reader read the phone's footer. Near-misses: "een
vrije dag", "vienes", "donnerstags", a "Ty" signing off, the Dutch formal "u".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.dates import promised_date
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.retractions import takes_back
from silence_watch.core.shorthand import expanded
from silence_watch.core.typed_days import days_written_right

CET = timezone(timedelta(hours=1))
#: Tuesday, December 8, 2026, in the evening.
SENT = datetime(2026, 12, 8, 20, 0, tzinfo=CET)

RIGHT = [
    ("ill get back to u thrusday", "ill get back to u thursday"),
    ("We'll let you know by Wensday.", "We'll let you know by Wednesday."),
    ("ich meld mich Mitwoch bei dir", "ich meld mich Mittwoch bei dir"),
    ("Rückmeldung am dinstag", "Rückmeldung am dienstag"),
    ("je te dis ca mecredi", "je te dis ca mercredi"),
    ("te digo algo el vienres", "te digo algo el viernes"),
    ("ik laat vrij dag wat weten", "ik laat vrijdag wat weten"),
    ("ik laat vrydag wat weten", "ik laat vrijdag wat weten"),
]


@pytest.mark.parametrize(("text", "out"), RIGHT, ids=[r[0] for r in RIGHT])
def test_a_misspelt_day_is_written_right(text: str, out: str) -> None:
    """The day the thumbs meant, its capital kept."""
    assert days_written_right(text) == out


UNTOUCHED = [
    "Ik heb morgen een vrije dag.",  # a day off
    "Ik ben vrij. Dag!",  # free; goodbye
    "¿Vienes el jueves?",  # "you come"
    "Wir treffen uns donnerstags.",  # on Thursdays
    "See you thursday!",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_a_real_word_is_no_misspelt_day(text: str) -> None:
    """Only slips that are no other word are written out."""
    assert days_written_right(text) == text


PROMISES = [
    ("thx jordan!! hm still has 2 more loops this wk, ill get back to u thrusday 🙏", "en",
     date(2026, 12, 10)),
    ("ill let u know by end of next wk", "en", date(2026, 12, 18)),
    ("will let u know by friday", "en", date(2026, 12, 11)),
    ("hey mira danke dir!! wir sprechen das im team durch, ich meld mich mitwoch bei dir", "de",
     date(2026, 12, 9)),
    ("ich melde mich donnerstg", "de", date(2026, 12, 10)),
    ("merci a toi !! on debriefe avec le manager et je te dis ca mecredi sans faute", "fr",
     date(2026, 12, 9)),
    ("gracias!! te digo algo el vienres", "es", date(2026, 12, 11)),
    ("top dank je lotte! ik laat vrij dag wat weten", "nl", date(2026, 12, 11)),
    ("ik laat vrydag wat weten", "nl", date(2026, 12, 11)),
]


@pytest.mark.parametrize(("text", "language", "day"), PROMISES, ids=[p[0] for p in PROMISES])
def test_a_thumbed_promise_names_its_day(text: str, language: str, day: date) -> None:
    """The day a promise typed in a hurry names, as its right spelling would."""
    assert promised_date(expanded(text), SENT, frozenset(), language) == day


@pytest.mark.parametrize(
    ("text", "out"),
    [("will let u know fri", "will let you know fri"),
     ("ill get back to u", "ill get back to you"),
     ("ty!", "thank you!"),
     ("ty jordan!", "thank you jordan!"),
     ("Ty so much", "thank you so much"),
     ("tysm 😊", "thank you so much 😊"),
     # near-misses
     ("ik laat u vrijdag weten", "ik laat u vrijdag weten"),  # the Dutch formal you
     ("Thanks,\nTy", "Thanks,\nTy"),  # a Ty signing off
     ("tyler!", "tyler!")],
)  # fmt: skip
def test_u_and_ty_are_written_out_where_they_mean_you_and_thank_you(text: str, out: str) -> None:
    """Texting's "u" and "ty", never a name or the Dutch "u"."""
    assert expanded(text) == out


def _reply(body: str) -> Message:
    return Message(
        message_id="p1@phone.example", subject="Re: Thank you", body=body,
        date=datetime(2026, 10, 21, 1, 5, tzinfo=UTC),
        sender=Address("Deb Kowalski", "deb@cedarpine.example"),
    )  # fmt: skip


@pytest.mark.parametrize(
    "body",
    ["ty!\n\nSent from Yahoo Mail for iPhone\n",
     "👍🏽\n\nVerstuurd vanaf mijn iPhone\n",
     "👍\n\nEnviado desde mi Android\n",
     "ty jordan!! 😊\n\nGet Outlook for iOS\n",
     "🙏\n\nVon meinem iPhone gesendet\n"],
)  # fmt: skip
def test_thanks_or_a_thumbs_up_from_a_phone_is_a_sure_pleasantry(body: str) -> None:
    """The footer is the phone's word, not theirs: no "perhaps a no" to ask about."""
    found = classify_message(_reply(body), load_intent_reader())
    assert found.intent is Intent.PLEASANTRY
    assert found.confidence >= 0.6


@pytest.mark.parametrize(
    "text",
    ["sorry wrong thread!! pls ignore", "oops that was meant for someone else",
     "sorry falscher chat 🙈", "désolée, mauvais fil", "perdona me equivoqué de hilo",
     "sorry, verkeerde chat"],
)  # fmt: skip
def test_a_phone_apology_for_the_wrong_thread_takes_the_mail_before_back(text: str) -> None:
    """The mail before was meant for someone else: its no or offer is not hers."""
    assert takes_back(text) is not None


@pytest.mark.parametrize(
    "text",
    ["we went the wrong way on the brief, sorry", "Sie hatten die falsche Person im Verteiler?"],
)
def test_other_wrong_words_take_nothing_back(text: str) -> None:
    """A wrong way or a wrong person is no retraction of the mail before."""
    assert takes_back(text) is None
