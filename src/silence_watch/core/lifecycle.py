"""The life of a draft and of its outgoing message, as tables (after h11's ``_state.py``). Pure.

A draft is queued by the policy, decided by the candidate (approve, skip, snooze, edit), and
sent by the outbox exactly once. Its outgoing message (the outbox item) is created when its
Message-ID is committed, before any byte leaves:

- approve mode: ``approved`` --Prepare--> draft ``sending`` + item ``prepared`` --Begin-->
  item ``sending`` (SMTP may have begun) --Accepted--> both ``sent`` --Filed--> item ``filed``
  (the copy in Sent settled). An interruption is settled by looking for the Message-ID:
  Found (``sent``) or Lost (``unknown``: the candidate is asked; never resent blindly).
  A ``prepared`` item may still be withdrawn at the last look (Moot): SMTP never began.
- drafts mode: ``queued`` --Stage--> item ``drafted`` --Saved--> item ``saved`` (in the
  Drafts folder) --SentByHand--> item ``filed``, draft ``sent``; or --Deleted--> ``gone``.

Every state change goes through ``next_state``; the store applies the result with a
compare-and-swap, so a move the tables do not list can never be written. One event moves
the draft when the draft table names it, and the draft's outbox item when the outbox
table names it: both or neither.

The pure rules that belong with the lifecycle live here too: the last look before a send
(``refusal``), which addresses count as bounced, when a snoozed draft wakes, and whether a
draft may still be edited.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from silence_watch.core.arrivals import came_after
from silence_watch.core.conversation import is_agency_address, signals
from silence_watch.core.errors import TransitionError
from silence_watch.core.model import (
    Action,
    Direction,
    DraftStatus,
    InterviewState,
    MessageKind,
    OutboxState,
)
from silence_watch.core.sending import says_they_leave

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence
    from datetime import date, tzinfo

    from silence_watch.core.model import Draft, Interview, TimelineEntry
    from silence_watch.core.policy import Assessment


class Event(StrEnum):
    """Something that happens to a draft or its outgoing message."""

    APPROVE = "approve"  # the candidate (or auto mode) said yes
    SKIP = "skip"  # the candidate said no
    SNOOZE = "snooze"  # put aside until a moment
    WAKE = "wake"  # the snooze ended: asked about again
    EDIT = "edit"  # the candidate rewrote the text
    MOOT = "moot"  # the situation made it unnecessary (a reply came, a step was taken)
    PREPARE = "prepare"  # Message-ID and bytes committed before SMTP
    BEGIN = "begin"  # connected: the SMTP transaction may begin
    REFUSED = "refused"  # the server refused it before taking it: nothing left
    ACCEPTED = "accepted"  # the server's 250
    LOST = "lost"  # interrupted mid-send and not found in the mailbox
    FOUND = "found"  # its Message-ID was found in the mailbox: it went out
    FILED = "filed"  # the copy in Sent is filed, found, or not wanted
    STAGE = "stage"  # drafts mode: Message-ID committed before the APPEND to Drafts
    SAVED = "saved"  # drafts mode: it is in the Drafts folder
    SENT_BY_HAND = "sent_by_hand"  # drafts mode: the candidate sent it from their client
    DELETED = "deleted"  # drafts mode: the candidate deleted it from the Drafts folder


_D = DraftStatus
_O = OutboxState
_E = Event

#: From each draft status, where each event leads.
DRAFT_TABLE: Final[Mapping[DraftStatus, Mapping[Event, DraftStatus]]] = {
    _D.QUEUED: {
        _E.APPROVE: _D.APPROVED, _E.SKIP: _D.SKIPPED, _E.SNOOZE: _D.SNOOZED,
        _E.EDIT: _D.QUEUED, _E.MOOT: _D.CANCELLED,
        _E.SENT_BY_HAND: _D.SENT, _E.DELETED: _D.SKIPPED,
    },
    _D.SNOOZED: {
        _E.APPROVE: _D.APPROVED, _E.SKIP: _D.SKIPPED, _E.SNOOZE: _D.SNOOZED,
        _E.WAKE: _D.QUEUED, _E.EDIT: _D.SNOOZED, _E.MOOT: _D.CANCELLED,
        _E.SENT_BY_HAND: _D.SENT, _E.DELETED: _D.SKIPPED,
    },
    _D.APPROVED: {
        _E.SKIP: _D.SKIPPED, _E.EDIT: _D.APPROVED, _E.MOOT: _D.CANCELLED,
        _E.PREPARE: _D.SENDING,
    },
    # Moot only while the item is still prepared: the outbox table refuses it otherwise.
    _D.SENDING: {
        _E.ACCEPTED: _D.SENT, _E.LOST: _D.UNKNOWN, _E.FOUND: _D.SENT, _E.MOOT: _D.CANCELLED,
    },
    _D.UNKNOWN: {_E.FOUND: _D.SENT, _E.SKIP: _D.SKIPPED},
    _D.SENT: {},
    # A draft skipped here but sent from the candidate's own client did go out; deleting
    # the Drafts-folder copy of a skipped or cancelled draft changes nothing.
    _D.SKIPPED: {_E.SENT_BY_HAND: _D.SENT, _E.DELETED: _D.SKIPPED},
    _D.CANCELLED: {_E.SENT_BY_HAND: _D.SENT, _E.DELETED: _D.CANCELLED},
}  # fmt: skip

#: From each outbox state (``None``: no item yet), where each event leads.
OUTBOX_TABLE: Final[Mapping[OutboxState | None, Mapping[Event, OutboxState]]] = {
    None: {_E.PREPARE: _O.PREPARED, _E.STAGE: _O.DRAFTED},
    _O.PREPARED: {_E.BEGIN: _O.SENDING, _E.MOOT: _O.CANCELLED},
    # Refused: the server said no before taking it (nothing left), so it may be tried again.
    _O.SENDING: {
        _E.ACCEPTED: _O.SENT, _E.REFUSED: _O.PREPARED, _E.LOST: _O.UNKNOWN, _E.FOUND: _O.SENT,
    },
    _O.UNKNOWN: {_E.FOUND: _O.SENT},
    _O.SENT: {_E.FILED: _O.FILED},
    _O.DRAFTED: {_E.SAVED: _O.SAVED, _E.SENT_BY_HAND: _O.FILED, _E.DELETED: _O.GONE},
    _O.SAVED: {_E.SENT_BY_HAND: _O.FILED, _E.DELETED: _O.GONE},
    _O.FILED: {},
    _O.CANCELLED: {},
    _O.GONE: {},
}  # fmt: skip

#: Items that left: through our SMTP server, or from the candidate's own mail client.
WENT_OUT: Final = frozenset({OutboxState.SENT, OutboxState.FILED})

def _events_of(table: Mapping[Any, Mapping[Event, object]]) -> frozenset[Event]:
    return frozenset(event for moves in table.values() for event in moves)


#: Events each side takes part in; an event outside a side's set leaves that side alone.
DRAFT_EVENTS: Final = _events_of(DRAFT_TABLE)
OUTBOX_EVENTS: Final = _events_of(OUTBOX_TABLE)


def _refuse(event: Event, what: str, state: str) -> TransitionError:
    return TransitionError(f"can't handle event {event.value} when {what} is in state={state}")


def next_draft_status(status: DraftStatus, event: Event) -> DraftStatus:
    """The draft's status after ``event``; ``TransitionError`` naming both if the table has none."""
    moves = DRAFT_TABLE[status]
    if event not in moves:
        raise _refuse(event, "the draft", status.value)
    return moves[event]


def next_outbox_state(state: OutboxState | None, event: Event) -> OutboxState:
    """The outgoing message's state after ``event`` (``None``: there is no item yet)."""
    moves = OUTBOX_TABLE[state]
    if event not in moves:
        raise _refuse(event, "its outgoing message", "none" if state is None else state.value)
    return moves[event]


def accepts(status: DraftStatus, event: Event) -> bool:
    """True when a draft in ``status`` may take ``event``."""
    return event in DRAFT_TABLE[status]


# --- Rules that belong with the lifecycle -------------------------------------------------

#: A snooze "until <day>" ends at this hour in the candidate's zone.
WAKE_HOUR: Final = time(9)


def wake_at(*, until: date | None, days: int | None, now: datetime, zone: tzinfo) -> datetime:
    """When something snoozed wakes: 09:00 local on ``until``, else ``days`` after ``now``."""
    if until is not None:
        return datetime.combine(until, WAKE_HOUR, tzinfo=zone).astimezone(UTC)
    if days is None or days < 1:
        raise ValueError("a snooze needs a day to wake on or a number of days")
    return (now + timedelta(days=days)).astimezone(UTC)


def is_awake(draft: Draft, now: datetime) -> bool:
    """True when a snoozed draft's time has come (a snooze without an end wakes at once)."""
    return draft.snoozed_until is None or draft.snoozed_until <= now


def blank(text: str) -> bool:
    """True when there is nothing but whitespace (a headers-only message must never go out)."""
    return not text.strip()


def edit_refusal(draft: Draft, *, in_outbox: bool, body: str) -> str | None:
    """Why this draft cannot take ``body`` as its new text, or None."""
    if not accepts(draft.status, Event.EDIT):
        return f"is {draft.status.value}; it can no longer be edited"
    if in_outbox:
        return "is already in your Drafts folder; edit it there"
    if blank(body):
        return "was not changed: the new text is empty"
    return None


def approval_refusal(draft: Draft) -> str | None:
    """Why this draft cannot be approved, or None."""
    if not accepts(draft.status, Event.APPROVE):
        return f"is {draft.status.value}; it cannot be approved now"
    if blank(draft.body) or blank(draft.subject):
        return "has no text; edit it before approving it"
    return None


#: Words of a name that tell one person from another (a first name alone does not).
_FULL_NAME = 2
#: Mail whose ``bounced_recipients`` are addresses nobody reads any more.
_NAMES_DEAD_ADDRESSES = frozenset({MessageKind.BOUNCE, MessageKind.AUTO_REPLY})


def bounced_addresses(
    timelines: Sequence[Sequence[TimelineEntry]], flagged: Collection[str]
) -> frozenset[str]:
    """Addresses that must not be written to: named by a bounce report, or flagged after one.

    A bounce report (kind ``bounce``) names its failed recipients; so does an automatic
    reply saying the person has left ("no longer with Acme; this mailbox is not
    monitored"), a person's own "Friday is my last day" names its sender, and a colleague's
    "Herr Albers hat unser Haus verlassen" names him (``core.named_leavers``). A
    delayed-delivery notice is not a bounce and names none here.
    """
    found = {a.lower() for a in flagged}
    for timeline in timelines:
        found |= {
            address.lower()
            for entry in timeline
            if entry.kind in _NAMES_DEAD_ADDRESSES
            or entry.kind is MessageKind.HUMAN  # "Friday is my last day"; "Markus has left"
            for address in entry.bounced_recipients
        }
        found |= _their_old_addresses(timeline)
    return frozenset(found)


def _their_old_addresses(timeline: Sequence[TimelineEntry]) -> set[str]:
    """The addresses a leaver wrote from before, by their full name.

    "Friday was my last day at Oakhurst", written from her new company's address: the
    Oakhurst address she wrote from is the one nobody reads now (tester round t61rv). An
    address she writes from after saying so is her new one (an agency recruiter who took
    the client with her, t64ag), and stays.
    """
    left_by = {
        entry.sender_name.casefold(): entry.at for entry in timeline
        if says_they_leave(entry) and len(entry.sender_name.split()) >= _FULL_NAME
    }  # fmt: skip
    return {
        entry.sender.lower() for entry in timeline
        if entry.direction is Direction.INBOUND
        and (left := left_by.get(entry.sender_name.casefold())) is not None and entry.at <= left
    }  # fmt: skip


def person_wrote_since(
    timeline: Sequence[TimelineEntry], since: datetime
) -> TimelineEntry | None:
    """The first message a person on the other side wrote, or that arrived, after ``since``."""
    return next(
        (
            entry
            for entry in timeline
            if entry.direction is Direction.INBOUND
            and entry.kind is MessageKind.HUMAN
            and came_after(entry, since)
        ),
        None,
    )


def they_said_since(timeline: Sequence[TimelineEntry], since: datetime) -> TimelineEntry | None:
    """The first message from the employer's side after ``since`` that says something.

    A pleasantry ("lovely to meet you too") does not count: the follow-up still stands.
    Mail written before ``since`` that arrived after it counts (``core.arrivals``).
    """
    return next((e for e in signals(timeline) if came_after(e, since)), None)


def sent_by_hand(
    draft: Draft, timeline: Sequence[TimelineEntry], side: Collection[str] = ()
) -> TimelineEntry | None:
    """What the candidate sent by hand since the draft was made, answering the same step.

    Written to the same person, or in the same thread: sending the draft too would make two.
    Her mail that left her outbox only after the draft was made counts (``core.arrivals``).
    For a nudge, ``side`` holds the other people of the recipient's side: a question to the
    hiring manager the evening before is the company nudged (tester round t47cs).
    """
    address = draft.to_addr.lower()
    people = {address, *(a.lower() for a in side)}
    for entry in timeline:
        if entry.direction is not Direction.OUTBOUND or not came_after(entry, draft.created_at):
            continue
        same_person = not people.isdisjoint(r.lower() for r in entry.recipients)
        same_thread = draft.in_reply_to is not None and (
            entry.in_reply_to == draft.in_reply_to or draft.in_reply_to in entry.references
        )
        if same_person or same_thread:
            return entry
    return None


#: Steps that ask the company for news: one the candidate asked by hand is the same step.
_NUDGES = frozenset({Action.FOLLOW_UP.value, Action.CLOSING_NOTE.value})

#: Where a process may stand for a follow-up still to go out.
_STILL_WAITING = frozenset(
    {
        InterviewState.UPCOMING,
        InterviewState.WAITING,
        InterviewState.OVERDUE,
        InterviewState.FOLLOWED_UP,
    }
)


#: What parts a step's slot from the number of its retry ("...#1:follow_up>1").
_RETRY_MARK = ">"


def retry_slot(slot: str, earlier: int) -> str:
    """The slot of a step drafted again after ``earlier`` drafts (a bounce, a moot cancel)."""
    return f"{slot}{_RETRY_MARK}{earlier}"


def same_step(draft_slot: str, slot: str | None) -> bool:
    """Whether a draft's slot is ``slot`` itself or one of its retries: the current step."""
    return slot is not None and (
        draft_slot == slot or draft_slot.startswith(f"{slot}{_RETRY_MARK}")
    )


def refusal(  # noqa: PLR0911 - one early answer per reason, in the order they are checked
    draft: Draft,
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    *,
    approved_at: datetime,
    allowed: Collection[str],
    bounced: Collection[str],
    standing: Assessment | None = None,
) -> str | None:
    """The last look before a send: why this draft must not go now, or None.

    Asked right before the Message-ID is committed and again for an item a crash left
    prepared. It re-reads the process (``standing``, its verdict now): the interview may
    have been stopped, closed or cancelled, a reply may have settled it or left a question
    open, the recipient may no longer be one the interview allows or may have bounced, the
    text may be empty, someone on the other side may have written since the candidate
    approved it, or the candidate may have sent the same step by hand.
    """
    label = f"draft {draft.id} ({interview.company})"
    if interview.stopped or interview.closed:
        what = "closed" if interview.closed else "stopped follow-ups for"
        return f"{label} was not sent: you {what} this interview after approving it."
    if interview.cancelled and not (
        # after a round called off with a hiring pause, the ladder goes on about the role
        standing is not None and standing.interview_id == draft.interview_id
        and same_step(draft.slot, standing.slot)
    ):  # fmt: skip
        return f"{label} was not sent: the interview it is about was cancelled."
    if blank(draft.body) or blank(draft.subject):
        return f"{label} was not sent: it has no text. Edit it, then approve it again."
    address = draft.to_addr.lower()
    if address not in {a.lower() for a in allowed}:
        return f"{label} was not sent: {draft.to_addr} is not a contact of this interview."
    if address in bounced:
        return (
            f"{label} was not sent: mail to {draft.to_addr} bounced before, or its automatic"
            " reply said they have left."
        )
    agency = is_agency_address(address, interview)
    side = [a for a in allowed if is_agency_address(a, interview) is agency]
    own = sent_by_hand(draft, timeline, side if draft.kind in _NUDGES else ())
    if own is not None:
        return (
            f"{label} was not sent: you already wrote to them yourself ({own.subject!r}),"
            " so they would have had it twice."
        )
    answer = they_said_since(timeline, approved_at)
    if answer is not None:
        return (
            f"{label} was not sent: {answer.sender} wrote after you approved it"
            f" ({answer.subject!r}). Read their message first."
        )
    if standing is not None and standing.question is not None:
        return f"{label} was not sent: first say what {standing.question.sender}'s message was."
    if standing is not None and standing.state not in _STILL_WAITING and (
        standing.next_action is None or standing.next_action.value != draft.kind
    ):
        return f"{label} was not sent: {standing.reason}."
    return None
