"""The candidate's own words that she has signed the job's contract. Pure.

Signing is accepting: "Ich habe den Arbeitsvertrag am Wochenende in Ruhe gelesen und ihn
soeben über DocuSign unterschrieben", "Je viens de signer le contrat sur Yousign" (tester
round u27bg), "I've just signed it", "acabo de firmar el contrato", "ik heb het contract
zojuist getekend". Read as ``core.acceptance`` reads "I accept your offer": every other
employer's follow-ups stop.

What is signed must be the job's: the contract, the offer (letter), named in the clause or,
for a pronoun ("ihn", "it", "je l'ai signé", "lo he firmado", "het") or a bare "via
DocuSign", as the last thing her words named before it that one signs. Near-misses sign
nothing of the job's: "I'll sign it tomorrow", "I haven't signed yet", "I signed the NDA",
"I signed for a parcel", "den Mietvertrag", "signed a contract with another company" (a
withdrawal, ``core.withdrawal``); nor does a plan or a condition before it ("once I've
signed it", "ich werde ihn ... unterschrieben zurückschicken", "en cuanto lo firme").

Pure: no IO, no clock. Folded text (``core.language.fold``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

#: Words that make a contract or an offer another employer's.
_NOT_THEIRS: Final = (
    r"(?!(?:other|another|second|competing|counter|new|andere[nmrs]?|neuen?|autres?|nouve(?:au"
    r"|l|lle)|otr[oa]|nuev[oa]|ander[e]?|nieuwe?)\b)"
)
#: Up to two words before the noun ("the revised contract", "den neuen Arbeitsvertrag").
_ADJ: Final = rf"(?:{_NOT_THEIRS}[\w'-]+ ){{0,2}}?"
#: What one signs that is the job: a contract, an offer, in the five languages (folded).
_JOB_PAPER: Final = (
    r"(?:(?:employment |job |work )?contract|(?:employment|offer|engagement) agreement"
    r"|offer(?: letter)?"
    r"|statement of work|sow|engagement letter"
    r"|(?:arbeits|anstellungs|dienst|ausbildungs)?vertrag|vertragsangebot|(?:job)?angebot"
    r"|contrat(?: de travail)?|promesse d'embauche|proposition d'embauche|lettre d'offre"
    r"|offre(?: d'emploi)?"
    r"|contrato(?: de trabajo| laboral)?|carta (?:de )?oferta|oferta(?: de empleo)?"
    r"|(?:arbeids)?contract|arbeidsovereenkomst|aanbod(?:sbrief)?|aanbiedingsbrief)"
)
#: Other things one signs: the last of these named before a pronoun is what it stands for.
_OTHER_PAPER: Final = (
    r"\b(?:nda|non-disclosure|confidentiality|consent|form|waiver|declaration|release"
    r"|authori[sz]ation|background check|policy|handbook|timesheet|lease|tenancy|parcel"
    r"|package|delivery|petition|card|document|paperwork"
    r"|geheimhaltung\w*|vertraulichkeit\w*|einwilligung\w*|einverstandnis\w*|\w*erklarung"
    r"|formular|mietvertrag|paket|datenschutz\w*|dokument"
    r"|accord de confidentialite|formulaire|bail|colis|autorisation|attestation|document"
    r"|acuerdo de confidencialidad|formulario|paquete|autorizacion|consentimiento|alquiler"
    r"|geheimhouding\w*|formulier|pakket|huurcontract|toestemming|verklaring|documenten)\b"
)
#: The job's paper, named: "the contract", "den Arbeitsvertrag", "le contrat", "el contrato".
_DETERMINER: Final = (
    r"(?:the|your|my|our|this|den|das|der|ihren|ihr|euren|euer|deinen|dein|meinen|mein"
    r"|unseren|diesen|dieses|le|la|l'|votre|mon|ton|ce|cette|el|su|mi|tu|vuestro|vuestra"
    r"|este|esta|het|de|uw|mijn|jullie|je|dit|deze)"
)
_NAMED: Final = rf"{_DETERMINER} ?{_ADJ}{_JOB_PAPER}\b"
#: An e-signature service: "via DocuSign", "über DocuSign", "sur Yousign", "en Adobe Sign".
_TOOL: Final = (
    r"(?:via|through|on|in|with|uber|ueber|per|mit|sur|par|avec|por|en|con|op|met)"
    r" (?:docusign|docu sign|yousign|adobe sign|adobesign|hellosign|dropbox sign|pandadoc"
    r"|signnow|skribble|signrequest|validsign|zoho sign|oneflow|scrive|echosign)\b"
)
#: A word between the object and a German or Dutch participle: not a new noun phrase.
_GAP: Final = (
    r"(?:(?!(?:den|die|das|der|dem|des|ein\w*|kein\w*|nicht|noch|het|de|een|geen|niet|nog)\b)"
    r"[\w'-]+ )"
)
#: Signing done, with what was signed: named, a pronoun ("it"), or a service alone.
_SIGNED: Final = lazy_pattern(
    # en: "I've just signed the contract", "I signed it via DocuSign", "just signed ..."
    r"\b(?:i(?:'ve| have| had)?|we(?:'ve| have)?|just)(?: (?:just|now|already|finally"
    r"|officially|today|also|gone ahead and|electronically|digitally|read and|reviewed and"
    r"|e-?signed and))* (?:signed|e-?signed|countersigned)(?: and (?:returned|sent back"
    rf"|submitted))? (?:(?P<en>{_NAMED})|(?P<en_it>it|them)\b|(?P<en_tool>{_TOOL}))"
    rf"|\b(?P<en_is>{_NAMED}) (?:is|has been|was) (?:now |just |officially |all |fully )?signed\b"
    r"|\b(?P<en_its>it(?:'s| is| has been)) (?:now |all |officially )?signed\b"
    # de, nl: the participle last; "habe"/"heb" somewhere before it (checked below)
    rf"|\b(?:(?P<de>{_NAMED})|(?P<de_it>ihn|es|sie|het)\b|(?P<de_tool>{_TOOL})) {_GAP}{{0,6}}?"
    r"(?:unterschrieben|unterzeichnet|signiert|gegengezeichnet|getekend|ondertekend"
    r"|gesigneerd)\b(?! (?:zu|te) | zuruckzu)"  # "... unterschrieben zurückzuschicken"
    # fr: "j'ai signé le contrat", "je viens de signer ...", "je l'ai signé", "c'est signé"
    r"|\b(?:j'ai|nous avons|on a|je viens de|nous venons de|on vient de)(?: (?:bien|deja|enfin"
    r"|finalement|officiellement|electroniquement))* (?:signe|signer|contresigne)"
    rf" (?:(?P<fr>{_NAMED})|(?P<fr_tool>{_TOOL}))"
    r"|\b(?P<fr_it>(?:je|nous|on) (?:l'ai|l'avons|l'a|viens de l[ea]|venons de l[ea]"
    r"|vient de l[ea])(?: bien| deja| enfin)? (?:signee?|signer))\b"
    rf"|\b(?P<fr_is>{_NAMED}) (?:est|a ete) (?:bien |officiellement )?signee?\b"
    r"|\b(?P<fr_its>c'est) (?:officiellement |bien )?signe\b(?! (?:que|de|d'))"
    # es: "he firmado el contrato", "acabo de firmar ...", "ya lo he firmado", "ya lo firmé"
    r"|\b(?:(?:ya )?(?:he|hemos)(?: (?:por fin|hoy|ya))? firmado|(?:acabo|acabamos) de firmar"
    rf"|ya firme) (?:(?P<es>{_NAMED})|(?P<es_tool>{_TOOL}))"
    r"|\b(?P<es_it>ya l[oa] (?:firme|he firmado|hemos firmado)|l[oa] (?:he|hemos) (?:ya )?"
    r"firmado|l[oa] (?:acabo|acabamos) de firmar|(?:acabo|acabamos) de firmarl[oa])\b"
    rf"|\b(?P<es_is>{_NAMED}) (?:esta|ya esta|ha sido|queda) (?:ya )?firmad[oa]\b"
)
#: A German or Dutch perfect ("habe ... unterschrieben") or a state ("ist getekend").
_AUXILIARY: Final = lazy_pattern(r"\b(?:habe|hab|haben|hat|ist|wurde|heb|hebben|is|zijn)\b")
#: A plan, a wish or a condition before it: not done yet.
_NOT_YET: Final = lazy_pattern(
    r"\b(?:will|'ll|going to|gonna|plan|intend|shall|once|as soon as|when|before"
    r"|werde|werden|wird|mochte|kann|muss|soll|sobald|wenn|bevor"
    r"|vais|allons|va|compte|dois|pourrai|une fois|des que|quand|lorsque|avant"
    r"|voy a|vamos a|pienso|cuando|en cuanto|una vez|tan pronto|tengo que|debo|antes"
    r"|ga|gaan|zal|zullen|wil|moet|zodra|wanneer|voordat)\b"
)
#: Another employer's ("with another company") or not the job's ("for my new flat").
_ELSEWHERE: Final = lazy_pattern(
    r"^\W*(?:with|at|bei|chez|avec|con|bij) (?:another|a|an|einem|einer|einen|une|un|otr[oa]"
    r"|una?|een|ander\w*)\b"
    r"|^\W*(?:for|fur|pour|para|del?|voor) (?:the|my|our|a|die|meine|la|le|mon|ma|mi|el|het"
    r"|mijn|de) (?:new |neue |nouvel |nuevo |nieuwe )?(?:flat|apartment|house|home|lease"
    r"|rental|car|phone|gym|wohnung|haus|auto|appartement|logement|voiture|piso|casa|coche"
    r"|huis|woning)\b"
)
#: Where a sentence ends.
_SENTENCE: Final = lazy_pattern(r"[.!?;:]")


def contract_signed(folded: str) -> Iterator[re.Match[str]]:
    """Each place in ``folded`` (her own words) where she says she signed the job's paper."""
    for found in _SIGNED.finditer(folded):
        start = max((m.end() for m in _SENTENCE.finditer(folded, 0, found.start())), default=0)
        if _NOT_YET.search(folded, start, found.end()):
            continue
        if _ELSEWHERE.search(folded[found.end() : found.end() + 60]):
            continue
        if _OTHER_PAPER_WORD.search(found.group()):
            continue  # "het formulier getekend", "ihn ... und die NDA unterschrieben"
        kind = found.lastgroup or ""
        if kind.startswith(("de", "nl")) and not _AUXILIARY.search(folded, start, found.end()):
            continue  # "ihn unterschrieben zurückschicken" with no "habe": no perfect
        if kind.endswith(("_it", "_its", "_tool")) and not _stands_for_job_paper(
            folded[: found.start()]
        ):
            continue
        yield found


_JOB_PAPER_WORD: Final = lazy_pattern(rf"\b{_JOB_PAPER}\b")
_OTHER_PAPER_WORD: Final = lazy_pattern(_OTHER_PAPER)
_OTHERS_JOB: Final = lazy_pattern(
    r"\b(?:another|other|second|competing|a|an|andere[nmrs]?|einen?|autre|une?|otr[oa]|un"
    r"|ander[e]?|een) (?:[\w'-]+ )?$"
)


def _stands_for_job_paper(before: str) -> bool:
    """Whether the last paper named in ``before`` is the job's own (what "it" stands for)."""
    job = list(_JOB_PAPER_WORD.finditer(before))
    if not job:
        return False
    last = job[-1]
    if any(m.start() > last.start() for m in _OTHER_PAPER_WORD.finditer(before)):
        return False
    return _OTHERS_JOB.search(before[max(0, last.start() - 30) : last.start()]) is None
