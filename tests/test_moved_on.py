"""A person who has left the company and asks for something: no news for the process."""

from __future__ import annotations

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.model import Intent
from silence_watch.core.moved_on import asked_after_leaving
from test_brushoffs import reply  # a person's short reply to the candidate


@pytest.mark.parametrize(
    "body",
    [
        # tester round t61rv: read as a next step, the Oakhurst follow-ups stopped for good
        ("Hi Jordan, a bit of news: Friday was my last day at Oakhurst, and as of this morning"
         " I'm Head of Talent at Thistlewood. Priya is the best person to ask about where"
         " things stand. Separately: would you be up for a 20-minute chat this week?"),
        ("Hallo Jordan, kurze Info: ich bin nicht mehr bei der Firma Kessler, seit Montag"
         " arbeite ich bei Nordlicht. Hätten Sie Lust auf ein kurzes Telefonat nächste Woche?"),
        ("Bonjour Jordan, j'ai quitté Ardenval fin octobre. Seriez-vous disponible pour un café"
         " la semaine prochaine ? J'aimerais vous présenter mon nouveau projet."),
        ("Hola Jordan: ya no trabajo en Solvane, ahora estoy en Brisa. ¿Podrías enviarme tu CV"
         " actualizado? Tengo algo que te puede interesar."),
        ("Hoi Jordan, vrijdag was mijn laatste dag bij Zeeburg. Heb je volgende week tijd voor"
         " een kort gesprek over een rol bij mijn nieuwe werkgever?"),
    ],
)
def test_a_leaver_s_ask_is_certain_other(body: str) -> None:
    """Her ask is her new company's: "other", surely, so the waiting goes on."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.OTHER
    assert found.confidence == 1.0


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # leaving soon: still the company speaking (tester round t44hx)
        ("This Friday is my last day; Ines will send you times for the final round.",
         Intent.NEXT_STEP),
        # a decision or a promise passed on by a leaver stays what it is
        ("I've left Oakhurst, but before I went the team decided not to proceed.",
         Intent.REJECTION),
        ("Friday was my last day; Graham promised an answer by the 3rd.", Intent.ACKNOWLEDGEMENT),
        # nobody left: an ask is an ask
        ("Could you send me two times that work next week?", Intent.REQUEST),
        ("I've left you a voicemail - could you call me back?", Intent.REQUEST),
        ("I left early on Friday, sorry! Could you send the slides again?", Intent.REQUEST),
        ("Yesterday was my last day of the holidays; can we talk on Monday?", Intent.NEXT_STEP),
        ("Ich habe mich darauf verlassen, dass Sie uns Termine schicken. Passt Montag?",
         Intent.NEXT_STEP),
    ],
)  # fmt: skip
def test_only_a_departure_made_turns_an_ask_into_other(text: str, intent: Intent) -> None:
    """The step itself, on the intent it is given: only an ask after a departure changes."""
    reasons: list[str] = []
    found, _ = asked_after_leaving(text, intent, 0.9, reasons)
    assert found is intent
    assert reasons == []
