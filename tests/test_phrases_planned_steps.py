"""Visits with travel, rounds as a plan, needs said verb first, next steps once decided.

Their near-misses too (probe-steps7, ``core.phrases_planned_steps``).

Wording unlike the probe's: a shipyard, a bakery chain, a hospital trust, a law firm, a
games studio.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.ladder import CERTAIN
from silence_watch.core.logistics import only_logistics
from silence_watch.core.model import Intent


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # a visit set with its travel
    ("We have booked you a train ticket to Glasgow and a hotel near the yard.", "next_step"),
    ("Your site visit to our Rotterdam terminal has been confirmed for the 14th.", "next_step"),
    ("Gern möchten wir Sie am Montag, 11. Januar, in unserer Backstube empfangen zu dürfen.",
     "next_step"),
    ("Die Anreise übernehmen wir selbstverständlich, das Hotel ebenfalls.", "next_step"),
    ("Wir haben Ihnen für die Nacht davor ein Hotelzimmer am Bahnhof reserviert.", "next_step"),
    ("Je vous confirme votre demi-journée d'immersion jeudi 7 janvier.", "next_step"),
    ("Vos billets d'avion aller-retour pour Toulouse sont ci-joints.", "next_step"),
    ("Te hemos reservado el AVE de las 8:00 y una habitación en Sevilla.", "next_step"),
    ("Uw bezoek aan de werf in Vlissingen is ingepland op 12 januari.", "next_step"),
    ("Wij vergoeden uw treinreis vanuit Groningen.", "next_step"),
    # a first working day welcomed is no round
    ("Wir freuen uns, Sie am 4. Januar an Ihrem ersten Arbeitstag begrüßen zu dürfen.",
     "other"),
    # a next round as their plan
    ("The next stage will be a video call with our studio head; I'll arrange it.", "next_step"),
    ("Next step is to meet the partners, I'm sorting out a date.", "next_step"),
    ("El próximo paso será una charla con la jefa de planta; yo te aviso.", "next_step"),
    ("The next step was a call with the CFO, which went well.", "other"),
    # a visit or a talk offered as a wish of hers
    ("Fancy popping by the studio on Monday to see the build?", "next_step"),
    ("Up for a quick video call with the art director?", "next_step"),
    ("Hast du Lust, am Freitag auf einen Kaffee mit der Filialleitung vorbeizukommen?",
     "next_step"),
    ("Lijkt het je leuk om dinsdag langs te komen op de werf?", "next_step"),
    ("Nothing fancy - we'll let you know next week.", "acknowledgement"),
    ("We went with someone else. If you ever fancy a coffee, ping me.", "rejection"),
    # a round inside the condition is none yet: their promise to write, as "if you are
    # shortlisted, we will invite you" is (test_round_invites)
    ("Wenn du zur zweiten Runde kommst, schicken wir dir eine Einladung.", "acknowledgement"),
    # a round as a plan, Dutch and Spanish
    ("De vervolgstap wordt een kennismaking met het MT.", "next_step"),
    ("Si te viene bien, hablamos el jueves por videollamada.", "next_step"),
    # a need with no subject
    ("Sam here - would need your last two payslips before Monday.", "request"),
    ("We'd need to sign off the budget first.", "other"),
    # a need, the verb first
    ("Für die Anmeldung benötigen wir noch Ihren Sozialversicherungsausweis.", "request"),
    ("Dafür bräuchten wir noch deine Steuer-ID.", "request"),
    ("Dafür brauchen wir noch ein paar Tage Zeit.", "other"),
    # next steps promised once decided: a promise of news
    ("I will share next steps when the hiring committee has met.", "acknowledgement"),
    ("Nach der Sitzung nennen wir Ihnen die weiteren Schritte.", "acknowledgement"),
    ("Je vous communiquerai les prochaines étapes après le comité.", "acknowledgement"),
    ("Les indicaremos los siguientes pasos tras la reunión del comité.", "acknowledgement"),
    ("Cuando cerremos la terna te comentaremos los próximos pasos.", "acknowledgement"),
    ("Na het overleg mailen we u de vervolgstappen.", "acknowledgement"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_planned_steps(text: str, want: str) -> None:
    """Each line reads as the move it sets, or as none."""
    assert _reading(text) == want


_SENT = datetime(2026, 11, 9, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def test_a_visit_confirmed_with_pleasure_promises_no_answer_that_day() -> None:
    """The visit's day is no day they answer by; a confirmation to come still is one."""
    visit = "Nous avons le plaisir de vous confirmer votre matinée chez nous le jeudi 19 novembre."
    assert promised_date(visit, _SENT) is None
    later = "Nous allons vous confirmer notre choix le jeudi 19 novembre."
    assert promised_date(later, _SENT) == date(2026, 11, 19)


def test_a_round_the_rules_read_stays_beside_its_travel_costs() -> None:
    """Travel paid beside a round the rules read is no mere logistics note."""
    text = "Uw bezoek aan de werf staat gepland op 12 januari. Wij vergoeden uw reiskosten."
    reasons: list[str] = []
    got = only_logistics(text, Intent.OTHER, 0.55, reasons, Intent.NEXT_STEP.value)
    assert got == (Intent.OTHER, 0.55)
    assert not reasons
    alone = only_logistics(text, Intent.OTHER, 0.55, [], None)
    assert alone[1] == CERTAIN
