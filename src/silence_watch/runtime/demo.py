"""``silence-watch demo``: a guided tour that needs no mail account (shell: temp files).

It builds a Maildir with four job applications (``runtime.demomail``) and no interview
typed in, then moves a virtual clock through about three weeks. Twice a simulated day the
real service reads the mailbox, finds the interviews in it and decides; the simulated
candidate confirms each interview found (saying so, as ``add N`` in the digest would) and
approves each draft at once, and it is filed in Sent as if it went out. At the end it
prints the status table and the digest of the last day, and writes that digest's HTML
part to a file whose path it prints (in ``--keep``'s folder, else a new file in the temp
directory that is left for you to open). Then Jordan answers that digest's question about
a note silence-watch was not sure of with one line (``read 2 as rejection``), and the
process is re-decided at once. Everything runs through the same code as the daemon: only
the clock and the SMTP hop are simulated.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import textwrap
from datetime import datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from silence_watch.config import Settings
from silence_watch.config.templates import load_templates
from silence_watch.core.commands import parse_reply
from silence_watch.core.digest import describe_action, first_news_number
from silence_watch.core.discovery import describe
from silence_watch.core.errors import SilenceWatchError
from silence_watch.core.lifecycle import Event
from silence_watch.core.words import day_words, moment_words, plural
from silence_watch.delivery.digests import (
    DigestContent,
    command_link,
    digest_subject,
    new_token,
)
from silence_watch.engine.corrections import Corrections
from silence_watch.engine.discovery import Discovery
from silence_watch.engine.service import Service
from silence_watch.mailbox.maildir import MaildirMailbox
from silence_watch.runtime.demomail import MAIL, ME, OUT_OF_OFFICE, ZONE, Incoming
from silence_watch.store import Store

if TYPE_CHECKING:
    from collections.abc import Callable

    from silence_watch.core.model import Draft

START = datetime(2026, 10, 28, 9, 30, tzinfo=ZONE)
DAYS = 24
TICKS = (time(9, 30), time(17, 30))


class SampleMailbox:
    """Writes messages into the demo Maildir the way a mail client or mbsync would."""

    def __init__(self, root: Path) -> None:
        """Create the inbox and the Maildir++ Sent folder under ``root``."""
        self.root = root
        self._serial = count(1)
        for folder in (root, root / ".Sent"):
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True, exist_ok=True)
        self.ids_by_subject: dict[str, list[str]] = {}

    def deliver(self, message: EmailMessage, *, sent: bool) -> None:
        """File a message in the inbox or in Sent."""
        folder = self.root / ".Sent" if sent else self.root
        name = f"{int(datetime.now().timestamp())}.{next(self._serial)}.demo:2,S"  # noqa: DTZ005 - a unique file name, not a time anyone reads
        (folder / "cur" / name).write_bytes(bytes(message))

    def incoming(self, mail: Incoming) -> None:
        """Deliver a message (Jordan's own into Sent), threaded when it answers one."""
        message = _email(mail.sender, mail.to, mail.subject, mail.body, mail.at)
        if mail.cc:
            message["Cc"] = ", ".join(f"{name} <{address}>" for name, address in mail.cc)
        if mail.invitation is not None:
            request = {"method": "REQUEST"}
            message.add_alternative(mail.invitation, subtype="calendar", params=request)
        thread = self.ids_by_subject.get(_base(mail.reply_to_subject or ""), [])
        _thread(message, thread, mail.reply_to_subject)
        for name, value in mail.headers:
            message[name] = value
        self.ids_by_subject.setdefault(_base(mail.subject), []).append(str(message["Message-ID"]))
        self.deliver(message, sent=mail.sent)

    def send(self, draft: Draft, at: datetime) -> None:
        """File an approved draft in Sent, as the candidate's mail client would."""
        message = _email(ME, (draft.to_name, draft.to_addr), draft.subject, draft.body, at)
        if draft.in_reply_to:
            message["In-Reply-To"] = f"<{draft.in_reply_to}>"
            message["References"] = " ".join(f"<{ref}>" for ref in draft.references)
        self.ids_by_subject.setdefault(_base(draft.subject), []).append(str(message["Message-ID"]))
        self.deliver(message, sent=True)


def _base(subject: str) -> str:
    return subject.removeprefix("Re: ").strip().lower()


def _email(
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    body: str,
    at: datetime,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{sender[0]} <{sender[1]}>"
    message["To"] = f"{to[0]} <{to[1]}>" if to[0] else to[1]
    message["Subject"] = subject
    message["Date"] = format_datetime(at)
    message["Message-ID"] = make_msgid(domain=sender[1].rpartition("@")[2])
    message.set_content(body)
    return message


def _thread(message: EmailMessage, thread: list[str], subject: str | None) -> None:
    if not thread or subject is None:
        return
    message.replace_header("Subject", f"Re: {subject}")
    message["In-Reply-To"] = thread[-1]
    message["References"] = " ".join(thread)


def _settings(root: Path) -> Settings:
    # The tour's Jordan sends each approved draft at once, from their own client: the
    # send window is open whenever they do, so a draft's words ("today") match its day.
    return Settings(
        me={"name": ME[0], "email": ME[1], "timezone": str(ZONE), "country": "US"},
        mailbox={"kind": "maildir", "path": str(root / "Maildir")},
        sending={"window_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                 "window_start": "00:00", "window_end": "23:59"},
        state_dir=root / "state",
    )  # fmt: skip


def run_demo(say: Callable[[str], None], *, keep: Path | None = None) -> None:
    """Run the tour, printing as it goes."""
    if keep is not None and keep.exists() and any(keep.iterdir()):
        # A second tour in the same folder would start from the first one's state.
        raise SilenceWatchError(f"{keep} is not empty; give --keep a new folder")
    root = keep if keep is not None else Path(tempfile.mkdtemp(prefix="silence-watch-demo-"))
    root.mkdir(parents=True, exist_ok=True)
    if keep is not None:
        html = root / "digest.html"
    else:
        handle, name = tempfile.mkstemp(prefix="silence-watch-digest-", suffix=".html")
        os.close(handle)
        html = Path(name)
    try:
        _tour(root, say, html)
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


#: The candidate's LinkedIn export, as LinkedIn writes it (notes above the header).
CONNECTIONS = (
    'Notes:\n"Some email addresses may be missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Rosa,Diaz,https://www.linkedin.com/in/rosa-example,rosa@mail.example,ACME Corporation,"
    "Staff Data Engineer,02 May 2023\n"
)


def _tour(root: Path, say: Callable[[str], None], html: Path) -> None:
    settings = _settings(root)
    sample = SampleMailbox(root / "Maildir")
    store = Store.open(root / "state")
    service = Service(settings, store, load_templates(None))
    export = root / "Connections.csv"
    export.write_text(CONNECTIONS, encoding="utf-8")
    service.import_connections(export, START)  # what `connections import FILE` does
    mailbox = MaildirMailbox(root / "Maildir")
    last_day = START + timedelta(days=DAYS - 1)
    say(
        f"silence-watch demo: a sample mailbox for {ME[0]}, four job applications in it and "
        f"no interview typed in, and a virtual clock from {day_words(START.date())} to "
        f"{day_words(last_day.date())} {last_day.year} ({ZONE}).",
    )
    say(
        "Twice a day silence-watch reads the mailbox, finds the interviews in it and decides. "
        "In this tour Jordan confirms each interview it finds (as 'add N' in the digest "
        "would) and approves every draft at once, except on the last day.\n",
    )
    say("TIMELINE")
    pending = sorted(MAIL, key=lambda m: m.at)
    states: dict[int, str] = {}
    now = START
    try:
        for offset in range(DAYS):
            for tick in TICKS:
                now = datetime.combine((START + timedelta(days=offset)).date(), tick, tzinfo=ZONE)
                while pending and pending[0].at <= now:
                    sample.incoming(pending.pop(0))
                report = service.run_once(mailbox, now)
                _confirm_found(service, now, say)
                _tell_changes(service, now, states, say)
                final = offset == DAYS - 1
                for draft_id in report.drafted:
                    _handle_draft(service, sample, draft_id, now, say, approve=not final)
        _finale(service, now, say, html)
        _correct_by_reply(service, mailbox, now, say)
        _ask_a_connection(service, now, say)
    finally:
        mailbox.close()
        store.close()


def _when(moment: datetime) -> str:
    """A time of the tour in the one format (``Tue 3 Nov 15:00``), in the tour's zone."""
    return moment_words(moment, ZONE, now=START)


def _confirm_found(service: Service, now: datetime, say: Callable[[str], None]) -> None:
    """Jordan confirms each interview found in the mail, as ``add N`` in the digest would."""
    found = Discovery(service)
    for stored in found.pending():
        proposal = stored.proposal
        say(f"{_when(now)}  found in the mail: {describe(proposal, ZONE, START)}")
        done = found.accept(proposal.uid, now)
        say(f"{_when(now)}  Jordan confirms it: {done.text}")


def _tell_changes(
    service: Service, now: datetime, states: dict[int, str], say: Callable[[str], None]
) -> None:
    for interview, verdict in service.assessments(now):
        before = states.get(verdict.process_id)
        states[verdict.process_id] = verdict.state.value
        if before is not None and before != verdict.state.value:
            change = f"{before} -> {verdict.state.value}"
            say(f"{_when(now)}  {interview.company:<10} {change}: {verdict.reason}")


def _handle_draft(
    service: Service,
    sample: SampleMailbox,
    draft_id: int,
    now: datetime,
    say: Callable[[str], None],
    *,
    approve: bool,
) -> None:
    draft = service.store.draft(draft_id)
    company = service.store.interview(draft.interview_id).company
    what = f"drafted a {describe_action(draft.kind)} to {draft.to_name or draft.to_addr}"
    line = f"{_when(now)}  {company:<10} {what}"
    if not approve:
        say(line + "; waiting for Jordan's approval")
        return
    sent_at = now + timedelta(minutes=2)
    # The tour's Jordan sends each approved draft from their own mail client.
    draft = service.store.apply(draft.id, Event.SENT_BY_HAND, now=sent_at)
    sample.send(draft, sent_at)
    say(line + "; Jordan approved it and it went out")
    auto = OUT_OF_OFFICE.get((company, draft.kind))
    if auto is not None:
        sender, body = auto
        reply = Incoming(
            sent_at + timedelta(minutes=1),
            sender,
            f"Automatic reply: {draft.subject}",
            body,
            headers=(("Auto-Submitted", "auto-replied"),),
        )
        sample.incoming(reply)


def _finale(service: Service, now: datetime, say: Callable[[str], None], html: Path) -> None:
    rows = service.assessments(now)
    say(f"\nSTATUS on {day_words(now.date())} {now.year}")
    for interview, verdict in rows:
        nxt = "-"
        if verdict.next_action is not None and verdict.next_action_at is not None:
            day = verdict.next_action_at.astimezone(ZONE)
            nxt = f"{describe_action(verdict.next_action.value)} {_when(day)}"
        state = f"{verdict.state.value:<12} {plural(verdict.days_silent, 'day'):>7} quiet"
        say(f"  {interview.company:<10} {state}   next: {nxt}")
        say(f"  {'':<10} {verdict.reason}")
    say("\nTHE DIGEST Jordan receives that morning")
    content = DigestContent(service)
    say(content.text(now))
    token = new_token()
    link = command_link(to=ME[1], subject=digest_subject(now, ZONE), token=token,
                        message_id="demo-digest@example.com")  # fmt: skip
    html.write_text(content.html(now, token=token, link=link), encoding="utf-8")
    say(f"The same digest as your mail app shows it, with its one-tap buttons: {html}\n")


def _correct_by_reply(
    service: Service, mailbox: MaildirMailbox, now: datetime, say: Callable[[str], None]
) -> None:
    """Jordan answers the digest's question about Northwind's note with one line."""
    content = DigestContent(service)
    first = first_news_number(content.lines(now))
    _, _, _, items = content.mail_items(content.last_sent(), now, first)
    read = {r.message_id: r for r in service.store.readings_since(None)}
    asked = [n for n, mid in items.items() if mid in read and read[mid].company == "Northwind"]
    if not asked:
        return
    line = f"read {asked[0]} as rejection"
    (command,) = parse_reply(line).commands
    answered = now + timedelta(minutes=20)
    done = Corrections(service.store).read_as(items[asked[0]], command.text or "", now=answered)
    say("Jordan reads Alex's note at Northwind as a no, and answers the digest with one line:")
    say(f"  {line}")
    say(f"silence-watch confirms: [{asked[0]}] {done.text}.")
    report = service.run_once(mailbox, answered + timedelta(minutes=5))
    for interview, verdict in service.assessments(answered):
        if interview.company == "Northwind":
            say(f"Northwind is re-decided at once: {verdict.state.value}: {verdict.reason}")
    for draft_id in report.drafted:
        draft = service.store.draft(draft_id)
        say(f"  drafted a {describe_action(draft.kind)} to {draft.to_name or draft.to_addr};"
            " it waits for Jordan's approval like any other")  # fmt: skip
    say("")


def _ask_a_connection(service: Service, now: datetime, say: Callable[[str], None]) -> None:
    note = service.store.draft(service.draft_connection_note("Acme Corp", "rosa", now))
    say("Jordan knows Rosa at Acme and asks her for a word, only because they asked for it")
    say("(silence-watch drafts new connection_note 'Acme Corp' --to rosa):\n")
    lines = [w for line in note.body.splitlines() for w in textwrap.wrap(line, 72) or [""]]
    say(f"  Subject: {note.subject}\n" + "".join(f"  | {line}".rstrip() + "\n" for line in lines))
    say("Try it on your own mail: silence-watch init, then silence-watch doctor.")
