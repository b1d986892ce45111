"""The draft queue and the outbox: the one place a draft's status or an item's state changes.

``apply`` is the only writer. It reads where the draft and its outgoing message stand,
asks ``core.lifecycle`` where the event leads (a move the tables do not list raises
``TransitionError`` naming the state and the event), and writes both sides with a
compare-and-swap inside one transaction (shell: SQL).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.errors import ConflictError, NotFoundError, TransitionError
from silence_watch.core.lifecycle import (
    DRAFT_EVENTS,
    OUTBOX_EVENTS,
    OUTBOX_TABLE,
    Event,
    next_draft_status,
    next_outbox_state,
)
from silence_watch.core.model import DraftStatus, OutboxState
from silence_watch.store.rows import (
    approval_from_row,
    draft_from_row,
    from_text,
    outbox_from_row,
    to_text,
)
from silence_watch.store.schema import Database

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from silence_watch.core.model import Approval, Draft, NewDraft, OutboxItem


log = logging.getLogger(__name__)


def lifecycle_line(
    draft: Draft,
    event: Event,
    status: DraftStatus,
    item: OutboxItem | None,
    state: OutboxState | None,
    change: Change,
) -> str:
    """One log line for one move: which draft, to whom, for which interview, from what to what.

    Never the body: the kind, the recipient and the interview say which one it is.
    """
    what = draft.kind.replace("_", " ")
    line = (
        f"draft {draft.id} ({what} to {draft.to_addr}, interview {draft.interview_id}): "
        f"{event.value}: {draft.status.value} -> {status.value}"
    )
    if state is not None:
        before = item.state.value if item is not None else "none"
        line += f"; its message {before} -> {state.value}"
    if change.approval is not None:
        line += f"; approved via {change.approval[0]}"
    if change.detail:
        line += f" ({change.detail})"
    return line


@dataclass(frozen=True, slots=True)
class Change:
    """What an event carries besides the move itself.

    ``body``: an edit's new text; ``snoozed_until``: a snooze's end; ``approval``: (via,
    send_at) of an approval; ``outgoing``: (Message-ID, bytes) committed by Prepare or
    Stage; ``detail``: a note kept on the outgoing message.
    """

    body: str | None = None
    snoozed_until: datetime | None = None
    approval: tuple[str, datetime] | None = None
    outgoing: tuple[str, bytes] | None = None
    detail: str | None = None


class QueueQueries(Database):
    """Queries of drafts, approvals and the outbox, and the one writer of their states."""

    def add_draft(self, draft: NewDraft, now: datetime) -> int | None:
        """Queue a draft unless one already exists for its slot; return its id or None."""
        with self.transaction():
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO drafts (interview_id, kind, slot, to_addr, to_name,"
                " subject, body, in_reply_to, refs, status, due_at, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    draft.interview_id,
                    draft.kind,
                    draft.slot,
                    draft.to_addr,
                    draft.to_name,
                    draft.subject,
                    draft.body,
                    draft.in_reply_to,
                    json.dumps(list(draft.references)),
                    DraftStatus.QUEUED.value,
                    to_text(draft.due_at),
                    to_text(now),
                    to_text(now),
                ),
            )
        return int(cursor.lastrowid) if cursor.rowcount > 0 and cursor.lastrowid else None

    def has_draft(self, interview_id: int, slot: str) -> bool:
        """True when a draft for this slot exists, whatever its status."""
        row = self._db.execute(
            "SELECT 1 FROM drafts WHERE interview_id = ? AND slot = ?",
            (interview_id, slot),
        ).fetchone()
        return row is not None

    def has_draft_for(self, interview_ids: Iterable[int], slot: str) -> bool:
        """True when any of these rounds (one process) has a draft for this slot."""
        ids = list(interview_ids)
        marks = ",".join("?" * len(ids)) or "NULL"
        row = self._db.execute(
            f"SELECT 1 FROM drafts WHERE slot = ? AND interview_id IN ({marks})",  # noqa: S608 - placeholders only
            [slot, *ids],
        ).fetchone()
        return row is not None

    def drafts_in_slot(self, interview_ids: Iterable[int], slot: str) -> list[Draft]:
        """Every draft of these rounds (one process) made for this slot, or a retry of it."""
        ids = list(interview_ids)
        marks = ",".join("?" * len(ids)) or "NULL"
        rows = self._db.execute(
            f"SELECT * FROM drafts WHERE (slot = ? OR slot LIKE ?) AND interview_id IN ({marks})"  # noqa: S608 - placeholders only
            " ORDER BY id",
            [slot, f"{slot}>%", *ids],
        ).fetchall()
        return [draft_from_row(row) for row in rows]

    def rethread(
        self, draft_id: int, subject: str, in_reply_to: str, references: tuple[str, ...]
    ) -> None:
        """Point a draft at the thread it answers (its status does not change)."""
        with self.transaction():
            self._db.execute(
                "UPDATE drafts SET subject = ?, in_reply_to = ?, refs = ? WHERE id = ?"
                " AND in_reply_to IS NULL",
                (subject, in_reply_to, json.dumps(list(references)), draft_id),
            )

    def drafts(
        self, statuses: Iterable[DraftStatus] | None = None, rounds: Iterable[int] | None = None
    ) -> list[Draft]:
        """Drafts, oldest first, optionally only in ``statuses`` and of ``rounds``.

        A cycle asks for each process's own drafts: reading every queued draft for each
        process read 4,242 rows for 50 processes at 100k.
        """
        where, wanted = ["1"], list[object]()
        for column, values in (("status", statuses), ("interview_id", rounds)):
            if values is not None:
                chosen = [v.value if isinstance(v, DraftStatus) else v for v in values]
                where.append(f"{column} IN ({','.join('?' * len(chosen))})")
                wanted += chosen
        rows = self._db.execute(
            f"SELECT * FROM drafts WHERE {' AND '.join(where)} ORDER BY id",  # noqa: S608 - placeholders only
            wanted,
        ).fetchall()
        return [draft_from_row(row) for row in rows]

    def draft(self, draft_id: int) -> Draft:
        """One draft by id, or ``NotFoundError``."""
        row = self._db.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no draft with id {draft_id}")
        return draft_from_row(row)

    def approval(self, draft_id: int) -> Approval | None:
        """When and how a draft was approved, and when it may go out."""
        row = self._db.execute(
            "SELECT * FROM approvals WHERE draft_id = ?", (draft_id,)
        ).fetchone()
        return None if row is None else approval_from_row(row)

    def reschedule(self, draft_id: int, send_at: datetime) -> None:
        """Move an approved draft's send time (the day was full)."""
        with self.transaction():
            self._db.execute(
                "UPDATE approvals SET send_at = ? WHERE draft_id = ?",
                (to_text(send_at), draft_id),
            )

    def outbox(self, states: Iterable[OutboxState] | None = None) -> list[OutboxItem]:
        """Outbox items, oldest first, optionally only in ``states``."""
        if states is None:
            rows = self._db.execute("SELECT * FROM outbox ORDER BY id").fetchall()
        else:
            wanted = [state.value for state in states]
            rows = self._db.execute(
                f"SELECT * FROM outbox WHERE state IN ({','.join('?' * len(wanted))})"  # noqa: S608 - placeholders only
                " ORDER BY id",
                wanted,
            ).fetchall()
        return [outbox_from_row(row) for row in rows]

    def outbox_for(self, draft_id: int) -> OutboxItem | None:
        """The outbox item of a draft, if it has one."""
        row = self._db.execute("SELECT * FROM outbox WHERE draft_id = ?", (draft_id,)).fetchone()
        return None if row is None else outbox_from_row(row)

    def sent_times(self) -> list[datetime]:
        """When each follow-up went out (for the per-day limit)."""
        rows = self._db.execute("SELECT sent_at FROM outbox WHERE sent_at IS NOT NULL")
        return [moment for row in rows if (moment := from_text(row[0])) is not None]

    def apply(
        self,
        draft_id: int,
        event: Event,
        *,
        now: datetime,
        change: Change | None = None,
        expect: DraftStatus | None = None,
    ) -> Draft:
        """Move a draft and its outgoing message by ``event``, both or neither.

        ``expect``: the status the caller based its decision on; if the draft moved
        meanwhile, ``ConflictError`` and nothing changes. Returns the draft as it is now.
        """
        change = change or Change()
        with self.transaction(), self.savepoint():
            draft = self.draft(draft_id)
            if expect is not None and draft.status is not expect:
                raise ConflictError(
                    f"draft {draft_id} is now {draft.status.value}, not {expect.value};"
                    " nothing changed"
                )
            item = self.outbox_for(draft_id)
            moves_item = event in (OUTBOX_EVENTS if item is not None else OUTBOX_TABLE[None])
            if event not in DRAFT_EVENTS and not moves_item:
                where = "an outgoing message" if item is None else f"a {item.state.value} one"
                raise TransitionError(
                    f"can't handle event {event.value} for draft {draft_id}: it has {where}"
                )
            status = draft.status
            if event in DRAFT_EVENTS:
                status = next_draft_status(draft.status, event)
            state = next_outbox_state(item.state if item else None, event) if moves_item else None
            self._write_draft(draft, status, now, change)
            if state is not None:
                self._write_item(draft_id, item, state, now, change)
            if change.approval is not None:
                via, send_at = change.approval
                self._db.execute(
                    "INSERT OR REPLACE INTO approvals (draft_id, approved_at, via, send_at)"
                    " VALUES (?,?,?,?)",
                    (draft_id, to_text(now), via, to_text(send_at)),
                )
            moved = self.draft(draft_id)
        log.info("%s", lifecycle_line(draft, event, moved.status, item, state, change))
        return moved

    def _write_draft(
        self, draft: Draft, status: DraftStatus, now: datetime, change: Change
    ) -> None:
        cursor = self._db.execute(
            "UPDATE drafts SET status = ?, updated_at = ?, body = coalesce(?, body),"
            " snoozed_until = coalesce(?, snoozed_until) WHERE id = ? AND status = ?",
            (
                status.value,
                to_text(now),
                change.body,
                to_text(change.snoozed_until),
                draft.id,
                draft.status.value,
            ),
        )
        if cursor.rowcount != 1:
            raise ConflictError(f"draft {draft.id} changed meanwhile; nothing changed")

    def _write_item(
        self,
        draft_id: int,
        item: OutboxItem | None,
        state: OutboxState,
        now: datetime,
        change: Change,
    ) -> None:
        if item is None:
            if change.outgoing is None:
                raise TransitionError(f"draft {draft_id}: an outgoing message needs its bytes")
            message_id, raw = change.outgoing
            self._db.execute(
                "INSERT INTO outbox (draft_id, message_id, state, updated_at, raw, detail)"
                " VALUES (?,?,?,?,?,?)",
                (draft_id, message_id, state.value, to_text(now), raw, change.detail or ""),
            )
            return
        sent_at = to_text(now) if state is OutboxState.SENT else None
        cursor = self._db.execute(
            "UPDATE outbox SET state = ?, updated_at = ?, detail = coalesce(?, detail),"
            " sent_at = coalesce(?, sent_at) WHERE id = ? AND state = ?",
            (state.value, to_text(now), change.detail, sent_at, item.id, item.state.value),
        )
        if cursor.rowcount != 1:
            raise ConflictError(f"the message of draft {draft_id} changed meanwhile")
