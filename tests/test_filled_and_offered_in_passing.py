"""A seat filled by the client, a Dutch offer "hierbij", and their near-misses (stop 49).

Two readings a helper's fresh sets found wrong after their fixes: an agency's "the client
filled the seat with someone from their contractor pool", beside "I'll ping you if
anything similar lands", was a promise to come back (the blend 0.78 sure: a nudge would
have gone to a recruiter who had said no); "Hierbij ons aanbod voor de functie" was
nothing to the rules (an offer only the learned reader heard, asked about). Sentences
written for these tests, unlike the probe lines.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # the client or the company filled it, in the simple past: the no
    (("Quick heads-up: the company filled the role with a contractor they already knew. I'll"
      " keep an eye out for similar briefs."), "rejection"),
    ("Sadly the employer just filled the post with an internal move. Speak soon.", "rejection"),
    (("Bad news I'm afraid, the client had already filled the vacancy when your CV reached"
      " them."), "rejection"),
    # ... never one still to fill
    ("We are still looking to fill the seat and will come back to you by Friday.",
     "acknowledgement"),
    # "hierbij" with the offer: the offer
    (("Beste Jordan, hierbij mijn officiële aanbod: 4.100 euro bruto per maand en een"
      " vast contract. Laat je voor vrijdag weten of je akkoord gaat?"), "offer"),
    ("Hoi Jordan, hierbij het contractaanbod, zoals besproken aan de telefoon.", "offer"),
    # ... never an offer to do something
    ("Hierbij ons aanbod om je reiskosten voor het gesprek van dinsdag te vergoeden.",
     "other"),
]


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_filled_seats_and_offers_read_as_written(text: str, intent: str) -> None:
    """A seat the client filled is a no; an offer "hierbij" is one, never an offer to help."""
    assert _reading(text) == intent
