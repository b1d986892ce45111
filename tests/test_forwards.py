"""The candidate's forward of a thread to someone outside the process is no part of it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from silence_watch.core.model import Contact, Direction, Interview, MessageKind, TimelineEntry
from silence_watch.core.their_side import forwarded_elsewhere, with_them

EST = timezone(timedelta(hours=-5))
ACME = Interview(
    id=1, company="Acme Corp", role="Data Engineer",
    date=datetime(2026, 11, 12, 14, 0, tzinfo=EST),
    contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),), domains=("acme.example",),
)  # fmt: skip
REJECTION = TimelineEntry(
    at=datetime(2026, 11, 19, 11, 0, tzinfo=EST), direction=Direction.INBOUND,
    kind=MessageKind.HUMAN, message_id="no@acme.example", sender="dana.ruiz@acme.example",
    subject="Re: Data Engineer",
)  # fmt: skip


def outbound(subject: str, to: str, message_id: str = "fw@example.com") -> TimelineEntry:
    """The candidate's message in the rejection's thread."""
    return TimelineEntry(
        at=datetime(2026, 11, 19, 12, 45, tzinfo=EST), direction=Direction.OUTBOUND,
        kind=MessageKind.HUMAN, message_id=message_id, subject=subject, recipients=(to,),
        in_reply_to="no@acme.example", references=("no@acme.example",),
    )  # fmt: skip


def test_a_forward_to_a_friend_and_the_friends_answer_are_left_out() -> None:
    """"Fwd:" to a personal address, and the friend's reply to it, leave the timeline."""
    forward = outbound("Fwd: Re: Data Engineer", "sam@example.net")
    answer = TimelineEntry(
        at=datetime(2026, 11, 20, 8, 15, tzinfo=EST), direction=Direction.INBOUND,
        kind=MessageKind.HUMAN, message_id="sat@example.net", sender="sam@example.net",
        subject="Re: Fwd: Re: Data Engineer", in_reply_to="fw@example.com",
        references=("no@acme.example", "fw@example.com"),
    )  # fmt: skip
    assert forwarded_elsewhere(forward, ACME, [REJECTION, forward, answer])
    assert with_them(ACME, [REJECTION, forward, answer]) == [REJECTION]


def test_a_forward_to_a_colleague_of_theirs_stays() -> None:
    """A forward to someone at the company is writing to them."""
    forward = outbound("Fwd: Re: Data Engineer", "lee.park@acme.example")
    assert not forwarded_elsewhere(forward, ACME, [REJECTION, forward])
    assert with_them(ACME, [REJECTION, forward]) == [REJECTION, forward]


def test_a_reply_to_an_unknown_address_stays() -> None:
    """Only a forward is left out: a reply to an address not yet known is still an answer."""
    reply = outbound("Re: Data Engineer", "hiring.manager@parent.example")
    assert not forwarded_elsewhere(reply, ACME, [REJECTION, reply])
