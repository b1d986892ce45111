"""The candidate's own words that accept an employer's offer. Pure.

"I'm delighted to accept your offer", "ik neem het aanbod graag aan", "ich nehme Ihr
Angebot gerne an", "j'accepte votre offre", "acepto la oferta": the search is over. A
follow-up to another employer after it ("I'm still very interested in joining Fernway",
fifteen days after the candidate signed elsewhere) is mail that must not exist (tester
round t48oe), so every other employer's nudges stop (``core.accepted_elsewhere``).

Only a statement counts: a condition or a question ("if you can match it, I'd accept the
offer", "should I accept the offer?"), a negation ("I can't accept the offer yet") or
another employer's offer ("I accepted the other offer": a withdrawal, ``core.withdrawal``)
is no acceptance here. Nor is "I've signed the NDA" or "I'll sign it tomorrow": the contract
signed, in her words, is read by ``core.signed_contract``.

Pure: no IO, no clock.
"""

from __future__ import annotations

from itertools import chain
from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.signed_contract import contract_signed

#: Words that make an offer another employer's, or a counter-offer.
_NOT_THEIRS: Final = r"(?!(?:other|another|second|competing|counter|andere[nmrs]?|autres?|otra)\b)"
_WORDS: Final = rf"(?:{_NOT_THEIRS}[\w'-]+ ){{0,3}}?"

ACCEPTED: Final = lazy_pattern(
    # en
    rf"\b(?:happy|delighted|pleased|thrilled|excited|glad|honou?red) to (?:formally |officially )?"
    rf"accept (?:your|the|this) {_WORDS}offer\b"
    rf"|\bi (?:hereby |formally |officially |gladly |happily )?accept (?:your|the|this) {_WORDS}"
    r"offer\b"
    rf"|\bi(?:'d| would) (?:like|love) to (?:formally )?accept (?:your|the|this) {_WORDS}offer\b"
    rf"|\bi(?:'ve| have) (?:just )?accepted (?:your|the) {_WORDS}offer\b"
    # a contractor's "Signed SOW attached" (tester round u11fl)
    r"|^\W*(?:hi|hello|dear|hey)?[^.!?\n]{0,30}?\bsigned (?:sow|statement of work|contract"
    r"|engagement letter|offer letter|offer)s? (?:is )?(?:attached|enclosed|herewith|back to you)\b"
    r"|\b(?:here is|here's|attached is|please find attached) (?:the |my )?signed (?:sow"
    r"|statement of work|contract|engagement letter|offer letter|offer)\b"
    # de
    rf"|\b(?:nehme|nehmen) (?:ich |wir )?(?:ihr|das|dieses|euer|dein) {_WORDS}angebot"
    r" (?:\w+ ){0,6}?an\b"
    r"|\bangebot (?:\w+ ){0,3}?(?:anzunehmen|annehmen)\b"
    # fr
    rf"|\bj'accepte (?:votre |l'|cette |la |ton |ta )?{_WORDS}(?:offre|proposition)\b"
    rf"|\b(?:heureux|heureuse|ravie?|enchantee?) d'accepter (?:votre |l'|cette |la )?{_WORDS}"
    r"(?:offre|proposition)\b"
    # es
    rf"|\bacepto (?:la|su|tu|vuestra|esta) {_WORDS}(?:oferta|propuesta)\b"
    rf"|\b(?:encantad[oa]|feliz|contenta?) de aceptar (?:la|su|tu|vuestra) {_WORDS}(?:oferta"
    r"|propuesta)\b"
    # nl
    rf"|\b(?:neem|nemen) (?:ik |wij |we )?(?:het|uw|jullie|je|dit) {_WORDS}aanbod"
    r" (?:\w+ ){0,6}?aan\b"
    rf"|\b(?:het|uw|jullie|je|dit) {_WORDS}aanbod (?:\w+ ){{0,3}}?aan te nemen\b"
    rf"|\baccepteer (?:ik )?(?:het|uw|jullie|je) {_WORDS}aanbod\b"
)
#: In the sentence before it: a condition, a wish or a denial ("if", "before I", "can't").
_UNDONE: Final = lazy_pattern(
    r"\b(?:if|unless|before|whether|should|would you|could|not|can't|cannot|won't|don't"
    r"|wenn|falls|bevor|ob|nicht|kein|si|avant|ne|pas|antes|no|als|voordat|tenzij|niet)\b"
    r"|n't\b"
)
#: A denial inside the words ("Ihr Angebot leider nicht annehmen").
_DENIED_INSIDE: Final = lazy_pattern(r"\b(?:not|never|nicht|kein|nie|niet|nooit|pas|no)\b")
#: Where a sentence ends, or a clause a colon closes ("y no hizo falta: te confirmo que
#: acepto la oferta", tester round t76cm: the "no" before it is not this clause's).
_SENTENCE: Final = lazy_pattern(r"[.!?;:\n]")


def accepted_offer(text: str) -> str | None:
    """The words in ``text`` (the candidate's own) that accept the employer's offer, or None."""
    folded = fold(text)
    for found in chain(ACCEPTED.finditer(folded), contract_signed(folded)):
        start = max((m.end() for m in _SENTENCE.finditer(folded, 0, found.start())), default=0)
        end = _SENTENCE.search(folded, found.end())
        if _UNDONE.search(folded, start, found.start()) or (end and end.group() == "?"):
            continue
        if _DENIED_INSIDE.search(found.group()):
            continue
        return found.group().strip()
    return None
