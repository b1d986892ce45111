"""A hiring system's notice that the interview is off, and how it reads (tester round u30ic).

"tu entrevista del jueves 3 de diciembre a las 11:00 (CET) con Iker Zubizarreta ha quedado
cancelada": the date, the time, the zone and the person between the meeting and its
participle pushed it past the seventy characters ``core.calloffs`` read, and a thank-you
came for an interview that never took place. The meeting as the subject of its own
passive is read however much it says of itself first, in five languages; a denial just
before the participle ("has not been cancelled") changes nothing. Such a notice that says
a new date will come is waited on, not asked about (``core.calloff_readings``).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.calloff_readings import calloff_reading
from silence_watch.core.calloffs import RoundChange, calls_off, round_change
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.model import Intent, Interview

MADRID = ZoneInfo("Europe/Madrid")

#: Notices whose meeting says when, with whom and for which role before it is called off.
CALLED_OFF = [
    ("Te escribimos para avisarte de que tu entrevista del jueves 3 de diciembre a las 11:00"
     " (CET) con Iker Zubizarreta ha quedado cancelada: a Iker le ha surgido un imprevisto."),
    ("Your interview on Thursday, December 3, 2026 at 11:00 AM CET with Iker Zubizarreta"
     " has been cancelled."),
    ("Your interview for the Senior Data Engineer position at Ondarreta Software on"
     " Thursday, December 3 at 11:00 AM CET with Iker Zubizarreta has been cancelled."),
    ("Ihr Zweitgespräch mit Herrn Dr. Markus Haas am Dienstag, 24. November 2026 um 10:00"
     " Uhr wurde leider abgesagt."),
    ("Ihr Vorstellungsgespräch am Donnerstag, 3. Dezember um 11 Uhr mit Frau Sabine Klein"
     " muss leider verschoben werden."),
    ("Votre entretien du jeudi 3 décembre 2026 à 11h00 (CET) avec Iker Zubizarreta, Lead"
     " Data Engineer, a malheureusement été annulé."),
    ("Je sollicitatiegesprek van donderdag 3 december 2026 om 11:00 uur met Iker"
     " Zubizarreta is helaas geannuleerd."),
    ("Your panel interview for the Data Engineer role on Thursday, December 3 at 9:30 AM"
     " PST with Dana Ruiz and Marcus Webb was unfortunately cancelled."),
]

#: The same notices denied, or the meeting's progress, or only thought of.
LEFT_ALONE = [
    ("Your interview on Thursday, December 3, 2026 at 11:00 AM CET with Iker Zubizarreta"
     " has not been cancelled, it goes ahead as planned."),
    "Your interview has not been cancelled.",
    ("Your interview on Thursday, December 3 at 11:00 AM CET with Iker Zubizarreta hasn't"
     " been cancelled."),
    ("tu entrevista del jueves 3 de diciembre a las 11:00 (CET) con Iker Zubizarreta no ha"
     " sido cancelada"),
    "Ihr Gespräch am Donnerstag, 3. Dezember um 11:00 Uhr wurde nicht abgesagt.",
    "Votre entretien du jeudi 3 décembre n'a pas été annulé, il est maintenu.",
    "Je gesprek van donderdag 3 december om 11:00 uur is niet geannuleerd.",
    ("Your interview on Thursday, December 3 with Iker Zubizarreta went well and your"
     " application has been moved forward to the final stage."),
    ("If your interview on Thursday, December 3 with Iker Zubizarreta has to be"
     " cancelled, we will let you know."),
    ("Your interview on Thursday, December 3 at 11:00 AM CET with Iker Zubizarreta is"
     " confirmed. The team lunch has been cancelled."),
]


@pytest.mark.parametrize("text", CALLED_OFF)
def test_a_meeting_that_says_when_and_with_whom_is_still_called_off(text: str) -> None:
    """However long the meeting's own date, time, zone, role and people: it is off."""
    assert calls_off(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_a_denied_or_moved_forward_or_other_meeting_is_not_called_off(text: str) -> None:
    """A denial before the participle, progress, a condition, another meeting: no change."""
    assert not calls_off(text)


ROUND = Interview(id=2, company="Ondarreta Software", role="Ingeniera de Datos Senior",
                  date=datetime(2026, 12, 3, 11, tzinfo=MADRID), process_id=1,
                  round=2)  # fmt: skip
SENT = datetime(2026, 12, 1, 17, 21, tzinfo=MADRID)


def test_the_greenhouse_notice_calls_the_thursday_round_off() -> None:
    """Its own day and time named, no other: the round is off until a new time is set."""
    text = CALLED_OFF[0] + "\n\nEn cuanto tengamos nueva fecha te escribimos para reprogramarla."
    assert round_change(text, SENT, (ROUND,), MADRID) == RoundChange(2, None)


def test_a_notice_that_names_the_new_time_moves_the_round_there() -> None:
    """"... has been moved to Friday, December 4 at 2 PM": moved, not called off."""
    text = ("Your interview on Thursday, December 3 at 11:00 AM CET with Iker Zubizarreta"
            " has been moved to Friday, December 4 at 2:00 PM CET.")  # fmt: skip
    moved = datetime(2026, 12, 4, 14, tzinfo=MADRID)
    assert round_change(text, SENT, (ROUND,), MADRID) == RoundChange(2, moved)


NEW_DATE_TO_COME = {
    "es": "Tu entrevista ha quedado cancelada. En cuanto tengamos nueva fecha te escribimos.",
    "en": "Your interview has been cancelled. We will be in touch with a new date.",
    "de": "Ihr Gespräch wurde abgesagt. Wir melden uns mit einem neuen Termin.",
    "fr": "Votre entretien a été annulé. Nous reviendrons vers vous avec une nouvelle date.",
    "nl": "Je gesprek is geannuleerd. We komen bij je terug met een nieuwe datum.",
}


@pytest.mark.parametrize("text", NEW_DATE_TO_COME.values(), ids=NEW_DATE_TO_COME.keys())
def test_a_notice_with_a_new_date_to_come_is_waited_on_not_asked(text: str) -> None:
    """Torn between the rules' "we'll write" and a next step: surely an acknowledgement."""
    intent, confidence, ask = calloff_reading(text, Intent.NEXT_STEP, 0.49, "acknowledgement")
    assert (intent, ask) == (Intent.ACKNOWLEDGEMENT, False)
    assert confidence >= UNSURE_BELOW  # sure: never asked about


def test_a_sure_request_beside_the_new_date_stays_a_request() -> None:
    """"... please send us new dates that suit you": the reader sure of a request keeps it."""
    text = "Your interview has been cancelled. Could you send us a few new dates that suit you?"
    assert calloff_reading(text, Intent.NEXT_STEP, 0.82, None) == (Intent.NEXT_STEP, 0.82, False)


def test_an_unsure_request_the_rules_did_not_hear_as_a_promise_is_left_as_read() -> None:
    """No "we'll write" heard by the rules: a new date asked of her is no promise of theirs."""
    text = "Your interview has been cancelled. Please send us some new dates."
    assert calloff_reading(text, Intent.NEXT_STEP, 0.5, "next_step") == (
        Intent.NEXT_STEP, 0.5, False
    )


def test_a_call_off_with_neither_why_nor_a_new_time_is_asked_about() -> None:
    """"We need to cancel Thursday. I'll be in touch.": a pause, a no or a move to come."""
    text = "We need to cancel Thursday. I'll be in touch."
    assert calloff_reading(text, Intent.ACKNOWLEDGEMENT, 0.8, "acknowledgement")[2]
    assert calloff_reading(text, None, 0.3, None)[2]


def test_a_call_off_that_says_why_stands_as_read() -> None:
    """"... we have filled the role": the no it says is its reading, nothing asked."""
    text = "We need to cancel Thursday: we have filled the role."
    assert calloff_reading(text, Intent.REJECTION, 0.9, "rejection") == (
        Intent.REJECTION, 0.9, False
    )
