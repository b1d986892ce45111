"""The text of a message body: one-part mail read without a MIME parser, HTML as text.

Most replies are a single text part; ``single_part_body`` decodes it from the raw bytes
the way the standard library's parser would (``tests/test_parse.py`` checks both agree on
real mail), at a fraction of the cost. ``html_text`` turns HTML-only mail (Outlook,
Workday and most applicant-tracking systems) into text with inscriptis, which keeps the
line structure that tells a reply from the quoted original ("From: ... Sent: ..." on
lines of their own) and drops style sheets and entities. Characters that show nothing
(zero-width joiners between a date's words, soft hyphens) are taken out of every text
(``core.invisible_chars``); quoted-printable padded in transit is decoded as RFC 2045
asks; a plain part that only says "read the HTML" gives way to the HTML
(``core.plain_stubs``).

It does no IO. (Replies to the digest are laid out by ``core.htmltext``, which first takes
the quote and signature containers out of the tree.)
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.charsets import decode_bytes
from silence_watch.core.invisible_chars import visible
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.plain_stubs import is_placeholder

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from email.message import Message as StdMessage

#: The line that puts an attached message's text after the reply's own, as a forward.
FORWARD_LINE: Final = "---------- Forwarded message ----------"
#: The most characters of one part that are read.
MAX_PART_CHARS: Final = 200_000
_TAG_RE: Final = lazy_pattern(r"<[^>]+>")
_SIMPLE_TYPE = lazy_pattern(r"^\s*text/(plain|html)\s*(?:;|$)", re.IGNORECASE)
_CHARSET = lazy_pattern(r"""\bcharset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
_PLAIN_ENCODINGS = frozenset({"", "7bit", "8bit", "binary"})
#: Whitespace after a quoted-printable soft line break: transport padding (Lotus Domino pads
#: every "=" at a line's end with a space), which RFC 2045 says a decoder deletes.
_QP_PADDING: Final = re.compile(rb"=[ \t]+(?=\r?\n|\Z)")


def lenient_quoted_printable(data: bytes) -> bytes:
    """Quoted-printable decoded as RFC 2045 asks: padding after a soft break dropped.

    The standard library keeps "Frei= " + "tag" as "Frei= tag"; the padding is deleted
    first, so the soft break joins "Freitag" again.
    """
    return quopri.decodestring(_QP_PADDING.sub(b"=", data))


_DECODERS: Final[dict[str, Callable[[bytes], bytes]]] = {
    "quoted-printable": lenient_quoted_printable,
    "base64": lambda data: base64.b64decode(data, validate=False),
}


def single_part_body(
    raw: bytes, content_type: str | None, encoding: str | None,
) -> tuple[str, str] | None:
    """("plain" or "html", the decoded text) of a message that is one text part, else None.

    ``content_type`` and ``encoding`` are its Content-Type and Content-Transfer-Encoding.

    The same bytes the standard library's parser would hand over, decoded the same way;
    anything less plain (MIME parts, an unknown transfer encoding, a broken base64) is left
    to the full parser. ``tests/test_parse.py`` checks the two agree on real mail.
    """
    content_type = content_type or "text/plain"
    kind = _SIMPLE_TYPE.match(content_type)
    encoding = (encoding or "").strip().lower()
    if kind is None or (encoding not in _PLAIN_ENCODINGS and encoding not in _DECODERS):
        return None
    end = raw.find(b"\n\n")
    crlf_end = raw.find(b"\r\n\r\n")
    if crlf_end != -1 and (end == -1 or crlf_end < end):
        start = crlf_end + 4
    elif end != -1:
        start = end + 2
    else:
        return None
    payload = raw[start:]
    if encoding in _DECODERS:
        try:
            payload = _DECODERS[encoding](payload)
        except (ValueError, binascii.Error):
            return None
    charset = _CHARSET.search(content_type)
    text = decode_bytes(payload, charset.group(1) if charset else None)
    return kind.group(1).lower(), visible(text)


def html_text(page: str, defects: list[str] | None = None) -> str:
    """An HTML page as plain text, one block per line, trailing spaces removed."""
    from inscriptis import get_text  # noqa: PLC0415 - imported late: only HTML-only mail pays its start-up cost

    try:
        text = get_text(page[:MAX_PART_CHARS])
    except (ValueError, TypeError) as error:  # lxml refuses some broken documents
        if defects is not None:
            defects.append(f"html: {type(error).__name__}")
        text = _TAG_RE.sub(" ", page)
    return "\n".join(line.rstrip() for line in visible(text).splitlines()).strip("\n")


def leaf_parts(part: StdMessage, *, attached: bool = False) -> Iterator[tuple[StdMessage, bool]]:
    """Every leaf part, and whether it sits inside an attached message (message/rfc822).

    A reply with its history attached as an .eml is two texts: the reply's own, and the
    attached mail's, which is someone else's words (read as a forwarded original).
    """
    if not part.is_multipart():
        yield part, attached
        return
    inside = attached or part.get_content_maintype() == "message"
    payload = part.get_payload()
    for sub in payload if isinstance(payload, list) else [payload]:
        if not isinstance(sub, str):  # a broken multipart may hold bare text
            yield from leaf_parts(sub, attached=inside)


def lenient_base64(text: str) -> bytes:
    """Base64 read line by line: a line damaged in transit costs its own bytes, not the part.

    The standard library gives up on the whole part when one line lost characters (and
    hands back the encoded text); each line of 76 characters decodes on its own.
    """
    out = bytearray()
    for line in text.split():
        try:
            out += base64.b64decode(line + "=" * (-len(line) % 4), validate=False)
        except (ValueError, binascii.Error):
            out += "\ufffd".encode()
    return bytes(out)


def body_texts(std: StdMessage, defects: list[str], *, attached: bool) -> str | None:
    """The plain-text parts (else the HTML ones as text) inside or outside attached mail.

    Plain parts that only point at the HTML ("This is an HTML message ...",
    ``core.plain_stubs``) give way to the HTML parts.
    """
    texts: list[str] = []
    html: list[str] = []
    for part, inside in leaf_parts(std):
        content_type = part.get_content_type()
        if inside is not attached or content_type not in ("text/plain", "text/html"):
            continue
        (texts if content_type == "text/plain" else html).append(decoded_payload(part))
    if html and texts and all(is_placeholder(text) for text in texts if text.strip()):
        # "This is an HTML message. Please use an HTML capable mail program": the HTML holds it
        shown = "\n".join(html_text(page, defects) for page in html)[:MAX_PART_CHARS]
        if shown.strip():
            return shown
    if any(text.strip() for text in texts):
        return "\n".join(texts)[:MAX_PART_CHARS]
    if html:
        return "\n".join(html_text(page, defects) for page in html)[:MAX_PART_CHARS]
    return None


def decoded_payload(part: StdMessage) -> str:
    """A leaf part's text, decoded by its transfer encoding and charset."""
    raw_text = part.get_payload()
    payload: object
    if (
        isinstance(raw_text, str)
        and str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "quoted-printable"
    ):  # soft breaks padded in transit ("Frei= "), which the standard library keeps
        try:
            payload = lenient_quoted_printable(raw_text.encode("ascii", "surrogateescape"))
        except UnicodeEncodeError:  # a part built from text, not parsed from bytes
            payload = lenient_quoted_printable(raw_text.encode())
    else:
        payload = part.get_payload(decode=True)
    if isinstance(raw_text, str) and any(  # one damaged line: the rest is still readable
        type(defect).__name__.startswith("InvalidBase64") for defect in part.defects
    ):
        payload = lenient_base64(raw_text)
    if not isinstance(payload, bytes):
        return visible(raw_text) if isinstance(raw_text, str) else ""
    return visible(decode_bytes(payload, part.get_content_charset()))
