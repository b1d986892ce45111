"""The text of a reply to the digest, from its raw bytes, as the candidate wrote it. Pure.

The plain-text part is read when there is one with words in it (it keeps the ``>``
quoting, and mutt, Claws and Thunderbird write only that); ``format=flowed`` is joined
back into the lines that were typed (``core.flowed``). A reply with only an HTML part is
laid out by ``core.htmltext``, which keeps its lines and drops what was quoted. Quoted-
printable and base64 are decoded by the stdlib; an unknown charset is read as UTF-8.

Never raises on a malformed message: what cannot be read is empty text.
"""

from __future__ import annotations

from dataclasses import dataclass
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from silence_watch.core.charsets import decode_bytes
from silence_watch.core.flowed import unflow
from silence_watch.core.htmltext import html_to_text

if TYPE_CHECKING:
    from datetime import date
    from email.message import EmailMessage, Message

#: Enough for any reply a person types; a longer part is cut (a pasted log, an attachment).
MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class ReplyBody:
    """What the candidate's client sent: the text to read, its kind and the day it was sent."""

    text: str
    source: str  # "plain", "flowed", "html" or "none"
    sent_on: date | None


def reply_body(raw: bytes) -> ReplyBody:
    """The text of the reply ``raw`` and the day it was written (in the sender's offset)."""
    try:
        message = message_from_bytes(raw, policy=policy.default)
    except Exception:  # noqa: BLE001 - the stdlib parser should not raise, and a reply must never stop us
        return ReplyBody("", "none", None)
    sent_on = _sent_on(message)
    plain = _first_part(message, "text/plain")
    if plain is not None:
        text = _decoded(plain)
        if text.strip():
            if str(plain.get_param("format", "")).lower() == "flowed":
                delsp = str(plain.get_param("delsp", "")).lower() == "yes"
                return ReplyBody(unflow(text, delsp=delsp), "flowed", sent_on)
            return ReplyBody(text, "plain", sent_on)
    html = _first_part(message, "text/html")
    if html is not None:
        try:
            text = html_to_text(_decoded(html))
        except Exception:  # noqa: BLE001 - whatever odd HTML a client sends, a reply never stops the daemon
            text = ""
        return ReplyBody(text, "html", sent_on)
    return ReplyBody("", "none", sent_on)


def _sent_on(message: EmailMessage) -> date | None:
    value = message.get("Date")
    if value is None:
        return None
    try:
        moment = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return moment.date()


def _first_part(message: EmailMessage, content_type: str) -> Message | None:
    """The first ``content_type`` part that is not an attachment or a forwarded message."""
    for part in message.walk():
        if part.get_content_maintype() == "message":
            return None  # past this point the parts belong to an attached message
        if part.get_content_type() == content_type and not part.get_filename():
            if str(part.get("Content-Disposition", "")).lower().startswith("attachment"):
                continue
            return part
    return None


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    text = decode_bytes(payload, part.get_content_charset())
    return text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
