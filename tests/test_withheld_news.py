"""Noes said through the good thing withheld, and the near-misses beside them (issue 12).

A fourth probe (probe-noes4) found rejections the rules read as an invitation ("you weren't
selected for the next round"), an offer ("Eine Zusage können wir Ihnen leider nicht
geben") or nothing ("classée sans suite"), and a delay with a day read as a no ("We won't
move forward until the panel meets on Thursday"). Sentences here are worded unlike the
probe's.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


WITHHELD_NEWS = [
    # not selected for a round: the round is no invitation
    "Sorry Jordan, you have not been shortlisted for the final panel this time.",
    "Unfortunately you were not chosen for the second stage of the process.",
    # the job given away in the passive
    "The position had already been offered to an internal applicant, I'm sorry to say.",
    # a question about what comes next, answered no
    "Is there a next round for me? I'm afraid not, the client closed the search.",
    "¿Habrá segunda entrevista? Lamentablemente no, la plaza se ha cubierto.",
    # no offer in a few words
    "Quick update: no offer at this stage, the budget went to another team.",
    "Leider kein Stellenangebot. Danke für Ihre Zeit!",
    "Die Zusage können wir dir nach langem Überlegen nicht erteilen.",
    "Een contract komt er helaas niet, we kozen voor een interne kandidaat.",
    # French, Spanish, Dutch ways of saying the process stops
    "Nous ne sommes pas en mesure de donner une suite favorable à votre dossier.",
    "Après examen, vos candidatures ont été classées sans suite.",
    "Je n'irai pas plus loin avec ce dossier, navrée.",
    "Tras revisarlo, no nos es posible darle una respuesta positiva.",
    "Lamentablemente no sigues en el proceso de selección.",
    "No has resultado seleccionada para la plaza de enfermera.",
    "Wij zullen de sollicitatieprocedure niet met u vervolgen.",
]

NEAR_MISSES = [
    # not yet, a delay with a day, no one turned down before a day
    ("You have not been selected yet; the panel sits on Wednesday 9 December.", "rejection"),
    ("We cannot make a final decision until the hiring manager is back on Monday.",
     "rejection"),
    ("We are not ruling out any candidates before the last interview on Friday.",
     "rejection"),
    ("Wir lehnen niemanden ab, bevor das Gremium getagt hat.", "rejection"),
    ("No vamos a descartar a nadie hasta el lunes.", "rejection"),
    ("We wijzen niemand af totdat de laatste gesprekken geweest zijn.", "rejection"),
    ("Nous n'écartons personne avant la fin du mois.", "rejection"),
    # a commitment not yet given is no no and no offer
    ("Eine Zusage kann ich Ihnen heute noch nicht geben, ich melde mich Montag.", "rejection"),
    ("Eine Zusage kann ich Ihnen heute noch nicht geben, ich melde mich Montag.", "offer"),
    # the medium withheld, not the invitation
    ("Geen uitnodiging per post; je plant het gesprek zelf via de link.", "rejection"),
    ("There is no invitation by post - just pick a slot with the link below.", "rejection"),
    ("Kein Angebot per Post, das kommt per DocuSign.", "rejection"),
    # a question about a day, answered no: no rejection
    ("Does Friday work for the panel? Sadly not for me - could we do Monday?", "rejection"),
    ("Pas de souci, aucune décision n'a encore été prise.", "rejection"),
]


@pytest.mark.parametrize("text", WITHHELD_NEWS)
def test_good_news_withheld_is_a_no(text: str) -> None:
    """The selection, the offer, the favourable answer, the next round refused: a no."""
    assert _reading(text) == "rejection"


@pytest.mark.parametrize(("text", "never"), NEAR_MISSES)
def test_a_delay_or_a_medium_withheld_is_no_no(text: str, never: str) -> None:
    """Not yet, not before a day, not by post: never the reading named."""
    assert _reading(text) != never


@pytest.mark.parametrize("text", [
    "We won't be making any decisions before the panel has met on Thursday 10 December.",
    "Wir sagen niemandem ab, bis alle Gespräche geführt sind.",
])
def test_a_no_put_off_to_a_day_is_still_deciding(text: str) -> None:
    """"Not before the panel meets" says they are still deciding."""
    assert _reading(text) == "acknowledgement"


def test_a_no_for_one_role_then_another_role_instead_is_a_next_step() -> None:
    """The no is for one role; the invitation, for another "instead": she goes on."""
    text = (
        "Although you haven't been selected for the analyst post, the manager would like"
        " to invite you to an interview for our junior data engineer position instead."
    )
    assert _reading(text) == "next_step"


@pytest.mark.parametrize("text", [
    "Bonjour,\nUn second entretien ? Malheureusement non, le poste a été pourvu en interne.",
    "¿Una segunda entrevista? Me temo que no; seguimos con otra candidata.",
    "Een tweede gesprek? Helaas niet, we gaan verder met een andere kandidaat.",
    "Thanks Jordan, a final round? Sadly not - we've made our choice.",
])
def test_a_round_asked_about_and_answered_no_is_a_no(text: str) -> None:
    """Her question quoted back as a bare round, answered no: a rejection, never a step."""
    assert _reading(text) == "rejection"


def test_a_round_asked_about_with_not_all_free_is_no_no() -> None:
    """"Unfortunately not all of the panel is free": about the panel, not a no."""
    said = "A second interview? Unfortunately not all of the panel is free, times on Monday."
    assert _reading(said) != "rejection"
