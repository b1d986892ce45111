"""Building a message in the candidate's name and handing it to SMTP (shell: the network).

Implicit TLS (465), STARTTLS (587), or plain to a loopback host only (the config refuses
plain elsewhere); login by password when a username is configured, or by XOAUTH2 with
``smtp.auth: oauth2`` (tokens from ``mailbox.oauth``'s sources; a refused token is retried
once with a fresh one). Every error becomes a ``DeliveryError`` of one line that never
holds the password or the token.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Mapping, Sequence  # noqa: TC003 - dataclass fields
from dataclasses import dataclass, field
from datetime import datetime  # noqa: TC003 - dataclass fields
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import TYPE_CHECKING

from silence_watch.config.credentials import resolve_password, run_token_command
from silence_watch.core.errors import ConfigError, DeliveryError, MailboxError
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.mailbox.oauth import refresh_source

if TYPE_CHECKING:
    from email.policy import Policy

    from silence_watch.config import SmtpConfig
    from silence_watch.mailbox.oauth import TokenSource

#: NUL and every line boundary ``str.splitlines`` knows (the email package refuses them all).
_UNSAFE = lazy_pattern(r"[\r\n\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


class RefusedError(DeliveryError):
    """The server answered no: nothing was delivered, so trying again later is safe."""


def new_message_id(domain: str) -> str:
    """A fresh Message-ID on the candidate's domain, without angle brackets."""
    return make_msgid(domain=domain).strip("<>")


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What one message says: addresses as (name, email), ids without angle brackets."""

    sender: tuple[str, str]
    to: tuple[str, str]
    subject: str
    text: str
    message_id: str
    date: datetime
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    html: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MessageIds:
    """In-Reply-To or References: message IDs, folded between them and never encoded.

    ``policy.SMTP`` folds a header at 78 columns and, finding no space inside an Office 365
    message ID of ~90 characters, wrote it as an encoded word ("=?utf-8?q?=3CBY3PR05...")
    that Gmail and Outlook do not read as an ID: the follow-up left the thread it answered
    (tester round t61rv). The email package stores and folds a value with ``name`` and
    ``fold`` as it is.
    """

    name: str
    ids: tuple[str, ...]

    def fold(self, *, policy: Policy) -> str:
        """The header as written: one ID a line after the first, each line CRLF-ended."""
        separator = f"{policy.linesep} "
        return f"{self.name}: {separator.join(f'<{i}>' for i in self.ids)}{policy.linesep}"

    def __str__(self) -> str:
        """The IDs as one line."""
        return " ".join(f"<{i}>" for i in self.ids)


def build_message(out: Outgoing) -> bytes:
    """The RFC 5322 bytes (CRLF) of one message; a line break in any header is refused."""
    values = [*out.sender, *out.to, out.subject, out.message_id, out.in_reply_to or ""]
    values += [*out.references, *(f"{k}{v}" for k, v in out.headers.items())]
    if any(_UNSAFE.search(value) for value in values):
        raise DeliveryError("a header would contain a line break; the message was not sent")
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = formataddr(out.sender)
    message["To"] = formataddr(out.to)
    message["Subject"] = out.subject
    message["Date"] = format_datetime(out.date)
    message["Message-ID"] = f"<{out.message_id}>"
    if out.in_reply_to:
        message["In-Reply-To"] = MessageIds("In-Reply-To", (out.in_reply_to,))
    if out.references:
        message["References"] = MessageIds("References", tuple(out.references))
    for name, value in out.headers.items():
        message[name] = value
    message.set_content(out.text)
    if out.html is not None:
        message.add_alternative(out.html, subtype="html")
    return message.as_bytes()


class CommandTokens:
    """``smtp.token_command``: the tool behind it caches and refreshes the token."""

    def __init__(self, command: str) -> None:
        """Remember the command; nothing runs yet."""
        self._command = command

    def token(self, *, fresh: bool = False) -> str:  # noqa: ARG002 - the command decides freshness
        """The first line the command prints."""
        return run_token_command(self._command, "smtp.token_command")

    def valid_for(self) -> float | None:
        """Unknown: the command's tool keeps the expiry."""
        return None


def smtp_tokens(config: SmtpConfig) -> TokenSource | None:
    """Where XOAUTH2 tokens for SMTP come from, or None for a password login."""
    if config.auth != "oauth2":
        return None
    if config.token_command:
        return CommandTokens(config.token_command)
    if config.oauth2 is None:  # the config model refuses this combination
        raise ConfigError("smtp.auth: oauth2 needs token_command or an oauth2: section")
    return refresh_source(config.oauth2, config.timeout)


def xoauth2(username: str, token: str) -> str:
    """The XOAUTH2 initial response (before base64), as Google and Microsoft document it."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


def smtp_sender(config: SmtpConfig) -> SmtpSender:
    """A sender for ``config`` with its secret resolved: an OAuth2 token source, or the password.

    Raises ``ConfigError`` when the password cannot be found.
    """
    tokens = smtp_tokens(config)
    password = None
    if config.username and tokens is None:
        password = resolve_password(config, "smtp")
    return SmtpSender(config, password, tokens=tokens)


class SmtpSender:
    """One SMTP connection, opened on the first send and reused until ``close``."""

    def __init__(
        self,
        config: SmtpConfig,
        password: str | None,
        ssl_context: ssl.SSLContext | None = None,
        *,
        tokens: TokenSource | None = None,
    ) -> None:
        """Remember where and how to connect; nothing is opened yet."""
        self.config = config
        self._password = password
        self._tokens = tokens
        self._context = ssl_context or ssl.create_default_context()
        self._client: smtplib.SMTP | None = None

    def __repr__(self) -> str:
        """Never shows the password."""
        return f"SmtpSender({self.config.host}:{self.config.effective_port})"

    def _where(self) -> str:
        return f"{self.config.host}:{self.config.effective_port}"

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        host, port, timeout = config.host, config.effective_port, config.timeout
        try:
            if config.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    host, port, timeout=timeout, context=self._context
                )
            else:
                client = smtplib.SMTP(host, port, timeout=timeout)
            client.ehlo()
            if config.security == "starttls":
                client.starttls(context=self._context)
                client.ehlo()
        except (OSError, smtplib.SMTPException) as error:
            raise DeliveryError(
                f"cannot reach the SMTP server {self._where()}: {_describe(error)}"
            ) from None
        if config.username:
            if not client.has_extn("auth"):
                client.close()
                raise DeliveryError(f"the SMTP server {self._where()} does not offer login")
            what = "the OAuth2 token" if self._tokens is not None else "the password"
            try:
                self._log_in(client, config.username)
            except smtplib.SMTPAuthenticationError:
                client.close()
                raise DeliveryError(
                    f"the SMTP server {self._where()} refused the login for {config.username};"
                    f" check smtp.username and {what}"
                ) from None
            except (ConfigError, MailboxError) as error:
                client.close()
                raise DeliveryError(f"no OAuth2 token for SMTP: {error}") from None
            except (OSError, smtplib.SMTPException) as error:
                client.close()
                raise DeliveryError(
                    f"login to the SMTP server {self._where()} failed: {_describe(error)}"
                ) from None
        return client

    def _log_in(self, client: smtplib.SMTP, username: str) -> None:
        """Password login, or XOAUTH2 with one retry on a fresh token (a revoked cache)."""
        if self._tokens is None:
            client.login(username, self._password or "")
            return
        if "XOAUTH2" not in client.esmtp_features.get("auth", "").upper().split():
            raise smtplib.SMTPAuthenticationError(504, b"XOAUTH2 is not offered")
        for fresh in (False, True):
            token = self._tokens.token(fresh=fresh)
            try:
                client.auth(
                    "XOAUTH2",
                    lambda challenge=None, t=token: "" if challenge else xoauth2(username, t),
                    initial_response_ok=True,
                )
            except smtplib.SMTPAuthenticationError:
                if fresh:
                    raise
            else:
                return

    def connect(self) -> None:
        """Open and log in now (so a failure here is known to have sent nothing)."""
        if self._client is None:
            self._client = self._connect()

    def send(self, raw: bytes, *, sender: str, recipients: Sequence[str]) -> None:
        """Hand ``raw`` over; return only once the server answered 250 to the data.

        ``RefusedError`` means the server said no (nothing delivered); any other
        ``DeliveryError`` after connecting means it cannot be known whether it arrived.
        """
        self.connect()
        if self._client is None:  # connect() sets it; keeps the type checker honest
            raise DeliveryError("no SMTP connection")
        try:
            refused = self._client.sendmail(sender, list(recipients), raw)
        except smtplib.SMTPRecipientsRefused as error:
            self.close()
            who = ", ".join(str(r) for r in error.recipients)
            raise RefusedError(f"the SMTP server refused the recipient {who}") from None
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as error:
            self.close()
            raise RefusedError(f"the SMTP server refused the message: {_describe(error)}") from None
        except (OSError, smtplib.SMTPException) as error:
            self.close()
            raise DeliveryError(
                f"sending through {self._where()} failed: {_describe(error)}"
            ) from None
        if refused:  # only some recipients refused; we always send to exactly one
            who = ", ".join(refused)
            raise DeliveryError(f"the SMTP server refused the recipient {who}")

    def close(self) -> None:
        """Say QUIT (or just drop a broken connection)."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()


def _describe(error: BaseException) -> str:
    """A short reason; SMTP replies may echo what we sent, so only code and first words."""
    if isinstance(error, smtplib.SMTPResponseException):
        text = (
            error.smtp_error.decode("utf-8", "replace")
            if isinstance(error.smtp_error, bytes)
            else str(error.smtp_error)
        )
        return f"{error.smtp_code} {text.splitlines()[0][:120] if text else ''}".strip()
    if isinstance(error, socket.timeout | TimeoutError):
        return "timed out"
    return type(error).__name__ if not str(error) else str(error)[:160]
