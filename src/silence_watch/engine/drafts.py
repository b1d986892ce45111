"""The draft queue: approve, skip, snooze, edit, stop, wake, list and show (shell).

The one implementation of every draft command: ``silence-watch drafts ...`` and a reply to
the digest both come here, so a command means the same thing wherever it is typed. Each
command returns an ``Outcome`` whose text reads after a label ("Draft 3 " on the command
line, "[2] " in the digest's confirmation). State changes go through the store's one
writer, which follows ``core.lifecycle``'s tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.commandlines import Verb  # not core.commands: no HTML parser
from silence_watch.core.controls import text_problem
from silence_watch.core.errors import ConflictError, TransitionError
from silence_watch.core.lifecycle import (
    Event,
    approval_refusal,
    edit_refusal,
    is_awake,
    wake_at,
)
from silence_watch.core.model import DraftStatus
from silence_watch.core.words import day_words, moment_words
from silence_watch.engine.faults import crash_point
from silence_watch.engine.knobs import send_window
from silence_watch.engine.timing import first_send
from silence_watch.store import Change

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date, datetime

    from silence_watch.config import Settings
    from silence_watch.core.commands import Command
    from silence_watch.core.model import Draft
    from silence_watch.store import Store

#: What ``drafts list`` shows unless asked for everything: what still needs someone.
WAITING = (DraftStatus.QUEUED, DraftStatus.APPROVED, DraftStatus.SNOOZED, DraftStatus.UNKNOWN)


#: How an event reads in "it cannot be ... now".
_DONE = {
    Event.APPROVE: "approved",
    Event.SKIP: "skipped",
    Event.SNOOZE: "snoozed",
    Event.EDIT: "edited",
    Event.WAKE: "woken",
    Event.MOOT: "cancelled",
}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one command did to one draft: ``text`` follows a label ("Draft 3 ", "[2] ")."""

    draft_id: int
    ok: bool
    text: str


class DraftQueue:
    """The queue of drafts over the state database."""

    def __init__(self, store: Store, settings: Settings) -> None:
        """Bind the state and the settings (send window, zones)."""
        self.store = store
        self.settings = settings
        self.window = send_window(settings)

    # --- reading ------------------------------------------------------------------------

    def drafts(self, statuses: Iterable[DraftStatus] | None = WAITING) -> list[Draft]:
        """Drafts in ``statuses`` (all of them for None), oldest first."""
        return self.store.drafts(None if statuses is None else list(statuses))

    def show(self, draft_id: int) -> Draft:
        """One draft (``NotFoundError`` when there is none)."""
        return self.store.draft(draft_id)

    def send_at(self, draft: Draft, now: datetime) -> datetime:
        """When this draft goes out if approved now: ``engine.timing``'s one answer."""
        interview = self.store.interview(draft.interview_id)
        return first_send(
            self.store, self.settings, interview, draft.kind, max(now, draft.due_at or now)
        )

    # --- the candidate's commands -------------------------------------------------------

    def approve(self, draft_id: int, *, now: datetime, via: str) -> Outcome:
        """Approve: it goes out in the recipient's next send window."""
        draft = self.store.draft(draft_id)
        refused = approval_refusal(draft)
        if refused is not None:
            return Outcome(draft_id, ok=False, text=refused)
        send_at = self.send_at(draft, now)
        moved = self._apply(draft, Event.APPROVE, now, Change(approval=(via, send_at)))
        if moved is not None:
            return moved
        crash_point("approved")
        when = moment_words(send_at, self.settings.zone, now=now)
        return Outcome(draft_id, ok=True, text=f"approved: it goes out {when}.")

    def skip(self, draft_id: int, *, now: datetime) -> Outcome:
        """Skip: it will not be sent."""
        draft = self.store.draft(draft_id)
        return self._apply(draft, Event.SKIP, now) or Outcome(draft_id, ok=True, text="skipped.")

    def snooze(
        self,
        draft_id: int,
        *,
        now: datetime,
        until: date | None = None,
        days: int | None = None,
    ) -> Outcome:
        """Put it aside: 09:00 on ``until`` (the candidate's zone), or ``days`` from now."""
        draft = self.store.draft(draft_id)
        zone = self.settings.zone
        wakes = wake_at(until=until, days=days, now=now, zone=zone)
        moved = self._apply(draft, Event.SNOOZE, now, Change(snoozed_until=wakes))
        if moved is not None:
            return moved
        day = day_words(wakes.astimezone(zone).date(), today=now.astimezone(zone).date())
        return Outcome(draft_id, ok=True, text=f"snoozed until {day}.")

    def edit_refusal(self, draft_id: int, body: str | None = None) -> str | None:
        """Why the draft cannot be edited (to ``body``, when given), or None."""
        draft = self.store.draft(draft_id)
        in_outbox = self.store.outbox_for(draft_id) is not None
        return edit_refusal(draft, in_outbox=in_outbox, body=draft.body if body is None else body)

    def edit(
        self, draft_id: int, body: str, *, now: datetime, expect: DraftStatus | None = None
    ) -> Outcome:
        """Replace its text (never with nothing). ``expect``: the status it was read in."""
        draft = self.store.draft(draft_id)
        if expect is not None and draft.status is not expect:
            return Outcome(
                draft_id,
                ok=False,
                text=f"became {draft.status.value} while you were editing it;"
                " your changes were not saved",
            )
        refused = self.edit_refusal(draft_id, body)
        if refused is not None:
            return Outcome(draft_id, ok=False, text=refused)
        unsafe = text_problem(body)
        if unsafe is not None:
            return Outcome(draft_id, ok=False, text=f"was not changed: the new text {unsafe}")
        text = body.replace("\r\n", "\n").strip("\n").rstrip() + "\n"
        moved = self._apply(draft, Event.EDIT, now, Change(body=text))
        return moved or Outcome(draft_id, ok=True, text="now has your text.")

    def stop(self, draft_id: int, *, now: datetime) -> Outcome:
        """Skip it, and stop every follow-up of its interview."""
        draft = self.store.draft(draft_id)
        if draft.status is not DraftStatus.SKIPPED:
            moved = self._apply(draft, Event.SKIP, now)
            if moved is not None:
                return moved
        self.store.set_interview_control(draft.interview_id, stopped=True)
        return Outcome(draft_id, ok=True, text="skipped, and no more follow-ups for it.")

    # --- the daemon's moves -------------------------------------------------------------

    def wake_due(self, now: datetime) -> list[int]:
        """Snoozed drafts whose time came are queued again; returns their ids."""
        return [
            draft.id
            for draft in self.store.drafts([DraftStatus.SNOOZED])
            if is_awake(draft, now) and self._apply(draft, Event.WAKE, now) is None
        ]

    def cancel(self, draft: Draft, *, now: datetime) -> bool:
        """The situation made it moot: cancelled, if it has not moved meanwhile."""
        return self._apply(draft, Event.MOOT, now) is None

    def _apply(
        self, draft: Draft, event: Event, now: datetime, change: Change | None = None
    ) -> Outcome | None:
        """Apply ``event``; None when done, else an outcome that says why not."""
        try:
            self.store.apply(draft.id, event, now=now, change=change, expect=draft.status)
        except ConflictError:
            current = self.store.draft(draft.id).status.value
            return Outcome(draft.id, ok=False, text=f"became {current} meanwhile; nothing changed")
        except TransitionError:
            verb = _DONE.get(event, event.value)
            return Outcome(
                draft.id, ok=False, text=f"is {draft.status.value}; it cannot be {verb} now"
            )
        return None


def run_command(queue: DraftQueue, command: Command, draft_id: int, now: datetime) -> Outcome:
    """Carry out one command of a digest reply on one draft, as the CLI would."""
    if command.verb is Verb.APPROVE:
        return queue.approve(draft_id, now=now, via="digest")
    if command.verb is Verb.SKIP:
        return queue.skip(draft_id, now=now)
    if command.verb is Verb.STOP:
        return queue.stop(draft_id, now=now)
    if command.verb is Verb.SNOOZE:
        if command.until is None and not command.days:
            return Outcome(draft_id, ok=False, text="was not snoozed: snooze for at least a day")
        return queue.snooze(draft_id, now=now, until=command.until, days=command.days)
    return _edit(queue, command, draft_id, now)


def _edit(queue: DraftQueue, command: Command, draft_id: int, now: datetime) -> Outcome:
    if command.verb is not Verb.EDIT:  # a correction of how mail was read: not a draft's
        return Outcome(draft_id, ok=False, text=f"{command.line}: that is not available yet")
    if not command.text:
        return Outcome(draft_id, ok=False, text="was not changed: put the new text under edit.")
    return queue.edit(draft_id, command.text, now=now)
