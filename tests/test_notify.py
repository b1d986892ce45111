"""The sd_notify sender and the journald-friendly logging, without systemd."""

from __future__ import annotations

import io
import logging
import os
import secrets
import socket
import sys
from typing import TYPE_CHECKING

import pytest

from silence_watch.runtime.logs import (
    Demote,
    OneLineFormatter,
    redact,
    setup_logging,
    under_journald,
)
from silence_watch.runtime.notify import Notifier

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def abstract_socket() -> Iterator[tuple[str, socket.socket]]:
    """An abstract datagram socket, as systemd offers it (``@name``)."""
    name = f"@sw-notify-{secrets.token_hex(6)}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name[1:])
    sock.settimeout(2)
    try:
        yield name, sock
    finally:
        sock.close()


def test_messages_reach_an_abstract_socket(abstract_socket: tuple[str, socket.socket]) -> None:
    """READY=1 with STATUS arrives as one datagram of KEY=value lines."""
    name, sock = abstract_socket
    assert Notifier(name).ready("watching 2 interviews · no drafts awaiting approval")
    assert sock.recv(4096).decode() == (
        "READY=1\nSTATUS=watching 2 interviews · no drafts awaiting approval"
    )


def test_messages_reach_a_socket_path(tmp_path: Path) -> None:
    """A plain path in NOTIFY_SOCKET works too."""
    path = tmp_path / "n.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        sock.settimeout(2)
        assert Notifier(str(path)).stopping()
        assert sock.recv(4096) == b"STOPPING=1"


def test_reloading_carries_the_monotonic_time(abstract_socket: tuple[str, socket.socket]) -> None:
    """RELOADING=1 comes with MONOTONIC_USEC, which systemd needs to match the reload."""
    name, sock = abstract_socket
    Notifier(name).reloading()
    fields = dict(line.split("=", 1) for line in sock.recv(4096).decode().splitlines())
    assert fields["RELOADING"] == "1"
    assert int(fields["MONOTONIC_USEC"]) > 0


def test_a_newline_cannot_inject_a_field(abstract_socket: tuple[str, socket.socket]) -> None:
    """A status text with a newline stays one STATUS field (no smuggled READY=1)."""
    name, sock = abstract_socket
    Notifier(name).status("ok\nREADY=1")
    assert sock.recv(4096) == b"STATUS=ok READY=1"


def test_without_a_socket_nothing_is_sent_and_nothing_fails() -> None:
    """Outside systemd every notification is a quiet no-op."""
    notifier = Notifier(None)
    assert not notifier.enabled
    assert not notifier.ready()
    assert notifier.watchdog_interval is None


def test_a_vanished_socket_never_raises() -> None:
    """A notify socket that went away is logged at debug level, not raised."""
    assert not Notifier(f"@sw-nobody-{secrets.token_hex(6)}").watchdog()


def test_environment_is_read_once_and_removed() -> None:
    """The variables are taken out so that a password command cannot notify in our name."""
    env = {"NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}
    notifier = Notifier.from_environment(env)
    assert env == {}
    assert notifier.address == "@x"
    assert notifier.watchdog_interval == 15.0


def test_a_watchdog_meant_for_another_process_is_ignored() -> None:
    """WATCHDOG_PID naming another process means the watchdog is not ours to feed."""
    env = {"NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}
    assert Notifier.from_environment(env).watchdog_interval is None


# --- logging ------------------------------------------------------------------------------


def _record(message: str, level: int = logging.WARNING) -> logging.LogRecord:
    return logging.LogRecord("silence_watch.test", level, __file__, 1, message, None, None)


def test_journal_lines_have_a_priority_and_no_timestamp() -> None:
    """Under journald: `<4>name: message`, one line, the journal adds the time."""
    formatter = OneLineFormatter("%(name)s: %(message)s", journal=True, tracebacks=False)
    line = formatter.format(_record("first\nsecond"))
    assert line == "<4>silence_watch.test: first | second"


def test_terminal_lines_start_with_the_time() -> None:
    """On a terminal each line carries the local time and the level."""
    stream = io.StringIO()
    handler = setup_logging(1, stream=stream, environ={})
    try:
        logging.getLogger("silence_watch.test").info("hello")
    finally:
        logging.getLogger().removeHandler(handler)
    assert stream.getvalue().endswith(" INFO silence_watch.test: hello\n")
    assert stream.getvalue()[:4].isdigit()


def test_journal_stream_must_name_our_stderr(tmp_path: Path) -> None:
    """JOURNAL_STREAM counts only when it names the stream we write to (device:inode)."""
    with (tmp_path / "log").open("w") as stream:
        info = os.fstat(stream.fileno())
        assert under_journald(stream, {"JOURNAL_STREAM": f"{info.st_dev}:{info.st_ino}"})
        assert not under_journald(stream, {"JOURNAL_STREAM": f"{info.st_dev}:{info.st_ino + 1}"})
        assert not under_journald(stream, {})


def test_an_exception_stays_on_one_line_without_debug() -> None:
    """A failure is summarised on its line; the traceback is for -vv."""
    formatter = OneLineFormatter("%(message)s", journal=False, tracebacks=False)
    try:
        raise ValueError("bad value")  # noqa: TRY301 - the test needs a real traceback
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "job failed", None, None)
        record.exc_info = sys.exc_info()
    assert formatter.format(record) == "job failed (ValueError: bad value)"


def test_registered_secrets_never_reach_a_line() -> None:
    """A value passed to redact() is replaced wherever it would appear."""
    secret = f"pw-{secrets.token_hex(8)}"
    redact(secret)
    formatter = OneLineFormatter("%(message)s", journal=False, tracebacks=False)
    assert formatter.format(_record(f"login with {secret} failed")) == "login with *** failed"


def test_demoted_warnings_are_filtered_by_the_handler_level() -> None:
    """A demoted logger's warnings show with -v (INFO) and vanish at the default level."""
    stream = io.StringIO()
    handler = setup_logging(0, stream=stream, environ={})
    chatty = logging.getLogger("silence_watch.test.chatty")
    demote = Demote(logging.INFO)
    chatty.addFilter(demote)
    try:
        chatty.warning("retrying")
        assert stream.getvalue() == ""
        handler.setLevel(logging.INFO)
        logging.getLogger().setLevel(logging.INFO)
        chatty.warning("retrying")
        assert "INFO silence_watch.test.chatty: retrying" in stream.getvalue()
    finally:
        chatty.removeFilter(demote)
        logging.getLogger().removeHandler(handler)


def test_a_sync_skipped_while_two_are_on_their_way_is_not_a_warning() -> None:
    """The scheduler's "maximum number of running instances" (with its UTC time) shows at -vvv only.

    A busy machine met it in a journald test: the daemon keeps one sync running and one
    queued by design, so a third is rightly skipped. Its other warnings (a digest missed by
    more than 12 hours) still show.
    """
    stream = io.StringIO()
    handler = setup_logging(1, stream=stream, environ={})
    scheduler = logging.getLogger("apscheduler.scheduler")
    try:
        scheduler.warning(
            'Execution of job "%s" skipped: maximum number of running instances reached (%d)',
            "sync (trigger: interval[0:00:01], next run at: 2026-12-06 04:21:35 UTC)", 2,
        )
        assert stream.getvalue() == ""
        scheduler.warning('Run time of job "%s" was missed by %s', "digest", "13:00:00")
        assert "WARNING apscheduler.scheduler: Run time of job" in stream.getvalue()
    finally:
        logging.getLogger().removeHandler(handler)
