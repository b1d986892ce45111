"""Where someone else's text starts, known by its shape in any language. Pure.

The word tables of ``core.quotes`` name seven languages; mail clients write in many more
("-------- Originalmeddelande --------", "Från: ... / Skickat: ... / Till: ... / Ämne:").
Two shapes are the same in every language:

- a **dashed separator**: a few words between runs of dashes, alone on their line
  ("---------- Vidarebefordrat meddelande ----------");
- a **header block**: three or more ``Label: value`` lines in a row, one of the first three
  naming an e-mail address and one of them a date with its time (Outlook's block above a quoted
  original, a forwarded message's headers), in whatever language the labels are; four such
  lines with a date and no address do too (Outlook names people by name only). A
  signature's "Email: ... / Mobile: ... / Hours: Mon 10:00" is not one.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

_WORD = r"[^\W\d_][^\W\d_'’]*"  # noqa: RUF001 - the apostrophe some clients write
#: "-------- Originalmeddelande --------": one to six words between dashes, no digits.
DASHED_SEPARATOR: Final = lazy_pattern(rf"^\s*-{{2,}}\s*{_WORD}(?:\s+{_WORD}){{0,5}}\s*-{{2,}}\s*$")

#: "Från: Riley Chen <riley@example.org>", "De : Dana", "Reply-To: ...": a label of one
#: or two words, a colon, a value.
_LABELLED = lazy_pattern(r"^\s*[^\W\d_][\w-]{0,24}(?: [^\W\d_][\w-]{0,24})?\s?:(?!//)\s*\S")
_ADDRESS = lazy_pattern(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
#: A year and a clock time on one line: the "Sent:"/"Date:" line of the block ("den 20
#: november 2026 10:02", "2026-11-20 15:31"). A signature's "Mobile: ..." or "Hours: Mon
#: 10:00" is not one.
_YEAR = r"(?<!\d)(?:19|20)\d{2}(?!\d)"
_CLOCK = r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)"
_WHEN = lazy_pattern(rf"{_YEAR}.*{_CLOCK}|{_CLOCK}.*{_YEAR}")
#: How many lines of a header block are looked at.
_MOST = 8
_FEWEST = 3
_FEWEST_UNADDRESSED = 4
#: The label a quoted message's header block opens with, in the languages of the clients.
_FROM_LABEL = lazy_pattern(r"^\s*(?i:from|de|von|van|da|fr[åa]n|fra|od|afzender|remitente)\s?:")


def is_dashed_separator(line: str) -> bool:
    """True for "-------- Originalmeddelande --------" and the like, in any language."""
    return DASHED_SEPARATOR.match(line) is not None


#: A phone service's labels under "From: TANYA WHITCOMBE (978) 555-0142" (u08ph): a call,
#: not a quoted message; its "To:" names a phone, and its "Received:" day is the call's.
_CALL_LABEL = lazy_pattern(
    r"^\s*(?i:to|received|duration|length|caller|an|empfangen|dauer|[àa]|re[çc]u|dur[ée]e"
    r"|para|recibido|duraci[óo]n|aan|ontvangen|duur)\s?:"
)


def header_block_at(lines: list[str], index: int) -> bool:
    """True when a header block (in any language) starts at ``lines[index]``."""
    first = lines[index]
    if not _LABELLED.match(first):
        return False
    block = [first]
    for line in lines[index + 1 : index + _MOST]:
        if not _LABELLED.match(line):
            break
        block.append(line)
    # Outlook names a colleague, or the writer themself, without an address ("Van: Mark de
    # Jong"): an address on another line of the block ("Aan: ... <...>") does as well.
    addressed = _ADDRESS.search(first) or any(_ADDRESS.search(line) for line in block[1:3])
    # ... or names no one's address at all ("De: Jordan Lee / Enviado: jueves, 12 de
    # noviembre de 2026 17:31 / Para: Carmen Ibáñez / Asunto: ..."): four lines opening
    # with a sender's label, never a booking's "Termin: / Datum: / Ort: / Ansprechpartner:"
    if not addressed and not (len(block) >= _FEWEST_UNADDRESSED and _FROM_LABEL.match(first)):
        return False
    if not addressed and all(_CALL_LABEL.match(line) for line in block[1:]):
        return False  # a voicemail's "From: / To: / Received: / Duration:" (u08ph)
    return len(block) >= _FEWEST and any(_WHEN.search(line) for line in block)


#: A line of a quoted message's header block that only such a block has: when it was
#: sent, to whom, about what (in the languages of the clients).
_HEADER_LABEL = lazy_pattern(
    r"^\s*(?i:sent|date|to|subject|cc|gesendet|datum|an|betreff|envoy[ée]|objet|[àa]|para"
    r"|asunto|enviado|fecha|verzonden|aan|onderwerp|verstuurd)\s?:"
)


def lone_from_line(lines: list[str], index: int) -> bool:
    """True for a "From: ..." line with no address and no header block below it.

    A job board's notice reads "Von: Birte Petersen, Hansekontor Logistik GmbH / Stelle:
    Disponent" above the message it relays (tester round t66jb): a label, not the head
    of a quoted message, which names an address or has its "Sent:", "To:", "Subject:".
    A voicemail notice's "From: / To: / Received: / Duration:" has no address and only a
    call's labels (u08ph): not a quoted message either.
    """
    first = lines[index]
    if not _FROM_LABEL.match(first) or _ADDRESS.search(first):
        return False
    below = lines[index + 1 : header_block_end(lines, index + 1)]
    if below and all(_CALL_LABEL.match(line) for line in below):
        return True
    return not any(
        _HEADER_LABEL.match(line) or _ADDRESS.search(line) or _WHEN.search(line)
        for line in below
    )


def header_block_end(lines: list[str], index: int) -> int:
    """Where the ``Label: value`` lines that start at ``lines[index]`` end (the next line)."""
    end = index
    while end < len(lines) and end - index < _MOST and _LABELLED.match(lines[end]):
        end += 1
    return end
