"""Addresses that belong to machines: mail systems, no-reply senders, bulk senders, lists.

One set of rules over the local part of an address (the part before the ``@``). The
classifier reads each rule as evidence about what kind of mail arrived; compose and the
company record read them together to decide who can be written to, so an address the
classifier takes for a machine is never chosen as the recipient of a follow-up.

Words are matched as whole tokens of the local part (split at ``.``, ``-``, ``_``, ``+``),
so ``jobs-noreply`` is a no-reply address and ``norene`` is a person.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.team_names import is_hiring_word, is_team_word


class SenderRole(StrEnum):
    """What sort of machine an address belongs to."""

    MAIL_SYSTEM = "mail_system"
    NO_REPLY = "no_reply"
    BULK = "bulk"
    LIST_SOFTWARE = "list_software"
    ROLE_MAILBOX = "role_mailbox"


def _tokens(words: str) -> re.Pattern[str]:
    """A pattern for any of ``words`` as a whole token of a local part."""
    return lazy_pattern(rf"(?:^|[-_.+])(?:{words})(?:$|[-_.+])", re.IGNORECASE)


_MAIL_SYSTEM_WORDS = (
    r"mailer[-_.]?daemon|mail[-_.]?daemon|post[-_.]?master|poostmaster"
    r"|mail\.delivery\.system|mdaemon|bounces?"
)

#: The whole local part of a mail server's own address: mailer-daemon, postmaster.
MAIL_SYSTEM: Final = lazy_pattern(rf"^(?:{_MAIL_SYSTEM_WORDS})$", re.IGNORECASE)

#: Senders that say nobody reads the answers: no-reply, notifications, automated.
NO_REPLY: Final = _tokens(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|notifications?|notify|automated"
    r"|auto[-_.]?confirm|mailer|voice[-_.]?mail"
    # in the other four languages (tester round u23cu: "no-responder@bancoalcora")
    r"|no[-_.]?respond(?:er|a)|ne[-_.]?pas[-_.]?repondre|nepasrepondre|keine[-_.]?antwort"
    r"|nicht[-_.]?antworten|geen[-_.]?antwoord|niet[-_.]?beantwoorden",
)

#: Newsletters, job alerts and marketing senders.
BULK: Final = _tokens(
    r"newsletters?|news|job[-_.]?alerts?|jobalerts?|alerts?|digest|marketing|promotions?"
    r"|campaigns?|mailings?|updates|community|events|webinars?",
)

#: Subjects of job alerts and newsletters ("New jobs at Halloran Freight that match your
#: profile", "Stellenangebote, die zu Ihrem Profil passen"): bulk, whoever sends them.
BULK_SUBJECT: Final = lazy_pattern(
    r"\b(?:job alerts?|new (?:jobs?|roles?|openings?|positions?) (?:at [\w&'. -]{1,40}? )?"
    r"(?:for you|matching|near you|that (?:match|fit))"
    r"|(?:jobs?|roles?|vacancies) (?:that )?match(?:es|ing)? your (?:profile|skills|search)"
    r"|stellenangebote,? die zu (?:ihrem|deinem) profil passen|offres (?:qui )?correspond\w*"
    r" (?:a|à) votre profil|ofertas que (?:encajan|coinciden) con tu perfil|vacatures die bij"
    r" (?:je|jou|u) passen"
    r"|jobs? you (?:may|might) "
    r"(?:be interested|like)|recommended jobs|jobs? matching your|newsletter|weekly digest"
    r"|monthly digest|webinar|\d+ new jobs?)\b",
    re.IGNORECASE,
)

#: Mailing-list software: list-admin, list-owner, list-request, list-bounces.
LIST_SOFTWARE: Final = lazy_pattern(r".[-_](?:admin|owner|request|ctl|bounces?)$", re.IGNORECASE)

#: Mailboxes of a site's administration (RFC 2142) and of its mail system: delivery
#: reports mention them as whom to ask, never as the address that failed.
ROLE_MAILBOX: Final = lazy_pattern(
    rf"^(?:{_MAIL_SYSTEM_WORDS}|abuse|root|hostmaster|webmaster|noc|security)$", re.IGNORECASE
)

#: Every rule, in the order ``role_of`` tries them.
RULES: Final[tuple[tuple[SenderRole, re.Pattern[str]], ...]] = (
    (SenderRole.MAIL_SYSTEM, MAIL_SYSTEM),
    (SenderRole.ROLE_MAILBOX, ROLE_MAILBOX),
    (SenderRole.NO_REPLY, NO_REPLY),
    (SenderRole.BULK, BULK),
    (SenderRole.LIST_SOFTWARE, LIST_SOFTWARE),
)


#: Each answer below is the address's alone: asked again for every message of a timeline
#: (a status reads 12,662 at 100,000 messages) about a few hundred addresses, it is kept.
_remembered: Final = functools.lru_cache(maxsize=4096)


def local_part(address: str) -> str:
    """The part of ``address`` before the last ``@`` (the whole text when there is none)."""
    local, at, _ = address.rpartition("@")
    return local if at else address


@_remembered
def role_of(address: str) -> SenderRole | None:
    """The machine ``address`` (or a bare local part) belongs to, or None for a person."""
    local = local_part(address)
    return next((role for role, rule in RULES if rule.search(local)), None)


def is_no_reply(address: str) -> bool:
    """True for addresses nobody reads, so never worth writing to: any machine role.

    Stricter than any one classifier rule on purpose: a newsletter or list address may
    carry an employer's news, but a follow-up sent to it reaches no one.
    """
    return role_of(address) is not None


#: A department's desk that writes about the day, not the hiring: IT, reception, travel
#: and expenses, accounts (tester round t78lg: "Fahrenkamp IT-Service" sent the loan
#: laptop's ticket, and the follow-up went to it, in its ticket's thread).
SERVICE_DESK: Final = _tokens(
    r"it|it[-_.]?service|it[-_.]?support|it[-_.]?helpdesk|help[-_.]?desk|service[-_.]?desk"
    r"|support|facilities|reception|empfang|front[-_.]?desk|accounts[-_.]?payable|expenses?"
    r"|travel|reisekosten|buchhaltung|accounting|payroll|workplace|security|procurement"
    r"|finance|comptabilite|compta|contabilidad|nominas?|boekhouding|crediteuren|invoices?"
    r"|billing|ticket|tickets"
)


#: The desks that serve the company's customers: customer service, support, billing, the
#: shop's orders and subscriptions, in en, de, fr, es, nl (tester round u15in: the
#: candidate shops at Koopzaam, and its ``klantenservice@`` cancelled her order).
CUSTOMER_DESK: Final = _tokens(
    r"support|help|help[-_.]?desk|customer[-_.]?(?:service|care|support|success)s?"
    r"|customers?|client[-_.]?(?:service|care)|service[-_.]?clients?|relation[-_.]?clients?"
    r"|clients?|clientes?|klanten(?:service|contact)?|klantcontact|klantenteam"
    r"|kunden(?:service|dienst|center|betreuung)?|atencion[-_.]?(?:al[-_.]?)?cliente"
    r"|servicio[-_.]?(?:al[-_.]?)?cliente|billing|invoices?|invoicing|facturacion|facturas?"
    r"|facturation|factuur|facturen|facturatie|rechnung(?:en)?|abrechnung|payments?|pagos"
    r"|paiements?|zahlungen?|betalingen|orders?|bestellingen|bestellung(?:en)?|pedidos"
    r"|commandes?|shop|store|webshop|onlineshop|tienda|boutique|winkel|subscriptions?"
    r"|abonnements?|suscripciones|abo|returns|retouren|devoluciones|receipts?|recibos|sav"
)


#: Second-level labels of a country's suffix: ``co.uk``, ``com.es``.
_SECOND_LEVEL: Final = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne"})


@_remembered
def is_customer_desk(address: str) -> bool:
    """True for a desk that serves the company's customers (``klantenservice@``, ``billing@``).

    A subdomain for customers counts too: ``avisos@clientes.brisatelecom.example``.
    """
    local, at, domain = address.rpartition("@")
    labels = domain.split(".") if at else []
    # not the company's own name and its suffix ("koopzaam.example", "brisa.co.uk")
    labels = labels[: -3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL else -2]
    return any(CUSTOMER_DESK.search(part) is not None for part in (local or address, *labels))


@_remembered
def is_service_desk(address: str) -> bool:
    """True for a department's desk (IT, reception, travel, accounts) or a customer desk.

    Nobody there hires: such an address is written to last, greeted by no name, and its
    ticket is no thread (``core.conversation``).
    """
    return SERVICE_DESK.search(local_part(address)) is not None or is_customer_desk(address)


#: The local parts of a team's shared inbox: written to only when no person can be.
_SHARED_INBOX: Final = lazy_pattern(
    r"^(?:recruit\w*|careers?|jobs?|talent\w*|hr|hiring|scheduling|interviews?|people|info"
    r"|contact|candidates?|rh|bewerbung\w*|karriere|personal|empleo|rrhh|seleccion|vacatures"
    r"|werving|sollicitaties?|recrutement|emploi)$",
    re.IGNORECASE,
)
#: Words that name which team a shared inbox is: "graduate.recruitment@", "early-careers@",
#: "campus_recruiting@", "talent.acquisition@", "jobs.uk@" (tester round u33fu).
_TEAM_QUALIFIER: Final = lazy_pattern(
    r"^(?:graduates?|grad|campus|early|university|uni|students?|interns?|internships?"
    r"|trainees?|apprentices?|apprenticeships?|experienced|future|global|team|acquisition"
    r"|selectie|selection|de|uk|us|eu|nl|fr|es|emea|group|stage|stages|ausbildung|azubi)$",
    re.IGNORECASE,
)


@_remembered
def is_shared_inbox(address: str) -> bool:
    """True for a team's inbox ("recruiting@", "careers@", "graduate.recruitment@").

    No person, no name to greet. A local part of several words is one when each is a
    team's word and one names hiring; "dana.recruiter@" and "anne.hr@" are people.
    """
    local = address.rpartition("@")[0]
    if _SHARED_INBOX.match(local) is not None or is_hiring_word(local):
        return True
    parts = [p for p in re.split(r"[._-]", local) if p]
    hiring = [p for p in parts if _SHARED_INBOX.match(p) is not None or is_hiring_word(p)]
    return len(parts) > 1 and bool(hiring) and all(
        p in hiring or _TEAM_QUALIFIER.match(p) is not None or is_team_word(p) for p in parts
    )
