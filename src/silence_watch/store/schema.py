"""The state database file: opening it, its numbered migrations, transactions (shell: disk).

SQLite in WAL mode, file mode 0600, numbered migrations tracked by ``PRAGMA
user_version``, each applied in its own transaction. The other modules of this package
add the queries of one aggregate each; nothing outside the package writes SQL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Self

from silence_watch.core.approval import token_hash
from silence_watch.core.errors import StateError
from silence_watch.store.access import DB_NAME, write_problem
from silence_watch.store.migrations import MIGRATIONS

if TYPE_CHECKING:
    from collections.abc import Iterator



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
            import shutil  # noqa: PLC0415 - only a dry run copies; every start would pay ~1 ms

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
    """The SQL statements of a migration script (a trigger's body keeps its own ``;``)."""
    found, pending = [], ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                found.append(pending.strip().removesuffix(";").strip())
            pending = ""
    return found


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
        # Used by a migration to hash the digest tokens stored in the clear before it.
        connection.create_function("sw_token_hash", 1, token_hash, deterministic=True)
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
