"""Carrying out the candidate's replies to digests (shell).

Each new reply is judged by ``core.approval`` (from the candidate, answering a digest we
sent, with its token, not failing DKIM/DMARC, not too old) and read by ``core.commands``
from its raw bytes. A refused reply is recorded and reported in the next digest; one that
is hers but holds two digests' tokens whose numbers differ is also confirmed at once, with
why. An accepted one is carried out command by command through ``engine.drafts`` (the same
code as ``silence-watch drafts ...``), and answered with a short confirmation that lists
what was done and every line that was not understood; those lines are listed once more,
once, in the next digest (an event it reads).

A reply in which nothing was understood changes nothing and does not count as an answer:
its confirmation says so, and the candidate can answer the digest again. A digest may be
answered by several replies (its one-tap links each start one); each reply is carried
out once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from silence_watch.core.errors import MailboxError, SilenceWatchError
from silence_watch.core.model import EventKind
from silence_watch.engine.drafts import Outcome, run_command
from silence_watch.engine.faults import crash_point

# What reads a reply (the parser, the commands' grammar, who may approve, discovery's and
# corrections' answers, SMTP for the confirmation) is imported when a reply is read: a
# pass with no new reply, every steady cycle's, never loads it.

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import datetime

    from silence_watch.core.approval import Decision
    from silence_watch.core.commands import Command, Reply
    from silence_watch.delivery.outbox import Outbox
    from silence_watch.delivery.smtp import SmtpSender
    from silence_watch.engine.service import Service
    from silence_watch.mailbox.base import Mailbox
    from silence_watch.store import StoredMessage

log = logging.getLogger(__name__)

MACHINE_HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
NOTHING_UNDERSTOOD = (
    "Nothing in your reply was understood as a command, so nothing was done. The digest "
    "still stands: answer it again, one command per line (for example: approve 1)."
)
SOME_NOT_UNDERSTOOD = (
    "Lines that were not understood did nothing. If you meant a command, write it again "
    "on a line of its own: approve 1, skip 2, snooze 3 4d, stop 4, or edit 1 with the new "
    "text below it."
)


#: ``meta`` key: every indexed row up to this id was read for replies to digests.
REPLIES_SCANNED = "digest_replies_scanned"


class DigestReplies:
    """Judges, reads and carries out replies to digests; confirms each one."""

    def __init__(self, service: Service, outbox: Outbox, sender: SmtpSender | None) -> None:
        """Bind the service (state, settings), the outbox (its draft queue) and SMTP."""
        self.service = service
        self.store = service.store
        self.settings = service.settings
        self.outbox = outbox
        self.sender = sender
        self.corrected = False  # a reply corrected how mail was read: decide again

    @property
    def to(self) -> str:
        """Where confirmations go: ``digest.to``, else the candidate's address."""
        return self.settings.digest.to or self.settings.me.email

    def process_replies(self, mailbox: Mailbox, now: datetime) -> list[str]:
        """Judge and carry out new replies to digests; return what was done, line by line.

        Rows up to the watermark (``REPLIES_SCANNED``) were each our own mail or judged:
        only later ones are read. A reply not read (its fetch failed, or it is in another
        folder) holds the watermark below it, so the next pass reads it again.
        """
        digests = self.store.digests()
        done: list[str] = []
        upto = self.store.last_message_pk()
        scanned = upto
        after = int(self.store.meta(REPLIES_SCANNED) or 0)
        for stored in self.store.digest_replies((d.message_id for d in digests), after, upto):
            if "x-silence-watch" in stored.message.headers:
                continue  # our own digest or confirmation
            key = stored.message.message_id or f"no-id:{stored.pk}"
            if self.store.reply_judged(key):
                continue
            raw = self._fetch(mailbox, stored)
            if raw is not None:
                done += self._one(raw, key, now)
            if not self.store.reply_judged(key):
                scanned = min(scanned, stored.pk - 1)
        if scanned != after:
            self.store.set_meta(REPLIES_SCANNED, str(scanned))
        return done

    def _one(self, raw: bytes, key: str, now: datetime) -> list[str]:
        from email import message_from_bytes  # noqa: PLC0415 - a reply to read: see above
        from email import policy as email_policy  # noqa: PLC0415

        from silence_watch.core.approval import SentDigest, Verdict, judge_reply  # noqa: PLC0415
        from silence_watch.core.commands import parse_reply, unread_note  # noqa: PLC0415
        from silence_watch.core.parse import parse_message  # noqa: PLC0415
        from silence_watch.core.replybody import reply_body  # noqa: PLC0415
        from silence_watch.core.words import moment_words  # noqa: PLC0415

        message = parse_message(raw)
        # Read afresh for each reply: an earlier one in this pass may have changed things.
        sent = [
            SentDigest(d.message_id, d.token_hash, d.numbers, d.answered_by, d.sent_at, d.items)
            for d in self.store.digests()
        ]
        results = [
            str(v)
            for v in message_from_bytes(raw, policy=email_policy.compat32).get_all(
                "Authentication-Results", []
            )
        ]
        body = reply_body(raw)
        decision = judge_reply(
            message,
            me=self.settings.me.email,
            digests=sent,
            authentication_results=results,
            processed=False,
            now=now,
            digest_to=self.settings.digest.to,
            text=body.text,
        )
        digest_id = decision.digest.message_id if decision.digest else None
        if decision.verdict is not Verdict.ACCEPTED or decision.digest is None:
            self.store.record_reply(
                key, digest_message_id=digest_id, verdict=decision.verdict.value,
                detail=decision.reason, now=now,
            )  # fmt: skip
            log.warning("%s", decision.reason)
            if decision.tell_now:  # hers, but unreadable: she hears why at once
                self._confirm(message.message_id, message.subject, [refused_text(decision)], now)
            return []
        reply = parse_reply(body.text, today=body.sent_on)
        outcome = self.carry_out(reply, decision.digest.numbers, now, items=decision.digest.items)
        verdict = "accepted" if reply.understood else "not_understood"
        self.store.record_reply(
            key, digest_message_id=digest_id, verdict=verdict, detail="; ".join(outcome), now=now
        )
        if not reply.understood:
            log.info("a reply to the digest held no command; nothing was done")
        if reply.not_understood:  # listed once, in the next digest (README)
            written = moment_words(message.date or now, self.settings.zone, now=now)
            note = unread_note(reply.not_understood, written=written)
            kind, dedupe = EventKind.REPLY_NOT_UNDERSTOOD, f"unread:{key}"
            self.store.add_event(kind, note, at=now, dedupe=dedupe)
        self._confirm(message.message_id, message.subject, confirmation(reply, outcome), now)
        return outcome

    def _fetch(self, mailbox: Mailbox, stored: StoredMessage) -> bytes | None:
        location = self.store.locations_of([stored.pk]).get(stored.pk)
        if location is None or location[0] != mailbox.name:
            return None
        try:
            return mailbox.fetch_message(location[1], location[2])
        except MailboxError as error:
            log.warning("could not read a reply to the digest: %s", error)
            return None

    def carry_out(
        self,
        reply: Reply,
        numbers: Mapping[int, int],
        now: datetime,
        *,
        items: Mapping[int, str] | None = None,
    ) -> list[str]:
        """Apply each command of a read reply; one line each.

        Draft commands go through the draft queue; ``read N as ...`` and ``N is not about
        ...`` correct how news item N (a message, by ``items``) was read.
        """
        from silence_watch.core.commands import DRAFT_VERBS  # noqa: PLC0415 - see the imports

        out: list[str] = []
        for command in reply.commands:
            if command.verb not in DRAFT_VERBS:
                out += [self._correct(command, n, items or {}, now) for n in command.numbers]
                continue
            targets = ([n for n in sorted(numbers) if n not in command.but] if command.every
                       else list(command.numbers))  # fmt: skip
            for number in targets:
                draft_id = numbers.get(number)
                if draft_id is None:
                    out.append(f"{command.line}: there is no draft [{number}] in that digest.")
                    continue
                outcome = self._run(command, draft_id, now)
                out.append(f"[{number}] {outcome.text}")
        out += [f"{refusal.line}: nothing was changed: {refusal.why}." for refusal in reply.refused]
        out += [f"Not understood: {line}" for line in reply.not_understood]
        return out

    def _correct(
        self, command: Command, number: int, items: Mapping[int, str], now: datetime
    ) -> str:
        """A correction of how news item ``number`` was read, carried out; one line."""
        from silence_watch.core.commands import Verb  # noqa: PLC0415 - see the imports
        from silence_watch.engine.corrections import Corrections  # noqa: PLC0415
        from silence_watch.engine.discovery import ITEM_PREFIX, Discovery  # noqa: PLC0415

        message_id = items.get(number)
        if command.verb in (Verb.ADD, Verb.NOT_INTERVIEW):
            return Discovery(self.service).answer(command, number, message_id, now)
        if message_id is None or message_id.startswith(ITEM_PREFIX):
            return f"{command.line}: there is no message [{number}] in that digest."
        corrections = Corrections(self.store)
        try:
            if command.verb is Verb.READ:
                done = corrections.read_as(message_id, command.text or "", now=now)
            else:
                done = corrections.not_about_named(message_id, command.text or "", now=now)
        except SilenceWatchError as error:
            return f"[{number}] nothing was changed: {error}."
        self.corrected = True
        return f"[{number}] {done.text}."

    def _run(self, command: Command, draft_id: int, now: datetime) -> Outcome:
        from silence_watch.core.commands import Verb  # noqa: PLC0415 - see the imports

        if command.verb is Verb.EDIT and command.text:
            problem = self._edit_problem(draft_id, command.text)
            if problem is not None:
                return Outcome(
                    draft_id,
                    ok=False,
                    text=f"was not changed: {problem}. To name it on purpose, use"
                    f" silence-watch drafts edit {draft_id}.",
                )
        return run_command(self.outbox.queue, command, draft_id, now)

    def _edit_problem(self, draft_id: int, text: str) -> str | None:
        """Why an edit from a reply must not become this draft's text (another company)."""
        from silence_watch.core.commands import edit_problem  # noqa: PLC0415 - see the imports

        draft = self.store.draft(draft_id)
        interviews = self.store.interviews()
        own = next((i.company for i in interviews if i.id == draft.interview_id), "")
        others = tuple(dict.fromkeys(i.company for i in interviews if i.id != draft.interview_id))
        return edit_problem(text, company=own, others=others)

    def _confirm(self, reply_id: str | None, subject: str, lines: list[str], now: datetime) -> None:
        if self.sender is None or reply_id is None:
            return
        from silence_watch.delivery.smtp import (  # noqa: PLC0415 - see the imports
            Outgoing,
            build_message,
            new_message_id,
        )

        me = self.settings.me
        text = "silence-watch read your reply:\n\n" + "\n".join(lines)
        subject = " ".join(subject.split())  # a subject from mail is never folded into ours
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


def confirmation(reply: Reply, outcome: list[str]) -> list[str]:
    """The lines confirming a reply that was carried out: what was done, what was not read."""
    lines = [f"  {line}" for line in outcome]
    if not reply.understood:
        return [NOTHING_UNDERSTOOD, *([""] if lines else []), *lines]
    if reply.not_understood:
        return [*lines, "", SOME_NOT_UNDERSTOOD]
    return lines


def refused_text(decision: Decision) -> str:
    """The confirmation of a reply that was the candidate's but could not be read safely."""
    return (
        f"Nothing was done: {decision.reason.removeprefix('a reply was not carried out: ')}."
        " The next digest says so too."
    )
