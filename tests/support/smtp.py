"""An SMTP sink for tests: records every message and delivers it into the test Dovecot.

The sink listens on 127.0.0.1 on a free port (aiosmtpd ``Controller`` in its own thread).
Each recipient's local part names the Dovecot user whose INBOX gets the message, so mail
to ``user3-ab12cd@example.com`` lands in user ``user3-ab12cd``'s INBOX.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

from aiosmtpd.controller import Controller

from support.dovecot import free_port

if TYPE_CHECKING:
    from types import TracebackType

    from support.dovecot import DovecotServer

SINK_HOSTNAME = "sink.example.net"
"""Name the sink gives in its greeting (avoids aiosmtpd's slow ``socket.getfqdn()``)."""


@dataclass(frozen=True)
class ReceivedMessage:
    """One message as the sink received it, and what became of it."""

    mail_from: str
    """Envelope sender (MAIL FROM)."""
    recipients: tuple[str, ...]
    """Envelope recipients (RCPT TO), in order."""
    raw: bytes
    """The message bytes exactly as sent in DATA."""
    delivered_to: tuple[str, ...]
    """Dovecot users whose INBOX received the message (empty without a Dovecot)."""


class _Handler:
    """aiosmtpd handler: delivers to Dovecot, then records the message."""

    def __init__(self, sink: SmtpSink) -> None:
        """Remember the sink that owns the record list."""
        self._sink = sink

    async def handle_DATA(  # noqa: N802  aiosmtpd calls its hooks by this name
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        """Deliver the message to every recipient's INBOX, record it, and accept it."""
        del server, session
        raw = bytes(envelope.original_content or envelope.content)
        recipients = tuple(str(r) for r in envelope.rcpt_tos)
        try:
            delivered = await asyncio.to_thread(self._sink.deliver, recipients, raw)
        except Exception as error:  # noqa: BLE001  any failure becomes an SMTP 451 reply
            self._sink.record_error(error)
            return f"451 4.3.0 delivery to Dovecot failed: {error}"
        self._sink.record(
            ReceivedMessage(
                mail_from=str(envelope.mail_from),
                recipients=recipients,
                raw=raw,
                delivered_to=delivered,
            )
        )
        return "250 2.0.0 OK: queued"


class SmtpSink:
    """An SMTP server on 127.0.0.1 that records messages and files them into Dovecot.

    A message is recorded once it has been delivered, so :meth:`wait_for` returning means
    the mail is in the INBOX. Restartable: :meth:`stop` then :meth:`start` reuses the port.
    """

    host = "127.0.0.1"

    def __init__(self, dovecot: DovecotServer | None = None) -> None:
        """Prepare a sink; with ``dovecot``, deliver each message to it by IMAP APPEND."""
        self.dovecot = dovecot
        self.port = free_port(self.host)
        self.errors: list[BaseException] = []
        self._messages: list[ReceivedMessage] = []
        self._condition = threading.Condition()
        self._controller: Controller | None = None

    def start(self) -> None:
        """Start listening (no-op when already started)."""
        if self._controller is not None:
            return
        controller = Controller(
            _Handler(self),
            hostname=self.host,
            port=self.port,
            server_hostname=SINK_HOSTNAME,
            auth_require_tls=False,
        )
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        """Stop listening (no-op when not started)."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def __enter__(self) -> Self:
        """Start the sink and return it."""
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the sink."""
        self.stop()

    @property
    def messages(self) -> list[ReceivedMessage]:
        """A snapshot of the messages received so far, oldest first."""
        with self._condition:
            return list(self._messages)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMessage]:
        """Wait until at least ``count`` messages arrived; return them, or raise TimeoutError."""
        with self._condition:
            if not self._condition.wait_for(lambda: len(self._messages) >= count, timeout):
                raise TimeoutError(
                    f"the SMTP sink received {len(self._messages)} of {count} messages "
                    f"within {timeout} s; delivery errors: {self.errors!r}"
                )
            return list(self._messages)

    def deliver(self, recipients: tuple[str, ...], raw: bytes) -> tuple[str, ...]:
        """APPEND ``raw`` to the INBOX of each recipient's local part; return the users."""
        if self.dovecot is None:
            return ()
        users = tuple(dict.fromkeys(_local_part(r) for r in recipients))
        for user in users:
            self.dovecot.append(user, raw, "INBOX")
        return users

    def record(self, message: ReceivedMessage) -> None:
        """Add a received message to :attr:`messages` and wake up waiters."""
        with self._condition:
            self._messages.append(message)
            self._condition.notify_all()

    def record_error(self, error: BaseException) -> None:
        """Remember a delivery failure, for the message of a later timeout."""
        with self._condition:
            self.errors.append(error)


def _local_part(address: str) -> str:
    """Return the part of ``address`` before the last ``@``."""
    return address.rpartition("@")[0] or address
