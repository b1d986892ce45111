"""The thread the IMAP watcher runs in: started, restarted on a reload, stopped (shell).

The watcher itself (``mailbox.watcher``) holds a connection in IDLE and calls back when
mail arrives; this module owns its thread and its stop switch, and gives it credentials
resolved at each connect, so a changed password file is picked up without a restart.
A Maildir, or a mailbox with ``idle: false``, has no watcher: the scheduled sync polls.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from silence_watch.mailbox.oauth import PasswordAuth, auth_from_config
from silence_watch.mailbox.watcher import ImapWatcher
from silence_watch.runtime.logs import redact

if TYPE_CHECKING:
    from collections.abc import Callable

    from silence_watch.config import MailboxConfig
    from silence_watch.mailbox.oauth import Auth

WATCHER_CHECK = 1.0
"""How often the watcher looks up from IDLE for a stop request (seconds)."""


class WatcherThread:
    """At most one IMAP watcher at a time, calling ``on_mail`` when mail arrives."""

    def __init__(
        self,
        mailbox: Callable[[], MailboxConfig],
        on_mail: Callable[[], None],
        on_trouble: Callable[[], None] | None = None,
    ) -> None:
        """``mailbox`` gives the mailbox settings in force (they change on a reload).

        ``on_trouble`` runs when the watcher's connection fails: the daemon then syncs,
        which reports the outage once (WARNING) and, when mail flows again, its end.
        """
        self._mailbox = mailbox
        self._on_mail = on_mail
        self._on_trouble = on_trouble
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start watching, unless the mailbox is a Maildir or IDLE is switched off."""
        config = self._mailbox()
        if config.kind != "imap" or not config.idle:
            return
        stop = threading.Event()
        watcher = ImapWatcher(
            config,
            self._auth,
            self._on_mail,
            stop,
            check_interval=WATCHER_CHECK,
            on_trouble=self._on_trouble,
        )
        thread = threading.Thread(target=watcher.run, name="imap-watcher", daemon=True)
        self._stop, self._thread = stop, thread
        thread.start()

    def ask_to_stop(self) -> None:
        """Tell the watcher to leave IDLE and log out; ``stop`` waits for it."""
        if self._stop is not None:
            self._stop.set()

    def stop(self, timeout: float) -> None:
        """Stop the watcher and wait at most ``timeout`` seconds for its thread."""
        self.ask_to_stop()
        if self._thread is not None:
            self._thread.join(timeout)  # it leaves IDLE and logs out
        self._stop = self._thread = None

    def _auth(self) -> Auth:
        """Resolved before each watcher connect, so a changed password file is picked up."""
        auth = auth_from_config(self._mailbox())
        if isinstance(auth, PasswordAuth):
            redact(auth.password)
        return auth
