"""Rows of the state database <-> plain data (shell helpers of the store; no SQL here).

Times are stored as ISO-8601 UTC text, days as ISO dates, lists and mappings as JSON.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Final

from silence_watch.core.errors import StateError
from silence_watch.core.ladder import CERTAIN
from silence_watch.core.model import (
    Address,
    Agency,
    Approval,
    Contact,
    DigestState,
    Direction,
    Draft,
    DraftStatus,
    Intent,
    Interview,
    Message,
    MessageKind,
    OutboxItem,
    OutboxState,
    TimelineEntry,
)
from silence_watch.core.readings import MailReading

if TYPE_CHECKING:
    import sqlite3


def to_text(moment: datetime | None) -> str | None:
    """Aware datetime -> ISO-8601 UTC text (None passes through)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are never stored")
    return moment.astimezone(UTC).isoformat()


def from_text(value: str | None) -> datetime | None:
    """ISO-8601 text -> aware UTC datetime."""
    return None if value is None else datetime.fromisoformat(value).astimezone(UTC)


def day_text(value: date | None) -> str | None:
    """A date as ISO text (None passes through)."""
    return None if value is None else value.isoformat()


def day(value: str | None) -> date | None:
    """ISO text as a date (None passes through)."""
    return None if value is None else date.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """A row of the header index with its classification and match."""

    pk: int
    message: Message
    direction: Direction | None
    kind: MessageKind | None
    intent: Intent | None
    interview_id: int | None
    match_reason: str | None


@dataclass(frozen=True, slots=True)
class NewMessage:
    """One message to index: its parsed headers, the raw block, and where it was found."""

    message: Message
    raw_headers: bytes
    folder: str
    key: str
    direction: Direction


def message_values(identity: str, item: NewMessage, now: datetime) -> tuple[object, ...]:
    """The column values of one message to insert, in the INSERT's order."""
    message = item.message
    return (
        identity,
        message.message_id,
        to_text(message.date),
        message.sender.email if message.sender else None,
        message.sender.name if message.sender else "",
        addresses_json(message.to + message.cc),
        addresses_json(message.reply_to),
        message.subject,
        message.in_reply_to,
        json.dumps(list(message.references)),
        json.dumps(dict(message.headers), sort_keys=True),
        json.dumps(list(message.defects)),
        item.direction.value,
        to_text(now),
    )


def message_identity(message: Message, raw_headers: bytes) -> str:
    """Message-ID when present; otherwise a hash of the header block."""
    if message.message_id:
        return f"id:{message.message_id}"
    return "sha256:" + hashlib.sha256(raw_headers).hexdigest()


def process_key(company: str, role: str) -> str:
    """What makes two rounds one application: the company and the role."""
    return f"{company.strip().lower()}|{role.strip().lower()}"


def natural_key(interview: Interview) -> str:
    """What makes two interview entries the same interview: company, role and day."""
    day = interview.date.astimezone(UTC).date().isoformat()
    return f"{interview.company.strip().lower()}|{interview.role.strip().lower()}|{day}"


def addresses_json(addresses: tuple[Address, ...]) -> str:
    """Addresses as the JSON kept in a row."""
    return json.dumps([[a.name, a.email] for a in addresses])


def addresses_from_json(value: str) -> tuple[Address, ...]:
    """Addresses from the JSON kept in a row."""
    return tuple(Address(name, email) for name, email in json.loads(value))


def interview_values(interview: Interview) -> dict[str, Any]:
    """The column values of an interview, by name."""
    agency = None
    if interview.agency is not None:
        agency = json.dumps(
            {
                "name": interview.agency.name,
                "contacts": [[c.name, c.email] for c in interview.agency.contacts],
            },
        )
    return {
        "company": interview.company,
        "role": interview.role,
        "date": interview.date.isoformat(),
        "timezone": interview.timezone,
        "contacts": json.dumps([[c.name, c.email] for c in interview.contacts]),
        "domains": json.dumps(list(interview.domains)),
        "expect_reply_by": day_text(interview.expect_reply_by),
        "agency": agency,
    }


def interview_from_row(row: sqlite3.Row) -> Interview:
    """An interviews row as an interview."""
    agency = None
    if row["agency"]:
        data = json.loads(row["agency"])
        agency = Agency(data["name"], tuple(Contact(n, e) for n, e in data["contacts"]))
    return Interview(
        id=int(row["id"]),
        company=row["company"],
        role=row["role"],
        date=datetime.fromisoformat(row["date"]),
        contacts=tuple(Contact(n, e) for n, e in json.loads(row["contacts"])),
        domains=tuple(json.loads(row["domains"])),
        expect_reply_by=day(row["expect_reply_by"]),
        agency=agency,
        timezone=row["timezone"],
        closed=row["p_closed_at"] is not None,
        stopped=bool(row["p_stopped"]),
        snoozed_until=from_text(row["p_snoozed_until"]),
        closed_at=from_text(row["p_closed_at"]),
        process_id=int(row["process_id"]),
        cancelled=row["cancelled_at"] is not None,
        skipped=frozenset(json.loads(row["p_skipped"] or "[]")),
    )


def message_from_row(row: sqlite3.Row) -> Message:
    """A messages row as the message headers it indexes."""
    recipients = addresses_from_json(row["recipients"])
    return Message(
        message_id=row["message_id"],
        date=from_text(row["date"]),
        sender=Address(row["sender_name"], row["sender"]) if row["sender"] else None,
        to=recipients,
        reply_to=addresses_from_json(row["reply_to"]),
        subject=row["subject"],
        in_reply_to=row["in_reply_to"],
        references=tuple(json.loads(row["refs"])),
        headers=json.loads(row["headers"]),
        defects=tuple(json.loads(row["defects"])),
    )


def stored_from_row(row: sqlite3.Row) -> StoredMessage:
    """A messages row with its classification and match."""
    return StoredMessage(
        pk=int(row["id"]),
        message=message_from_row(row),
        direction=Direction(row["direction"]) if row["direction"] else None,
        kind=MessageKind(row["kind"]) if row["kind"] else None,
        intent=Intent(row["intent"]) if row["intent"] else None,
        interview_id=row["interview_id"],
        match_reason=row["match_reason"],
    )


def _intent(corrected: str | None, intent: str | None) -> Intent | None:
    """How the message was read: the candidate's correction when there is one."""
    value = corrected or intent
    return _INTENTS[value] if value else None


def _promised(corrected: str | None, promised_by: str | None) -> date | None:
    """The day they promised; none in mail marked as no news ("mark MESSAGE other", t82rt)."""
    return None if corrected == "other" else day(promised_by)


def _confidence(corrected: str | None, confidence: float | None) -> float:
    """How sure the reading is: certain when the candidate corrected it.

    Mail read before readings had a confidence counts as certain, as it always did.
    """
    return CERTAIN if corrected or confidence is None else float(confidence)


#: Enum members by stored value: a dict lookup is a tenth of an enum call, and ``status``
#: turns every timeline row of every process (12,662 on a 100k mailbox) into an entry.
_DIRECTIONS: Final = {member.value: member for member in Direction}
_KINDS: Final = {member.value: member for member in MessageKind}
_INTENTS: Final = {member.value: member for member in Intent}
_JSON: Final = json.JSONDecoder().decode


def _kind(kind: str, corrected: str | None) -> MessageKind:
    """The kind of mail; read as customer mail, unless she said what it was ("mark ID")."""
    stored = _KINDS[kind]
    return MessageKind.HUMAN if stored is MessageKind.CUSTOMER and corrected else stored


def _strings(value: str) -> tuple[str, ...]:
    """A JSON list of strings kept in a row; most are empty."""
    return () if value == "[]" else tuple(_JSON(value))


@functools.lru_cache(maxsize=1024)
def _recipients(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The addresses and the names of a row's JSON ``[name, address]`` pairs.

    Remembered: a thread's messages go between the same few people.
    """
    listed = () if value == "[]" else _JSON(value)
    return tuple(e for _, e in listed), tuple(n for n, _ in listed)


#: The columns ``entry_from_row`` reads, in its order, and no others (then the
#: candidate's corrected intent): a timeline row without the message's stored headers
#: and reasons is a tenth of the bytes, and read by position it is converted in half the
#: time (``status`` reads every process's whole timeline: 12,662 rows on a 100k mailbox).
TIMELINE_COLUMNS: Final = ", ".join(f"messages.{name}" for name in (
    "date", "direction", "kind", "message_id", "sender", "sender_name", "subject", "intent",
    "via_agency", "promised_by", "return_date", "cold", "refs", "bounced", "confidence",
    "recipients", "in_reply_to", "revisit_by", "interview_id", "calendar", "withdrew",
    "accepted", "feedback", "retracts", "told_no", "through_agency", "asked_back",
    "indexed_at", "words",
))  # fmt: skip


def entry_from_row(row: sqlite3.Row) -> TimelineEntry:
    """A row of ``TIMELINE_COLUMNS`` and the corrected intent as one entry of a timeline."""
    (when, direction, kind, message_id, sender, sender_name, subject, intent, via_agency,
     promised_by, return_date, cold, refs, bounced, confidence, recipients, in_reply_to,
     revisit_by, interview_id, calendar, withdrew, accepted, feedback, retracts, told_no,
     through_agency, asked_back, indexed_at, words, corrected) = row[:30]  # fmt: skip
    if when is None:  # excluded by the query; keeps the type checker honest
        raise StateError("a timeline message has no date")
    mine = direction == "outbound" and not corrected  # her own words, unless she said other
    addresses, names = _recipients(recipients)
    return TimelineEntry(
        at=datetime.fromisoformat(when).astimezone(UTC),
        direction=_DIRECTIONS[direction],
        kind=_kind(kind, corrected),
        message_id=message_id,
        sender=sender or "",
        sender_name=sender_name or "",
        subject=subject,
        intent=_intent(corrected, intent),
        from_agency=bool(via_agency),
        promised_by=_promised(corrected, promised_by),
        return_date=day(return_date),
        cold=bool(cold) and not corrected,  # her reading replaces it
        references=_strings(refs),
        bounced_recipients=_strings(bounced),
        confidence=_confidence(corrected, confidence),
        recipients=addresses,
        recipient_names=names,
        in_reply_to=in_reply_to,
        revisit_by=day(revisit_by),
        interview_id=interview_id,
        calendar=str(calendar),
        withdrew=bool(withdrew) and mine,
        accepted=bool(accepted) and mine,
        feedback=str(feedback),
        retracts=bool(retracts) and not corrected,
        told_no=bool(told_no) and mine,
        asked_back=bool(asked_back) and mine,
        through_agency=str(through_agency) if direction == "inbound" else "",
        seen_at=from_text(indexed_at),
        words=str(words or "") if direction == "outbound" else "",
    )


def reading_from_row(row: sqlite3.Row) -> MailReading:
    """A messages row (joined with its process) as the digest shows how it was read."""
    at = from_text(row["date"])
    if at is None:  # excluded by the query; keeps the type checker honest
        raise StateError("a message to show has no date")
    return MailReading(
        message_id=str(row["message_id"]),
        at=at,
        sender=row["sender"] or "",
        sender_name=row["sender_name"] or "",
        subject=row["subject"],
        company=str(row["company"]),
        process_id=int(row["pid"]),
        kind=MessageKind(row["kind"]),
        intent=_intent(row["corrected_intent"], row["intent"]),
        confidence=_confidence(row["corrected_intent"], row["confidence"]),
        cold=bool(row["cold"]) and not row["corrected_intent"],  # her reading replaces it
        promised_by=_promised(row["corrected_intent"], row["promised_by"]),
        return_date=day(row["return_date"]),
        revisit_by=day(row["revisit_by"]),
    )


def draft_from_row(row: sqlite3.Row) -> Draft:
    """A drafts row as a draft."""
    created = from_text(row["created_at"])
    updated = from_text(row["updated_at"])
    if created is None or updated is None:
        raise StateError(f"draft {row['id']} has no timestamps")
    return Draft(
        id=int(row["id"]),
        interview_id=int(row["interview_id"]),
        kind=row["kind"],
        slot=row["slot"],
        to_addr=row["to_addr"],
        to_name=row["to_name"],
        subject=row["subject"],
        body=row["body"],
        in_reply_to=row["in_reply_to"],
        references=tuple(json.loads(row["refs"])),
        status=DraftStatus(row["status"]),
        due_at=from_text(row["due_at"]),
        snoozed_until=from_text(row["snoozed_until"]),
        created_at=created,
        updated_at=updated,
    )


@dataclass(frozen=True, slots=True)
class DigestRow:
    """A digest we sent: its Message-ID, token's hash, numbering, the first reply to it."""

    message_id: str
    token_hash: str
    numbers: dict[int, int]
    state: DigestState
    sent_at: datetime
    answered_by: str | None
    items: dict[int, str] = field(default_factory=dict)


def approval_from_row(row: sqlite3.Row) -> Approval:
    """An approvals row as an approval."""
    approved = from_text(row["approved_at"])
    send_at = from_text(row["send_at"])
    if approved is None or send_at is None:
        raise StateError(f"the approval of draft {row['draft_id']} has no time")
    return Approval(int(row["draft_id"]), approved, str(row["via"]), send_at)


def outbox_from_row(row: sqlite3.Row) -> OutboxItem:
    """An outbox row as an outgoing message."""
    return OutboxItem(
        id=int(row["id"]),
        draft_id=int(row["draft_id"]),
        message_id=str(row["message_id"]),
        state=OutboxState(row["state"]),
        raw=bytes(row["raw"] or b""),
        updated_at=from_text(row["updated_at"]) or datetime.min.replace(tzinfo=UTC),
        sent_at=from_text(row["sent_at"]),
        detail=str(row["detail"]),
    )
