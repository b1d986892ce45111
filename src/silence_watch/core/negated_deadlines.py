"""A day named as the earliest, denied: "you won't hear from us before Friday".

"Before Friday" alone is a deadline ("we'll decide before Friday": by Friday). With a
negation in its clause it is the opposite, a day before which nothing comes: "we won't
get back to you before 15 January", "wir melden uns nicht vor dem 15. Januar", "vor
Freitag melden wir uns nicht", "nous ne reviendrons pas vers vous avant le 15 janvier",
"no te escribiremos antes del 15 de enero", "je hoort niet van ons voor vrijdag". Such a
day is no promise to answer by it (``dates.promise`` skips it).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from silence_watch.core.datephrases import Found

#: "before" just ahead of the date, with its article (folded).
_BEFORE: Final = lazy_pattern(
    r"\b(?:before|prior to|vor(?: de[mnr])?|avant(?: le| la| l'| les)?|antes de(?:l| la| el)?"
    r"|voor(?: de| het)?)\s*$"
)
#: A negation in the same clause (folded): "not", "won't", "nicht", "ne ... pas", "no",
#: "niet", "niets"; "no later than" is a deadline and not one of them.
_NEGATION: Final = lazy_pattern(
    r"\b(?:not|never|nothing|no(?! later| mas tarde)|nicht|nichts|kein\w*|nie|ne|n'|pas|jamais"
    r"|rien|nunca|nada|niet|niets|geen|nooit)\b|n't\b"
)
#: Where a clause ends (folded): a comma or semicolon, "but", "aber", "mais", "pero", "maar".
_CLAUSE_END: Final = lazy_pattern(r"[,;:]|\b(?:but|aber|mais|pero|maar)\b")


def not_before(sentence: str, item: Found) -> bool:
    """True when ``item`` in ``sentence`` (folded) is a day before which nothing comes."""
    if _BEFORE.search(sentence, max(0, item.start - 16), item.start) is None:
        return False
    head = sentence[: item.start]
    head = head[max((edge.end() for edge in _CLAUSE_END.finditer(head)), default=0) :]
    tail = sentence[item.end :]
    edge = _CLAUSE_END.search(tail)
    tail = tail if edge is None else tail[: edge.start()]
    return _NEGATION.search(head) is not None or _NEGATION.search(tail) is not None
