"""A meeting being moved is no word about the application: never a no (known gaps)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.calloff_readings import calloff_reading
from silence_watch.core.classify import classify_message
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.moved_meetings import meeting_moved, moves_only

#: The panel moved, a new time to come, in five languages: short, with an apology.
MOVED = [
    "Hi Tomás, the panel has to be rescheduled. Sorry about that.",
    "Hi Tomás, we need to reschedule the interview panel.",
    "Hi Tomás, apologies - we have to postpone Thursday's panel.",
    "Hallo Herr Silva, das Panel muss leider verschoben werden. Entschuldigen Sie bitte.",
    "Bonjour Tomás, le panel doit être reporté. Désolée pour ce contretemps.",
    "Hola Tomás, tenemos que reprogramar el panel. Disculpa las molestias.",
    "Hoi Tomás, het panelgesprek moet helaas verzet worden. Sorry daarvoor.",
]
#: Near misses: a cancellation with no why nor when (asked), and a no or a pause the
#: rules hear beside the meeting moved (kept).
KEPT = [
    ("Hi Tomás, we need to cancel the panel. Sorry about that.", Intent.REJECTION),
    (("Hi Tomás, unfortunately we have decided to move forward with another candidate, so we"
     " need to cancel the panel."), Intent.REJECTION),
    ("Hi Tomás, the role has been put on hold, so we need to postpone your interview.",
     Intent.ON_HOLD),
]  # fmt: skip


def reply(body: str) -> Message:
    """The coordinator's note the Monday before the panel."""
    return Message(message_id="m1@orrery.example", date=datetime(2026, 11, 30, 14, 0, tzinfo=UTC),
                   sender=Address("Ruth Adeyemi", "ruth.adeyemi@orrery.example"),
                   to=(Address("Tomás Silva", "tomas.silva@example.org"),),
                   subject="Re: Panel on Thursday", headers={}, body=body)  # fmt: skip


@pytest.mark.parametrize("body", MOVED)
def test_a_meeting_moved_is_never_read_as_a_no(body: str) -> None:
    """The reader's no, or pause, in a move: a time to come (or the step), surely, never asked."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent in {Intent.ACKNOWLEDGEMENT, Intent.NEXT_STEP}
    assert found.confidence >= UNSURE_BELOW
    assert not found.cold


@pytest.mark.parametrize(("body", "intent"), KEPT)
def test_a_cancellation_or_the_rules_no_keeps_its_reading(body: str, intent: Intent) -> None:
    """"Cancel" alone is asked about; a no or a pause in the rules' words stays."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We need to reschedule the panel.", True),
        ("Wir müssen das Gespräch verschieben.", True),
        ("We need to cancel the panel and reschedule it.", False),  # a cancel word: asked
        ("Thanks for the panel, we'll be in touch.", False),  # no move
        ("We've moved you forward to the final round.", False),  # progress, no meeting moved
    ],
)
def test_moves_only_needs_a_move_and_no_cancellation(text: str, expected: bool) -> None:
    """A word of moving a meeting, none of cancelling it."""
    assert moves_only(text) is expected


def test_the_rules_own_no_is_never_undone() -> None:
    """A no the phrase rules read stands, whatever the meeting words."""
    text = "We need to postpone the panel."
    assert meeting_moved(text, Intent.REJECTION, 0.95, "rejection", []) == (Intent.REJECTION, 0.95)
    assert meeting_moved(text, Intent.REQUEST, 0.55, "request", []) == (Intent.REQUEST, 0.55)


def test_a_round_moved_with_no_new_time_is_waited_on_not_asked() -> None:
    """Engine side: "reschedule the panel" says a new time is to come; no question to her."""
    words = "Hi Tomás, the panel has to be rescheduled. Sorry about that."
    intent, _, ask = calloff_reading(words, Intent.ACKNOWLEDGEMENT, 0.75, None)
    assert (intent, ask) == (Intent.ACKNOWLEDGEMENT, False)
    cancelled = "Hi Tomás, we need to cancel Thursday. I'll be in touch."
    assert calloff_reading(cancelled, Intent.ACKNOWLEDGEMENT, 0.75, None)[2] is True
