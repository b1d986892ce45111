"""Rows of the proposals table <-> proposed interviews (shell helpers of the store; no SQL).

What a proposal says is JSON in ``data``; its kind, evidence and confidence have columns
of their own, so they can be queried.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from silence_watch.core.invites import ProposalKind, ProposedInterview
from silence_watch.core.model import Address, Agency, Contact, ProposalStatus
from silence_watch.store.rows import from_text

if TYPE_CHECKING:
    import sqlite3


@dataclass(frozen=True, slots=True)
class StoredProposal:
    """A proposed interview with its status (proposed, accepted, dismissed, cancelled)."""

    proposal: ProposedInterview
    status: ProposalStatus
    interview_id: int | None
    updated_at: datetime


def proposal_json(proposal: ProposedInterview) -> str:
    """A proposal as the JSON kept in its row (kind, evidence, confidence have columns)."""
    def address(value: Address | None) -> list[str] | None:
        return None if value is None else [value.name, value.email]

    agency = proposal.agency
    return json.dumps(
        {
            "uid": proposal.uid,
            "sequence": proposal.sequence,
            "method": proposal.method,
            "start": proposal.start.isoformat() if proposal.start else None,
            "end": proposal.end.isoformat() if proposal.end else None,
            "all_day": proposal.all_day,
            "summary": proposal.summary,
            "company": proposal.company,
            "role": proposal.role,
            "organizer": address(proposal.organizer),
            "attendees": [address(a) for a in proposal.attendees],
            "domains": list(proposal.domains),
            "location": proposal.location,
            "cancelled": proposal.cancelled,
            "notes": list(proposal.notes),
            "sources": list(proposal.sources),
            "timezone": proposal.timezone,
            "agency": None
            if agency is None
            else {"name": agency.name, "contacts": [[c.name, c.email] for c in agency.contacts]},
        },
    )


def proposal_from_row(row: sqlite3.Row) -> StoredProposal:
    """A proposals row as a stored proposal."""
    data = json.loads(row["data"])
    organizer = data["organizer"]
    agency = data.get("agency")
    proposal = ProposedInterview(
        uid=data["uid"],
        sequence=int(data["sequence"]),
        method=data["method"],
        start=datetime.fromisoformat(data["start"]) if data["start"] else None,
        end=datetime.fromisoformat(data["end"]) if data["end"] else None,
        all_day=bool(data["all_day"]),
        summary=data["summary"],
        company=data["company"],
        role=data["role"],
        organizer=Address(*organizer) if organizer else None,
        attendees=tuple(Address(n, e) for n, e in data["attendees"]),
        domains=tuple(data["domains"]),
        location=data["location"],
        cancelled=bool(data["cancelled"]),
        notes=tuple(data["notes"]),
        kind=ProposalKind(row["kind"]),
        evidence=tuple(json.loads(row["evidence"])),
        sources=tuple(data.get("sources", ())),
        confidence=float(row["confidence"]),
        timezone=data.get("timezone"),
        agency=None
        if agency is None
        else Agency(agency["name"], tuple(Contact(n, e) for n, e in agency["contacts"])),
    )
    updated = from_text(row["updated_at"]) or datetime.min.replace(tzinfo=UTC)
    return StoredProposal(proposal, ProposalStatus(row["status"]), row["interview_id"], updated)
