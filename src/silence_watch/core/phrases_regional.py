"""Promises to be in touch in regional words, in en, fr and nl (tester round u48rg).

The standard forms are in ``core.phrases_process``; these are how people in Australia,
Britain, Québec and Flanders say the same: "I'll give you a bell this arvo", "we'll give
you a buzz on Tuesday" (a call), the Québec "on vous revient d'ici mardi" ("revenir à
quelqu'un", to get back to someone, without "vers"), and the Flemish "ge hoort van ons
tegen vrijdag" ("ge", "gij" for "je"). Words of hers are none: "give me a bell", "je
reviens de vacances". Data only (``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ACK, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

REGIONAL_PHRASES: Final[tuple[Row, ...]] = (
    (ACK, STRONG, "they will be in touch", _rx(
        # en: a bell, a buzz, a shout, a tinkle are a call
        r"\b(?:i'll|i will|we'll|we will|will) (?:_W_)?give (?:you|u) a (?:quick )?(?:bell|buzz"
        r"|shout|tinkle|call|ring)\b",
        # fr (Québec): "on vous revient", "je te reviens", "nous vous revenons d'ici mardi"
        r"\b(?:on|je|nous) (?:vous|te) (?:revient|reviendra|reviens|reviendrai|revenons"
        r"|reviendrons)\b",
        # nl (Flanders): "ge hoort van ons", "gij krijgt bericht"
        r"\b(?:ge|gij) (?:hoort|krijgt|ontvangt) _W_{0,5}?(?:van (?:ons|me|mij)|bericht|antwoord"
        r"|reactie|uitsluitsel)\b",
    )),
)
