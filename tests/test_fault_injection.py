"""SIGKILL at each step of a send, restart: each approved follow-up arrives once or is unknown."""

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

from silence_watch.core.model import DraftStatus
from silence_watch.engine.faults import CRASH_ENV
from support.smtp import SmtpSink
from test_delivery_loop import NY, Loop, company_thread, config_text

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


def prepare(tmp_path: Path, dovecot: DovecotServer, sink: SmtpSink, user: str) -> tuple[Path, int]:
    """A queued follow-up and its config file (drafted without sending)."""
    company_thread(dovecot, user)
    text = config_text(tmp_path, dovecot, sink, user)
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
