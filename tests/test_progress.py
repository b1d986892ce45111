"""A long first sync shows a live bar on a terminal, and log lines per tenth everywhere else."""

from __future__ import annotations

import io
import logging
import os
import pty
import select
import subprocess
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from silence_watch.mailbox.base import Batch, Cursor, Fetched
from silence_watch.mailbox.progress import SyncProgress, progress_line
from support.cli import maildir_config
from support.mailfactory import make_message

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def _batches(total: int, size: int, folder: str = "INBOX") -> list[Batch]:
    """A poll of ``total`` messages in batches of ``size``, each saying what is left."""
    out = []
    done = 0
    while done < total:
        n = min(size, total - done)
        fetched = tuple(Fetched(folder, str(done + i), b"") for i in range(n))
        done += n
        out.append(Batch(folder, Cursor(), fetched, remaining=total - done))
    return out


class Ticks:
    """A clock that moves one second per reading."""

    def __init__(self) -> None:
        """Start at zero."""
        self.now = 0.0

    def __call__(self) -> float:
        """The next second."""
        self.now += 1.0
        return self.now


def test_a_long_poll_on_a_terminal_draws_counts_rate_and_time_left() -> None:
    """2,000 messages on a TTY: a bar with 2000/2000, 100%, a rate in msg/s and a time column."""
    stream = io.StringIO()
    with SyncProgress(stream, tty=True) as progress:
        for batch in _batches(2000, 500):
            progress(batch)
    text = stream.getvalue()
    assert "indexing INBOX" in text
    assert "2000/2000" in text
    assert "100%" in text
    assert "msg/s" in text
    assert "0:00:00" in text  # rich's time-remaining column at the end


def test_a_few_new_messages_show_nothing(caplog: pytest.LogCaptureFixture) -> None:
    """A poll below the threshold: no bar, no log line (an ordinary sync stays quiet)."""
    caplog.set_level(logging.INFO, logger="silence_watch.mailbox.progress")
    stream = io.StringIO()
    with SyncProgress(stream, tty=True) as progress:
        for batch in _batches(40, 10):
            progress(batch)
    assert stream.getvalue() == ""
    assert caplog.records == []


def test_without_a_terminal_one_line_per_tenth_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    """Piped: nothing drawn; ten INFO lines, each with the counts, the share and time left."""
    caplog.set_level(logging.INFO, logger="silence_watch.mailbox.progress")
    stream = io.StringIO()
    with SyncProgress(stream, tty=False, clock=Ticks()) as progress:
        for batch in _batches(2000, 100):
            progress(batch)
    assert stream.getvalue() == ""
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 10
    assert lines[0].startswith("indexing INBOX: 200 of 2,000 messages (10%), ")
    assert "left" in lines[0]
    assert lines[-1].startswith("indexing INBOX: 2,000 of 2,000 messages (100%)")
    assert all(r.levelno == logging.INFO for r in caplog.records)


def test_under_journald_a_terminal_gets_log_lines_not_a_bar(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """journal=True wins over a TTY: no escape codes in the journal."""
    caplog.set_level(logging.INFO, logger="silence_watch.mailbox.progress")
    stream = io.StringIO()
    with SyncProgress(stream, tty=True, journal=True) as progress:
        for batch in _batches(1000, 1000):
            progress(batch)
    assert stream.getvalue() == ""
    assert len(caplog.records) == 1


def test_a_progress_line_reads_plainly() -> None:
    """The line names the folder, the counts, the share, the rate and the time left."""
    line = progress_line("INBOX", 1000, 4000, 812.4, 3.7)
    assert line == "INBOX: 1,000 of 4,000 messages (25%), 812 a second, about 4 s left"
    assert progress_line("Sent", 10, 10, 5.0, 0.0) == "Sent: 10 of 10 messages (100%), 5 a second"


def test_the_first_sync_in_a_terminal_shows_a_live_bar(tmp_path: Path) -> None:
    """`run --once` on 1,200 messages, its stderr a pseudo-terminal: the bar is drawn and ends."""
    config = maildir_config(tmp_path)
    cur = tmp_path / "Maildir" / "cur"
    for n in range(1200):
        raw = make_message(
            sender=f"News {n} <news{n}@lists.example>",
            to="jordan@example.com",
            subject=f"Issue {n}",
            body="Hello.",
            date=datetime(2026, 11, 2, 9, tzinfo=UTC),
            message_id=f"n{n}@lists.example",
        )
        (cur / f"{n}.M1P1.host:2,S").write_bytes(raw)
    controller, terminal = pty.openpty()
    done = subprocess.Popen(
        [sys.executable, "-m", "silence_watch", "run", "--once", "--config", str(config)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(terminal)
    drawn = b""
    while True:
        ready, _, _ = select.select([controller], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        drawn += chunk
    out, _ = done.communicate(timeout=60)
    os.close(controller)
    assert done.returncode == 0
    text = drawn.decode("utf-8", "replace")
    assert "indexing INBOX" in text
    assert "1200/1200" in text
    assert "Read 1,200 new messages" in out.decode() or "Read 1200 new messages" in out.decode()
