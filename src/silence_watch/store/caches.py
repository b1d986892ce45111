"""What a reading command may keep between runs: the processes' timelines (shell: SQL).

Turning every timeline row into an entry and reading each timeline's sides is most of
``status`` and of an idle cycle on a large mailbox (12,662 rows for 50 processes at
100,000 messages), and it changes only when mail or the candidate's corrections do. The
engine keeps its result in ``timeline_cache``, one row: triggers on ``messages`` and
``corrections`` (migration 23) raise its generation and drop the kept data in the same
transaction as the change, so kept data is never older than the rows it was read from.
The engine keys it by everything else it was made from (``engine.timeline_cache``).
"""

from __future__ import annotations

import hashlib
import sqlite3

from silence_watch.store.processes import ROUNDS_SQL
from silence_watch.store.schema import Database


class CacheQueries(Database):
    """The kept timelines: read, stamped, and written only if nothing changed meanwhile."""

    def timeline_generation(self) -> int:
        """How many changes to mail and corrections the state has seen (ask before reading)."""
        row = self._db.execute("SELECT generation FROM timeline_cache WHERE id = 1").fetchone()
        return int(row[0]) if row is not None else -1

    def kept_timelines(self, key: str) -> bytes | None:
        """The timelines kept under ``key``, if nothing changed since they were kept."""
        row = self._db.execute(
            "SELECT data FROM timeline_cache WHERE id = 1 AND key = ? AND data IS NOT NULL",
            (key,),
        ).fetchone()
        return bytes(row[0]) if row is not None else None

    def keep_timelines(self, generation: int, key: str, data: bytes) -> bool:
        """Keep ``data`` if the state is still at ``generation``; never waits for a writer.

        A command that only reads must not queue behind the daemon for a cache: when the
        database is busy it is kept another time.
        """
        self._db.execute("PRAGMA busy_timeout = 0")
        try:
            with self.transaction():
                done = self._db.execute(
                    "UPDATE timeline_cache SET key = ?, data = ? WHERE id = 1 AND generation = ?",
                    (key, data, generation),
                ).rowcount
        except sqlite3.OperationalError:  # locked or busy: another time
            return False
        finally:
            self._db.execute("PRAGMA busy_timeout = 10000")
        return done == 1

    def rounds_fingerprint(self) -> str:
        """A digest of every process and round as stored (the timelines are read through them)."""
        digest = hashlib.sha256()
        for sql in (ROUNDS_SQL + " ORDER BY interviews.id", "SELECT * FROM processes ORDER BY id"):
            for row in self._db.execute(sql):
                digest.update(repr(tuple(row)).encode())
            digest.update(b"\0")
        return digest.hexdigest()
