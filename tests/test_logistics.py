"""Interview-day logistics and expenses are no news; a decision beside them still counts."""

from __future__ import annotations

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.logistics import only_logistics
from silence_watch.core.model import Intent
from test_brushoffs import reply  # a person's short reply to the candidate


@pytest.mark.parametrize(
    "body",
    [
        # tester round t63lg: read as a pause ("parking"), the thank-you never came
        ("Hi Jordan - quick logistics for tomorrow! Parking: the garage on Foundry Ave is"
         " easiest; the front desk validates your ticket. Check-in: scan the QR code from"
         " Envoy at the turnstile. Nothing you need to reply to. See you tomorrow! Chloe"),
        # read as a request (the candidate's move), the follow-up never came
        ("Te adjunto el formulario de liquidación de gastos de viaje. Rellénalo y envíalo con"
         " los billetes antes del 30 de noviembre; la transferencia llega en unos 15 días."),
        ("Anbei das Formular für die Erstattung Ihrer Reisekosten; bitte ausgefüllt zurück."),
        # the coordinator's "I'll let you know" is about the money (tester round u10ps)
        ("Got them all, thank you! Your reimbursement is submitted - it should land in your"
         " account in 2-3 weeks. I'll let you know if Accounts Payable kicks anything back."),
        # a phone line's hold before a call is no hiring pause (probe round probe-hold6)
        ("Conference line for Thursday: dial 0800 555 010, passcode 9932#. If you're put on"
         " hold for a moment, just stay on the line until the moderator opens the room."),
    ],
)
def test_logistics_and_expenses_are_certain_other(body: str) -> None:
    """"Other", surely: no news, never a question; no promise taken from their dates."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.OTHER
    assert found.confidence == 1.0
    assert found.promised_by is None


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # a no in the expense mail is still the no
        (("Anbei das Reisekostenformular. Leider haben wir uns nach langer Abwägung für eine"
          " andere Kandidatin entschieden."), Intent.REJECTION),
        # a promise about the hiring beside the expenses is still the promise
        (("Your reimbursement is submitted. The committee will get back to you with a"
          " decision by Friday, December 11."), Intent.ACKNOWLEDGEMENT),
        # an invitation that mentions reimbursement is still a next step
        (("We'd like to invite you to a final onsite interview on Thursday, December 3 at"
          " 10am. We will reimburse your travel costs."), Intent.NEXT_STEP),
    ],
)
def test_a_decision_beside_logistics_stands(body: str, intent: Intent) -> None:
    """Only readings that settle nothing become "nothing"."""
    assert classify_message(reply(body), load_intent_reader()).intent is intent


def test_an_expense_note_the_reader_takes_for_a_step_is_no_news() -> None:
    """A next step only the reader leans to, unsure, in an expense note: "other" (u31cc)."""
    said = ("Ihre Fahrtkostenabrechnung ist bei uns eingegangen und zur Erstattung angewiesen."
            " Sie müssen nichts weiter veranlassen.")
    assert only_logistics(said, Intent.NEXT_STEP, 0.5, [])[0] is Intent.OTHER
    assert only_logistics(said, Intent.NEXT_STEP, 0.9, [])[0] is Intent.NEXT_STEP
