"""A reply's closing signature block, told from what the sender wrote. Pure.

A curt no from a hiring system or a recruiter often ends without a sign-off line, only
with a block: a team or a name, a company, an address, a phone, a legal line ("Dear
Applicant, ... unsuccessful on this occasion." over "Talent Acquisition", "Northwind
Logistics Ltd", "Unit 4, Harbour Park" ...). Counted as words, the block made a 15-word brush-off
longer than any cold one, so it was read as courteous (probe-cold3). ``core.intents``
measures a reply's length without it.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

#: A legal or confidentiality line of a signature (folded).
_LEGAL_LINE: Final = lazy_pattern(
    r"\b(?:confidential|vertraulich\w*|confidenti\w+|vertrouwelijk\w*|uitsluitend bestemd"
    r"|intended (?:solely|only)|amtsgericht|registergericht|handelsregister|hrb"
    r"|geschaftsfuhr\w*|kvk|siret|rcs|aviso de privacidad|privacy|disclaimer)\b"
)
#: The first line of a block names a team or a person: a few words, no sentence.
_HEAD_WORDS = 4
#: Its other lines are short (a title, a company, an address, a phone) or legal.
_LINE_WORDS = 8
_PARAGRAPHS: Final = re.compile(r"\n[ \t]*\n")


def without_signature_block(text: str) -> str:
    """``text`` without the trailing paragraphs that are only a signature block."""
    paragraphs = [p for p in _PARAGRAPHS.split(text.strip()) if p.strip()]
    while len(paragraphs) > 1 and _is_signature(paragraphs[-1]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def _is_signature(paragraph: str) -> bool:
    lines = [fold(line) for line in paragraph.splitlines() if line.strip()]
    if all(_LEGAL_LINE.search(line) for line in lines):
        return True
    head = lines[0]
    return (
        len(head.split()) <= _HEAD_WORDS
        and not head.rstrip().endswith(("!", "?", ":"))
        and all(len(line.split()) <= _LINE_WORDS or _LEGAL_LINE.search(line) for line in lines)
    )
