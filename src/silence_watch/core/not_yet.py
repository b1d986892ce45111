"""Good news not given *yet*: a wait, not a no. Pure.

"Todavía no podemos hacerte una oferta; te escribo antes del viernes 11", "we kunnen je nog
geen aanbod doen; uiterlijk 11 december hoor je van ons" (tester round u55sw): a negation in
front of good news makes it bad news ("we won't be offering you the role"), and these were
read as noes, so a feedback request would have answered a promise to write by Friday. The
word for "yet" beside the negation says the news is still to come: "not yet", "noch kein",
"noch nicht", "pas encore", "todavía no", "aún no", "nog geen", "nog niet", or "yet" just
after the good news ("we can't make you an offer yet").

A no said otherwise in the same mail is read by its own rows ("Leider können wir Ihnen noch
kein Angebot machen, da wir uns für eine andere Kandidatin entschieden haben" is a no by
"für eine andere Kandidatin entschieden").

The words are folded (``core.language.fold``): lower case, no accents.
Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: How far in front of the good news its "not yet" may stand (characters).
_REACH: Final = 40
#: The negation with its "yet", in front of the good news (folded).
_NOT_YET_BEFORE: Final = lazy_pattern(
    r"\b(?:not yet|yet to|noch (?:nicht|kein\w*)|(?:nicht|kein\w*) \w+ noch|pas encore"
    r"|(?:todavia|aun) no|no (?:\w+ )?(?:todavia|aun)|nog (?:niet|geen))\b"
)
#: "yet" right after it: "we can't make you an offer yet".
_YET_AFTER: Final = lazy_pattern(r"^\W{0,2}(?:\w+ ){0,2}?(?:yet|encore|todavia|aun|nog)\b")
#: Where the clause in front of the good news begins.
_CLAUSE_END: Final = lazy_pattern(r"[.!?;:]|\b(?:but|aber|mais|pero|maar)\b")


def not_yet(folded: str, start: int, end: int) -> bool:
    """True when the negated good news at ``folded[start:end]`` is only not given yet."""
    before = folded[max(0, start - _REACH) : start]
    ends = [found.end() for found in _CLAUSE_END.finditer(before)]
    clause = before[ends[-1] :] if ends else before
    return _NOT_YET_BEFORE.search(clause + folded[start:end]) is not None or (
        _YET_AFTER.match(folded, end) is not None
    )
