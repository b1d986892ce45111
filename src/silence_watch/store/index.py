"""The header index: messages, where each copy lives, sync cursors, remembered facts (shell).

Every message is indexed once by identity (its Message-ID, else a hash of its headers);
its classification and its match to an interview are saved beside it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from silence_watch.core.model import Cursor, Direction
from silence_watch.core.repeats import without_repeats
from silence_watch.store.rows import (
    TIMELINE_COLUMNS,
    NewMessage,
    StoredMessage,
    addresses_from_json,
    day_text,
    entry_from_row,
    from_text,
    message_identity,
    message_values,
    reading_from_row,
    stored_from_row,
    to_text,
)
from silence_watch.store.schema import Database

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from silence_watch.core.classify import Classification
    from silence_watch.core.match import Match
    from silence_watch.core.model import Message, TimelineEntry
    from silence_watch.core.readings import MailReading


class IndexQueries(Database):
    """Queries of the header index."""

    def add_message(
        self,
        message: Message,
        raw_headers: bytes,
        *,
        source: str,
        folder: str,
        key: str,
        direction: Direction,
        now: datetime,
    ) -> tuple[int, bool]:
        """Index one message (deduplicated by identity); return its row id and whether it is new."""
        item = NewMessage(message, raw_headers, folder, key, direction)
        ((pk, is_new),) = self.add_messages([item], source=source, now=now)
        return pk, is_new

    def add_messages(
        self,
        items: Sequence[NewMessage],
        *,
        source: str,
        now: datetime,
    ) -> list[tuple[int, bool]]:
        """Index a batch (deduplicated by identity); per item, its row id and whether it is new.

        One identity lookup and two bulk inserts a batch instead of three statements a
        message: the first-run index of a large mailbox spends much of its time here.
        """
        identities = [message_identity(i.message, i.raw_headers) for i in items]
        with self.transaction():
            known = self._ids_of(identities)
            fresh: dict[str, NewMessage] = {}
            for identity, item in zip(identities, items, strict=True):
                if identity not in known:
                    fresh.setdefault(identity, item)
            self._db.executemany(
                "INSERT INTO messages (identity, message_id, date, sender, sender_name,"
                " recipients, reply_to, subject, in_reply_to, refs, headers, defects,"
                " direction, indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [message_values(identity, item, now) for identity, item in fresh.items()],
            )
            ids = {**known, **self._ids_of(list(fresh))}
            self._db.executemany(
                "INSERT OR IGNORE INTO message_locations (message, source, folder, key)"
                " VALUES (?,?,?,?)",
                [
                    (ids[identity], source, item.folder, item.key)
                    for identity, item in zip(identities, items, strict=True)
                ],
            )
        seen: set[str] = set()
        result = []
        for identity in identities:
            result.append((ids[identity], identity in fresh and identity not in seen))
            seen.add(identity)
        return result

    def _ids_of(self, identities: Sequence[str]) -> dict[str, int]:
        """Row ids of the messages with these identities that are already indexed."""
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(identities))
        for start in range(0, len(unique), 500):  # well under SQLite's variable limit
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT id, identity FROM messages WHERE identity IN ({marks})",  # noqa: S608 - placeholders only
                chunk,
            )
            found.update({str(row["identity"]): int(row["id"]) for row in rows})
        return found

    def known_keys(self, source: str, folder: str) -> set[str]:
        """Keys of ``folder`` already in the index."""
        rows = self._db.execute(
            "SELECT key FROM message_locations WHERE source = ? AND folder = ?",
            (source, folder),
        )
        return {str(row["key"]) for row in rows}

    def forget_folder(self, source: str, folder: str) -> None:
        """Drop the locations of a folder whose identity changed (messages stay)."""
        with self.transaction():
            self._db.execute(
                "DELETE FROM message_locations WHERE source = ? AND folder = ?",
                (source, folder),
            )

    def locations_of(self, pks: Iterable[int]) -> dict[int, tuple[str, str, str]]:
        """Where one copy of each message is, by pk: (source, folder, key).

        One pass over the locations per few hundred messages instead of one a message;
        the copy chosen is the first stored.
        """
        found: dict[int, tuple[str, str, str]] = {}
        unique = list(dict.fromkeys(pks))
        for start in range(0, len(unique), 500):  # well under SQLite's variable limit
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT message, source, folder, key FROM message_locations"  # noqa: S608 - placeholders only
                f" WHERE message IN ({marks}) ORDER BY rowid",
                chunk,
            )
            for row in rows:
                found.setdefault(int(row[0]), (str(row[1]), str(row[2]), str(row[3])))
        return found

    def cursor(self, source: str, folder: str) -> Cursor | None:
        """The saved sync cursor of a folder."""
        row = self._db.execute(
            "SELECT validity, last_uid, modseq FROM sync_cursors WHERE source=? AND folder=?",
            (source, folder),
        ).fetchone()
        if row is None:
            return None
        return Cursor(int(row[0]), int(row[1]), int(row[2]))

    def save_cursor(self, source: str, folder: str, cursor: Cursor, now: datetime) -> None:
        """Remember how far a folder is indexed."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO sync_cursors (source, folder, validity, last_uid, modseq, updated_at)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT (source, folder) DO UPDATE SET"
                " validity=excluded.validity, last_uid=excluded.last_uid,"
                " modseq=excluded.modseq, updated_at=excluded.updated_at",
                (source, folder, cursor.validity, cursor.last_uid, cursor.modseq, to_text(now)),
            )

    def save_classification(  # noqa: PLR0913 - what the reading found, keyword-only
        self, pk: int, result: Classification, *, body_read: bool, calendar: str = "",
        withdrew: str | None = None, accepted: str | None = None, feedback: str = "",
        told_no: str | None = None, through_agency: str = "", asked_back: str | None = None,
    ) -> None:
        """Store how a message was understood (withdrawn, accepted: the candidate's words)."""
        with self.transaction():
            self._db.execute(
                "UPDATE messages SET kind=?, intent=?, cold=?, promised_by=?, return_date=?,"
                " bounced=?, reasons=?, body_read=?, confidence=?, revisit_by=?, calendar=?,"
                " withdrew=?, accepted=?, feedback=?, retracts=?, told_no=?, through_agency=?,"
                " asked_back=? WHERE id=?",
                (
                    result.kind.value,
                    result.intent.value if result.intent else None,
                    int(result.cold),
                    day_text(result.promised_by),
                    day_text(result.return_date),
                    json.dumps(list(result.bounced_recipients)),
                    json.dumps(list(result.reasons)),
                    int(body_read),
                    result.confidence,
                    day_text(result.revisit_by),
                    calendar, withdrew, accepted, feedback, int(result.retracts), told_no,
                    through_agency, asked_back, pk,
                ),
            )

    def redate(self, pk: int, when: datetime) -> None:
        """Correct a message's date (a wrong sender clock, read from Received)."""
        with self.transaction():
            self._db.execute("UPDATE messages SET date=? WHERE id=?", (to_text(when), pk))

    def save_match(self, pk: int, match: Match | None) -> None:
        """Tie a message to an interview (or untie it)."""
        with self.transaction():
            self._db.execute(
                "UPDATE messages SET interview_id=?, match_confidence=?, match_reason=?,"
                " via_agency=? WHERE id=?",
                (
                    match.interview_id if match else None,
                    match.confidence if match else None,
                    match.reason if match else None,
                    int(match.via_agency) if match else 0,
                    pk,
                ),
            )

    def move_match(self, pk: int, interview_id: int, reason: str) -> None:
        """Tie a matched message to another interview, as sure as before (and as relayed)."""
        with self.transaction():
            self._db.execute(
                "UPDATE messages SET interview_id=?, match_reason=? WHERE id=?",
                (interview_id, reason, pk),
            )

    def messages(
        self,
        *,
        unmatched: bool = False,
        interview_id: int | None = None,
        ids: Iterable[int] | None = None,
    ) -> list[StoredMessage]:
        """Indexed messages, oldest first, filtered."""
        sql = "SELECT * FROM messages"
        clauses: list[str] = []
        params: list[Any] = []
        if unmatched:
            clauses.append("interview_id IS NULL")
        if interview_id is not None:
            clauses.append("interview_id = ?")
            params.append(interview_id)
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return []
            clauses.append(f"id IN ({','.join('?' * len(id_list))})")
            params.extend(id_list)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        rows = self._db.execute(sql + " ORDER BY date, id", params).fetchall()
        return [stored_from_row(row) for row in rows]

    def message_order(
        self, *, unmatched: bool = False, ids: Iterable[int] | None = None
    ) -> list[int]:
        """The ids ``messages`` would return, in its order (date, then id), without the rows.

        A first run reads its 100,000 new messages a couple of thousand at a time, in this
        order, instead of holding them all.
        """
        if ids is None:
            where = " WHERE interview_id IS NULL" if unmatched else ""
            rows = self._db.execute(f"SELECT id FROM messages{where} ORDER BY date, id")  # noqa: S608 - no input in it
            return [int(row[0]) for row in rows]
        found: list[tuple[bool, str, int]] = []
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), 500):  # well under SQLite's variable limit
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT id, date FROM messages WHERE id IN ({marks})"  # noqa: S608 - placeholders only
                + (" AND interview_id IS NULL" if unmatched else ""),
                chunk,
            )
            # SQLite orders NULL dates first; the dates are ISO text in UTC, sortable as text.
            found += [(row[1] is not None, str(row[1] or ""), int(row[0])) for row in rows]
        return [pk for _, _, pk in sorted(found)]

    def thread_owners(self) -> dict[str, int]:
        """Message-ID -> interview id, for every matched message."""
        rows = self._db.execute(
            "SELECT message_id, interview_id FROM messages"
            " WHERE interview_id IS NOT NULL AND message_id IS NOT NULL",
        )
        owners = {str(row[0]): int(row[1]) for row in rows}
        sent = self._db.execute("SELECT message_id, interview_id FROM outbox JOIN drafts"
                                " ON drafts.id = outbox.draft_id")
        owners.update({str(row[0]): int(row[1]) for row in sent})
        return owners

    def timeline(self, interview_id: int) -> list[TimelineEntry]:
        """The classified messages of one interview's whole process, oldest first.

        Every round of the application shares one timeline; the candidate's corrections
        replace how a message was read, and a message they said is not about this process
        is left out.
        """
        rows = self._db.execute(
            f"SELECT {TIMELINE_COLUMNS}, corrections.intent AS corrected_intent FROM messages"  # noqa: S608 - a constant
            " LEFT JOIN corrections ON corrections.message_id = messages.message_id"
            " WHERE messages.interview_id IN (SELECT id FROM interviews WHERE process_id ="
            " (SELECT process_id FROM interviews WHERE id = ?))"
            " AND messages.date IS NOT NULL AND messages.kind IS NOT NULL"
            " AND (corrections.not_about IS NULL OR corrections.not_about !="
            " (SELECT process_id FROM interviews WHERE id = ?))"
            " ORDER BY messages.date, messages.id",
            (interview_id, interview_id),
        ).fetchall()
        return without_repeats([entry_from_row(row) for row in rows])  # a mail sent twice: once

    def readings_since(
        self, since: datetime | None, *, dated_after: datetime | None = None
    ) -> list[MailReading]:
        """Every message from a process's other side indexed after ``since``, as read.

        People, their hiring systems and their out-of-office replies; corrected readings
        replace the original ones. ``dated_after`` leaves out older mail (a first sync
        indexes a mailbox's whole history at once).
        """
        rows = self._db.execute(
            "SELECT messages.*, corrections.intent AS corrected_intent,"
            " processes.company AS company, processes.id AS pid FROM messages"
            " JOIN interviews ON interviews.id = messages.interview_id"
            " JOIN processes ON processes.id = interviews.process_id"
            " LEFT JOIN corrections ON corrections.message_id = messages.message_id"
            " WHERE messages.direction = 'inbound' AND messages.message_id IS NOT NULL"
            " AND messages.kind IN ('human', 'automated', 'auto_reply')"
            " AND (corrections.not_about IS NULL OR corrections.not_about != processes.id)"
            " AND (? IS NULL OR messages.indexed_at > ?) AND (? IS NULL OR messages.date > ?)"
            " ORDER BY messages.date, messages.id",
            (to_text(since), to_text(since), to_text(dated_after), to_text(dated_after)),
        ).fetchall()
        return [reading_from_row(row) for row in rows if row["date"] is not None]

    def correct(
        self,
        message_id: str,
        *,
        now: datetime,
        intent: str | None = None,
        not_about: int | None = None,
    ) -> None:
        """Remember the candidate's correction of how a message was read (latest wins)."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO corrections (message_id, intent, not_about, at) VALUES (?,?,?,?)"
                " ON CONFLICT (message_id) DO UPDATE SET"
                " intent = coalesce(excluded.intent, corrections.intent),"
                " not_about = coalesce(excluded.not_about, corrections.not_about),"
                " at = excluded.at",
                (message_id, intent, not_about, to_text(now)),
            )

    def count_messages(self) -> int:
        """How many distinct messages are indexed."""
        return int(self._db.execute("SELECT count(*) FROM messages").fetchone()[0])

    def meta(self, key: str) -> str | None:
        """A remembered value, or None."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Remember a value."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def correspondence(self, domains: Iterable[str]) -> list[tuple[str, str, datetime]]:
        """(email, name, date) of every person at ``domains`` (or subdomains) in the index.

        Senders of inbound mail and recipients of the candidate's mail; the caller decides
        who counts as a connection.
        """
        found: list[tuple[str, str, datetime]] = []
        seen: set[int] = set()
        for domain in domains:
            rows = self._db.execute(
                "SELECT id, sender, sender_name, recipients, direction, date FROM messages"
                " WHERE date IS NOT NULL AND (sender LIKE ? OR recipients LIKE ?)",
                (f"%{domain}", f'%{domain}"%'),
            )
            for row in rows:
                if row["id"] in seen:
                    continue
                seen.add(row["id"])
                at = from_text(row["date"]) or datetime.min.replace(tzinfo=UTC)
                if row["direction"] == Direction.INBOUND.value and row["sender"]:
                    found.append((row["sender"], row["sender_name"], at))
                elif row["direction"] == Direction.OUTBOUND.value:
                    found += [(a.email, a.name, at) for a in addresses_from_json(row["recipients"])]
        return found

    def messages_by_id(self, message_id: str) -> list[StoredMessage]:
        """The indexed messages with this Message-ID (one, unless it was stored twice)."""
        rows = self._db.execute(
            "SELECT * FROM messages WHERE message_id = ? ORDER BY id", (message_id,)
        ).fetchall()
        return [stored_from_row(row) for row in rows]

    def message_id_indexed(self, message_id: str) -> bool:
        """True when a message with this Message-ID is in the index (any folder)."""
        row = self._db.execute(
            "SELECT 1 FROM messages WHERE message_id = ?", (message_id,)
        ).fetchone()
        return row is not None

    def bounce_reports(self) -> list[tuple[str, str]]:
        """(failed address, Message-ID of the report) of every indexed bounce."""
        rows = self._db.execute("SELECT bounced, message_id FROM messages WHERE kind = 'bounce'")
        return [
            (str(address).lower(), str(row[1] or ""))
            for row in rows
            for address in json.loads(row[0])
        ]
