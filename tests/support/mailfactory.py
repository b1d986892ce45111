"""Compose realistic RFC 5322 messages (CRLF bytes) for tests, with the stdlib email package.

Example::

    first = make_message(
        sender="Recruiter <hr@example.com>",
        to="Candidate <me@example.org>",
        subject="Interview on Tuesday",
        body="See you then.",
        date=datetime(2024, 5, 6, 10, 0, tzinfo=UTC),
    )
    answer = reply_to_message(first, sender="me@example.org", body="Thanks!", date=later)
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid, parseaddr
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

_MSG_ID = re.compile(r"<[^<>\s]+>")
_REPLY_PREFIX = re.compile(r"^\s*re\s*:", re.IGNORECASE)


def domain_of(address: str) -> str:
    """Return the domain of ``address`` ("Name <a@example.com>" gives "example.com")."""
    _, addr = parseaddr(address)
    domain = addr.rpartition("@")[2]
    if not domain:
        raise ValueError(f"no domain in address {address!r}")
    return domain


def new_message_id(sender: str) -> str:
    """Return a fresh ``<...@domain>`` Message-ID on the sender's domain."""
    return make_msgid(domain=domain_of(sender))


def angle(message_id: str) -> str:
    """Return ``message_id`` wrapped in angle brackets (unchanged when it already is)."""
    message_id = message_id.strip()
    return message_id if message_id.startswith("<") else f"<{message_id}>"


def make_message(
    *,
    sender: str,
    to: str | Iterable[str],
    subject: str,
    body: str,
    date: datetime,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: Iterable[str] = (),
    cc: Iterable[str] = (),
    headers: Mapping[str, str] | None = None,
) -> bytes:
    """Return a text/plain message as CRLF bytes (policy SMTP).

    Addresses may be "Name <addr>" strings; ``to`` is one address or several. Without
    ``message_id`` one is made on the sender's domain. A naive ``date`` is taken as UTC.
    ``headers`` adds headers, replacing any of the same name set from the other arguments.
    """
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = ", ".join([to] if isinstance(to, str) else to)
    cc_list = list(cc)
    if cc_list:
        message["Cc"] = ", ".join(cc_list)
    message["Subject"] = subject
    message["Date"] = format_datetime(date if date.tzinfo else date.replace(tzinfo=UTC))
    message["Message-ID"] = angle(message_id) if message_id else new_message_id(sender)
    if in_reply_to:
        message["In-Reply-To"] = angle(in_reply_to)
    reference_list = [angle(ref) for ref in references]
    if reference_list:
        message["References"] = " ".join(reference_list)
    for name, value in (headers or {}).items():
        del message[name]
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


def reply_to_message(
    original_raw: bytes,
    *,
    sender: str,
    body: str,
    date: datetime,
    extra_headers: Mapping[str, str] | None = None,
) -> bytes:
    """Return a reply to ``original_raw`` from ``sender``, threaded as a mail client does.

    The reply goes to the original's Reply-To (or From), its subject gets one ``Re:``,
    In-Reply-To is the original's Message-ID, and References is the original's References
    (or, lacking them, its In-Reply-To) followed by the original's Message-ID (RFC 5322
    section 3.6.4).
    """
    original = BytesParser(policy=policy.default).parsebytes(original_raw)
    subject = str(original.get("Subject", ""))
    if not _REPLY_PREFIX.match(subject):
        subject = f"Re: {subject}"
    original_id = str(original.get("Message-ID", "")).strip() or None
    parents = _MSG_ID.findall(str(original.get("References", ""))) or _MSG_ID.findall(
        str(original.get("In-Reply-To", ""))
    )
    references = [*parents, original_id] if original_id else parents
    return make_message(
        sender=sender,
        to=str(original.get("Reply-To") or original.get("From", "")),
        subject=subject,
        body=body,
        date=date,
        in_reply_to=original_id,
        references=references,
        headers=extra_headers,
    )
