"""The lifecycle of drafts and their outgoing messages, through the store's one writer."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.errors import ConflictError, TransitionError
from silence_watch.core.lifecycle import (
    Event,
    bounced_addresses,
    next_draft_status,
    next_outbox_state,
    refusal,
    wake_at,
)
from silence_watch.core.model import (
    Action,
    Agency,
    Contact,
    Direction,
    Draft,
    DraftStatus,
    Interview,
    InterviewState,
    MessageKind,
    NewDraft,
    OutboxState,
    TimelineEntry,
)
from silence_watch.core.policy import Assessment
from silence_watch.store import Change, Store

if TYPE_CHECKING:
    from collections.abc import Iterator

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
E = Event
D = DraftStatus
O = OutboxState  # noqa: E741 - reads as the outbox column of the table below

#: How to reach each starting point from a fresh queued draft, by legal events only.
PATHS: dict[str, tuple[Event, ...]] = {
    "queued": (),
    "snoozed": (E.SNOOZE,),
    "approved": (E.APPROVE,),
    "prepared": (E.APPROVE, E.PREPARE),
    "in_smtp": (E.APPROVE, E.PREPARE, E.BEGIN),
    "sent": (E.APPROVE, E.PREPARE, E.BEGIN, E.ACCEPTED),
    "filed": (E.APPROVE, E.PREPARE, E.BEGIN, E.ACCEPTED, E.FILED),
    "unknown": (E.APPROVE, E.PREPARE, E.BEGIN, E.LOST),
    "skipped": (E.SKIP,),
    "cancelled": (E.MOOT,),
    "drafted": (E.STAGE,),
    "saved": (E.STAGE, E.SAVED),
}

#: (start, event, draft status after, outgoing message state after); None: no message.
LEGAL: list[tuple[str, Event, DraftStatus, OutboxState | None]] = [
    ("queued", E.APPROVE, D.APPROVED, None),
    ("queued", E.SKIP, D.SKIPPED, None),
    ("queued", E.SNOOZE, D.SNOOZED, None),
    ("queued", E.EDIT, D.QUEUED, None),
    ("queued", E.MOOT, D.CANCELLED, None),
    ("snoozed", E.WAKE, D.QUEUED, None),
    ("snoozed", E.SNOOZE, D.SNOOZED, None),
    ("snoozed", E.APPROVE, D.APPROVED, None),
    ("approved", E.PREPARE, D.SENDING, O.PREPARED),
    ("approved", E.SKIP, D.SKIPPED, None),
    ("approved", E.EDIT, D.APPROVED, None),
    ("approved", E.MOOT, D.CANCELLED, None),
    ("prepared", E.BEGIN, D.SENDING, O.SENDING),
    ("prepared", E.MOOT, D.CANCELLED, O.CANCELLED),
    ("in_smtp", E.ACCEPTED, D.SENT, O.SENT),
    ("in_smtp", E.REFUSED, D.SENDING, O.PREPARED),
    ("in_smtp", E.LOST, D.UNKNOWN, O.UNKNOWN),
    ("in_smtp", E.FOUND, D.SENT, O.SENT),
    ("sent", E.FILED, D.SENT, O.FILED),
    ("unknown", E.FOUND, D.SENT, O.SENT),
    ("unknown", E.SKIP, D.SKIPPED, O.UNKNOWN),
    ("queued", E.STAGE, D.QUEUED, O.DRAFTED),
    ("drafted", E.SAVED, D.QUEUED, O.SAVED),
    ("saved", E.SENT_BY_HAND, D.SENT, O.FILED),
    ("saved", E.DELETED, D.SKIPPED, O.GONE),
    ("queued", E.SENT_BY_HAND, D.SENT, None),
]

#: (start, event, the state the refusal must name).
ILLEGAL: list[tuple[str, Event, str]] = [
    ("sent", E.APPROVE, "state=sent"),
    ("sent", E.SKIP, "state=sent"),
    ("filed", E.FILED, "state=filed"),
    ("in_smtp", E.MOOT, "state=sending"),  # SMTP may have begun: too late to cancel
    ("in_smtp", E.BEGIN, "state=sending"),
    ("unknown", E.PREPARE, "state=unknown"),  # never resent blindly
    ("queued", E.PREPARE, "state=queued"),  # nothing goes out unapproved
    ("queued", E.WAKE, "state=queued"),
    ("approved", E.WAKE, "state=approved"),
    ("skipped", E.APPROVE, "state=skipped"),
    ("cancelled", E.WAKE, "state=cancelled"),
    ("saved", E.MOOT, "state=saved"),  # in the Drafts folder: the outbox settles it
    ("prepared", E.PREPARE, "state=sending"),  # the draft is already being sent
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Yield a fresh state database with one interview."""
    opened = Store.open(tmp_path / "state")
    opened.upsert_interview(
        Interview(
            id=0,
            company="Acme Corp",
            role="Data Engineer",
            date=datetime(2026, 11, 18, 20, tzinfo=UTC),
            contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
        ),
        source="config",
        now=NOW,
    )
    yield opened
    opened.close()


def queued_draft(store: Store, slot: str = "s1") -> int:
    """Queue a follow-up; return its id."""
    draft_id = store.add_draft(
        NewDraft(
            interview_id=store.interviews()[0].id,
            kind="follow_up",
            slot=slot,
            to_addr="dana.ruiz@acme.example",
            to_name="Dana Ruiz",
            subject="Re: Data Engineer interview",
            body="Hi Dana,\n\nChecking in.\n",
            in_reply_to=None,
            references=(),
            due_at=NOW,
        ),
        NOW,
    )
    assert draft_id is not None
    return draft_id


def change_for(event: Event) -> Change:
    """What an event carries when the store needs more than the move."""
    if event in {E.PREPARE, E.STAGE}:
        return Change(outgoing=(f"{event.value}@example.com", b"Subject: x\r\n\r\nbody\r\n"))
    if event is E.SNOOZE:
        return Change(snoozed_until=NOW)
    if event is E.EDIT:
        return Change(body="New text.\n")
    return Change()


def reach(store: Store, start: str) -> int:
    """A draft brought to ``start`` by legal events; its id."""
    draft_id = queued_draft(store)
    for event in PATHS[start]:
        store.apply(draft_id, event, now=NOW, change=change_for(event))
    return draft_id


@pytest.mark.parametrize(("start", "event", "draft_after", "item_after"), LEGAL)
def test_every_listed_move_is_written(
    store: Store,
    start: str,
    event: Event,
    draft_after: DraftStatus,
    item_after: OutboxState | None,
) -> None:
    """Each move the lifecycle allows lands in the database, on both sides at once."""
    draft_id = reach(store, start)
    moved = store.apply(draft_id, event, now=NOW, change=change_for(event))
    assert moved.status is draft_after
    item = store.outbox_for(draft_id)
    assert (item.state if item else None) == item_after


@pytest.mark.parametrize(("start", "event", "state"), ILLEGAL)
def test_an_illegal_move_names_state_and_event_and_changes_nothing(
    store: Store, start: str, event: Event, state: str
) -> None:
    """A move the tables do not list raises an error naming the state and the event."""
    draft_id = reach(store, start)
    before = (store.draft(draft_id), store.outbox_for(draft_id))
    with pytest.raises(TransitionError, match=rf"event {event.value}\b.*{re.escape(state)}"):
        store.apply(draft_id, event, now=NOW, change=change_for(event))
    assert (store.draft(draft_id), store.outbox_for(draft_id)) == before


def test_an_outbox_only_event_without_an_outgoing_message_is_refused(store: Store) -> None:
    """Begin, Accepted or Filed on a draft that never got a Message-ID is an error."""
    draft_id = reach(store, "approved")
    for event in (E.BEGIN, E.FILED, E.SAVED):
        with pytest.raises(TransitionError, match=rf"event {event.value}"):
            store.apply(draft_id, event, now=NOW)
    assert store.draft(draft_id).status is D.APPROVED


def test_a_stale_expectation_is_a_conflict(store: Store) -> None:
    """A decision based on a status that changed meanwhile is not written."""
    draft_id = reach(store, "queued")
    store.apply(draft_id, E.SKIP, now=NOW)
    with pytest.raises(ConflictError, match="now skipped, not queued"):
        store.apply(draft_id, E.APPROVE, now=NOW, expect=D.QUEUED)


def test_the_pure_functions_name_both_too() -> None:
    """next_draft_status and next_outbox_state refuse with the state and the event."""
    assert next_draft_status(D.QUEUED, E.APPROVE) is D.APPROVED
    with pytest.raises(TransitionError, match="event wake when the draft is in state=sent"):
        next_draft_status(D.SENT, E.WAKE)
    assert next_outbox_state(None, E.PREPARE) is O.PREPARED
    with pytest.raises(TransitionError, match=r"event begin when .* in state=none"):
        next_outbox_state(None, E.BEGIN)


SOURCE = Path(__file__).resolve().parents[1] / "src" / "silence_watch"
_STATUS_WRITE = re.compile(
    r"UPDATE\s+drafts\s+SET[^\"']*\bstatus\b|UPDATE\s+outbox\s+SET[^\"']*\bstate\b"
    r"|INSERT\s+(?:OR\s+\w+\s+)?INTO\s+outbox\b",
    re.IGNORECASE,
)


def test_only_the_one_writer_changes_a_status() -> None:
    """No SQL outside store/drafts.py writes a draft's status or an outgoing message's state.

    The numbered migrations may convert old rows once (migrations.py); nothing else.
    """
    writers = sorted(
        path.relative_to(SOURCE).as_posix()
        for path in SOURCE.rglob("*.py")
        if _STATUS_WRITE.search(path.read_text(encoding="utf-8"))
    )
    assert writers == ["store/drafts.py", "store/migrations.py"]


# --- the rules that belong with the lifecycle (pure) ------------------------------------

ACME = Interview(
    id=1,
    company="Acme Corp",
    role="Data Engineer",
    date=datetime(2026, 11, 18, 20, tzinfo=UTC),
    contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
)
APPROVED_AT = datetime(2026, 11, 30, 15, tzinfo=UTC)


def a_draft(**changes: object) -> Draft:
    """An approved follow-up to Dana, with ``changes``."""
    draft = Draft(
        id=7, interview_id=1, kind="follow_up", slot="s", to_addr="dana.ruiz@acme.example",
        to_name="Dana Ruiz", subject="Re: Data Engineer interview", body="Hi Dana,\n",
        in_reply_to=None, references=(), status=D.APPROVED, due_at=None, snoozed_until=None,
        created_at=APPROVED_AT, updated_at=APPROVED_AT,
    )  # fmt: skip
    return replace(draft, **changes)  # type: ignore[arg-type]


def reply_from(sender: str, at: datetime, kind: MessageKind = MessageKind.HUMAN) -> TimelineEntry:
    """A message from the company side at ``at``."""
    return TimelineEntry(at=at, direction=Direction.INBOUND, kind=kind, sender=sender,
                         subject="Re: Data Engineer interview")  # fmt: skip


LAST_LOOKS = [
    ("nothing changed", a_draft(), ACME, [], None),
    ("stopped after approval", a_draft(), replace(ACME, stopped=True), [],
     "you stopped follow-ups for this interview"),
    ("closed after approval", a_draft(), replace(ACME, closed=True), [], "you closed"),
    ("a blank body", a_draft(body=" \n\t"), ACME, [], "it has no text"),
    ("a blank subject", a_draft(subject="   "), ACME, [], "it has no text"),
    ("a stranger", a_draft(to_addr="eve@example.org"), ACME, [],
     "eve@example.org is not a contact"),
    ("a person wrote since", a_draft(), ACME,
     [reply_from("dana.ruiz@acme.example", APPROVED_AT + timedelta(hours=1))], "wrote after you"),
    ("an auto-reply since", a_draft(), ACME,
     [reply_from("dana.ruiz@acme.example", APPROVED_AT + timedelta(hours=1),
                 MessageKind.AUTO_REPLY)], None),
    ("a person wrote before", a_draft(), ACME,
     [reply_from("dana.ruiz@acme.example", APPROVED_AT - timedelta(hours=1))], None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("draft", "interview", "timeline", "expected"),
    [row[1:] for row in LAST_LOOKS],
    ids=[row[0] for row in LAST_LOOKS],
)
def test_the_last_look_before_a_send(
    draft: Draft, interview: Interview, timeline: list[TimelineEntry], expected: str | None
) -> None:
    """A send is refused, with a reason, when anything changed that makes it wrong."""
    found = refusal(
        draft, interview, timeline, approved_at=APPROVED_AT,
        allowed={"dana.ruiz@acme.example"}, bounced=frozenset(),
    )  # fmt: skip
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert expected in found


def test_a_bounced_recipient_is_refused_whatever_its_case() -> None:
    """An address a bounce report (or a "she has left" reply) named is never written to."""
    timeline = [
        TimelineEntry(at=APPROVED_AT, direction=Direction.INBOUND, kind=MessageKind.BOUNCE,
                      bounced_recipients=("Dana.Ruiz@Acme.example",)),
        TimelineEntry(at=APPROVED_AT, direction=Direction.INBOUND, kind=MessageKind.AUTO_REPLY,
                      bounced_recipients=("Sam@acme.example",)),
        TimelineEntry(at=APPROVED_AT, direction=Direction.INBOUND, kind=MessageKind.DELAYED,
                      bounced_recipients=("kim@acme.example",)),
    ]  # fmt: skip
    bounced = bounced_addresses([timeline], flagged={"lee@acme.example"})
    assert bounced == {"dana.ruiz@acme.example", "sam@acme.example", "lee@acme.example"}
    found = refusal(a_draft(), ACME, [], approved_at=APPROVED_AT,
                    allowed={"dana.ruiz@acme.example"}, bounced=bounced)  # fmt: skip
    assert found is not None
    assert "bounced before" in found


def test_a_snooze_wakes_at_nine_in_the_candidates_zone_or_after_whole_days() -> None:
    """Until a day: 09:00 local that day; for N days: N days after now."""
    ny = ZoneInfo("America/New_York")
    assert wake_at(until=date(2026, 12, 8), days=None, now=NOW, zone=ny) == datetime(
        2026, 12, 8, 14, tzinfo=UTC
    )
    assert wake_at(until=None, days=3, now=NOW, zone=ny) == NOW + timedelta(days=3)
    with pytest.raises(ValueError, match="a day to wake on"):
        wake_at(until=None, days=0, now=NOW, zone=ny)


def test_a_cancelled_round_refuses_every_draft_but_the_step_still_called_for() -> None:
    """Called off, then paused: the thank-you never goes; the follow-up the process asks for does.

    The process read again names the step it calls for by its slot; a draft of another
    step (or with no reading at all) about the cancelled round is refused.
    """
    called_off = replace(ACME, cancelled=True)
    standing = Assessment(
        interview_id=1, state=InterviewState.OVERDUE, last_contact_at=APPROVED_AT,
        days_silent=30, expected_by=None, next_action=Action.FOLLOW_UP,
        next_action_at=APPROVED_AT, slot="2026-11-12T15:50:00+00:00#0:follow_up",
        reason="no answer since Fri 11 Dec",
    )  # fmt: skip

    def look(draft: Draft, reading: Assessment | None) -> str | None:
        return refusal(draft, called_off, [], approved_at=APPROVED_AT,
                       allowed={"dana.ruiz@acme.example"}, bounced=frozenset(),
                       standing=reading)  # fmt: skip

    follow_up = a_draft(slot="2026-11-12T15:50:00+00:00#0:follow_up>1")
    assert look(follow_up, standing) is None
    assert "was cancelled" in (look(follow_up, None) or "")
    thank_you = a_draft(kind="thank_you", slot="2026-11-12T19:00:00+00:00#thank_you")
    assert "was cancelled" in (look(thank_you, standing) or "")


@pytest.mark.parametrize(
    ("kind", "to", "refused"),
    [("follow_up", "lee@acme.example", True), ("closing_note", "lee@acme.example", True),
     ("thank_you", "lee@acme.example", False), ("follow_up", "sam@talentbridge.example", False)],
)  # fmt: skip
def test_a_nudge_asked_by_hand_of_someone_else_there_is_the_same_step(
    kind: str, to: str, refused: bool
) -> None:
    """The candidate asked the hiring manager herself the evening before (tester round t47cs).

    A follow-up or closing note to the recruiter would ask the company twice; a thank-you
    to another person, or mail to the agency, answers nothing of it.
    """
    asked = TimelineEntry(at=APPROVED_AT + timedelta(hours=2), direction=Direction.OUTBOUND,
                          kind=MessageKind.HUMAN, sender="jordan@example.com",
                          subject="Quick question", recipients=(to,))  # fmt: skip
    agency = Agency("Talent Bridge", (Contact("Sam", "sam@talentbridge.example"),))
    placed = replace(ACME, agency=agency)
    found = refusal(a_draft(kind=kind, slot=f"s:{kind}"), placed, [asked],
                    approved_at=APPROVED_AT + timedelta(hours=1),
                    allowed={"dana.ruiz@acme.example", "lee@acme.example",
                             "sam@talentbridge.example"},
                    bounced=frozenset())  # fmt: skip
    assert (found is not None and "you already wrote" in found) is refused


def test_a_leaver_writing_from_elsewhere_retires_the_address_she_wrote_from() -> None:
    """"Friday was my last day at Oakhurst" from her personal address: both are gone.

    Her own word names the address it came from; the work address she wrote from before,
    under the same full name, is the one nobody reads now. Someone who shares only her
    first name is not her.
    """
    def inbound(minutes: int, sender: str, name: str, gone: tuple[str, ...] = ()) -> TimelineEntry:
        return TimelineEntry(at=APPROVED_AT + timedelta(minutes=minutes),
                             direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                             sender=sender, sender_name=name, bounced_recipients=gone)  # fmt: skip

    timeline = [
        inbound(0, "dana.whitcombe@oakhurst.example", "Dana Whitcombe"),
        inbound(1, "dana.k@oakhurst.example", "Dana Kowal"),
        inbound(2, "dana.whitcombe@mail.example", "Dana Whitcombe",
                gone=("dana.whitcombe@mail.example",)),
    ]
    bounced = bounced_addresses([timeline], flagged=set())
    assert bounced == {"dana.whitcombe@oakhurst.example", "dana.whitcombe@mail.example"}
    # the address she writes from after saying so is her new one: it stays (t64ag)
    later = inbound(3, "dana@fenmore.example", "Dana Whitcombe")
    assert bounced_addresses([[*timeline, later]], flagged=set()) == bounced
