"""A reply with no words of its own: only the sender's signature over the quote. Pure.

Alicia's Outlook answer to a thank-you is her signature, the bank's footer and the quoted
thank-you: a slip, the real answer missing (tester round t8sa). Read by the model, the
address lines and the disclaimer looked like an acknowledgement (0.60, sure), and the
follow-up ladder stopped over nothing. When the sender's own text starts with their own
name, on a line of its own, and goes on only in short lines (a title, an address, a
phone), nothing was written above the signature: it is asked about. A hiring system's
letter under the company's name goes on in sentences, and is read.

The same signature under a few words of their own is not what they wrote either: Imani's
"👍" over "Imani Castellanos (she/her) / Senior Technical Recruiter | Halyard Robotics"
was read as an unsure "other" (a thumbs-up from a phone is a pleasantry), and Callum's
"Brill, thanks J." over his name, title, phone and the agency's footer as news (tester
round t45ws). ``without_signature`` leaves the words above the sender's name line.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silence_watch.core.language import fold
from silence_watch.core.quotes import own_text
from silence_watch.core.sign_offs import SIGN_OFF

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


#: A reply this short is outweighed by its signature (a title, an address, a phone).
_SHORT_REPLY_WORDS = 20
#: Courtesy titles a name line may carry ("Dr. Stefan Albers").
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx"})
#: A signature line with a link, a web or mail address: the company's, whatever it says.
_LINKED = re.compile(r"https?://|\bwww\.|@\S+\.|\.(?:com|org|net|example)\b", re.IGNORECASE)
#: A postscript or a question below the name is written, not signed: "P.S. Tuesday at 3?"
_WRITTEN = re.compile(r"^\W*(?:p\.?\s?s|n\.?\s?b)\b|\?", re.IGNORECASE | re.MULTILINE)


def signed_text(message: Message) -> str:
    """The sender's own words in ``message``, quotes and the signature under them cut."""
    return without_signature(message, own_text(message.body or ""))


def without_signature(message: Message, text: str) -> str:
    """``text`` up to the sender's name line, where a signature in short lines follows it.

    A name line holds only their name, or part of it ("Callum", "Imani Castellanos
    (she/her)"); what is below it must be a signature's lines: short, no question, no
    postscript (a line with a link or an address is the company's, whatever it asks:
    "¿Te unes? Consulta nuestras vacantes en www..."). Under a sign-off line ("Un
    abrazo,", "Best,") the name ends what they wrote, however long (Nerea's banner
    question read as hers stopped every follow-up, tester round t52cd). Opening a block
    (a blank line above it), only in a short reply: in a longer message a bare name line
    may be a greeting or a list, and the signature is a small part. Else ``text`` as is.
    """
    name = _sender_words(message)
    if len(name) < 2:
        return text  # no full name to know the signature by
    lines = text.splitlines()
    for index in range(1, len(lines)):
        above = lines[index - 1].strip()
        signed = bool(above) and SIGN_OFF.match(fold(above)) is not None
        if (above and not signed) or not _names(lines[index], name):
            continue
        # under a sign-off, a line in another script (a Greek title, a disclaimer) is
        # the company's too: "Kind regards, Eleni" ends an English reply (t95fm)
        below = [
            line for line in lines[index:]
            if not _LINKED.search(line) and not (signed and _other_script(line))
        ]  # fmt: skip
        short = all(len(_WORD.findall(line)) < _PROSE_WORDS for line in below)
        if not short or _WRITTEN.search("\n".join(below)):
            return text
        kept = "\n".join(lines[:index]).strip()
        return kept if signed or 0 < len(kept.split()) <= _SHORT_REPLY_WORDS else text
    return text


def _names(line: str, name: frozenset[str]) -> bool:
    """Whether ``line`` is the sender's name (or part of it), a pronoun or title aside."""
    words = _words(re.sub(r"\([^)]*\)", " ", line))
    return 0 < len(words) <= _NAME_WORDS and bool(words & name) and words <= name | _TITLES


def _sender_words(message: Message) -> frozenset[str]:
    """The words of the sender's name; from the address when the name is in another script.

    "Ελένη Παπαδοπούλου <eleni.papadopoulou@...>" signs "Eleni": her address says how she
    writes her name in Latin letters.
    """
    if message.sender is None:
        return frozenset()
    name = _words(message.sender.name or "")
    if name and not any(_latin(word) for word in name):
        local = message.sender.email.partition("@")[0]
        return frozenset(re.split(r"[._\-]+", local.casefold())) - {""}
    return name


def _latin(text: str) -> bool:
    """Whether the letters of ``text`` are mostly Latin ones (accented too)."""
    letters = [char for char in text if char.isalpha()]
    latin = sum(1 for char in letters if char.isascii() or "\u00c0" <= char <= "\u024f")
    return bool(letters) and latin * 2 >= len(letters)


def _other_script(line: str) -> bool:
    """Whether ``line`` is written in a script other than the Latin one."""
    return any(char.isalpha() for char in line) and not _latin(line)
