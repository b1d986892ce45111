"""Whether an English writer puts the day first in a numeric date ("by 04/12"). Pure.

English is read month first ("12/4" is 4 December), as Americans write it, unless the
message shows the writer to be British or Irish (or from another country that writes the
day first in English); then "04/12" is 4 December, not 12 April. The evidence, in this
order:

1. a ``Content-Language`` header: ``en-GB``, ``en-IE``, ``en-AU``, ``en-NZ`` say day
   first; any other English one (``en-US``) says month first, whatever the text shows;
2. the sender's domain (``.uk``, ``.ie``, ``.au``, ``.nz``);
3. the caller's word (``zone``): the candidate's or the interview's zone is Europe/London
   or Europe/Dublin;
4. the sender's own words and signature, its legal footer too (``core.signed_text``;
   never the quoted mail, which may be the candidate's): a +44 or +353 phone number, a
   ``.co.uk``-style address, a company "Ltd" or "registered in England", or a British
   spelling ("whilst", "organise", "apologise", "finalise", "programme", "behaviour").

The other languages are read day first anyway (``core.dates.reading_context``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.signed_text import signed_text

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: Zones whose people write the day first in English.
DAY_FIRST_ZONES: Final = frozenset({"Europe/London", "Europe/Dublin"})
_DAY_FIRST_LANGUAGES: Final = lazy_pattern(r"en-(?:gb|ie|au|nz)\b")
_ENGLISH: Final = lazy_pattern(r"en\b")
_DAY_FIRST_DOMAIN: Final = lazy_pattern(r"\.(?:uk|ie|au|nz)$")
#: What a British or Irish writer's own text shows (folded).
_BRITISH: Final = lazy_pattern(
    r"\+ ?(?:44|353)\b|\.(?:co|org|ac|gov|ltd|plc)\.uk\b|\bltd\b|\bregistered in (?:england"
    r"|scotland|ireland)|\bwhilst\b|\bamongst\b|\b(?:organis|apologis|realis|finalis|prioritis"
    r"|recognis|summaris|emphasis)(?:e|es|ed|ing|ation)\b|\bprogramme\b|\bbehaviour\b"
)


def writes_day_first(message: Message, *, zone: bool = False) -> bool:
    """Whether the English writer of ``message`` puts the day first ("04/12" = 4 December).

    ``zone``: the candidate's or the interview's zone is one of ``DAY_FIRST_ZONES``.
    """
    language = message.headers.get("content-language", "").lower().strip()
    if _DAY_FIRST_LANGUAGES.match(language):
        return True
    if _ENGLISH.match(language):
        return False  # "en-US": Outlook says how its writer writes
    sender = message.sender.domain.lower() if message.sender is not None else ""
    if zone or _DAY_FIRST_DOMAIN.search(sender):
        return True
    return bool(message.body) and _BRITISH.search(fold(signed_text(message.body or ""))) is not None


#: "12/4", "4-12": only then does the writer's order of day and month matter (costly to tell).
_NUMERIC_DATE: Final = lazy_pattern(r"\d[/-]\d")


def day_first_order(
    message: Message, text: str | None, language: str | None, *, zone: bool
) -> bool:
    """Whether ``message``, read as ``language``, writes a numeric date day first.

    Only English text with a numeric date in it or its subject is asked about: the order
    does not matter otherwise, and telling it is costly.
    """
    if language != "en" or _NUMERIC_DATE.search(f"{text}\n{message.subject}") is None:
        return False
    return writes_day_first(message, zone=zone)
