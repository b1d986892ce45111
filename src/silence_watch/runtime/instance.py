"""One daemon per state directory: an exclusive lock file held for the daemon's life (shell).

Pure of scheduling: the daemon takes the lock before anything else and gives it back
last, so two daemons never share a state database or a mailbox cursor.
"""

from __future__ import annotations

import errno
import fcntl
import os
from typing import TYPE_CHECKING

from silence_watch.core.errors import SilenceWatchError

if TYPE_CHECKING:
    from pathlib import Path

LOCK_NAME = "daemon.lock"


class AlreadyRunningError(SilenceWatchError):
    """Another daemon holds the state directory."""


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
