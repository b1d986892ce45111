"""The daemon's log tells the story at INFO: every draft made, moved or sent, every digest.

Under journald each line carries a priority and no timestamp; never a secret or a body.
"""

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
    from collections.abc import Callable
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

pytestmark = pytest.mark.dovecot

SMTP_PASSWORD = "Sw-smtp-Pw-7f3a9c1e"  # a test value that must never be logged
BODY_PHRASE = "Zanzibar-lighthouse-quokka"
JOURNAL_LINE = re.compile(r"^<[0-7]>[a-z_.]+: \S")
TIMESTAMP = re.compile(r"\d{2}:\d{2}:\d{2}")


def _config(
    tmp_path: Path, dovecot: DovecotServer, sink: SmtpSink, user: str, sending: str = ""
) -> Path:
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
{sending}
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


def _invitation(dovecot: DovecotServer, user: str) -> None:
    """Dana's invitation, 45 days old, with a phrase that must never reach the log."""
    dovecot.append(
        user,
        make_message(
            sender="Dana Ruiz <dana.ruiz@acme.example>",
            to=f"Jordan Lee <{user}@example.com>",
            subject="Interview for the Data Engineer role",
            body=f"Hi Jordan,\n\nThe code for the visitor desk is {BODY_PHRASE}.\n\nDana",
            date=datetime.now(UTC) - timedelta(days=45),
            message_id="invite-log@acme.example",
        ),
    )


def _run_daemon(config: Path, log_path: Path, until: Callable[[], object]) -> str:
    """Run `silence-watch -v run` under a journal-like stderr until ``until`` returns; the log."""
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
        until()
        time.sleep(2.5)  # the next syncs index what was sent (it went to the INBOX)
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(10) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait(10)
    return log_path.read_text(encoding="utf-8")


def test_a_daemon_cycle_under_journald_logs_no_secret_no_body_and_no_timestamp(
    tmp_path: Path, dovecot: DovecotServer, mail_user: str, smtp_sink: SmtpSink
) -> None:
    """At -v under JOURNAL_STREAM: each line `<N>logger: ...`, without password, token or body."""
    _invitation(dovecot, mail_user)
    config = _config(tmp_path, dovecot, smtp_sink, mail_user)
    # The digest that lists the new draft.
    text = _run_daemon(config, tmp_path / "daemon.log", lambda: smtp_sink.wait_for(1, timeout=15))
    tokens, bodies = _state(tmp_path, smtp_sink)
    assert tokens, text
    assert bodies, text
    assert "drafted" in text  # the cycle did its work, and said so
    assert f"sent the digest to {mail_user}@example.com" in text
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


ALWAYS_OPEN = (
    "sending: {mode: auto, window_days: [mon, tue, wed, thu, fri, sat, sun],"
    ' window_start: "00:00", window_end: "23:59", max_offset_minutes: 0}'
)


def test_a_run_that_sends_mail_logs_each_move_and_the_send(
    tmp_path: Path, dovecot: DovecotServer, mail_user: str, smtp_sink: SmtpSink
) -> None:
    """Auto mode sends the follow-up: INFO lines for approve, prepare, the 250 and "sent the"."""
    _invitation(dovecot, mail_user)
    config = _config(tmp_path, dovecot, smtp_sink, mail_user, sending=ALWAYS_OPEN)

    def follow_up_received() -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if any("dana.ruiz@acme.example" in m.recipients for m in smtp_sink.messages):
                return
            time.sleep(0.1)
        raise AssertionError("no follow-up reached the SMTP server")

    text = _run_daemon(config, tmp_path / "daemon.log", follow_up_received)
    moves = [line for line in text.splitlines() if "silence_watch.store.drafts:" in line]
    assert any(": approve: queued -> approved; approved via auto" in line for line in moves), text
    assert any(
        ": prepare: approved -> sending; its message none -> prepared" in line for line in moves
    )
    assert any(": accepted: sending -> sent; its message sending -> sent" in line for line in moves)
    assert all(line.startswith("<6>") for line in moves)
    assert any(
        "sent the follow up to dana.ruiz@acme.example (draft" in line for line in text.splitlines()
    ), text
    assert BODY_PHRASE not in text


def test_debug_leaves_the_imap_protocol_out_until_vvv() -> None:
    """-vv is our debug detail; imapclient's protocol lines (100k for a first sync) need -vvv."""
    import io  # noqa: PLC0415 - only this test
    import logging  # noqa: PLC0415 - only this test

    from silence_watch.runtime.logs import setup_logging  # noqa: PLC0415 - only this test

    try:
        setup_logging(2, stream=io.StringIO(), environ={})
        assert logging.getLogger("imapclient").level == logging.WARNING
        assert logging.getLogger().level == logging.DEBUG
        setup_logging(3, stream=io.StringIO(), environ={})
        assert logging.getLogger("imapclient").level == logging.DEBUG
    finally:
        setup_logging(0, environ={})
