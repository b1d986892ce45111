"""Drafts mode: follow-ups put into the candidate's Drafts folder to send themselves (shell).

The Message-ID is committed before the APPEND (Stage) and the APPEND recorded after it
(Saved), so a crash in between is repaired (the draft is appended then) and a draft the
candidate deleted is never put back. A draft they sent from their own client settles as
sent; one they deleted as skipped. If the employer wrote after the draft was saved, the
candidate is told once before they send it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.errors import DeliveryError, MailboxError
from silence_watch.core.lifecycle import Event, person_wrote_since
from silence_watch.core.model import Direction, DraftStatus, EventKind, OutboxState
from silence_watch.store import Change

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.core.model import Draft, OutboxItem
    from silence_watch.delivery.folders import MailFolders
    from silence_watch.delivery.outbox import DeliveryReport, Outbox

_DRAFT_FLAGS = (b"\\Draft", b"\\Seen")


class Handover:
    """Drafts mode over an outbox (its store, renderer and mail folders)."""

    def __init__(self, outbox: Outbox) -> None:
        """Work with this outbox's state, message renderer and folders."""
        self.outbox = outbox
        self.store = outbox.store

    def run(self, now: datetime, report: DeliveryReport) -> None:
        """Put queued drafts into Drafts; notice the ones sent or deleted since."""
        folders = self.outbox.folders
        if folders is None:
            report.problems.append("sending.mode draft needs an IMAP mailbox")
            return
        try:
            drafts_folder = folders.folder("drafts")
            for item in self.store.outbox([OutboxState.DRAFTED, OutboxState.SAVED]):
                self._follow(folders, item, drafts_folder, now)
            for draft in self.store.drafts([DraftStatus.QUEUED]):
                if self.store.outbox_for(draft.id) is None:
                    self._stage(folders, draft, drafts_folder, now, report)
        except MailboxError as error:
            report.problems.append(f"drafts mode: {error}")

    def _stage(
        self,
        folders: MailFolders,
        draft: Draft,
        drafts_folder: str,
        now: datetime,
        report: DeliveryReport,
    ) -> None:
        try:
            raw, message_id = self.outbox.render(draft, now)
        except DeliveryError as error:  # this draft can never be written; the rest can
            if self.outbox.move(draft.id, Event.MOOT, now, expect=DraftStatus.QUEUED):
                self.outbox.tell_cancelled(
                    draft, f"draft {draft.id} was not saved: {error}", now, report
                )
            return
        change = Change(outgoing=(message_id, raw))
        if not self.outbox.move(draft.id, Event.STAGE, now, change=change):
            return
        saved = self.store.outbox_for(draft.id)
        if saved is not None:
            self._put_in_drafts(folders, saved, drafts_folder, now)
            report.drafted.append(draft.id)

    def _put_in_drafts(
        self, folders: MailFolders, item: OutboxItem, drafts_folder: str, now: datetime
    ) -> None:
        folders.append(drafts_folder, item.raw, flags=_DRAFT_FLAGS, when=now)
        draft = self.store.draft(item.draft_id)
        with self.store.transaction():
            self.store.apply(draft.id, Event.SAVED, now=now)
            self.store.add_event(
                EventKind.DRAFT_SAVED,
                f"the {draft.kind.replace('_', ' ')} to {draft.to_addr} is in your"
                f" {drafts_folder} folder: send it from your mail client, or delete it",
                at=now, interview_id=draft.interview_id, dedupe=f"draft_saved:{item.message_id}",
            )  # fmt: skip

    def _follow(
        self, folders: MailFolders, item: OutboxItem, drafts_folder: str, now: datetime
    ) -> None:
        draft = self.store.draft(item.draft_id)
        if folders.uids(drafts_folder, item.message_id):
            if item.state is OutboxState.DRAFTED:  # appended, then a crash before it was recorded
                self.store.apply(draft.id, Event.SAVED, now=now)
            self._warn_outdated(draft, item, now)
            return
        sent = bool(folders.find([folders.folder("sent")], item.message_id)) or any(
            m.direction is Direction.OUTBOUND
            and m.message.in_reply_to == draft.in_reply_to
            and m.message.date is not None
            and m.message.date >= item.updated_at
            for m in self.store.messages(interview_id=draft.interview_id)
        )
        if not sent and item.state is OutboxState.DRAFTED:
            self._put_in_drafts(folders, item, drafts_folder, now)  # a crash came before the APPEND
            return
        with self.store.transaction():
            if sent:
                # Sent from the candidate's own client, which filed its own copy.
                by_hand = Change(detail="sent from your mail client")
                self.store.apply(draft.id, Event.SENT_BY_HAND, now=now, change=by_hand)
                what = f"you sent the {draft.kind.replace('_', ' ')} to {draft.to_addr}"
                kind = EventKind.DRAFT_SENT
            else:
                self.store.apply(draft.id, Event.DELETED, now=now)
                what = f"you deleted the draft to {draft.to_addr}; it will not be sent"
                kind = EventKind.DRAFT_DELETED
            self.store.add_event(
                kind, what, at=now, interview_id=draft.interview_id,
                dedupe=f"drafted:{item.message_id}",
            )  # fmt: skip

    def _warn_outdated(self, draft: Draft, item: OutboxItem, now: datetime) -> None:
        """The last look of drafts mode: they wrote after the draft was saved; say so once."""
        _, _, timeline = self.outbox.conversation(draft.interview_id)
        answer = person_wrote_since(timeline, item.updated_at)
        if answer is None:
            return
        self.store.add_event(
            EventKind.DRAFT_OUTDATED,
            f"{answer.sender} wrote after the draft to {draft.to_addr} was saved"
            f" ({answer.subject!r}): read it before you send that draft, or delete it",
            at=now, interview_id=draft.interview_id, dedupe=f"draft_outdated:{item.message_id}",
        )  # fmt: skip
