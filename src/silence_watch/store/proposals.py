"""Proposed interviews (from invitations and the rest of the mail), and the event log (shell)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from silence_watch.core.errors import NotFoundError
from silence_watch.core.model import EventKind, ProposalStatus
from silence_watch.store.proposalrows import StoredProposal, proposal_from_row, proposal_json
from silence_watch.store.rows import StoredMessage, from_text, stored_from_row, to_text
from silence_watch.store.schema import Database

if TYPE_CHECKING:
    from collections.abc import Iterable

    from silence_watch.core.invites import ProposedInterview


class ProposalQueries(Database):
    """Queries of proposals and the event log."""

    def proposals(
        self, statuses: Iterable[ProposalStatus] = (ProposalStatus.PROPOSED,)
    ) -> list[StoredProposal]:
        """Proposals in ``statuses`` (none merged into another), by start time."""
        wanted = [status.value for status in statuses]
        rows = self._db.execute(
            f"SELECT * FROM proposals WHERE status IN ({','.join('?' * len(wanted))})"  # noqa: S608 - placeholders only
            " AND merged_into IS NULL ORDER BY created_at, updated_at",
            wanted,
        ).fetchall()
        found = [proposal_from_row(row) for row in rows]
        return sorted(found, key=lambda p: p.proposal.start or p.updated_at)

    def proposal(self, uid: str) -> StoredProposal:
        """One proposal by its id (the one it was merged into), or ``NotFoundError``."""
        row = self._db.execute(
            "SELECT * FROM proposals WHERE uid = coalesce("
            "(SELECT merged_into FROM proposals WHERE uid = ?), ?)",
            (uid, uid),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no proposed interview with id {uid!r}")
        return proposal_from_row(row)

    def save_proposal(self, proposal: ProposedInterview, now: datetime) -> None:
        """Store the current state of a proposal (the caller applied the iTIP rules).

        An accepted or dismissed proposal keeps its status: seeing it again changes
        what it says, never the candidate's answer.
        """
        status = ProposalStatus.CANCELLED if proposal.cancelled else ProposalStatus.PROPOSED
        with self.transaction():
            self._db.execute(
                "INSERT INTO proposals (uid, sequence, data, status, updated_at, kind, evidence,"
                " confidence, created_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (uid) DO UPDATE"
                " SET sequence=excluded.sequence, data=excluded.data,"
                " updated_at=excluded.updated_at, kind=excluded.kind, evidence=excluded.evidence,"
                " confidence=excluded.confidence, status=CASE"
                " WHEN proposals.status IN ('accepted', 'dismissed') THEN proposals.status"
                " ELSE excluded.status END",
                (
                    proposal.uid,
                    proposal.sequence,
                    proposal_json(proposal),
                    status.value,
                    to_text(now),
                    proposal.kind.value,
                    json.dumps(list(proposal.evidence)),
                    proposal.confidence,
                    to_text(now),
                ),
            )

    def invitations_of_round(self, interview_id: int) -> list[StoredProposal]:
        """Every invitation (by UID, none merged away) settled as round ``interview_id``.

        One interview can come in two invitations: a scheduling tool's booking and the
        recruiter's own copy of it for the same hour.
        """
        rows = self._db.execute(
            "SELECT * FROM proposals WHERE interview_id = ? AND merged_into IS NULL",
            (interview_id,),
        ).fetchall()
        return [proposal_from_row(row) for row in rows]

    def merge_proposal(self, uid: str, into: str, now: datetime) -> None:
        """Proposal ``uid`` saw the same round as ``into``: it answers as ``into`` from now on.

        ``into`` takes its status when it had one the candidate gave (accepted, dismissed).
        """
        with self.transaction():
            old = self._db.execute(
                "SELECT status, interview_id FROM proposals WHERE uid = ?", (uid,)
            ).fetchone()
            if old is not None and old["status"] in ("accepted", "dismissed"):
                self._db.execute(
                    "UPDATE proposals SET status = ?, interview_id = ? WHERE uid = ?",
                    (old["status"], old["interview_id"], into),
                )
            self._db.execute(
                "UPDATE proposals SET merged_into = ?, updated_at = ? WHERE uid = ?",
                (into, to_text(now), uid),
            )
            self._db.execute(
                "UPDATE proposals SET merged_into = ? WHERE merged_into = ?", (into, uid)
            )

    def messages_since(self, since: datetime, *, after: int = 0) -> list[StoredMessage]:
        """Indexed messages dated ``since`` or later with an id above ``after``, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM messages WHERE date >= ? AND id > ? ORDER BY date, id",
            (to_text(since), after),
        ).fetchall()
        return [stored_from_row(row) for row in rows]

    def settle_proposal(
        self,
        uid: str,
        status: ProposalStatus,
        interview_id: int | None,
        now: datetime,
    ) -> None:
        """Mark a proposal (or the one it was merged into) accepted as a round, or dismissed."""
        with self.transaction():
            self._db.execute(
                "UPDATE proposals SET status = ?, interview_id = ?, updated_at = ? WHERE uid ="
                " coalesce((SELECT merged_into FROM proposals WHERE uid = ?), ?)",
                (status.value, interview_id, to_text(now), uid, uid),
            )

    def add_event(
        self,
        kind: EventKind,
        detail: str,
        *,
        at: datetime,
        interview_id: int | None = None,
        dedupe: str | None = None,
    ) -> bool:
        """Record something that happened; with ``dedupe``, only once. True when recorded."""
        with self.transaction():
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO events (interview_id, at, kind, detail, dedupe)"
                " VALUES (?,?,?,?,?)",
                (interview_id, to_text(at), kind.value, detail, dedupe),
            )
        return cursor.rowcount > 0

    def events(self, interview_id: int | None = None) -> list[tuple[datetime, EventKind, str]]:
        """(at, kind, detail) of recorded events, oldest first."""
        if interview_id is None:
            rows = self._db.execute("SELECT at, kind, detail FROM events ORDER BY at, id")
        else:
            rows = self._db.execute(
                "SELECT at, kind, detail FROM events WHERE interview_id = ? ORDER BY at, id",
                (interview_id,),
            )
        never = datetime.min.replace(tzinfo=UTC)
        return [(from_text(r[0]) or never, EventKind(r[1]), r[2]) for r in rows]
