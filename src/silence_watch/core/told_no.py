"""A no the candidate was given by phone, known only from her own mail. Pure.

Daniel turned Leila down by phone and never wrote it down; her own note says it: "Thank you
for calling me this morning ... I'm disappointed, of course, but I understand the decision
to go with someone who has more hands-on experience" (tester round u08ph). A follow-up
"checking in on my application" after that would be mail that must not exist: her words
settle the process as rejected, with nothing more to send (she has written to them; a
feedback request would ask again what her note asks). A misreading is undone with `mark`.

Only her own words about their no count: "I understand the decision takes time", "I hope
you decide to go with me" and a bare "I understand your decision" (also said of a pause)
say no no. Nor does "I understand that you can only hire in the EU" when she adds it is no
obstacle ("I hold an EU passport, so that's fine"). Nor, of an offer they took back ("Jammer
dat jullie het aanbod moeten intrekken", "sorry to hear you have to withdraw the offer"),
a fear or a wish: "I hope you won't have to withdraw the offer", "if you had to withdraw
it". In en, de, fr, es, nl; folded text.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re

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
#: Her words that they withdrew their offer ("sorry to hear you have to withdraw the
#: offer", "Jammer dat jullie het aanbod moeten intrekken", tester round u27bg), folded.
_OFFER_WITHDRAWN: Final = lazy_pattern(
    # en
    # "you", never "they": to one employer, "they had to withdraw the offer" may be another's
    r"\b(?:you|you've|you have|you had)"
    r" (?:(?:had|have|needed|need|decided|were forced|are forced) to |(?:now |just )?(?:had )?)"
    r"(?:withdraw|withdrawn|withdrew|rescind|rescinded|retract|retracted|pull|pulled|revoke"
    r"|revoked) (?:the|your|their|my|this) (?:job |written |verbal )?offer\b"
    r"|\b(?:withdraw|rescind|retract|pull|revoke)(?:ing|al of)? (?:the|your|my|this) (?:job )?"
    r"offer (?:is|was) (?:the right|understandable|a shame|a pity|disappointing)\b"
    r"|\b(?:your|the) (?:decision|need) to (?:withdraw|rescind|retract|pull|revoke)"
    r" (?:the|your|my|this) (?:job )?offer\b"
    r"|\bthe offer (?:has been|had to be|was|is being) (?:withdrawn|rescinded|retracted"
    r"|pulled|revoked)\b"
    # de
    r"|\bdass (?:sie|ihr|du) (?:das|ihr|euer|dein|mir das) (?:\w+ )?angebot (?:\w+ ){0,2}?"
    r"(?:zuruckziehen|zuruckgezogen|zuruckzuziehen|zurucknehmen|zuruckgenommen|widerrufen)\b"
    r"|\b(?:entscheidung|notwendigkeit),? (?:das|ihr|euer|dein) (?:\w+ )?angebot"
    r" (?:zuruckzuziehen|zuruckzunehmen)\b"
    r"|\b(?:rucknahme|zurucknahme|widerruf) (?:des|ihres|eures|deines) (?:\w+ )?angebots\b"
    # fr
    r"|\b(?:vous|tu) (?:\w+ ){0,2}?(?:retirer|retiriez|retiree?|retire|annuler|annuliez"
    r"|annulee?|annule) (?:l'|votre |ton |la |cette )(?:offre|proposition|promesse d'embauche)"
    r"|\bdecision de (?:retirer|annuler) (?:l'|votre |ton |la |cette )(?:offre|proposition"
    r"|promesse d'embauche)"
    # es
    r"|\bque (?:\w+ ){0,3}?(?:retirar|retireis|retiren|retirado|retirais|retiraran|retirarais"
    r"|anular|anuleis|anulen|anulado|cancelar|cancelado) (?:la|su|vuestra|tu|esta) oferta\b"
    r"|\bdecision de (?:retirar|anular|cancelar) (?:la|su|vuestra|tu) oferta\b"
    # nl
    r"|\bdat (?:jullie|u|je|jij) (?:het|jullie|uw|je) (?:\w+ )?aanbod (?:\w+ ){0,2}?"
    r"(?:intrekken|ingetrokken|intrekt|terugtrekken|teruggetrokken|terugtrekt|terugnemen"
    r"|teruggenomen)\b"
    r"|\bbeslissing om (?:het|jullie|uw|je) (?:\w+ )?aanbod (?:in te trekken|terug te trekken"
    r"|terug te nemen)\b"
)
#: ... in a clause that says it may not happen: "I hope you won't have to withdraw it".
_MAYBE: Final = lazy_pattern(
    r"\b(?:if|hope|hoping|might|may|in case|don't|do not|won't|wouldn't|not|never|whether"
    r"|wenn|falls|hoffe|nicht|kein|ob|si|j'espere|espere|espero|ojala|ne|pas|no|als|hoop|hopelijk"
    r"|niet|geen|tenzij)\b|n't\b"
)
#: Where a sentence ends.
_SENTENCE: Final = lazy_pattern(r"[.!?;]")
#: Her words that they can only hire elsewhere, or cannot sponsor her (u13vs), folded:
#: "I completely understand that Corvina can only hire in the EU at the moment".
_CANNOT_HIRE: Final = lazy_pattern(
    r"\b(?:understand|appreciate|accept|respect) (?:that|why|you)\b[^.!?]{0,80}?\b(?:can only"
    r" (?:hire|employ|recruit|take on)|only (?:hire|employ|recruit) (?:in|within|from)"
    r"|(?:can't|cannot|can not|unable to|aren't able to|are not able to|won't be able to)"
    r" (?:offer |provide )?(?:visa )?sponsor\w*)"
    r"|\bverstehe,? dass\b[^.!?]{0,80}?\b(?:nur\b[^.!?]{0,40}?\b(?:einstellen|beschaftigen"
    r"|anstellen|einzustellen)|kein(?:e)? (?:visum|visa|sponsoring))\b"
    r"|\bcomprends (?:que|bien que)\b[^.!?]{0,80}?\b(?:ne (?:peu\w+|pouv\w+|puiss\w+) recruter"
    r" qu|pas (?:de )?parrain)"
    r"|\bentiendo (?:que|perfectamente que)\b[^.!?]{0,80}?\b(?:solo (?:pueden|podeis|puede)"
    r" contratar|no (?:pueden|podeis|puede) patrocinar)"
    r"|\bbegrijp (?:dat|goed dat)\b[^.!?]{0,80}?\b(?:alleen\b[^.!?]{0,40}?\b(?:aannemen"
    r"|in dienst nemen)|geen (?:visum|sponsoring))"
)
#: ... unless she says it is no obstacle: "I hold an EU passport, so that's fine".
_NO_OBSTACLE: Final = lazy_pattern(
    r"\b(?:i have|i hold|with my|i already have) (?:an? |the )?(?:\w+ )?(?:passport|citizenship"
    r"|work permit|right to work|visa|blue card|settled status)\b"
    r"|\b(?:that's|that is|which is) (?:fine|not a problem|no problem)\b"
    r"|\b(?:ich habe|mit meinem) (?:einen |eine )?(?:\w+ )?(?:pass|staatsburgerschaft"
    r"|arbeitserlaubnis)\b|\bj'ai (?:la|un|une) (?:nationalite|passeport|titre)"
    r"|\btengo (?:la |el |un )?(?:nacionalidad|pasaporte|permiso)|\bik heb (?:de |een )?"
    r"(?:nationaliteit|paspoort|werkvergunning)"
)
#: "... the decision takes time", "... your decision once it is made": no no said.
_NOT_YET: Final = lazy_pattern(
    r"\bdecision (?:takes|will take|may take|is (?:still|not yet)|hasn't|has not|process"
    r"|timeline|making|once)\b|\bentscheidung (?:dauert|braucht)\b|\bdecision prend\b"
)


def told_no(text: str) -> str | None:
    """The words in ``text`` (the candidate's own) saying they were told no, or None."""
    folded = fold(text)
    found = _TOLD_NO.search(folded) or _offer_withdrawn(folded)
    if found is None and not _NO_OBSTACLE.search(folded):
        found = _CANNOT_HIRE.search(folded)
    if found is None or _NOT_YET.search(folded, max(0, found.start() - 20), found.end() + 30):
        return None
    return found.group().strip()


def _offer_withdrawn(folded: str) -> re.Match[str] | None:
    """Her words that they took their offer back, said as done, not as a fear or a wish."""
    for found in _OFFER_WITHDRAWN.finditer(folded):
        start = max((m.end() for m in _SENTENCE.finditer(folded, 0, found.start())), default=0)
        end = _SENTENCE.search(folded, found.end())
        if _MAYBE.search(folded, start, found.end()) or (end and end.group() == "?"):
            continue
        return found
    return None
