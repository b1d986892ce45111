"""Mail written to someone else and sent to the candidate by mistake. Pure.

"Mark - Nadia's notes below. Can we grab 10 min before I get back to Jordan?": an internal
note, forwarded to Jordan because autocomplete picked the wrong name. Its words are not
said to the candidate, so nothing may be read into them (a leaked "leaning no hire" is no
rejection to answer with a feedback request, a "we'll close this out this week" no promise
to wait for): silence-watch asks the candidate what it was.

The sign, both halves needed: the sender's own text opens by greeting someone by a first
name that is not the one recipient's, and then names that recipient in the third person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: A first line that greets someone: "Mark -", "Mark,", "Hi Mark,", "Hallo Mark:".
_GREETING: Final = re.compile(
    r"^(?:(?:hi|hello|hey|dear|hallo|hoi|beste|liebe[rs]?|bonjour|salut|hola|buenas)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'-]+)\s*(?:[-\u2013\u2014:,]|$)",
    re.IGNORECASE,
)
#: Words that open a line like a greeting and are no one's name.
_NOT_NAMES: Final = frozenset({
    "hi", "hello", "hey", "dear", "thanks", "thank", "ok", "okay", "sure", "great", "perfect",
    "sorry", "yes", "no", "all", "team", "folks", "everyone", "guys", "morning", "afternoon",
    "evening", "update", "note", "fyi", "quick", "re", "fwd", "also", "again", "danke", "merci",
    "gracias", "bedankt", "gut", "super", "bien", "vale",
})


def _recipient_first_name(message: Message) -> str | None:
    """The given name of the one person the message is to ("Lee, Jordan" too)."""
    if len(message.to) != 1:
        return None
    name = message.to[0].name.strip().strip('"')
    if "," in name:
        name = name.partition(",")[2]
    words = name.split()
    return words[0] if words and words[0][:1].isalpha() else None


def meant_for_someone_else(message: Message, text: str) -> str | None:
    """Why ``text`` (the sender's own words) reads as written to someone else, or None."""
    recipient = _recipient_first_name(message)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    greeted = _GREETING.match(first)
    if recipient is None or greeted is None:
        return None
    name = greeted.group("name")
    if name.casefold() in _NOT_NAMES or name.casefold() == recipient.casefold():
        return None
    rest = text[text.find(first) + greeted.end() :]
    if re.search(rf"\b{re.escape(recipient)}\b", rest, re.IGNORECASE) is None:
        return None
    return f"it greets {name} and speaks of {recipient}: perhaps meant for someone else"
