"""Telling systemd how the daemon is doing: the sd_notify protocol (shell: a socket).

systemd passes ``NOTIFY_SOCKET`` (a path, or ``@name`` for the abstract namespace) to a
``Type=notify`` service; each notification is one datagram of ``KEY=value`` lines.
``WATCHDOG_USEC`` (with ``WATCHDOG_PID``) asks for ``WATCHDOG=1`` at least that often.
Without ``NOTIFY_SOCKET`` every call does nothing, so the daemon runs the same in a
terminal. A notification that cannot be delivered is dropped: systemd's bookkeeping must
never stop the daemon.

The variables are removed from the environment once read, so that commands the daemon
runs (``password_command``) cannot talk to systemd in its name.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import MutableMapping

log = logging.getLogger(__name__)

_VARIABLES = ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")


class Notifier:
    """Sends sd_notify messages to one socket address, or nowhere."""

    def __init__(self, address: str | None, watchdog_usec: int | None = None) -> None:
        """``address`` as in ``NOTIFY_SOCKET``; ``watchdog_usec`` as in ``WATCHDOG_USEC``."""
        self.address = address
        self.watchdog_usec = watchdog_usec

    @classmethod
    def from_environment(cls, environ: MutableMapping[str, str] | None = None) -> Notifier:
        """Read (and remove) systemd's variables; a watchdog meant for another pid is ignored."""
        env = os.environ if environ is None else environ
        values = {name: env.pop(name, None) for name in _VARIABLES}
        usec: int | None = None
        pid = values["WATCHDOG_PID"]
        if values["WATCHDOG_USEC"] and (not pid or pid == str(os.getpid())):
            try:
                usec = int(values["WATCHDOG_USEC"] or "0") or None
            except ValueError:
                log.warning("ignoring WATCHDOG_USEC=%r: not a number", values["WATCHDOG_USEC"])
        return cls(values["NOTIFY_SOCKET"] or None, usec)

    @property
    def enabled(self) -> bool:
        """Whether anyone is listening."""
        return self.address is not None

    @property
    def watchdog_interval(self) -> float | None:
        """Seconds between ``WATCHDOG=1`` pings (half the timeout), or None without a watchdog."""
        if self.watchdog_usec is None:
            return None
        return self.watchdog_usec / 2_000_000

    def send(self, **fields: str | int) -> bool:
        """Send ``KEY=value`` lines in one datagram; True when it was handed to the socket."""
        if self.address is None:
            return False
        lines = []
        for key, value in fields.items():
            text = str(value).replace("\n", " ")  # a newline would start a new field
            lines.append(f"{key}={text}")
        payload = "\n".join(lines).encode("utf-8")
        address = self.address
        if address.startswith("@"):
            address = "\0" + address[1:]  # the abstract namespace
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(address)
                sock.sendall(payload)
        except OSError as error:
            log.debug("could not notify systemd at %s: %s", self.address, error)
            return False
        return True

    def ready(self, status: str | None = None) -> bool:
        """The daemon is up (and, after a reload, running on the new configuration)."""
        if status is None:
            return self.send(READY=1)
        return self.send(READY=1, STATUS=status)

    def status(self, text: str) -> bool:
        """A human line for ``systemctl status``."""
        return self.send(STATUS=text)

    def watchdog(self) -> bool:
        """The main loop is alive."""
        return self.send(WATCHDOG=1)

    def reloading(self) -> bool:
        """A reload starts; systemd needs the monotonic time to match it with the request."""
        usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        return self.send(RELOADING=1, MONOTONIC_USEC=usec)

    def stopping(self) -> bool:
        """The daemon is shutting down."""
        return self.send(STOPPING=1)
