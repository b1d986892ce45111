"""Building a message in the candidate's name and handing it to SMTP (shell: the network).

Implicit TLS (465), STARTTLS (587), or plain to a loopback host only (the config refuses
plain elsewhere); login by password when a username is configured. XOAUTH2 for SMTP is
not offered yet. Every error becomes a ``DeliveryError`` of one line that never holds the
password.
"""

from __future__ import annotations

import re
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

from silence_watch.errors import DeliveryError

if TYPE_CHECKING:
    from silence_watch.config import SmtpConfig

_UNSAFE = re.compile(r"[\r\n\x00]")


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
        message["In-Reply-To"] = f"<{out.in_reply_to}>"
    if out.references:
        message["References"] = " ".join(f"<{r}>" for r in out.references)
    for name, value in out.headers.items():
        message[name] = value
    message.set_content(out.text)
    if out.html is not None:
        message.add_alternative(out.html, subtype="html")
    return message.as_bytes()


class SmtpSender:
    """One SMTP connection, opened on the first send and reused until ``close``."""

    def __init__(
        self,
        config: SmtpConfig,
        password: str | None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """Remember where and how to connect; nothing is opened yet."""
        self.config = config
        self._password = password
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
            try:
                client.login(config.username, self._password or "")
            except smtplib.SMTPAuthenticationError:
                client.close()
                raise DeliveryError(
                    f"the SMTP server {self._where()} refused the login for {config.username};"
                    " check smtp.username and the password"
                ) from None
            except (OSError, smtplib.SMTPException) as error:
                client.close()
                raise DeliveryError(
                    f"login to the SMTP server {self._where()} failed: {_describe(error)}"
                ) from None
        return client

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
