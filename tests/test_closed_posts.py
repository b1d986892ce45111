"""Noes inside long, mixed letters, and the long letters that are no noes (probe-noes6).

Sentences written for these tests, never the probe's: the no sits among praise, a
feedback call, a talent pool or another role pitched; the near-misses say "unfortunately"
about a date, a salary or another role while hers goes on.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent

NOES: tuple[str, ...] = (
    # the post will not be filled, a feedback call beside it
    ("Hi Priya,\n\nThe analyst opening we discussed will not be filled after all; finance froze"
     " the headcount for good. I'd be glad to hop on a call to walk you through the panel's"
     " notes."),
    "We've made the decision to close this requisition. Thanks so much for all your time.",
    ("Hallo Herr Brandt,\n\nleider wird die ausgeschriebene Stelle nun doch nicht besetzt. Gern"
     " können wir telefonieren, dann gebe ich Ihnen eine Rückmeldung zum Gespräch."),
    "Die Position wird im Zuge der Umstrukturierung nicht mehr nachbesetzt werden.",
    ("Madame,\n\nLe poste d'assistante de direction auquel vous aviez candidaté a été supprimé"
     " lors de la réorganisation. Je reste à votre disposition pour un échange."),
    "Le recrutement pour ce poste ne sera pas pourvu, faute de budget.",
    "Hola Marta, al final vamos a cerrar la vacante de diseño. Si quieres te llamo y te cuento.",
    "Lo siento, no la vamos a cubrir; la dirección ha cambiado de planes.",
    "El puesto de técnico de laboratorio ha quedado desierto.",
    ("Beste Sanne,\n\nDe vacature voor teamleider is na de fusie helaas ingetrokken. Bel me"
     " gerust als je feedback wilt."),
    "Na lang overleg moeten we je helaas afwijzen. Je was een sterke kandidaat.",
    # offered to another, her profile not taken on
    "We ended up offering the position to an internal candidate, who said yes this morning.",
    "The hiring manager isn't going to move forward with your CV, I'm sorry to say.",
    # the fresh set's noes, fixed after it (stop 44), worded otherwise
    "Quick update: the requisition was cancelled last night, so there's nothing to move on.",
    "The whole search has been called off, I'm sorry.",
    "L'entreprise a décidé d'abandonner le recrutement.",
    "Mi cliente decidió cerrar la búsqueda esta mañana.",
    "Wir müssen Ihnen mitteilen, dass die Position nach der Fusion nicht mehr besetzt wird.",
)

NOT_NOES: tuple[tuple[Intent, str], ...] = (
    # a pause, never a no: the post waits for a day
    (Intent.ON_HOLD, ("The role will not be filled until the spring budget is signed, so we"
                      " are pausing the search for now.")),
    # closed to new applications only: her process goes on
    (Intent.NEXT_STEP, ("We have decided to close the position to new applicants, and we'd"
                        " like to invite you to the final interview.")),
    # her step waits on her answer about salary
    (Intent.REQUEST, ("Your number is above our range. Could you work with 70k? If so, we will"
                      " invite you to meet the director.")),
    # filled only later: a delay with a promise (stop 44)
    (Intent.ACKNOWLEDGEMENT, ("Die Stelle wird nicht vor Februar besetzt; ich melde mich im"
                              " Januar.")),
    # applications closed: her process goes on
    (Intent.ACKNOWLEDGEMENT, ("The application process is now closed and the panel is"
                              " reviewing; we'll be in touch by Friday.")),
    # another role filled; hers goes on with a meeting
    (Intent.NEXT_STEP, ("De vacature in Utrecht is helaas al ingevuld, maar de manager voor"
                        " Amersfoort wil je dinsdag om 10 uur spreken.")),
)


@pytest.mark.parametrize("text", NOES)
def test_a_no_inside_a_long_letter_is_read_as_a_no(text: str) -> None:
    """The no counts, whatever praise, call or talent pool surrounds it."""
    found = intent_of(text)
    assert found is not None, text
    assert found[0] is Intent.REJECTION, (found, text)


@pytest.mark.parametrize(("want", "text"), NOT_NOES)
def test_a_long_letter_with_regrets_but_no_no_is_not_a_no(want: Intent, text: str) -> None:
    """"Unfortunately" about a date, a salary or another role leaves her process going on."""
    found = intent_of(text)
    assert found is not None, text
    assert found[0] is want, (found, text)


def test_an_interview_called_off_is_no_closed_post() -> None:
    """The meeting is ``core.calloffs``' business; the post itself goes on."""
    found = intent_of("Poste de comptable : l'entretien de lundi a été annulé, nous vous"
                      " proposons mercredi à 11h à la place.")
    assert found is None or found[0] is not Intent.REJECTION, found
