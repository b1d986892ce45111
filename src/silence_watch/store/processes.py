"""Processes (one application: company and role) and their rounds (the interviews) (shell).

A round joins the process of its company and role; one added without a role joins the
company's only open process. The controls (closed, stopped, snoozed) are the process's:
closing any of its rounds closes the application.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

from silence_watch.core.errors import NotFoundError
from silence_watch.core.model import Process
from silence_watch.store.rows import (
    TIMELINE_COLUMNS,
    entry_from_row,
    from_text,
    interview_from_row,
    interview_values,
    natural_key,
    process_key,
    to_text,
)
from silence_watch.store.schema import Database

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable, Sequence
    from datetime import datetime

    from silence_watch.core.model import Contact, Interview, TimelineEntry

# Each round carries its process's controls, the steps the candidate skipped among them.
ROUNDS_SQL = (
    "SELECT interviews.*, processes.closed_at AS p_closed_at, processes.stopped AS p_stopped,"
    " processes.snoozed_until AS p_snoozed_until,"
    " (SELECT json_group_array(drafts.slot) FROM drafts JOIN interviews AS its"
    " ON its.id = drafts.interview_id WHERE its.process_id = interviews.process_id"
    " AND drafts.status = 'skipped') AS p_skipped FROM interviews"
    " JOIN processes ON processes.id = interviews.process_id"
)


class ProcessQueries(Database):
    """Queries of processes and their rounds."""

    def upsert_interview(self, interview: Interview, *, source: str, now: datetime) -> int:
        """Insert or update a round by its natural key (company, role, day); return its id."""
        key = natural_key(interview)
        values = interview_values(interview)
        with self.transaction():
            row = self._db.execute(
                "SELECT id, declined, hand_contacts FROM interviews WHERE natural_key = ?", (key,)
            ).fetchone()
            if row is not None:
                # A guest who declined the round's invitation stays out of it, whatever the
                # configuration says again at the next start; one added by hand stays in.
                declined = set(json.loads(row["declined"]))
                pairs = json.loads(values["contacts"])
                given = {pair[1].lower() for pair in pairs}
                pairs += [p for p in json.loads(row["hand_contacts"]) if p[1].lower() not in given]
                values["contacts"] = json.dumps(
                    [pair for pair in pairs if pair[1].lower() not in declined]
                )
                self._db.execute(
                    "UPDATE interviews SET company=:company,"
                    " role=CASE WHEN trim(:role) = '' THEN role ELSE :role END,"
                    " date=CASE WHEN moved THEN date ELSE :date END,"
                    " timezone=:timezone, contacts=:contacts, domains=:domains,"
                    " expect_reply_by=:expect_reply_by, agency=:agency WHERE id=:id",
                    {**values, "id": row["id"]},
                )
                return int(row["id"])
            process_id = self._process_for(interview, now)
            if not interview.role.strip():  # a round added without a role: its process's
                found = self._db.execute(
                    "SELECT role FROM processes WHERE id = ?", (process_id,)
                ).fetchone()
                values["role"] = str(found["role"]) if found is not None else ""
            cursor = self._db.execute(
                "INSERT INTO interviews (natural_key, source, company, role, date, timezone,"
                " contacts, domains, expect_reply_by, agency, created_at, process_id)"
                " VALUES (:key, :source, :company, :role, :date, :timezone, :contacts, :domains,"
                " :expect_reply_by, :agency, :now, :process_id)",
                {**values, "key": key, "source": source, "now": to_text(now),
                 "process_id": process_id},
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def _process_for(self, interview: Interview, now: datetime) -> int:
        """The process a new round joins: same company and role, else a new one."""
        if interview.process_id:
            found = self._db.execute(
                "SELECT id FROM processes WHERE id = ?", (interview.process_id,)
            ).fetchone()
            if found is not None:
                return int(found["id"])
        key = process_key(interview.company, interview.role)
        row = self._db.execute("SELECT id FROM processes WHERE natural_key = ?", (key,)).fetchone()
        if row is not None:
            return int(row["id"])
        company = interview.company.strip().lower()
        open_ones = self._db.execute(
            "SELECT id, role FROM processes WHERE lower(trim(company)) = ? AND closed_at IS NULL",
            (company,),
        ).fetchall()
        # A round named without a role joins the company's one open process; a process
        # whose role was never given takes the first round that names one.
        if len(open_ones) == 1 and (not interview.role.strip() or not open_ones[0]["role"]):
            return int(open_ones[0]["id"])
        cursor = self._db.execute(
            "INSERT INTO processes (natural_key, company, role, created_at) VALUES (?,?,?,?)",
            (key, interview.company, interview.role, to_text(now)),
        )
        return int(cursor.lastrowid or 0)

    def interviews(self, *, include_closed: bool = True) -> list[Interview]:
        """Every round, oldest first, with its process's controls and its round number."""
        sql = ROUNDS_SQL
        if not include_closed:
            sql += " WHERE processes.closed_at IS NULL"
        rows = self._db.execute(sql).fetchall()
        return _numbered(rows)

    def interview(self, interview_id: int) -> Interview:
        """One round by id, or ``NotFoundError``."""
        row = self._db.execute(
            "SELECT process_id FROM interviews WHERE id = ?", (interview_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no interview with id {interview_id}")
        return next(r for r in self.process(int(row[0])).rounds if r.id == interview_id)

    def interview_source(self, interview_id: int) -> str:
        """Where the interview came from: ``config``, ``cli`` or ``invite``."""
        row = self._db.execute(
            "SELECT source FROM interviews WHERE id = ?", (interview_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no interview with id {interview_id}")
        return str(row["source"])

    def processes(self, *, include_closed: bool = True) -> list[Process]:
        """Every process with its rounds, by its first round."""
        rounds = self.interviews(include_closed=include_closed)
        controls = {
            int(row["id"]): row for row in self._db.execute("SELECT * FROM processes").fetchall()
        }
        grouped: dict[int, list[Interview]] = {}
        for entry in rounds:
            grouped.setdefault(entry.process_id, []).append(entry)
        return [_process(controls[key], tuple(found)) for key, found in grouped.items()]

    def said_not_about(self) -> list[tuple[int, TimelineEntry]]:
        """Each message the candidate said is not about a process, with that process's id.

        ``core.company_siblings`` gives it to the candidate's one other application at
        that company, if there is exactly one. Read from her few corrections outward
        (CROSS JOIN keeps that order): the planner, without statistics, scanned every
        indexed message for them on every cycle (50 ms on a 100k mailbox).
        """
        rows = self._db.execute(
            f"SELECT {TIMELINE_COLUMNS}, corrections.intent AS corrected_intent,"  # noqa: S608 - a constant
            " corrections.not_about AS not_about FROM corrections CROSS JOIN messages"
            " ON corrections.message_id = messages.message_id"
            " WHERE corrections.not_about IS NOT NULL"
            " AND messages.date IS NOT NULL AND messages.kind IS NOT NULL"
            " ORDER BY messages.date, messages.id"
        ).fetchall()
        return [(int(row["not_about"]), entry_from_row(row)) for row in rows]

    def process(self, process_id: int) -> Process:
        """One process with its rounds, or ``NotFoundError``."""
        control = self._db.execute(
            "SELECT * FROM processes WHERE id = ?", (process_id,)
        ).fetchone()
        if control is None:
            raise NotFoundError(f"there is no process with id {process_id}")
        rows = self._db.execute(
            ROUNDS_SQL + " WHERE interviews.process_id = ?", (process_id,)
        ).fetchall()
        return _process(control, tuple(_numbered(rows)))

    def set_interview_control(
        self,
        interview_id: int,
        *,
        closed_at: datetime | None = None,
        reopen: bool = False,
        stopped: bool | None = None,
        snoozed_until: datetime | None = None,
    ) -> None:
        """Close, reopen, stop or snooze the process an interview belongs to."""
        process_id = self.interview(interview_id).process_id
        changes: list[tuple[str, object]] = []
        if closed_at is not None:
            changes.append(("closed_at", to_text(closed_at)))
        if reopen:
            changes.append(("closed_at", None))
        if stopped is not None:
            changes.append(("stopped", int(stopped)))
        if snoozed_until is not None:
            changes.append(("snoozed_until", to_text(snoozed_until)))
        with self.transaction():
            for column, value in changes:
                self._db.execute(
                    f"UPDATE processes SET {column} = ? WHERE id = ?",  # noqa: S608 - fixed names
                    (value, process_id),
                )

    def process_state(self, process_id: int) -> str | None:
        """The state the process was last seen in (to log a change once)."""
        row = self._db.execute(
            "SELECT last_state FROM processes WHERE id = ?", (process_id,)
        ).fetchone()
        return None if row is None else row[0]

    def set_process_state(self, process_id: int, state: str) -> None:
        """Remember the state the process is in now."""
        with self.transaction():
            self._db.execute(
                "UPDATE processes SET last_state = ? WHERE id = ?", (state, process_id)
            )

    def move_round(self, interview_id: int, when: datetime) -> None:
        """An updated invitation moved the round to ``when``.

        The configuration's date no longer applies to the round after that.
        """
        with self.transaction():
            self._db.execute(
                "UPDATE interviews SET date = ?, moved = 1, cancelled_at = NULL WHERE id = ?",
                (when.isoformat(), interview_id),
            )

    def decline_round(self, interview_id: int, declined: Iterable[str]) -> None:
        """People the candidate will not meet in a round: no longer its contacts, now or later.

        A guest who declined its invitation, or one the employer says is away ("Omar is off
        sick today"). The caller keeps at least one contact (a round no one attends is
        cancelled, not emptied).
        """
        with self.transaction():
            row = self._db.execute(
                "SELECT contacts, declined FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
            if row is None:
                return
            gone = set(json.loads(row["declined"])) | {email.lower() for email in declined}
            stays = [pair for pair in json.loads(row["contacts"]) if pair[1].lower() not in gone]
            self._db.execute(
                "UPDATE interviews SET contacts = ?, declined = ? WHERE id = ?",
                (json.dumps(stays), json.dumps(sorted(gone)), interview_id),
            )

    def recast_round(self, interview_id: int, people: Sequence[Contact]) -> None:
        """An updated invitation names other people: they are the round's contacts now.

        Someone who declined stays out (``decline_round``).
        """
        with self.transaction():
            row = self._db.execute(
                "SELECT declined FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
            if row is None:
                return
            gone = set(json.loads(row["declined"]))
            pairs = [[c.name, c.email] for c in people if c.email.lower() not in gone]
            if pairs:
                self._db.execute(
                    "UPDATE interviews SET contacts = ? WHERE id = ?",
                    (json.dumps(pairs), interview_id),
                )

    def cancel_round(self, interview_id: int, now: datetime) -> None:
        """A cancellation: the round will not happen."""
        with self.transaction():
            self._db.execute(
                "UPDATE interviews SET cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL",
                (to_text(now), interview_id),
            )

    def add_hand_contacts(self, interview_id: int, people: Sequence[Contact]) -> None:
        """Contacts the candidate added to a round by hand: kept through configuration reads."""
        with self.transaction():
            row = self._db.execute(
                "SELECT hand_contacts FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
            if row is None:
                return
            pairs = json.loads(row["hand_contacts"])
            known = {pair[1].lower() for pair in pairs}
            pairs += [[c.name, c.email] for c in people if c.email.lower() not in known]
            self._db.execute(
                "UPDATE interviews SET hand_contacts = ? WHERE id = ?",
                (json.dumps(pairs), interview_id),
            )

    def reinstate_round(self, interview_id: int) -> None:
        """A round cancelled by mistake is on again (invited again at its time)."""
        with self.transaction():
            self._db.execute(
                "UPDATE interviews SET cancelled_at = NULL WHERE id = ?", (interview_id,)
            )

    def set_round_uid(self, interview_id: int, uid: str) -> None:
        """Remember which invitation (iCalendar UID) a round came from."""
        with self.transaction():
            self._db.execute(
                "UPDATE interviews SET invite_uid = ? WHERE id = ?", (uid, interview_id)
            )

    def round_of_invite(self, uid: str) -> Interview | None:
        """The round an invitation (by UID) made or was confirmed as, if any."""
        row = self._db.execute(
            "SELECT id FROM interviews WHERE invite_uid = ?"
            " UNION SELECT interview_id FROM proposals WHERE uid = ? AND interview_id IS NOT NULL",
            (uid, uid),
        ).fetchone()
        return None if row is None else self.interview(int(row[0]))


def _numbered(rows: list[sqlite3.Row]) -> list[Interview]:
    """Rounds with their number within their process (by date), oldest first."""
    rounds = sorted((interview_from_row(row) for row in rows), key=lambda r: (r.date, r.id))
    counts: dict[int, int] = {}
    numbered = []
    for entry in rounds:
        counts[entry.process_id] = counts.get(entry.process_id, 0) + 1
        numbered.append(replace(entry, round=counts[entry.process_id]))
    return numbered


def _process(control: sqlite3.Row, rounds: tuple[Interview, ...]) -> Process:
    return Process(
        id=int(control["id"]),
        company=str(control["company"]),
        role=str(control["role"]),
        rounds=rounds,
        closed=control["closed_at"] is not None,
        closed_at=from_text(control["closed_at"]),
        stopped=bool(control["stopped"]),
        snoozed_until=from_text(control["snoozed_until"]),
    )
