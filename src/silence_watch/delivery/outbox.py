"""The outbox: every approved follow-up reaches the SMTP server once, or is reported unknown.

The order, each step committed before the next begins:

1. approval recorded (draft ``approved``, with its send time in the recipient's window);
2. right before sending: the recipient must be allowed and not bounced, and nobody on the
   other side may have written since approval (else the draft is cancelled and the
   candidate told);
3. Message-ID and bytes committed (outbox ``prepared``, draft ``sending``);
4. connected and logged in, then outbox ``sending``; the SMTP transaction;
5. after the server's 250: outbox and draft ``sent``; then the copy in Sent, after which
   the outbox item is ``filed``.

After a crash, ``prepared`` items get the same last look (and send window) as a first
send, then go out (SMTP never started); ``sending`` items are settled by finding their
Message-ID in the index, Sent or the INBOX, else they become ``unknown`` and the digest
asks the candidate. They are never resent blindly. ``sent`` items still owe their copy in
Sent: it is looked for first and appended only when absent, so it is never filed twice.

``SILENCE_WATCH_TEST_CRASH_AT=<step>`` (steps in ``CRASH_STEPS``) kills this process with
SIGKILL at that step: the supported switch of the fault-injection tests.
"""

from __future__ import annotations

import logging
import os
import random
import signal
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from silence_watch.core.drafts import allowed_from
from silence_watch.core.errors import DeliveryError, MailboxError, SilenceWatchError
from silence_watch.core.model import Direction, DraftStatus
from silence_watch.core.sending import (
    WEEKDAYS,
    WENT_OUT,
    OutboxState,
    SendWindow,
    allowed_recipients,
    in_window,
    send_time,
    wrote_since,
)
from silence_watch.delivery.smtp import Outgoing, RefusedError, build_message, new_message_id

if TYPE_CHECKING:
    from silence_watch.config import Settings
    from silence_watch.delivery.folders import MailFolders
    from silence_watch.delivery.smtp import SmtpSender
    from silence_watch.store import Draft, OutboxItem, Store

log = logging.getLogger(__name__)

CRASH_ENV = "SILENCE_WATCH_TEST_CRASH_AT"
CRASH_STEPS = ("approved", "id_committed", "after_250", "sent_committed", "copy_appended")
_SEEN = (b"\\Seen",)
_DRAFT_FLAGS = (b"\\Draft", b"\\Seen")
#: ``detail`` of a ``drafted`` item once its APPEND to Drafts is known to have happened.
_IN_DRAFTS = "in the Drafts folder"


def crash_point(step: str) -> None:
    """Test switch: SIGKILL this process here when ``$SILENCE_WATCH_TEST_CRASH_AT`` is ``step``."""
    if os.environ.get(CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


@dataclass
class DeliveryReport:
    """What one delivery pass did."""

    sent: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    drafted: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def send_window(settings: Settings) -> SendWindow:
    """The configured send window."""
    sending = settings.sending
    start_h, start_m = sending.window_start.split(":")
    end_h, end_m = sending.window_end.split(":")
    return SendWindow(
        days=frozenset(WEEKDAYS.index(day) for day in sending.window_days),
        start=time(int(start_h), int(start_m)),
        end=time(int(end_h), int(end_m)),
        max_per_day=sending.max_per_day,
        max_offset=timedelta(minutes=sending.max_offset_minutes),
    )


class Outbox:
    """Approvals, sending, crash recovery, Sent copies, drafts mode and bounces."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        sender: SmtpSender | None,
        folders: MailFolders | None,
        rng: random.Random | None = None,
    ) -> None:
        """Bind the state and the servers; ``sender`` None means nothing can be sent."""
        self.settings = settings
        self.store = store
        self.sender = sender
        self.folders = folders
        self.window = send_window(settings)
        self._rng = rng or random.SystemRandom()

    # --- approval ---------------------------------------------------------------------

    def zone_for(self, interview_id: int) -> ZoneInfo:
        """The recipient's zone: the interview's, else the candidate's."""
        interview = self.store.interview(interview_id)
        return ZoneInfo(interview.timezone) if interview.timezone else self.settings.zone

    def plan(self, draft: Draft, now: datetime) -> datetime:
        """When an approved draft will go out."""
        earliest = max(now, draft.due_at or now)
        zone = self.zone_for(draft.interview_id)
        return send_time(
            earliest, self.window, zone, jitter=self._rng.random(), sent=self.store.sent_times()
        )

    def approve(self, draft_id: int, *, now: datetime, via: str) -> str:
        """Approve one draft; return a line for the candidate (``SilenceWatchError`` if not)."""
        draft = self.store.draft(draft_id)
        if draft.status not in allowed_from(DraftStatus.APPROVED):
            raise SilenceWatchError(
                f"draft {draft_id} is {draft.status.value}; it cannot be approved now"
            )
        send_at = self.plan(draft, now)
        moved = self.store.record_approval(
            draft_id, expect=draft.status, now=now, via=via, send_at=send_at
        )
        if not moved:
            raise SilenceWatchError(f"draft {draft_id} changed meanwhile; nothing was approved")
        crash_point("approved")
        local = send_at.astimezone(self.zone_for(draft.interview_id))
        return f"Draft {draft_id} approved; it goes out {local:%A %B %-d at %H:%M} their time."

    def approve_due(self, now: datetime, report: DeliveryReport) -> None:
        """``auto`` mode: every queued draft whose moment came is approved without asking."""
        for draft in self.store.drafts([DraftStatus.QUEUED]):
            if draft.due_at is not None and draft.due_at > now:
                continue
            try:
                line = self.approve(draft.id, now=now, via="auto")
            except SilenceWatchError as error:
                report.problems.append(str(error))
                continue
            self.store.add_event(
                "auto_approved", f"{line} (sending.mode auto)", at=now,
                interview_id=draft.interview_id, dedupe=f"auto_approved:{draft.id}",
            )  # fmt: skip

    # --- sending ----------------------------------------------------------------------

    def run(self, now: datetime) -> DeliveryReport:
        """Settle what a crash left, then send every approved draft whose time came."""
        report = DeliveryReport()
        self.recover(now, report)
        self.note_bounces(now)
        if self.settings.sending.mode == "draft":
            self.hand_over(now, report)
            return report
        if self.settings.sending.mode == "auto":
            self.approve_due(now, report)
        try:
            for item in self.store.outbox([OutboxState.PREPARED]):
                self._resume(item, now, report)
            for draft in self.store.drafts([DraftStatus.APPROVED]):
                self._send_draft(draft, now, report)
        except DeliveryError as error:
            report.problems.append(str(error))  # the server is unwell; the rest waits
        return report

    def _resume(self, item: OutboxItem, now: datetime, report: DeliveryReport) -> None:
        """A ``prepared`` item (a crash or a refusal left it): checked again like a first send."""
        draft = self.store.draft(item.draft_id)
        if not in_window(now, self.window, self.zone_for(draft.interview_id)):
            return  # it waits for the next window, as it would have the first time
        approval = self.store.approval(draft.id)
        refusal = self._last_look(draft, approval.approved_at if approval else draft.updated_at)
        if refusal is None:
            self._transmit(item, now, report)
        elif self.store.move_outbox(
            item.id, expect=OutboxState.PREPARED, state=OutboxState.CANCELLED, now=now,
            detail=refusal, draft=(DraftStatus.SENDING, DraftStatus.CANCELLED),
        ):  # fmt: skip
            self._tell_cancelled(draft, refusal, now, report)

    def _tell_cancelled(
        self, draft: Draft, refusal: str, now: datetime, report: DeliveryReport
    ) -> None:
        report.cancelled.append(draft.id)
        self.store.add_event(
            "send_cancelled", refusal, at=now, interview_id=draft.interview_id,
            dedupe=f"send_cancelled:{draft.id}",
        )  # fmt: skip

    def _send_draft(self, draft: Draft, now: datetime, report: DeliveryReport) -> None:
        approval = self.store.approval(draft.id)
        approved_at = approval.approved_at if approval else draft.updated_at
        send_at = approval.send_at if approval else now
        if send_at > now:
            return
        zone = self.zone_for(draft.interview_id)
        today = now.astimezone(zone).date()
        sent_today = [t for t in self.store.sent_times() if t.astimezone(zone).date() == today]
        # Its moment may have passed while nothing ran (a machine asleep): never outside
        # the window, nor past the day's limit; it waits for the next window with room.
        if not in_window(now, self.window, zone) or len(sent_today) >= self.window.max_per_day:
            self.store.reschedule(draft.id, self.plan(draft, now))
            return
        refusal = self._last_look(draft, approved_at)
        if refusal is not None:
            if self.store.update_draft(
                draft.id, expect=DraftStatus.APPROVED, status=DraftStatus.CANCELLED, now=now
            ):
                self._tell_cancelled(draft, refusal, now, report)
            return
        if self.sender is None:
            report.problems.append("approved follow-ups are waiting: smtp is not configured")
            return
        try:
            raw, message_id = self.render(draft, now)
        except DeliveryError as error:  # this draft can never be written; the rest can
            if self.store.update_draft(
                draft.id, expect=DraftStatus.APPROVED, status=DraftStatus.CANCELLED, now=now
            ):
                self._tell_cancelled(draft, f"draft {draft.id} was not sent: {error}", now, report)
            return
        if not self.store.prepare_outbox(
            draft.id, message_id=message_id, raw=raw, state=OutboxState.PREPARED, now=now,
            draft=(DraftStatus.APPROVED, DraftStatus.SENDING),
        ):  # fmt: skip
            return
        crash_point("id_committed")
        item = self.store.outbox_for(draft.id)
        if item is not None:
            self._transmit(item, now, report)

    def _last_look(self, draft: Draft, approved_at: datetime) -> str | None:
        """Why this draft must not go now, or None: the thread, the recipient, bounces."""
        interview = self.store.interview(draft.interview_id)
        timeline = self.store.timeline(draft.interview_id)
        label = f"draft {draft.id} ({interview.company})"
        if interview.stopped or interview.closed:
            what = "closed" if interview.closed else "stopped follow-ups for"
            return f"{label} was not sent: you {what} this interview after approving it."
        if draft.to_addr.lower() not in allowed_recipients(interview, timeline):
            return f"{label} was not sent: {draft.to_addr} is not a contact of this interview."
        if draft.to_addr.lower() in self.store.bounced_contacts():
            return f"{label} was not sent: mail to {draft.to_addr} bounced before."
        answer = wrote_since(timeline, approved_at)
        if answer is not None:
            return (
                f"{label} was not sent: {answer.sender} wrote after you approved it"
                f" ({answer.subject!r}). Read their message first."
            )
        return None

    def render(self, draft: Draft, now: datetime) -> tuple[bytes, str]:
        """The follow-up's bytes and its new Message-ID on the candidate's domain."""
        me = self.settings.me
        message_id = new_message_id(me.email.rpartition("@")[2])
        raw = build_message(
            Outgoing(
                sender=(me.name, me.email),
                to=(draft.to_name, draft.to_addr),
                subject=draft.subject,
                text=draft.body,
                message_id=message_id,
                date=now.astimezone(self.settings.zone),
                in_reply_to=draft.in_reply_to,
                references=draft.references,
            ),
        )
        return raw, message_id

    def _transmit(self, item: OutboxItem, now: datetime, report: DeliveryReport) -> None:
        """Prepared -> sending -> SMTP -> sent; the Sent copy after."""
        if self.sender is None:
            return
        draft = self.store.draft(item.draft_id)
        self.sender.connect()  # a failure here sent nothing: the item stays prepared
        if not self.store.move_outbox(
            item.id, expect=OutboxState.PREPARED, state=OutboxState.SENDING, now=now
        ):
            return
        try:
            self.sender.send(item.raw, sender=self.settings.me.email, recipients=[draft.to_addr])
        except RefusedError as error:
            self.store.move_outbox(
                item.id, expect=OutboxState.SENDING, state=OutboxState.PREPARED, now=now,
                detail=str(error),
            )  # fmt: skip
            report.problems.append(f"draft {draft.id}: {error}")
            return
        except DeliveryError as error:
            report.problems.append(f"draft {draft.id}: {error}")
            self.resolve(self.store.outbox_for(draft.id) or item, now, report)
            return
        crash_point("after_250")
        with self.store.transaction():
            self.store.move_outbox(
                item.id, expect=OutboxState.SENDING, state=OutboxState.SENT, now=now,
                draft=(DraftStatus.SENDING, DraftStatus.SENT),
            )  # fmt: skip
            self.store.add_event(
                "sent", f"sent the {draft.kind.replace('_', ' ')} to {draft.to_addr}", at=now,
                interview_id=draft.interview_id, dedupe=f"sent:{item.message_id}",
            )  # fmt: skip
        report.sent.append(draft.id)
        crash_point("sent_committed")
        self._file_copy(item, now, report, look_first=False)

    def _file_copy(
        self, item: OutboxItem, now: datetime, report: DeliveryReport, *, look_first: bool
    ) -> None:
        """The copy in Sent as ``sent_copy`` says, at most once; then the item is ``filed``.

        ``look_first`` (after a crash or a failed APPEND): a copy already in Sent, ours or
        the provider's, settles it, whatever the mode.
        """
        mode = self.settings.sending.sent_copy
        detail = "no copy in Sent is wanted"
        if mode != "never" and self.folders is not None:
            try:
                sent = self.folders.folder("sent")
                if (mode == "auto" or look_first) and self.folders.find([sent], item.message_id):
                    detail = "a copy was already in Sent"
                else:
                    self.folders.append(sent, item.raw, flags=_SEEN, when=item.sent_at or now)
                    crash_point("copy_appended")
                    detail = "copy filed in Sent"
            except MailboxError as error:
                report.problems.append(
                    f"draft {item.draft_id} went out, but its copy is not in Sent yet: {error}"
                )
                return  # stays sent: the next cycle looks again
        self.store.move_outbox(item.id, expect=OutboxState.SENT, state=OutboxState.FILED,
                               now=now, detail=detail)  # fmt: skip

    # --- recovery ---------------------------------------------------------------------

    def recover(self, now: datetime, report: DeliveryReport) -> None:
        """Settle every item a crash left in ``sending``; file the Sent copies still owed."""
        for item in self.store.outbox([OutboxState.SENDING]):
            self.resolve(item, now, report)
        for item in self.store.outbox([OutboxState.SENT]):
            self._file_copy(item, now, report, look_first=True)

    def resolve(self, item: OutboxItem, now: datetime, report: DeliveryReport) -> None:
        """Sent if its Message-ID is found in the mailbox; otherwise unknown. Never resent."""
        found = self.store.message_id_indexed(item.message_id)
        if not found and self.folders is not None:
            try:
                where = self.folders.find([self.folders.folder("sent"), "INBOX"], item.message_id)
                found = where is not None
            except MailboxError as error:
                report.problems.append(f"could not check whether a follow-up went out: {error}")
                return  # try again next cycle; still never resent
        draft = self.store.draft(item.draft_id)
        target = DraftStatus.SENT if found else DraftStatus.UNKNOWN
        self.store.move_outbox(
            item.id, expect=OutboxState.SENDING, state=target.value, now=now,
            detail="found in the mailbox after an interruption" if found else
            "interrupted while sending and not found in Sent",
            draft=(DraftStatus.SENDING, target),
        )  # fmt: skip
        if found:
            report.sent.append(draft.id)
            return
        report.unknown.append(draft.id)
        self.store.add_event(
            "send_unknown",
            f"draft {draft.id} to {draft.to_addr} may or may not have gone out (sending was"
            " interrupted). Check your Sent folder; it will not be sent again by itself.",
            at=now, interview_id=draft.interview_id, dedupe=f"send_unknown:{item.message_id}",
        )  # fmt: skip

    # --- drafts mode ------------------------------------------------------------------

    def hand_over(self, now: datetime, report: DeliveryReport) -> None:
        """``draft`` mode: put queued drafts into Drafts; notice sent or deleted ones.

        The Message-ID is committed before the APPEND and the APPEND recorded after it, so
        a crash in between is repaired (the draft appended then) and a draft the candidate
        deleted is never put back.
        """
        if self.folders is None:
            report.problems.append("sending.mode draft needs an IMAP mailbox")
            return
        try:
            drafts_folder = self.folders.folder("drafts")
            for item in self.store.outbox([OutboxState.DRAFTED]):
                self._follow_draft(item, drafts_folder, now)
            for draft in self.store.drafts([DraftStatus.QUEUED]):
                if self.store.outbox_for(draft.id) is not None:
                    continue
                try:
                    raw, message_id = self.render(draft, now)
                except DeliveryError as error:  # this draft can never be written; the rest can
                    if self.store.update_draft(
                        draft.id, expect=DraftStatus.QUEUED, status=DraftStatus.CANCELLED, now=now
                    ):
                        refusal = f"draft {draft.id} was not saved: {error}"
                        self._tell_cancelled(draft, refusal, now, report)
                    continue
                if self.store.prepare_outbox(
                    draft.id, message_id=message_id, raw=raw, state=OutboxState.DRAFTED,
                    now=now, draft=None,
                ):  # fmt: skip
                    saved = self.store.outbox_for(draft.id)
                    if saved is not None:
                        self._put_in_drafts(saved, drafts_folder, now)
                        report.drafted.append(draft.id)
        except MailboxError as error:
            report.problems.append(f"drafts mode: {error}")

    def _put_in_drafts(self, item: OutboxItem, drafts_folder: str, now: datetime) -> None:
        if self.folders is None:
            return
        self.folders.append(drafts_folder, item.raw, flags=_DRAFT_FLAGS, when=now)
        draft = self.store.draft(item.draft_id)
        with self.store.transaction():
            self.store.move_outbox(
                item.id, expect=OutboxState.DRAFTED, state=OutboxState.DRAFTED, now=now,
                detail=_IN_DRAFTS,
            )  # fmt: skip
            self.store.add_event(
                "draft_saved",
                f"the {draft.kind.replace('_', ' ')} to {draft.to_addr} is in your"
                f" {drafts_folder} folder: send it from your mail client, or delete it",
                at=now, interview_id=draft.interview_id, dedupe=f"draft_saved:{item.message_id}",
            )  # fmt: skip

    def _follow_draft(self, item: OutboxItem, drafts_folder: str, now: datetime) -> None:
        if self.folders is None:
            return
        draft = self.store.draft(item.draft_id)
        if self.folders.uids(drafts_folder, item.message_id):
            if item.detail != _IN_DRAFTS:  # appended, then a crash before it was recorded
                self.store.move_outbox(
                    item.id, expect=OutboxState.DRAFTED, state=OutboxState.DRAFTED, now=now,
                    detail=_IN_DRAFTS,
                )  # fmt: skip
            self._warn_outdated(draft, item, now)
            return
        sent = bool(self.folders.find([self.folders.folder("sent")], item.message_id)) or any(
            m.direction is Direction.OUTBOUND
            and m.message.in_reply_to == draft.in_reply_to
            and m.message.date is not None
            and m.message.date >= item.updated_at
            for m in self.store.messages(interview_id=draft.interview_id)
        )
        if not sent and item.detail != _IN_DRAFTS:
            self._put_in_drafts(item, drafts_folder, now)  # a crash came before the APPEND
            return
        with self.store.transaction():
            if sent:
                # Sent from the candidate's own client, which filed its own copy.
                self.store.move_outbox(
                    item.id, expect=OutboxState.DRAFTED, state=OutboxState.SENT, now=now
                )
                self.store.move_outbox(
                    item.id, expect=OutboxState.SENT, state=OutboxState.FILED, now=now,
                    detail="sent from your mail client",
                )  # fmt: skip
                for expect, status in (
                    (DraftStatus.QUEUED, DraftStatus.APPROVED),
                    (DraftStatus.APPROVED, DraftStatus.SENDING),
                    (DraftStatus.SENDING, DraftStatus.SENT),
                ):
                    self.store.update_draft(draft.id, expect=expect, status=status, now=now)
                what = f"you sent the {draft.kind.replace('_', ' ')} to {draft.to_addr}"
            else:
                self.store.move_outbox(
                    item.id, expect=OutboxState.DRAFTED, state=OutboxState.GONE, now=now
                )
                if draft.status in allowed_from(DraftStatus.SKIPPED):
                    self.store.update_draft(
                        draft.id, expect=draft.status, status=DraftStatus.SKIPPED, now=now
                    )
                what = f"you deleted the draft to {draft.to_addr}; it will not be sent"
            self.store.add_event(
                "draft_" + ("sent" if sent else "deleted"), what, at=now,
                interview_id=draft.interview_id, dedupe=f"drafted:{item.message_id}",
            )  # fmt: skip

    def _warn_outdated(self, draft: Draft, item: OutboxItem, now: datetime) -> None:
        """The last look of drafts mode: they wrote after the draft was saved; say so once."""
        answer = wrote_since(self.store.timeline(draft.interview_id), item.updated_at)
        if answer is None:
            return
        self.store.add_event(
            "draft_outdated",
            f"{answer.sender} wrote after the draft to {draft.to_addr} was saved"
            f" ({answer.subject!r}): read it before you send that draft, or delete it",
            at=now, interview_id=draft.interview_id, dedupe=f"draft_outdated:{item.message_id}",
        )  # fmt: skip

    # --- bounces ----------------------------------------------------------------------

    def note_bounces(self, now: datetime) -> None:
        """A bounce of an address we wrote to marks that contact as bounced."""
        written = {
            self.store.draft(item.draft_id).to_addr.lower(): item
            for item in self.store.outbox([*WENT_OUT, OutboxState.SENDING, OutboxState.UNKNOWN])
        }
        for address, report_id in self.store.bounce_reports():
            if address in written and self.store.mark_bounced(
                address, now=now, detail=f"bounce report {report_id}"
            ):
                draft = self.store.draft(written[address].draft_id)
                self.store.add_event(
                    "bounced",
                    f"mail to {address} bounced; silence-watch will not write there again",
                    at=now, interview_id=draft.interview_id, dedupe=f"bounced:{address}",
                )  # fmt: skip
