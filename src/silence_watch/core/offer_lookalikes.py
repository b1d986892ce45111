"""Offer words that offer her nothing: the job ad, a time slot, a training, an offer to come. Pure.

"Hemos recibido tu candidatura para la oferta de empleo de Analista de Datos" (a receipt)
was read as an offer by the rules, for "oferta de empleo"; "le contrat de travail proposé
pour ce poste est un CDD de 6 mois. Est-ce que cela vous convient ?" (a question about the
job's terms) was a sure offer; "vor einem Vertragsangebot steht noch ein Gespräch mit dem
Geschäftsführer an" and "voor we een aanbod kunnen doen, volgt nog een gesprek" (a next
step) were offers held unsure. Every language names the job ad with its offer word
("l'offre à laquelle vous avez postulé", "unser Stellenangebot", "la oferta de empleo",
"ons vacature-aanbod"), a time or a course too ("unser Angebot für einen Termin",
"Schulungsangebot", "aanbod van trainingen", "oferta formativa"); an offer that comes
after a step ("before any offer", "avant toute proposition d'embauche", "antes de
hacerte una oferta") is not made yet; and "the contract for this role" is the job's terms,
as the ad gives them.

An offer phrase of the rules that lies inside such words gives way (``not_made``,
asked by ``core.intents`` with ``offers_in_making.in_making``); an offer said beside them
("we'd like to offer you the role you applied for") is an offer. The learned reader is
given the job ad's words as "vacancy" words (``model_words``, as ``core.resume_word``
gives it "CV" for the noun "resume"): its offer cue took "Angebot für einen Termin" for
an offer, and overruled the rules' question ("la oferta incluye un contrato de seis
meses. ¿Te sigue interesando el puesto?" was a sure offer).

The patterns are written for folded text (``core.language.fold``): lower case, no
accents. Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.offers_in_making import in_making
from silence_watch.core.resume_word import cv_for_resume

#: An offer word, as the job ad is called by it too (folded), five languages.
_OFFER_WORD: Final = (
    r"(?:job offer|offer|offres?(?: d'emploi)?|ofertas?(?: de (?:empleo|trabajo))?"
    r"|stellenangebot|jobangebot|angebot|vacature-?aanbod|aanbod)"
)
#: A determiner in front of the job ad ("our", "this", "la", "notre", "unser", "ons").
_THE: Final = (
    r"(?:the|our|this|la|l'|les|notre|cette|nos|nuestra|nuestras|esta|las|dicha|unser(?:e[mn]?)?"
    r"|das|dieses|ons|onze|het|de|deze) ?"
)
#: What she did with the job ad: applied to it, or showed interest in it.
_APPLIED: Final = (
    r"(?:appl(?:y|ied|ying|ication)|candidature|postule[rz]?|interet|candidatura|solicitud"
    r"|postulacion|inscripcion|interes|inscrit[oa]s?|inscribirte|inscribiste|postulad[oa]"
    r"|postularte|postulaste|aplicad[oa]|aplicaste|bewerbung|beworben|bewerben|interesse"
    r"|sollicitatie|gesolliciteerd)"
)
#: The job ad, a slot or a course named with an offer word.
_LOOKALIKES: Final = lazy_pattern(
    # "your application to our job offer", "candidature a l'offre", "gracias por postularte
    # a la oferta", "Bewerbung auf unser Stellenangebot", "sollicitatie op het aanbod"
    rf"\b{_APPLIED} (?:to|for|on|a|en|para|por|auf|fur|op|voor|sur) {_THE}{_OFFER_WORD}\b"
    # "l'offre a laquelle vous avez postule", "la oferta a la que te inscribiste",
    # "the offer you applied for", "la oferta publicada", "das ausgeschriebene Angebot"
    rf"|\b{_OFFER_WORD} (?:a laquelle|pour laquelle|sur laquelle|a la que|en la que|para la"
    r" que|a la cual|auf (?:das|die) (?:sie|du)|waarop (?:je|u)|(?:that |which )?you"
    r" (?:applied|apply)|publiee|publicada|published|posted|gepubliceerd)\b"
    # the job ad as a noun with its determiner: "l'offre d'emploi", "nuestra oferta de
    # empleo", "unser Stellenangebot", "ons vacatureaanbod" ("una oferta de empleo", "eine
    # offre d'emploi" offered to her stay offers)
    r"|\b(?:les|nos|nuestras|las) ?(?:offres d'emploi|ofertas de (?:empleo|trabajo))\b"
    r"|\b(?:la|l'|cette|esta|dicha|nuestra|notre) ?(?:offre d'emploi|oferta de (?:empleo|trabajo))"
    r"(?= (?:de|du|d'|\"|:|\(|ref|n)\b| ?\"| ?\()"
    r"|\b(?:unser(?:e[mn]?)?|dieses|ihr(?:e[mn]?)?) stellenangebot\w*"
    r"|\bstellenangebote\w*|\bvacature-?aanbod\b"
    # a slot or a course: "unser Angebot fur einen Termin", "Schulungsangebot", "ein
    # Angebot zur Vorbereitung", "offre de formation", "oferta formativa", "aanbod van
    # trainingen", "training offer"
    r"|\bangebot (?:fur|von|an|zur|zum|zu) (?:\w+ ){0,2}?(?:termin|termine|gesprachstermin"
    r"|schulung|schulungen|weiterbildung\w*|fortbildung\w*|training\w*|vorbereitung|kurs\w*"
    r"|workshop\w*)\b"
    r"|\b(?:termin|schulungs|weiterbildungs|fortbildungs|trainings|kurs|coaching)angebot\w*"
    r"|\boffres? de (?:formations?|creneaux?|dates?)\b|\bofertas? (?:formativa|de (?:formacion"
    r"|cursos?|horarios?))\b|\b(?:trainings|opleidings|cursus)aanbod\b|\baanbod (?:van|aan)"
    r" (?:\w+ ){0,2}?(?:trainingen|cursussen|opleidingen|workshops|tijdsloten)\b"
    r"|\btraining offers?\b"
    # a perk offered, or refused, not the job (probe-noes11): "unfortunately we can't offer
    # you relocation for this role, but let's talk Tuesday" (a sure no, 0.85), "we offer
    # hybrid working, 30 days of leave" (an offer held unsure)
    r"|\boffer(?:s|ing)? (?:you )?(?:an? |the |our |some |full |fully |flexible |\d+ )?"
    r"(?:hybrid|remote|flexible|relocation|sponsorship|visa|home ?office|bonus|signing"
    r"|sign-on|pension|parking|gym|holiday|leave|equity|stock|benefits?|perks?|childcare"
    r"|health|medical|dental|lunch|a company car|travel|private)\b"
)
#: An offer that comes after a step: "before any offer", "vor einem Vertragsangebot",
#: "avant toute proposition d'embauche", "antes de hacerte una oferta", "voor we een aanbod".
_BEFORE_AN_OFFER: Final = lazy_pattern(
    # "before the written offer goes out" follows an offer made by phone (w2en-015): only
    # an offer not named as one given yet
    r"\b(?:before|prior to|ahead of) (?:we (?:can |could )?(?:make|extend|send) (?:you )?"
    r"|making (?:you )?|extending )?(?:any|an|a) (?:\w+ )?(?:offer|contract)(?: \w+){0,2}"
    r"|\b(?:vor (?:einem|jedem|einer) |bevor wir (?:ihnen |dir )?(?:ein|einen) )(?:\w+ )?"
    r"(?:vertragsangebot|angebot|vertrag|arbeitsvertrag|zusage)(?: \w+){0,2}"
    r"|\bavant (?:toute|une|de (?:vous|te) (?:faire|proposer|envoyer) une)"
    r" (?:proposition|offre|promesse)(?: d'(?:embauche|emploi|engagement))?"
    r"|\bantes de (?:cualquier|una|hacer(?:te|le) una|envia(?:rte|rle) una)"
    r" (?:oferta|propuesta)(?: \w+){0,2}"
    r"|\bvoor(?:dat)? (?:we|wij|ik) (?:je |jou |u )?een aanbod(?: \w+){0,2}"
    r"|\bvoorafgaand aan een (?:\w+ )?aanbod\b"
    # an offer stage only thought of (stop 48: "we'll discuss it at the offer stage if we
    # get there" was a sure offer, 0.98, to the learned reader alone)
    r"|\b(?:at|in|during) the offer stage\b|\bif (?:we|you|it) (?:get|gets|come|comes) to"
    r" (?:an |the )?offer(?: stage)?\b|\bin case of an offer\b"
    r"|\b(?:im falle eines|bei einem (?:moglichen |eventuellen )?)(?:vertrags)?angebots?\b"
    r"|\b(?:au moment de l'offre|en cas d'offre|au stade de l'offre)\b"
    r"|\b(?:en caso de (?:una )?oferta|en la (?:etapa|fase) de (?:la )?oferta)\b"
    r"|\b(?:bij een (?:eventueel )?aanbod|in de aanbodfase)\b"
)
#: The job's terms, as its ad gives them: "the contract for this role", "le contrat de
#: travail propose pour ce poste", "de arbeidsovereenkomst voor deze functie".
_THE_JOBS_TERMS: Final = lazy_pattern(
    r"\b(?:contract|contrat(?: de travail)?|contrato|vertrag|arbeitsvertrag|arbeidsovereenkomst"
    r"|arbeidscontract)(?: (?:de travail|propose|prevu|ofrecido|vorgesehene|voorgesteld))?"
    r" (?:for|pour|para|de|del|fur|voor|bij) (?:this|that|ce"
    r"|cet|cette|este|esta|ese|el|diese[nrs]?|die|der|deze|die) (?:role|position|job|post"
    r"|poste|emploi|puesto|cargo|stelle|position|funktion|functie|rol|baan|vacature)\b"
)

#: The job is hers, said as a winner is told: "je bent het geworden!", "die Wahl ist auf Sie
#: gefallen", "le poste est a vous", "el puesto es tuyo" were read as a promise of the
#: contract that follows, or as nothing (a row of ``core.phrases_offer_stages``).
JOB_IS_YOURS: Final = (
    r"\b(?:je|jij|u) bent het geworden\b|\bde (?:baan|functie|job) is van (?:jou|u)\b",
    r"\bde keuze is (?:(?!niet\b)\w+ )?op (?:jou|je|u) gevallen\b",  # never "is niet op u"
    r"\bdie wahl (?:ist|fiel) (?:(?!nicht\b)\w+ )?auf (?:sie|dich)(?: gefallen)?\b",
    r"\b(?:die stelle|der job|die position) gehort (?:ihnen|dir)\b",
    r"\b(?:sie|du) (?:haben|hast) (?:die stelle|den job)(?= ?!| ?\.| ?$)",
    r"\ble poste est a (?:vous|toi)\b|\bnotre choix s'est porte sur (?:vous|toi)\b",
    r"\bc'est (?:vous|toi) (?:que|qu') ?(?:nous avons|on a|j'ai) (?:retenue?|choisie?)\b",
    r"\bel (?:puesto|trabajo|cargo) es (?:tuyo|suyo)\b",
    r"\b(?:nuestra |la )?eleccion (?:ha recaido|recayo) en (?:ti|usted)\b",
    r"\bte (?:quedas|quedaste|has quedado) con el (?:puesto|trabajo)\b",
)
_JOB_IS_YOURS: Final = lazy_pattern("|".join(JOB_IS_YOURS))
#: ... not said as a fact: denied, wished, asked or a condition in its clause ("ich kann
#: Ihnen noch nicht sagen, dass Sie die Stelle haben", "ojala el puesto fuera tuyo").
_UNSAID: Final = lazy_pattern(
    r"(?:\b(?:not|never|cannot|wish|if|whether|nicht|kein\w*|ob|falls|wenn|wunschte|pas|ne"
    r"|si|aimerais|voudrais|no|ojala|todavia|aun|niet|geen|nog|als|zou|weet)\b|n't\b|\bn')"
    r"[^.!?;]*$"
)

#: An offer only wished, past: "we'd have loved to welcome you to the team", "wir hätten
#: Sie gern im Team gehabt", "nous aurions aimé vous accueillir" ...
_WISHED: Final = lazy_pattern(
    r"\b(?:would|we'd|i'd) (?:have|'ve) (?:really |so )?(?:loved|liked|wanted)\b"
    r"|\bwould've (?:loved|liked)\b|\b(?:hatten|hatte) (?:\w+ ){0,3}?gerne? .{0,40}gehabt\b"
    r"|\baur(?:ions|ais|ait) (?:vraiment |tant )?(?:aime|voulu)\b|\b(?:nos|me) (?:hubiera|habria)"
    r" (?:gustado|encantado)\b|\b(?:hadden|had) (?:\w+ )?(?:heel |erg )?graag\b"
)
#: ... beside good wishes for the job she took instead: "congratulations on the other
#: offer", "félicitations pour votre nouveau poste", "gefeliciteerd met je nieuwe baan".
_HER_OTHER_JOB: Final = lazy_pattern(
    r"\bcongrat\w* on (?:the|your) (?:other|new)\b|\bfelicitations pour (?:votre|ton|ce)"
    r" (?:nouveau|nouvelle|autre)\b|\bgluckwunsch\w* zu(?:m|r)? (?:ihrem|ihrer|deinem|deiner)?"
    r" ?neuen\b|\b(?:felicidades|enhorabuena) por (?:tu|su|el|la) (?:nuevo|nueva|otra|otro"
    r"|oferta que has)\b|\bgefeliciteerd met (?:je|jouw|uw|de) (?:nieuwe|andere)\b"
)

#: Someone else named as the one offered the job, right in front: "besloten een andere
#: kandidaat de functie aan te bieden", "einer anderen Kandidatin die Stelle anzubieten".
_ANOTHER_GETS_IT: Final = lazy_pattern(
    r"\b(?:(?:een|de) (?:andere|interne|externe) (?:kandidaat|kandidate|sollicitant)|iemand"
    r" anders|(?:einer|einem) (?:anderen|internen|externen) (?:kandidat\w*|bewerber\w*)"
    r"|jemand(?:em)? anderem?)\b[^.!?;,]{0,25}$"
)


def not_made(folded: str, start: int, end: int) -> bool:
    """True when the offer phrase at ``folded[start:end]`` offers her nothing (yet)."""
    if in_making(folded, start, end):
        return True
    if _JOB_IS_YOURS.match(folded, start) and _UNSAID.search(folded, max(0, start - 80), start):
        return True
    if _ANOTHER_GETS_IT.search(folded, max(0, start - 60), start):
        return True  # "... een andere kandidaat de functie aan te bieden": a no
    if _WISHED.search(folded, max(0, start - 60), start) and _HER_OTHER_JOB.search(folded):
        return True  # "we'd have loved to welcome you to the team - congrats on the other offer"
    return any(
        found.start() < end and start < found.end()
        for pattern in (_LOOKALIKES, _BEFORE_AN_OFFER, _THE_JOBS_TERMS)
        for found in pattern.finditer(folded)
    )


#: What the learned reader is given for the offer word in such words, by its language.
_NEUTRAL: Final = {
    "job offer": "job posting", "offer": "posting", "offre": "annonce", "offres": "annonces",
    "oferta": "vacante", "ofertas": "vacantes", "stellenangebot": "stellenanzeige",
    "jobangebot": "stellenanzeige", "angebot": "vorschlag", "aanbod": "overzicht",
    "vacature-aanbod": "vacature", "vacatureaanbod": "vacature",
}
_ANY_OFFER_WORD: Final = lazy_pattern(
    r"\b(?:job offer|offers?|offres?|ofertas?|\w*angebot(?:e|s|en)?|vacature-?aanbod|\w*aanbod)\b"
)


#: The job's pay and contract described, to the end of the sentence: "das Gehalt fur die
#: Stelle liegt bei 58.000 EUR brutto, der Vertrag ist befristet", "het salaris voor deze
#: functie ligt tussen ...": its terms, as the ad gives them, which the reader's offer cue
#: took for an offer over the rules' question ("Passt das fur Sie?").
_TERMS_SAID: Final = lazy_pattern(
    r"\b(?:salary|pay|contract|gehalt|vertrag|arbeitsvertrag|salaire|contrat(?: de travail)?"
    r"|salario|contrato|salaris|arbeidsovereenkomst)\b(?: (?:de travail|propose|prevu|ofrecido"
    r"|vorgesehene|voorgesteld|range|band|bracket|annuel|anual|bruto|brut))?"
    r" (?:for|of|fur|pour|de|du|del|para|voor|van|bij) (?:this|the|that|die|diese[rnms]?|der"
    r"|ce|cet|cette|le|el|este"
    r"|esta|deze|de|het) (?:role|position|job|post|stelle|poste|emploi|puesto|cargo|functie|rol"
    r"|baan)\b[^.!?]*"
)
#: The reader's offer cue words for pay and contracts (``core.intent_cues``).
_PAY_WORD: Final = lazy_pattern(
    r"\b(?:salary|salaries|gehalt\w*|salaire\w*|salario\w*|salaris\w*|bruto|brutto\w*|brut"
    r"|contracts?|contrat\w*|contrato\w*|\w*vertrag\w*|arbeidsovereenkomst)\b"
)


#: The job's package named with the offer word, in a pitch that asks whether she is still
#: interested: "La oferta incluye un contrato indefinido, 38.000 EUR brutos ... ¿Te sigue
#: interesando?" was a sure offer (0.97) where the rules read the question: the offer word and
#: the pay words of that sentence are given to the reader as the job ad's. Only with that
#: question: "queremos ofrecerte el puesto. La oferta incluye ..." is an offer.
_PACKAGE: Final = lazy_pattern(
    rf"\b{_OFFER_WORD} (?:includes?|comprises?|comes with|consists of|incluye|comprende"
    r"|contempla|consiste en|umfasst|beinhaltet|enthalt|comprend|inclut|comporte|omvat|bevat"
    r"|bestaat uit)\b[^.!?]*"
)
_STILL_KEEN: Final = lazy_pattern(
    r"\b(?:still (?:interested|keen)|(?:te|le) sigue interesando|sigues? interesad[oa]"
    r"|toujours interesse|(?:noch|weiterhin) interesse|nog (?:steeds |altijd )?interesse)\b"
)


def _pitched_package(folded: str) -> list[tuple[int, int]]:
    if not _STILL_KEEN.search(folded):
        return []
    return [found.span() for found in _PACKAGE.finditer(folded)]


def model_words(text: str) -> str:
    """``text`` as the learned reader is given it: the job ad's offer words as vacancy words.

    "CV" for the noun "resume" (``core.resume_word``); a text with no such words is given
    as it is, one with them folded (the reader folds every text it reads).
    """
    text = cv_for_resume(text)
    folded = fold(text)
    package = _pitched_package(folded)  # its offer word and its pay words alike
    spans = [
        found.span()
        for pattern in (_LOOKALIKES, _BEFORE_AN_OFFER)
        for found in pattern.finditer(folded)
    ] + package
    terms = [found.span() for found in _TERMS_SAID.finditer(folded)] + package
    if not spans and not terms:
        return text
    folded = _ANY_OFFER_WORD.sub(
        lambda word: _neutral(word.group(0)) if _inside(word.start(), spans) else word.group(0),
        folded,
    )
    return _PAY_WORD.sub(
        lambda word: "conditions" if _inside(word.start(), terms) else word.group(0), folded
    )


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _neutral(word: str) -> str:
    if word in _NEUTRAL:
        return _NEUTRAL[word]
    if word.startswith("stellenangebot"):
        return "stellenanzeigen" if word.endswith(("e", "en")) else "stellenanzeige"
    if word.endswith(("angebot", "angebote", "angebots", "angeboten")):
        return word[: word.index("angebot")] + "vorschlag"
    if word.endswith("aanbod"):
        return word[: -len("aanbod")] + "overzicht"
    return _NEUTRAL.get(word.rstrip("s"), "posting")
