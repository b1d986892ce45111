"""What a call-off cancels when it is not the round, and the word that the round stands."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.calloffs import RoundChange, calls_off, round_change
from silence_watch.core.model import Interview
from silence_watch.core.standing_rounds import round_stands

MADRID = ZoneInfo("Europe/Madrid")
#: A Thursday 11:00 round, and mail about it written on the Monday before.
ROUND = Interview(id=7, company="Lindqvist Maritime", role="Fleet Data Analyst",
                  date=datetime(2026, 12, 10, 11, tzinfo=MADRID), process_id=3)  # fmt: skip
SENT = datetime(2026, 12, 7, 16, tzinfo=MADRID)

#: Something other than the round is cancelled or moved, and nothing says it stands.
SOMETHING_ELSE = [
    # the meeting is only where a booking belongs
    "The room booking for your interview has been cancelled, so we'll use room 4B instead.",
    "Die Raumreservierung für das Gespräch wurde abgesagt, wir treffen uns im Raum 3.",
    "La réservation de la salle pour l'entretien a été annulée : rendez-vous en salle 12.",
    "La reserva de la sala para la entrevista se ha cancelado; les espero en la planta 3.",
    "De zaalreservering voor het gesprek is geannuleerd, we zitten in zaal 2.",
    # another thing named right after the meeting word
    "Heads-up: the interview room has been moved to the 5th floor.",
    # another meeting
    "Our weekly leadership meeting on Thursday has been cancelled, so Aino can join us.",
    "The board meeting got postponed, so Viktor has the whole morning free for you.",
    "La réunion d'équipe de jeudi est annulée, donc Claire se joindra à nous.",
    "La reunión semanal de dirección se ha cancelado y Marta podrá estar.",
    "De wekelijkse afspraak met het MT is geannuleerd, dus Sanne schuift ook aan.",
    "Der interne Termin am Donnerstag wurde abgesagt, daher ist Herr Berg dabei.",
]

#: The round itself is called off: a near-miss of the above that must still cancel it.
THE_ROUND_ITSELF = [
    "I'm sorry, but your interview on Thursday has been cancelled.",
    "Our meeting on Thursday has been cancelled - the hiring manager is ill.",
    "The team interview on Thursday has been cancelled, I'm afraid.",
    "Lo siento, la entrevista del jueves se ha cancelado por una auditoría interna.",
    "Le rendez-vous de jeudi est annulé, Mme Roux est souffrante.",
    "Het gesprek van donderdag is geannuleerd; Pieter is ziek.",
    "Der Termin am Donnerstag muss leider abgesagt werden.",
    "We need to cancel the interview on Thursday, our CFO is travelling.",
    # a preposition before the meeting, with no thing that belongs to it: still the round
    "Le escribo para la entrevista del jueves: queda cancelada.",
    "Je vous écris pour l'entretien de jeudi : il est annulé, M. Roux est malade.",
    "I'm writing about the team call on Thursday: it has been cancelled.",
]


@pytest.mark.parametrize("text", SOMETHING_ELSE)
def test_a_booking_or_another_meeting_called_off_leaves_the_round(text: str) -> None:
    """What is cancelled is the subject of the verb: a room, a booking, the team's meeting."""
    assert not calls_off(text)
    assert round_change(text, SENT, (ROUND,), MADRID) is None


@pytest.mark.parametrize("text", THE_ROUND_ITSELF)
def test_the_round_itself_called_off_is_still_called_off(text: str) -> None:
    """"Our meeting", "the team interview", "la entrevista ... se ha cancelado": the round."""
    assert calls_off(text)
    assert round_change(text, SENT, (ROUND,), MADRID) == RoundChange(7, None)


def test_the_meetings_own_time_moved_still_moves_the_round() -> None:
    """"The start of your interview has been moved to 2pm": its own time, so the round moves."""
    text = "Quick note: the start of your interview has been moved to Thursday at 2pm."
    assert round_change(text, SENT, (ROUND,), MADRID) == RoundChange(
        7, datetime(2026, 12, 10, 14, tzinfo=MADRID)
    )


STANDS = [
    "The interview itself is still on, same time.",
    "Nothing changes on your end: same time, same video link.",
    "Please don't cancel anything - the interview goes ahead as planned.",
    "Das Gespräch bleibt wie geplant am Donnerstag um 11 Uhr.",
    "Für Sie ändert sich nichts.",
    "L'entretien est bien maintenu jeudi à 11h.",
    "Pour vous, rien ne change.",
    "La entrevista del jueves sigue en pie.",
    "Para usted no cambia nada, no cancele nada.",
    "Het gesprek gaat gewoon door.",
    "Voor jou verandert er niets.",
]

NOT_STANDING = [
    "Is the interview still on for Thursday?",
    "Unfortunately the interview is no longer going ahead.",
    "Der Termin bleibt leider nicht bestehen.",
    "L'entretien n'est pas maintenu, je suis désolée.",
    "La entrevista ya no sigue en pie.",
    "Het gesprek gaat helaas niet door.",
    "The interview is on hold while we review the budget.",
    "Our weekly team meeting goes ahead as planned, but we must cancel your interview.",
    "Your interview is on Thursday at 11.",
    # the process goes on, or nothing else changes: the interview is not said to stand
    "Tenemos que cancelar la entrevista del jueves, el proceso sigue adelante.",
    "We have to cancel the interview and the process remains unchanged.",
    "No cambia nada en el proceso de selección.",
    "Er verandert niets aan je kandidatuur.",
]


@pytest.mark.parametrize("text", STANDS)
def test_the_word_that_the_round_stands_is_read(text: str) -> None:
    """"Sigue en pie", "bleibt wie geplant", "nothing changes on your end", in five languages."""
    assert round_stands(text)


@pytest.mark.parametrize("text", NOT_STANDING)
def test_a_denial_a_question_or_another_meeting_does_not_stand(text: str) -> None:
    """"Ya no sigue en pie", "is it still on?", "our team meeting goes ahead": nothing stands."""
    assert not round_stands(text)


@pytest.mark.parametrize(
    "text",
    [
        ("Quick update: the catering has been cancelled, and so has the slot I held; but the"
         " interview stands - nothing changes on your end. The session has been cancelled"
         " only for the other candidate."),
        ("Le confirmo que la entrevista sigue en pie. La reunión previa con el director se ha"
         " cancelado."),
        ("Bonne nouvelle : l'entretien est bien maintenu ; seul le rendez-vous avec Paul Petit"
         " est annulé, il est en déplacement."),
        "Das Gespräch bleibt wie geplant. Der Termin mit Frau Roth wurde abgesagt.",
        "Het gesprek gaat gewoon door; alleen de afspraak met Joost is geannuleerd.",
    ],
)
def test_a_mail_that_says_the_round_stands_calls_nothing_off(text: str) -> None:
    """A cancellation beside "the interview stands" is something else's: the round stays."""
    assert round_change(text, SENT, (ROUND,), MADRID) is None


def test_a_round_that_stands_may_still_move_to_the_one_new_time_named() -> None:
    """"Het gesprek gaat door, maar we moeten het verzetten naar vrijdag 14.00 uur": moved."""
    text = ("Het gesprek gaat gewoon door, maar we moeten het verzetten naar vrijdag 11 december"
            " om 14.00 uur.")
    assert round_change(text, SENT, (ROUND,), MADRID) == RoundChange(
        7, datetime(2026, 12, 11, 14, tzinfo=MADRID)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tenemos que cancelar la entrevista del jueves, el proceso sigue adelante.",
        "We have to cancel Thursday's interview. Nothing changes for your application.",
        "Het gesprek van donderdag is geannuleerd. Er verandert niets aan je kandidatuur.",
    ],
)
def test_the_process_going_on_beside_a_call_off_keeps_no_round(text: str) -> None:
    """"El proceso sigue adelante" beside the interview called off: the round is off."""
    assert round_change(text, SENT, (ROUND,), MADRID) == RoundChange(7, None)


def test_without_the_word_that_it_stands_a_call_off_of_the_round_still_cancels() -> None:
    """The same kind of mail without "it stands", and the round named: the round is off."""
    text = "I'm afraid the interview has been cancelled; the catering too."
    assert round_change(text, SENT, (ROUND,), MADRID) == RoundChange(7, None)
