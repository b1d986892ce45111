"""The person an invitation names as the one met comes before the recruiter who booked it."""

from __future__ import annotations

import pytest

from silence_watch.core.interviewers import interviewers_first
from silence_watch.core.model import Address

LUKAS = Address("Brandt, Lukas (NW-HR Shared Services)", "lukas.brandt@nordwerk-gruppe.example")
HAAS = Address("Haas, Stefan Dr.", "stefan.haas@nordwerk.example")
JESS = Address("Jess Halvorsen", "jess.halvorsen@bluestem.example")
MARCUS = Address("Marcus Webb", "marcus.webb@bluestem.example")
PRIYA = Address("Priya Natarajan", "priya.natarajan@bluestem.example")
NAMELESS = Address("", "stefan.haas@nordwerk.example")


@pytest.mark.parametrize(
    ("organizer", "guests", "text", "first"),
    [
        (LUKAS, (HAAS,), ("Guten Morgen Frau Lee, guten Morgen Herr Dr. Haas, anbei die"
         " Einladung zum Zweitgespräch. Viele Grüße, Lukas Brandt"), HAAS),
        (LUKAS, (HAAS,), ("Anbei die Einladung zum Zweitgespräch mit Herrn Dr. Stefan Haas,"
         " Bereichsleiter Netzplanung."), HAAS),
        (LUKAS, (HAAS,), "Ihr Gesprächspartner: Dr. Stefan Haas\nOrt: Hannover", HAAS),
        (LUKAS, (NAMELESS,), "Sie treffen Herrn Haas in Gebäude A.", NAMELESS),
        (JESS, (MARCUS, PRIYA), "Hi Liam, you'll meet Priya on Tuesday. Best, Jess", PRIYA),
        (JESS, (MARCUS, PRIYA), "Interviewers: Marcus Webb, Priya Natarajan", MARCUS),
        (JESS, (MARCUS,), "Hi Liam and Marcus, here is the invite for your interview.", MARCUS),
        # a compound noun and the subject between it and "mit"
        (LUKAS, (HAAS,), "Fachgespräch Data Engineer mit Herrn Dr. Haas (Bremen)", HAAS),
        (JESS, (MARCUS, PRIYA), "Your final interview for the role with Priya is booked.", PRIYA),
        # a pairing round: the one paired with is met (tester round t53rd)
        (JESS, (MARCUS, PRIYA), "Same setup: you'll be pairing with Priya Natarajan. - Jess",
         PRIYA),
        # French "échange avec", Mexican "con la Lic." (tester round t58lp)
        (JESS, (MARCUS, PRIYA), "Échange avec Priya Natarajan, CTO de Bluestem.", PRIYA),
        (JESS, (MARCUS, PRIYA), "Entrevista final con la Lic. Priya Natarajan (VP Comercial).",
         PRIYA),
    ],
)  # fmt: skip
def test_the_guest_named_as_the_one_met_comes_first(
    organizer: Address, guests: tuple[Address, ...], text: str, first: Address
) -> None:
    """After "Zweitgespräch mit Herrn Dr. Haas" the thank-you is his, not the recruiter's."""
    assert interviewers_first(organizer, guests, text)[0] == first


@pytest.mark.parametrize(
    ("organizer", "guests", "text"),
    [
        # the organiser is among the people met
        (JESS, (MARCUS, PRIYA), ("With: Jess Halvorsen, Marcus Webb (Director of"
         " Infrastructure), Priya Natarajan (Senior SRE)")),
        (JESS, (MARCUS,), "You'll meet Jess and Marcus Webb on Zoom."),
        # nothing says who is met
        (JESS, (MARCUS, PRIYA), "Hi Liam, sending the invite over. Best, Jess"),
        (JESS, (MARCUS,), "Hallo, anbei die Einladung. Marcus Webb ist auch dabei."),
        (LUKAS, (HAAS,), ""),
        # a name in the signature, or quoted further down, is no one met
        (LUKAS, (HAAS,), ("Guten Morgen Frau Lee,\nanbei die Einladung.\nViele Grüße\nLukas Brandt"
         "\ni.A. Dr. Stefan Haas")),
        (LUKAS, (HAAS,), ("Das Gespräch mit Ihnen findet in Hannover statt. Dr. Haas ist"
         " Bereichsleiter.")),
    ],
)  # fmt: skip
def test_otherwise_the_organiser_stays_first(
    organizer: Address, guests: tuple[Address, ...], text: str
) -> None:
    """Without words that name a guest as the one met, the old order holds."""
    assert interviewers_first(organizer, guests, text) == (organizer, *guests)


def test_an_invitation_without_organiser_keeps_its_guests_in_order() -> None:
    """No organiser, nobody to put behind: the guests as the calendar lists them."""
    assert interviewers_first(None, (MARCUS, PRIYA), "you'll meet Priya") == (MARCUS, PRIYA)
