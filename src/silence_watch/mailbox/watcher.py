"""Push: tell the daemon when new mail may have arrived (shell: a thread of its own).

``ImapWatcher.run()`` keeps one IMAP connection of its own (imapclient is not
thread-safe) in IDLE on the inbox (All Mail on Gmail), and calls ``on_change()``:

- after every connect and reconnect (a resync: mail may have come while it was away),
- when the server reports new mail,
- every ``poll_interval`` seconds in any case (that covers the Sent folder, and servers
  without IDLE, where the watcher only checks the connection with NOOP).

IDLE is renewed every ``idle_renew`` seconds (at most 10 minutes). A dead connection is
noticed by a BYE, by ``idle_check`` returning nothing at once several times in a row
(EOF: imapclient then spins), or by the server not answering DONE within the read
timeout. The watcher then reconnects after a capped, jittered exponential backoff. It
never raises on mail-server trouble; it stops when ``stop_event`` is set.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.errors import MailboxError, SilenceWatchError
from silence_watch.mailbox.backoff import Backoff
from silence_watch.mailbox.imap import ImapMailbox
from silence_watch.mailbox.oauth import MARGIN, OAuth2Auth

if TYPE_CHECKING:
    import ssl
    import threading
    from collections.abc import Callable

    from silence_watch.config import MailboxConfig
    from silence_watch.mailbox.oauth import Auth

log = logging.getLogger(__name__)


@dataclass
class SpinDetector:
    """Notices ``idle_check`` coming back empty long before its timeout, again and again.

    That is how imapclient reports a socket at EOF: every call returns ``[]`` at once.
    One early empty return can be a spurious wake-up; ``limit`` in a row is a dead peer.
    """

    limit: int = 3
    fraction: float = 0.1  # "at once": under this fraction of the timeout asked for
    streak: int = 0

    def observe(self, *, responses: int, elapsed: float, timeout: float) -> bool:
        """Record one ``idle_check``; True when the connection looks dead."""
        if responses or elapsed >= timeout * self.fraction:
            self.streak = 0
            return False
        self.streak += 1
        return self.streak >= self.limit


class _Reconnect(Exception):  # noqa: N818 - a signal inside the loop, not an error for users
    """Leave the session and connect again (dead connection or a token about to expire)."""


class ImapWatcher:
    """Runs in a thread: IDLE (or NOOP polling), reconnecting forever until stopped."""

    def __init__(  # noqa: PLR0913 - the options after * are keyword-only
        self,
        config: MailboxConfig,
        auth: Auth | Callable[[], Auth],
        on_change: Callable[[], None],
        stop_event: threading.Event,
        *,
        ssl_context: ssl.SSLContext | None = None,
        backoff: Backoff | None = None,
        check_interval: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        on_trouble: Callable[[], None] | None = None,
    ) -> None:
        """Prepare; nothing connects until ``run()``.

        ``auth`` may be a callable, called before each connect (a password re-read from
        its command after a change). ``check_interval`` bounds each ``idle_check`` so
        that ``stop_event`` is noticed within it. ``on_trouble`` is called when the
        connection fails, so that the daemon notices an outage now, not at its next poll.
        """
        self._config = config
        self._auth = auth
        self._on_change = on_change
        self._on_trouble = on_trouble or (lambda: None)
        self._stop = stop_event
        self._ssl_context = ssl_context
        self.backoff = backoff or Backoff(base=1.0, cap=300.0)
        self._check_interval = check_interval
        self._clock = clock
        self._mailbox: ImapMailbox | None = None
        self._session_auth: Auth | None = None
        self._last_signal = 0.0
        self.connections = 0
        self.signals = 0
        self.failures = 0

    # --- the loop -------------------------------------------------------------------------

    def run(self) -> None:
        """Watch until ``stop_event`` is set; connection trouble is logged and retried."""
        try:
            while not self._stop.is_set():
                try:
                    mailbox = self._open()
                except (MailboxError, SilenceWatchError) as error:
                    self._failed(f"cannot connect: {error}")
                    continue
                try:
                    self._session(mailbox)
                except _Reconnect as reason:
                    log.info("reconnecting to the IMAP server: %s", reason)
                except MailboxError as error:
                    self._failed(str(error))
                finally:
                    mailbox.close()
                    self._mailbox = None
        finally:
            log.debug("IMAP watcher stopped")

    def _open(self) -> ImapMailbox:
        auth = self._auth() if callable(self._auth) else self._auth
        self._session_auth = auth
        mailbox = ImapMailbox(self._config, auth, ssl_context=self._ssl_context)
        self._mailbox = mailbox
        self.connections += 1
        return mailbox

    def _failed(self, message: str) -> None:
        self.failures += 1
        delay = self.backoff.next_delay()
        log.warning("IMAP watcher: %s; retrying in %.1f s", message, delay)
        self._on_trouble()
        self._stop.wait(delay)

    def _session(self, mailbox: ImapMailbox) -> None:
        folder = self._folder(mailbox)
        self._signal()  # resync on every (re)connect: mail may have arrived meanwhile
        if self._config.idle and mailbox.has_idle:
            self._idle(mailbox, folder)
        else:
            self._poll(mailbox)

    def _folder(self, mailbox: ImapMailbox) -> str:
        if mailbox.is_gmail:
            return mailbox.special_folders().get("all_mail", self._config.inbox)
        return self._config.inbox

    def _idle(self, mailbox: ImapMailbox, folder: str) -> None:
        renew = min(self._config.idle_renew, 600.0)
        spin = SpinDetector()
        healthy_since = self._clock()
        while not self._stop.is_set():
            mailbox.idle_start(folder)
            started = self._clock()
            while not self._stop.is_set() and self._clock() - started < renew:
                timeout = max(0.01, min(self._check_interval, renew - (self._clock() - started)))
                before = self._clock()
                news = mailbox.idle_wait(timeout)
                elapsed = self._clock() - before
                if news.bye:
                    raise _Reconnect("the server said BYE")
                if spin.observe(responses=news.responses, elapsed=elapsed, timeout=timeout):
                    raise _Reconnect("the connection returns nothing at once (closed)")
                if news.new_mail or self._poll_due():
                    self._signal()
                if self._clock() - healthy_since >= self._check_interval:
                    self.backoff.reset()
                self._check_token()
            if mailbox.idle_stop().new_mail:
                self._signal()

    def _poll(self, mailbox: ImapMailbox) -> None:
        interval = self._config.poll_interval
        while not self._stop.wait(interval):
            mailbox.noop()
            self.backoff.reset()
            self._signal()
            self._check_token()

    # --- helpers --------------------------------------------------------------------------

    def _poll_due(self) -> bool:
        return self._clock() - self._last_signal >= self._config.poll_interval

    def _check_token(self) -> None:
        auth = self._session_auth
        if isinstance(auth, OAuth2Auth):
            left = auth.tokens.valid_for()
            if left is not None and left < MARGIN:
                raise _Reconnect("the OAuth2 token is about to expire")

    def _signal(self) -> None:
        self._last_signal = self._clock()
        self.signals += 1
        try:
            self._on_change()
        except SilenceWatchError as error:
            log.warning("sync after a mailbox change failed: %s", error)
