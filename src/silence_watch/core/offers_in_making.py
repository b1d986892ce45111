"""An offer still being written or approved: a promise of news, not an offer yet. Pure.

"Ich bereite gerade ein Vertragsangebot vor. Das muss allerdings noch von der
Geschäftsführung und vom Betriebsrat freigegeben werden ... Ich melde mich bis Freitag, den
18. Dezember - so oder so" (tester round u55sw) was read as an offer for its noun
"Vertragsangebot": the process became an offer, and the other employers would have been
told of one she did not have. The same in every language: "the offer letter is in draft
with legal", "we're putting together an offer package for approval", "je prépare une
proposition d'embauche, elle doit encore être validée", "estamos preparando la carta
oferta", "het aanbod wordt nog opgesteld".

Only an offer phrase that is the papers in the making gives way ("offer letter",
"Vertragsangebot", "proposition d'embauche" inside "la proposition d'embauche est en cours
de rédaction"): an offer said beside them ("we'd like to offer you the role, subject to
approval by the committee; the letter is being drafted") is an offer made, pending or not
(scenario t17of-offer-subject-to-committee-letter-late). A word that it is not made yet
must stand somewhere (approval, legal, "either way", "so oder so", "next week" ...).

The words are folded (``core.language.fold``): lower case, no accents.
Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: The papers of an offer (folded), five languages.
_PAPERS: Final = (
    r"(?:offer|offer letter|offer package|formal offer|written offer|offer paperwork|contract"
    r"|angebot|vertragsangebot|arbeitsvertrag|vertrag|vertragsentwurf|stellenangebot"
    r"|proposition(?: d'embauche| d'emploi)?|offre(?: d'emploi| formelle)?|promesse d'embauche"
    r"|lettre d'offre|contrat(?: de travail)?|oferta(?: formal| de empleo)?|carta oferta"
    r"|carta de oferta|propuesta|contrato|aanbod|contractvoorstel|arbeidsovereenkomst"
    r"|arbeidscontract|contract|voorstel)"
)
#: Someone still writing or approving them, in the words each language uses.
_IN_MAKING: Final = lazy_pattern(
    # en: "putting together an offer", "the offer letter is in draft with legal"
    r"\b(?:preparing|putting together|pulling together|drafting|writing up|working on)"
    rf" (?:an?|the|your) (?:\w+ )?{_PAPERS}\b"
    rf"|\b{_PAPERS} (?:is|are|'s) (?:still |currently |now )?(?:in draft|being (?:drafted"
    r"|prepared|put together|written|approved)|in the works|awaiting (?:sign-?off|approval))\b"
    # de: "ich bereite gerade ein Vertragsangebot vor", "das Angebot ist in Vorbereitung"
    rf"|\b(?:bereite|bereiten|bereitet) (?:\w+ ){{0,3}}?(?:ein|das|ihr|unser|dein)e?n?"
    rf" {_PAPERS} vor\b"
    rf"|\b{_PAPERS} (?:ist|wird) (?:\w+ ){{0,2}}?(?:in vorbereitung|vorbereitet|erstellt"
    r"|aufgesetzt|in (?:der )?(?:abstimmung|freigabe))\b"
    # fr: "je prépare une proposition d'embauche", "en cours de rédaction"
    rf"|\b(?:je |nous )?(?:prepare|preparons|redige|redigeons|suis en train de preparer)"
    rf" (?:une|la|notre|votre|ta) {_PAPERS}\b"
    rf"|\b{_PAPERS} (?:est )?(?:en cours de (?:redaction|preparation|validation)"
    r"|en preparation)\b"
    # es: "estamos preparando la carta oferta", "la oferta está en borrador"
    rf"|\b(?:preparando|redactando|elaborando) (?:la|una|tu|su|nuestra) {_PAPERS}\b"
    rf"|\b{_PAPERS} (?:esta )?(?:en borrador|en preparacion|en elaboracion|en redaccion)\b"
    # nl: "het aanbod wordt nog opgesteld", "ik ben je contract aan het opstellen"
    rf"|\b{_PAPERS} (?:wordt|worden) (?:\w+ ){{0,2}}?(?:opgesteld|voorbereid|opgemaakt)\b"
    rf"|\b(?:een|het|je|jouw|uw|ons) {_PAPERS} aan het (?:opstellen|voorbereiden|maken)\b",
    grouped=True,
)
#: ... and not yet given: a word that nothing is decided or binding, or that it comes later.
_NOT_YET: Final = lazy_pattern(
    r"\b(?:approv\w*|sign-?off|sign off|legal|committee|nothing (?:is )?(?:final|binding"
    r"|official)|either way|one way or (?:the )?other|next week|coming your way"
    r"|freigegeben|freigabe|genehmig\w*|betriebsrat|nichts verbindliches|so oder so"
    r"|valid\w*|comite|rien (?:de )?(?:definitif|officiel)|dans un sens ou dans l'autre"
    r"|aprobaci\w*|aprob\w*|comite|nada (?:definitivo|oficial)|en un sentido u otro"
    r"|goedkeuring|goedgekeurd|akkoord|nog niets (?:definitiefs|officieels)|hoe dan ook"
    r"|volgende week|la semaine prochaine|nachste woche|la semana que viene"
    r"|la proxima semana)\b"
)


def in_making(folded: str, start: int, end: int) -> bool:
    """True when the offer phrase at ``folded[start:end]`` names papers still in the making."""
    if _NOT_YET.search(folded) is None:
        return False
    return any(found.start() < end and start < found.end() for found in _IN_MAKING.finditer(folded))


def offer_in_making(folded: str) -> bool:
    """True when ``folded`` says an offer is still being written or approved."""
    return _IN_MAKING.search(folded) is not None and _NOT_YET.search(folded) is not None
