"""The lifecycle of drafts and their outgoing messages, through the store's one writer."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.errors import ConflictError, TransitionError
from silence_watch.core.lifecycle import Event, next_draft_status, next_outbox_state
from silence_watch.core.model import Contact, DraftStatus, Interview, NewDraft, OutboxState
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
    """No SQL outside store/queue.py writes a draft's status or an outgoing message's state.

    The schema's numbered migrations may convert old rows once (schema.py); nothing else.
    """
    writers = sorted(
        path.relative_to(SOURCE).as_posix()
        for path in SOURCE.rglob("*.py")
        if _STATUS_WRITE.search(path.read_text(encoding="utf-8"))
    )
    assert writers == ["store/queue.py", "store/schema.py"]
