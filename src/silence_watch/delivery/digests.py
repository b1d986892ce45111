"""Sending the digest and carrying out the candidate's replies to it (shell).

A digest is machine mail to the candidate (``Auto-Submitted: auto-generated``,
``X-Auto-Response-Suppress: All``, ``X-Silence-Watch: digest``), with a text and an HTML
part and a fresh secret token. Its Message-ID, token and numbering are stored before it
is handed to SMTP, so a reply can be checked against them. A reply is judged by
``core.approval`` and read by ``core.commands``; refused replies are reported in the next
digest, accepted ones get a short confirmation.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime
from email import message_from_bytes
from email import policy as email_policy
from typing import TYPE_CHECKING

from silence_watch.core.approval import SentDigest, Verdict, judge_reply
from silence_watch.core.commands import Reply, parse_reply
from silence_watch.core.digest import (
    DigestNews,
    DraftLine,
    render_digest,
    render_digest_html,
)
from silence_watch.core.errors import MailboxError, SilenceWatchError
from silence_watch.core.model import DigestState, DraftStatus, EventKind, InterviewState
from silence_watch.core.parse import parse_message
from silence_watch.core.words import plural
from silence_watch.delivery.smtp import Outgoing, build_message, new_message_id
from silence_watch.engine.drafts import run_command
from silence_watch.engine.faults import crash_point

if TYPE_CHECKING:
    from collections.abc import Mapping

    from silence_watch.delivery.outbox import Outbox
    from silence_watch.delivery.smtp import SmtpSender
    from silence_watch.engine.service import Service
    from silence_watch.mailbox.base import Mailbox
    from silence_watch.store import StoredMessage

log = logging.getLogger(__name__)

MACHINE_HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
_NEWS_KINDS = frozenset(
    {EventKind.SENT, EventKind.SEND_CANCELLED, EventKind.DRAFT_CANCELLED, EventKind.DRAFT_SENT,
     EventKind.DRAFT_DELETED, EventKind.BOUNCED, EventKind.REPLY_REFUSED,
     EventKind.NO_RECIPIENT, EventKind.DRAFT_SAVED, EventKind.AUTO_APPROVED}
)  # fmt: skip
_ATTENTION_KINDS = frozenset(
    {EventKind.SEND_UNKNOWN, EventKind.BOUNCED, EventKind.REPLY_REFUSED, EventKind.DRAFT_OUTDATED}
)
#: Interviews for which the digest names people the candidate already knows there.
_WORTH_A_CONNECTION = frozenset({InterviewState.OVERDUE, InterviewState.FOLLOWED_UP})


def new_token() -> str:
    """A fresh secret for one digest (128 bits, URL-safe)."""
    return "sw-" + secrets.token_urlsafe(16)


class DigestContent:
    """What a digest says: the numbered drafts and the news. Reads state, changes nothing."""

    def __init__(self, service: Service) -> None:
        """Read from this service's store and assessments."""
        self.service = service
        self.store = service.store

    def lines(self) -> list[DraftLine]:
        """Queued drafts, numbered as the digest shows them.

        Drafts already handed to the Drafts folder (``sending.mode: draft``) are the
        candidate's to send from their client: they are news, not questions.
        """
        companies = {i.id: i.company for i in self.store.interviews()}
        queued = [
            d
            for d in self.store.drafts([DraftStatus.QUEUED])
            if self.store.outbox_for(d.id) is None
        ]
        return [
            DraftLine(n, d.id, companies.get(d.interview_id, "?"), d.kind, d.to_addr,
                      d.subject, d.body, d.due_at)
            for n, d in enumerate(queued, start=1)
        ]  # fmt: skip

    def news(self, since: datetime | None, now: datetime) -> tuple[DigestNews, list[str]]:
        """What happened since the last digest, and the refused replies it reports."""
        outcomes, attention = [], []
        for at, kind, detail in self.store.events():
            if since is not None and at <= since:
                continue
            if kind in _ATTENTION_KINDS:
                attention.append(detail)
            elif kind in _NEWS_KINDS:
                outcomes.append(detail)
        refused = self.store.refusals_to_report()
        attention += [detail for _, detail in refused]
        unknown = self.store.drafts([DraftStatus.UNKNOWN])
        attention += [
            f"draft {d.id} to {d.to_addr}: unknown whether it went out; check Sent, then"
            f" run: silence-watch drafts show {d.id}"
            for d in unknown
        ]
        attention += [f"{email} bounced ({why})" for email, why in
                      self.store.bounced_contacts().items()]  # fmt: skip
        proposals = [
            f"{p.proposal.summary or 'an interview'}"
            + (f" on {p.proposal.start:%Y-%m-%d %H:%M}" if p.proposal.start else "")
            for p in self.store.proposals()
        ]
        records = [record.line() for record in self.service.records(now)]
        news = DigestNews(
            outcomes=outcomes,
            attention=list(dict.fromkeys(attention)),
            proposals=proposals,
            records=records,
            known_people=self._known_people(now),
        )
        return news, [message_id for message_id, _ in refused]

    def _known_people(self, now: datetime) -> dict[int, str]:
        """For each overdue interview, the people there the candidate already knows."""
        known = {}
        for interview, verdict in self.service.assessments(now):
            if verdict.state not in _WORTH_A_CONNECTION:
                continue
            people = self.service.connections_of(interview)[:3]
            if people:
                known[interview.id] = ", ".join(
                    f"{p.name or p.email} <{p.email}> ({plural(p.messages, 'message')}, "
                    f"last {p.last_at:%b %d})"
                    for p in people
                )
        return known

    def last_sent(self) -> datetime | None:
        """When the last digest went out, if one has."""
        sent = [d.sent_at for d in self.store.digests() if d.state is DigestState.SENT]
        return max(sent) if sent else None

    def text(self, now: datetime) -> str:
        """The digest as it would be sent now, without a token (``digest --print``)."""
        news, _ = self.news(self.last_sent(), now)
        rows = self.service.assessments(now)
        return render_digest(
            rows, self.lines(), now=now, zone=self.service.settings.zone, news=news
        )


class Digests:
    """Builds and sends digests; reads the replies to them."""

    def __init__(self, service: Service, outbox: Outbox, sender: SmtpSender | None) -> None:
        """Bind the service (for assessments), the outbox (for approvals) and SMTP."""
        self.service = service
        self.store = service.store
        self.settings = service.settings
        self.outbox = outbox
        self.sender = sender
        self.content = DigestContent(service)

    @property
    def to(self) -> str:
        """Where digests go: ``digest.to``, else the candidate's address."""
        return self.settings.digest.to or self.settings.me.email

    # --- building and sending ---------------------------------------------------------

    def lines(self) -> list[DraftLine]:
        """Queued drafts, numbered as the digest shows them."""
        return self.content.lines()

    def news(self, since: datetime | None, now: datetime) -> tuple[DigestNews, list[str]]:
        """What happened since the last digest, and the refused replies it reports."""
        return self.content.news(since, now)

    def due(self, now: datetime) -> bool:
        """True at ``digest.at`` in the candidate's zone once a day, or for a new draft."""
        zone = self.settings.zone
        sent = [d for d in self.store.digests() if d.state is DigestState.SENT]
        local = now.astimezone(zone)
        today_at = datetime.combine(local.date(), self.settings.digest.time, tzinfo=zone)
        if now >= today_at and not any(d.sent_at >= today_at for d in sent):
            return True
        if self.settings.digest.on_new_draft:
            shown = {draft_id for d in sent for draft_id in d.numbers.values()}
            return any(line.draft_id not in shown for line in self.lines())
        return False

    def send(self, now: datetime) -> str:
        """Build and send one digest now; return its Message-ID."""
        if self.sender is None:
            raise SilenceWatchError("cannot send the digest: there is no smtp: section")
        me = self.settings.me
        zone = self.settings.zone
        previous = [d.sent_at for d in self.store.digests() if d.state is DigestState.SENT]
        news, reported = self.news(max(previous) if previous else None, now)
        rows = self.service.assessments(now)
        lines = self.lines()
        token = new_token()
        message_id = new_message_id(me.email.rpartition("@")[2])
        day = now.astimezone(zone)
        raw = build_message(
            Outgoing(
                sender=("silence-watch", me.email),
                to=("", self.to),
                subject=f"silence-watch digest for {day:%A, %B} {day.day}",
                text=render_digest(rows, lines, now=now, zone=zone, news=news, token=token),
                html=render_digest_html(rows, lines, now=now, zone=zone, news=news, token=token),
                message_id=message_id,
                date=day,
                headers={**MACHINE_HEADERS, "X-Silence-Watch": "digest"},
            ),
        )
        self.store.add_digest(
            message_id=message_id,
            token=token,
            numbers={line.number: line.draft_id for line in lines},
            now=now,
        )
        self.sender.send(raw, sender=me.email, recipients=[self.to])
        self.store.mark_digest(message_id, DigestState.SENT)
        self.store.mark_refusals_reported(reported)
        return message_id

    # --- replies ----------------------------------------------------------------------

    def process_replies(self, mailbox: Mailbox, now: datetime) -> list[str]:
        """Judge and carry out new replies to digests; return what was done, line by line."""
        digests = self.store.digests()
        done: list[str] = []
        for stored in self.store.digest_replies(d.message_id for d in digests):
            if "x-silence-watch" in stored.message.headers:
                continue  # our own digest or confirmation
            key = stored.message.message_id or f"no-id:{stored.pk}"
            if self.store.reply_judged(key):
                continue
            raw = self._fetch(mailbox, stored)
            if raw is None:
                continue
            message = parse_message(raw)
            # Read afresh for each reply: one accepted earlier in this pass answers its digest.
            sent = [
                SentDigest(d.message_id, d.token, d.numbers, d.answered_by)
                for d in self.store.digests()
            ]
            results = [
                str(v)
                for v in message_from_bytes(raw, policy=email_policy.compat32).get_all(
                    "Authentication-Results", []
                )
            ]
            decision = judge_reply(
                message,
                me=self.settings.me.email,
                digests=sent,
                authentication_results=results,
                processed=False,
            )
            digest_id = decision.digest.message_id if decision.digest else None
            if decision.verdict is not Verdict.ACCEPTED:
                self.store.record_reply(
                    key, digest_message_id=digest_id, verdict=decision.verdict.value,
                    detail=decision.reason, now=now,
                )  # fmt: skip
                log.warning("%s", decision.reason)
                continue
            numbers = decision.digest.numbers if decision.digest else {}
            outcome = self.carry_out(parse_reply(message.body or ""), numbers, now)
            self.store.record_reply(
                key, digest_message_id=digest_id, verdict="accepted", detail="; ".join(outcome),
                now=now,
            )  # fmt: skip
            done += outcome
            self._confirm(message.message_id, message.subject, outcome, now)
        return done

    def _fetch(self, mailbox: Mailbox, stored: StoredMessage) -> bytes | None:
        location = self.store.location_of(stored.pk)
        if location is None or location[0] != mailbox.name:
            return None
        try:
            return mailbox.fetch_message(location[1], location[2])
        except MailboxError as error:
            log.warning("could not read a reply to the digest: %s", error)
            return None

    def carry_out(self, reply: Reply, numbers: Mapping[int, int], now: datetime) -> list[str]:
        """Apply each command of a parsed reply through the draft queue; one line each."""
        out: list[str] = []
        queue = self.outbox.queue
        for command in reply.commands:
            targets = sorted(numbers) if command.every else list(command.numbers)
            for number in targets:
                draft_id = numbers.get(number)
                if draft_id is None:
                    out.append(f"{command.line}: there is no draft [{number}] in that digest.")
                    continue
                outcome = run_command(queue, command, draft_id, now)
                out.append(f"[{number}] {outcome.text}")
        out += [f"Not understood: {line}" for line in reply.not_understood]
        return out

    def _confirm(
        self, reply_id: str | None, subject: str, outcome: list[str], now: datetime
    ) -> None:
        if self.sender is None or reply_id is None:
            return
        me = self.settings.me
        text = "silence-watch read your reply:\n\n" + "\n".join(
            f"  {line}" for line in outcome or ["No commands found."]
        )
        raw = build_message(
            Outgoing(
                sender=("silence-watch", me.email),
                to=("", self.to),
                subject=subject if subject.lower().startswith("re:") else f"Re: {subject}",
                text=text + "\n",
                message_id=new_message_id(me.email.rpartition("@")[2]),
                date=now.astimezone(self.settings.zone),
                in_reply_to=reply_id,
                references=(reply_id,),
                headers={**MACHINE_HEADERS, "X-Silence-Watch": "confirmation"},
            ),
        )
        crash_point("confirm")
        self.sender.send(raw, sender=me.email, recipients=[self.to])
