"""When an offer's stage is denied, and when a withdrawal outranks the offer it names. Pure.

``core.phrases_offer_stages`` reads an offer confirmed, passed on or taken back. Said in
a denial, within four words in front or inside them, such words are no news (tester
round u43of): "don't worry, we are not withdrawing the offer", "das Angebot ziehen wir
nicht zurück", "nous ne retirons pas notre proposition", "het aanbod is niet
ingetrokken", "todavía no puedo confirmarte la oferta". A clause in front that only
explains ("due to cuts we could not foresee, we have to withdraw the offer", "I have no
good news and must rescind the offer"), no choice left ("we have no choice but to",
"nous n'avons pas d'autre choix que de", "no nos queda otra que") and the words a closed
role is said in ("the position is no longer open", "n'est plus d'actualité") deny
nothing.

And a withdrawal says more than the offer it names: "nous devons retirer notre
proposition d'embauche" is the offer gone, not made, and an offer made to someone else is
not hers (``taken_back``).

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.hypotheticals import after_last
from silence_watch.core.intent_phrases import HARMLESS_NEGATIONS, NEGATION
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.phrase_rows import WITHDRAWN
from silence_watch.core.phrases_offer_stages import CONFIRMED
from silence_watch.core.phrases_settled_noes import OFFER_ELSEWHERE

#: The rows whose news a denial takes back.
_STAGES: Final = frozenset({WITHDRAWN, CONFIRMED})
#: How far in front of the words a denial is looked for, within their clause: characters,
#: then the last words ("we will not be withdrawing", "no vamos a retirar").
_REACH: Final = 45
_WORDS: Final = 4
#: Where the clause in front ends (a comma too: "that we could not foresee, we have to").
_CLAUSE_END: Final = lazy_pattern(r"[.!?;:,)]|\b(?:but|aber|mais|pero|maar|que|than|als)\b")
#: The offer itself in the words found: then a negation inside them denies it.
_OFFER_WORD: Final = lazy_pattern(
    r"\b(?:offer|angebot|\w+angebot|zusage|offre|proposition|promesse|oferta|propuesta|aanbod"
    r"|aanbieding|\w+voorstel)\b"
)
#: Negations that deny nothing here: a closed role's words, no choice left, "only".
_NOT_A_DENIAL: Final = lazy_pattern(
    r"\b(?:no longer|nicht (?:mehr|langer)|niet (?:meer|langer)|ya no|n'est plus|ne \w+ plus"
    r"|no (?:other )?(?:choice|option|alternative)|(?:pas|plus) (?:d'autre |le )?choix"
    r"|keine (?:andere )?(?:wahl|moglichkeit)|geen (?:andere )?(?:keus|keuze)"
    r"|no (?:nos |me )?queda (?:otra|mas remedio)|no (?:tenemos|tengo) (?:otra|mas remedio)"
    r"|ne \w+ que|n'\w+ que|not only)\b"
)


def denied_stage(folded: str, reason: str, start: int, end: int) -> bool:
    """True when the offer stage found at ``folded[start:end]`` is said in a denial."""
    if reason not in _STAGES:
        return False
    said = folded[start:end]
    clause = after_last(folded[max(0, start - _REACH) : start], _CLAUSE_END)
    window = " ".join(clause.split()[-_WORDS:])  # "no good news and must rescind" denies nothing
    scope = window + (" " + said if _OFFER_WORD.search(said) else "")
    scope = _NOT_A_DENIAL.sub(" ", HARMLESS_NEGATIONS.sub(" ", scope))
    return NEGATION.search(scope) is not None


def taken_back(rejection: tuple[int, str] | None) -> bool:
    """True when the strongest no found is the offer withdrawn: it outranks the offer.

    So does an offer made to someone else: "Wir haben einer anderen Kandidatin eine Zusage
    gemacht" names "eine Zusage", and it is not hers (probe round probe-noes5).
    """
    return rejection is not None and rejection[1] in (WITHDRAWN, OFFER_ELSEWHERE)
