"""Bytes to ``Message``: the only place that knows how email is encoded.

Two entry points. ``parse_headers`` reads just the header block (what the index fetches
for every message) with its own splitter, because that is fast. ``parse_message`` reads a
whole message with the standard library's ``email`` package: the text parts, decoded by
their charset; for mail that has only HTML (Outlook, Workday and most applicant-tracking
systems), the HTML turned into text by inscriptis, which keeps the line structure that
tells a reply from the quoted original ("From: ... Sent: ..." on lines of their own) and
drops style sheets and entities. Neither ever raises on bad input: what could not be
read is listed in ``Message.defects``.

mail-parser was used for bodies until 2026-12: it parsed every message a second time
(about 2,300 msg/s against the standard library's 14,000 on the reply corpus), decoded
ISO-2022-JP worse, and returned no text at all for HTML-only mail.

The text of one-part mail and of HTML comes from ``core.mime_text``. No IO.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes
from email.errors import HeaderParseError
from email.header import Header, decode_header, make_header
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from typing import TYPE_CHECKING

from silence_watch.core.charsets import decode_bytes
from silence_watch.core.headernames import SIGNAL_HEADERS
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.mime_text import (
    FORWARD_LINE,
    MAX_PART_CHARS,
    body_texts,
    decoded_payload,
    html_text,
    single_part_body,
)
from silence_watch.core.model import Address, Message, MimePart
from silence_watch.core.sent_dates import sent_date

if TYPE_CHECKING:
    from email.message import Message as StdMessage

_SIGNAL_KEYS = frozenset(name.lower() for name in SIGNAL_HEADERS)
_ID_RE = lazy_pattern(r"<([^<>\s]+)>")
_REPORT_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "text/rfc822-headers",
        "message/rfc822",
        "message/feedback-report",
        "text/calendar",
    },
)


#: What an invitation is attached as, besides text/calendar (tester round t49ct).
_ICS_TYPES = frozenset({"application/ics", "text/x-vcalendar", "application/x-ics"})


class HeaderBlock:
    """A header block split into fields, the few things ``_message_from_std`` asks of one.

    The index parses the headers of every message in the mailbox, so this is the hot
    path: a plain split of lines and folded continuations is several times faster than
    the stdlib's feed parser and gives the same fields for header blocks.
    """

    __slots__ = ("_by_name", "_fields", "defects")

    def __init__(self, raw: bytes) -> None:
        """Split ``raw`` (a whole message or just its headers) into named fields."""
        end = raw.find(b"\n\n")
        crlf_end = raw.find(b"\r\n\r\n")
        if crlf_end != -1 and (end == -1 or crlf_end < end):
            end = crlf_end
        block = raw if end == -1 else raw[:end]
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:  # raw 8-bit headers in a legacy charset: line by line
            text = "\n".join(_eight_bit(line) for line in block.splitlines())
        fields: list[tuple[str, str]] = []
        self.defects: list[str] = []
        for line in text.splitlines():
            if not line:
                continue
            if line[0] in " \t":
                if fields:
                    name, value = fields[-1]
                    fields[-1] = (name, f"{value}\n{line}")
                else:
                    self.defects.append("FirstHeaderLineIsContinuationDefect")
                continue
            name, sep, value = line.partition(":")
            if not sep or not name or " " in name.strip():
                self.defects.append("MissingHeaderBodySeparatorDefect")
                continue
            fields.append((name.strip(), value.strip()))
        self._fields = fields
        self._by_name: dict[str, list[str]] = {}
        for name, value in fields:
            self._by_name.setdefault(name.lower(), []).append(value)

    def get(self, name: str) -> str | None:
        """The first value of ``name`` (case-insensitive), or None."""
        found = self._by_name.get(name.lower())
        return found[0] if found else None

    def get_all(self, name: str, failobj: list[str]) -> list[str]:
        """Every value of ``name``, or ``failobj`` when there is none."""
        return self._by_name.get(name.lower()) or failobj

    def items(self) -> list[tuple[str, str]]:
        """Every (name, value), in order."""
        return list(self._fields)


def parse_headers(raw: bytes) -> Message:
    """Parse the header block of ``raw`` (a whole message or just its headers)."""
    block = HeaderBlock(raw)
    return _message_from_std(block, body=None, parts=(), defects=tuple(block.defects))


def parse_message(raw: bytes) -> Message:
    """Parse a whole message, body and report parts included; never raises."""
    # The header fields are read the way the index reads them (``HeaderBlock``), so a
    # message reads the same header-only and whole, and about twice as fast as through
    # the stdlib's message object.
    headers = HeaderBlock(raw)
    simple = single_part_body(
        raw, headers.get("Content-Type"), headers.get("Content-Transfer-Encoding"),
    )
    if simple is not None:  # most replies: one text part, no MIME tree to walk
        found = list(headers.defects)
        text = html_text(simple[1], found) if simple[0] == "html" else simple[1]
        return _message_from_std(
            headers,
            body=text[:MAX_PART_CHARS] if text.strip() or simple[0] == "html" else None,
            parts=(),
            defects=tuple(found),
        )
    try:
        std = message_from_bytes(raw, policy=compat32)
    except Exception as error:  # noqa: BLE001 - the stdlib parser is documented not to raise, but a person's mail must never stop us
        return Message(message_id=None, date=None, sender=None, defects=(f"unparseable: {error}",))
    defects = list(_defects_of(std))
    body = _body_text(std, defects)
    return _message_from_std(headers, body=body, parts=_report_parts(std), defects=tuple(defects))


def normalise_message_id(value: str | None) -> str | None:
    """Return the id inside angle brackets (or the bare token), or None when there is none."""
    if not value:
        return None
    found = _ID_RE.search(value)
    if found:
        return found.group(1)
    token = value.strip().strip("<>").strip()
    return token.split()[0] if token else None


def message_ids(value: str | None) -> tuple[str, ...]:
    """All ids in a References or In-Reply-To value, oldest first, without duplicates."""
    if not value:
        return ()
    found = _ID_RE.findall(value) or value.split()
    return tuple(dict.fromkeys(token.strip("<>") for token in found if token.strip("<>")))


def decode_text(value: str | None) -> str:
    """Decode RFC 2047 encoded words and unfold a header value; never raises."""
    if not value:
        return ""
    text = value
    if "=?" in value:
        try:
            words = [
                (chunk, None) if isinstance(chunk, str) or charset is None
                else (decode_bytes(chunk, charset).encode(), "utf-8")
                for chunk, charset in decode_header(value)
            ]  # fmt: skip
            text = str(make_header(words)) or value  # nothing decoded: as written
        except (LookupError, ValueError, UnicodeError, HeaderParseError):
            text = value
    return " ".join(text.split())


#: Address lists the fast path may read: no quotes, comments, groups or escapes.
_TRICKY_ADDRESS = lazy_pattern(r"[()\\:;\[\]]")
_LIST_ITEM = lazy_pattern(r'(?:"[^"]*"|[^,"])+')
_NAMED_ADDRESS = lazy_pattern(r'^\s*("[^"]*"|[^"<>]*?)\s*<([^<>\s"]+)>\s*$')
_BARE_ADDRESS = lazy_pattern(r"^\s*<?([^\s<>]+)>?\s*$")


def parse_addresses(values: list[str]) -> tuple[Address, ...]:
    """Parse address header values into ``Address`` objects (lower-cased, decoded names)."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        if value:
            pairs += _simple_addresses(value) or getaddresses([value])
    result: list[Address] = []
    for name, email in pairs:
        if "@" not in email:
            continue
        result.append(Address(name=decode_text(name), email=email.strip().lower()))
    return tuple(result)


def _simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """The common forms (``Name <a@b>``, ``a@b``, lists of them) without the stdlib parser.

    None when the value has anything the fast path does not handle, so the caller falls
    back to ``getaddresses``; a test checks both agree on what the fast path accepts.
    """
    if _TRICKY_ADDRESS.search(value) or value.count('"') % 2:
        return None
    pairs = []
    for piece in _LIST_ITEM.findall(value.replace("\n", " ")):
        if not piece.strip():
            continue
        named = _NAMED_ADDRESS.match(piece)
        if named is not None:
            name = named.group(1)
            pairs.append((name[1:-1] if name.startswith('"') else name, named.group(2)))
            continue
        bare = _BARE_ADDRESS.match(piece)
        if bare is None:
            return None
        pairs.append(("", bare.group(1)))
    return pairs


def parse_date(value: str | None) -> datetime | None:
    """Parse a Date header into an aware datetime in the sender's own offset.

    The offset is kept because "by Friday" means the sender's Friday; the store converts
    to UTC. A date without an offset is taken as UTC. None when missing or unreadable.
    """
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed


def _message_from_std(
    std: StdMessage | HeaderBlock,
    *,
    body: str | None,
    parts: tuple[MimePart, ...],
    defects: tuple[str, ...],
) -> Message:
    senders = parse_addresses(_all(std, "From"))
    in_reply_to = message_ids(_first(std, "In-Reply-To"))
    signals = {
        key.lower(): " ".join(str(value).split())
        for key, value in std.items()
        if key.lower() in _SIGNAL_KEYS
    }
    return Message(
        message_id=normalise_message_id(_first(std, "Message-ID")),
        date=_sent_date(std),
        sender=senders[0] if senders else None,
        to=parse_addresses(_all(std, "To")),
        cc=parse_addresses(_all(std, "Cc")),
        reply_to=parse_addresses(_all(std, "Reply-To")),
        subject=decode_text(_first(std, "Subject")),
        in_reply_to=in_reply_to[-1] if in_reply_to else None,
        references=message_ids(_first(std, "References")),
        headers=signals,
        body=body,
        parts=parts,
        defects=defects,
    )


def dated(message: Message, seen_at: datetime) -> Message:
    """``message`` with a date: when it was found (``seen_at``) if it has none.

    No Date header and no Received one (an IMAP header fetch has none): when it was found
    is the best we know, and undated mail would never count.
    """
    if message.date is None:
        return replace(message, date=seen_at, defects=(*message.defects, "no date"))
    return message


def _sent_date(std: StdMessage | HeaderBlock) -> datetime | None:
    """The Date header, unless it is missing or the Received chain says the clock was wrong.

    The newest Received header says when it really came (``core.sent_dates``).
    """
    return sent_date(
        parse_date(_first(std, "Date")),
        _received_dates(std),
        resent=_first(std, "Resent-Date") is not None,
    )


def _received_dates(std: StdMessage | HeaderBlock) -> list[datetime]:
    """When each hop received the message, newest (its first dated Received header) first.

    The newest is the date of a message whose Date header is missing or unreadable: without
    one it would have no place on any timeline, and a reply without it would go unseen.
    """
    stamps = (parse_date(value.rpartition(";")[2].strip()) for value in _all(std, "Received"))
    return [stamp for stamp in stamps if stamp is not None]


def _first(std: StdMessage | HeaderBlock, name: str) -> str | None:
    value = std.get(name)
    return None if value is None else _header_str(value)


def _all(std: StdMessage | HeaderBlock, name: str) -> list[str]:
    return [_header_str(value) for value in std.get_all(name, [])]


def _header_str(value: object) -> str:
    """A header value as text; raw 8-bit bytes (no RFC 2047) read as UTF-8, else cp1252.

    The stdlib keeps such a header as a ``Header`` of charset unknown-8bit whose ``str()``
    is replacement characters: "Grüße" would become "Gr����e". Its bytes are still there.
    """
    if not isinstance(value, Header):
        return str(value)
    chunks = []
    for chunk, charset in decode_header(value):
        if isinstance(chunk, str):
            chunks.append(chunk)
        elif charset in (None, "unknown-8bit"):
            chunks.append(_eight_bit(chunk))
        else:
            chunks.append(decode_bytes(chunk, charset))
    return "".join(chunks)


def _eight_bit(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _defects_of(std: StdMessage) -> tuple[str, ...]:
    return tuple(type(defect).__name__ for defect in std.defects)


def _body_text(std: StdMessage, defects: list[str]) -> str | None:
    """The text of the message: its plain-text parts, else its HTML parts as text.

    The text of a message attached to it (message/rfc822) comes after a forward line, so
    the reader takes it for someone else's words, as it does an inline forward.
    """
    own = body_texts(std, defects, attached=False)
    attached = body_texts(std, defects, attached=True)
    if attached:  # history sent as an attached .eml: someone else's words, after theirs
        return f"{own or ''}\n\n{FORWARD_LINE}\n{attached}"[:MAX_PART_CHARS]
    return own


def _report_parts(std: StdMessage) -> tuple[MimePart, ...]:
    parts: list[MimePart] = []
    for part in std.walk():
        content_type = part.get_content_type()
        name = part.get_filename() or ""
        if content_type in _ICS_TYPES or (content_type.startswith("application/")
                                          and name.casefold().endswith(".ics")):  # fmt: skip
            # Gmail forwards an invitation as an attached "invite.ics" (application/ics)
            content_type = "text/calendar"
        if content_type.startswith("application/") and name:
            # An attached document ("offer letter.pdf"): its name, for a reply that is in it.
            parts.append(MimePart(content_type=content_type, text=str(name)[:200]))
            continue
        if content_type not in _REPORT_TYPES:
            continue
        if part.is_multipart():
            payload = part.get_payload()
            inner = payload if isinstance(payload, list) else [payload]
            text = "\n".join(str(item) for item in inner)
        else:
            text = decoded_payload(part)
        parts.append(MimePart(content_type=content_type, text=text[:MAX_PART_CHARS]))
    return tuple(parts)
