"""The few fields of indexed mail that threads are linked by (shell: SQL).

Tying a first sync's unmatched mail to the interviews by thread (``engine.threadscope``)
looks at 87,000 messages of a 100,000-message mailbox, a pass at a time; a whole row
(every header, parsed from JSON, and the addresses) is far more than it needs, and
holding the keys of all of them at once was a first run's peak memory.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from silence_watch.store.schema import Database

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

#: Per message: its row id, the Message-IDs it carries (its own, In-Reply-To, References;
#: None or "" where it has none), its subject, and Gmail's thread id ("" for none).
LinkFields = tuple[int, tuple[str | None, ...], str, str]
_SELECT = "SELECT id, message_id, in_reply_to, refs, subject, headers FROM messages"


class ThreadKeyQueries(Database):
    """What the threader links a message by, read without the rest of its row."""

    def link_fields(self, ids: Sequence[int]) -> Iterator[LinkFields]:
        """The link fields of the messages with these ids, 500 rows a query."""
        for start in range(0, len(ids), 500):  # well under SQLite's variable limit
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"{_SELECT} WHERE id IN ({marks})"
            rows = self._db.execute(sql, chunk).fetchall()
            for pk, message_id, in_reply_to, refs, subject, headers in rows:
                # Parsing every header block to find one that few mailboxes have (Gmail's)
                # cost more than the rest of the pass: look for its name first.
                thread = ""
                if "x-gm-thrid" in headers:
                    thread = json.loads(headers).get("x-gm-thrid", "")
                yield int(pk), (message_id, in_reply_to, *json.loads(refs)), subject, thread
