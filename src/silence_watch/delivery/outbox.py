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

Each step is a crash point of the fault-injection tests (``engine.faults``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from silence_watch.core.accepted_elsewhere import acceptances, after_acceptance
from silence_watch.core.agency_handover import handed_to_client
from silence_watch.core.elsewhere import news_elsewhere
from silence_watch.core.errors import (
    ConflictError,
    DeliveryError,
    MailboxError,
    TransitionError,
)
from silence_watch.core.lifecycle import (
    Event,
    bounced_addresses,
    refusal,
)
from silence_watch.core.model import Action, DraftStatus, EventKind, OutboxState
from silence_watch.core.policy import assess
from silence_watch.core.retractions import without_retracted
from silence_watch.core.sending import allowed_recipients, in_window
from silence_watch.core.their_side import with_them
from silence_watch.delivery.bounces import note_bounces
from silence_watch.delivery.handover import Handover
from silence_watch.delivery.smtp import Outgoing, RefusedError, build_message, new_message_id
from silence_watch.engine.decisions import process_timelines
from silence_watch.engine.drafts import DraftQueue
from silence_watch.engine.faults import crash_point
from silence_watch.engine.knobs import policy_settings, recipient_zone, send_window
from silence_watch.store import Change

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from silence_watch.config import Settings
    from silence_watch.core.model import Draft, Interview, OutboxItem, Process, TimelineEntry
    from silence_watch.delivery.folders import MailFolders
    from silence_watch.delivery.smtp import SmtpSender
    from silence_watch.store import Store

log = logging.getLogger(__name__)

_SEEN = (b"\\Seen",)



@dataclass
class DeliveryReport:
    """What one delivery pass did."""

    sent: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    drafted: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    digests: int = 0


class Outbox:
    """Sending, crash recovery, Sent copies, drafts mode and bounces."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        sender: SmtpSender | None,
        folders: MailFolders | None,
    ) -> None:
        """Bind the state and the servers; ``sender`` None means nothing can be sent."""
        self.settings = settings
        self.store = store
        self.sender = sender
        self.folders = folders
        self.window = send_window(settings)
        self.policy = policy_settings(settings)
        self.queue = DraftQueue(store, settings)

    def zone_for(self, interview_id: int) -> ZoneInfo:
        """The recipient's zone: the interview's, else the candidate's."""
        return recipient_zone(self.store.interview(interview_id), self.settings)

    def move(
        self,
        draft_id: int,
        event: Event,
        now: datetime,
        *,
        change: Change | None = None,
        expect: DraftStatus | None = None,
    ) -> bool:
        """Apply ``event``; False when the draft or its message moved meanwhile."""
        try:
            self.store.apply(draft_id, event, now=now, change=change, expect=expect)
        except (ConflictError, TransitionError) as error:
            log.info("draft %d: %s", draft_id, error)
            return False
        return True

    def approve_due(self, now: datetime, report: DeliveryReport) -> None:
        """``auto`` mode: every queued draft whose moment came is approved without asking."""
        for draft in self.store.drafts([DraftStatus.QUEUED]):
            if draft.due_at is not None and draft.due_at > now:
                continue
            outcome = self.queue.approve(draft.id, now=now, via="auto")
            if not outcome.ok:
                report.problems.append(f"draft {draft.id} {outcome.text}")
                continue
            self.store.add_event(
                EventKind.AUTO_APPROVED, f"Draft {draft.id} {outcome.text} (sending.mode auto)",
                at=now, interview_id=draft.interview_id, dedupe=f"auto_approved:{draft.id}",
            )  # fmt: skip

    # --- sending ----------------------------------------------------------------------

    def run(self, now: datetime) -> DeliveryReport:
        """Settle what a crash left, then send every approved draft whose time came."""
        report = DeliveryReport()
        self.recover(now, report)
        note_bounces(self.store, now)
        if self.settings.sending.mode == "draft":
            Handover(self).run(now, report)
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

    def conversation(
        self, interview_id: int, shared: Mapping[int, Sequence[TimelineEntry]] | None = None
    ) -> tuple[Process, Interview, list[TimelineEntry]]:
        """A round's process, the round seen as it, and what passed between them and us.

        The candidate's forwards to someone outside the process, and the answers to them,
        are left out (``core.their_side.with_them``): a friend's reply is no news.
        ``shared``: every process's timeline (``process_timelines``) when the caller has
        them already.
        """
        round_ = self.store.interview(interview_id)
        process = self.store.process(round_.process_id)
        interview = process.view(round_)
        timeline = without_retracted(with_them(interview, self.store.timeline(interview_id)))
        # what the candidate's other applications at that company mean for this one
        if shared is None:
            _, shared, _ = process_timelines(self.store, self.policy.unsure_below)
        known = {e.message_id for e in timeline}
        extra = [e for e in shared.get(process.id, []) if e.message_id not in {None, *known}]
        return process, interview, sorted([*timeline, *extra], key=lambda e: e.at)

    def last_look(self, draft: Draft, approved_at: datetime, now: datetime) -> str | None:
        """Why this draft must not go now (``core.lifecycle.refusal``), or None.

        The process is read again as it stands now: whatever arrived since the approval,
        sent by the employer or by the candidate themselves, counts.
        """
        processes, timelines, employers = process_timelines(self.store, self.policy.unsure_below)
        process, interview, timeline = self.conversation(draft.interview_id, timelines)
        if draft.kind == Action.STATUS_UPDATE.value:
            news = news_elsewhere(timelines, now, None, employers, self.policy.unsure_below)
            if process.id not in news:  # the offer elsewhere was withdrawn, or misread
                return (f"draft {draft.id} ({interview.company}) was not sent: the news it"
                        " gives (an offer or a final round elsewhere) no longer stands.")
        standing = assess(process, timeline, now, self.policy)
        accepted = acceptances(timelines, employers, now, self.policy.unsure_below)
        other, said = accepted.get(process.id, (0, None))  # she said yes to another employer
        companies = {p.id: p.company for p in processes}
        standing = after_acceptance(
            standing, said, companies.get(other, ""), now, self.settings.zone
        )
        allowed = allowed_recipients(interview, timeline) | set(  # its heir there (u41ag)
            handed_to_client(interview, timeline))
        if draft.kind == Action.CONNECTION_NOTE.value and self.store.knows_address(draft.to_addr):
            allowed |= {draft.to_addr.lower()}  # the person the candidate chose to ask
        return refusal(
            draft,
            interview,
            timeline,
            approved_at=approved_at,
            allowed=allowed,
            bounced=bounced_addresses([timeline], self.store.bounced_contacts()),
            standing=standing,
        )

    def _resume(self, item: OutboxItem, now: datetime, report: DeliveryReport) -> None:
        """A ``prepared`` item (a crash or a refusal left it): checked again like a first send."""
        draft = self.store.draft(item.draft_id)
        if not in_window(now, self.window, self.zone_for(draft.interview_id)):
            return  # it waits for the next window, as it would have the first time
        if self._snoozed(draft, now):
            return  # it waits for the snooze to end
        approval = self.store.approval(draft.id)
        refused = self.last_look(
            draft, approval.approved_at if approval else draft.updated_at, now
        )
        if refused is None:
            self._transmit(item, now, report)
        elif self.move(draft.id, Event.MOOT, now, change=Change(detail=refused)):
            self.tell_cancelled(draft, refused, now, report)

    def _waits(self, draft: Draft, now: datetime) -> bool:
        """True when an approved draft due now must wait; its send time is moved on.

        Its moment may have passed while nothing ran (a machine asleep): never outside the
        window, past the day's limit or while the process is snoozed; it waits for the
        next window with room after.
        """
        zone = self.zone_for(draft.interview_id)
        today = now.astimezone(zone).date()
        sent_today = [t for t in self.store.sent_times() if t.astimezone(zone).date() == today]
        if (
            in_window(now, self.window, zone)
            and len(sent_today) < self.window.max_per_day
            and not self._snoozed(draft, now)
        ):
            return False
        self.store.reschedule(draft.id, self.queue.send_at(draft, now))
        return True

    def _snoozed(self, draft: Draft, now: datetime) -> bool:
        snoozed = self.store.interview(draft.interview_id).snoozed_until
        return snoozed is not None and snoozed > now

    def tell_cancelled(
        self, draft: Draft, refusal: str, now: datetime, report: DeliveryReport
    ) -> None:
        """Record that a draft was not sent, and why, for the digest."""
        report.cancelled.append(draft.id)
        self.store.add_event(
            EventKind.SEND_CANCELLED, refusal, at=now, interview_id=draft.interview_id,
            dedupe=f"send_cancelled:{draft.id}",
        )  # fmt: skip

    def _send_draft(self, draft: Draft, now: datetime, report: DeliveryReport) -> None:
        approval = self.store.approval(draft.id)
        approved_at = approval.approved_at if approval else draft.updated_at
        send_at = approval.send_at if approval else now
        if send_at > now or self._waits(draft, now):
            return
        refused = self.last_look(draft, approved_at, now)
        if refused is not None:
            if self.move(draft.id, Event.MOOT, now, expect=DraftStatus.APPROVED):
                self.tell_cancelled(draft, refused, now, report)
            return
        if self.sender is None:
            report.problems.append("approved follow-ups are waiting: smtp is not configured")
            return
        try:
            raw, message_id = self.render(draft, now)
        except DeliveryError as error:  # this draft can never be written; the rest can
            if self.move(draft.id, Event.MOOT, now, expect=DraftStatus.APPROVED):
                self.tell_cancelled(draft, f"draft {draft.id} was not sent: {error}", now, report)
            return
        if not self.move(
            draft.id, Event.PREPARE, now, change=Change(outgoing=(message_id, raw)),
            expect=DraftStatus.APPROVED,
        ):  # fmt: skip
            return
        crash_point("id_committed")
        item = self.store.outbox_for(draft.id)
        if item is not None:
            self._transmit(item, now, report)

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
        if not self.move(draft.id, Event.BEGIN, now):
            return
        try:
            self.sender.send(item.raw, sender=self.settings.me.email, recipients=[draft.to_addr])
        except RefusedError as error:
            self.move(draft.id, Event.REFUSED, now, change=Change(detail=str(error)))
            report.problems.append(f"draft {draft.id}: {error}")  # logged as a warning
            return
        except DeliveryError as error:
            report.problems.append(f"draft {draft.id}: {error}")
            self.resolve(self.store.outbox_for(draft.id) or item, now, report)
            return
        crash_point("after_250")
        with self.store.transaction():
            self.move(draft.id, Event.ACCEPTED, now)
            self.store.add_event(
                EventKind.SENT, f"sent the {draft.kind.replace('_', ' ')} to {draft.to_addr}",
                at=now, interview_id=draft.interview_id, dedupe=f"sent:{item.message_id}",
            )  # fmt: skip
        report.sent.append(draft.id)
        log.info(
            "sent the %s to %s (draft %d, interview %d)",
            draft.kind.replace("_", " "), draft.to_addr, draft.id, draft.interview_id,
        )  # fmt: skip
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
        self.move(item.draft_id, Event.FILED, now, change=Change(detail=detail))

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
        detail = (
            "found in the mailbox after an interruption"
            if found
            else "interrupted while sending and not found in Sent"
        )
        self.move(draft.id, Event.FOUND if found else Event.LOST, now, change=Change(detail=detail))
        if found:
            report.sent.append(draft.id)
            return
        report.unknown.append(draft.id)
        log.warning(
            "draft %d to %s may or may not have gone out: sending was interrupted and its"
            " Message-ID <%s> is not in Sent or the INBOX; check your Sent folder (it will"
            " not be sent again by itself), then: silence-watch drafts list --all",
            draft.id, draft.to_addr, item.message_id,
        )  # fmt: skip
        self.store.add_event(
            EventKind.SEND_UNKNOWN,
            f"draft {draft.id} to {draft.to_addr} may or may not have gone out (sending was"
            " interrupted). Check your Sent folder; it will not be sent again by itself.",
            at=now, interview_id=draft.interview_id, dedupe=f"send_unknown:{item.message_id}",
        )  # fmt: skip
