"""A message that takes back the one before it: its no or offer no longer counts (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.model import Address, Direction, Intent, Message, MessageKind, TimelineEntry
from silence_watch.core.retractions import takes_back, without_retracted

SENT = datetime(2026, 11, 3, 22, 25, tzinfo=UTC)  # Tuesday


@pytest.mark.parametrize(
    ("text", "takes"),
    [("It said we're not moving forward. Please ignore it - it wasn't meant for you.", True),
     ("Our system emailed you an offer letter; it should never have gone out.", True),
     ("The rejection was sent to you in error.", True),
     ('Daniel Osei would like to recall the message, "RE: Revenue Manager".', True),
     ("Bitte ignorieren Sie die automatische E-Mail von gestern.", True),
     ("Die Absage wurde Ihnen versehentlich zugestellt.", True),
     ("Merci de ne pas tenir compte de notre précédent courriel.", True),
     ("Le message d'hier vous a été envoyé par erreur.", True),
     ("Por favor, ignora el correo automático de esta mañana.", True),
     ("Ese mensaje no iba dirigido a ti.", True),
     ("Negeer alsjeblieft de vorige mail.", True),
     ("Die afwijzing is per ongeluk naar je verstuurd.", True),
     # near-misses: the news stands, nothing taken back
     ("My last email named the wrong role, please ignore that line; the decision stands.", False),
     ("Unfortunately we will not move forward with your application.", False),
     ("Please don't hesitate to reach out with any questions.", False),
     ("I was ignoring my inbox all week, sorry!", False)],
)  # fmt: skip
def test_words_that_take_back_the_mail_before_in_five_languages(text: str, takes: bool) -> None:
    """Tester round t97cr: a Lever no, an offer letter, sent in error and taken back."""
    assert (takes_back(text) is not None) is takes


def test_a_retraction_is_not_the_no_it_speaks_of_and_its_promise_stands() -> None:
    """Bethany's "please ignore it ... I'll be in touch by Friday" waits for Friday."""
    body = (
        "Hi Jordan,\n\nYou'll have just had an automated email from our Lever account saying"
        " we're not moving forward with your application. Please ignore it - it wasn't meant"
        " for you.\n\nYou are very much still in the running. Raul sees his last candidate on"
        " Thursday and I'll be in touch by Friday, as promised.\n\nBethany\n"
    )
    found = classify_message(Message(
        message_id="b5@tallis.example", subject="Sorry - please ignore that email", body=body,
        date=SENT, sender=Address("Bethany Cole", "bethany.cole@tallis.example"),
    ))  # fmt: skip
    assert found.retracts
    assert (found.intent, found.promised_by) == (Intent.ACKNOWLEDGEMENT, date(2026, 11, 6))
    assert found.confidence >= 0.6


def entry(hours: float, intent: Intent | None, *, direction: Direction = Direction.INBOUND,
          retracts: bool = False) -> TimelineEntry:  # fmt: skip
    """A message of the timeline ``hours`` after the interview's day began."""
    return TimelineEntry(
        at=SENT + timedelta(hours=hours), direction=direction, kind=MessageKind.HUMAN,
        message_id=f"m{hours}@x.example", intent=intent, retracts=retracts,
    )  # fmt: skip


def test_the_no_or_offer_just_before_a_retraction_becomes_other() -> None:
    """The latest message of theirs before it, when it was news, within two weeks."""
    timeline = [entry(0, Intent.ACKNOWLEDGEMENT), entry(1, Intent.REJECTION),
                entry(2, Intent.ACKNOWLEDGEMENT, retracts=True)]  # fmt: skip
    assert [e.intent for e in without_retracted(timeline)] == [
        Intent.ACKNOWLEDGEMENT, Intent.OTHER, Intent.ACKNOWLEDGEMENT,
    ]
    offer = [entry(0, Intent.OFFER), entry(3, Intent.OTHER, retracts=True)]
    assert without_retracted(offer)[0].intent is Intent.OTHER


def test_a_retraction_of_something_else_or_too_late_takes_no_news_back() -> None:
    """"Ignore my last email, the link was wrong" after a no sent earlier: the no stands."""
    link = [entry(0, Intent.REJECTION), entry(5, Intent.NEXT_STEP),
            entry(6, Intent.OTHER, retracts=True)]  # fmt: skip
    assert without_retracted(link)[0].intent is Intent.REJECTION
    late = [entry(0, Intent.REJECTION), entry(24 * 15, Intent.OTHER, retracts=True)]
    assert without_retracted(late)[0].intent is Intent.REJECTION
    own = [entry(0, Intent.REJECTION),
           entry(1, Intent.OTHER, direction=Direction.OUTBOUND, retracts=True)]  # fmt: skip
    assert without_retracted(own)[0].intent is Intent.REJECTION


def test_a_notice_that_says_ignore_this_message_takes_nothing_back() -> None:
    """A portal's "if you did not ask for this, ignore this message" is about itself."""
    for text in ("If you did not request this, please ignore this email.",
                 "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
                 "Si ya lo has completado, ignora este mensaje.",
                 "Falls Sie das nicht waren, ignorieren Sie diese Nachricht.",
                 "Heb je dit niet aangevraagd? Negeer dan deze e-mail."):  # fmt: skip
        assert takes_back(text) is None, text
