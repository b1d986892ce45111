"""Which interview a message belongs to, and how sure we are.

Rules, most confident first: a reply in a thread already tied to an interview; a
configured contact; the agency's contacts; the company's domains and their subdomains.
Mail the candidate sent counts by its recipients, so a thank-you written by hand joins
the interview's timeline. Pure: no IO.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.model import Address, Direction, Interview, Message

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence


@dataclass(frozen=True, slots=True)
class Match:
    """A message tied to an interview, with the confidence and the reason."""

    interview_id: int
    confidence: float
    reason: str
    via_agency: bool = False


def direction_of(message: Message, own_addresses: Collection[str]) -> Direction:
    """Outbound when the candidate wrote it, inbound otherwise."""
    if message.sender is not None and message.sender.email in own_addresses:
        return Direction.OUTBOUND
    return Direction.INBOUND


def counterparts(message: Message, own_addresses: Collection[str]) -> tuple[Address, ...]:
    """The people on the other side: recipients of the candidate's mail, else the sender."""
    if direction_of(message, own_addresses) is Direction.OUTBOUND:
        return tuple(a for a in message.recipients() if a.email not in own_addresses)
    sender = (message.sender,) if message.sender is not None else ()
    return sender + message.reply_to


def domain_matches(domain: str, company_domains: Collection[str]) -> bool:
    """True when ``domain`` is one of ``company_domains`` or a subdomain of one."""
    domain = domain.lower().rstrip(".")
    return any(domain == d or domain.endswith("." + d) for d in company_domains)


def match_message(
    message: Message,
    interviews: Sequence[Interview],
    *,
    own_addresses: Collection[str],
    thread_owner: Mapping[str, int] | None = None,
) -> Match | None:
    """Return the best match for ``message`` among ``interviews``, or None.

    ``thread_owner`` maps Message-IDs already on an interview's timeline to its id.
    """
    owners = thread_owner or {}
    for ref in (message.in_reply_to, *reversed(message.references)):
        if ref is not None and ref in owners:
            return Match(owners[ref], 1.0, f"replies in the thread of <{ref}>")
    people = counterparts(message, own_addresses)
    emails = {a.email for a in people}
    for interview in interviews:
        hit = emails & {c.email.lower() for c in interview.contacts}
        if hit:
            return Match(interview.id, 0.95, f"{min(hit)} is a contact for {interview.company}")
    for interview in interviews:
        if interview.agency is None:
            continue
        hit = emails & {c.email.lower() for c in interview.agency.contacts}
        if hit:
            reason = f"{min(hit)} is at {interview.agency.name}, the agency"
            return Match(interview.id, 0.9, reason, via_agency=True)
    for interview in interviews:
        domains = [d.lower() for d in interview.domains]
        hit_domains = sorted(a.domain for a in people if domain_matches(a.domain, domains))
        if hit_domains:
            reason = f"{hit_domains[0]} is a domain of {interview.company}"
            return Match(interview.id, 0.8, reason)
    return None
