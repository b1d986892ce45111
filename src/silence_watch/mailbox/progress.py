"""Progress of a long sync: a live bar on a terminal, a log line per tenth elsewhere (shell).

``SyncProgress`` is called once per indexed batch (see ``Service.sync_mailbox``). A batch
says how many messages of its poll are still to come, so the total is known from the
first batch on. Only a long poll (``LONG`` messages or more: the first sync, a folder
re-indexed after its UIDVALIDITY changed) is shown; a few new messages say nothing.

On a terminal it is a rich bar with counts, rate and time left. Not on a terminal, or
under journald (whose stream may even be a TTY), there is no bar: one INFO line is logged
each time another tenth is done, so ``journalctl`` shows a first sync moving.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TYPE_CHECKING, Self, TextIO

from silence_watch.core.words import duration_words

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from rich.progress import Progress, TaskID

    from silence_watch.mailbox.base import Batch

log = logging.getLogger(__name__)

LONG = 1000
"""A poll of at least this many messages gets a bar (or log lines)."""
_STEPS = 10


def progress_line(folder: str, done: int, total: int, rate: float, left: float | None) -> str:
    """``INBOX: 2,000 of 20,000 messages (10%), 812 a second, about 22 s left``."""
    share = done / total if total else 1.0
    line = f"{folder}: {done:,} of {total:,} messages ({share:.0%}), {rate:,.0f} a second"
    if left is not None and done < total:
        line += f", about {duration_words(max(left, 1))} left"
    return line


class SyncProgress:
    """Shows indexing progress per folder for long polls; close it (or use ``with``)."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        journal: bool = False,
        clock: Callable[[], float] = time.monotonic,
        long: int = LONG,
    ) -> None:
        """Draw on ``stream`` (stderr) when it is a terminal; else log.

        ``journal``: the caller knows the stream is journald's (never a bar there).
        """
        self._stream = stream or sys.stderr
        if tty is None:
            tty = self._stream.isatty()
        tty = tty and not journal
        self._tty = tty
        self._clock = clock
        self._long = long
        self._folder: str | None = None
        self._done = 0
        self._started = 0.0
        self._logged_step = 0
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Self:
        """Use as a context manager: the bar is closed on the way out, whatever happens."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Close the bar."""
        self.close()

    def __call__(self, batch: Batch) -> None:
        """Account for one indexed batch."""
        if batch.folder != self._folder:
            self.close()
            self._folder, self._done, self._logged_step = batch.folder, 0, 0
            self._started = self._clock()
        self._done += len(batch.messages)
        total = self._done + batch.remaining
        if total < self._long:
            return
        if self._tty:
            self._draw(batch.folder, total)
        else:
            self._log(batch.folder, total)
        if batch.remaining == 0:
            self.close()

    def _draw(self, folder: str, total: int) -> None:
        if self._bar is None:
            # rich only once a bar is drawn: most cycles index a few messages, or none.
            from rich.console import Console  # noqa: PLC0415
            from rich.progress import (  # noqa: PLC0415
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            console = Console(file=self._stream, force_terminal=True)
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("[progress.data.speed]{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=console,
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task(f"indexing {folder}", total=total, rate="")
        if self._task is not None:
            self._bar.update(  # the rate as messages, which rich's speed columns do not say
                self._task, completed=self._done, total=total, rate=f"{self._rate():,.0f} msg/s"
            )

    def _rate(self) -> float:
        return self._done / max(self._clock() - self._started, 1e-6)

    def _log(self, folder: str, total: int) -> None:
        step = self._done * _STEPS // total
        if step <= self._logged_step:
            return
        self._logged_step = step
        rate = self._rate()
        left = (total - self._done) / rate if rate > 0 else None
        log.info("indexing %s", progress_line(folder, self._done, total, rate, left))

    def close(self) -> None:
        """Stop drawing (the finished bar stays on screen)."""
        bar, self._bar, self._task = self._bar, None, None
        if bar is not None:
            bar.stop()
