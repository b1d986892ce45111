"""An agency's ban on the client, and its promise of what it will not do itself (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.config.templates import load_templates
from silence_watch.core.compose import Voice, compose
from silence_watch.core.conversation import recipient_for, through_agency
from silence_watch.core.language import Tongue
from silence_watch.core.model import (
    Action,
    Agency,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.through_agency import ASKS, agency_request

RUNA = Contact("Runa Vestergaard", "runa@kestrelsearch.example")
CLIENT = "piet.molenaar@ostravelde.example"
ROUND = datetime(2026, 11, 4, 10, 0, tzinfo=UTC)
OSTRAVELDE = Interview(
    id=7, company="Ostravelde Foods", role="Category Manager", date=ROUND,
    contacts=(Contact("Piet Molenaar", CLIENT),), domains=("ostravelde.example",),
    agency=Agency(name="Kestrel Search", contacts=(RUNA,)),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # en: British shorthand, no "contact" and no "directly" after the verb
        "Quick favour - don't go directly to the hiring team at Corvane, I'll handle them.",
        "Please don't chase the client yourself; I'm seeing them Thursday anyway.",
        "All correspondence with Ferrow via me, please, it's a confidential brief.",
        "Whatever happens, please don't go around me to the panel.",
        # fr: "relancer", and its pronoun before the verb
        "Je vous demande de ne pas les relancer de votre côté, je m'en charge.",
        "Surtout, ne les relancez pas : le comité se réunit lundi.",
        "Merci de ne pas appeler quiconque chez Orvalis avant notre point.",
        # es: the object pronoun between "no" and the verb, and a ban with no verb
        "Te pido que no la llames directamente, yo hablo con ellos cada semana.",
        "Cualquier contacto con la empresa, por medio de nosotros.",
        # in German with beim and nachfragen
        "Bitte nicht direkt beim Kunden nachfragen, das übernehme ich.",
        # in Dutch with benaderen
        "Wil je de opdrachtgever niet rechtstreeks benaderen? Dat loopt via mij.",
        # a promise of ours and a ban on her in one sentence: the ban is read
        ("We won't contact your current employer, but please don't contact the client"
         " directly either."),
        "Wir bitten Sie, keinen direkten Kontakt zu Ostravelde aufzunehmen.",
        "Wir bitten Sie keinen direkten Kontakt zu Ostravelde aufzunehmen.",
        "Le rogamos que no contacte directamente con la dirección de la empresa.",
        # her side named beside the client is still the client's ban
        "Please don't contact the client or your referees directly until we've spoken.",
    ],
)
def test_a_ban_on_the_client_in_other_words_is_read(text: str) -> None:
    """Tester round u41ag: "go direct", "relancer", "no los contacte" ask her to keep away."""
    assert agency_request(text) == ASKS


@pytest.mark.parametrize(
    "text",
    [
        # en: what the agency itself will not do
        "We never contact your referees directly until there's an offer on the table.",
        "Just so you know, we never contact the client directly on a candidate's behalf.",
        # de
        ("Wir werden selbstverständlich keinen direkten Kontakt zu Ihren Referenzgebern"
         " aufnehmen, solange Sie nicht zustimmen."),
        ("Keine Sorge wegen Ihrer Chefin: wir nehmen keinen direkten Kontakt zu Ihrer"
         " jetzigen Firma auf."),
        # fr
        "Nous nous engageons à ne pas contacter directement votre employeur actuel.",
        # es
        ("Nos comprometemos a no contactar directamente con su empleador actual sin su"
         " permiso."),
        # nl
        "Wij nemen geen rechtstreeks contact op met je huidige werkgever.",
        # a ban that keeps her from her own side, not from the client
        "Please don't contact your referees directly, our compliance team does that.",
        # "direct" as "at once" in Dutch
        "Je hoeft me niet direct te bellen, mailen is ook goed.",
    ],
)
def test_the_agencys_own_restraint_asks_nothing_of_her(text: str) -> None:
    """Tester round u41ag: "wir nehmen keinen direkten Kontakt zu Ihrem Arbeitgeber auf"."""
    assert agency_request(text) == ""


def _agency_said(text: str) -> TimelineEntry:
    return TimelineEntry(
        at=datetime(2026, 10, 30, 9, 0, tzinfo=UTC), direction=Direction.INBOUND,
        kind=MessageKind.HUMAN, sender=RUNA.email, sender_name=RUNA.name,
        message_id="runa-1@kestrelsearch.example", intent=Intent.NEXT_STEP,
        through_agency=agency_request(text),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "offer"),
    [("en", "Don't go direct to Piet, all comms via me.", "follow up with them directly"),
     ("fr", "Merci de ne pas relancer M. Molenaar de votre côté.", "relancer directement"),
     ("es", "Le ruego que no los contacte directamente.", "les escribo yo directamente"),
     ("de", "Bitte nicht direkt beim Kunden nachfragen.", "frage auch gern selbst direkt"),
     ("nl", "Wil je Piet niet rechtstreeks mailen?", "neem ook graag zelf contact")],
)  # fmt: skip
def test_once_asked_the_check_in_offers_no_direct_chase(
    language: str, text: str, offer: str
) -> None:
    """The check-in never offers to write to the client, and the follow-up goes to the agency."""
    voice = Voice("Lena Haraldsen", load_templates(None), UTC)
    asked = [_agency_said(text)]
    assert through_agency(OSTRAVELDE, asked)
    follow_up = recipient_for(Action.FOLLOW_UP, OSTRAVELDE, asked)
    assert follow_up is not None
    assert follow_up.email == RUNA.email
    draft = compose(Action.AGENCY_CHECK_IN, OSTRAVELDE, asked, voice=voice, recipient=RUNA,
                    tongue=Tongue(language))  # fmt: skip
    assert offer not in draft.body
    # the same mail without the ask offers it: the check above can fail
    free = [_agency_said("Good luck on Wednesday!")]
    assert not through_agency(OSTRAVELDE, free)
    draft = compose(Action.AGENCY_CHECK_IN, OSTRAVELDE, free, voice=voice, recipient=RUNA,
                    tongue=Tongue(language))  # fmt: skip
    assert offer in draft.body
