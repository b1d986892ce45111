"""A no the candidate was given by phone, known only from her own mail. Pure.

Daniel turned Leila down by phone and never wrote it down; her own note says it: "Thank you
for calling me this morning ... I'm disappointed, of course, but I understand the decision
to go with someone who has more hands-on experience" (tester round u08ph). A follow-up
"checking in on my application" after that would be mail that must not exist: her words
settle the process as rejected, with nothing more to send (she has written to them; a
feedback request would ask again what her note asks). A misreading is undone with `mark`.

Only her own words about their no count: "I understand the decision takes time", "I hope
you decide to go with me" and a bare "I understand your decision" (also said of a pause)
say no no. In en, de, fr, es, nl; patterns for folded text.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

_OTHER = (
    r"(?:someone|somebody|another|other|a different|an internal|someone else|a candidate"
    r" with)"
)
#: Her words that report their no (folded).
_TOLD_NO: Final = lazy_pattern(
    # en
    rf"\b(?:understand|respect|accept) (?:the|your|their) decision to (?:go|move forward|proceed"
    rf"|continue|move ahead) with {_OTHER}"
    r"|\b(?:sorry|disappointed|a shame|a pity|sad) (?:that |to hear )?(?:it|this|things)"
    r" (?:didn't|did not|won't|will not) work out\b"
    r"|\b(?:thank you|thanks) for (?:calling|ringing|phoning) (?:me )?to (?:let me know|tell me)"
    r" (?:about )?(?:the|your) (?:decision|news)\b"
    # de
    r"|\b(?:verstehe|respektiere|akzeptiere) (?:ihre|die|deine|eure) absage\b"
    r"|\bschade,? dass es (?:leider )?nicht geklappt hat\b"
    r"|\bdanke (?:fur|fuer) (?:ihre|die|deine) (?:ehrliche |offene |telefonische )?absage\b"
    # fr
    r"|\b(?:comprends|respecte|accepte) (?:votre|ton) refus\b|\bdecision de retenir (?:un|une)"
    r" autre\b"
    r"|\bdommage que (?:cela|ca) (?:n'ait|n'a) pas (?:abouti|marche|fonctionne)\b"
    # es
    r"|\bdecision de (?:seguir|continuar|avanzar|quedarse) con (?:otr[oa]|alguien)\b"
    r"|\b(?:lastima|una pena) que no (?:haya salido|saliera|se haya dado)\b"
    # nl
    r"|\b(?:begrijp|respecteer|accepteer) (?:jullie|de|uw|je) (?:afwijzing|keuze voor een"
    r" andere)\b"
    r"|\bjammer dat het niet (?:gelukt|doorgegaan) is\b"
)
#: "... the decision takes time", "... your decision once it is made": no no said.
_NOT_YET: Final = lazy_pattern(
    r"\bdecision (?:takes|will take|may take|is (?:still|not yet)|hasn't|has not|process"
    r"|timeline|making|once)\b|\bentscheidung (?:dauert|braucht)\b|\bdecision prend\b"
)


def told_no(text: str) -> str | None:
    """The words in ``text`` (the candidate's own) saying they were told no, or None."""
    folded = fold(text)
    found = _TOLD_NO.search(folded)
    if found is None or _NOT_YET.search(folded, max(0, found.start() - 20), found.end() + 30):
        return None
    return found.group().strip()
