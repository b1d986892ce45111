"""``silence-watch run``: the long-running daemon (shell: threads, signals, systemd).

Three kinds of thread, each with one job:

- The main thread owns the process: signals, reloads, systemd notifications and the
  watchdog. It never touches the network or the database.
- One scheduler worker (APScheduler's pool with a single thread) runs the jobs one at a
  time — sync, evaluate, send, digest, housekeeping — so they never race each other for
  the database or the mailbox. Each job is a thin wrapper around ``Service``
  (``runtime.jobs``).
- The IMAP watcher (``mailbox.watcher``, in the thread ``runtime.watching`` owns) holds
  its own connection in IDLE and asks for a sync when mail arrives; the scheduled sync
  is the polling fallback (and the only trigger for a Maildir).

A failing job is logged and retried later with a growing delay; it never ends the
daemon. One daemon per state directory (``runtime.instance``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from silence_watch.config import default_config_path, load_settings, state_dir_of
from silence_watch.config.templates import load_templates
from silence_watch.core.errors import ConfigError, SilenceWatchError
from silence_watch.runtime.instance import InstanceLock
from silence_watch.runtime.jobs import (
    Jobs,
    Setup,
    StoppingError,
    digest_trigger,
    format_duration,
)
from silence_watch.runtime.logs import Demote
from silence_watch.runtime.notify import Notifier
from silence_watch.runtime.watching import WatcherThread

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from types import FrameType

    from silence_watch.config import Settings
    from silence_watch.runtime.clock import Clock

    _Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None

log = logging.getLogger(__name__)

STOP_DEADLINE = 8.0
"""Seconds a stop waits for the job in flight (systemd and users expect an exit within 10)."""
MAX_RETRY = 3600.0


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
        self._watcher = WatcherThread(
            lambda: self.jobs.settings.mailbox,
            lambda: self.trigger("sync"),
            on_trouble=lambda: self.trigger("sync"),  # the sync reports the outage once
        )

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
            self._watcher.start()
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
        # Wake twice per ping interval: a wait that ends a hair early must not push the
        # ping to the next wake, which would space pings a whole timeout apart.
        tick = min(interval / 2, 1.0) if interval else 1.0
        last_ping = 0.0
        stuck_reported = False
        timeout = self.jobs.settings.daemon.ready_timeout
        while not self._stop.is_set():
            self._wake.wait(tick)
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
            if interval and stuck is None and time.monotonic() - last_ping >= tick:
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
            except StoppingError:
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
        wait = format_duration(delay)
        if again:
            log.info("the %s job failed again (%s); retrying in %s", name, text, wait)
        elif unexpected:
            # A bug: the traceback is shown with -vv (see logs.py).
            log.error(
                "the %s job failed unexpectedly; retrying in %s",
                name,
                wait,
                exc_info=error,
            )
        else:
            log.warning("the %s job failed (%s); retrying in %s", name, text, wait)
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
            self._watcher.stop(STOP_DEADLINE)
            self._watcher.start()
            self.trigger("sync")
        self.trigger("evaluate")
        self.notifier.ready(self.jobs.status())
        log.info("configuration reloaded")

    def _shutdown(self) -> bool:
        """Stop the watcher and the scheduler, finish the job in flight; False if it hung."""
        deadline = time.monotonic() + STOP_DEADLINE
        log.info("stopping: finishing the work in flight")
        self._stop.set()
        self._watcher.ask_to_stop()
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
            self._watcher.stop(max(0.1, deadline - time.monotonic()))
            self.jobs.close()
        finally:
            self._work.release()
        return True


def run_forever(config_path: Path | None, settings: Settings) -> int:
    """Run the daemon until SIGTERM or SIGINT; return the exit code."""
    return Daemon(config_path, settings).run()
