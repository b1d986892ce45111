"""Building and sending the digest (shell); its replies are ``delivery.replies``.

A digest is machine mail to the candidate (``Auto-Submitted: auto-generated``,
``X-Auto-Response-Suppress: All``, ``X-Silence-Watch: digest``), with a text and an HTML
part and a fresh secret token. Its Message-ID, the token's hash and its numbering are
stored before it is handed to SMTP, so a reply can be checked against them; the token
itself is only in the mail. The HTML part's one-tap links are ``mailto:`` URLs built here
(``command_link``): a reply to the digest's address, its subject, the command and the
token line already written, and In-Reply-To for the clients that honour it.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta
from itertools import count
from typing import TYPE_CHECKING
from urllib.parse import quote

from silence_watch.core.callplan import digest_lines
from silence_watch.core.digest import (
    Digest,
    DigestNews,
    DraftLine,
    build_digest,
    describe_action,
    digest_text,
    first_news_number,
    token_line,
)
from silence_watch.core.errors import SilenceWatchError
from silence_watch.core.language import LANGUAGE_NAMES, LANGUAGES
from silence_watch.core.model import DigestState, DraftStatus, EventKind, InterviewState
from silence_watch.core.readings import CORRECTION_HINT, question_line, reading_line
from silence_watch.core.sending import opening, send_time
from silence_watch.core.words import day_words
from silence_watch.delivery.replies import MACHINE_HEADERS, DigestReplies
from silence_watch.delivery.smtp import Outgoing, build_message, new_message_id
from silence_watch.engine.discovery import Discovery
from silence_watch.engine.knobs import recipient_zone, send_window
from silence_watch.engine.timing import going_out

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import tzinfo

    from silence_watch.core.model import Draft, Interview
    from silence_watch.delivery.outbox import Outbox
    from silence_watch.delivery.smtp import SmtpSender
    from silence_watch.engine.service import Service

log = logging.getLogger(__name__)

_NEWS_KINDS = frozenset(
    {EventKind.SENT, EventKind.SEND_CANCELLED, EventKind.DRAFT_CANCELLED, EventKind.DRAFT_SENT,
     EventKind.DRAFT_DELETED, EventKind.BOUNCED, EventKind.REPLY_REFUSED,
     EventKind.NO_RECIPIENT, EventKind.DRAFT_SAVED, EventKind.AUTO_APPROVED,
     EventKind.ROUND_ADDED, EventKind.ROUND_MOVED, EventKind.ROUND_CANCELLED,
     EventKind.CORRECTED}
)  # fmt: skip
#: Events that need the candidate. A send whose fate is unknown is not among them: it is
#: told once, from the draft's state, for as long as it stays unknown (``unknown_send``).
_ATTENTION_KINDS = frozenset(
    {EventKind.BOUNCED, EventKind.REPLY_REFUSED, EventKind.DRAFT_OUTDATED,
     EventKind.REPLY_NOT_UNDERSTOOD}
)  # fmt: skip
#: Interviews for which the digest names people the candidate already knows there.
_WORTH_A_CONNECTION = frozenset({InterviewState.OVERDUE, InterviewState.FOLLOWED_UP})


def new_token() -> str:
    """A fresh secret for one digest (128 bits, URL-safe)."""
    return "sw-" + secrets.token_urlsafe(16)


def digest_subject(now: datetime, zone: tzinfo) -> str:
    """The digest's subject: ``silence-watch digest for Tue 1 Dec``."""
    return f"silence-watch digest for {day_words(now.astimezone(zone).date())}"


#: Longer mailto: URLs are cut short by some clients (Outlook for Windows near 2,000).
MAILTO_LIMIT = 1900


def command_link(*, to: str, subject: str, token: str, message_id: str) -> Callable[[str], str]:
    """A command -> a ``mailto:`` URL for a reply that carries it and the token (RFC 6068).

    An edit's link carries the draft's text to change in place; when that would make the
    URL too long for some clients, it carries only ``edit N`` and room to write below it.
    """
    reply_subject = subject if subject.lower().startswith("re:") else f"Re: {subject}"

    def url(command: str) -> str:
        body = f"{command.rstrip()}\n\n{token_line(token)}\n".replace("\n", "\r\n")
        fields = (("subject", reply_subject), ("in-reply-to", f"<{message_id}>"), ("body", body))
        query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields)
        return f"mailto:{quote(to, safe='@')}?{query}"

    def link(command: str) -> str:
        full = url(command)
        if len(full) <= MAILTO_LIMIT:
            return full
        return url(command.split("\n", 1)[0] + "\n\n")

    return link


def unknown_send(draft: Draft, company: str) -> str:
    """The one sentence about a follow-up that may or may not have gone out."""
    return (
        f"We cannot tell whether your {describe_action(draft.kind)} to {company}"
        f" ({draft.to_addr}) went out: sending was interrupted. Look for it in your Sent folder;"
        f" if it is not there, send it yourself. It will not be sent again by itself"
        f" (details: silence-watch drafts show {draft.id})."
    )


#: How far back the digest shows how mail was read (a first sync indexes years at once).
LOOKS_BACK = timedelta(days=7)


class DigestContent:
    """What a digest says: the numbered drafts and the news. Reads state, changes nothing."""

    def __init__(self, service: Service) -> None:
        """Read from this service's store and assessments."""
        self.service = service
        self.store = service.store
        self.settings = service.settings

    def lines(self, now: datetime | None = None) -> list[DraftLine]:
        """Queued drafts, numbered as the digest shows them (with their send window at ``now``).

        Drafts already handed to the Drafts folder (``sending.mode: draft``) are the
        candidate's to send from their client: they are news, not questions.
        """
        interviews = {i.id: i for i in self.store.interviews()}
        queued = [
            d
            for d in self.store.drafts([DraftStatus.QUEUED])
            if self.store.outbox_for(d.id) is None
        ]
        lines = []
        for number, draft in enumerate(queued, start=1):
            interview = interviews.get(draft.interview_id)
            lines.append(
                DraftLine(
                    number,
                    draft.id,
                    interview.company if interview else "?",
                    draft.kind,
                    draft.to_addr,
                    draft.subject,
                    draft.body,
                    draft.due_at,
                    window=self._window(draft, interview, now),
                    interview_id=draft.interview_id,
                    role=interview.role if interview else "",
                    to_name=draft.to_name,
                    leaves=self._leaves(draft, now),
                )
            )
        return lines

    def _leaves(self, draft: Draft, now: datetime | None) -> str | None:
        """The one answer to "when does it go out" (the words status and approve use)."""
        return None if now is None else going_out(self.store, self.settings, draft, now).words

    def _window(
        self, draft: Draft, interview: Interview | None, now: datetime | None
    ) -> tuple[datetime, datetime] | None:
        """The send window this draft would leave in if approved at ``now``."""
        if now is None or interview is None:
            return None
        window = send_window(self.settings, interview)
        zone = recipient_zone(interview, self.settings)
        earliest = max(now, draft.due_at or now)
        try:
            start = send_time(earliest, window, zone, jitter=0.0, sent=self.store.sent_times())
            return start, opening(start, window, zone)[1]
        except ValueError:
            return None

    def mail_items(
        self, since: datetime | None, now: datetime, first: int
    ) -> tuple[list[str], list[str], list[str], dict[int, str]]:
        """Questions about unsure mail, new mail's readings, proposals, what each number means.

        Numbered from ``first`` (right after the drafts): questions first, then every new
        message from a process's side with its reading, then the interviews found in mail
        waiting for a yes or no (``proposal:<id>`` in the map).
        """
        zone, unsure = self.settings.zone, self.service.policy.unsure_below
        asked = {
            s.verdict.question.message_id: s.process.company
            for s in self.service.standings(now)
            if s.verdict.question is not None and s.verdict.question.message_id
        }
        everything = {r.message_id: r for r in self.store.readings_since(None)}
        number = count(first)
        questions, readings, items = [], [], {}
        for message_id in asked:
            reading = everything.get(message_id)
            if reading is not None:
                items[n := next(number)] = message_id
                questions.append(question_line(n, reading, now=now, zone=zone))
        # New mail since the last digest, and never older than a week: a first sync indexes
        # a whole mailbox's history at once.
        fresh = self.store.readings_since(since, dated_after=now - LOOKS_BACK)
        for reading in fresh:
            if reading.message_id in asked:
                continue
            items[n := next(number)] = reading.message_id
            readings.append(reading_line(n, reading, now=now, zone=zone, unsure_below=unsure))
        if readings:
            readings.insert(0, CORRECTION_HINT)
        proposals, proposed = Discovery(self.service).listing(now, first + len(items))
        return questions, readings, proposals, items | proposed

    def news(
        self, since: datetime | None, now: datetime, first: int = 1
    ) -> tuple[DigestNews, list[str]]:
        """What happened since the last digest, and the refused replies it reports."""
        questions, readings, proposals, _ = self.mail_items(since, now, first)
        outcomes, attention = [], list(questions)
        for at, kind, detail in self.store.events():
            if since is not None and at <= since:
                continue
            if kind in _ATTENTION_KINDS:
                attention.append(detail)
            elif kind in _NEWS_KINDS:
                outcomes.append(detail)
        refused = self.store.refusals_to_report()
        attention += [detail for _, detail in refused]
        companies = {i.id: i.company for i in self.store.interviews()}
        attention += [
            unknown_send(d, companies.get(d.interview_id, "the company"))
            for d in self.store.drafts([DraftStatus.UNKNOWN])
        ]
        attention += [f"{email} bounced ({why})" for email, why in
                      self.store.bounced_contacts().items()]  # fmt: skip
        records = [record.line() for record in self.service.records(now)]
        news = DigestNews(
            readings=readings,
            outcomes=outcomes,
            attention=list(dict.fromkeys(attention)),
            proposals=proposals,
            records=records,
            known_people=self._known_people(now),
            call_plans=self._call_plans(now),
            languages=self._languages(now),
            snoozed={
                d.interview_id: (d.kind, d.snoozed_until)
                for d in self.store.drafts([DraftStatus.SNOOZED])
                if d.snoozed_until is not None
            },
        )
        return news, [message_id for message_id, _ in refused]

    def _known_people(self, now: datetime) -> dict[int, str]:
        """For each overdue interview, the people there the candidate already knows."""
        known = {}
        for interview, verdict in self.service.assessments(now):
            if verdict.state not in _WORTH_A_CONNECTION:
                continue
            people = self.service.known_at(interview, now)[:3]
            if people:
                known[interview.id] = "; ".join(p.line() for p in people)
        return known

    def _languages(self, now: datetime) -> dict[int, str]:
        """For each process whose drafts are not in English, which language and why."""
        found = {}
        for standing in self.service.standings(now):
            # the tongue of the next draft, as its person is written to (not "informal"
            # because a colleague wrote "du" while the draft says "Sie": u19dg)
            tongue = self.service.tongue(standing, standing.recipient)
            if tongue.language != LANGUAGES[0]:
                why = "set in your config" if tongue.source == "config" else "as they write"
                tone = ", informal" if tongue.informal else ""
                found[standing.interview.id] = (
                    f"drafts in {LANGUAGE_NAMES[tongue.language]}{tone} ({why})"
                )
        return found

    def _call_plans(self, now: datetime) -> dict[int, tuple[str, ...]]:
        """For each overdue process, a phone call as the alternative to the email."""
        return {
            s.interview.id: tuple(digest_lines(self.service.call_facts(s), now, s.process.id))
            for s in self.service.standings(now)
            if s.verdict.state in _WORTH_A_CONNECTION
        }

    def last_sent(self) -> datetime | None:
        """When the last digest went out, if one has."""
        sent = [d.sent_at for d in self.store.digests() if d.state is DigestState.SENT]
        return max(sent) if sent else None

    def digest(self, now: datetime) -> Digest:
        """The digest as it would be sent now, in words."""
        lines = self.lines(now)
        news, _ = self.news(self.last_sent(), now, first_news_number(lines))
        rows = self.service.assessments(now)
        return build_digest(rows, lines, now=now, zone=self.settings.zone, news=news)

    def text(self, now: datetime) -> str:
        """The digest's text as it would be sent now, without a token (``digest --print``)."""
        return digest_text(self.digest(now))

    def html(
        self, now: datetime, *, token: str | None = None, link: Callable[[str], str] | None = None
    ) -> str:
        """The HTML digest as it would be sent now (``scripts/render-digest``, the demo)."""
        from silence_watch.core.digestpage import page  # noqa: PLC0415 - CSS inlining: to send

        return page(self.digest(now), token=token, link=link)


class Digests(DigestReplies):
    """Builds and sends digests; carries out the replies to them (``DigestReplies``)."""

    def __init__(self, service: Service, outbox: Outbox, sender: SmtpSender | None) -> None:
        """Bind the service (for assessments), the outbox (for approvals) and SMTP."""
        super().__init__(service, outbox, sender)
        self.content = DigestContent(service)

    # --- building and sending ---------------------------------------------------------

    def lines(self, now: datetime | None = None) -> list[DraftLine]:
        """Queued drafts, numbered as the digest shows them."""
        return self.content.lines(now)

    def news(
        self, since: datetime | None, now: datetime, first: int = 1
    ) -> tuple[DigestNews, list[str]]:
        """What happened since the last digest, and the refused replies it reports."""
        return self.content.news(since, now, first)

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
        since = max(previous) if previous else None
        from silence_watch.core.digestpage import page  # noqa: PLC0415 - only when one is sent

        lines = self.lines(now)
        first = first_news_number(lines)
        news, reported = self.news(since, now, first)
        _, _, _, items = self.content.mail_items(since, now, first)
        digest = build_digest(self.service.assessments(now), lines, now=now, zone=zone, news=news)
        token = new_token()
        message_id = new_message_id(me.email.rpartition("@")[2])
        subject = digest_subject(now, zone)
        link = command_link(to=self.to, subject=subject, token=token, message_id=message_id)
        raw = build_message(
            Outgoing(
                sender=("silence-watch", me.email),
                to=("", self.to),
                subject=subject,
                text=digest_text(digest, token),
                html=page(digest, token=token, link=link),
                message_id=message_id,
                date=now.astimezone(zone),
                headers={**MACHINE_HEADERS, "X-Silence-Watch": "digest"},
            ),
        )
        self.store.add_digest(
            message_id=message_id,
            token=token,
            numbers={line.number: line.draft_id for line in lines},
            now=now,
            items=items,
        )
        self.sender.send(raw, sender=me.email, recipients=[self.to])
        self.store.mark_digest(message_id, DigestState.SENT)
        self.store.mark_refusals_reported(reported)
        return message_id
