"""``silence-watch run``: cycles until told to stop (shell: signals, sleeping, the network).

A first, plain loop: one cycle every ``POLL_SECONDS``; SIGTERM and SIGINT end it after
the cycle in flight. A mailbox outage is logged once and retried on the next cycle; it
never ends the daemon.
"""

from __future__ import annotations

import logging
import signal
import threading
from typing import TYPE_CHECKING

from silence_watch.clock import SystemClock
from silence_watch.config import state_dir_of
from silence_watch.errors import MailboxError
from silence_watch.service import Service, open_mailbox
from silence_watch.store import Store
from silence_watch.templates import load_templates

if TYPE_CHECKING:
    from pathlib import Path
    from types import FrameType

    from silence_watch.config import Settings

log = logging.getLogger(__name__)

POLL_SECONDS = 300.0


def run_forever(config_path: Path | None, settings: Settings) -> int:
    """Run cycles until SIGTERM or SIGINT; return the exit code."""
    stop = threading.Event()

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s; stopping after the current cycle", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    config_dir = config_path.parent if config_path is not None else None
    store = Store.open(state_dir_of(settings))
    service = Service(settings, store, load_templates(config_dir))
    clock = SystemClock()
    outage = False
    try:
        while not stop.is_set():
            try:
                mailbox = open_mailbox(settings)
                try:
                    report = service.run_once(mailbox, clock.now())
                finally:
                    mailbox.close()
            except MailboxError as error:
                if not outage:
                    log.warning(
                        "the mailbox is unreachable, retrying every %.0f s: %s", POLL_SECONDS, error
                    )
                outage = True
            else:
                if outage:
                    log.warning("the mailbox is reachable again")
                outage = False
                log.info("cycle: %d indexed, %d drafted", report.indexed, len(report.drafted))
            stop.wait(POLL_SECONDS)
    finally:
        store.close()
    return 0
