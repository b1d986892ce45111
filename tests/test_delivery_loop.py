"""The full loop on real servers: digest, "approve 1", sent once and threaded, reply ends it."""

from __future__ import annotations

import email
import re
from datetime import datetime
from email import policy
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.config import parse_settings
from silence_watch.config.templates import load_templates
from silence_watch.core.model import DraftStatus
from silence_watch.delivery.cycle import delivery_for, run_cycle
from silence_watch.engine.service import Service
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.store import Store
from support.config import imap_config_text
from support.mailfactory import make_message, reply_to_message

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import ReceivedMessage, SmtpSink

pytestmark = pytest.mark.dovecot

NY = ZoneInfo("America/New_York")
DANA = "Dana Ruiz <dana.ruiz@acme.example>"
INVITE_ID = "invite-1@acme.example"


def config_text(
    tmp_path: Path, dovecot: DovecotServer, sink: SmtpSink, user: str, sending: str = ""
) -> str:
    """A config for ``user`` on the test Dovecot, sending through the sink, window always open."""
    return imap_config_text(
        tmp_path,
        dovecot,
        user,
        extra=(
            f"smtp: {{host: 127.0.0.1, port: {sink.port}, security: plain}}\n"
            "sending:\n"
            "  window_days: [mon, tue, wed, thu, fri, sat, sun]\n"
            '  window_start: "00:00"\n'
            '  window_end: "23:59"\n'
            "  max_offset_minutes: 0\n"
            f"{sending}\n"
            'digest: {at: "08:00"}\n'
        ),
    )


def company_thread(dovecot: DovecotServer, user: str) -> str:
    """Dana's invitation and the candidate's thank-you; returns the thank-you's Message-ID."""
    me = f"Jordan Lee <{user}@example.com>"
    invite = make_message(
        sender=DANA, to=me, subject="Interview for the Data Engineer role",
        body="Hi Jordan,\n\nCould you meet the team on Wednesday at 3 pm?\n\nDana",
        date=datetime(2026, 11, 12, 10, 0, tzinfo=NY), message_id=INVITE_ID,
    )  # fmt: skip
    dovecot.append(user, invite, "INBOX")
    thanks = reply_to_message(
        invite, sender=me, body="Thank you for your time today, Dana.\n\nJordan",
        date=datetime(2026, 11, 18, 18, 0, tzinfo=NY),
    )  # fmt: skip
    dovecot.append(user, thanks, "Sent")
    return header(thanks, "Message-ID").strip("<>")


def header(raw: bytes, name: str) -> str:
    """One header of ``raw``, as text."""
    return str(email.message_from_bytes(raw, policy=policy.default).get(name, ""))


def text_of(raw: bytes) -> str:
    """The text/plain part of ``raw``."""
    parsed = email.message_from_bytes(raw, policy=policy.default)
    part = parsed.get_body(preferencelist=("plain",))
    return str(part.get_content()) if part is not None else ""


def token_of(raw: bytes) -> str:
    """The approval token a digest carries."""
    found = re.search(r"sw-[A-Za-z0-9_-]+", text_of(raw))
    assert found, "the digest has no token"
    return found.group(0)


def answer_digest(dovecot: DovecotServer, user: str, digest: bytes, body: str, at: datetime,
                  **headers: str) -> bytes:  # fmt: skip
    """The candidate replies to the digest (quoting it, as mail clients do)."""
    quoted = "\n".join(f"> {line}" for line in text_of(digest).splitlines())
    raw = reply_to_message(
        digest, sender=f"Jordan Lee <{user}@example.com>", body=f"{body}\n\n{quoted}\n",
        date=at, extra_headers=headers or None,
    )  # fmt: skip
    dovecot.append(user, raw, "INBOX")
    return raw


class Loop:
    """The service on a config, cycled at literal moments, with the sink's record."""

    def __init__(self, text: str, tmp_path: Path, sink: SmtpSink) -> None:
        """Parse the config and open the state."""
        self.settings = parse_settings(text)
        self.sink = sink
        self.store = Store.open(tmp_path / "state")
        self.service = Service(self.settings, self.store, load_templates(None))

    def cycle(self, when: str, *, send: bool = True) -> None:
        """One cycle at ``when`` (New York time), sending."""
        mailbox = open_mailbox(self.settings)
        try:
            report = run_cycle(
                self.service, mailbox, datetime.fromisoformat(when).replace(tzinfo=NY), send=send
            )
        finally:
            mailbox.close()
        assert report.problems == [], report.problems

    def to(self, address: str) -> list[ReceivedMessage]:
        """What the SMTP server received for ``address``."""
        return [m for m in self.sink.messages if address in m.recipients]

    def close(self) -> None:
        """Close the state."""
        self.store.close()


def test_the_full_loop(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """A digest arrives; `approve 1` sends one threaded follow-up filed in Sent; a reply ends it."""
    thanks_id = company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        (digest,) = loop.to(me)
        assert header(digest.raw, "Auto-Submitted") == "auto-generated"
        assert "[1] Follow-up to Acme Corp — Data Engineer" in text_of(digest.raw)
        assert "To: Dana Ruiz <dana.ruiz@acme.example>" in text_of(digest.raw)
        assert loop.to("dana.ruiz@acme.example") == []

        answer_digest(dovecot, mail_user, digest.raw, "Approve 1", datetime(2026, 11, 30, 12, 2,
                      tzinfo=NY))  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        (follow_up,) = loop.to("dana.ruiz@acme.example")
        assert header(follow_up.raw, "In-Reply-To") == f"<{thanks_id}>"
        assert header(follow_up.raw, "References").split() == [f"<{INVITE_ID}>", f"<{thanks_id}>"]
        assert header(follow_up.raw, "From") == f"Jordan Lee <{me}>"
        message_id = header(follow_up.raw, "Message-ID")
        assert message_id.endswith("@example.com>")
        assert "X-Silence-Watch" not in follow_up.raw.decode()
        with dovecot.connect(mail_user) as client:
            client.select_folder("Sent", readonly=True)
            assert len(client.search(["HEADER", "Message-ID", message_id])) == 1
        confirmations = [m for m in loop.to(me) if m is not digest]
        assert "[1] approved" in text_of(confirmations[0].raw)

        dovecot.append(mail_user, make_message(
            sender=DANA, to=me, subject="Re: Interview for the Data Engineer role",
            body="Hi Jordan,\n\nWe would like to invite you to a second interview. Are you free"
            " on Friday at 10am?\n\nDana",
            date=datetime(2026, 12, 1, 9, tzinfo=NY), in_reply_to=message_id,
        ), "INBOX")  # fmt: skip
        loop.cycle("2026-12-01T12:00")
        loop.cycle("2026-12-10T12:00")
        assert len(loop.to("dana.ruiz@acme.example")) == 1
        drafts = loop.store.drafts()
        assert [(d.kind, d.status) for d in drafts] == [("follow_up", DraftStatus.SENT)]
    finally:
        loop.close()


def test_a_preview_never_sends(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Without send=True (a --now preview) no digest and no follow-up reaches SMTP."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00", send=False)
        assert smtp_sink.messages == []
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.QUEUED]
    finally:
        loop.close()


def test_the_company_writing_after_approval_cancels_the_send(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Right before sending the thread is read again: a reply since approval cancels it."""
    company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00", send=False)
        (draft,) = loop.store.drafts()
        with delivery_for(loop.service) as (outbox, _):
            outbox.queue.approve(draft.id, now=datetime(2026, 11, 30, 12, 1, tzinfo=NY), via="cli")
        dovecot.append(mail_user, make_message(
            sender=DANA, to=me, subject="Re: Interview for the Data Engineer role",
            body="Hi Jordan, we will decide on Friday.", date=datetime(2026, 11, 30, 12, 3,
            tzinfo=NY), in_reply_to=INVITE_ID,
        ), "INBOX")  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        assert loop.to("dana.ruiz@acme.example") == []
        assert loop.store.draft(draft.id).status is DraftStatus.CANCELLED
        events = [detail for _, kind, detail in loop.store.events() if kind == "send_cancelled"]
        assert events
        assert "wrote after you approved it" in events[0]
    finally:
        loop.close()


def test_a_reply_found_in_the_same_sync_as_her_approval_holds_the_send(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Dana wrote 12:02, she approved 12:03; one sync finds both: nothing goes, she is told."""
    company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        (digest,) = loop.to(me)
        dovecot.append(mail_user, make_message(
            sender=DANA, to=me, subject="Re: Interview for the Data Engineer role",
            body="Hi Jordan, the panel meets on Thursday; you will hear from us on Friday.",
            date=datetime(2026, 11, 30, 12, 2, tzinfo=NY), in_reply_to=INVITE_ID,
        ), "INBOX")  # fmt: skip
        answer_digest(dovecot, mail_user, digest.raw, "approve 1",
                      datetime(2026, 11, 30, 12, 3, tzinfo=NY))  # fmt: skip
        loop.cycle("2026-11-30T12:20")
        assert loop.to("dana.ruiz@acme.example") == []
        # the sync reads Dana's promise first and the draft is moot before the approval is read
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.CANCELLED]
        (_, confirmation) = loop.to(me)
        assert "[1] is cancelled; it cannot be approved now" in text_of(confirmation.raw)
    finally:
        loop.close()


def test_the_digest_asks_about_an_unsure_reply_and_a_one_line_answer_settles_it(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """A reply it cannot read pauses Acme and is asked; a one-line answer settles it.

    `read 1 as acknowledgement` is remembered, and the follow-up comes once the window
    after that reply passes.
    """
    company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    unclear = make_message(
        sender=DANA, to=me, subject="Re: Interview for the Data Engineer role",
        body="See attached.\n\nDana",
        date=datetime(2026, 11, 20, 9, tzinfo=NY), message_id="unclear-1@acme.example",
    )  # fmt: skip
    dovecot.append(mail_user, unclear, "INBOX")
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        (digest,) = loop.to(me)
        text = text_of(digest.raw)
        assert "[1] Dana Ruiz (Acme Corp)" in text
        assert "is not sure what it says" in text
        assert "read 1 as rejection, offer, next_step" in text
        assert loop.store.drafts() == []  # paused: nothing drafted over the question
        answer_digest(dovecot, mail_user, digest.raw, "read 1 as acknowledgement",
                      datetime(2026, 11, 30, 12, 2, tzinfo=NY))  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        confirmation = text_of(loop.to(me)[-1].raw)
        assert "[1] message <unclear-1@acme.example> is now read as acknowledgement" in confirmation
        assert [d.kind for d in loop.store.drafts()] == ["follow_up"]
    finally:
        loop.close()
