"""An offer said to stand after her counter-offer was turned down (probe-noes10).

"I'm afraid we can't stretch to 70k for this band, but the offer at 65k stands": a no to
what she asked for, and the offer kept. The rules knew "the offer stands" only with nothing
between the two words, and read her deadline ("let me know by Friday") as a request; in
German, French, Spanish and Dutch they read nothing of the offer at all ("unser Angebot
über 72.000 € gilt aber selbstverständlich weiterhin", "notre proposition à 52 k€ reste
valable", "la oferta de 42.000 € sigue en pie", "ons aanbod van 4.500 staat nog steeds").
The offer is what she must answer: a strong offer, which outranks the ask beside it.

Never an offer taken back or a meeting's time kept: no word of "no longer", "nicht mehr",
"plus", "ya no", "niet meer" and no meeting between the offer and its verb ("ma
proposition de rendez-vous reste valable" is no offer).

Data only (see ``core.phrase_rows``); ``core.intents`` decides. Pure: no IO, never reads
the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import OFFER, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Up to six words between the offer and its verb ("at 65k", "über 72.000 €", "de 42.000
#: €"), none of them a negation or a meeting (folded).
_BETWEEN: Final = (
    r"(?: (?!(?:no|not|never|longer|nicht|kein\w*|nie|mehr|plus|pas|jamais|ya|nunca|niet|geen"
    r"|meer|nooit|rendez-vous|entretien|creneau|date|call|meeting|interview|gesprek|gesprach"
    r"|termin|entrevista|reunion|cita|time|slot)\b)(?!\S*n't\b)\S+){0,6}?"
)

STANDING_OFFER_PHRASES: Final[tuple[Row, ...]] = (
    (OFFER, STRONG, "the offer stands", _rx(
        # "the offer at 65k stands", "our offer of $92,000 still stands", "remains on the table"
        rf"\b(?:the|our|my|that|this) offer{_BETWEEN} (?:still )?(?:stands|holds|remains (?:on"
        r" the table|open|valid|in place)|is still (?:on the table|open|valid|there))\b",
        # "unser Angebot über 72.000 € gilt aber selbstverständlich weiterhin", "bleibt bestehen"
        rf"\b(?:unser|das|mein) (?:angebot|vertragsangebot|gehaltsangebot){_BETWEEN}"
        r" (?:gilt|bleibt|steht)(?: (?!nicht\b)\S+){0,2}? (?:weiterhin|nach wie vor|bestehen"
        r"|aufrecht|unverandert|naturlich)\b",
        # "notre proposition à 52 k€ reste valable", "l'offre tient toujours"
        rf"\b(?:notre|l'|cette|ma|mon) ?(?:offre|proposition){_BETWEEN} (?:reste|demeure|tient)"
        r"(?: (?!pas\b|plus\b)\S+){0,2}? (?:valable|d'actualite|sur la table|ouverte|toujours"
        r"|inchangee)\b",
        # "la oferta de 42.000 € sigue en pie", "nuestra propuesta se mantiene"
        rf"\b(?:la|nuestra|mi) (?:oferta|propuesta){_BETWEEN} (?:sigue|se mantiene|continua"
        r"|esta|queda)(?: (?!no\b)\S+){0,2}? (?:en pie|vigente|sobre la mesa|abierta|valida"
        r"|en firme)\b",
        r"\b(?:la|nuestra|mi) oferta (?:(?!no\b)\S+ ){0,6}?se mantiene\b",
        # "ons aanbod van 4.500 staat nog steeds", "het aanbod blijft gewoon staan"
        rf"\b(?:ons|het|mijn) (?:aanbod|bod){_BETWEEN} (?:staat|blijft|geldt)(?: (?!niet\b)\S+)"
        r"{0,2}? (?:nog steeds|nog altijd|staan|geldig|overeind|onverminderd)\b",
    )),
)
