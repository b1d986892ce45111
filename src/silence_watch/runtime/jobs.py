"""The daemon's work, one method per job: sync, evaluate, send, digest, housekeeping (shell).

Each job is a thin wrapper around ``engine.Service``: it opens the state for one run,
calls the service and keeps the few facts the daemon reports (the status line, an
outage of the mailbox, when the digest last ran). Scheduling, threads and signals are
``runtime.daemon``; only one job runs at a time, so nothing here is locked.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sys
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from apscheduler.triggers.cron import CronTrigger

from silence_watch.config import state_dir_of
from silence_watch.core.errors import MailboxError
from silence_watch.core.model import DraftStatus
from silence_watch.core.words import duration_words
from silence_watch.delivery.cycle import deliver
from silence_watch.engine.service import Service
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.mailbox.progress import SyncProgress
from silence_watch.runtime.clock import SystemClock
from silence_watch.runtime.logs import under_journald
from silence_watch.store import Store

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from silence_watch.config import Settings
    from silence_watch.mailbox.base import Batch, Mailbox
    from silence_watch.runtime.clock import Clock

log = logging.getLogger(__name__)

JOB_NAMES = ("sync", "evaluate", "send", "digest", "housekeeping")
LOW_DISK_BYTES = 50 * 1024 * 1024


class StoppingError(Exception):
    """Raised between two batches of a sync when a stop was asked for (nothing is lost)."""


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def status_line(
    interviews: int,
    awaiting: int,
    *,
    outage_since: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> str:
    """``watching 4 interviews · 1 draft awaiting approval`` (and an outage, if any)."""
    parts = [
        f"watching {_count(interviews, 'interview', 'interviews')}",
        f"{_count(awaiting, 'draft', 'drafts')} awaiting approval"
        if awaiting
        else "no drafts awaiting approval",
    ]
    if outage_since is not None:
        local = outage_since.astimezone(zone) if zone is not None else outage_since
        parts.append(f"mailbox unreachable since {local:%H:%M}")
    return " · ".join(parts)


format_duration = duration_words
"""How long, for a log line (``core.words.duration_words``)."""


@dataclass(frozen=True)
class Setup:
    """What a reload replaces: the settings and the templates read with them."""

    settings: Settings
    templates: Mapping[str, str]


class Jobs:
    """The daemon's work, one method per job; each is a thin wrapper around ``Service``.

    Tests call these methods directly with a ``FixedClock`` (the scheduler's threads do
    not follow freezegun). Only one job runs at a time, so nothing here is locked.
    """

    def __init__(
        self,
        setup: Setup,
        *,
        clock: Clock | None = None,
        stop: threading.Event | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        """Nothing is opened yet; the first ``sync`` connects to the mailbox."""
        self.setup = setup
        self.clock: Clock = clock or SystemClock()
        self._stop = stop or threading.Event()
        self._on_change = on_change or (lambda: None)
        self._mailbox: Mailbox | None = None
        self.synced = threading.Event()  # set after the first successful sync
        self.outage_since: datetime | None = None
        self.last_error: str | None = None
        self.interviews = 0
        self.awaiting = 0
        self._digest_day: date | None = None

    @property
    def settings(self) -> Settings:
        """The settings in force."""
        return self.setup.settings

    def replace(self, setup: Setup) -> None:
        """Use a reloaded configuration from the next job on."""
        if setup.settings.mailbox != self.settings.mailbox:
            self.close()  # the next sync connects with the new mailbox settings
        self.setup = setup

    def close(self) -> None:
        """Close the mailbox connection (IMAP LOGOUT)."""
        mailbox, self._mailbox = self._mailbox, None
        if mailbox is not None:
            mailbox.close()

    @contextlib.contextmanager
    def service(self) -> Iterator[Service]:
        """A service over the state database, for one job."""
        store = Store.open(state_dir_of(self.settings))
        try:
            yield Service(self.settings, store, self.setup.templates)
        finally:
            store.close()

    def status(self) -> str:
        """The human status line for systemd."""
        return status_line(
            self.interviews,
            self.awaiting,
            outage_since=self.outage_since,
            zone=self.settings.zone,
        )

    # --- sync --------------------------------------------------------------------------------

    def sync(self) -> int:
        """Index what is new in the mailbox; ask for an evaluation when anything changed.

        Returns how many messages were indexed. A mailbox that cannot be reached is an
        outage, not a failure: it is reported once, and the next sync tries again.
        """
        now = self.clock.now()
        with self.service() as service:
            service.sync_interviews(now)
            try:
                if self._mailbox is None:
                    self._mailbox = open_mailbox(self.settings)
                with SyncProgress(sys.stderr, journal=under_journald(sys.stderr)) as shown:

                    def progress(batch: Batch) -> None:
                        shown(batch)
                        self._check_stop(batch)

                    report = service.sync_mailbox(self._mailbox, now, progress=progress)
            except MailboxError as error:
                self._outage(error, now)
                return 0
            self._count(service)
        first = not self.synced.is_set()
        self._recovered(now)
        self.synced.set()
        if report.indexed:
            log.info(
                "indexed %d new message(s), %d tied to interviews",
                report.indexed,
                report.matched,
            )
        if report.indexed or first:
            self._on_change()
        return report.indexed

    def _check_stop(self, _batch: Batch) -> None:
        # Called after each batch is committed: stopping here loses nothing.
        if self._stop.is_set():
            raise StoppingError

    def _outage(self, error: MailboxError, now: datetime) -> None:
        self.close()
        self.last_error = str(error)
        if self.outage_since is None:
            self.outage_since = now
            log.warning("the mailbox is unreachable (%s); still running, and trying again", error)

    def _recovered(self, now: datetime) -> None:
        if self.outage_since is not None:
            lasted = format_duration((now - self.outage_since).total_seconds())
            log.warning("the mailbox is reachable again after %s; catching up", lasted)
        self.outage_since = None
        self.last_error = None

    # --- decisions, sending, digest, housekeeping -------------------------------------------

    def evaluate(self) -> int:
        """Decide what is due: queue drafts and cancel moot ones. Returns drafts queued."""
        now = self.clock.now()
        with self.service() as service:
            service.sync_interviews(now)
            report = service.decide(now)
            self._count(service)
        for problem in report.problems:
            log.warning("could not draft: %s", problem)
        if report.drafted or report.cancelled:
            log.info(
                "drafted %d follow-up(s), cancelled %d",
                len(report.drafted),
                len(report.cancelled),
            )
        return len(report.drafted)

    def _count(self, service: Service) -> None:
        self.interviews = len(service.store.interviews(include_closed=False))
        self.awaiting = len(service.store.drafts([DraftStatus.QUEUED]))

    def send(self) -> None:
        """Run the delivery step: digest replies, due approved drafts, a due digest.

        The delivery step keeps the send windows and the exactly-once outbox; a stop waits
        for the SMTP transaction in flight (the job is never interrupted midway).
        """
        now = self.clock.now()
        with self.service() as service:
            report = deliver(service, self._mailbox, now)
            self._count(service)
        if report.sent:
            log.info("sent %d follow-up(s)", len(report.sent))

    def digest(self) -> bool:
        """The digest's hour: run the delivery step, which sends the digest when it is due.

        On the night clocks go back, a time between 01:00 and 02:00 happens twice and the
        scheduler fires twice: the second is skipped here (one digest per local day).
        """
        now = self.clock.now()
        day = now.astimezone(self.settings.zone).date()
        if self._digest_day == day:
            log.info("the digest for %s was already handled; skipping the repeated hour", day)
            return False
        self._digest_day = day
        self.send()
        return True

    def housekeeping(self) -> None:
        """Refresh the counts and warn while the state directory runs out of space."""
        with self.service() as service:
            self._count(service)
        path = state_dir_of(self.settings)
        free = shutil.disk_usage(path).free
        if free < LOW_DISK_BYTES:
            log.warning("only %d MB free for the state in %s; free some space", free // 2**20, path)
        log.info("%s", self.status())


def digest_trigger(settings: Settings) -> CronTrigger:
    """Every day at ``digest.at`` on the wall clock of the candidate's zone (DST included)."""
    at = settings.digest.time
    return CronTrigger(hour=at.hour, minute=at.minute, timezone=settings.zone)
