"""The candidate's mail as the employer's customer is not the hiring (``core.customer_mail``).

Tester round u15in: Koopzaam's ``klantenservice@`` cancelled her order and the interview
was called off; Brisa's ``facturacion@`` sent a bill and the next move was "hers"; a
Zendesk ticket's "within 2 business days" moved the day Parcelbird's answer was due.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.conversation import people_at_company, recipient_for
from silence_watch.core.customer_mail import customer_reason
from silence_watch.core.model import (
    Action,
    Address,
    Contact,
    Direction,
    Intent,
    Interview,
    Message,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.senders import is_customer_desk, is_service_desk
from silence_watch.core.their_side import with_them

if TYPE_CHECKING:
    from pathlib import Path

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 12, 1, 16, 47, tzinfo=CET)
ME = Address("Daan Smit", "daan.smit@example.com")


def mail(
    sender: str,
    subject: str,
    body: str | None,
    *,
    name: str = "",
    reply_to: str = "",
    to: tuple[str, ...] = (),
    headers: dict[str, str] | None = None,
) -> Message:
    """A message to the candidate (or, with ``to``, from her to those addresses)."""
    return Message(
        message_id="m-1@mail.example",
        date=SENT,
        sender=Address(name, sender),
        to=tuple(Address("", a) for a in to) or (ME,),
        reply_to=(Address("", reply_to),) if reply_to else (),
        subject=subject,
        headers=headers or {},
        body=body,
    )


ORDER_NL = mail(
    "klantenservice@koopzaam.example", "Je bestelling 2026118834 is geannuleerd",
    "Hoi Daan,\n\nHelaas moeten we je bestelling 2026118834 annuleren. Het artikel is niet"
    " meer op voorraad. Je betaling storten we binnen 3 werkdagen terug.\n\nKlantenservice",
    name="Koopzaam Klantenservice", reply_to="noreply@koopzaam.example",
)  # fmt: skip


@pytest.mark.parametrize(
    "message",
    [
        ORDER_NL,
        mail("facturacion@brisatelecom.example", "Lucía, tu factura de diciembre ya está"
             " disponible", "Hola Lucía:\n\nTu factura de diciembre ya está disponible en el"
             " Área de Clientes. Importe: 42,90 €. Fecha de cargo: 11/12/2026."),
        # a subdomain for customers, and a no-reply reply address
        mail("avisos@clientes.brisatelecom.example", "No hemos podido cobrar tu recibo",
             "Lamentablemente, tu banco ha devuelto el recibo de tu factura. Volveremos a"
             " pasar el cargo el 21 de diciembre.", reply_to="noreply@brisatelecom.example"),
        # a Zendesk ticket: its promise is the support team's, not the employer's
        mail("support@parcelbird.example", "[Parcelbird] Re: Shipping labels print blank",
             "Thanks for reaching out! Your request (#48213) has been received and is being"
             " reviewed by our support team. We'll get back to you within 2 business days.",
             reply_to="support+id48213@parcelbird.zendesk.example"),
        mail("kundenservice@hansekontor.example", "Ihre Bestellung 88123 wurde versandt",
             "Guten Tag, Ihre Bestellung ist unterwegs. Die Lieferung erfolgt innerhalb von"
             " 3 Arbeitstagen."),  # "Arbeitstagen" is no first day at work
        mail("service-client@maisondelvaux.example", "Votre commande n° 5521",
             "Bonjour, votre commande a bien été expédiée. Votre facture est disponible dans"
             " votre espace client."),
        # no desk, but a no-reply address about an order
        mail("noreply@parcelbird.example", "Your order #5521 has shipped",
             "Hi Jordan, your order is on its way. Tracking number: 1Z999."),
        # a help desk's machine marks the mail, whoever it says it is from
        mail("anjali@parcelbird.example", "Re: labels", "Could you switch the label format"
             " and mark this request as solved?\n\nDelivered by Zendesk"),
        # a bill on the first day of the month, a subscription's start date
        mail("billing@parcelbird.example", "Your invoice", "Your invoice is charged on the"
             " first day of the month; your subscription start date is 1 December."),
        # "reçu" the noun: a receipt from a no-reply address
        mail("noreply@maisondelvaux.example", "Votre reçu", "Bonjour, votre reçu de paiement"
             " est disponible."),
    ],
)
def test_customer_mail_is_its_own_kind(message: Message) -> None:
    """No intent, no promise: never a reply, never a question, never a call-off."""
    found = classify_message(message, load_intent_reader())
    assert found.kind is MessageKind.CUSTOMER, found.reasons
    assert found.intent is None
    assert found.promised_by is None
    assert found.reasons[0].startswith("customer mail: ")


def test_her_own_reply_to_the_support_ticket_is_customer_mail() -> None:
    """Her answer to the support agent is no answer to the employer, nor a follow-up."""
    own = mail("jordan@example.com", "Re: [Parcelbird] Re: Shipping labels print blank",
               "Switching to PDF (4x6) worked, thanks! You can close the ticket #48213.",
               to=("support+id48213@parcelbird.zendesk.example",))  # fmt: skip
    assert customer_reason(own, own.body or "") is not None


@pytest.mark.parametrize(
    "message",
    [
        # a desk that writes about the hiring is the employer's
        mail("kundenservice@hansekontor.example", "Ihr Vorstellungsgespräch am 3.12.",
             "Guten Tag, für Ihr Vorstellungsgespräch erstatten wir die Reisekosten gegen"
             " Rechnung."),
        mail("support@parcelbird.example", "Your application", "Thanks for your"
             " application! Your request #48213 has been received."),
        mail("help@parcelbird.example", "Ticket #5521", "Your laptop for your first day is"
             " ready at reception; ticket #5521."),
        # a careers inbox on a help desk (tester round t98ar)
        mail("jobs@pellworth.example", "Ticket Closed - [#48213] Following up", "Your ticket"
             " #48213 has been closed.", name="Pellworth Careers",
             headers={"return-path": "<bounces+fd.7718@emailus.freshdesk.example>"}),
        # a person, about her order: no desk, no machine
        mail("dana.ruiz@parcelbird.example", "Re: next steps", "Your order of the rounds is"
             " fine. We'll get back to you by Friday."),
        # a no-reply address about an account only: no order, no bill
        mail("noreply@parcelbird.example", "Your account", "Your account was updated."),
        # a department's desk that is no customer desk, about the trial day (t78lg)
        mail("it-service@fahrenkamp.example", "[Ticket#2026112410000417] Leihgerät",
             "Für Ihren Probearbeitstag haben wir einen Leihlaptop vorbereitet."),
        # headers alone never tell
        mail("klantenservice@koopzaam.example", "Je bestelling is geannuleerd", None),
        # tester round u23cu: a small company's hiring through its support inbox, a
        # start told beside the first invoice
        mail("support@kettleworks.example", "Re: Thank you", "Thanks Jordan! I'll come back"
             " to you with our decision by Friday the 20th.\n----\nNeed help with your order"
             " or your kettle?", name="Tom Price"),
        mail("facturatie@studioveld.example", "Welkom", "Fijn dat je vanaf maandag 4 januari"
             " als freelance UX-researcher bij ons aan de slag gaat! Hierbij alvast de"
             " gegevens voor je eerste factuur."),
        # tester round u32ta: "reçu" the participle, in Google Drive's footer under a
        # person's access request relayed from a no-reply address
        mail("drive-shares-dm-noreply@google.example", "Demande d'accès à l'élément « Etude"
             " de cas »", "Chloé Martin demande l'accès à l'élément suivant : Etude de cas.pdf"
             "\n\n« Bonjour Camille, le lien est restreint de notre côté, pourriez-vous"
             " m'autoriser l'accès ? Merci ! »\n\nVous avez reçu cet e-mail, car vous êtes le"
             " propriétaire de ce fichier.", name="Chloé Martin (via Google Drive)",
             reply_to="chloe.martin@maisonverlaine.example"),
        mail("noreply@maisondelvaux.example", "Votre document", "Nous avons bien reçu votre"
             " document."),
    ],
)
def test_near_misses_are_not_customer_mail(message: Message) -> None:
    """Hiring words, a careers sender, a person, or no order or bill: read as before."""
    found = classify_message(message, load_intent_reader())
    assert found.kind is not MessageKind.CUSTOMER, found.reasons


@pytest.mark.parametrize(
    ("address", "desk"),
    [
        ("klantenservice@koopzaam.example", True),
        ("facturacion@brisatelecom.example", True),
        ("customer-service@acme.example", True),
        ("support+id48213@parcelbird.zendesk.example", True),
        ("avisos@clientes.brisatelecom.example", True),
        ("kundenservice@hansekontor.example", True),
        ("service.client@maisondelvaux.example", True),
        ("dana.ruiz@parcelbird.example", False),
        ("it-service@fahrenkamp.example", False),  # a department's desk, not a customer desk
        ("jobs@pellworth.example", False),
        ("avisos@brisatelecom.example", False),
        ("dana@store.co.uk", False),  # the company's own name is no desk
        ("dana@shop.example", False),
        ("norene@example.com", False),
    ],
)
def test_is_customer_desk(address: str, desk: bool) -> None:
    """The local part, or a subdomain for customers; never the company's own name."""
    assert is_customer_desk(address) is desk


def test_a_customer_desk_is_a_service_desk() -> None:
    """Written to last, greeted by no name, its ticket no thread (``core.conversation``)."""
    assert is_service_desk("klantenservice@koopzaam.example")
    assert is_service_desk("it-service@fahrenkamp.example")
    assert not is_service_desk("noor.elamrani@koopzaam.example")


KOOPZAAM = Interview(
    id=1, company="Koopzaam", role="Product Owner Checkout",
    date=datetime(2026, 12, 3, 14, 0, tzinfo=CET),
    contacts=(Contact("Noor El Amrani", "noor.elamrani@koopzaam.example"),),
    domains=("koopzaam.example",),
)  # fmt: skip
NOOR = TimelineEntry(
    at=datetime(2026, 11, 20, 9, 0, tzinfo=CET), direction=Direction.INBOUND,
    kind=MessageKind.HUMAN, message_id="noor-1", sender="noor.elamrani@koopzaam.example",
    sender_name="Noor El Amrani", intent=Intent.NEXT_STEP, confidence=0.95,
)  # fmt: skip
ORDER = TimelineEntry(
    at=datetime(2026, 12, 1, 16, 47, tzinfo=CET), direction=Direction.INBOUND,
    kind=MessageKind.CUSTOMER, message_id="order-1", sender="klantenservice@koopzaam.example",
    sender_name="Koopzaam Klantenservice",
)  # fmt: skip
TO_DESK = TimelineEntry(
    at=datetime(2026, 12, 1, 18, 0, tzinfo=CET), direction=Direction.OUTBOUND,
    kind=MessageKind.CUSTOMER, message_id="her-1", recipients=("klantenservice@koopzaam.example",),
)  # fmt: skip


def test_customer_mail_is_left_out_of_the_process_either_way() -> None:
    """Neither the desk's mail nor hers to it is the conversation with the employer."""
    assert with_them(KOOPZAAM, [NOOR, ORDER, TO_DESK]) == [NOOR]


def test_the_follow_up_goes_to_the_person_never_to_the_desk() -> None:
    """Even on the raw timeline, a customer desk is no writer to answer."""
    assert people_at_company(KOOPZAAM, [NOOR, ORDER]) == ["noor.elamrani@koopzaam.example"]
    chosen = recipient_for(Action.FOLLOW_UP, KOOPZAAM, with_them(KOOPZAAM, [NOOR, ORDER]))
    assert chosen == Contact("Noor El Amrani", "noor.elamrani@koopzaam.example")


def test_her_correction_makes_customer_mail_the_processs(tmp_path: Path) -> None:
    """A misreading is undone with ``mark ID INTENT``: it then counts as a person's mail."""
    from silence_watch.core.match import Match  # noqa: PLC0415 - one test
    from silence_watch.core.parse import parse_message  # noqa: PLC0415 - one test
    from silence_watch.store import Store  # noqa: PLC0415 - one test

    raw = (
        b"From: Koopzaam Klantenservice <klantenservice@koopzaam.example>\r\n"
        b"To: daan.smit@example.com\r\nSubject: Je bestelling 2026118834 is geannuleerd\r\n"
        b"Date: Tue, 1 Dec 2026 16:47:02 +0100\r\nMessage-ID: <order-1@koopzaam.example>\r\n"
        b"\r\nHelaas moeten we je bestelling 2026118834 annuleren.\r\n"
    )
    store = Store.open(tmp_path / "state")
    try:
        interview_id = store.upsert_interview(KOOPZAAM, source="config", now=SENT)
        message = parse_message(raw)
        pk, _ = store.add_message(
            message, raw, source="imap", folder="INBOX", key="1", direction=Direction.INBOUND,
            now=SENT,
        )  # fmt: skip
        store.save_classification(pk, classify_message(message), body_read=True)
        store.save_match(pk, Match(interview_id, 0.8, "koopzaam.example is a domain"))
        assert [e.kind for e in store.timeline(interview_id)] == [MessageKind.CUSTOMER]
        store.correct("order-1@koopzaam.example", now=SENT, intent="rejection")
        (entry,) = store.timeline(interview_id)
        assert (entry.kind, entry.intent) == (MessageKind.HUMAN, Intent.REJECTION)
    finally:
        store.close()
