"""The learned reader's offer, kept only where the text does not deny it. Pure.

"Eres nuestra candidata preferida, pero todavía no es una oferta ... te digo algo antes
del viernes 11" (tester round t43mx) and "the offer letter is in draft with legal" (tester
round u55sw) make no offer: a promise to answer, made sure by its date.

Moved out of ``core.intents`` (at its size limit) unchanged. Pure: no IO, no clock.
"""

from __future__ import annotations

from silence_watch.core.intent_phrases import NOT_AN_OFFER
from silence_watch.core.intents import phrase_hits
from silence_watch.core.language import fold
from silence_watch.core.model import Intent
from silence_watch.core.offers_in_making import offer_in_making


def denied_offer(leaning: str | None, text: str | None) -> str | None:
    """The reader's ``leaning``, or an acknowledgement where the text denies its offer.

    "Eres nuestra candidata preferida, pero todavía no es una oferta ... te digo algo antes
    del viernes 11": a promise to answer, made sure by its date (tester round t43mx).
    """
    if leaning != Intent.OFFER.value or not text:
        return leaning
    folded = fold(text)  # "the offer letter is in draft with legal" (u55sw): none made yet
    if NOT_AN_OFFER.search(folded) or (
        offer_in_making(folded) and Intent.OFFER not in phrase_hits(folded)
    ):
        return Intent.ACKNOWLEDGEMENT.value
    return leaning
