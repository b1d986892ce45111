"""The state database file: opening it, its numbered migrations, transactions (shell: disk).

SQLite in WAL mode, file mode 0600, numbered migrations tracked by ``PRAGMA
user_version``, each applied in its own transaction. The other modules of this package
add the queries of one aggregate each; nothing outside the package writes SQL.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Self

from silence_watch.core.errors import StateError
from silence_watch.store.access import DB_NAME, write_problem

if TYPE_CHECKING:
    from collections.abc import Iterator

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
    # 6: the threads table was never used (threads are computed from the index when
    # needed): drop it and messages.thread_id (a table rebuild: SQLite cannot drop a column
    # that references another table). Drafts mode's "in the Drafts folder" note becomes
    # its own outbox state, saved.
    """
    CREATE TABLE messages_new (
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
        indexed_at TEXT NOT NULL,
        via_agency INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO messages_new (
        id, identity, message_id, date, sender, sender_name, recipients,
        reply_to, subject, in_reply_to, refs, headers, defects, direction, kind,
        intent, cold, promised_by, return_date, bounced, reasons, body_read,
        interview_id, match_confidence, match_reason, indexed_at, via_agency
    )
    SELECT
        id, identity, message_id, date, sender, sender_name, recipients,
        reply_to, subject, in_reply_to, refs, headers, defects, direction, kind,
        intent, cold, promised_by, return_date, bounced, reasons, body_read,
        interview_id, match_confidence, match_reason, indexed_at, via_agency
    FROM messages;
    DROP TABLE messages;
    ALTER TABLE messages_new RENAME TO messages;
    CREATE INDEX messages_message_id ON messages(message_id);
    CREATE INDEX messages_interview ON messages(interview_id, date);
    DROP TABLE threads;
    UPDATE outbox SET state = 'saved' WHERE state = 'drafted' AND detail = 'in the Drafts folder';
    """,
)


def copy_state(state_dir: Path, into: Path) -> None:
    """Copy the state database of ``state_dir`` into the directory ``into`` (for a dry run).

    Nothing is written beside the original. With no WAL file the database file is whole
    and is copied as it is; with one (a daemon is running) SQLite's online backup reads a
    consistent copy through the files that are already there. No database: no copy.
    """
    source_path = state_dir / DB_NAME
    if not source_path.exists():
        return
    into.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if not Path(f"{source_path}-wal").exists():
            shutil.copyfile(source_path, into / DB_NAME)
            return
        source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(into / DB_NAME)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        raise StateError(f"cannot read the state database {source_path} ({error})") from error


def statements(script: str) -> list[str]:
    """The SQL statements of a migration script."""
    return [part.strip() for part in script.split(";") if part.strip()]


class Database:
    """An open state database. Use ``Store.open(state_dir)``; close it when done."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        """Wrap an open connection; prefer ``Store.open``."""
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, state_dir: Path) -> Self:
        """Open (creating and migrating) the database in ``state_dir``.

        A state this user may not write (root made it) is said so, with the ``chown``
        that gives it back: it is not damaged, and moving it aside would lose it.
        """
        problem = write_problem(state_dir)
        if problem is not None:
            raise StateError(problem)
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
            connection.execute("PRAGMA synchronous=NORMAL")
            store.migrate()  # with foreign keys off: a migration may rebuild a table
            connection.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as error:
            connection.close()
            problem = write_problem(state_dir)
            if problem is not None:
                raise StateError(problem) from error
            raise StateError(
                f"{path} is not a usable state database ({error}); restore it from a backup, "
                f"or move it aside to start afresh (mv {path} {path}.broken: its drafts and "
                "approvals are then forgotten)",
            ) from error
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{path}{suffix}").chmod(0o600)
        return store

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def migrate(self) -> int:
        """Apply every migration newer than ``user_version``; return the version reached."""
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StateError(
                f"{self.path} was written by a newer silence-watch (schema {version}); upgrade",
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number:d}")
                broken = self._db.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StateError(f"migration {number} left {len(broken)} broken reference(s)")
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
