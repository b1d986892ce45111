"""Digests we sent, the replies judged, and contacts whose mail bounced (shell)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from silence_watch.core.approval import token_hash
from silence_watch.core.model import DigestState
from silence_watch.store.rows import DigestRow, StoredMessage, from_text, stored_from_row, to_text
from silence_watch.store.schema import Database

if TYPE_CHECKING:
    from collections.abc import Iterable


class DigestQueries(Database):
    """Queries of digests, their replies and bounced contacts."""

    def add_digest(
        self,
        *,
        message_id: str,
        token: str,
        numbers: dict[int, int],
        now: datetime,
        items: dict[int, str] | None = None,
    ) -> None:
        """Remember a digest before it is handed to SMTP: its token's hash and numbering.

        ``numbers`` maps its draft numbers to draft ids, ``items`` its news numbers to the
        Message-IDs they are about.
        """
        with self.transaction():
            self._db.execute(
                "INSERT INTO digests (message_id, token_hash, numbers, state, sent_at, items)"
                " VALUES (?,?,?,?,?,?)",
                (message_id, token_hash(token), json.dumps(numbers), DigestState.SENDING.value,
                 to_text(now), json.dumps(items or {})),
            )  # fmt: skip

    def mark_digest(self, message_id: str, state: DigestState) -> None:
        """Record that a digest was accepted by the server (or failed)."""
        with self.transaction():
            self._db.execute(
                "UPDATE digests SET state = ? WHERE message_id = ?", (state.value, message_id)
            )

    def digests(self) -> list[DigestRow]:
        """Every digest, oldest first."""
        rows = self._db.execute("SELECT * FROM digests ORDER BY id").fetchall()
        return [
            DigestRow(
                message_id=row["message_id"],
                token_hash=row["token_hash"],
                numbers={int(k): int(v) for k, v in json.loads(row["numbers"]).items()},
                state=DigestState(row["state"]),
                sent_at=from_text(row["sent_at"]) or datetime.min.replace(tzinfo=UTC),
                answered_by=row["answered_by"],
                items={int(k): str(v) for k, v in json.loads(row["items"]).items()},
            )
            for row in rows
        ]

    def record_reply(
        self,
        message_id: str,
        *,
        digest_message_id: str | None,
        verdict: str,
        detail: str,
        now: datetime,
    ) -> bool:
        """Remember a judged reply (once); an accepted one marks its digest answered."""
        with self.transaction():
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO digest_replies (message_id, digest_message_id, verdict,"
                " detail, at) VALUES (?,?,?,?,?)",
                (message_id, digest_message_id, verdict, detail, to_text(now)),
            )
            if cursor.rowcount and verdict == "accepted" and digest_message_id:
                self._db.execute(
                    "UPDATE digests SET answered_by = ? WHERE message_id = ?"
                    " AND answered_by IS NULL",
                    (message_id, digest_message_id),
                )
        return cursor.rowcount > 0

    def reply_judged(self, message_id: str) -> bool:
        """True when this reply was already judged."""
        row = self._db.execute(
            "SELECT 1 FROM digest_replies WHERE message_id = ?", (message_id,)
        ).fetchone()
        return row is not None

    def refusals_to_report(self) -> list[tuple[str, str]]:
        """(message_id, detail) of refused replies no digest has reported yet."""
        rows = self._db.execute(
            "SELECT message_id, detail FROM digest_replies WHERE verdict = 'refused'"
            " AND reported = 0 ORDER BY at"
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    def mark_refusals_reported(self, message_ids: Iterable[str]) -> None:
        """The digest told the candidate about these refused replies."""
        with self.transaction():
            self._db.executemany(
                "UPDATE digest_replies SET reported = 1 WHERE message_id = ?",
                [(m,) for m in message_ids],
            )

    def mark_bounced(self, email: str, *, now: datetime, detail: str) -> bool:
        """Flag a contact whose mail bounced; True the first time."""
        with self.transaction():
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO bounced_contacts (email, at, detail) VALUES (?,?,?)",
                (email.lower(), to_text(now), detail),
            )
        return cursor.rowcount > 0

    def bounced_contacts(self) -> dict[str, str]:
        """Contacts flagged as bounced, with why."""
        rows = self._db.execute("SELECT email, detail FROM bounced_contacts ORDER BY at")
        return {str(r[0]): str(r[1]) for r in rows}

    def digest_replies(
        self, digest_message_ids: Iterable[str], after: int = 0, upto: int | None = None
    ) -> list[StoredMessage]:
        """Indexed messages that answer one of these digests, or whose subject says so.

        Only rows with ``after < id <= upto`` (index ids only grow: no message is deleted).
        """
        ids = list(digest_message_ids)
        marks = ",".join("?" * len(ids))
        # With no digest sent (drafts mode, no SMTP) nothing can answer one by its headers:
        # the subject alone is asked, without decoding every message's references (35 ms
        # at 100,000 messages).
        threaded = (
            "in_reply_to IN (" + marks + ") OR EXISTS (SELECT 1 FROM json_each(messages.refs)"  # noqa: S608 - placeholders only
            " WHERE value IN (" + marks + ")) OR " if ids else ""
        )
        rows = self._db.execute(
            "SELECT * FROM messages WHERE (" + threaded  # noqa: S608 - placeholders only
            + "subject LIKE '%silence-watch digest%')"
            " AND (message_id IS NULL OR message_id NOT IN (SELECT message_id FROM digests))"
            " AND id > ? AND id <= ? ORDER BY date, id",
            [*ids, *ids, after, self.last_message_pk() if upto is None else upto],
        ).fetchall()
        return [stored_from_row(row) for row in rows]

    def last_message_pk(self) -> int:
        """The highest index id so far (0 for none): a watermark for scans of new mail."""
        return int(self._db.execute("SELECT coalesce(max(id), 0) FROM messages").fetchone()[0])
