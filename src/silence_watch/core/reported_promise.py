"""Their promise, said on a call and written down only in the candidate's own note. Pure.

"Thanks for the call earlier ... Good to know you're aiming to get back to everyone by
Wednesday the 16th" is the only written word of a day Ollie promised by phone (tester round
u08ph); a follow-up five business days after her note, before the 16th, is a nudge inside
the promised wait. Her sentences whose subject is them ("you're aiming to", "as you said,
you'll", "Sie melden sich", "vous reviendrez", "me dirás", "je laat me weten") are read
for a promise; her own ("I'll send the deck by Friday") never are.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.dates import promised_date, sentences
from silence_watch.core.language import fold

if TYPE_CHECKING:
    from collections.abc import Container
    from datetime import date, datetime

#: A sentence whose subject is them (folded).
_THEY: Final = re.compile(
    r"\b(?:you(?:'re| are|'ll| will|'d| would)? (?:aiming|planning|hoping|going|expect\w*"
    r"|said|mentioned|told me|promised|get back|decide|let me know|be in touch)"
    r"|as you (?:said|mentioned)|you(?:'ll| will| would|'d) (?:get back|let me know|be in touch"
    r"|have (?:a|an) (?:decision|answer|update))"
    r"|\b(?:sie|du) (?:melden sich|meldest dich|sich (?:bis|am)|werden sich)\b"
    r"|\b(?:vous (?:reviendrez|me direz|me ferez signe|m'avez dit)|tu (?:reviendras|me diras))\b"
    r"|\b(?:me (?:dira|diras|diran|comentaste|comento|dijiste|dijo)|usted me dira)\b"
    r"|\b(?:je laat|u laat|jullie laten) (?:me|mij) (?:\w+ )?weten\b)"
)
#: Her words for their promise, as they would have said it (English; the other languages'
#: promise cues read either side's words).
_THEIR_WORDS: Final = {
    "let me know": "let you know", "get back to me": "get back to you",
    "back to me": "back to you", "tell me": "tell you", "update me": "update you",
}
_AS_THEY_SAID: Final = re.compile("|".join(_THEIR_WORDS), re.IGNORECASE)
#: A sentence where she promises something herself: her own day, not theirs.
_I_WILL: Final = re.compile(r"\b(?:i'll|i will|i can|i'm going to|ich werde|je vais|voy a|ik ga)\b")


def reported_promise(
    text: str, sent_at: datetime, holidays: Container[date] = frozenset()
) -> date | None:
    """The day her own words say they promised to answer by, or None."""
    theirs = [
        said for said in sentences(text)
        if _THEY.search(fold(said)) and not _I_WILL.search(fold(said))
    ]  # fmt: skip
    if not theirs:
        return None
    # read as they would have written it: "you'll let me know" is "we'll let you know"
    words = _AS_THEY_SAID.sub(lambda found: _THEIR_WORDS[found.group(0).lower()], " ".join(theirs))
    return promised_date(words, sent_at, holidays)
