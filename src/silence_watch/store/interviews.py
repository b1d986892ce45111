"""Interviews, the proposals of calendar invitations, and the event log (shell)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from silence_watch.core.errors import NotFoundError
from silence_watch.core.model import EventKind, ProposalStatus
from silence_watch.store.rows import (
    StoredProposal,
    from_text,
    interview_from_row,
    interview_values,
    natural_key,
    proposal_from_row,
    proposal_json,
    to_text,
)
from silence_watch.store.schema import Database

if TYPE_CHECKING:
    from collections.abc import Iterable

    from silence_watch.core.invites import ProposedInterview
    from silence_watch.core.model import Interview


class InterviewQueries(Database):
    """Queries of interviews, proposals and events."""

    def upsert_interview(self, interview: Interview, *, source: str, now: datetime) -> int:
        """Insert or update an interview by its natural key; return its id."""
        key = natural_key(interview)
        values = interview_values(interview)
        with self.transaction():
            row = self._db.execute(
                "SELECT id FROM interviews WHERE natural_key = ?",
                (key,),
            ).fetchone()
            if row is not None:
                self._db.execute(
                    "UPDATE interviews SET company=:company, role=:role, date=:date,"
                    " timezone=:timezone, contacts=:contacts, domains=:domains,"
                    " expect_reply_by=:expect_reply_by, agency=:agency WHERE id=:id",
                    {**values, "id": row["id"]},
                )
                return int(row["id"])
            cursor = self._db.execute(
                "INSERT INTO interviews (natural_key, source, company, role, date, timezone,"
                " contacts, domains, expect_reply_by, agency, created_at) VALUES (:key, :source,"
                " :company, :role, :date, :timezone, :contacts, :domains, :expect_reply_by,"
                " :agency, :now)",
                {**values, "key": key, "source": source, "now": to_text(now)},
            )
            return int(cursor.lastrowid or 0)

    def interviews(self, *, include_closed: bool = True) -> list[Interview]:
        """Every interview, oldest first."""
        sql = "SELECT * FROM interviews"
        if not include_closed:
            sql += " WHERE closed_at IS NULL"
        rows = self._db.execute(sql + " ORDER BY date, id").fetchall()
        return [interview_from_row(row) for row in rows]

    def interview(self, interview_id: int) -> Interview:
        """One interview by id, or ``NotFoundError``."""
        row = self._db.execute("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no interview with id {interview_id}")
        return interview_from_row(row)

    def interview_source(self, interview_id: int) -> str:
        """Where the interview came from: ``config``, ``cli`` or ``invite``."""
        row = self._db.execute(
            "SELECT source FROM interviews WHERE id = ?",
            (interview_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no interview with id {interview_id}")
        return str(row["source"])

    def set_interview_control(
        self,
        interview_id: int,
        *,
        closed_at: datetime | None = None,
        reopen: bool = False,
        stopped: bool | None = None,
        snoozed_until: datetime | None = None,
    ) -> None:
        """Close, reopen, stop or snooze an interview."""
        self.interview(interview_id)
        with self.transaction():
            if closed_at is not None:
                self._db.execute(
                    "UPDATE interviews SET closed_at = ? WHERE id = ?",
                    (to_text(closed_at), interview_id),
                )
            if reopen:
                self._db.execute(
                    "UPDATE interviews SET closed_at = NULL WHERE id = ?",
                    (interview_id,),
                )
            if stopped is not None:
                self._db.execute(
                    "UPDATE interviews SET stopped = ? WHERE id = ?",
                    (int(stopped), interview_id),
                )
            if snoozed_until is not None:
                self._db.execute(
                    "UPDATE interviews SET snoozed_until = ? WHERE id = ?",
                    (to_text(snoozed_until), interview_id),
                )

    def proposals(
        self, statuses: Iterable[ProposalStatus] = (ProposalStatus.PROPOSED,)
    ) -> list[StoredProposal]:
        """Proposals in ``statuses``, by start time."""
        wanted = [status.value for status in statuses]
        rows = self._db.execute(
            f"SELECT * FROM proposals WHERE status IN ({','.join('?' * len(wanted))})"  # noqa: S608 - placeholders only
            " ORDER BY updated_at",
            wanted,
        ).fetchall()
        found = [proposal_from_row(row) for row in rows]
        return sorted(found, key=lambda p: p.proposal.start or p.updated_at)

    def proposal(self, uid: str) -> StoredProposal:
        """One proposal by its invitation UID, or ``NotFoundError``."""
        row = self._db.execute("SELECT * FROM proposals WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no proposed interview with id {uid!r}")
        return proposal_from_row(row)

    def save_proposal(self, proposal: ProposedInterview, now: datetime) -> None:
        """Store the current state of a proposal (the caller applied the iTIP rules)."""
        status = ProposalStatus.CANCELLED if proposal.cancelled else ProposalStatus.PROPOSED
        with self.transaction():
            self._db.execute(
                "INSERT INTO proposals (uid, sequence, data, status, updated_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT (uid) DO UPDATE SET sequence=excluded.sequence,"
                " data=excluded.data, updated_at=excluded.updated_at, status=CASE"
                " WHEN proposals.status IN ('accepted', 'dismissed') THEN proposals.status"
                " ELSE excluded.status END",
                (
                    proposal.uid,
                    proposal.sequence,
                    proposal_json(proposal),
                    status.value,
                    to_text(now),
                ),
            )

    def settle_proposal(
        self,
        uid: str,
        status: ProposalStatus,
        interview_id: int | None,
        now: datetime,
    ) -> None:
        """Mark a proposal accepted (as interview ``interview_id``) or dismissed."""
        with self.transaction():
            self._db.execute(
                "UPDATE proposals SET status = ?, interview_id = ?, updated_at = ? WHERE uid = ?",
                (status.value, interview_id, to_text(now), uid),
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
