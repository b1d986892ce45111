"""The few IMAP operations delivery needs (shell: the network).

Find a message by its Message-ID in Sent or the INBOX (to settle a send a crash left
open, and for ``sent_copy: auto``), APPEND a copy to Sent, APPEND a draft to Drafts with
the Draft and Seen flags. A separate short connection from the mailbox watcher's: imapclient
is not thread-safe and the watcher may sit in IDLE.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
from typing import TYPE_CHECKING

from imapclient.exceptions import IMAPClientError

from silence_watch.core.errors import MailboxError
from silence_watch.mailbox.imaplogin import log_in, open_client
from silence_watch.mailbox.oauth import auth_from_config

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from datetime import datetime

    from imapclient import IMAPClient

    from silence_watch.config import MailboxConfig

_ERRORS = (IMAPClientError, OSError, socket.timeout, ssl.SSLError)
_FALLBACKS = {
    "sent": ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent"),
    "drafts": ("Drafts", "[Gmail]/Drafts", "INBOX.Drafts"),
}


class MailFolders:
    """Sent, Drafts and the INBOX of the candidate's IMAP account, for the outbox."""

    def __init__(self, config: MailboxConfig, ssl_context: ssl.SSLContext | None = None) -> None:
        """Remember the account; connect on first use."""
        self._config = config
        self._ssl_context = ssl_context
        self._client: IMAPClient | None = None

    @contextlib.contextmanager
    def _session(self, what: str) -> Iterator[IMAPClient]:
        try:
            if self._client is None:
                client = open_client(self._config, self._ssl_context)
                log_in(client, self._config, auth_from_config(self._config), fresh=False)
                self._client = client
            yield self._client
        except _ERRORS as error:
            self.close()
            raise MailboxError(f"could not {what} on {self._config.host}: {error}") from error

    def folder(self, role: str) -> str:
        """The configured, SPECIAL-USE, or conventional name of ``sent`` or ``drafts``."""
        configured = self._config.sent if role == "sent" else self._config.drafts
        if configured:
            return configured
        with self._session(f"find the {role} folder") as client:
            flag = b"\\Sent" if role == "sent" else b"\\Drafts"
            found = client.find_special_folder(flag)
            if found:
                return str(found)
            names = {str(f[2]) for f in client.list_folders()}
        return next((name for name in _FALLBACKS[role] if name in names), _FALLBACKS[role][0])

    def find(self, folders: Iterable[str], message_id: str) -> str | None:
        """The first folder holding a message with this Message-ID, or None."""
        with self._session("search for a sent message") as client:
            for folder in folders:
                if not client.folder_exists(folder):
                    continue
                client.select_folder(folder, readonly=True)
                try:
                    if client.search(["HEADER", "Message-ID", f"<{message_id}>"]):
                        return folder
                finally:
                    client.unselect_folder()
        return None

    def uids(self, folder: str, message_id: str) -> Sequence[int]:
        """UIDs in ``folder`` of messages with this Message-ID."""
        with self._session("search a folder") as client:
            client.select_folder(folder, readonly=True)
            try:
                return [int(u) for u in client.search(["HEADER", "Message-ID", f"<{message_id}>"])]
            finally:
                client.unselect_folder()

    def append(
        self, folder: str, raw: bytes, *, flags: Sequence[bytes], when: datetime | None
    ) -> None:
        """APPEND ``raw`` to ``folder`` with ``flags``."""
        with self._session(f"save a copy in {folder}") as client:
            client.append(folder, raw, flags=tuple(flags), msg_time=when)

    def close(self) -> None:
        """Log out (or drop a broken connection)."""
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(*_ERRORS):
                client.logout()
