"""The candidate's mail as a customer of the company, and help desks' ticket notices. Pure.

A candidate may shop at the employer, bank with it or use its product, and its customer
service, billing and support desks write to her from the company's domain: "Je bestelling
2026118834 is geannuleerd" from ``klantenservice@``, "tu factura de diciembre ya está
disponible" from ``facturacion@``, a Zendesk ticket's "We'll get back to you within 2
business days" from ``support@`` (tester round u15in). Read as the employer's word, the
order's cancellation called the interview off, the bill made the next move hers, and the
ticket's promise moved the day the answer was due. None of it is the hiring process's
mail: it is of kind ``customer``, which never calls off or moves a round, promises
nothing, is no signal and is never written to (``core.their_side.with_them`` leaves it
out of the process's timeline).

Customer mail is told by three things together: a customer desk writes it (its address,
its reply address or a subdomain for customers: ``core.senders.is_customer_desk``), or a
help desk's machine does (Zendesk, Freshdesk ...), or it comes from a no-reply address
about an order or a bill; it speaks of an order, an invoice, a receipt, a payment, a
subscription, a delivery, a ticket or an account; and nothing in it or in its sender
speaks of hiring: "your application", an interview, a candidate, a first day at work.
A careers inbox that runs on a help desk (``jobs@`` on Freshdesk) is the employer's.

The candidate's own mail to such a desk, about an order or a ticket, is customer mail too.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import MessageKind
from silence_watch.core.senders import is_customer_desk, is_no_reply

if TYPE_CHECKING:
    from collections.abc import Iterable

    from silence_watch.core.model import Address, Message

#: Freshdesk's "Ticket Closed - [#48213] Re: ...": a help desk's word, no answer (a row of
#: ``core.kinds.OUT_OF_OFFICE_SUBJECTS``).
TICKET_NOTICE: Final = (
    lazy_pattern(
        r"^\W*(?:ticket|case|(?:support )?request|anfrage|demande|solicitud|caso|melding|verzoek)"
        r"\W{0,3}(?:#?\d+\W{0,3})?(?:received|closed|resolved|solved|created|opened|(?:has been"
        r"|was) (?:closed|resolved|solved|received|created))\b",
        re.IGNORECASE,
    ),
    MessageKind.AUTO_REPLY,
    "a help desk's ticket notice",
)

#: Help-desk platforms, as a label of a reply or return address (``parcelbird.zendesk.com``).
_PLATFORM_DOMAIN: Final = lazy_pattern(
    r"(?:^|\.)(?:zendesk|freshdesk|helpscout|intercom-mail|intercom|gorgias|zohodesk|kayako"
    r"|kustomer|helpshift|gladly|happyfox|deskpro)(?:mail)?\.",
    re.IGNORECASE,
)
#: What a help desk's machine writes into its mail (searched lower-cased).
_PLATFORM_MARK: Final = lazy_pattern(
    r"delivered by (?:zendesk|freshdesk|help ?scout|intercom|gorgias|zoho desk|kayako)"
    r"|powered by (?:zendesk|freshdesk|help ?scout|intercom|gorgias|zoho desk|kayako)"
    r"|##- ?(?:please type your reply above this line|bitte geben sie ihre antwort oberhalb"
    r"|veuillez saisir votre reponse au-dessus|escriba su respuesta encima|typ je antwoord"
    r" boven)"
)

#: An order, a bill, a delivery (folded): business a no-reply address may do with a customer.
_COMMERCE: Final = (
    # en
    r"(?:your|the|my) orders?\b|\border (?:#|no\b|number|confirmation|status|\d)|\binvoices?\b"
    r"|\breceipts?\b|\brefund\w*|\b(?:your|the|this) (?:payment|bill|subscription|package"
    r"|parcel|shipment|delivery)\b|\bsubscription\b|\bbilling\b|\btracking number\b"
    r"|\bshipping\b|\bdirect debit\b|\bout of stock\b"
    # de
    r"|\bbestellung\w*|\brechnung(?:en|snummer|sbetrag)?\b|\bquittung\b|\bzahlung\w*"
    r"|\blastschrift\w*|\b(?:ruck)?erstattung\b|\babonnement\w*|\bkunden(?:konto|nummer)\b"
    r"|\blieferung\w*|\bsendungsnummer\b|\bpaket\w*|\bversand\w*|\bretoure\w*|\bgutschrift\b"
    # fr
    # "reçu" the noun, never the participle of "vous avez reçu cet e-mail" (u32ta)
    r"|\bcommande\w*|\bfactur\w*|\b(?:votre|ton|le|un|du|vos|tes|les|des) recus?\b"
    r"|\brecus? (?:de paiement|fiscal|n\W|no\b|#)|\bpaiement\w*|\bprelevement\w*"
    r"|\b(?:compte|espace|service) client\b|\blivraison\w*|\bcolis\b"
    # es
    r"|\b(?:tu|su|el|del) pedido\b|\bpedido (?:n|#|numero|\d)|\brecibos?\b|\breembols\w*"
    r"|\bpasar(?:emos)? el cargo\b|\bfecha de cargo\b|\bcargo en (?:tu|su) cuenta\b"
    r"|\bdomiciliacion\b|\bsuscripcion\w*|\barea de clientes\b|\batencion al cliente\b"
    r"|\bdevolucion\w*|\benvio (?:de tu|del) pedido\b"
    # nl
    r"|\bbestelling\w*|\bfactu(?:ur|ren)\b|\bterugbetal\w*|\bbetaling\w*|\bincasso\w*"
    r"|\bklant(?:nummer|enservice|account)\b|\blevering\w*|\bbezorg\w*|\bpakket\w*"
    r"|\bretourneren\b|\bretourzending\b"
)
#: A ticket, a request to support, an account (folded): a customer desk's other business.
_SERVICE: Final = (
    r"\b(?:your|the|this|support) (?:ticket|request) ?(?:\(?#|no\b|number|has been|as (?:solved"
    r"|resolved))|\bticket ?(?:#|nr\.?|n°|no\.?|number|nummer|numero)? ?\d|\b(?:request|case"
    r"|anfrage|demande|solicitud|incidencia|melding) (?:\(?#|n°|nr\.?|no\.?|numero) ?\d"
    r"|\bsupport team\b|\bhelp cent(?:er|re)\b|\b(?:your|my) account\b|\bmi cuenta\b"
    r"|\bmijn account\b|\bmein konto\b|\bmon compte\b|\bkundenservice\b|\bservice client\b"
    r"|\bklantenservice\b|\batencion al cliente\b"
)
_COMMERCE_WORDS: Final = lazy_pattern(_COMMERCE)
_CUSTOMER_WORDS: Final = lazy_pattern(f"{_COMMERCE}|{_SERVICE}")

#: Words of hiring (folded): applying, an interview, a candidate, a role, a first day.
_HIRING: Final = lazy_pattern(
    # en
    r"\b(?:interview\w*|candida\w+|applicants?|(?:your|job|the) application\b|applied for"
    r"|recruit\w*|hiring|vacanc\w+|(?:the|this|that|your) (?:role|position)\b|cv\b"
    r"|(?:your|my) resume\b|offer letter|(?<!subscription )(?<!contract )start date|onboarding"
    r"|first day(?! of (?:the|each|every|next) (?:month|billing|cycle|period))|trial day"
    r"|talent acquisition|careers?\b"
    # de
    r"|bewerb\w*|vorstellungsgesprach\w*|kennenlerngesprach\w*|kandidat\w*|lebenslauf"
    r"|stellen(?:anzeige|ausschreibung|angebot)\w*|probearbeit\w*|personalabteilung"
    r"|(?:ihr|ihren|dein|deinen|erster|ersten|letzter|letzten) arbeitstag|arbeitsvertrag\w*"
    r"|eintritts(?:termin|datum)"
    # fr
    r"|entretien\w*|recrutement|(?:le|ce|du) poste\b|embauche\w*|premier jour de travail"
    r"|(?:votre|ton) premier jour"
    # es
    r"|entrevista\w*|proceso de seleccion|(?:el|este|al|del) puesto\b|vacante\w*|curriculum"
    r"|incorporacion|(?:tu|su) primer dia|primer dia de trabajo"
    # nl
    r"|sollicit\w*|kandida\w*|(?:sollicitatie|kennismakings|tweede )?gesprek(?:ken)?\b"
    r"|vacature\w*|werving\w*|eerste werkdag|proefdag|indiensttreding"
    # a decision, a start, a contract, a trial: the hiring's words too (tester round u23cu)
    r"|(?:our|a|the|final) decision\b(?! on (?:your|the|this) (?:order|refund|claim|ticket"
    r"|request|case|account))|(?:unsere|eine) entscheidung|notre decision|nuestra decision"
    r"|onze beslissing"
    r"|welcome aboard|bring you on|aan de slag|freelance\w*|contractor|statement of work"
    r"|sow\b|essai|trial day|probearbeit\w*|annonce\b)"
)
#: A sender that hires: a careers inbox, a recruiting team (its address or its name).
_HIRING_SENDER: Final = lazy_pattern(
    r"\b(?:recruit\w*|careers?|jobs?|talent\w*|hiring|hr|people|bewerbung\w*|karriere|personal"
    r"|recrutement|rh|emploi|empleo|rrhh|seleccion|werving|sollicitaties?|vacatures?)\b"
)
#: How much of a long body is looked at for a help desk's marks.
_BODY_CHARS: Final = 20_000


def customer_hits(message: Message, text: str | None) -> Iterable[tuple[MessageKind, str]]:
    """The customer-mail signal of ``message`` (its own words ``text``), when it is one."""
    if text is None:
        return  # only a whole message tells: the headers alone never do
    reason = customer_reason(message, text)
    if reason is not None:
        yield MessageKind.CUSTOMER, reason


def customer_reason(message: Message, text: str) -> str | None:
    """Why ``message`` is the candidate's mail as a customer, or None when it may be hiring."""
    desk = _desk(message)  # the addresses first: most mail is a person's, and stops here
    if desk is None and not _no_reply(message):
        return None
    said = fold(f"{message.subject}\n{text}")
    if _HIRING.search(said) or _hiring_sender(message):
        return None
    topic = (_CUSTOMER_WORDS if desk is not None else _COMMERCE_WORDS).search(said)
    if topic is None:
        return None
    desk = desk or "a no-reply address"
    return (
        f"customer mail: {desk} writes about {topic.group(0).strip()!r}, your business as"
        " their customer, not the hiring: no reply, and never written to"
    )


def _desk(message: Message) -> str | None:
    """Which customer desk or help desk wrote it (or, for her own mail, was written to)."""
    sender = message.sender
    for address in (sender, *message.reply_to):
        if address is not None and is_customer_desk(address.email):
            return address.email
    if sender is not None and message.to and all(
        is_customer_desk(a.email) or _PLATFORM_DOMAIN.search(a.domain + ".") for a in message.to
    ):
        return message.to[0].email  # her reply to the ticket, to support+id48213@...
    returned = message.headers.get("return-path", "")
    domains = [a.domain for a in (*message.reply_to, sender) if a is not None]
    platform = next((d for d in (*domains, returned) if _PLATFORM_DOMAIN.search(d + ".")), None)
    if platform is not None:
        return f"a help desk ({platform.strip('<> ')})"
    if message.body is not None and _PLATFORM_MARK.search(message.body[:_BODY_CHARS].lower()):
        return "a help desk"
    return None


def _hiring_sender(message: Message) -> bool:
    """True when the sender is a careers inbox or a recruiting team ("Pellworth Careers")."""
    people: list[Address] = [message.sender] if message.sender is not None else []
    return any(
        _HIRING_SENDER.search(fold(person.name)) or _HIRING_SENDER.search(
            " ".join(re.split(r"[-_.+]", person.local_part.casefold())))
        for person in people
    )


def _no_reply(message: Message) -> bool:
    """True when neither the sender nor the reply address can be answered."""
    addresses = [a for a in (message.sender, *message.reply_to) if a is not None]
    return bool(addresses) and any(is_no_reply(a.email) for a in addresses)
