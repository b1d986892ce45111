"""The daemon's log under journald: a priority, no timestamp, never a secret or a body at INFO."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.approval import TOKEN_RE
from silence_watch.core.model import DraftStatus
from silence_watch.store import Store
from support.mailfactory import make_message

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

pytestmark = pytest.mark.dovecot

SMTP_PASSWORD = "Sw-smtp-Pw-7f3a9c1e"  # a test value that must never be logged
BODY_PHRASE = "Zanzibar-lighthouse-quokka"
JOURNAL_LINE = re.compile(r"^<[0-7]>[a-z_.]+: \S")
TIMESTAMP = re.compile(r"\d{2}:\d{2}:\d{2}")


def _config(tmp_path: Path, dovecot: DovecotServer, sink: SmtpSink, user: str) -> Path:
    interview = datetime.now(UTC) - timedelta(days=40)
    path = tmp_path / "config.yaml"
    path.write_text(
        f"""
me: {{name: Jordan Lee, email: {user}@example.com, timezone: America/New_York}}
mailbox:
  kind: imap
  host: 127.0.0.1
  port: {dovecot.imap_port}
  security: plain
  username: {user}
  password: {dovecot.password}
  timeout: 5
smtp: {{host: 127.0.0.1, port: {sink.port}, security: plain, password: {SMTP_PASSWORD}}}
state_dir: {tmp_path / "state"}
digest: {{at: "00:00", on_new_draft: true}}
daemon: {{sync_interval: 1, evaluate_interval: 1, send_interval: 1, retry_after: 1}}
interviews:
  - company: Acme Corp
    role: Data Engineer
    date: {interview.isoformat()}
    contacts: [{{name: Dana Ruiz, email: dana.ruiz@acme.example}}]
""",
        encoding="utf-8",
    )
    return path


def _state(tmp_path: Path, sink: SmtpSink) -> tuple[list[str], list[str]]:
    """The tokens of the digests sent (only the mail has them), and the drafts' bodies."""
    tokens = [t for m in sink.messages for t in TOKEN_RE.findall(m.raw.decode(errors="replace"))]
    store = Store.open(tmp_path / "state")
    try:
        bodies = [d.body for d in store.drafts(list(DraftStatus))]
    finally:
        store.close()
    return tokens, bodies


def test_a_daemon_cycle_under_journald_logs_no_secret_no_body_and_no_timestamp(
    tmp_path: Path, dovecot: DovecotServer, mail_user: str, smtp_sink: SmtpSink
) -> None:
    """At -v under JOURNAL_STREAM: each line `<N>logger: ...`, without password, token or body."""
    sent_at = datetime.now(UTC) - timedelta(days=45)
    dovecot.append(
        mail_user,
        make_message(
            sender="Dana Ruiz <dana.ruiz@acme.example>",
            to=f"Jordan Lee <{mail_user}@example.com>",
            subject="Interview for the Data Engineer role",
            body=f"Hi Jordan,\n\nThe code for the visitor desk is {BODY_PHRASE}.\n\nDana",
            date=sent_at,
            message_id="invite-log@acme.example",
        ),
    )
    config = _config(tmp_path, dovecot, smtp_sink, mail_user)
    log_path = tmp_path / "daemon.log"
    with log_path.open("wb") as log:
        info = os.fstat(log.fileno())
        env = {**os.environ, "JOURNAL_STREAM": f"{info.st_dev}:{info.st_ino}"}
        env.pop("NOTIFY_SOCKET", None)
        daemon = subprocess.Popen(
            [sys.executable, "-m", "silence_watch", "-v", "--config", str(config), "run"],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
        )
    try:
        smtp_sink.wait_for(1, timeout=15)  # the digest that lists the new draft
        time.sleep(2.5)  # the next syncs index the digest itself (it went to the INBOX)
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(10) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait(10)
    text = log_path.read_text(encoding="utf-8")
    tokens, bodies = _state(tmp_path, smtp_sink)
    assert tokens, text
    assert bodies, text
    assert "drafted" in text  # the cycle did its work, and said so
    for line in text.splitlines():
        assert JOURNAL_LINE.match(line), line
        assert not TIMESTAMP.search(line), line
    for secret in (dovecot.password, SMTP_PASSWORD, *tokens):
        assert secret not in text
    assert BODY_PHRASE not in text
    for body in bodies:
        for sentence in filter(None, (s.strip() for s in body.splitlines())):
            if len(sentence) > 30:
                assert sentence not in text
