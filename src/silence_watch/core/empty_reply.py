"""A reply with no words of its own: only the sender's signature over the quote. Pure.

Alicia's Outlook answer to a thank-you is her signature, the bank's footer and the quoted
thank-you: a slip, the real answer missing (tester round t8sa). Read by the model, the
address lines and the disclaimer looked like an acknowledgement (0.60, sure), and the
follow-up ladder stopped over nothing. When the sender's own text starts with their own
name, on a line of its own, and goes on only in short lines (a title, an address, a
phone), nothing was written above the signature: it is asked about. A hiring system's
letter under the company's name goes on in sentences, and is read.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silence_watch.core.language import fold

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: A name line is short: "Alicia Boone", "Dr. Ines M. Garcia-Lopez".
_NAME_WORDS = 5
#: A line this long is a sentence someone wrote, not a title, an address or a phone.
_PROSE_WORDS = 8
#: A word of a line: two letters or more (house numbers, "|" and phone digits are none).
_WORD = re.compile(r"[^\W\d_]{2,}")


def only_a_signature(message: Message, text: str) -> bool:
    """Whether ``text`` (the sender's own words) opens with their name: a signature alone."""
    name = fold(message.sender.name or "") if message.sender is not None else ""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not name or not first or len(first.split()) > _NAME_WORDS:
        return False
    if _words(first) != _words(name):  # "Boone, Alicia" signs "Alicia Boone"
        return False
    # a letter under a letterhead goes on in sentences; a signature in short lines
    return all(len(_WORD.findall(line)) < _PROSE_WORDS for line in text.splitlines())


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(name).replace(",", " ").replace(".", " ").split())
