"""Push: the IMAP watcher signals new mail, survives a dead server and resyncs on reconnect."""

from __future__ import annotations

import os
import random
import threading
import time
from typing import TYPE_CHECKING

import pytest

from silence_watch.config import MailboxConfig
from silence_watch.core.errors import MailboxError
from silence_watch.mailbox.backoff import Backoff
from silence_watch.mailbox.imap import ImapMailbox
from silence_watch.mailbox.oauth import PasswordAuth
from silence_watch.mailbox.watcher import ImapWatcher, SpinDetector
from sync_support import NOW, imap_config, messages, new_service

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from support.dovecot import DovecotServer


class _Signals:
    """Counts ``on_change`` calls and runs an optional action on each."""

    def __init__(self, action: Callable[[], None] | None = None) -> None:
        self.count = 0
        self.changed = threading.Event()
        self._action = action

    def __call__(self) -> None:
        self.count += 1
        if self._action is not None:
            self._action()
        self.changed.set()

    def wait_for(self, predicate: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            self.changed.wait(0.05)
            self.changed.clear()
        return predicate()


def _watch(
    config: MailboxConfig,
    on_change: Callable[[], None],
) -> tuple[ImapWatcher, threading.Event, threading.Thread]:
    stop = threading.Event()
    watcher = ImapWatcher(
        config,
        PasswordAuth("secret"),
        on_change,
        stop,
        backoff=Backoff(base=0.05, cap=0.4, rng=random.Random(1)),  # noqa: S311 - seeded jitter, not cryptography
        check_interval=0.3,
    )
    thread = threading.Thread(target=watcher.run, name="watcher", daemon=True)
    thread.start()
    return watcher, stop, thread


@pytest.fixture
def stopper() -> Iterator[list[tuple[threading.Event, threading.Thread]]]:
    """Stop every watcher a test started, even when it fails."""
    started: list[tuple[threading.Event, threading.Thread]] = []
    yield started
    for stop, thread in started:
        stop.set()
        thread.join(10)


@pytest.mark.dovecot
def test_idle_signals_a_new_message_within_a_second_or_so(
    dovecot: DovecotServer,
    mail_user: str,
    stopper: list[tuple[threading.Event, threading.Thread]],
) -> None:
    """After the connect signal, an APPEND to the inbox is signalled by IDLE promptly."""
    signals = _Signals()
    watcher, stop, thread = _watch(imap_config(dovecot, mail_user), signals)
    stopper.append((stop, thread))
    assert signals.wait_for(lambda: signals.count >= 1, 10)
    time.sleep(0.3)  # let the watcher enter IDLE
    sent_at = time.monotonic()
    dovecot.append(mail_user, messages(1)[0])
    assert signals.wait_for(lambda: signals.count >= 2, 5)
    assert time.monotonic() - sent_at < 3.0
    assert watcher.connections == 1
    stop.set()
    thread.join(5)
    assert not thread.is_alive()


@pytest.mark.dovecot
def test_a_connection_cut_during_idle_reconnects_and_indexes_what_came_meanwhile(
    private_dovecot: DovecotServer,
    tmp_path: Path,
    stopper: list[tuple[threading.Event, threading.Thread]],
) -> None:
    """Dovecot stopped during IDLE; mail delivered while it is down is indexed after it returns."""
    user = private_dovecot.new_user()
    private_dovecot.multi_append(user, messages(2))
    config = imap_config(private_dovecot, user)
    service = new_service(tmp_path)
    reader = ImapMailbox(config, "secret")
    signals = _Signals()
    watcher, stop, thread = _watch(config, signals)
    stopper.append((stop, thread))

    def synced_to(count: int) -> bool:
        # The daemon's way: the watcher only signals; syncing happens on the daemon's thread.
        if signals.changed.is_set():
            signals.changed.clear()
            try:
                service.sync_mailbox(reader, NOW)
            except MailboxError:
                signals.changed.set()  # the server is away: try again, as the daemon would
        return service.store.count_messages() == count

    try:
        assert _eventually(lambda: synced_to(2), 10)
        time.sleep(0.3)
        private_dovecot.stop()
        _deliver_to_maildir(private_dovecot.maildir_path(user), messages(1, start=2)[0])
        time.sleep(0.5)
        private_dovecot.start()
        assert _eventually(lambda: synced_to(3), 15)
    finally:
        stop.set()
        thread.join(10)
        reader.close()
    assert watcher.connections >= 2
    assert watcher.failures >= 1


@pytest.mark.dovecot
def test_without_idle_the_watcher_polls_at_the_configured_interval(
    dovecot: DovecotServer,
    mail_user: str,
    stopper: list[tuple[threading.Event, threading.Thread]],
) -> None:
    """With ``idle: false`` the watcher keeps signalling every ``poll_interval`` seconds."""
    signals = _Signals()
    config = imap_config(dovecot, mail_user, idle=False, poll_interval=1)
    watcher, stop, thread = _watch(config, signals)
    stopper.append((stop, thread))
    assert signals.wait_for(lambda: signals.count >= 3, 6)
    assert watcher.connections == 1


@pytest.mark.dovecot
def test_the_watcher_stops_promptly_while_the_server_is_down(
    private_dovecot: DovecotServer,
    stopper: list[tuple[threading.Event, threading.Thread]],
) -> None:
    """With nothing to connect to, the watcher retries with backoff and still stops at once."""
    config = imap_config(private_dovecot, private_dovecot.new_user())
    private_dovecot.stop()
    watcher, stop, thread = _watch(config, _Signals())
    stopper.append((stop, thread))
    deadline = time.monotonic() + 5
    while watcher.failures < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert watcher.failures >= 3
    stop.set()
    thread.join(2)
    assert not thread.is_alive()


def test_an_idle_check_that_keeps_returning_at_once_means_a_dead_connection() -> None:
    """Three empty returns well before the timeout in a row mark the connection dead."""
    spin = SpinDetector()
    assert not spin.observe(responses=0, elapsed=0.001, timeout=5)
    assert not spin.observe(responses=0, elapsed=0.001, timeout=5)
    assert spin.observe(responses=0, elapsed=0.001, timeout=5)


def test_a_timeout_or_a_response_is_a_healthy_idle_check() -> None:
    """Empty returns at the timeout, or any response, reset the spin count."""
    spin = SpinDetector()
    for _ in range(10):
        assert not spin.observe(responses=0, elapsed=5.0, timeout=5)
        assert not spin.observe(responses=0, elapsed=0.0, timeout=5)
        assert not spin.observe(responses=1, elapsed=0.0, timeout=5)


def test_backoff_grows_exponentially_with_jitter_up_to_the_cap() -> None:
    """Delays lie between half and all of base*2^n, never above the cap, and reset to base."""
    backoff = Backoff(base=1.0, cap=30.0, rng=random.Random(7))  # noqa: S311 - seeded jitter
    delays = [backoff.next_delay() for _ in range(10)]
    for attempt, delay in enumerate(delays):
        ceiling = min(30.0, 2.0**attempt)
        assert ceiling / 2 <= delay <= ceiling
    assert len(set(delays)) == len(delays)
    backoff.reset()
    assert backoff.next_delay() <= 1.0


def _eventually(predicate: Callable[[], bool], timeout: float) -> bool:
    """Poll ``predicate`` every 50 ms until it holds or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def _deliver_to_maildir(maildir: Path, raw: bytes) -> None:
    """Deliver like an MDA: write into tmp/, then rename into new/ (owned like the Maildir)."""
    name = f"{time.time_ns()}.P{os.getpid()}.sw-test"
    tmp = maildir / "tmp" / name
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_bytes(raw)
    owner = maildir.stat()
    if os.geteuid() == 0:
        os.chown(tmp, owner.st_uid, owner.st_gid)
    tmp.rename(maildir / "new" / name)


def test_a_failed_connection_tells_the_daemon_at_once() -> None:
    """Nothing listens on the port: on_trouble is called for each failed connect."""
    from support.dovecot import free_port  # noqa: PLC0415 - the harness loads on first use

    config = MailboxConfig.model_validate(
        {"kind": "imap", "host": "127.0.0.1", "port": free_port(), "security": "plain",
         "username": "nobody", "timeout": 0.5}
    )  # fmt: skip
    troubles: list[float] = []
    stop = threading.Event()
    watcher = ImapWatcher(
        config,
        PasswordAuth("secret"),
        lambda: None,
        stop,
        backoff=Backoff(base=0.05, cap=0.1, rng=random.Random(3)),  # noqa: S311 - seeded jitter
        on_trouble=lambda: troubles.append(time.monotonic()),
    )
    thread = threading.Thread(target=watcher.run, name="watcher", daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while len(troubles) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    stop.set()
    thread.join(5)
    assert len(troubles) >= 2
    assert watcher.failures >= len(troubles) - 1
