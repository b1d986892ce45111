"""A no given by phone, known only from the candidate's own note (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from silence_watch.core.closures import closed_verdict
from silence_watch.core.model import (
    Contact,
    Direction,
    Interview,
    InterviewState,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.own_moves import own_moves
from silence_watch.core.told_no import told_no
from silence_watch.core.workdays import BusinessCalendar

AT = datetime(2026, 10, 28, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "told"),
    [("Disappointed, of course, but I understand the decision to go with someone else.", True),
     ("Sorry it didn't work out this time - thanks for calling to let me know.", True),
     ("Ich verstehe Ihre Entscheidung, danke für die ehrliche Absage am Telefon.", True),
     ("Je comprends votre décision de retenir une autre candidate.", True),
     ("Entiendo su decisión de seguir con otra persona; gracias por la llamada.", True),
     ("Jammer dat het niet gelukt is, maar bedankt voor het telefoontje.", True),
     # near-misses: no no said
     ("I understand the decision takes time; happy to wait until Friday.", False),
     ("Thank you for calling me this morning - I'm excited about the next round!", False),
     ("I hope you decide to go with me, and I understand the timeline.", False),
     ("I understand your decision to pause the search until January.", False),
     ("I understand your decision. Happy to wait until the new year.", False),
     ("Je comprends votre décision de geler le recrutement.", False)],
)  # fmt: skip
def test_her_words_that_report_their_no_in_five_languages(text: str, told: bool) -> None:
    """Tester round u08ph: "I understand the decision to go with someone" settles it."""
    assert (told_no(text) is not None) is told
    assert (own_moves(text)[2] is not None) is told


def test_her_note_of_their_no_settles_until_they_write_again() -> None:
    """Nothing more is sent after her note; a word of theirs since reopens it."""
    daniel = Contact("Daniel", "daniel@quillfeather.example")
    interview = Interview(id=1, company="Quillfeather", role="PM", date=AT, contacts=(daniel,))
    note = TimelineEntry(at=AT + timedelta(days=7), direction=Direction.OUTBOUND,
                         kind=MessageKind.HUMAN, message_id="n@x.example",
                         told_no=True)  # fmt: skip
    calendar = BusinessCalendar(zone=UTC)
    verdict = closed_verdict(interview, [note], AT + timedelta(days=14), calendar)
    assert verdict is not None
    assert verdict.state is InterviewState.REJECTED
    assert verdict.action is None
    theirs = TimelineEntry(at=AT + timedelta(days=9), direction=Direction.INBOUND,
                           kind=MessageKind.HUMAN,
                           sender="daniel@quillfeather.example")  # fmt: skip
    assert closed_verdict(interview, [note, theirs], AT + timedelta(days=14), calendar) is None


def test_a_withdrawal_from_another_company_is_not_from_this_one() -> None:
    """Tester round u07cr: a P.S. about Kestrel Freight closed Brightwater's process."""
    ps = ("P.S. I've decided to withdraw my application with Kestrel Freight so I can focus"
          " on Brightwater.")  # fmt: skip
    assert own_moves(ps, "Brightwater Labs")[0] is None
    own = "I have decided to withdraw my application with Brightwater Labs."
    assert own_moves(own, "Brightwater Labs")[0] is not None
    plain = "I would like to withdraw my application from consideration."
    assert own_moves(plain, "Brightwater Labs")[0] is not None


def test_a_withdrawal_naming_the_role_is_still_this_ones() -> None:
    """"I withdraw my application for Senior Analyst": the role, not another company."""
    for text in ("I would like to withdraw my application for Senior Analyst.",
                 "Ich ziehe meine Bewerbung für Data Engineer zurück.",
                 "I am withdrawing my application at Brightwater Labs."):  # fmt: skip
        assert own_moves(text, "Brightwater Labs")[0] is not None, text


@pytest.mark.parametrize(
    ("text", "told"),
    [("I completely understand that Corvina can only hire in the EU at the moment.", True),
     ("I understand you are unable to sponsor visas for this role.", True),
     ("Ich verstehe, dass Sie nur in Deutschland einstellen können.", True),
     ("Je comprends que vous ne pouvez recruter qu'en France pour ce poste.", True),
     ("Entiendo que solo pueden contratar en España de momento.", True),
     ("Ik begrijp dat jullie alleen binnen Nederland mensen kunnen aannemen.", True),
     # near-misses: no obstacle, or nothing about hiring
     (("I understand that you can only hire in the EU; I hold an Irish passport, so that's"
      " fine."), False),
     ("Ich verstehe, dass Sie nur in Präsenz arbeiten.", False),
     ("Ik begrijp dat het alleen binnen het team besproken wordt.", False),
     ("I understand the role is based in Munich now, and I'm still very interested.", False)],
)  # fmt: skip
def test_her_note_that_they_cannot_hire_her_where_she_lives(text: str, told: bool) -> None:
    """Tester round u13vs: "can only hire in the EU", said on a call, is their no."""
    assert (told_no(text) is not None) is told
