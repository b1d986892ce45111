"""Opening an IMAP connection and logging in (shell; imapclient stays inside ``mailbox``).

Connections always carry connect and read timeouts; plain IMAP is only allowed to a
loopback address (the config refuses it otherwise). Login is by password or XOAUTH2.
The mailbox, the watcher, the Drafts folder and ``doctor`` all connect through here,
and every imapclient error leaves as a ``MailboxError`` that says what failed.
"""

from __future__ import annotations

import socket
import ssl
from typing import TYPE_CHECKING

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from silence_watch.core.errors import MailboxError
from silence_watch.mailbox.oauth import Auth, PasswordAuth

if TYPE_CHECKING:
    from silence_watch.config import MailboxConfig

#: The connection is gone (EOF, BYE, reset, timeout): reconnect before the next command.
CONNECTION_ERRORS = (IMAPClientAbortError, OSError, socket.timeout, ssl.SSLError)
#: A command was refused (NO/BAD) on a connection that still works.
COMMAND_ERRORS = (IMAPClientError,)


def open_client(config: MailboxConfig, ssl_context: ssl.SSLContext | None = None) -> IMAPClient:
    """Connect (not yet logged in) with timeouts and the configured security."""
    host, port, timeout = config.host or "", config.effective_port, config.timeout
    # Loading the system's certificates costs ~30 ms: only when the connection uses TLS.
    plain = config.security == "plain"
    context = ssl_context or (None if plain else ssl.create_default_context())
    try:
        client = IMAPClient(
            host,
            port=port,
            ssl=config.security == "tls",
            ssl_context=context,
            timeout=SocketTimeout(connect=timeout, read=timeout),
        )
    except (*CONNECTION_ERRORS, *COMMAND_ERRORS) as error:
        raise MailboxError(f"cannot reach the IMAP server {host}:{port}: {error}") from error
    try:
        if config.security == "starttls":
            client.starttls(context)
    except (*CONNECTION_ERRORS, *COMMAND_ERRORS) as error:
        client.shutdown()
        raise MailboxError(f"{host}:{port} refused STARTTLS: {error}") from error
    return client


def log_in(client: IMAPClient, config: MailboxConfig, auth: Auth, *, fresh: bool) -> None:
    """Log in by password or XOAUTH2; ``fresh`` asks for a new token (a reconnect)."""
    username, host = config.username or "", config.host or ""
    try:
        if isinstance(auth, PasswordAuth):
            client.login(username, auth.password)
            return
        try:
            client.oauth2_login(username, auth.tokens.token(fresh=fresh))
        except LoginError:
            if fresh:
                raise
            # The cached token may have been revoked or expired early: one fresh try.
            client.oauth2_login(username, auth.tokens.token(fresh=True))
    except LoginError as error:
        client.shutdown()
        what = "the password" if isinstance(auth, PasswordAuth) else "the OAuth2 token"
        raise MailboxError(f"{host} refused the login for {username}: check {what}") from error
    except (*CONNECTION_ERRORS, *COMMAND_ERRORS) as error:
        client.shutdown()
        raise MailboxError(f"lost the connection to {host} while logging in: {error}") from error


def capabilities_of(client: IMAPClient) -> frozenset[str]:
    """The server's capabilities as upper-case text."""
    return frozenset(bytes(c).decode("ascii", "replace").upper() for c in client.capabilities())
