"""Logging set up for a terminal or for journald (shell: configures the logging module).

- Under systemd (``JOURNAL_STREAM`` names our stderr) lines carry no timestamp — the
  journal stamps them — and start with a syslog priority (``<4>``) so that
  ``journalctl -p warning`` works. On a terminal they start with the local time.
- One line per event: newlines inside a message are folded, and an exception is shown
  as ``(TypeError: ...)`` on the same line; the full traceback only with ``-vv``.
- Levels: warnings by default, ``-v`` for info (what the daemon does), ``-vv`` for debug,
  ``-vvv`` also the IMAP protocol and the scheduler's own lines.
- What must never reach the log: a secret, or a message body at INFO. Code logs neither;
  as a second line of defence every value passed to ``redact`` is replaced by ``***``
  wherever it would appear.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Mapping

_PRIORITY = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}
_MIN_SECRET = 4  # shorter values would blank out ordinary words
_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def level_for(verbose: int) -> int:
    """``-v`` count to a logging level."""
    return logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG


def under_journald(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``stream`` is the journal's stream (``JOURNAL_STREAM`` is ``device:inode``)."""
    env = os.environ if environ is None else environ
    value = env.get("JOURNAL_STREAM", "")
    if not value:
        return False
    try:
        device, inode = (int(part) for part in value.split(":"))
        info = os.fstat(stream.fileno())
    except (ValueError, OSError, AttributeError):
        # Not a real file (a test's buffer) or a malformed variable: trust the variable.
        return True
    return (info.st_dev, info.st_ino) == (device, inode)


def redact(secret: str) -> None:
    """Never let ``secret`` appear in a log line from now on."""
    if len(secret) >= _MIN_SECRET:
        with _secrets_lock:
            _secrets.add(secret)


def _scrub(text: str) -> str:
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


class OneLineFormatter(logging.Formatter):
    """Folds each event onto one line and scrubs registered secrets."""

    def __init__(self, fmt: str, *, journal: bool, tracebacks: bool) -> None:
        """``journal`` adds a syslog priority prefix; ``tracebacks`` keeps full tracebacks."""
        super().__init__(fmt, datefmt="%Y-%m-%d %H:%M:%S")
        self._journal = journal
        self._tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line (plus a traceback only in debug mode)."""
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None and not self._tracebacks:
            error = record.exc_info[1]
            message = f"{message} ({type(error).__name__}: {error})"
        record.message = " | ".join(part for part in message.splitlines() if part.strip())
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        line = self.formatMessage(record)
        if self._tracebacks and record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        if self._journal:
            line = f"<{_PRIORITY.get(record.levelno, 6)}>{line}"
        return _scrub(line)


class Demote(logging.Filter):
    """Lowers a chatty logger's warnings to ``level`` (someone else reports the condition)."""

    def __init__(self, level: int = logging.INFO, *, only: str = "") -> None:
        """Records above ``level`` are passed on at ``level`` (those whose format has ``only``)."""
        super().__init__()
        self._level = level
        self._only = only

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the level; never drop the record here (the handler's level decides)."""
        if record.levelno > self._level and self._only in str(record.msg):
            record.levelno = self._level
            record.levelname = logging.getLevelName(self._level)
        return True


def setup_logging(
    verbose: int,
    *,
    stream: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
) -> logging.Handler:
    """Send log lines to ``stream`` (stderr) in the format that fits where it goes."""
    out = stream if stream is not None else sys.stderr
    level = level_for(verbose)
    journal = under_journald(out, environ)
    # Under journald the priority prefix carries the level and the journal the time.
    fmt = "%(name)s: %(message)s" if journal else "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler = logging.StreamHandler(out)
    handler.setLevel(level)  # here, so that a demoted record is filtered after demotion
    handler.setFormatter(OneLineFormatter(fmt, journal=journal, tracebacks=verbose >= 2))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    # The scheduler narrates every run at INFO, imapclient every closed connection and, at
    # DEBUG, every line of the IMAP protocol (a first sync of 20,000 messages is >100,000
    # lines): their warnings always show, their chatter only with -vvv.
    for chatty in ("apscheduler", "imapclient"):
        logging.getLogger(chatty).setLevel(logging.DEBUG if verbose >= 3 else logging.WARNING)
    logging.getLogger("apscheduler.scheduler").addFilter(_SKIPPED_RUN)
    return handler


#: A sync asked for while one runs and another waits is one too many, by design (the daemon
#: keeps one running and one queued): the scheduler's warning, with its UTC time, is chatter.
_SKIPPED_RUN = Demote(logging.DEBUG, only="maximum number of running instances reached")
