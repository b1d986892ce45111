"""A reply they aim to send within a time, in en, de, fr, es, nl (probe-dates5).

ATS and HR templates promise their answer as an aim: "Wij streven ernaar u binnen 2
werkdagen een reactie te sturen", "we aim to respond within five working days", "wir sind
bemüht, Ihnen innerhalb einer Woche zu antworten", "nous nous efforçons de vous répondre
sous 48 heures", "procuramos responder en un plazo de 10 días". The phrase rules heard
none of them, and the learned reader, unsure, called the first a pause: its day was kept
as the day to pick the process up, not as a promise. Her aim is none: "I aim to reply
by Friday" (the candidate's own words are never read here), "please aim to send it".
Data only (``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ACK, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

AIMED_REPLY_PHRASES: Final[tuple[Row, ...]] = (
    (ACK, STRONG, "they aim to answer within a time", _rx(
        # en: "we aim to respond within", "we endeavour to reply to all applicants within"
        r"\bwe (?:aim|endeavou?r|strive|try) to (?:respond|reply|get back|come back|revert)\b",
        # de: "wir sind bemüht, Ihnen ... zu antworten", "wir bemühen uns, ... zu melden"
        r"\bwir (?:sind bemuht|bemuhen uns),? _W_{0,8}?(?:zu (?:antworten|melden)"
        r"|(?:eine )?(?:antwort|ruckmeldung) zu geben)\b",
        # fr: "nous nous efforçons de vous répondre", "nous nous engageons à vous répondre"
        r"\bnous nous (?:efforcons|engageons|attachons) (?:de|a) vous (?:repondre|recontacter"
        r"|faire (?:un )?retour)\b",
        # es: we try to answer ("procuramos responder"), we commit to it ("nos comprometemos")
        r"\b(?:procuramos|intentamos|nos comprometemos a) (?:responder(?:le|te)?|contestar"
        r"|dar(?:le|te) (?:una )?respuesta)\b",
        # nl: they strive to reply, "wij streven ernaar u binnen 2 werkdagen een reactie te sturen"
        r"\b(?:wij|we) streven (?:ernaar|er naar) (?:om )?_W_{0,6}?(?:te (?:antwoorden"
        r"|reageren)|(?:een )?(?:reactie|antwoord|bericht) te (?:sturen|geven))\b",
    )),
)
