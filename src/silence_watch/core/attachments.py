"""A reply whose answer is in an attached document, which silence-watch cannot read. Pure.

"Please see attached" above "offer letter.pdf" says nothing in its own words: reading the
three words as a pleasantry, and following up a week later about "next steps", would be
mail that must not exist. Such a reply is held unsure, so the candidate is asked.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: Words that point at an attachment, in en, de, fr, es, nl (folded).
_POINTER: Final = lazy_pattern(
    r"\b(?:attach\w*|enclosed|im anhang|anbei|anhang\w*|ci-joint\w*|piece jointe|en pj"
    r"|adjunt\w*|anexo|bijgevoegd|bijlage)\b"
)
#: A reply longer than this says something itself: it is read as written.
_POINTER_WORDS: Final = 40


def answer_in_attachment(message: Message, text: str | None) -> str | None:
    """The attached document's name when the reply only points at it (None otherwise)."""
    documents = [p.text for p in message.parts if p.content_type.startswith("application/")]
    if not documents or text is None:
        return None
    folded = fold(text)
    if len(folded.split()) > _POINTER_WORDS or _POINTER.search(folded) is None:
        return None
    return documents[0]
