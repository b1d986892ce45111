"""A "we cannot sponsor" beside a question about her right to work is a screening step.

A UK law firm's HR assistant: "could you please confirm whether you currently have the
right to work in the UK ... I should mention that we are unfortunately unable to offer
sponsorship for this role. It would also be helpful to know your notice period." That asks;
it decides nothing. Read as a rejection, the process stopped and she was told no. A
sponsorship no that gives the right to work as its reason, and asks nothing about hers,
stays a no.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of

SCREENING = (
    ("Before we go any further, could you please confirm whether you currently have the"
     " right to work in the UK and, if so, on what basis? I should mention that we are"
     " unfortunately unable to offer sponsorship for this role. It would also be helpful to"
     " know your current notice period."),
    ("Quick one before I send your CV over: do you need visa sponsorship to work in the US?"
     " Our client isn't able to sponsor for this contract. Please send your rate too."),
    ("Bevor wir weitermachen: Könnten Sie uns bitte mitteilen, ob Sie eine Arbeitserlaubnis"
     " für Deutschland besitzen? Leider können wir kein Visum sponsern. Bitte schicken Sie"
     " uns auch Ihre Gehaltsvorstellung."),
    ("Pourriez-vous nous indiquer si vous disposez d'une autorisation de travail en France ?"
     " Nous ne sommes pas en mesure de parrainer un visa pour ce poste. Merci de nous"
     " envoyer également vos disponibilités."),
)

STILL_NO = (
    ("Thank you for applying. Unfortunately we are unable to offer sponsorship for this role,"
     " and candidates must already have the right to work in the UK. Please feel free to"
     " send us your CV for future openings."),
    ("Helaas kunnen wij geen werkvergunning regelen voor deze functie. Kun je ons laten weten"
     " of je interesse hebt in vacatures bij onze vestiging in Gent?"),
)


@pytest.mark.parametrize("text", SCREENING, ids=[t[:40] for t in SCREENING])
def test_a_sponsorship_line_beside_a_question_about_her_status_asks_her(text: str) -> None:
    """The message asks her something (a request, or her availability); no decision."""
    found = intent_of(text)
    assert found is not None
    assert str(found[0]) in {"request", "next_step"}, found


@pytest.mark.parametrize("text", STILL_NO, ids=[t[:40] for t in STILL_NO])
def test_a_sponsorship_no_that_asks_nothing_about_her_status_stays_a_no(text: str) -> None:
    """"Must already have the right to work" is the reason for the no, not a question."""
    found = intent_of(text)
    assert found is not None
    assert str(found[0]) == "rejection", found
