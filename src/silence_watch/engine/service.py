"""One cycle of the daemon: sync -> understand -> decide -> draft (shell).

This module wires the pure core to the store and the mailbox. It holds no rules of its
own: what a message means is ``core.classify``, which interview it belongs to is
``core.match``, what to do is ``core.policy``, and the words are ``core.compose``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import holidays

from silence_watch.core.calendar import BusinessCalendar
from silence_watch.core.classify import classify_message
from silence_watch.core.compose import (
    BadTemplateError,
    Voice,
    choose_recipient,
    compose,
    reader_zone,
)
from silence_watch.core.errors import ConfigError, MailboxError, NotFoundError
from silence_watch.core.invites import apply_invite, invites_in, might_hold_invite
from silence_watch.core.match import Match, direction_of, match_message
from silence_watch.core.model import Action, Direction, DraftStatus, Intent, MessageKind
from silence_watch.core.parse import parse_headers, parse_message
from silence_watch.core.policy import Assessment, PolicySettings, assess, build_ladder
from silence_watch.core.record import CompanyRecord, Connection, company_records, connections
from silence_watch.core.threads import ThreadLink, thread_messages
from silence_watch.mailbox.imap import ImapMailbox
from silence_watch.mailbox.maildir import MaildirMailbox
from silence_watch.mailbox.oauth import auth_from_config
from silence_watch.store import NewDraft, NewMessage, Store, StoredMessage

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping
    from datetime import date, datetime

    from silence_watch.config import Settings
    from silence_watch.core.model import Interview, Message, TimelineEntry
    from silence_watch.delivery.outbox import DeliveryReport
    from silence_watch.mailbox.base import Batch, Mailbox

log = logging.getLogger(__name__)

#: Machine mail whose body may hold what the policy needs (who bounced, when they are back).
_BODY_WORTHY = frozenset({MessageKind.BOUNCE, MessageKind.AUTO_REPLY})


_MATCHED_AGAINST = "unmatched_mail_matched_against"
_UNDERSTAND_CHUNK = 500
#: How sure a thread-only match is, by what tied the message to the thread.
_THREAD_CONFIDENCE = {
    ThreadLink.REFERENCES: 0.9,
    ThreadLink.GMAIL: 0.7,
    ThreadLink.SUBJECT: 0.4,
}
_THREAD_REASON = {
    ThreadLink.REFERENCES: "in the same thread as this interview's mail (its references)",
    ThreadLink.GMAIL: "in the same Gmail conversation as this interview's mail",
    ThreadLink.SUBJECT: "same subject and people as this interview's mail (low confidence)",
}


def _fingerprint(interviews: list[Interview]) -> str:
    """What matching depends on: ids, contacts, domains and agencies of every interview."""
    parts = [repr((i.id, i.company, i.role, i.contacts, i.domains, i.agency)) for i in interviews]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _is_offer(entry: TimelineEntry) -> bool:
    return (
        entry.direction is Direction.INBOUND
        and entry.kind is MessageKind.HUMAN
        and entry.intent is Intent.OFFER
    )


@dataclass
class CycleReport:
    """What one cycle did, for logs and ``run --once``."""

    indexed: int = 0
    matched: int = 0
    drafted: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def business_calendar(settings: Settings) -> BusinessCalendar:
    """The candidate's working days: their zone, and their country's public holidays."""
    days: Collection[date] = frozenset()
    if settings.me.country:
        try:
            days = holidays.country_holidays(settings.me.country.upper())
        except NotImplementedError as error:
            code = settings.me.country
            message = f"me.country: {code!r} is not a country code the holidays package knows"
            raise ConfigError(message) from error
    return BusinessCalendar(zone=settings.zone, holidays=days)


def policy_settings(settings: Settings) -> PolicySettings:
    """The policy's knobs from the configuration."""
    knobs = settings.policy
    return PolicySettings(
        calendar=business_calendar(settings),
        wait_business_days=knobs.wait_business_days,
        ladder=build_ladder(
            agency_check_in=knobs.agency_check_in,
            follow_ups=knobs.follow_ups,
            gap_business_days=knobs.gap_business_days,
            closing_note=knobs.closing_note,
        ),
        ghost_after_business_days=knobs.ghost_after_business_days,
    )


def open_mailbox(settings: Settings) -> Mailbox:
    """Connect to the configured mailbox."""
    config = settings.mailbox
    if config.kind == "maildir":
        if config.path is None:  # the config model already refuses this
            raise ConfigError("mailbox.path: required when kind is maildir")
        return MaildirMailbox(config.path, sent_folder=config.sent)
    return ImapMailbox(config, auth_from_config(config))


class Service:
    """The daemon's work, one cycle at a time."""

    def __init__(self, settings: Settings, store: Store, templates: Mapping[str, str]) -> None:
        """Bind settings, state and templates; nothing is read from the network yet."""
        self.settings = settings
        self.store = store
        self.templates = templates
        self.policy = policy_settings(settings)
        self.own = settings.me.addresses

    # --- interviews -------------------------------------------------------------------

    def sync_interviews(self, now: datetime) -> None:
        """Bring the interviews of the config file into the store."""
        for interview in self.settings.configured_interviews():
            self.store.upsert_interview(interview, source="config", now=now)

    # --- mail -------------------------------------------------------------------------

    def sync_mailbox(
        self,
        mailbox: Mailbox,
        now: datetime,
        progress: Callable[[Batch], None] | None = None,
    ) -> CycleReport:
        """Index what is new in every watched folder, then understand it.

        ``progress`` is called after each batch is indexed and its cursor saved (an
        interrupted first run resumes from there).
        """
        report = CycleReport()
        new: list[int] = []
        for folder in mailbox.watched_folders():
            cursor = self.store.cursor(mailbox.name, folder)
            known = self.store.known_keys(mailbox.name, folder)
            for batch in mailbox.poll(folder, cursor, known):
                new += self._index_batch(mailbox, batch, now)
                if progress is not None:
                    progress(batch)
        report.indexed = len(new)
        report.matched = self.understand(mailbox, new, now)
        return report

    def _index_batch(self, mailbox: Mailbox, batch: Batch, now: datetime) -> list[int]:
        """Index one batch and save its cursor, in one transaction.

        A message that cannot be parsed or stored is recorded as an event with its
        defect and skipped: one person's malformed mail never stops the index.
        """
        with self.store.transaction():
            if batch.reset:
                log.info("folder %s changed identity (UIDVALIDITY); re-indexing it", batch.folder)
                self.store.forget_folder(mailbox.name, batch.folder)
            items = []
            for item in batch.messages:
                try:
                    message = parse_headers(item.headers)
                except Exception as error:  # noqa: BLE001 - malformed mail must never stop indexing
                    self._unindexable(f"{mailbox.name} {item.folder} {item.key}", error, now)
                    continue
                if message.date is None:
                    # No Date and no Received (an IMAP header fetch has none): when it was
                    # indexed is the best we know, and undated mail would never count.
                    message = replace(message, date=now, defects=(*message.defects, "no date"))
                direction = direction_of(message, self.own)
                items.append(NewMessage(message, item.headers, item.folder, item.key, direction))
            try:
                with self.store.savepoint():
                    added = self.store.add_messages(items, source=mailbox.name, now=now)
            except Exception:  # noqa: BLE001 - one bad message: index the rest one by one
                added = self._add_one_by_one(mailbox, items, now)
            self.store.save_cursor(mailbox.name, batch.folder, batch.cursor, now)
        return [pk for pk, is_new in added if is_new]

    def _add_one_by_one(
        self,
        mailbox: Mailbox,
        items: list[NewMessage],
        now: datetime,
    ) -> list[tuple[int, bool]]:
        """The slow path after a bulk insert failed: each message alone, the bad one skipped."""
        added = []
        for item in items:
            try:
                with self.store.savepoint():
                    added += self.store.add_messages([item], source=mailbox.name, now=now)
            except Exception as error:  # noqa: BLE001 - malformed mail must never stop indexing
                self._unindexable(f"{mailbox.name} {item.folder} {item.key}", error, now)
        return added

    def _unindexable(self, where: str, error: Exception, now: datetime) -> None:
        """Record a message that cannot be indexed, once, and carry on."""
        log.warning("skipped a message that cannot be indexed (%s): %s", where, error)
        self.store.add_event(
            "unindexable_message",
            f"{where}: {type(error).__name__}: {error}"[:500],
            at=now,
            dedupe=f"unindexable:{where}",
        )

    def understand(self, mailbox: Mailbox, new: list[int], now: datetime) -> int:
        """Classify and match new messages; return how many matched an interview.

        Mail that matched nothing is matched again only when the interviews changed
        (a new one, a new contact), not on every cycle.
        """
        interviews = self.store.interviews()
        fingerprint = _fingerprint(interviews)
        rematch = self.store.meta(_MATCHED_AGAINST) != fingerprint
        new_set = set(new)
        # New messages are unmatched too: a rematch reads them in the same query.
        if rematch:
            candidates = self.store.messages(unmatched=True)
        else:
            candidates = self.store.messages(ids=new)
        owners = self.store.thread_owners()
        matched = 0
        # Commit every few hundred messages: one transaction per message made a first run
        # spend more time committing than understanding; one for the whole run would hold
        # the database while bodies are fetched.
        for start in range(0, len(candidates), _UNDERSTAND_CHUNK):
            with self.store.transaction():
                for stored in candidates[start : start + _UNDERSTAND_CHUNK]:
                    match = self._understand_one(
                        mailbox,
                        stored,
                        interviews,
                        owners,
                        is_new=stored.pk in new_set,
                        now=now,
                    )
                    if match is not None:
                        matched += 1
                        if stored.message.message_id:
                            owners[stored.message.message_id] = match.interview_id
                        new_set.discard(stored.pk)
        leftovers = [m for m in candidates if m.pk in new_set]
        matched += self._match_by_thread(mailbox, leftovers, interviews, owners, now)
        if rematch:
            self.store.set_meta(_MATCHED_AGAINST, fingerprint)
        return matched

    def _match_by_thread(
        self,
        mailbox: Mailbox,
        leftovers: list[StoredMessage],
        interviews: list[Interview],
        owners: dict[str, int],
        now: datetime,
    ) -> int:
        """Tie new mail no rule matched to an interview whose mail is in the same thread.

        The threader joins what the per-message rules cannot see: Gmail's thread id, and
        a reply whose references were lost but whose subject and people are the same.
        """
        known = [m for i in interviews for m in self.store.messages(interview_id=i.id)]
        if not known or not leftovers:
            return 0
        threading = thread_messages(
            [(m.pk, m.message) for m in known + leftovers],
            own_addresses=self.own,
        )
        owner_of_thread: dict[int, int] = {}
        for m in known:
            if m.interview_id is not None:
                owner_of_thread.setdefault(threading.thread_of[m.pk], m.interview_id)
        matched = 0
        with self.store.transaction():
            for stored in leftovers:
                owner = owner_of_thread.get(threading.thread_of[stored.pk])
                if owner is None:
                    continue
                link = threading.confidence[stored.pk]
                hint = Match(owner, _THREAD_CONFIDENCE.get(link, 0.4), _THREAD_REASON.get(link, ""))
                found = self._understand_one(
                    mailbox, stored, interviews, owners, is_new=True, now=now, hint=hint,
                )
                matched += found is not None
        return matched

    def _understand_one(
        self,
        mailbox: Mailbox,
        stored: StoredMessage,
        interviews: list[Interview],
        owners: dict[str, int],
        *,
        is_new: bool,
        now: datetime,
        hint: Match | None = None,
    ) -> Match | None:
        """Classify one message (from its body when it matters), match it, remember both.

        ``hint`` is a match found another way (by thread), used when no rule matches.
        """
        message = stored.message
        result = classify_message(message)
        match = match_message(message, interviews, own_addresses=self.own, thread_owner=owners)
        match = match or hint
        if not is_new and match is None:
            return None  # still nobody's: nothing changed for this message
        invite = is_new and might_hold_invite(message)
        needs_body = match is not None or result.kind in _BODY_WORTHY or invite
        if needs_body:
            full = self._whole_message(mailbox, stored.pk)
            if full is not None:
                message = parse_message(full)
                result = classify_message(message)
        if invite:
            self._propose(message, now)
        if match is None and result.bounced_message_id in owners:
            owner = owners[result.bounced_message_id or ""]
            match = Match(owner, 1.0, "a bounce of a message in this interview's thread")
        self.store.save_classification(stored.pk, result, body_read=needs_body)
        self.store.save_match(stored.pk, match)
        return match

    def _propose(self, message: Message, now: datetime) -> None:
        """Turn calendar invitations into proposed interviews, moved or cancelled by later ones."""
        zone = self.settings.me.timezone
        for invite in invites_in(message, own_addresses=self.own, default_zone=zone):
            try:
                held = {invite.uid: self.store.proposal(invite.uid).proposal}
            except NotFoundError:
                held = {}
            updated = apply_invite(held, invite).get(invite.uid)
            if updated is not None:
                self.store.save_proposal(updated, now)
                log.info("invitation %s: %s", invite.uid, updated.summary or "(no title)")

    def _whole_message(self, mailbox: Mailbox, pk: int) -> bytes | None:
        location = self.store.location_of(pk)
        if location is None or location[0] != mailbox.name:
            return None
        try:
            return mailbox.fetch_message(location[1], location[2])
        except MailboxError as error:
            log.warning("could not read message %d in full: %s", pk, error)
            return None

    # --- decisions --------------------------------------------------------------------

    def overview(
        self,
        now: datetime,
    ) -> list[tuple[Interview, list[TimelineEntry], Assessment]]:
        """Every interview with its timeline and where it stands at ``now``.

        An offer in one interview is passed to the others, which then owe the employer
        a status update.
        """
        timelines = {i.id: (i, self.store.timeline(i.id)) for i in self.store.interviews()}
        offers = {
            interview_id: min(offered)
            for interview_id, (_, timeline) in timelines.items()
            if (offered := [e.at for e in timeline if _is_offer(e) and e.at <= now])
        }
        result = []
        for interview_id, (interview, timeline) in timelines.items():
            elsewhere = [at for other, at in offers.items() if other != interview_id]
            offer_at = min(elsewhere) if elsewhere else None
            verdict = assess(interview, timeline, now, self.policy, offer_at=offer_at)
            result.append((interview, timeline, verdict))
        return result

    def assessments(self, now: datetime) -> list[tuple[Interview, Assessment]]:
        """Every interview with where it stands at ``now``."""
        return [(interview, verdict) for interview, _, verdict in self.overview(now)]

    def records(self, now: datetime) -> list[CompanyRecord]:
        """What the mailbox says about each company, from mail up to ``now`` only."""
        return company_records(
            (interview, [e for e in timeline if e.at <= now], verdict)
            for interview, timeline, verdict in self.overview(now)
        )

    def connections_of(self, interview: Interview) -> list[Connection]:
        """People at the interview's company the candidate already has mail history with."""
        return connections(interview, self.store.correspondence(interview.domains))

    def decide(self, now: datetime) -> CycleReport:
        """Queue the drafts that are due, and cancel the ones the situation made moot."""
        report = CycleReport()
        voice = Voice(self.settings.me.name, self.templates, self.settings.zone)
        flagged = set(self.store.bounced_contacts())
        self._wake_snoozed(now)
        for interview, verdict in self.assessments(now):
            report.cancelled += self._cancel_moot(interview, verdict, now)
            if verdict.next_action is None or verdict.slot is None or not verdict.is_due(now):
                continue
            if self.store.has_draft(interview.id, verdict.slot):
                continue
            timeline = self.store.timeline(interview.id)
            # Bounces on this timeline, and any address the outbox flagged after a bounce.
            bounced = {address for e in timeline for address in e.bounced_recipients}
            bounced |= flagged
            recipient = choose_recipient(
                verdict.next_action,
                interview,
                timeline,
                bounced=bounced,
            )
            if recipient is None:
                self.store.add_event(
                    "no_recipient",
                    f"no address to send the {verdict.next_action.value} to; add a contact",
                    at=now,
                    interview_id=interview.id,
                    dedupe=f"no_recipient:{interview.id}:{verdict.slot}",
                )
                continue
            try:
                text = compose(
                    verdict.next_action,
                    interview,
                    timeline,
                    voice=voice,
                    recipient=recipient,
                    attempt=verdict.attempt,
                    today=now.astimezone(reader_zone(interview, self.settings.zone)).date(),
                    answer_by=self._answer_by(verdict),
                )
            except BadTemplateError as error:
                report.problems.append(str(error))
                continue
            draft_id = self.store.add_draft(
                NewDraft(
                    interview_id=interview.id,
                    kind=text.action.value,
                    slot=verdict.slot,
                    to_addr=text.to.email,
                    to_name=text.to.name,
                    subject=text.subject,
                    body=text.body,
                    in_reply_to=text.in_reply_to,
                    references=text.references,
                    due_at=verdict.next_action_at,
                ),
                now,
            )
            if draft_id is not None:
                report.drafted.append(draft_id)
                log.info("drafted %s for %s (draft %d)", text.action, interview.company, draft_id)
        return report

    def _answer_by(self, verdict: Assessment) -> date | None:
        """For a status update: a week of business days from when it goes out."""
        if verdict.next_action is not Action.STATUS_UPDATE or verdict.next_action_at is None:
            return None
        calendar = self.policy.calendar
        return calendar.add_business_days(calendar.local_date(verdict.next_action_at), 5)

    def _wake_snoozed(self, now: datetime) -> None:
        """Snoozed drafts whose time came are queued again: the digest asks about them anew."""
        for draft in self.store.drafts([DraftStatus.SNOOZED]):
            if draft.snoozed_until is None or draft.snoozed_until <= now:
                self.store.update_draft(
                    draft.id, expect=DraftStatus.SNOOZED, status=DraftStatus.QUEUED, now=now
                )

    def _cancel_moot(self, interview: Interview, verdict: Assessment, now: datetime) -> list[int]:
        """Cancel queued drafts whose moment passed (they replied, a step was taken)."""
        cancelled = []
        for draft in self.store.drafts([DraftStatus.QUEUED, DraftStatus.SNOOZED]):
            if draft.interview_id != interview.id or draft.slot == verdict.slot:
                continue
            if self.store.outbox_for(draft.id) is not None:
                continue  # in the Drafts folder: the outbox notices it sent or deleted
            moved = self.store.update_draft(
                draft.id,
                expect=draft.status,
                status=DraftStatus.CANCELLED,
                now=now,
            )
            if moved:
                cancelled.append(draft.id)
                self.store.add_event(
                    "draft_cancelled",
                    f"draft {draft.id} ({draft.kind}) is no longer needed: {verdict.reason}",
                    at=now,
                    interview_id=interview.id,
                )
        return cancelled

    def run_once(
        self, mailbox: Mailbox | None, now: datetime, *, send: bool = False
    ) -> CycleReport:
        """One full cycle: interviews, mail (when a mailbox is given), decisions.

        Only with ``send=True`` does anything leave (replies to digests, the outbox, the
        digest): callers pass it for real time only, never for a ``--now`` preview.
        """
        self.sync_interviews(now)
        report = CycleReport()
        if mailbox is not None:
            report = self.sync_mailbox(mailbox, now)
        decided = self.decide(now)
        report.drafted = decided.drafted
        report.cancelled = decided.cancelled
        report.problems += decided.problems
        if send:
            report.problems += self.deliver(mailbox, now).problems
        return report

    # --- delivery (silence_watch.delivery) ------------------------------------------------

    def deliver(self, mailbox: Mailbox | None, now: datetime) -> DeliveryReport:
        """Carry out digest replies, send what is approved and due, send the digest."""
        from silence_watch.delivery.cycle import deliver  # noqa: PLC0415 - SMTP only when sending

        return deliver(self, mailbox, now)
