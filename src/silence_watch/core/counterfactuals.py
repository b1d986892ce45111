"""Good news wished for and not made: "we would have liked to invite you, but ...". Pure.

"J'aurais aimé vous rencontrer, mais le poste a été pourvu", "We would have liked to invite
you for an interview, but the position has been filled", "Nos hubiera gustado conocerte,
pero el puesto ya está cubierto", "We hadden je graag uitgenodigd, maar de vacature is al
vervuld" (second probe, issue 12): the invitation is the one that will not come. Read as
an invitation beside a filled role, such a no became a next step "about another role".

A polar phrase (good news) with such a wish in front of it, in its clause, and a turn
after it in its sentence or opening the next ("but", "mais", "pero", "maar", "aber",
"unfortunately", "leider", ...) counts as negated (``core.intents``); other good news
("bring you in for a final round") is then no news. Without the turn the wish is only
polite: "J'aurais aimé vous proposer un entretien mardi, êtes-vous disponible ?" invites.
German "hätten gerne" is left out: it is also a present wish ("wir hätten gerne einen
Termin mit Ihnen").

The words are folded (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.hypotheticals import after_last, bounds
from silence_watch.core.lazy_patterns import lazy_pattern

#: "would have liked to", "j'aurais aimé", "nos hubiera gustado", "hadden je graag".
_WISHED: Final = lazy_pattern(
    r"\b(?:would|we'd|i'd|could) (?:have|'ve) (?:really |so |very much )?(?:loved|liked|wanted"
    r"|been (?:happy|glad|delighted|keen)) to\b|\bwould've (?:loved|liked|wanted) to\b"
    r"|\baur(?:ais|ait|ions|iez|aient) (?:vraiment |beaucoup |bien |tant )?(?:aime|voulu"
    r"|souhaite|ete (?:ravie?s?|heureu(?:x|se)s?|contente?s?))\b"
    r"|\b(?:me|nos|le|les) (?:hubiera|habria|hubiese) (?:gustado|encantado)\b"
    r"|\b(?:hubieramos|habriamos) (?:querido|deseado)\b"
    r"|\b(?:hadden|had) (?:\S+ )?(?:heel |erg |echt )?graag\b"
)
#: The turn after the wish: what happened instead follows.
_TURN: Final = lazy_pattern(
    r"\b(?:but|however|unfortunately|sadly|mais|malheureusement|cependant|helas|pero|sin"
    r" embargo|lamentablemente|desafortunadamente|maar|helaas|echter|aber|leider|jedoch)\b"
)
#: The same turn opening the next sentence: "... vous inviter. Malheureusement, ...".
_TURN_NEXT: Final = lazy_pattern(
    r"\s*(?:but|however|unfortunately|sadly|mais|malheureusement|cependant|helas|pero|sin"
    r" embargo|lamentablemente|desafortunadamente|maar|helaas|echter|aber|leider|jedoch)\b"
)
#: Where a clause ends, in front of the phrase.
_CLAUSE_END: Final = lazy_pattern(r"[.!?;:]")
_REACH = 60
_SENTENCE_ENDS: Final = (".", "!", "?", "\n")


def wished_not_made(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (good news) was wished for and did not happen."""
    window = after_last(text[max(0, start - _REACH) : start], _CLAUSE_END)
    if _WISHED.search(window) is None:
        return False
    _, stop = bounds(text, start, end, _SENTENCE_ENDS)
    if _TURN.search(text, end, stop) is not None:
        return True
    return _TURN_NEXT.match(text, stop + 1) is not None
