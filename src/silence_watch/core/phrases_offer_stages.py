"""Phrases of an offer in its stages: relayed, confirmed in writing, taken back (five languages).

Data only (see ``core.phrase_rows`` for how a row is written); ``core.intents`` decides,
and ``core.offer_denials`` keeps a denied one from counting ("we are not withdrawing the
offer", "todavía no puedo confirmarte la oferta"). Tester round u43of:

- an offer passed on by the agency, or by the one who made it on the phone, in words the
  older rows did not know: "Ze doen je een aanbod van € 4.350 bruto per maand", "te
  confirmo por escrito la oferta para el puesto", "I'm writing to confirm our offer",
  "je vous confirme par écrit notre proposition", "hiermit bestätige ich Ihnen unser
  Angebot", "ik bevestig je hierbij schriftelijk ons aanbod";
- an offer taken back in more of its forms: "nous sommes contraints de retirer notre
  proposition", "we have to rescind the conditional offer", "wir ziehen unser Angebot
  zurück", "tenemos que retirar la propuesta", "we trekken ons aanbod in". Its reason is
  ``WITHDRAWN``: the door is closed, never a pause (``core.reading_corrections.withdrawn``),
  and it outranks the offer its own words name ("retirer notre proposition d'embauche").

Patterns are written for folded text (``core.language.fold``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.offer_lookalikes import JOB_IS_YOURS
from silence_watch.core.phrase_rows import OFFER, REJECTION, STRONG, WITHDRAWN, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: The reason of an offer confirmed in writing or passed on.
CONFIRMED: Final = "they confirm or pass on an offer"

#: Adjectives an offer may carry between its article and its noun (folded).
_KIND: Final = (
    r"(?:(?:conditional|provisional|verbal|written|formal|job|employment|current|original)"
    r" ){0,2}"
)
#: The offer's nouns, five languages (folded), with what a French or Spanish one may add.
_FR_OFFER: Final = r"(?:proposition|promesse|offre)(?: d'(?:embauche|emploi|engagement))?"
_ES_OFFER: Final = r"(?:oferta|propuesta)(?: (?:de (?:empleo|trabajo|contratacion)|laboral))?"
_DE_OFFER: Final = r"(?:angebot|stellenangebot|jobangebot|vertragsangebot|arbeitsangebot|zusage)"
_NL_OFFER: Final = r"(?:aanbod|aanbieding|arbeidsvoorstel|contractvoorstel)"
#: Not the job's: a proposal of a time, a date or a meeting ("notre proposition de créneau").
_NOT_THE_JOB: Final = (
    r"(?! (?:de|d'|voor|fur|for|of) ?(?:creneaux?|rendez-vous|dates?|entretien|horarios?"
    r"|fechas?|entrevista|reunion|termin|tijd|datum|gesprek|interview|call|meeting))"
)

OFFER_STAGE_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, WITHDRAWN, _rx(
        rf"\b(?:withdraw|withdrawing|rescind|rescinding|retract|retracting|revoke|revoking|pull"
        rf"|pulling) (?:the|our|your|this|my|that) {_KIND}offer\b",
        rf"\b(?:retirer|retirons|retire|annuler|annulons) (?:notre|l'|la|cette) ?{_FR_OFFER}\b"
        rf"{_NOT_THE_JOB}",
        rf"\b{_FR_OFFER} _W_{{0,2}}(?:est|a ete|doit etre) (?:retiree|annulee)\b",
        rf"\b(?:(?:ziehen|ziehe) (?:wir|ich)|(?:wir|ich) (?:ziehen|ziehe)) (?:_W_){{0,3}}?"
        rf"(?:unser|unsere|das|die|ihr|ihre|dein|deine) {_DE_OFFER} (?:_W_){{0,5}}?zuruck\b",
        rf"\b{_DE_OFFER} (?:ziehen|ziehe|muss|mussen|musste|mussten) (?:wir|ich) (?:_W_){{0,5}}?"
        r"zuruck(?:ziehen|nehmen)?\b",
        rf"\b{_DE_OFFER} _W_{{0,3}}(?:zuruckziehen|zuruckzuziehen|zuruckgezogen|zurucknehmen"
        r"|zuruckgenommen|widerrufen)\b",
        rf"\b(?:retirar|retiramos|retiro|anular|anulamos|cancelar|cancelamos|revocar|revocamos)"
        rf" (?:la|nuestra|esta) {_ES_OFFER}\b{_NOT_THE_JOB}",
        rf"\b{_ES_OFFER} _W_{{0,2}}(?:ha sido|fue|queda) (?:retirada|anulada|revocada)\b",
        rf"\b(?:trekken|trek) (?:we|wij|ik) (?:_W_){{0,3}}?(?:ons|het|de|dit|mijn|jullie)"
        rf" {_NL_OFFER} (?:_W_){{0,3}}?in\b",
        rf"\b{_NL_OFFER} _W_{{0,3}}(?:intrekken|ingetrokken|terugtrekken|teruggetrokken"
        r"|terugnemen|teruggenomen)\b",
    )),
    (OFFER, STRONG, CONFIRMED, _rx(
        # confirmed in writing, after a call
        rf"(?<!please )\b(?:confirm|confirming) (?:in writing |formally )?(?:the|our) {_KIND}offer"
        r"\b(?! (?:of|for) (?:a|an|the) (?:\w+ )?(?:interview|call|meeting|chat))",
        r"\b(?:te|le|os|les) (?:confirmo|confirmamos) (?:por escrito |formalmente |oficialmente )?"
        r"(?:la|nuestra) (?:oferta|propuesta)\b(?! de (?:entrevista|reunion))",
        r"\bconfirmar(?:te|le|os) (?:por escrito |formalmente |oficialmente )?(?:la|nuestra)"
        r" (?:oferta|propuesta)\b(?! de (?:entrevista|reunion))",
        r"\b(?:bestatige|bestatigen) (?:ich |wir )?(?:ihnen|dir|euch) (?:hiermit |gerne |gern )?"
        r"(?:auch )?(?:schriftlich |offiziell )?(?:unser|das) (?:stellen|job|vertrags)?angebot\b",
        r"\b(?:je|nous) (?:vous|te) confirm(?:e|ons) (?:par (?:ecrit|la presente|ce (?:mail"
        r"|message)) |officiellement )?(?:notre|l'|la) ?(?:offre|proposition)\b"
        r"(?! (?:d'entretien|de rendez-vous))",
        r"\b(?:(?:bevestig|bevestigen) (?:ik|we|wij)|(?:ik|we|wij) (?:bevestig|bevestigen))"
        r" (?:je|jou|u|jullie) (?:hierbij )?(?:graag )?"
        r"(?:schriftelijk |officieel )?(?:ons|het) (?:aanbod|arbeidsvoorstel)\b",
        # passed on by an agency: "they're making you an offer", "Ze doen je een aanbod"
        r"\b(?:doen|doet) (?:je|jou|u|jullie) (?:graag )?(?:een|het) (?:_W_)?aanbod\b",
        r"\b(?:maken|maakt) (?:je|jou|u) (?:graag )?een (?:_W_)?aanbod\b",
        # attached, as "anbei unser Vertragsangebot": "Bijgaand ons aanbod", "in de bijlage
        # vind je ons arbeidsvoorstel" (probe-dates10)
        r"\b(?:bijgaand|in de bijlage)(?: (?:vind|vindt|tref|treft) (?:je|jij|u)(?: aan)?)?"
        r" (?:ons|het|mijn) (?:schriftelijke? |definitieve? |officiele? )?(?:aanbod|arbeidsvoorstel"
        r"|contractvoorstel)\b(?! (?:van|voor) (?:cursussen|trainingen|workshops))",
        # "Te adjunto la oferta" (never the job ad, "la oferta de empleo a la que te postulaste")
        r"\b(?:te|le|os) (?:adjunto|adjuntamos|remito|remitimos) (?:la|nuestra) (?:oferta"
        r"|propuesta)\b(?! (?:de (?:empleo|trabajo|entrevista|reunion)|a la que|publicada)\b)",
        r"\b(?:macht|machen|unterbreitet|unterbreiten) (?:ihnen|dir|euch) (?:gerne |gern )?"
        r"(?:ein|das|ihr) (?:_W_)?(?:angebot|vertragsangebot|stellenangebot)\b",
        r"\b(?:vous|te) (?:font|fait|faisons) une (?:_W_)?(?:offre|proposition) d'(?:embauche"
        r"|emploi)\b|\b(?:vous|te) (?:font|fait) une (?:_W_)?offre\b",
        r"\b(?:te|le) (?:hacen|hace|hacemos) (?:llegar )?una (?:_W_)?(?:oferta|propuesta)"
        r"\b(?! de (?:entrevista|reunion))",
    )),
    # the job is hers, said as a winner is told (``offer_lookalikes.JOB_IS_YOURS``)
    (OFFER, STRONG, "they tell you the job is yours", _rx(*JOB_IS_YOURS)),
)
