"""SIGKILL at each step of a send, restart: each approved follow-up arrives once or is unknown.

A send left prepared still gets its last look (and its window) on restart; the copy in
Sent is filed exactly once, or not at all when the config says never.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from email import message_from_bytes
from email.utils import parseaddr
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.model import DraftStatus, OutboxState
from silence_watch.engine.faults import CRASH_ENV
from support.mailfactory import make_message
from support.smtp import SmtpSink
from test_delivery_loop import DANA, INVITE_ID, NY, Loop, company_thread, config_text

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from support.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot

SENDER = """
import sys
from datetime import datetime
from pathlib import Path
from silence_watch.config import load_settings, state_dir_of
from silence_watch.delivery.cycle import delivery_for, run_cycle
from silence_watch.engine.service import Service
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.store import Store
from silence_watch.config.templates import load_templates

settings = load_settings(Path(sys.argv[1]))
store = Store.open(state_dir_of(settings))
service = Service(settings, store, load_templates(None))
now = datetime.fromisoformat(sys.argv[3])
if sys.argv[2] == "approve":
    with delivery_for(service) as (outbox, _):
        outbox.queue.approve(int(sys.argv[4]), now=now, via="cli")
else:
    mailbox = open_mailbox(settings)
    run_cycle(service, mailbox, now, send=True)
    mailbox.close()
"""


class FilingSink(SmtpSink):
    """A provider that files its own copy in the sender's Sent, as Gmail does."""

    def deliver(self, recipients: tuple[str, ...], raw: bytes) -> tuple[str, ...]:
        """Deliver, then append a copy to the sender's Sent folder."""
        delivered = super().deliver(recipients, raw)
        sender = parseaddr(str(message_from_bytes(raw).get("From", "")))[1]
        if self.dovecot is not None and sender:
            self.dovecot.append(sender.rpartition("@")[0], raw, "Sent")
        return delivered


@pytest.fixture
def filing_sink(dovecot: DovecotServer) -> Iterator[SmtpSink]:
    """A sink that also files the sender's copy in Sent."""
    with FilingSink(dovecot) as sink:
        yield sink


def run_sender(config: Path, *args: str, crash_at: str | None = None) -> int:
    """Run the sender in a child process; return its exit status (-9 when killed)."""
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    if crash_at:
        env[CRASH_ENV] = crash_at
    done = subprocess.run(
        [sys.executable, "-c", SENDER, str(config), *args],
        env=env, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode in (0, -signal.SIGKILL), done.stderr.decode()
    return done.returncode


def prepare(
    tmp_path: Path, dovecot: DovecotServer, sink: SmtpSink, user: str, sending: str = ""
) -> tuple[Path, int]:
    """A queued follow-up and its config file (with extra ``sending:`` keys), nothing sent."""
    company_thread(dovecot, user)
    text = config_text(tmp_path, dovecot, sink, user, sending)
    config = tmp_path / "config.yaml"
    config.write_text(text, encoding="utf-8")
    loop = Loop(text, tmp_path, sink)
    try:
        loop.cycle("2026-11-30T12:00", send=False)
        (draft,) = loop.store.drafts()
        return config, draft.id
    finally:
        loop.close()


def outcome(tmp_path: Path, dovecot: DovecotServer, sink: SmtpSink, user: str,
            draft_id: int) -> tuple[int, DraftStatus]:  # fmt: skip
    """How many times the follow-up reached the SMTP server, and the draft's status."""
    loop = Loop(config_text(tmp_path, dovecot, sink, user), tmp_path, sink)
    try:
        received = [m for m in sink.messages if "dana.ruiz@acme.example" in m.recipients]
        return len(received), loop.store.draft(draft_id).status
    finally:
        loop.close()


NOW = datetime(2026, 11, 30, 12, 5, tzinfo=NY).isoformat()
LATER = datetime(2026, 11, 30, 12, 10, tzinfo=NY).isoformat()


def test_killed_after_approval_is_recorded(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Killed right after the approval is committed: the next run sends it exactly once."""
    config, draft_id = prepare(tmp_path, dovecot, smtp_sink, mail_user)
    assert run_sender(config, "approve", NOW, str(draft_id), crash_at="approved") == -9
    assert run_sender(config, "send", LATER) == 0
    assert run_sender(config, "send", LATER) == 0
    assert outcome(tmp_path, dovecot, smtp_sink, mail_user, draft_id) == (1, DraftStatus.SENT)


def test_killed_after_the_message_id_is_committed(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Killed before SMTP began: the prepared message goes out once after restart."""
    config, draft_id = prepare(tmp_path, dovecot, smtp_sink, mail_user)
    run_sender(config, "approve", NOW, str(draft_id))
    assert run_sender(config, "send", NOW, crash_at="id_committed") == -9
    assert outcome(tmp_path, dovecot, smtp_sink, mail_user, draft_id) == (0, DraftStatus.SENDING)
    assert run_sender(config, "send", LATER) == 0
    assert run_sender(config, "send", LATER) == 0
    assert outcome(tmp_path, dovecot, smtp_sink, mail_user, draft_id) == (1, DraftStatus.SENT)


def test_killed_after_the_servers_250_is_unknown_not_resent(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Killed after 250, before the commit, with no copy to find: unknown, never sent twice."""
    config, draft_id = prepare(tmp_path, dovecot, smtp_sink, mail_user)
    run_sender(config, "approve", NOW, str(draft_id))
    assert run_sender(config, "send", NOW, crash_at="after_250") == -9
    assert run_sender(config, "send", LATER) == 0
    assert run_sender(config, "send", LATER) == 0
    assert outcome(tmp_path, dovecot, smtp_sink, mail_user, draft_id) == (1, DraftStatus.UNKNOWN)


def test_killed_after_250_with_a_provider_copy_is_sent(
    tmp_path: Path, dovecot: DovecotServer, filing_sink: SmtpSink, mail_user: str
) -> None:
    """Killed after 250 at a provider that files its own Sent copy: found there, marked sent."""
    config, draft_id = prepare(tmp_path, dovecot, filing_sink, mail_user)
    run_sender(config, "approve", NOW, str(draft_id))
    assert run_sender(config, "send", NOW, crash_at="after_250") == -9
    assert run_sender(config, "send", LATER) == 0
    assert outcome(tmp_path, dovecot, filing_sink, mail_user, draft_id) == (1, DraftStatus.SENT)


# --- a prepared send after a crash, and the copy in Sent ---------------------------------


def copies_in_sent(dovecot: DovecotServer, user: str, message_id: str) -> int:
    """How many messages with this Message-ID the candidate's Sent folder holds."""
    with dovecot.connect(user) as client:
        client.select_folder("Sent", readonly=True)
        return len(client.search(["HEADER", "Message-ID", f"<{message_id}>"]))


def sent_message_id(sink: SmtpSink) -> str:
    """The Message-ID of the one follow-up the SMTP server received."""
    (received,) = [m for m in sink.messages if "dana.ruiz@acme.example" in m.recipients]
    return str(message_from_bytes(received.raw)["Message-ID"]).strip("<>")


def outbox_state(tmp_path: Path, sink: SmtpSink, config: Path, draft_id: int) -> str:
    """The outbox state of the draft's message."""
    loop = Loop(config.read_text(encoding="utf-8"), tmp_path, sink)
    try:
        item = loop.store.outbox_for(draft_id)
        assert item is not None
        return item.state
    finally:
        loop.close()


def test_a_prepared_send_is_cancelled_when_the_company_wrote_meanwhile(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Killed before SMTP; the company writes; on restart the last look cancels it, unsent."""
    config, draft_id = prepare(tmp_path, dovecot, smtp_sink, mail_user)
    run_sender(config, "approve", NOW, str(draft_id))
    assert run_sender(config, "send", NOW, crash_at="id_committed") == -9
    dovecot.append(mail_user, make_message(
        sender=DANA, to=f"{mail_user}@example.com",
        subject="Re: Interview for the Data Engineer role",
        body="Hi Jordan, we will decide on Friday.\n\nDana",
        date=datetime(2026, 11, 30, 12, 7, tzinfo=NY), in_reply_to=INVITE_ID,
    ), "INBOX")  # fmt: skip
    assert run_sender(config, "send", LATER) == 0
    assert run_sender(config, "send", LATER) == 0
    assert outcome(tmp_path, dovecot, smtp_sink, mail_user, draft_id) == (
        0,
        DraftStatus.CANCELLED,
    )
    assert outbox_state(tmp_path, smtp_sink, config, draft_id) == OutboxState.CANCELLED
    loop = Loop(config.read_text(encoding="utf-8"), tmp_path, smtp_sink)
    try:
        told = [d for _, kind, d in loop.store.events() if kind == "send_cancelled"]
    finally:
        loop.close()
    assert len(told) == 1
    assert "wrote after you approved it" in told[0]


def test_a_prepared_send_waits_for_the_window_after_a_crash(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """A prepared item found on restart outside the send window waits for it, then goes once."""
    config, draft_id = prepare(tmp_path, dovecot, smtp_sink, mail_user)
    run_sender(config, "approve", NOW, str(draft_id))
    assert run_sender(config, "send", NOW, crash_at="id_committed") == -9
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace('window_start: "00:00"', 'window_start: "09:00"').replace(
            'window_end: "23:59"', 'window_end: "11:00"'
        ),
        encoding="utf-8",
    )
    assert run_sender(config, "send", datetime(2026, 11, 30, 18, tzinfo=NY).isoformat()) == 0
    assert outcome(tmp_path, dovecot, smtp_sink, mail_user, draft_id) == (0, DraftStatus.SENDING)
    assert run_sender(config, "send", datetime(2026, 12, 1, 9, 30, tzinfo=NY).isoformat()) == 0
    assert run_sender(config, "send", datetime(2026, 12, 1, 9, 40, tzinfo=NY).isoformat()) == 0
    assert outcome(tmp_path, dovecot, smtp_sink, mail_user, draft_id) == (1, DraftStatus.SENT)


@pytest.mark.parametrize(
    ("crash_at", "sent_copy"),
    [("sent_committed", "auto"), ("sent_committed", "always"), ("copy_appended", "always")],
)
def test_the_sent_copy_is_filed_once_after_a_crash(
    tmp_path: Path,
    dovecot: DovecotServer,
    smtp_sink: SmtpSink,
    mail_user: str,
    crash_at: str,
    sent_copy: str,
) -> None:
    """Killed between the send and its Sent copy: the restart files it, exactly once."""
    config, draft_id = prepare(tmp_path, dovecot, smtp_sink, mail_user, f"  sent_copy: {sent_copy}")
    run_sender(config, "approve", NOW, str(draft_id))
    assert run_sender(config, "send", NOW, crash_at=crash_at) == -9
    message_id = sent_message_id(smtp_sink)
    before = copies_in_sent(dovecot, mail_user, message_id)
    assert before == (1 if crash_at == "copy_appended" else 0)
    assert run_sender(config, "send", LATER) == 0
    assert run_sender(config, "send", LATER) == 0
    assert copies_in_sent(dovecot, mail_user, message_id) == 1
    assert outcome(tmp_path, dovecot, smtp_sink, mail_user, draft_id) == (1, DraftStatus.SENT)
    assert outbox_state(tmp_path, smtp_sink, config, draft_id) == OutboxState.FILED


def test_no_sent_copy_is_filed_when_the_config_says_never(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """With sent_copy: never, a restart after the send settles the item without a copy."""
    config, draft_id = prepare(tmp_path, dovecot, smtp_sink, mail_user, "  sent_copy: never")
    run_sender(config, "approve", NOW, str(draft_id))
    assert run_sender(config, "send", NOW, crash_at="sent_committed") == -9
    assert run_sender(config, "send", LATER) == 0
    assert copies_in_sent(dovecot, mail_user, sent_message_id(smtp_sink)) == 0
    assert outbox_state(tmp_path, smtp_sink, config, draft_id) == OutboxState.FILED
