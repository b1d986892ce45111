"""``silence-watch run``: the long-running daemon (shell: threads, signals, systemd).

Three kinds of thread, each with one job:

- The main thread owns the process: signals, reloads, systemd notifications and the
  watchdog. It never touches the network or the database.
- One scheduler worker (APScheduler's pool with a single thread) runs the jobs one at a
  time — sync, evaluate, send, digest, housekeeping — so they never race each other for
  the database or the mailbox. Each job is a thin wrapper around ``Service``.
- The IMAP watcher (``mailbox.watcher``) holds its own connection in IDLE and asks for a
  sync when mail arrives; the scheduled sync is the polling fallback (and the only
  trigger for a Maildir).

A failing job is logged and retried later with a growing delay; it never ends the
daemon. A mailbox outage is reported once when it starts and once when it ends.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import shutil
import signal
import threading
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from silence_watch.config import default_config_path, load_settings, state_dir_of
from silence_watch.config.templates import load_templates
from silence_watch.core.errors import ConfigError, MailboxError, SilenceWatchError
from silence_watch.core.model import DraftStatus
from silence_watch.delivery.cycle import deliver
from silence_watch.engine.service import Service
from silence_watch.mailbox.oauth import PasswordAuth, auth_from_config
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.mailbox.watcher import ImapWatcher
from silence_watch.runtime.clock import SystemClock
from silence_watch.runtime.logs import Demote, redact
from silence_watch.runtime.notify import Notifier
from silence_watch.store import Store

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping
    from pathlib import Path
    from types import FrameType
    from zoneinfo import ZoneInfo

    from silence_watch.config import Settings
    from silence_watch.mailbox.base import Batch, Mailbox
    from silence_watch.mailbox.oauth import Auth
    from silence_watch.runtime.clock import Clock

    _Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None

log = logging.getLogger(__name__)

JOB_NAMES = ("sync", "evaluate", "send", "digest", "housekeeping")
LOCK_NAME = "daemon.lock"
STOP_DEADLINE = 8.0
"""Seconds a stop waits for the job in flight (systemd and users expect an exit within 10)."""
WATCHER_CHECK = 1.0
"""How often the watcher looks up from IDLE for a stop request (seconds)."""
LOW_DISK_BYTES = 50 * 1024 * 1024
MAX_RETRY = 3600.0


class AlreadyRunningError(SilenceWatchError):
    """Another daemon holds the state directory."""


class _StoppingError(Exception):
    """Raised between two batches of a sync when a stop was asked for (nothing is lost)."""


# --- one instance per state directory -----------------------------------------------------


class InstanceLock:
    """An exclusive ``flock`` on ``<state_dir>/daemon.lock``, held for the daemon's life.

    The kernel drops the lock when the process dies, however it dies: a stale lock file
    never keeps a new daemon from starting.
    """

    def __init__(self, fd: int, path: Path) -> None:
        """Wrap a descriptor that holds the lock; use ``acquire``."""
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, state_dir: Path) -> InstanceLock:
        """Take the lock, or raise ``AlreadyRunningError`` naming the holder's pid."""
        path = state_dir / LOCK_NAME
        if state_dir.exists() and not state_dir.is_dir():
            raise SilenceWatchError(
                f"cannot use {state_dir} for the state: it is not a directory; set state_dir "
                "to a directory this user can write",
            )
        try:
            state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as error:
            raise SilenceWatchError(f"cannot create {path}: {error.strerror}") from error
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            if error.errno not in (errno.EWOULDBLOCK, errno.EACCES):
                raise SilenceWatchError(f"cannot lock {path}: {error.strerror}") from error
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise AlreadyRunningError(
                f"silence-watch is already running for {state_dir}{who}; stop that one first, "
                "or give this one its own state_dir",
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        return cls(fd, path)

    def release(self) -> None:
        """Let the next daemon start."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the flock


# --- what the daemon says about itself ------------------------------------------------------


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


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


# --- the jobs ---------------------------------------------------------------------------------


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
                report = service.sync_mailbox(self._mailbox, now, progress=self._check_stop)
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
            raise _StoppingError

    def _outage(self, error: MailboxError, now: datetime) -> None:
        self.close()
        self.last_error = str(error)
        if self.outage_since is None:
            self.outage_since = now
            log.warning("the mailbox is unreachable (%s); still running, and trying again", error)

    def _recovered(self, now: datetime) -> None:
        if self.outage_since is not None:
            seconds = (now - self.outage_since).total_seconds()
            log.warning("the mailbox is reachable again after %s; catching up", _duration(seconds))
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


# --- the daemon -------------------------------------------------------------------------------


class Daemon:
    """The scheduler, the watcher and the main loop; ``run()`` returns the exit code."""

    def __init__(
        self,
        config_path: Path | None,
        settings: Settings,
        *,
        notifier: Notifier | None = None,
        clock: Clock | None = None,
    ) -> None:
        """Prepare; nothing starts before ``run()``."""
        self.config_path = config_path
        self.notifier = notifier or Notifier.from_environment()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._reload = False
        self._work = threading.Lock()  # held by the job in flight; a reload waits for it
        self._state = threading.Lock()  # guards the bookkeeping below across threads
        self._queued: set[str] = set()
        self._running: tuple[str, float] | None = None
        self._failures: dict[str, int] = {}
        self._last_error: dict[str, str] = {}
        self.jobs = Jobs(
            Setup(settings, load_templates(self._config_dir())),
            clock=clock,
            stop=self._stop,
            on_change=lambda: self.trigger("evaluate"),
        )
        self._work_of: dict[str, Callable[[], object]] = {
            "sync": self.jobs.sync,
            "evaluate": self.jobs.evaluate,
            "send": self.jobs.send,
            "digest": self.jobs.digest,
            "housekeeping": self.jobs.housekeeping,
        }
        # One worker: jobs run one after another, never concurrently.
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            timezone=UTC,
        )
        self._watcher_stop: threading.Event | None = None
        self._watcher_thread: threading.Thread | None = None

    def _config_dir(self) -> Path:
        return (self.config_path or default_config_path()).parent

    # --- the main loop --------------------------------------------------------------------------

    def run(self) -> int:
        """Run until SIGTERM or SIGINT; return the exit code (0 after a clean stop)."""
        lock = InstanceLock.acquire(state_dir_of(self.jobs.settings))
        try:
            # A state database that cannot be opened fails every job: say so and exit 1
            # now, instead of reporting ready and failing quietly every minute.
            with self.jobs.service():
                pass
        except SilenceWatchError:
            lock.release()
            raise
        previous = self._install_signals()
        # The watcher reports every retry; the daemon reports the outage once (see Jobs).
        watcher_log = logging.getLogger("silence_watch.mailbox.watcher")
        demote = Demote(logging.INFO)
        watcher_log.addFilter(demote)
        clean = True
        try:
            self._schedule(self.jobs.settings, first=True)
            self.scheduler.start()
            self._start_watcher()
            log.info("started; state in %s", state_dir_of(self.jobs.settings))
            self._loop()
        finally:
            self.notifier.stopping()
            clean = self._shutdown()
            watcher_log.removeFilter(demote)
            self._restore_signals(previous)
            lock.release()
        if not clean:
            # A job is stuck in the network past the deadline: do not wait for its thread.
            logging.shutdown()
            os._exit(0)
        log.info("stopped")
        return 0

    def _loop(self) -> None:
        started = time.monotonic()
        ready = False
        status = ""
        interval = self.notifier.watchdog_interval
        last_ping = 0.0
        stuck_reported = False
        timeout = self.jobs.settings.daemon.ready_timeout
        while not self._stop.is_set():
            self._wake.wait(min(interval, 1.0) if interval else 1.0)
            self._wake.clear()
            if self._stop.is_set():
                break
            if self._reload:
                self._reload = False
                self._do_reload()
            if not ready and (self.jobs.synced.is_set() or time.monotonic() - started > timeout):
                ready = True
                if not self.jobs.synced.is_set():
                    log.warning("ready without a first sync: %s", self.jobs.last_error)
                status = self.jobs.status()
                self.notifier.ready(status)
                log.info("ready: %s", status)
            if ready and self.jobs.status() != status:
                status = self.jobs.status()
                self.notifier.status(status)
            stuck = self._stuck()
            if stuck is not None and not stuck_reported:
                log.error(
                    "the %s job has been running for %.0f s; withholding the watchdog so that "
                    "systemd restarts the daemon",
                    *stuck,
                )
            stuck_reported = stuck is not None
            if interval and stuck is None and time.monotonic() - last_ping >= interval:
                self.notifier.watchdog()
                last_ping = time.monotonic()

    def _stuck(self) -> tuple[str, float] | None:
        running = self._running
        if running is None:
            return None
        seconds = time.monotonic() - running[1]
        return (running[0], seconds) if seconds > self.jobs.settings.daemon.job_timeout else None

    # --- signals -----------------------------------------------------------------------------

    def _install_signals(self) -> dict[signal.Signals, _Handler]:
        return {
            number: signal.signal(number, self._on_signal)
            for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
        }

    @staticmethod
    def _restore_signals(previous: dict[signal.Signals, _Handler]) -> None:
        for number, handler in previous.items():
            if handler is not None:  # None: installed outside Python; leave ours
                signal.signal(number, handler)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        # Runs in the main thread between two bytecodes: only set flags here.
        if signum == signal.SIGHUP:
            self._reload = True
        else:
            self._stop.set()
        self._wake.set()

    def request_stop(self) -> None:
        """Stop as SIGTERM would (for embedding and tests)."""
        self._stop.set()
        self._wake.set()

    # --- scheduling ---------------------------------------------------------------------------

    def _schedule(self, settings: Settings, *, first: bool = False) -> None:
        """Add (or re-time, after a reload) every job."""
        timing = settings.daemon
        now = datetime.now(UTC)
        intervals = {
            "sync": timing.sync_interval,
            "evaluate": timing.evaluate_interval,
            "send": timing.send_interval,
            "housekeeping": timing.housekeeping_interval,
        }
        for name, seconds in intervals.items():
            trigger = IntervalTrigger(seconds=seconds, timezone=UTC)
            if first:
                # A sync first, right away; the others follow their interval. (Passing
                # next_run_time=None would add the job paused: it would never run.)
                right_away = {"next_run_time": now} if name == "sync" else {}
                self.scheduler.add_job(
                    self._run,
                    trigger,
                    args=[name],
                    id=name,
                    name=name,
                    **right_away,
                    # These jobs look at the present state: a run that comes late (the
                    # worker was busy, the machine slept) is still worth doing, so no
                    # grace limit; several missed runs are one run (coalesce).
                    misfire_grace_time=None,
                    coalesce=True,
                    # One running plus one asked for while it runs (see ``trigger``).
                    max_instances=2,
                )
            else:
                self.scheduler.reschedule_job(name, trigger=trigger)
        if first:
            self.scheduler.add_job(
                self._run,
                digest_trigger(settings),
                args=["digest"],
                id="digest",
                name="digest",
                # A digest late by a few hours (laptop asleep at 08:00) is still welcome;
                # one more than 12 hours late is skipped with a warning from the scheduler,
                # and the next day's digest covers the same ground.
                misfire_grace_time=12 * 3600,
                coalesce=True,
                max_instances=1,
            )
        else:
            self.scheduler.reschedule_job("digest", trigger=digest_trigger(settings))

    def trigger(self, name: str) -> None:
        """Run a job as soon as the worker is free; a run already on its way is enough."""
        with self._state:
            if name in self._queued or self._stop.is_set():
                return
            self._queued.add(name)
        with contextlib.suppress(LookupError):  # JobLookupError: stopping already
            self.scheduler.modify_job(name, next_run_time=datetime.now(UTC))

    def _run(self, name: str) -> None:
        """Run one job: logged and retried on failure, never raising into the scheduler."""
        with self._state:
            self._queued.discard(name)
        if self._stop.is_set():
            return
        with self._work:
            if self._stop.is_set():
                return  # queued before the stop, started after it
            self._running = (name, time.monotonic())
            try:
                self._work_of[name]()
            except _StoppingError:
                log.info("%s interrupted by the stop; it resumes from its cursor next time", name)
            except SilenceWatchError as error:
                self._failed(name, error, unexpected=False)
            except Exception as error:  # noqa: BLE001 - a bug in one job must not end the daemon
                self._failed(name, error, unexpected=True)
            else:
                if self._failures.pop(name, None):
                    log.info("the %s job works again", name)
                self._last_error.pop(name, None)
            finally:
                self._running = None
        self._wake.set()  # the status line or readiness may have changed

    def _failed(self, name: str, error: Exception, *, unexpected: bool) -> None:
        """Log the failure (a repeat of the same one quietly) and schedule a retry."""
        count = self._failures.get(name, 0) + 1
        self._failures[name] = count
        delay = min(self.jobs.settings.daemon.retry_after * 2 ** (count - 1), MAX_RETRY)
        text = f"{type(error).__name__}: {error}" if unexpected else str(error)
        again = self._last_error.get(name) == text
        self._last_error[name] = text
        if again:
            log.info("the %s job failed again (%s); retrying in %s", name, text, _duration(delay))
        elif unexpected:
            # A bug: the traceback is shown with -vv (see logs.py).
            log.error(
                "the %s job failed unexpectedly; retrying in %s",
                name,
                _duration(delay),
                exc_info=error,
            )
        else:
            log.warning("the %s job failed (%s); retrying in %s", name, text, _duration(delay))
        if self._stop.is_set():
            return
        self.scheduler.add_job(
            self._run,
            DateTrigger(datetime.now(UTC) + timedelta(seconds=delay), timezone=UTC),
            args=[name],
            id=f"{name}-retry",
            name=f"{name} (retry)",
            replace_existing=True,
            misfire_grace_time=None,  # a retry is never dropped for being late
        )

    # --- the IMAP watcher ---------------------------------------------------------------------

    def _auth(self) -> Auth:
        """Resolved before each watcher connect, so a changed password file is picked up."""
        auth = auth_from_config(self.jobs.settings.mailbox)
        if isinstance(auth, PasswordAuth):
            redact(auth.password)
        return auth

    def _start_watcher(self) -> None:
        config = self.jobs.settings.mailbox
        if config.kind != "imap" or not config.idle:
            return  # a Maildir, or IDLE switched off: the scheduled sync polls
        stop = threading.Event()
        watcher = ImapWatcher(
            config,
            self._auth,
            lambda: self.trigger("sync"),
            stop,
            check_interval=WATCHER_CHECK,
        )
        thread = threading.Thread(target=watcher.run, name="imap-watcher", daemon=True)
        self._watcher_stop, self._watcher_thread = stop, thread
        thread.start()

    def _stop_watcher(self, timeout: float) -> None:
        if self._watcher_stop is not None:
            self._watcher_stop.set()
        if self._watcher_thread is not None:
            self._watcher_thread.join(timeout)  # it leaves IDLE and logs out
        self._watcher_stop = self._watcher_thread = None

    # --- reload and stop ----------------------------------------------------------------------

    def _do_reload(self) -> None:
        self.notifier.reloading()
        path = self.config_path or default_config_path()
        log.info("reloading the configuration from %s", path)
        old = self.jobs.settings
        try:
            settings = load_settings(self.config_path)
            templates = load_templates(self._config_dir())
        except ConfigError as error:
            problems = error.problems
        else:
            problems = []
            if state_dir_of(settings) != state_dir_of(old):
                problems = ["state_dir: cannot change while running; restart instead"]
        if problems:
            log.error(
                "the changed configuration was not loaded; still running on the previous one: %s",
                "; ".join(problems),
            )
            self.notifier.ready(self.jobs.status())
            return
        with self._work:  # after the job in flight, before the next one
            self.jobs.replace(Setup(settings, templates))
        self._schedule(settings)
        if settings.mailbox != old.mailbox:
            self._stop_watcher(STOP_DEADLINE)
            self._start_watcher()
            self.trigger("sync")
        self.trigger("evaluate")
        self.notifier.ready(self.jobs.status())
        log.info("configuration reloaded")

    def _shutdown(self) -> bool:
        """Stop the watcher and the scheduler, finish the job in flight; False if it hung."""
        deadline = time.monotonic() + STOP_DEADLINE
        log.info("stopping: finishing the work in flight")
        self._stop.set()
        if self._watcher_stop is not None:
            self._watcher_stop.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        finished = self._work.acquire(timeout=max(0.0, deadline - time.monotonic()))
        if not finished:
            running = self._running[0] if self._running else "a"
            log.error(
                "the %s job did not finish within %.0f s; exiting anyway", running, STOP_DEADLINE
            )
            return False
        try:
            self._stop_watcher(max(0.1, deadline - time.monotonic()))
            self.jobs.close()
        finally:
            self._work.release()
        return True


def run_forever(config_path: Path | None, settings: Settings) -> int:
    """Run the daemon until SIGTERM or SIGINT; return the exit code."""
    return Daemon(config_path, settings).run()
