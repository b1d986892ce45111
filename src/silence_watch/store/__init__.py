"""All SQL lives here: the state database under ``state_dir`` (shell: touches the disk).

SQLite in WAL mode, file mode 0600, numbered migrations tracked by ``PRAGMA
user_version``, each applied in its own transaction. Times are stored as ISO-8601 UTC
text. Nothing outside this module writes SQL.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from silence_watch.core.errors import NotFoundError, StateError
from silence_watch.core.invites import ProposedInterview
from silence_watch.core.model import (
    Address,
    Agency,
    Contact,
    Cursor,
    Direction,
    DraftStatus,
    Intent,
    Interview,
    Message,
    MessageKind,
    TimelineEntry,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from silence_watch.core.classify import Classification
    from silence_watch.core.match import Match

DB_NAME = "state.sqlite3"

MIGRATIONS: tuple[str, ...] = (
    # 1: the header index, interviews, their timelines, drafts, the outbox and cursors.
    """
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        identity TEXT NOT NULL UNIQUE,
        message_id TEXT,
        date TEXT,
        sender TEXT,
        sender_name TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '[]',
        reply_to TEXT NOT NULL DEFAULT '[]',
        subject TEXT NOT NULL DEFAULT '',
        in_reply_to TEXT,
        refs TEXT NOT NULL DEFAULT '[]',
        headers TEXT NOT NULL DEFAULT '{}',
        defects TEXT NOT NULL DEFAULT '[]',
        thread_id INTEGER REFERENCES threads(id),
        direction TEXT,
        kind TEXT,
        intent TEXT,
        cold INTEGER NOT NULL DEFAULT 0,
        promised_by TEXT,
        return_date TEXT,
        bounced TEXT NOT NULL DEFAULT '[]',
        reasons TEXT NOT NULL DEFAULT '[]',
        body_read INTEGER NOT NULL DEFAULT 0,
        interview_id INTEGER REFERENCES interviews(id),
        match_confidence REAL,
        match_reason TEXT,
        indexed_at TEXT NOT NULL
    );
    CREATE INDEX messages_message_id ON messages(message_id);
    CREATE INDEX messages_interview ON messages(interview_id, date);
    CREATE TABLE message_locations (
        message INTEGER NOT NULL REFERENCES messages(id),
        source TEXT NOT NULL,
        folder TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (source, folder, key)
    );
    CREATE TABLE threads (
        id INTEGER PRIMARY KEY,
        root_message_id TEXT,
        subject TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        natural_key TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        company TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        timezone TEXT,
        contacts TEXT NOT NULL DEFAULT '[]',
        domains TEXT NOT NULL DEFAULT '[]',
        expect_reply_by TEXT,
        agency TEXT,
        closed_at TEXT,
        stopped INTEGER NOT NULL DEFAULT 0,
        snoozed_until TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER REFERENCES interviews(id),
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        dedupe TEXT UNIQUE
    );
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews(id),
        kind TEXT NOT NULL,
        slot TEXT NOT NULL,
        to_addr TEXT NOT NULL,
        to_name TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        in_reply_to TEXT,
        refs TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        due_at TEXT,
        snoozed_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (interview_id, slot)
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL UNIQUE REFERENCES drafts(id),
        message_id TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE sync_cursors (
        source TEXT NOT NULL,
        folder TEXT NOT NULL,
        validity INTEGER NOT NULL DEFAULT 0,
        last_uid INTEGER NOT NULL DEFAULT 0,
        modseq INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (source, folder)
    );
    """,
    # 2: interviews proposed by calendar invitations, awaiting the candidate's confirmation.
    """
    CREATE TABLE proposals (
        uid TEXT PRIMARY KEY,
        sequence INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'proposed',
        interview_id INTEGER REFERENCES interviews(id),
        updated_at TEXT NOT NULL
    );
    """,
    # 3: delivery: approvals with their send time, the outbox's message bytes, digests
    # with their tokens, replies already judged, and contacts whose mail bounced.
    """
    CREATE TABLE approvals (
        draft_id INTEGER PRIMARY KEY REFERENCES drafts(id),
        approved_at TEXT NOT NULL,
        via TEXT NOT NULL,
        send_at TEXT NOT NULL
    );
    ALTER TABLE outbox ADD COLUMN raw BLOB;
    ALTER TABLE outbox ADD COLUMN sent_at TEXT;
    CREATE TABLE digests (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        token TEXT NOT NULL,
        numbers TEXT NOT NULL DEFAULT '{}',
        state TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        answered_by TEXT
    );
    CREATE TABLE digest_replies (
        message_id TEXT PRIMARY KEY,
        digest_message_id TEXT,
        verdict TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        reported INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE bounced_contacts (
        email TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    """,
    # 4: small facts the service remembers between runs (what unmatched mail was last
    # matched against, so it is not matched again on every cycle).
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 5: whether a message came through the agency, kept as a fact rather than read back
    # from the wording of the match reason.
    """
    ALTER TABLE messages ADD COLUMN via_agency INTEGER NOT NULL DEFAULT 0;
    UPDATE messages SET via_agency = 1 WHERE match_reason LIKE '% is at %, the agency';
    """,
)


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


def _day_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _day(value: str | None) -> date | None:
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
    due_at: datetime | None
    snoozed_until: datetime | None
    created_at: datetime
    updated_at: datetime


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
    due_at: datetime | None


@dataclass(frozen=True, slots=True)
class NewMessage:
    """One message to index: its parsed headers, the raw block, and where it was found."""

    message: Message
    raw_headers: bytes
    folder: str
    key: str
    direction: Direction


def _message_values(identity: str, item: NewMessage, now: datetime) -> tuple[object, ...]:
    message = item.message
    return (
        identity,
        message.message_id,
        to_text(message.date),
        message.sender.email if message.sender else None,
        message.sender.name if message.sender else "",
        _addresses_json(message.to + message.cc),
        _addresses_json(message.reply_to),
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


class Store:
    """The state database. Use ``Store.open(state_dir)``; close it when done."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        """Wrap an open connection; prefer ``Store.open``."""
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, state_dir: Path) -> Store:
        """Open (creating and migrating) the database in ``state_dir``."""
        try:
            state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = state_dir / DB_NAME
            if not path.exists():
                fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)
            connection = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        except OSError as error:
            reason = (
                f"{state_dir} is not a directory"
                if state_dir.exists() and not state_dir.is_dir()
                else f"{error.filename or state_dir}: {error.strerror or type(error).__name__}"
            )
            raise StateError(
                f"cannot open the state database ({reason}); set state_dir to a directory "
                "this user can write",
            ) from error
        except sqlite3.Error as error:
            raise StateError(f"cannot open the state database in {state_dir}: {error}") from error
        connection.row_factory = sqlite3.Row
        store = cls(connection, path)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA synchronous=NORMAL")
            store.migrate()
        except sqlite3.DatabaseError as error:
            connection.close()
            raise StateError(
                f"{path} is not a usable state database ({error}); restore it from a backup, "
                "or move it aside to start afresh",
            ) from error
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{path}{suffix}").chmod(0o600)
        return store

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    # --- schema -----------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply every migration newer than ``user_version``; return the version reached."""
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StateError(
                f"{self.path} was written by a newer silence-watch (schema {version}); upgrade",
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in _statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number:d}")
        return len(MIGRATIONS)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction: all or nothing."""
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested all-or-nothing step inside a transaction (SQLite SAVEPOINT)."""
        self._db.execute("SAVEPOINT step")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK TO step")
            self._db.execute("RELEASE step")
            raise
        self._db.execute("RELEASE step")

    def schema_version(self) -> int:
        """The migration number the database is at."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # --- interviews -------------------------------------------------------------------

    def upsert_interview(self, interview: Interview, *, source: str, now: datetime) -> int:
        """Insert or update an interview by its natural key; return its id."""
        key = natural_key(interview)
        values = _interview_values(interview)
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
        return [_interview_from_row(row) for row in rows]

    def interview(self, interview_id: int) -> Interview:
        """One interview by id, or ``NotFoundError``."""
        row = self._db.execute("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no interview with id {interview_id}")
        return _interview_from_row(row)

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

    # --- the header index -------------------------------------------------------------

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
                [_message_values(identity, item, now) for identity, item in fresh.items()],
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

    def location_of(self, pk: int) -> tuple[str, str, str] | None:
        """(source, folder, key) of one copy of a message, or None."""
        row = self._db.execute(
            "SELECT source, folder, key FROM message_locations WHERE message = ? LIMIT 1",
            (pk,),
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]), str(row[2]))

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

    def save_classification(self, pk: int, result: Classification, *, body_read: bool) -> None:
        """Store how a message was understood."""
        with self.transaction():
            self._db.execute(
                "UPDATE messages SET kind=?, intent=?, cold=?, promised_by=?, return_date=?,"
                " bounced=?, reasons=?, body_read=? WHERE id=?",
                (
                    result.kind.value,
                    result.intent.value if result.intent else None,
                    int(result.cold),
                    _day_text(result.promised_by),
                    _day_text(result.return_date),
                    json.dumps(list(result.bounced_recipients)),
                    json.dumps(list(result.reasons)),
                    int(body_read),
                    pk,
                ),
            )

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
        return [_stored_from_row(row) for row in rows]

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
        """The classified messages of one interview, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM messages WHERE interview_id = ? AND date IS NOT NULL"
            " AND kind IS NOT NULL ORDER BY date, id",
            (interview_id,),
        ).fetchall()
        return [_entry_from_row(row) for row in rows]

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

    # --- proposed interviews (from calendar invitations) -------------------------------

    def proposals(self, statuses: Iterable[str] = ("proposed",)) -> list[StoredProposal]:
        """Proposals in ``statuses``, by start time."""
        wanted = list(statuses)
        rows = self._db.execute(
            f"SELECT * FROM proposals WHERE status IN ({','.join('?' * len(wanted))})"  # noqa: S608 - placeholders only
            " ORDER BY updated_at",
            wanted,
        ).fetchall()
        found = [_proposal_from_row(row) for row in rows]
        return sorted(found, key=lambda p: p.proposal.start or p.updated_at)

    def proposal(self, uid: str) -> StoredProposal:
        """One proposal by its invitation UID, or ``NotFoundError``."""
        row = self._db.execute("SELECT * FROM proposals WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no proposed interview with id {uid!r}")
        return _proposal_from_row(row)

    def save_proposal(self, proposal: ProposedInterview, now: datetime) -> None:
        """Store the current state of a proposal (the caller applied the iTIP rules)."""
        status = "cancelled" if proposal.cancelled else "proposed"
        with self.transaction():
            self._db.execute(
                "INSERT INTO proposals (uid, sequence, data, status, updated_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT (uid) DO UPDATE SET sequence=excluded.sequence,"
                " data=excluded.data, updated_at=excluded.updated_at, status=CASE"
                " WHEN proposals.status IN ('accepted', 'dismissed') THEN proposals.status"
                " ELSE excluded.status END",
                (proposal.uid, proposal.sequence, _proposal_json(proposal), status, to_text(now)),
            )

    def settle_proposal(
        self,
        uid: str,
        status: str,
        interview_id: int | None,
        now: datetime,
    ) -> None:
        """Mark a proposal accepted (as interview ``interview_id``) or dismissed."""
        with self.transaction():
            self._db.execute(
                "UPDATE proposals SET status = ?, interview_id = ?, updated_at = ? WHERE uid = ?",
                (status, interview_id, to_text(now), uid),
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
                    found += [(a.email, a.name, at) for a in _addresses(row["recipients"])]
        return found

    # --- events -----------------------------------------------------------------------

    def add_event(
        self,
        kind: str,
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
                (interview_id, to_text(at), kind, detail, dedupe),
            )
        return cursor.rowcount > 0

    def events(self, interview_id: int | None = None) -> list[tuple[datetime, str, str]]:
        """(at, kind, detail) of recorded events, oldest first."""
        if interview_id is None:
            rows = self._db.execute("SELECT at, kind, detail FROM events ORDER BY at, id")
        else:
            rows = self._db.execute(
                "SELECT at, kind, detail FROM events WHERE interview_id = ? ORDER BY at, id",
                (interview_id,),
            )
        return [(from_text(r[0]) or datetime.min.replace(tzinfo=UTC), r[1], r[2]) for r in rows]

    # --- drafts -----------------------------------------------------------------------

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

    def drafts(self, statuses: Iterable[DraftStatus] | None = None) -> list[Draft]:
        """Drafts, oldest first, optionally only in ``statuses``."""
        if statuses is None:
            rows = self._db.execute("SELECT * FROM drafts ORDER BY id").fetchall()
        else:
            wanted = [s.value for s in statuses]
            rows = self._db.execute(
                f"SELECT * FROM drafts WHERE status IN ({','.join('?' * len(wanted))})"  # noqa: S608 - placeholders only
                " ORDER BY id",
                wanted,
            ).fetchall()
        return [_draft_from_row(row) for row in rows]

    def draft(self, draft_id: int) -> Draft:
        """One draft by id, or ``NotFoundError``."""
        row = self._db.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no draft with id {draft_id}")
        return _draft_from_row(row)

    def update_draft(
        self,
        draft_id: int,
        *,
        expect: DraftStatus,
        status: DraftStatus,
        now: datetime,
        body: str | None = None,
        snoozed_until: datetime | None = None,
    ) -> bool:
        """Move a draft from ``expect`` to ``status`` atomically; False if it was elsewhere."""
        with self.transaction():
            cursor = self._db.execute(
                "UPDATE drafts SET status = ?, updated_at = ?, body = coalesce(?, body),"
                " snoozed_until = coalesce(?, snoozed_until) WHERE id = ? AND status = ?",
                (status.value, to_text(now), body, to_text(snoozed_until), draft_id, expect.value),
            )
        return cursor.rowcount > 0

    # --- delivery (approvals, outbox, digests, replies, bounces) ----------------------

    def record_approval(
        self,
        draft_id: int,
        *,
        expect: DraftStatus,
        now: datetime,
        via: str,
        send_at: datetime,
    ) -> bool:
        """Approve a draft (``expect`` -> approved) and remember when it may go out."""
        with self.transaction():
            moved = self.update_draft(
                draft_id, expect=expect, status=DraftStatus.APPROVED, now=now
            )
            if moved:
                self._db.execute(
                    "INSERT OR REPLACE INTO approvals (draft_id, approved_at, via, send_at)"
                    " VALUES (?,?,?,?)",
                    (draft_id, to_text(now), via, to_text(send_at)),
                )
        return moved

    def approval(self, draft_id: int) -> Approval | None:
        """When and how a draft was approved, and when it may go out."""
        row = self._db.execute(
            "SELECT * FROM approvals WHERE draft_id = ?", (draft_id,)
        ).fetchone()
        return None if row is None else _approval_from_row(row)

    def reschedule(self, draft_id: int, send_at: datetime) -> None:
        """Move an approved draft's send time (the day was full)."""
        with self.transaction():
            self._db.execute(
                "UPDATE approvals SET send_at = ? WHERE draft_id = ?",
                (to_text(send_at), draft_id),
            )

    def prepare_outbox(
        self,
        draft_id: int,
        *,
        message_id: str,
        raw: bytes,
        state: str,
        now: datetime,
        draft: tuple[DraftStatus, DraftStatus] | None,
    ) -> bool:
        """Commit a draft's Message-ID and bytes before anything leaves; False if it moved."""
        with self.transaction():
            if draft is not None and not self.update_draft(
                draft_id, expect=draft[0], status=draft[1], now=now
            ):
                return False
            self._db.execute(
                "INSERT INTO outbox (draft_id, message_id, state, updated_at, raw)"
                " VALUES (?,?,?,?,?)",
                (draft_id, message_id, state, to_text(now), raw),
            )
        return True

    def outbox(self, states: Iterable[str] | None = None) -> list[OutboxItem]:
        """Outbox items, oldest first, optionally only in ``states``."""
        if states is None:
            rows = self._db.execute("SELECT * FROM outbox ORDER BY id").fetchall()
        else:
            wanted = list(states)
            rows = self._db.execute(
                f"SELECT * FROM outbox WHERE state IN ({','.join('?' * len(wanted))})"  # noqa: S608 - placeholders only
                " ORDER BY id",
                wanted,
            ).fetchall()
        return [_outbox_from_row(row) for row in rows]

    def outbox_for(self, draft_id: int) -> OutboxItem | None:
        """The outbox item of a draft, if it has one."""
        row = self._db.execute("SELECT * FROM outbox WHERE draft_id = ?", (draft_id,)).fetchone()
        return None if row is None else _outbox_from_row(row)

    def move_outbox(
        self,
        item_id: int,
        *,
        expect: str,
        state: str,
        now: datetime,
        detail: str = "",
        draft: tuple[DraftStatus, DraftStatus] | None = None,
    ) -> bool:
        """Move an outbox item (and its draft) atomically; False if either was elsewhere."""
        with self.transaction():
            cursor = self._db.execute(
                "UPDATE outbox SET state = ?, updated_at = ?, detail = ?,"
                " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END"
                " WHERE id = ? AND state = ?",
                (state, to_text(now), detail, state, to_text(now), item_id, expect),
            )
            if cursor.rowcount == 0:
                return False
            if draft is not None:
                row = self._db.execute(
                    "SELECT draft_id FROM outbox WHERE id = ?", (item_id,)
                ).fetchone()
                if not self.update_draft(int(row[0]), expect=draft[0], status=draft[1], now=now):
                    raise StateError(
                        f"outbox item {item_id}: its draft is not {draft[0].value}; nothing changed"
                    )
        return True

    def sent_times(self) -> list[datetime]:
        """When each follow-up went out (for the per-day limit)."""
        rows = self._db.execute("SELECT sent_at FROM outbox WHERE sent_at IS NOT NULL")
        return [moment for row in rows if (moment := from_text(row[0])) is not None]

    def add_digest(
        self, *, message_id: str, token: str, numbers: dict[int, int], now: datetime
    ) -> None:
        """Remember a digest before it is handed to SMTP: its token and numbering."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO digests (message_id, token, numbers, state, sent_at)"
                " VALUES (?,?,?,?,?)",
                (message_id, token, json.dumps(numbers), "sending", to_text(now)),
            )

    def mark_digest(self, message_id: str, state: str) -> None:
        """Record that a digest was accepted by the server (or failed)."""
        with self.transaction():
            self._db.execute(
                "UPDATE digests SET state = ? WHERE message_id = ?", (state, message_id)
            )

    def digests(self) -> list[DigestRow]:
        """Every digest, oldest first."""
        rows = self._db.execute("SELECT * FROM digests ORDER BY id").fetchall()
        return [
            DigestRow(
                message_id=row["message_id"],
                token=row["token"],
                numbers={int(k): int(v) for k, v in json.loads(row["numbers"]).items()},
                state=row["state"],
                sent_at=from_text(row["sent_at"]) or datetime.min.replace(tzinfo=UTC),
                answered_by=row["answered_by"],
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

    def digest_replies(self, digest_message_ids: Iterable[str]) -> list[StoredMessage]:
        """Indexed messages that answer one of these digests, or whose subject says so."""
        ids = list(digest_message_ids)
        marks = ",".join("?" * len(ids)) or "NULL"
        rows = self._db.execute(
            "SELECT * FROM messages WHERE (in_reply_to IN (" + marks + ")"  # noqa: S608 - placeholders only
            " OR EXISTS (SELECT 1 FROM json_each(messages.refs) WHERE value IN (" + marks + "))"
            " OR subject LIKE '%silence-watch digest%')"
            " AND (message_id IS NULL OR message_id NOT IN (SELECT message_id FROM digests))"
            " ORDER BY date, id",
            [*ids, *ids],
        ).fetchall()
        return [_stored_from_row(row) for row in rows]

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


@dataclass(frozen=True, slots=True)
class StoredProposal:
    """A proposed interview with its status (proposed, accepted, dismissed, cancelled)."""

    proposal: ProposedInterview
    status: str
    interview_id: int | None
    updated_at: datetime


def _proposal_json(proposal: ProposedInterview) -> str:
    def address(value: Address | None) -> list[str] | None:
        return None if value is None else [value.name, value.email]

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
        },
    )


def _proposal_from_row(row: sqlite3.Row) -> StoredProposal:
    data = json.loads(row["data"])
    organizer = data["organizer"]
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
    )
    updated = from_text(row["updated_at"]) or datetime.min.replace(tzinfo=UTC)
    return StoredProposal(proposal, row["status"], row["interview_id"], updated)


def natural_key(interview: Interview) -> str:
    """What makes two interview entries the same interview: company, role and day."""
    day = interview.date.astimezone(UTC).date().isoformat()
    return f"{interview.company.strip().lower()}|{interview.role.strip().lower()}|{day}"


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


def _addresses_json(addresses: tuple[Address, ...]) -> str:
    return json.dumps([[a.name, a.email] for a in addresses])


def _addresses(value: str) -> tuple[Address, ...]:
    return tuple(Address(name, email) for name, email in json.loads(value))


def _interview_values(interview: Interview) -> dict[str, Any]:
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
        "expect_reply_by": _day_text(interview.expect_reply_by),
        "agency": agency,
    }


def _interview_from_row(row: sqlite3.Row) -> Interview:
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
        expect_reply_by=_day(row["expect_reply_by"]),
        agency=agency,
        timezone=row["timezone"],
        closed=row["closed_at"] is not None,
        stopped=bool(row["stopped"]),
        snoozed_until=from_text(row["snoozed_until"]),
        closed_at=from_text(row["closed_at"]),
    )


def _message_from_row(row: sqlite3.Row) -> Message:
    recipients = _addresses(row["recipients"])
    return Message(
        message_id=row["message_id"],
        date=from_text(row["date"]),
        sender=Address(row["sender_name"], row["sender"]) if row["sender"] else None,
        to=recipients,
        reply_to=_addresses(row["reply_to"]),
        subject=row["subject"],
        in_reply_to=row["in_reply_to"],
        references=tuple(json.loads(row["refs"])),
        headers=json.loads(row["headers"]),
        defects=tuple(json.loads(row["defects"])),
    )


def _stored_from_row(row: sqlite3.Row) -> StoredMessage:
    return StoredMessage(
        pk=int(row["id"]),
        message=_message_from_row(row),
        direction=Direction(row["direction"]) if row["direction"] else None,
        kind=MessageKind(row["kind"]) if row["kind"] else None,
        intent=Intent(row["intent"]) if row["intent"] else None,
        interview_id=row["interview_id"],
        match_reason=row["match_reason"],
    )


def _entry_from_row(row: sqlite3.Row) -> TimelineEntry:
    at = from_text(row["date"])
    if at is None:  # excluded by the query; keeps the type checker honest
        raise StateError("a timeline message has no date")
    return TimelineEntry(
        at=at,
        direction=Direction(row["direction"]),
        kind=MessageKind(row["kind"]),
        message_id=row["message_id"],
        sender=row["sender"] or "",
        subject=row["subject"],
        intent=Intent(row["intent"]) if row["intent"] else None,
        from_agency=bool(row["via_agency"]),
        promised_by=_day(row["promised_by"]),
        return_date=_day(row["return_date"]),
        cold=bool(row["cold"]),
        references=tuple(json.loads(row["refs"])),
        bounced_recipients=tuple(json.loads(row["bounced"])),
    )


def _draft_from_row(row: sqlite3.Row) -> Draft:
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
class Approval:
    """When a draft was approved, how (``cli``, ``digest``, ``auto``), and when it may go."""

    draft_id: int
    approved_at: datetime
    via: str
    send_at: datetime


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One outgoing message, its Message-ID committed before it left."""

    id: int
    draft_id: int
    message_id: str
    state: str
    raw: bytes
    updated_at: datetime
    sent_at: datetime | None
    detail: str


@dataclass(frozen=True, slots=True)
class DigestRow:
    """A digest we sent: its Message-ID, token, numbering and the reply that answered it."""

    message_id: str
    token: str
    numbers: dict[int, int]
    state: str
    sent_at: datetime
    answered_by: str | None


def _approval_from_row(row: sqlite3.Row) -> Approval:
    approved = from_text(row["approved_at"])
    send_at = from_text(row["send_at"])
    if approved is None or send_at is None:
        raise StateError(f"the approval of draft {row['draft_id']} has no time")
    return Approval(int(row["draft_id"]), approved, str(row["via"]), send_at)


def _outbox_from_row(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=int(row["id"]),
        draft_id=int(row["draft_id"]),
        message_id=str(row["message_id"]),
        state=str(row["state"]),
        raw=bytes(row["raw"] or b""),
        updated_at=from_text(row["updated_at"]) or datetime.min.replace(tzinfo=UTC),
        sent_at=from_text(row["sent_at"]),
        detail=str(row["detail"]),
    )
