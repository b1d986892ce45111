"""The candidate's imported network, and what message bodies said (shell: SQL).

``connections``: one row per person and source (LinkedIn, vCard); importing again updates
a person and never removes anyone. ``message_notes``: per indexed message, the phone
numbers of its signature, its language and tone, and what the candidate sent with it,
read once from the body; and a digest of the candidate's own words in her mail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from silence_watch.core.connections import Person
from silence_watch.store.rows import from_text, to_text
from silence_watch.store.schema import Database

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


@dataclass(frozen=True, slots=True)
class MessageNote:
    """What one message's body said beyond its reading."""

    message: int
    phones: tuple[str, ...]
    language: str | None
    informal: bool
    sent_items: tuple[str, ...]
    round_kind: str | None = None
    deadline: date | None = None
    promise_named: bool = False  # its promise to answer named the day ("by Friday 4 Dec")
    at: datetime | None = None  # when the message was written (filled when read back)
    message_id: str | None = None  # its Message-ID (filled when read back)
    automated: bool = False  # a hiring system's mail: only its language is noted
    other_role: bool = False  # a no for this role, and a next step about another


class Unnoted(NamedTuple):
    """A message whose body has not been read for notes yet, and what its reading said."""

    pk: int
    automated: bool  # a hiring system wrote it: only its language is noted
    promised: bool  # its reading found a promised day (whether it names the day is noted)
    outbound: bool = False  # the candidate wrote it (as indexed: their name counts too)


@dataclass(frozen=True, slots=True)
class Saved:
    """How an import changed the network."""

    added: int
    updated: int
    unchanged: int


class NetworkQueries(Database):
    """Queries of imported connections and message notes."""

    def save_people(self, people: Sequence[Person], now: datetime) -> Saved:
        """Add or update every person in one transaction: all of them, or none."""
        added = updated = unchanged = 0
        with self.transaction():
            for person in people:
                values = (
                    person.name, person.email, person.company, person.position,
                    person.connected_on.isoformat() if person.connected_on else None, person.url,
                )  # fmt: skip
                row = self._db.execute(
                    "SELECT name, email, company, position, connected_on, url FROM connections"
                    " WHERE source = ? AND key = ?",
                    (person.source, person.key),
                ).fetchone()
                if row is not None and tuple(row) == values:
                    unchanged += 1
                    continue
                added += row is None
                updated += row is not None
                self._db.execute(
                    "INSERT INTO connections (source, key, name, email, company, position,"
                    " connected_on, url, imported_at) VALUES (?,?,?,?,?,?,?,?,?)"
                    " ON CONFLICT (source, key) DO UPDATE SET name=excluded.name,"
                    " email=excluded.email, company=excluded.company,"
                    " position=excluded.position, connected_on=excluded.connected_on,"
                    " url=excluded.url, imported_at=excluded.imported_at",
                    (person.source, person.key, *values, to_text(now)),
                )
        return Saved(added, updated, unchanged)

    def people(self) -> list[Person]:
        """Everyone imported, by name."""
        rows = self._db.execute(
            "SELECT * FROM connections ORDER BY name COLLATE NOCASE, source"
        ).fetchall()
        return [
            Person(
                name=row["name"],
                email=row["email"],
                company=row["company"],
                position=row["position"],
                source=row["source"],
                connected_on=date.fromisoformat(row["connected_on"])
                if row["connected_on"]
                else None,
                url=row["url"],
            )
            for row in rows
        ]

    def knows_address(self, email: str) -> bool:
        """True when ``email`` is someone imported, or someone the candidate has mailed with."""
        address = email.strip().lower()
        if not address:
            return False
        row = self._db.execute(
            "SELECT 1 FROM connections WHERE email = ? UNION ALL SELECT 1 FROM messages"
            " WHERE lower(sender) = ? OR recipients LIKE ? LIMIT 1",
            (address, address, f'%"{address}"%'),
        ).fetchone()
        return row is not None

    def unnoted_messages(self, interview_ids: Iterable[int]) -> list[Unnoted]:
        """Messages of these rounds whose body has not been read for notes yet.

        A person's mail and a hiring system's are read; bounces, auto-replies and lists
        are not.
        """
        ids = list(interview_ids)
        if not ids:
            return []
        rows = self._db.execute(
            "SELECT messages.id, messages.kind, messages.promised_by, messages.direction"
            " FROM messages"
            " LEFT JOIN message_notes"
            " ON message_notes.message = messages.id"
            " WHERE messages.interview_id IN (SELECT value FROM json_each(?))"
            " AND message_notes.message IS NULL AND messages.kind IN ('human', 'automated')"
            " ORDER BY messages.date",
            (json.dumps(ids),),
        ).fetchall()
        return [
            Unnoted(int(row[0]), row[1] == "automated", row[2] is not None, row[3] == "outbound")
            for row in rows
        ]

    def save_note(self, note: MessageNote, now: datetime) -> None:
        """Remember what a message's body said (read once)."""
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO message_notes (message, phones, language, informal,"
                " sent_items, round_kind, deadline, promise_named, other_role, read_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    note.message,
                    json.dumps(list(note.phones)),
                    note.language,
                    int(note.informal),
                    json.dumps(list(note.sent_items)),
                    note.round_kind,
                    note.deadline.isoformat() if note.deadline else None,
                    int(note.promise_named),
                    int(note.other_role),
                    to_text(now),
                ),
            )

    def save_words(self, pk: int, digest: str) -> None:
        """Remember the digest of the candidate's own words in her message (``core.repeats``)."""
        with self.transaction():
            self._db.execute("UPDATE messages SET words = ? WHERE id = ?", (digest, pk))

    def answer_by_days(self, interview_ids: Iterable[int]) -> dict[str, date]:
        """The answer-by days named in these rounds' mail from their side, by Message-ID.

        Only the rows that name one: ``decide`` asks every cycle, and reading every note of
        every process for them (phones, languages, items sent) was a fifth of a steady run
        on a 100k mailbox.
        """
        rows = self._db.execute(
            "SELECT messages.message_id, message_notes.deadline"
            " FROM message_notes JOIN messages ON messages.id = message_notes.message"
            " WHERE messages.interview_id IN (SELECT value FROM json_each(?))"
            " AND message_notes.deadline IS NOT NULL AND messages.message_id IS NOT NULL"
            " AND messages.direction = 'inbound'",
            (json.dumps(list(interview_ids)),),
        ).fetchall()
        return {str(row[0]): date.fromisoformat(row[1]) for row in rows if row[1]}

    def notes(self, interview_ids: Iterable[int]) -> list[tuple[str, str, str, MessageNote]]:
        """(direction, sender, sender name, note) of these rounds' messages, oldest first."""
        ids = list(interview_ids)
        if not ids:
            return []
        rows = self._db.execute(
            "SELECT messages.direction, messages.sender, messages.sender_name,"
            " messages.date AS written, messages.message_id AS mid,"
            " messages.kind AS written_by, message_notes.*"
            " FROM message_notes JOIN messages ON messages.id = message_notes.message"
            " WHERE messages.interview_id IN (SELECT value FROM json_each(?))"
            " ORDER BY messages.date, messages.id",
            (json.dumps(ids),),
        ).fetchall()
        return [
            (
                row["direction"] or "",
                row["sender"] or "",
                row["sender_name"] or "",
                MessageNote(
                    message=row["message"],
                    phones=tuple(json.loads(row["phones"])),
                    language=row["language"],
                    informal=bool(row["informal"]),
                    sent_items=tuple(json.loads(row["sent_items"])),
                    round_kind=row["round_kind"],
                    deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
                    promise_named=bool(row["promise_named"]),
                    at=from_text(row["written"]),
                    message_id=row["mid"],
                    automated=row["written_by"] == "automated",
                    other_role=bool(row["other_role"]),
                ),
            )
            for row in rows
        ]
