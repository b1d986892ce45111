"""First-run progress: a bar on a terminal, plain log lines otherwise (shell: writes text).

``SyncProgress`` is called once per indexed batch (see ``Service.sync_mailbox``). A
batch says how many messages of its poll are still to come, so the total is known from
the first batch on. Nothing is shown for a poll that found nothing.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Callable

    from silence_watch.mailbox.base import Batch

log = logging.getLogger(__name__)
_WIDTH = 30


def progress_line(folder: str, done: int, total: int, rate: float) -> str:
    """``INBOX  [#####.....] 1,000/2,000  50%  812 msg/s``."""
    share = done / total if total else 1.0
    filled = int(share * _WIDTH)
    bar = "#" * filled + "." * (_WIDTH - filled)
    return f"{folder}  [{bar}] {done:,}/{total:,}  {share:4.0%}  {rate:,.0f} msg/s"


class SyncProgress:
    """Shows indexing progress per folder; a TTY gets a bar redrawn in place."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        log_every: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Write to ``stream`` (stderr) when it is a terminal, else log every ``log_every`` s."""
        self._stream = stream or sys.stderr
        self._tty = self._stream.isatty() if tty is None else tty
        self._log_every = log_every
        self._clock = clock
        self._folder: str | None = None
        self._done = 0
        self._started = 0.0
        self._logged = 0.0

    def __call__(self, batch: Batch) -> None:
        """Account for one indexed batch."""
        if batch.folder != self._folder:
            self._folder, self._done = batch.folder, 0
            self._started = self._logged = self._clock()
        self._done += len(batch.messages)
        total = self._done + batch.remaining
        if total == 0:
            return
        now = self._clock()
        rate = self._done / max(now - self._started, 1e-6)
        line = progress_line(batch.folder, self._done, total, rate)
        finished = batch.remaining == 0
        if self._tty:
            self._stream.write("\r" + line + ("\n" if finished else ""))
            self._stream.flush()
        elif finished or now - self._logged >= self._log_every:
            self._logged = now
            log.info("indexing %s", line)
