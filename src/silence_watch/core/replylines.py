"""Which lines of a reply to the digest the candidate wrote, wherever they wrote them. Pure.

People answer above the quote (Gmail, Outlook, Apple Mail, phones), below it (Thunderbird,
Claws) and between its parts (mutt, Thunderbird inline): the reader must find their lines
in all three places and never take a quoted line for theirs. ``reply_lines`` walks the
text once and keeps every line that is the candidate's; wherever quoted text, a quote's
attribution, a footer or the token line stood it puts one ``None`` (a break: an edit's new
text ends there).

What is not the candidate's:
- a line quoted with ``>`` (Apple Mail quotes its attribution too);
- an attribution line ("On ... wrote:", in seven languages, also wrapped over two lines)
  followed by ``>`` lines: only the attribution; not followed by them (Yahoo, Samsung):
  the attribution and everything after it;
- an Outlook header block, an "Original Message" or forward separator, a signature
  separator ``-- ``, in the known languages or by their shape in any (``core.quoteshapes``):
  that line and everything after it;
- the digest itself when a client pasted it without ``>`` and without an attribution: it
  is recognised by its structure (its heading, its section titles, a numbered item with
  its "To:"/"Subject:"/"Goes out:" lines) up to and including its token line; a lone
  "[1] ..." line (a footnote, an answer in the digest's style) is the candidate's;
- a mobile or webmail footer ("Sent from my iPhone", "Skickat från min Galaxy", "Sent
  via Superhuman"): a short line naming a phone or a mail app. The client writes it under
  what was typed, so it and what follows are not the candidate's; a footer known only by
  its shape counts only with nothing of the candidate's below it;
- snip marks ("[snip]", "[...]") and the token line pasted back.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.quotes import ATTRIBUTIONS, HEADER_BLOCKS, SEPARATORS, SIGNATURE
from silence_watch.core.quoteshapes import header_block_at

#: A break in the candidate's lines: quoted text, a footer or the token line stood here.
BREAK: Final = None

_QUOTED = lazy_pattern(r"^\s*>")
_SNIP = lazy_pattern(r"^\s*[\[<(]\s*(?:snip(?:ped)?|\.\.\.|…)\s*[\])>]\s*$", re.IGNORECASE)
#: "On Tue, 8 Dec 2026 08:00:00 -0500" / "silence-watch <j@example.com> wrote:" (Claws,
#: Gmail's text part when the address did not fit): an attribution over two lines.
_WRAPPED_FIRST = lazy_pattern(
    r"^\s*(?:on|am|le|el|op|em|il)\b.{0,120}(?:\d{4}|\d{1,2}:\d{2}|[ap]m)\b.{0,80}$",
    re.IGNORECASE,
)
_WRAPPED_SECOND = lazy_pattern(
    r"^.{0,120}\b(?:wrote|schrieb|a écrit|escribió|schreef|geschreven|escreveu|ha scritto)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
#: Phones and mail apps a footer names. Only words no signature or sentence of a job
#: seeker would end up naming alone (not "Samsung", "Spark", "Outlook": employers, tools).
_DEVICES = (
    r"iphone|ipad|ipod|galaxy|android|ios|superhuman|airmail|bluemail|fairemail|k-9 mail"
    r"|aquamail|typeapp|yahoo mail|proton ?mail|edison mail|newton mail"
)
#: Further names, read only after "Sent from/via/with" ("Sent from Outlook").
_MORE_DEVICES = r"samsung|pixel|blackberry|huawei|xiaomi|oneplus|nokia|windows|outlook|gmail|spark"
#: What phones and mail apps add under a message, known by its shape in any language
#: ("Skickat från min iPhone", "Sent via Superhuman", "Von meinem Galaxy gesendet"): a
#: short line, no sentence in it, naming a phone or a mail app. "Sent the signed forms
#: from my iPhone this morning." is a sentence.
_SHORT = r"(?=(?:\S+\s+){0,6}\S+$)"


def _naming(devices: str) -> re.Pattern[str]:
    return lazy_pattern(
        rf"^{_SHORT}[^,;:!?()\d]{{0,40}}\b(?:{devices})\b[^,;:!?()\d]{{0,30}}$", re.IGNORECASE
    )


_FOOTER_SHAPE = _naming(_DEVICES)
_SENT_NAMING = _naming(f"{_DEVICES}|{_MORE_DEVICES}")
#: The same shape starting with "sent" in a language we know: a footer wherever it
#: stands ("Sent from Yahoo Mail on Android", "Gesendet von Outlook für Android").
_SENT_FOOTER = lazy_pattern(
    r"^(?:(?:sent|enviado|envoyé|inviato|verstuurd|verzonden|gesendet|skickat|sendt)\s+"
    r"(?:from|via|with|using|on|desde|de|do|da|dal|von|mit|met|vanaf|från|med|fra)|von meinem)\b",
    re.IGNORECASE,
)
#: A footer naming no app ("Sent from my phone", "Sent from my Wiko RIDGE FAB 4G").
_FOOTER_WORDS = lazy_pattern(
    r"^(?:sent from my|enviado desde mi|envoyé de mon|inviato dal mio|verzonden (?:met|vanaf)"
    r" mijn|enviado do meu|von meinem|skickat från min)\s\S+(?:\s\S+){0,3}$",
    re.IGNORECASE,
)
_GET_OUTLOOK = lazy_pattern(r"^get outlook for (?:ios|android|mac|windows)\.?$", re.IGNORECASE)
#: A link some clients put after their footer ("Get Outlook for iOS<https://aka.ms/...>").
_FOOTER_LINK = lazy_pattern(r"\s*<https?://[^>\s]*>\s*$")

#: The digest's own lines, in its text form (today's and the earlier wording).
_DIGEST_HEADING = lazy_pattern(r"^silence-watch digest\b", re.IGNORECASE)
DIGEST_TITLES: Final = frozenset(
    {
        "NEEDS YOUR APPROVAL",
        "NEEDS YOUR ATTENTION",
        "OVERDUE",
        "WAITING",
        "ANSWERED",
        "GONE QUIET",
        "SINCE THE LAST DIGEST",
        "PROPOSED INTERVIEWS",
        "COMPANY RECORDS",
        "YOUR INTERVIEWS",
        "HOW TO ANSWER",
    }
)
#: A numbered digest item: "[2] thank-you note to Globex (lee@globex.example)".
DIGEST_ITEM = lazy_pattern(r"^\s*\[\d{1,3}\]\s+\S+(?:\s+\S+){2,}")
TOKEN = lazy_pattern(r"\bsw-[A-Za-z0-9_-]{20,64}")
TOKEN_LINE = lazy_pattern(r"^\W*(?:approval\s+)?token\W", re.IGNORECASE)

#: Spaces and dashes mail clients write in place of the plain ones.
_ODD_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a"), " ")
_ODD_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"), None)


def plain(line: str) -> str:
    """``line`` with odd spaces made plain and invisible characters removed."""
    return line.translate(_ODD_SPACES).translate(_INVISIBLE).rstrip()


def reply_lines(text: str) -> list[str | None]:
    """The candidate's own lines in order; ``BREAK`` where anything else stood."""
    lines = [plain(line) for line in text.splitlines()]
    out: list[str | None] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        step = _not_own(lines, index)
        if step is None:
            out.append(line)
            index += 1
            continue
        if not out or out[-1] is not BREAK:
            out.append(BREAK)
        if step == 0:  # the rest of the text is not the candidate's
            break
        index += step
    return out


def unquoted_part(text: str) -> list[str]:
    """The lines of the reply's own part that are not quoted with ``>``.

    Her own lines and what she pasted without quoting it (a digest's card with its token
    line) are there; nothing from the attribution, separator, header block, footer or
    signature on, where the message she answers starts. ``core.mixed_digests`` looks for
    the tokens she pasted in it.
    """
    lines = [plain(line) for line in text.splitlines()]
    kept: list[str] = []
    index = 0
    while index < len(lines):
        step = _not_own(lines, index)
        if step == 0:
            break
        span = step or 1
        kept += [line for line in lines[index : index + span] if not _QUOTED.match(line)]
        index += span
    return kept


def _not_own(lines: list[str], index: int) -> int | None:
    """None for the candidate's line; else how many lines to pass (0: all the rest)."""
    line = lines[index]
    if _QUOTED.match(line) or _SNIP.match(line) or is_token_line(line):
        return 1
    if _starts_others(lines, index):
        return 0
    span = attribution_span(lines, index)
    if span:
        after = next((lines[i] for i in range(index + span, len(lines)) if lines[i].strip()), "")
        return span if _QUOTED.match(after) else 0
    footer = _footer(line)
    if footer or (footer is False and _footer_ends(lines, index + 1)):
        return 0  # the client writes it under what was typed: the rest is the quote
    if starts_digest(line) and _digest_corroborated(lines, index):
        return _digest_span(lines, index)
    return None


def _starts_others(lines: list[str], index: int) -> bool:
    """True when a separator, a header block or the signature starts at ``index``."""
    line = lines[index]
    dashed = line.translate(_ODD_DASHES)
    if SIGNATURE.match(line) or any(p.match(dashed) for p in (*SEPARATORS, *HEADER_BLOCKS)):
        return True
    return header_block_at(lines, index)


def _footer_ends(lines: list[str], index: int) -> bool:
    """True when nothing of the candidate's follows: the end, or someone else's text."""
    after = next((i for i in range(index, len(lines)) if lines[i].strip()), None)
    if after is None:
        return True
    line = lines[after]
    return bool(
        _QUOTED.match(line)
        or _starts_others(lines, after)
        or attribution_span(lines, after)
        or starts_digest(line)
        or is_token_line(line)
    )


#: Attributions seen in real replies beyond ``core.quotes``' table: Italian webmail's
#: "In data ... ha scritto:", Zoho's "---- On ... wrote ----", and a dated "Name <address>:".
MORE_ATTRIBUTIONS: Final = (
    lazy_pattern(r"^\s*in data\b.{0,200}\bha scritto\s*:?\s*$", re.IGNORECASE),
    lazy_pattern(r"^\s*-{2,}\s*on\b.{0,200}\bwrote\s*-{2,}\s*$", re.IGNORECASE),
    # In any language: a date or time, then "Name <address>", then a colon at the end
    # ("2017-11-24 16:32 GMT+01:00 Baptiste <b@example.com>:").
    lazy_pattern(r"^.{0,120}(?:\d{4}|\d{1,2}:\d{2}).{0,120}<[^<>\s]+@[^<>\s]+>.{0,30}:\s*$"),
)


def attribution_span(lines: list[str], index: int) -> int:
    """How many lines the attribution at ``index`` takes (0: it is none)."""
    line = lines[index]
    if any(pattern.match(line) for pattern in (*ATTRIBUTIONS, *MORE_ATTRIBUTIONS)):
        return 1
    wrapped = index + 1 < len(lines) and _WRAPPED_FIRST.match(line)
    return 2 if wrapped and _WRAPPED_SECOND.match(lines[index + 1]) else 0


def is_footer(line: str) -> bool:
    """True for a mobile or webmail footer ("Sent from my iPhone"), in any language."""
    return _footer(line) is not None


def without_footers(text: str) -> str:
    """``text`` without its mobile and webmail footers: the phone's language is not the writer's.

    "Gracias!! Hablamos / Enviado desde mi iPhone" in an English thread is two Spanish
    words, not a reason to write to them in Spanish (tester round t59sl).
    """
    return "\n".join(line for line in text.splitlines() if not is_footer(line))


def _footer(line: str) -> bool | None:
    """None for no footer, else whether it always ends the candidate's text.

    True for one that does wherever it stands ("Sent from ..."); False for one known only
    by its shape, which does so only with nothing of the candidate's below it.
    """
    stripped = _FOOTER_LINK.sub("", line.strip())
    if _FOOTER_WORDS.match(stripped) or _GET_OUTLOOK.match(stripped):
        return True
    if _SENT_FOOTER.match(stripped) and _SENT_NAMING.match(stripped):
        return True
    return False if _FOOTER_SHAPE.match(stripped) else None


def is_token_line(line: str) -> bool:
    """True for the digest's token line, or a line that is only a token."""
    stripped = line.strip()
    return bool(TOKEN_LINE.match(stripped) or TOKEN.fullmatch(stripped))


def starts_digest(line: str) -> bool:
    """True for a line only the digest writes: its heading, a section title, an item."""
    stripped = line.strip()
    return bool(
        _DIGEST_HEADING.match(stripped) or stripped in DIGEST_TITLES or DIGEST_ITEM.match(stripped),
    )


#: The lines under a digest item that name its draft ("To:", "Subject:", "Goes out:").
_ITEM_LINE = lazy_pattern(r"^\s*(?:to|subject|goes out)\s?:\s*\S", re.IGNORECASE)
#: How many lines under a numbered item are looked at for them.
_ITEM_REACH = 3


def _digest_corroborated(lines: list[str], index: int) -> bool:
    """True when a digest-like line is the digest's own.

    Its heading or a section title is; a numbered item only with the lines that name its
    draft under it. "[1] Churn model: ..." (a footnote) or "[2] skip this one" (an answer
    in the digest's style) is not.
    """
    stripped = lines[index].strip()
    if _DIGEST_HEADING.match(stripped) or stripped in DIGEST_TITLES:
        return True
    below = lines[index + 1 : index + 1 + _ITEM_REACH]
    return any(_ITEM_LINE.match(line) for line in below)


def _digest_span(lines: list[str], index: int) -> int:
    """Lines from a digest line up to and including its token line (0: to the end)."""
    for end in range(index, len(lines)):
        if is_token_line(lines[end]):
            return end - index + 1
    return 0
