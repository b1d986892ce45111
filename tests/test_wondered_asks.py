"""Questions put as a wish to know, and asks in a subject the body points at (probe-asks7).

Sentences written for these tests, unlike the probe's own: a Rotterdam port operator, a
Lausanne watchmaker, a Valencia logistics firm, a Linz steelworks, a Cardiff housing trust.
Each shape comes with the near-misses that must keep their reading.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.subject_pointers import with_subject


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


WISHES = [
    # a wish to know something of hers
    ("I'd also like to know which notice period your contract has.", "request"),
    ("We're curious whether you'd consider a fixed-term start.", "request"),
    ("Mich würde zudem interessieren, welche Projekte Sie in Linz geleitet haben.", "request"),
    ("Ich wüsste gern noch, wann dein Vertrag ausläuft.", "request"),
    ("Nous aimerions savoir à partir de quelle date vous seriez libre.", "request"),
    ("Je serais curieuse de savoir ce que tu attends comme rémunération.", "request"),
    ("Nos gustaría conocer tu nivel de inglés, si no es molestia.", "request"),
    ("Quisiera saber si tienes carnet de carretilla elevadora.", "request"),
    ("We zijn erg benieuwd wanneer u zou kunnen starten.", "request"),
    ("Ik zou graag willen weten hoeveel uur je per week beschikbaar bent.", "request"),
    ("We're keen to hear which benefits matter most to you.", "request"),
    ("Interessant wäre zudem, ob du Schichtdienst gewohnt bist.", "request"),
    ("Graag hoor ik nog welke opzegtermijn u heeft.", "request"),
    # a use in knowing
    ("It'd be useful to know roughly what salary you're targeting.", "request"),
    ("Es wäre für uns wichtig zu wissen, ob Sie einen Führerschein haben.", "request"),
    ("Il nous serait précieux de connaître vos attentes salariales.", "request"),
    ("Sería muy útil saber si podrías viajar a Madrid una vez al mes.", "request"),
    ("Het zou ons helpen te weten of u in het bezit bent van een VCA-diploma.", "request"),
    # Austrian, and her salary or start asked as a plain question (stop 45)
    ("Uns tät noch interessieren, ab wann du frei wärst.", "request"),
    ("Wie hoch wäre denn Ihre ungefähre Gehaltsvorstellung für die Stelle?", "request"),
    ("Und was wäre dein frühester Starttermin?", "request"),
]

NEAR_MISSES = [
    # nothing of hers is asked: the wish is about the team, the project, themselves
    ("I'd love to know how the harbour project turns out.", "other"),
    ("Mich würde interessieren, wie das Team das sieht.", "other"),
    ("J'aimerais savoir ce que la direction en pense.", "other"),
    ("Me gustaría saber qué opina el director del área.", "other"),
    ("Ik ben benieuwd wat de manager ervan vindt.", "other"),
    ("Ik hoor graag van je.", "other"),
    # her salary named, not asked: their answer to it
    ("Ihre Gehaltsvorstellung liegt leider über unserem Budget.", "other"),
]


@pytest.mark.parametrize(("text", "intent"), WISHES + NEAR_MISSES)
def test_a_wish_to_know_something_of_hers_asks_her(text: str, intent: str) -> None:
    """"J'aimerais savoir quel est votre préavis" asks her; a wish about others does not."""
    assert _reading(text) == intent


_LONGER = "Hi Asha, thanks for the chat today. I will write to the panel and come back to you."


@pytest.mark.parametrize(
    ("subject", "body", "read"),
    [
        ("Re: Cardiff role - your earliest start date?", "Hi, see subject. Thanks!",
         "Cardiff role - your earliest start date?\n\nHi, see subject. Thanks!"),
        ("AW: Ihre Verfügbarkeit?", "wie im Betreff, danke",
         "Ihre Verfügbarkeit?\n\nwie im Betreff, danke"),
        ("Re: Entrevista", "Gracias por tu tiempo ayer.", "Gracias por tu tiempo ayer."),
        ("Re: Thesis", "The subject of your thesis is fascinating.",
         "The subject of your thesis is fascinating."),
        # a fresh subject over a few words is the message; a reply's is mostly hers
        ("Earliest start date?", "Cheers, Mo", "Earliest start date?\n\nCheers, Mo"),
        ("Re: Earliest start date?", "Cheers, Mo", "Cheers, Mo"),
        ("Your start date", _LONGER, _LONGER),
    ],
)
def test_a_body_that_points_at_its_subject_is_read_with_it(subject: str, body: str,
                                                          read: str) -> None:
    """"see subject" puts the subject in front of the body; a mere mention does not."""
    assert with_subject(subject, body) == read


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Warehouse lead - what is your notice period?", "Hi Asha,\n\nsee subject :)\n\nMo"),
        ("Wat is uw opzegtermijn?", "Goedemiddag,\n\nzie onderwerp. Alvast bedankt!\n\nPieter"),
        ("¿Tu banda salarial?", "Hola, te escribo por lo del asunto. ¡Gracias!\n\nLuz"),
        ("Uw opzegtermijn?", "Alvast bedankt!\nPieter"),
    ],
)
def test_an_ask_in_the_subject_they_point_at_is_a_request(subject: str, body: str) -> None:
    """"zie onderwerp. Alvast bedankt!" under "Wat is uw opzegtermijn?" asks her: no thanks."""
    message = Message(
        message_id="ask-1@port.example", date=datetime(2026, 12, 8, 9, 30, tzinfo=UTC),
        sender=Address("Mo Reyes", "mo.reyes@port.example"), subject=subject, body=body,
    )  # fmt: skip
    assert classify_message(message, load_intent_reader()).intent is Intent.REQUEST
