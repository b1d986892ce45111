"""No one goes on yet: a wait for every candidate, neither her round nor her no. Pure.

"We're not progressing anyone to the next stage until the role closes on the 18th" was
read as her next stage by the rules and as a no by the learned reader (probe-noes7); "we
won't be inviting anybody to a second interview until the posting closes" as a no. Both
say the process waits for a day: they are still deciding, and a nudge may follow it.

The sentence must deny the step to everyone ("anyone", "anybody", "niemanden",
"personne", "a nadie", "niemand") and put it off until something ("until", "bis",
"avant", "hasta", "tot"): "we won't be progressing you" stays a no.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: No one goes on until something happens, in en, de, fr, es, nl (folded).
NO_ONE_YET: Final = lazy_pattern(
    r"(?:\bnot|n't) (?:\w+ ){0,2}?(?:anyone|anybody|any (?:of the )?candidates)\b[^.!?]{0,60}?"
    r"\b(?:until|till|before)\b"
    r"|\b(?:laden|nehmen) wir (?:\w+ )?niemanden\b[^.!?]{0,60}?\b(?:bis|bevor)\b"
    r"|\bne (?:convoquons|retenons|convoquerons) personne\b[^.!?]{0,60}?\b(?:avant|jusqu)"
    r"|\bno (?:vamos a )?(?:avanzar|pasar|citar|convocar) a nadie\b[^.!?]{0,60}?\bhasta\b"
    r"|\b(?:nodigen|laten) (?:we|wij) (?:\w+ )?niemand\b[^.!?]{0,60}?\b(?:tot|voor|voordat)\b",
    grouped=True,
)
#: Where a sentence ends (folded text).
_ENDS: Final = ".!?\n"


def no_one_yet(folded: str, start: int, end: int) -> bool:
    """True when the sentence of ``folded[start:end]`` says no one goes on yet."""
    begin = max(folded.rfind(mark, 0, start) for mark in _ENDS) + 1
    stops = [i for mark in _ENDS if (i := folded.find(mark, end)) >= 0]
    return NO_ONE_YET.search(folded[begin : min(stops, default=len(folded))]) is not None
