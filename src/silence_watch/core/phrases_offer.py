"""Phrases of an offer, in en, de, fr, es, nl (moved out of ``core.phrases_outcome``).

Data only (see ``core.phrase_rows`` for how a row is written); ``core.intents`` decides.
Their place in ``core.intent_phrases.PHRASES`` is the one they had: after the
rejections, before the process phrases.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import (
    OFFER,
    POLAR,
    WEAK,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

OFFER_PHRASES: Final[tuple[Row, ...]] = (
    # --- offer -------------------------------------------------------------------------
    (OFFER, POLAR, "they offer you the position", _rx(
        r"\b(?:offer|offering) you _W_{0,6}?(?:role|position|job|post|contract|place"
        r"|opportunity to join|engagement)\b",
        # "we are offering the position to you", "the job is yours if you want it"
        r"\b(?:offer|offering) (?:the|this) (?:\w+ )?(?:role|position|job|post) to you\b",
        r"\b(?:the|this) (?:\w+ )?(?:role|position|job|post) is yours\b",
        r"\b(?:pleased|happy|delighted|thrilled|excited|glad) to (?:formally )?(?:offer you"
        # never a courtesy offered (stop 48: "we'd be happy to offer you a tour of the office
        # if you're around" was a sure offer, 0.99)
        r"(?! (?:an? |the |some |more )?(?:\w+ )?(?:tour|coffee|drink|lunch|call|chat|visit|lift"
        r"|ride|look|walk|feedback|advice|parking|time|slot|demo|glimpse|insight|help|interview"
        r"|meeting|appointment|session|conversation)s?\b)"  # "an interview" (probe-noes11)
        r"|extend (?:you )?(?:an|the|a formal|a verbal|our) offer|make you an offer)",
        r"\b(?:extend|make|making|extending|give) you (?:an|a formal|a verbal|a written|our|the) "
        r"(?:job |employment |formal )?offer\b",
        r"\boffer(?:'s| is| has been) (?:now )?(?:approved|signed off)",
        r"\bwants? to (?:make|give) you an? offer",
        r"\b(?:love|like|excited|thrilled|delighted|happy|glad) to (?:have|welcome) you "
        r"(?:on ?board|aboard|join|to (?:join )?the team)\b",
        r"\bwelcome (?:you )?(?:aboard|on ?board)\b",
        r"\bwe want you (?:on|to join|in|for) (?:the|our) (?:team|crew|staff|squad|practice)\b",
        r"\b(?:the )?(?:whole )?(?:team|crew|panel|partners|everyone|we all) (?:wants|want)"
        r" you\b|\blove (?:for )?you to join (?:as|us as|the team as)\b",
        # de
        r"\b(?:stelle|position|rolle|anstellung|festanstellung|vertrag|arbeitsvertrag|job)\b"
        r"(?! (?:_W_)?(?:einer|einem|an eine[nrm]?|an jemand)\b)"  # offered to someone else
        r"_SW_{0,10}? (?:anbieten|anzubieten|offerieren)\b",
        r"\b(?:angebot|vertragsangebot|jobangebot) (?:zu )?(?:machen|unterbreiten)",
        r"\b(?:sie|dich) (?:gerne? |sehr gerne? )?einstellen\b|\beinzustellen\b",
        r"\bwir (?:wollen|mochten) (?:dich|sie)(?: unbedingt)?(?: ?!| an bord| im team| haben)",
        r"\b(?:eine|die) zusage\b(?! _W_{0,2}(?:erteilen konnen|geben konnen)\b)"
        # "Eine Zusage können wir Ihnen leider nicht geben" is a no (phrases_withheld_news)
        r"(?![^.!?]{0,60}?\bnicht (?:geben|erteilen|aussprechen|machen|senden|schicken)\b)",
        # fr
        r"(?:\b(?:vous|te) |\bt')(?:proposer|offrir) (?:le|un|ce|votre|ton) (?:poste|contrat|cdi"
        r"|cdd"
        r"|emploi)",
        r"\b(?:proposition|promesse|offre|lettre|contrat) d'(?:embauche|engagement)"
        r"|\bfaire une offre",
        r"\bvous (?:recruter|embaucher|engager)\b",
        r"\b(?:on|nous) (?:vous|te) (?:propose|proposons|offre|offrons) (?:le|la|un|une|ce|cette)"
        r" (?:poste|mission|contrat|cdi|cdd|emploi)\b",
        r"\b(?:l'equipe|on|nous) (?:te|vous) veu(?:t|lent)\b|\b(?:t'|vous )avoir a bord\b",
        r"\b(?:proposer|offrir) _W_{0,2}(?:un|le) contrat (?:de|a) ",
        # es
        r"\b(?:ofrecerte|ofrecerle|ofrecerla|ofrecerles|(?:te|le|les) ofrecemos|(?:te|le) ofrezco) "
        r"_W_{0,3}?(?:el puesto|la posicion|el cargo|un contrato|la plaza|el trabajo"
        r"|la vacante)",
        r"\b(?:hacerte|hacerle) una (?:oferta|propuesta)",
        r"\b(?:seleccionad[oa]|elegid[oa]) para (?:el|la) (?:cargo|puesto|posicion|plaza)",
        r"\bqueremos que te (?:incorpores|unas)",
        # "Nos encantaría que te sumes al equipo. Te paso la propuesta formal" (stop 47: read
        # as a question); never "que te sumes a la charla" (a step)
        r"\b(?:nos|me) (?:encantaria|gustaria) que te (?:incorpores|unas|sumes) (?:al|a nuestro)"
        r" (?:equipo|staff)\b|\b(?:te|le) (?:paso|envio|mando|adjunto) (?:la|nuestra) propuesta"
        r" (?:formal|economica|de contratacion)\b",
        r"\b(?:te|le) (?:queremos|quisieramos|gustaria) ofrecer\b|\bel equipo te quiere\b",
        r"\b(?:te|le) (?:queremos|quiere|quieren) en (?:el|nuestro) equipo\b",
        r"\b(?:te|le) (?:extendemos|enviamos|hacemos llegar) (?:formalmente )?(?:la|una|nuestra)"
        r" oferta\b",
        # nl
        # never to another: "besloten de functie aan een andere kandidaat aan te bieden"
        r"\b(?:functie|rol|baan|arbeidsovereenkomst|contract|aanstelling|positie)\b"
        r"(?!(?:_SW_){0,2}? aan (?:een|de|onze) (?:andere|interne|collega))_SW_{0,8}?"
        r" aan(?:bieden| te bieden)\b",
        r"\b(?:bieden|bied) (?:wij |we |ik )?(?:je|u|jou) _W_{0,9}aan\b",
        r"\b(?:een )?aanbod _W_{0,2}?(?:doen|maken)\b",
        # "Hierbij ons aanbod voor de functie van analist" (probe-dates11: read as nothing);
        # never an offer to do something ("hierbij ons aanbod om je reiskosten te vergoeden")
        r"\bhierbij (?:ons|mijn|het) (?:\w+ )?(?:contract)?aanbod\b(?! om\b)",
        r"\b(?:je|u|jou) (?:graag )?aan(?:nemen| te nemen)\b",
        r"\b(?:wil|willen) (?:je|jou|u) (?:er )?(?:heel |zeker )?(?:graag )?(?:er ?)?bij(?!\w)",
    )),
    # a contractor's offer: "we'd like to go ahead ... our statement of work ... sign and
    # send it back" (tester round u11fl)
    (OFFER, POLAR, "they go ahead with your engagement", _rx(
        r"\b(?:we'd|we would|we'll|we will|we want to|we're happy to|keen to) (?:like to )?go ahead"
        r"\b(?! with (?:a|an|the|your) (?:\w+ )?(?:interview|round|call|chat|meeting|test"
        r"|assessment)).{0,400}?\b(?:statement of work|sow|purchase order|engagement letter"
        r"|contract for|msa)\b",
        r"(?:\bwould|'d|\bhappy to|\bkeen to) (?:like to |love to )?bring you on (?:board |for"
        r" (?:the|a|this) )",
        r"\b(?:sie|dich) (?:gerne |gern )?(?:beauftragen|mit dem projekt beauftragen)\b"
        r"|\bden auftrag (?:an sie |an dich )?(?:vergeben|erteilen)\b",
        r"\b(?:nous souhaitons|on souhaite) (?:vous|te) confier (?:la|cette) mission\b",
        r"\b(?:queremos|nos gustaria) (?:seguir adelante|avanzar) (?:contigo|con usted)"
        r".{0,400}?\b(?:contrato|orden de compra|propuesta)\b",
        r"\b(?:we|wij) (?:gaan|willen) (?:graag )?met (?:je|jou|u) in zee\b"
        r"|\b(?:de )?opdracht (?:graag )?aan (?:je|jou|u) (?:gunnen|geven)\b",
    )),
    (OFFER, POLAR, "they welcome you to the team", _rx(
        r"\bwelcome (?:you )?(?:to the team|aboard|on board)\b",
        r"\b(?:thrilled|glad|happy|delighted|excited|so pleased) (?:that )?you(?:'ve| have)?"
        r" (?:said yes|accepted|agreed to join|are joining|'re joining|will be joining)",
        r"\bwillkommen (?:im team|an bord|in unserem team)\b",
        r"\bbienvenue (?:dans l'equipe|a bord|parmi nous)\b",
        r"\bbienvenid[oa]s? (?:al equipo|a bordo)\b",
        r"\bwelkom (?:in het team|bij het team|aan boord)\b",
    )),
    (OFFER, WEAK, "an offer letter", _rx(
        r"\boffer (?:still )?stands\b",
        r"\b(?:send|sending|will send|get) (?:you )?(?:over )?(?:the )?(?:paperwork|contract)"
        r" (?:over )?(?:to you )?(?:tomorrow|today|this week|shortly|soon|by)\b",
        # "please note that this is not an offer of employment": an invitation's small print
        r"(?<!not an )(?<!not a )\b(?:offer letter|offer of employment|offer package|formal offer"
        r"|verbal offer|written offer|offer details)\b",
        r"\b(?:arbeitsvertrag|vertragsunterlagen|vertragsentwurf|vertragsangebot)\b",
        r"\b(?:offre formelle|lettre d'offre|contrat de travail)\b",
        r"\b(?:oferta formal|carta oferta|oferta de empleo)\b",
        r"\b(?:arbeidsovereenkomst|arbeidscontract)\b",
    )),
)
