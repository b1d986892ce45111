"""Plain data shared by the core modules; values only, no decisions and no IO.

Messages, interviews, timelines; states and actions are the public contract (DESIGN.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping


class MessageKind(StrEnum):
    """What sort of sender produced a message."""

    HUMAN = "human"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    BULK = "bulk"
    AUTOMATED = "automated"
    DELAYED = "delayed"  # a delivery-delay notice: still being tried, not a bounce
    CUSTOMER = "customer"  # her business as the company's customer (``core.customer_mail``)


class Intent(StrEnum):
    """What an employer's message means for the candidate."""

    REJECTION = "rejection"
    OFFER = "offer"
    NEXT_STEP = "next_step"
    ACKNOWLEDGEMENT = "acknowledgement"
    REQUEST = "request"
    OTHER = "other"
    PLEASANTRY = "pleasantry"  # thanks or warmth, no news: the waiting goes on
    ON_HOLD = "on_hold"  # hiring paused or delayed; nothing for the candidate to do


class InterviewState(StrEnum):
    """Where an interview stands (the values of ``status --json``'s ``state``)."""

    UPCOMING = "upcoming"
    WAITING = "waiting"
    OVERDUE = "overdue"
    FOLLOWED_UP = "followed_up"
    REPLIED = "replied"
    REJECTED = "rejected"
    OFFER = "offer"
    GHOSTED = "ghosted"
    CLOSED = "closed"


class Action(StrEnum):
    """Something the candidate could send (the values of ``next_action`` and draft ``kind``)."""

    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    AGENCY_CHECK_IN = "agency_check_in"
    CLOSING_NOTE = "closing_note"
    FEEDBACK_REQUEST = "feedback_request"
    STATUS_UPDATE = "status_update"
    CONNECTION_NOTE = "connection_note"  # only when the candidate asks (`drafts new`)


class DraftStatus(StrEnum):
    """Life of a draft, from queued to sent (the values of ``drafts list --json``'s ``status``)."""

    QUEUED = "queued"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"
    SNOOZED = "snoozed"


class OutboxState(StrEnum):
    """Where one outgoing message stands (see ``core.lifecycle`` for the moves)."""

    PREPARED = "prepared"  # Message-ID and bytes committed; SMTP not begun
    SENDING = "sending"  # SMTP may have begun
    SENT = "sent"  # the server took it; the copy in Sent still to settle
    FILED = "filed"  # the copy in Sent is filed, found, or not wanted
    UNKNOWN = "unknown"  # interrupted mid-send and not found: the candidate is asked
    CANCELLED = "cancelled"  # refused at the last look before SMTP began
    DRAFTED = "drafted"  # drafts mode: Message-ID committed, not yet in the Drafts folder
    SAVED = "saved"  # drafts mode: in the Drafts folder, for the candidate to send
    GONE = "gone"  # drafts mode: the candidate deleted it


class EventKind(StrEnum):
    """What the event log records (the digest's news and attention sections read it)."""

    SENT = "sent"
    SEND_CANCELLED = "send_cancelled"
    SEND_UNKNOWN = "send_unknown"
    DRAFT_CANCELLED = "draft_cancelled"
    DRAFT_SAVED = "draft_saved"
    DRAFT_SENT = "draft_sent"
    DRAFT_DELETED = "draft_deleted"
    DRAFT_OUTDATED = "draft_outdated"
    AUTO_APPROVED = "auto_approved"
    BOUNCED = "bounced"
    NO_RECIPIENT = "no_recipient"
    REPLY_REFUSED = "reply_refused"
    REPLY_NOT_UNDERSTOOD = "reply_not_understood"  # lines of a reply to the digest, listed once
    UNINDEXABLE_MESSAGE = "unindexable_message"
    ROUND_ADDED = "round_added"
    ROUND_MOVED = "round_moved"
    ROUND_CANCELLED = "round_cancelled"
    CORRECTED = "corrected"


class DigestState(StrEnum):
    """Where a digest we built stands."""

    SENDING = "sending"  # stored before SMTP, so a reply can be checked against it
    SENT = "sent"


class ProposalStatus(StrEnum):
    """What became of an interview proposed by a calendar invitation."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
    CANCELLED = "cancelled"


class Direction(StrEnum):
    """Who wrote a message, seen from the candidate."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"


@dataclass(frozen=True, slots=True)
class Address:
    """A mailbox: display name and lower-cased address."""

    name: str
    email: str

    @property
    def domain(self) -> str:
        """The part after the last ``@`` (empty when there is none)."""
        return self.email.rpartition("@")[2]

    @property
    def local_part(self) -> str:
        """The part before the last ``@``."""
        return self.email.rpartition("@")[0]


@dataclass(frozen=True, slots=True)
class MimePart:
    """One decoded leaf of a message body, kept for bounce reports and intents."""

    content_type: str
    text: str


@dataclass(frozen=True, slots=True)
class Message:
    """One email as the core sees it: parsed headers and, when fetched, the body.

    Ids (``message_id``, ``references``) carry no angle brackets; ``date`` is aware, in the
    sender's offset; ``headers`` holds the raw machine-mail headers, keyed by lower-cased name.
    """

    message_id: str | None
    date: dt.datetime | None
    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    subject: str = ""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | None = None
    parts: tuple[MimePart, ...] = ()
    defects: tuple[str, ...] = ()

    def recipients(self) -> tuple[Address, ...]:
        """Everyone the message was addressed to."""
        return self.to + self.cc


@dataclass(frozen=True, slots=True)
class Contact:
    """A person at the company or agency the candidate may write to."""

    name: str
    email: str


@dataclass(frozen=True, slots=True)
class Agency:
    """The recruiter or agency that placed the candidate, if any."""

    name: str
    contacts: tuple[Contact, ...] = ()


@dataclass(frozen=True, slots=True)
class Interview:
    """One interview the candidate is waiting on, as configured or added by hand."""

    id: int
    company: str
    role: str
    date: dt.datetime
    contacts: tuple[Contact, ...] = ()
    domains: tuple[str, ...] = ()
    expect_reply_by: dt.date | None = None
    agency: Agency | None = None
    timezone: str | None = None
    closed: bool = False
    stopped: bool = False
    snoozed_until: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    process_id: int = 0
    round: int = 1
    cancelled: bool = False
    skipped: frozenset[str] = frozenset()  # slots of the process's steps the candidate skipped


@dataclass(frozen=True, slots=True)
class Process:
    """One application (company and role) and its rounds, oldest first.

    The controls (closed, stopped, snoozed) are the process's: closing one round closes the
    application. ``rounds`` keep their own dates, zones, people; a cancelled one has ``cancelled``.
    """

    id: int
    company: str
    role: str
    rounds: tuple[Interview, ...]
    closed: bool = False
    closed_at: dt.datetime | None = None
    stopped: bool = False
    snoozed_until: dt.datetime | None = None

    @property
    def live_rounds(self) -> tuple[Interview, ...]:
        """The rounds that were not cancelled."""
        return tuple(r for r in self.rounds if not r.cancelled)

    @property
    def contacts(self) -> tuple[Contact, ...]:
        """Everyone at the company named in any round, once each, latest round first."""
        seen: dict[str, Contact] = {}
        for entry in reversed(self.rounds):
            for contact in entry.contacts:
                seen.setdefault(contact.email.lower(), contact)
        return tuple(seen.values())

    @property
    def domains(self) -> tuple[str, ...]:
        """The company's mail domains named in any round."""
        return tuple(dict.fromkeys(d for entry in self.rounds for d in entry.domains))

    @property
    def agency(self) -> Agency | None:
        """The agency of the latest round that names one."""
        return next((r.agency for r in reversed(self.rounds) if r.agency is not None), None)

    def current(self, now: dt.datetime) -> Interview | None:
        """The round the process is about at ``now``: the latest that happened, else the next.

        A scheduled round ahead makes the process about that round (it is upcoming); with
        every round cancelled there is none.
        """
        live = sorted(self.live_rounds, key=lambda r: r.date)
        ahead = [r for r in live if r.date > now]
        if ahead:
            return ahead[0]
        return live[-1] if live else None

    def view(self, entry: Interview) -> Interview:
        """``entry`` as the policy sees it: the process's people and controls on it."""
        return replace(
            entry,
            contacts=self.contacts,
            domains=self.domains,
            agency=self.agency,
            closed=self.closed,
            closed_at=self.closed_at,
            stopped=self.stopped,
            snoozed_until=self.snoozed_until,
            process_id=self.id,
        )

    @classmethod
    def of(cls, interview: Interview) -> Process:
        """A process of one round (an interview on its own)."""
        return cls(
            id=interview.process_id or interview.id,
            company=interview.company,
            role=interview.role,
            rounds=(interview,),
            closed=interview.closed, closed_at=interview.closed_at,
            stopped=interview.stopped, snoozed_until=interview.snoozed_until,
        )


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One message on an interview's timeline, already classified (who wrote it: ``direction``)."""

    at: dt.datetime
    direction: Direction
    kind: MessageKind
    message_id: str | None = None
    sender: str = ""
    subject: str = ""
    intent: Intent | None = None
    from_agency: bool = False
    sender_name: str = ""
    promised_by: dt.date | None = None  # a date the employer stated
    return_date: dt.date | None = None  # the end of an out-of-office
    cold: bool = False
    references: tuple[str, ...] = ()
    bounced_recipients: tuple[str, ...] = ()
    confidence: float = 1.0
    recipients: tuple[str, ...] = ()
    in_reply_to: str | None = None
    revisit_by: dt.date | None = None
    interview_id: int | None = None
    calendar: str = ""  # "request" (an invitation or update), "cancel", or "" (neither)
    withdrew: bool = False  # the candidate wrote that they withdraw (``core.withdrawal``)
    accepted: bool = False  # the candidate accepted the offer (``core.acceptance``)
    bystander: bool = False  # written by someone not on their side (``core.their_side``)
    feedback: str = ""  # feedback "refused" or "given" in their words (``core.feedback_words``)
    retracts: bool = False  # it takes back the message before (``core.retractions``)
    told_no: bool = False  # the candidate wrote that they were told no (``core.told_no``)
    through_agency: str = ""  # "asks": write only via the agency; "lifts" (u09ex)
    asked_back: bool = False  # her mail only asks back: no answer (``core.questions_back``)
    seen_at: dt.datetime | None = None  # when it was indexed: it arrived then (u39dup)
    words: str = ""  # a digest of the candidate's own words (``core.repeats``)
    recipient_names: tuple[str, ...] = ()  # of ``recipients``, as the headers spell them (u41ag)


@dataclass(frozen=True, slots=True)
class Cursor:
    """How far one IMAP folder has been indexed (a Maildir leaves these at 0).

    Its UIDVALIDITY, the highest UID indexed and HIGHESTMODSEQ (0 without CONDSTORE).
    """

    validity: int = 0
    last_uid: int = 0
    modseq: int = 0


@dataclass(frozen=True, slots=True)
class Draft:
    """A follow-up waiting for the candidate's decision (or already decided)."""

    id: int
    interview_id: int
    kind: str
    slot: str
    to_addr: str
    to_name: str
    subject: str
    body: str
    in_reply_to: str | None
    references: tuple[str, ...]
    status: DraftStatus
    due_at: dt.datetime | None
    snoozed_until: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class NewDraft:
    """What the composer hands the store to queue."""

    interview_id: int
    kind: str
    slot: str
    to_addr: str
    to_name: str
    subject: str
    body: str
    in_reply_to: str | None
    references: tuple[str, ...]
    due_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Approval:
    """When a draft was approved, how (``cli``, ``digest``, ``auto``), and when it may go."""

    draft_id: int
    approved_at: dt.datetime
    via: str
    send_at: dt.datetime


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One outgoing message, its Message-ID committed before it left."""

    id: int
    draft_id: int
    message_id: str
    state: OutboxState
    raw: bytes
    updated_at: dt.datetime
    sent_at: dt.datetime | None
    detail: str
