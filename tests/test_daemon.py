"""The daemon as a real subprocess against Dovecot, watched through a notify socket of our own.

Each test starts ``silence-watch run`` with ``NOTIFY_SOCKET`` pointing at an abstract
datagram socket of the test and short intervals from the ``daemon:`` section, so that
everything happens within seconds.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from silence_watch.store import Store
from support.cli import corrupt_state, maildir_config, one_plain_line
from support.config import ACME_INTERVIEW, write_imap_config
from support.mailfactory import make_message

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from support.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot

START_TIMEOUT = 15.0
INTERVIEW = ACME_INTERVIEW
SECOND_INTERVIEW = """  - company: Globex
    role: Analyst
    date: 2026-11-20T10:00:00-05:00
    contacts: [{name: Lee Park, email: lee.park@globex.example}]
"""


class NotifyListener:
    """The systemd side of sd_notify: an abstract datagram socket that keeps every message."""

    def __init__(self) -> None:
        """Bind a fresh abstract address."""
        self.address = f"@silence-watch-test-{secrets.token_hex(6)}"
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind("\0" + self.address[1:])
        self.messages: list[dict[str, str]] = []

    def close(self) -> None:
        """Release the socket."""
        self._sock.close()

    def _receive(self, timeout: float) -> None:
        self._sock.settimeout(max(timeout, 0.01))
        try:
            data = self._sock.recv(4096)
        except TimeoutError:
            return
        fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
        self.messages.append(fields)

    def wait_for(
        self,
        predicate: Callable[[dict[str, str]], bool],
        timeout: float = START_TIMEOUT,
        *,
        after: int = 0,
    ) -> int:
        """Index of the first message from ``after`` on that matches; fail after ``timeout``."""
        deadline = time.monotonic() + timeout
        checked = after
        while True:
            for index in range(checked, len(self.messages)):
                if predicate(self.messages[index]):
                    return index
            checked = max(checked, len(self.messages))
            left = deadline - time.monotonic()
            if left <= 0:
                pytest.fail(f"no matching notification within {timeout} s: {self.messages}")
            self._receive(min(left, 0.5))

    def collect(self, seconds: float) -> None:
        """Keep receiving for ``seconds``."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self._receive(left)


class DaemonProcess:
    """``silence-watch -v run`` in a subprocess; its log goes to a file."""

    def __init__(self, config: Path, notify: NotifyListener | None, log_path: Path) -> None:
        """Start it."""
        env = dict(os.environ)
        env.pop("JOURNAL_STREAM", None)
        if notify is not None:
            env["NOTIFY_SOCKET"] = notify.address
            env["WATCHDOG_USEC"] = "1000000"  # a ping every half second
        self.log_path = log_path
        with log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "silence_watch", "-v", "--config", str(config), "run"],
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=env,
            )

    def log(self) -> str:
        """Everything the daemon logged so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def signal(self, number: int) -> None:
        """Send a signal."""
        self.process.send_signal(number)

    def alive(self) -> bool:
        """Whether it is still running."""
        return self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> tuple[int, float]:
        """SIGTERM, then wait; return the exit code and the seconds it took."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout)
        return code, time.monotonic() - started

    def kill(self) -> None:
        """Make sure it is gone."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)


@pytest.fixture
def notify() -> Iterator[NotifyListener]:
    """A notify socket of this test."""
    listener = NotifyListener()
    try:
        yield listener
    finally:
        listener.close()


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[..., DaemonProcess]]:
    """Start daemons; every one still running at the end is killed."""
    started: list[DaemonProcess] = []

    def launch(config: Path, notify: NotifyListener | None = None) -> DaemonProcess:
        daemon = DaemonProcess(config, notify, tmp_path / f"daemon-{len(started)}.log")
        started.append(daemon)
        return daemon

    try:
        yield launch
    finally:
        for daemon in started:
            daemon.kill()


def write_config(
    tmp_path: Path,
    server: DovecotServer,
    user: str,
    interviews: str = INTERVIEW,
) -> Path:
    """A config for ``user`` on ``server`` with second-scale daemon intervals."""
    return write_imap_config(
        tmp_path,
        server,
        user,
        mailbox_extra="  timeout: 5\n",
        extra="daemon: {sync_interval: 1, evaluate_interval: 2, retry_after: 1}\n",
        interviews=interviews,
    )


def invitation(user: str, tag: str) -> bytes:
    """A message from the company to the candidate."""
    return make_message(
        sender="Dana Ruiz <dana.ruiz@acme.example>",
        to=f"Jordan Lee <{user}@example.com>",
        subject=f"Interview for the Data Engineer role ({tag})",
        body="Hi Jordan,\n\nCould you meet the team on Wednesday at 3 pm?\n\nDana",
        date=datetime(2026, 11, 12, 10, 0, tzinfo=UTC),
        message_id=f"{tag}-{secrets.token_hex(4)}@acme.example",
    )


def indexed(tmp_path: Path) -> int:
    """How many messages the daemon's state database holds."""
    store = Store.open(tmp_path / "state")
    try:
        return store.count_messages()
    finally:
        store.close()


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``predicate`` until it holds; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {timeout} s")
        time.sleep(0.1)


def is_ready(message: dict[str, str]) -> bool:
    """READY=1."""
    return message.get("READY") == "1"


def test_ready_after_first_sync_then_watchdog_and_clean_stop(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
    notify: NotifyListener,
    start: Callable[..., DaemonProcess],
) -> None:
    """READY=1 comes after the first sync; WATCHDOG=1 keeps coming; SIGTERM exits 0 in 10 s."""
    dovecot.append(mail_user, invitation(mail_user, "before-start"))
    daemon = start(write_config(tmp_path, dovecot, mail_user), notify)
    ready = notify.wait_for(is_ready)
    assert indexed(tmp_path) == 1, "READY=1 came before the mail was indexed"
    assert "watching 1 interview" in notify.messages[ready]["STATUS"]

    notify.collect(2.5)
    pings = [m for m in notify.messages[ready:] if m.get("WATCHDOG") == "1"]
    assert len(pings) >= 3, notify.messages

    code, seconds = daemon.stop()
    assert code == 0, daemon.log()
    assert seconds < 10
    notify.wait_for(lambda m: m.get("STOPPING") == "1", 2, after=ready)
    assert "Traceback" not in daemon.log()


def test_sighup_with_a_changed_interview_list_takes_effect(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
    notify: NotifyListener,
    start: Callable[..., DaemonProcess],
) -> None:
    """After SIGHUP the daemon watches the interviews of the changed file."""
    config = write_config(tmp_path, dovecot, mail_user)
    daemon = start(config, notify)
    notify.wait_for(is_ready)
    write_config(tmp_path, dovecot, mail_user, INTERVIEW + SECOND_INTERVIEW)
    daemon.signal(signal.SIGHUP)
    reloading = notify.wait_for(lambda m: m.get("RELOADING") == "1")
    assert int(notify.messages[reloading]["MONOTONIC_USEC"]) > 0
    notify.wait_for(is_ready, after=reloading)
    notify.wait_for(lambda m: "watching 2 interviews" in m.get("STATUS", ""), after=reloading)
    assert daemon.stop()[0] == 0


def test_sighup_with_a_broken_config_keeps_the_old_one(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
    notify: NotifyListener,
    start: Callable[..., DaemonProcess],
) -> None:
    """A broken config on SIGHUP is reported by its YAML path; the daemon runs on, unchanged."""
    config = write_config(tmp_path, dovecot, mail_user)
    daemon = start(config, notify)
    notify.wait_for(is_ready)
    good = config.read_text(encoding="utf-8")
    config.write_text(good + "colour: blue\n", encoding="utf-8")
    daemon.signal(signal.SIGHUP)
    reloading = notify.wait_for(lambda m: m.get("RELOADING") == "1")
    notify.wait_for(is_ready, after=reloading)
    wait_until(lambda: "still running on the previous one" in daemon.log(), 5, "the report")
    assert "colour: unknown key" in daemon.log()

    # Still working, on the old settings: new mail is indexed.
    dovecot.append(mail_user, invitation(mail_user, "after-reload"))
    wait_until(lambda: indexed(tmp_path) == 1, 10, "indexing after the failed reload")
    assert daemon.alive()
    assert daemon.stop()[0] == 0


def test_a_second_instance_refuses_to_start(
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
    notify: NotifyListener,
    start: Callable[..., DaemonProcess],
) -> None:
    """A second `run` on the same state directory exits 1 with one plain line."""
    config = write_config(tmp_path, dovecot, mail_user)
    first = start(config, notify)
    notify.wait_for(is_ready)
    second = start(config)
    assert second.process.wait(10) == 1
    log = second.log()
    assert "already running" in log
    assert f"pid {first.process.pid}" in log
    assert "Traceback" not in log
    assert first.alive()
    assert first.stop()[0] == 0


def drop_into_maildir(server: DovecotServer, user: str, raw: bytes) -> None:
    """Deliver a message the way an MTA would while the IMAP server is down."""
    new = server.maildir_path(user) / "new"
    path = new / f"{time.time_ns()}.daemon-test.localhost"
    path.write_bytes(raw)
    if os.geteuid() == 0:
        os.chown(path, 65534, 65534)  # the harness's mail uid


def test_mailbox_outage_is_survived_reported_once_and_caught_up(
    tmp_path: Path,
    private_dovecot: DovecotServer,
    notify: NotifyListener,
    start: Callable[..., DaemonProcess],
) -> None:
    """Dovecot stopped: the daemon stays up, logs it once, and indexes what came meanwhile."""
    user = private_dovecot.new_user()
    private_dovecot.append(user, invitation(user, "first"))
    daemon = start(write_config(tmp_path, private_dovecot, user), notify)
    notify.wait_for(is_ready)
    assert indexed(tmp_path) == 1

    private_dovecot.stop()
    wait_until(lambda: "unreachable" in daemon.log(), 10, "the outage report")
    drop_into_maildir(private_dovecot, user, invitation(user, "meanwhile"))
    notify.collect(3)  # several failed syncs and watcher retries
    assert daemon.alive()
    assert daemon.log().count("the mailbox is unreachable") == 1, daemon.log()

    private_dovecot.start()
    wait_until(lambda: indexed(tmp_path) == 2, 15, "indexing the mail that came meanwhile")
    # The recovery line is written after the sync commits: wait for it, then count it.
    wait_until(lambda: "reachable again" in daemon.log(), 10, "the recovery report")
    assert daemon.log().count("reachable again") == 1
    code, seconds = daemon.stop()
    assert code == 0
    assert seconds < 10


def test_the_daemon_refuses_to_start_on_a_corrupt_state_database(tmp_path: Path) -> None:
    """`run` on a garbage state database exits 1 at once instead of reporting ready and failing."""
    corrupt_state(tmp_path)
    config = maildir_config(tmp_path, ACME_INTERVIEW)
    done = subprocess.run(
        [sys.executable, "-m", "silence_watch", "--config", str(config), "run"],
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )
    assert done.returncode == 1
    assert "is not a usable state database" in one_plain_line(done.stderr)


def test_every_daemon_job_is_scheduled_not_paused(tmp_path: Path) -> None:
    """After start each job (send and housekeeping too) has a next run; none waits paused."""
    from silence_watch.config import load_settings  # noqa: PLC0415 - only this test
    from silence_watch.runtime.daemon import Daemon  # noqa: PLC0415 - only this test
    from silence_watch.runtime.jobs import JOB_NAMES  # noqa: PLC0415 - only this test

    config = maildir_config(tmp_path, ACME_INTERVIEW)
    daemon = Daemon(config, load_settings(config))
    daemon.scheduler.start(paused=True)
    try:
        daemon._schedule(daemon.jobs.settings, first=True)
        waiting = {job.id: job.next_run_time for job in daemon.scheduler.get_jobs()}
    finally:
        daemon.scheduler.shutdown(wait=False)
    assert set(waiting) == set(JOB_NAMES)
    assert all(when is not None for when in waiting.values()), waiting
