"""An IMAP account as a mailbox (shell: the only module that imports imapclient).

Connections always carry connect and read timeouts; plain IMAP is only allowed to a
loopback address (the config refuses it otherwise). New messages are found by UID and
fetched as the header fields the index needs, in chunks of explicit UIDs (imapclient
4.1 raises on ``n:*`` ranges in FETCH).
"""

from __future__ import annotations

import socket
import ssl
from typing import TYPE_CHECKING

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from silence_watch.core.parse import INDEX_HEADERS
from silence_watch.errors import MailboxError
from silence_watch.mailbox.base import Batch, Cursor, Fetched

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator

    from silence_watch.config import MailboxConfig

_CHUNK = 500
_FIELDS = f"BODY.PEEK[HEADER.FIELDS ({' '.join(INDEX_HEADERS).upper()})]"
_SENT_FALLBACKS = ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent")
_NETWORK_ERRORS = (IMAPClientError, OSError, socket.timeout, ssl.SSLError)


class ImapMailbox:
    """One logged-in IMAP connection."""

    def __init__(
        self,
        config: MailboxConfig,
        password: str,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """Connect and log in, or raise ``MailboxError`` with a plain explanation."""
        host, port, timeout = config.host or "", config.effective_port, config.timeout
        username, security = config.username or "", config.security
        self.name = f"imap:{username}@{host}:{port}"
        self._inbox = config.inbox
        self._sent = config.sent
        context = ssl_context or ssl.create_default_context()
        try:
            self._client = IMAPClient(
                host,
                port=port,
                ssl=security == "tls",
                ssl_context=context,
                timeout=SocketTimeout(connect=timeout, read=timeout),
            )
            if security == "starttls":
                self._client.starttls(context)
            self._client.login(username, password)
        except LoginError as error:
            message = f"{host} refused the login for {username}: check the password"
            raise MailboxError(message) from error
        except _NETWORK_ERRORS as error:
            raise MailboxError(f"cannot reach the IMAP server {host}:{port}: {error}") from error

    def watched_folders(self) -> list[str]:
        """The inbox and the sent folder (by SPECIAL-USE, else by common names)."""
        sent = self._sent or self._find_sent()
        return [self._inbox] if sent is None else [self._inbox, sent]

    def _find_sent(self) -> str | None:
        try:
            from imapclient import SENT  # noqa: PLC0415 - a constant, imported where it is used

            found = self._client.find_special_folder(SENT)
            if found:
                return str(found)
            names = {str(folder[2]) for folder in self._client.list_folders()}
        except _NETWORK_ERRORS as error:
            raise MailboxError(f"cannot list folders: {error}") from error
        return next((name for name in _SENT_FALLBACKS if name in names), None)

    def poll(self, folder: str, cursor: Cursor | None, known: Collection[str]) -> Iterator[Batch]:
        """Yield header blocks of messages with a UID above the cursor's."""
        try:
            selected = self._client.select_folder(folder, readonly=True)
            validity = int(selected[b"UIDVALIDITY"])
            reset = cursor is not None and cursor.validity != validity
            last = 0 if cursor is None or reset else cursor.last_uid
            uids = sorted(u for u in self._client.search(["UID", f"{last + 1}:*"]) if u > last)
        except _NETWORK_ERRORS as error:
            raise MailboxError(f"cannot read folder {folder}: {error}") from error
        if not uids:
            yield Batch(folder, Cursor(validity, last), (), reset=reset)
            return
        for start in range(0, len(uids), _CHUNK):
            chunk = [u for u in uids[start : start + _CHUNK] if reset or str(u) not in known]
            try:
                data = self._client.fetch(chunk, [_FIELDS]) if chunk else {}
            except _NETWORK_ERRORS as error:
                raise MailboxError(f"cannot fetch from {folder}: {error}") from error
            fetched = tuple(
                Fetched(folder, str(uid), _header_bytes(items))
                for uid, items in sorted(data.items())
            )
            high = uids[min(start + _CHUNK, len(uids)) - 1]
            yield Batch(folder, Cursor(validity, high), fetched, reset=reset and start == 0)

    def fetch_message(self, folder: str, key: str) -> bytes | None:
        """The whole message with UID ``key``, or None when it is gone."""
        try:
            self._client.select_folder(folder, readonly=True)
            data = self._client.fetch([int(key)], ["BODY.PEEK[]"])
        except _NETWORK_ERRORS as error:
            raise MailboxError(f"cannot fetch a message from {folder}: {error}") from error
        items = data.get(int(key))
        if not items:
            return None
        body = items.get(b"BODY[]")
        return bytes(body) if body is not None else None

    def close(self) -> None:
        """Log out, ignoring a connection that is already gone."""
        try:
            self._client.logout()
        except _NETWORK_ERRORS:
            self._client.shutdown()


def _header_bytes(items: dict[bytes, object]) -> bytes:
    for name, value in items.items():
        if name.startswith(b"BODY[HEADER") and isinstance(value, bytes):
            return value
    return b""
