"""Finding the candidate's interviews in their mail: messages in, proposed rounds out. Pure.

``core.sightings`` reads one message (or a reply with the message it answers) into one
proposal of a kind: a confirmation, a video-call invitation, an accepted time, a thank-you
note. Calendar invitations are ``core.invites``. Here the sightings of one round, whatever
read them, become one proposal: the same company (or its people, or its domains) and the
same time (within ``SAME_TIME``; a thank-you note's whole day). The merged proposal keeps
the most exact time (an invitation's, else a confirmation's, else an accepted time's) and
all the evidence; its confidence grows with each independent piece (1 - the product of
each piece's doubt).

Nothing here decides to add anything: the candidate confirms a proposal (``add 5``), or
``discovery.auto_confirm`` does above ``discovery.min_confidence`` (``engine.discovery``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import company_names, relay_of
from silence_watch.core.employers import squeezed
from silence_watch.core.invites import (
    ProposalKind,
    ProposedInterview,
    apply_invites,
    calendar_headers,
    invites_in,
)
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.sightings import (
    acceptance,
    confirmation,
    job_invitation,
    mass_mailed,
    thank_you,
)
from silence_watch.core.words import day_words, moment_words

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence
    from datetime import tzinfo

    from silence_watch.core.model import Address, Interview, Message, Process

#: Two sightings this close in time, of one company, are one round.
SAME_TIME: Final = timedelta(minutes=90)
#: A proposal this close to a round the candidate already has is that round.
SAME_ROUND: Final = timedelta(hours=12)
#: Which sighting's time wins when several saw one round: the most exact first.
PRECEDENCE: Final = (
    ProposalKind.INVITATION,
    ProposalKind.CONFIRMATION,
    ProposalKind.VIDEO_LINK,
    ProposalKind.ACCEPTED,
    ProposalKind.THANK_YOU,
)
#: The most any proposal's confidence reaches: it is never certain until confirmed.
CEILING: Final = 0.99

_WORTH_SUBJECT: Final = lazy_pattern(
    r"interview|screen|call\b|chat\b|meeting|schedul|confirm|invitation|invite|zoom|teams|meet\b"
    r"|next steps?|availability|appointment|onsite|on-site|talk|conversation|connect|thank"
    r"|gespräch|termin|einladung|danke|entretien|rendez-vous|merci|entrevista|reunión|cita"
    r"|gracias|gesprek|afspraak|uitnodiging|bedankt|colloquio",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mail:
    """One message as discovery reads it (with its body), and whether the candidate sent it."""

    message: Message
    outbound: bool


def worth_reading(message: Message, *, outbound: bool) -> bool:
    """True when a message's headers say its body may show an interview (cheap, headers only).

    The candidate's replies and thank-you notes; calendar invitations; mail from a hiring
    system or scheduling tool; mail whose subject speaks of a meeting. Bulk mail (lists,
    newsletters, alerts) only from a hiring system.
    """
    if outbound:
        return message.in_reply_to is not None or bool(_WORTH_SUBJECT.search(message.subject))
    if calendar_headers(message):
        return True
    sender = message.sender
    relay = sender is not None and relay_of(sender.domain) is not None
    if mass_mailed(message) and not relay:
        return False
    return relay or bool(_WORTH_SUBJECT.search(message.subject))


def discover(
    mails: Sequence[Mail],
    *,
    own: Collection[str],
    zone: tzinfo,
    month_first: bool = False,
) -> list[ProposedInterview]:
    """Every round the mail shows, one proposal each, earliest first.

    A reply is read with the message it answers when that is among ``mails`` (else with
    what it quotes). ``zone`` is the candidate's; ``month_first`` reads 11/03 as
    November 3 (for a candidate in the US).
    """
    mine = frozenset(address.lower() for address in own)
    by_id = {m.message.message_id: m.message for m in mails if m.message.message_id}
    found, calendars = _invitations(mails, mine, zone)
    for mail in mails:
        message = mail.message
        if message.message_id in calendars:
            continue  # an invitation's own text is that invitation, read once (even cancelled)
        if mail.outbound:
            parent = by_id.get(message.in_reply_to or "") or next(
                (by_id[ref] for ref in reversed(message.references) if ref in by_id), None
            )
            if parent is not None and parent.sender is not None and parent.sender.email in mine:
                parent = None  # answering their own mail: no recruiter's proposal to accept
            if message.in_reply_to:
                found += _some(acceptance(message, parent, own=mine, zone=zone,
                                          month_first=month_first))  # fmt: skip
            found += _some(thank_you(message, own=mine, zone=zone))
        else:
            found += _some(confirmation(message, own=mine, zone=zone, month_first=month_first))
    return fill_roles(unify_names(merge_all(found)))


def _invitations(
    mails: Sequence[Mail], own: frozenset[str], zone: tzinfo
) -> tuple[list[ProposedInterview], set[str]]:
    """The invitations about a job, updates and cancellations applied; the mail they were in.

    An invitation is about a job when some mail it came in says so (``job_invitation``:
    a friend's coffee is no round). The second item holds the Message-IDs of every
    message whose calendar part held an event, so that its text (Google's "You have been
    invited to ...") is not read again.
    """
    received = sorted(
        (m.message for m in mails if not m.outbound and m.message.date is not None),
        key=lambda m: m.date or datetime.min.replace(tzinfo=UTC),
    )
    zone_name = getattr(zone, "key", "UTC")
    held: dict[str, ProposedInterview] = {}
    read: set[str] = set()
    jobs: set[str] = set()  # the UIDs some mail showed to be about a job
    for message in received:
        invites = invites_in(message, own_addresses=own, default_zone=zone_name)
        if invites and message.message_id:
            read.add(message.message_id)
        jobs.update(i.uid for i in invites if job_invitation(i, message))
        held = apply_invites(held, invites)
    live = [p for p in held.values() if not p.cancelled and p.start is not None]
    return [p for p in live if p.uid in jobs], read


def _some(proposal: ProposedInterview | None) -> list[ProposedInterview]:
    return [] if proposal is None else [proposal]


def same_company(first: str | None, second: str | None) -> bool:
    """True when two names name one company ("Acme Corp" and "Acme")."""
    if not first or not second:
        return False
    if squeezed(first) == squeezed(second):  # "Vantageorbital" and "Vantage Orbital"
        return True
    return bool(set(company_names(first)) & set(company_names(second)))


def same_employer(a: ProposedInterview, b: ProposedInterview) -> bool:
    """The same company by name, or by a domain or person both were seen with."""
    if same_company(a.company, b.company):
        return True
    if a.company and b.company:
        return False
    emails = {p.email for p in _people(a)} & {p.email for p in _people(b)}
    return bool(set(a.domains) & set(b.domains) or emails)


def same_round(a: ProposedInterview, b: ProposedInterview) -> bool:
    """Two proposals of one round: one employer, one time (a day, for a thank-you note)."""
    if a.start is None or b.start is None or not same_employer(a, b):
        return False
    if a.all_day or b.all_day:
        whole = a if a.all_day else b
        zone = whole.start.tzinfo if whole.start else None
        return a.start.astimezone(zone).date() == b.start.astimezone(zone).date()
    return abs(a.start - b.start) <= SAME_TIME


def merge(a: ProposedInterview, b: ProposedInterview) -> ProposedInterview:
    """One proposal from two sightings of one round: the better time, all the evidence."""
    first, second = sorted((a, b), key=_rank)
    people = {p.email: p for p in (*_people(second), *_people(first))}
    organizer = first.organizer or second.organizer
    others = tuple(p for e, p in people.items() if organizer is None or e != organizer.email)
    return replace(
        first,
        company=first.company or second.company,
        role=first.role or second.role,
        organizer=organizer,
        attendees=others,
        domains=tuple(dict.fromkeys((*first.domains, *second.domains))),
        evidence=tuple(dict.fromkeys((*first.evidence, *second.evidence))),
        sources=tuple(dict.fromkeys((*first.sources, *second.sources))),
        confidence=(
            combined(first.confidence, second.confidence)
            if set(a.evidence) != set(b.evidence)
            else max(first.confidence, second.confidence)  # the same mail, read twice
        ),
        agency=first.agency or second.agency,
        timezone=first.timezone or second.timezone,
        end=first.end or (second.end if first.start == second.start else None),
    )


def absorb(keeper: ProposedInterview, seen: ProposedInterview) -> ProposedInterview:
    """``keeper`` (a stored proposal) with what ``seen`` adds; it keeps its id and method.

    The better time still wins (a confirmation's over an accepted time's); an invitation
    stays an invitation, so its updates and cancellations still find it.
    """
    merged = merge(keeper, seen)
    kind = keeper.kind if keeper.kind is ProposalKind.INVITATION else merged.kind
    return replace(merged, uid=keeper.uid, sequence=keeper.sequence, method=keeper.method,
                   cancelled=keeper.cancelled, kind=kind)  # fmt: skip


def merge_all(found: Iterable[ProposedInterview]) -> list[ProposedInterview]:
    """Sightings merged into one proposal per round, earliest first."""
    rounds: list[ProposedInterview] = []
    for proposal in sorted(found, key=_rank):
        index = next((i for i, held in enumerate(rounds) if same_round(held, proposal)), None)
        if index is None:
            rounds.append(proposal)
        else:
            rounds[index] = merge(rounds[index], proposal)
    return sorted(rounds, key=lambda p: (p.start is None, p.start))


def combined(*confidences: float) -> float:
    """The confidence of independent pieces of evidence together, never certain."""
    doubt = 1.0
    for value in confidences:
        doubt *= 1.0 - min(max(value, 0.0), 1.0)
    return round(min(1.0 - doubt, CEILING), 2)


def unify_names(proposals: list[ProposedInterview]) -> list[ProposedInterview]:
    """Every round of one company under its fullest name ("Acme" becomes "Acme Corp")."""
    named = [p.company for p in proposals if p.company]
    unified = []
    for proposal in proposals:
        if proposal.company:
            same = [n for n in named if same_company(n, proposal.company)]
            proposal = replace(proposal, company=max(same, key=len))  # noqa: PLW2901
        unified.append(proposal)
    return unified


def fill_roles(proposals: list[ProposedInterview]) -> list[ProposedInterview]:
    """A round without a role (or agency) takes its company's, when its others name one."""
    filled = []
    for proposal in proposals:
        if proposal.company:
            company = proposal.company
            others = [p for p in proposals if same_company(p.company, company)]
            roles = {p.role for p in others if p.role}
            agencies = {p.agency for p in others if p.agency}
            if proposal.role is None and len(roles) == 1:
                proposal = replace(proposal, role=roles.pop())  # noqa: PLW2901 - the filled one
            if proposal.agency is None and len(agencies) == 1:
                proposal = replace(proposal, agency=agencies.pop())  # noqa: PLW2901
        filled.append(proposal)
    return filled


def process_of(proposal: ProposedInterview, processes: Sequence[Process]) -> Process | None:
    """The one open process a proposal belongs to (by company, domain or person), if any.

    By company name first; failing that, by the domain or a person both share, even when
    the mail spells the company shorter ("Saltmarsh" for "Saltmarsh Analytics").
    """
    emails = {p.email for p in _people(proposal)}
    open_ = [p for p in processes if not p.closed]
    found = [p for p in open_ if same_company(p.company, proposal.company)] or [
        p for p in open_
        if set(proposal.domains) & set(p.domains) or emails & {c.email for c in p.contacts}
    ]  # fmt: skip
    if proposal.role and len(found) > 1:
        found = [p for p in found if p.role.casefold() == proposal.role.casefold()] or found
    return found[0] if len(found) == 1 else None


def round_of(proposal: ProposedInterview, process: Process) -> Interview | None:
    """The live round of ``process`` a proposal sees again, if it sees one it has."""
    if proposal.start is None:
        return None
    for entry in process.live_rounds:
        if proposal.all_day:
            zone = proposal.start.tzinfo
            if entry.date.astimezone(zone).date() == proposal.start.date():
                return entry
        elif abs(entry.date - proposal.start) <= SAME_ROUND:
            return entry
    return None


def split_as(text: str | None) -> tuple[str | None, str | None]:
    """``add 5 as Acme / Data Engineer``'s words as (company, role); either may be missing."""
    if not text:
        return None, None
    company, _, role = text.partition("/")
    return (" ".join(company.split()) or None), (" ".join(role.split()) or None)


def sureness(confidence: float) -> str:
    """A confidence in words for a person."""
    if confidence >= 0.9:
        return "very likely"
    if confidence >= 0.75:
        return "likely"
    return "possibly"


def label(proposal: ProposedInterview) -> str:
    """"Acme Corp, Data Engineer", as the candidate would name the application."""
    company = proposal.company or "an employer not named in the mail"
    return f"{company}, {proposal.role}" if proposal.role else company


def when_words(proposal: ProposedInterview, zone: tzinfo, now: datetime) -> str:
    """When the round is, in the candidate's zone ("Tue 3 Nov 15:00", or the day alone)."""
    if proposal.start is None:
        return "no date"
    if proposal.all_day:
        return day_words(proposal.start.date(), today=now.astimezone(zone).date())
    return moment_words(proposal.start, zone, now=now)


def describe(proposal: ProposedInterview, zone: tzinfo, now: datetime) -> str:
    """One line about a proposal: who, when, with whom, seen where, how sure."""
    names = [p.name or p.email for p in _people(proposal)][:3]
    people = f" with {', '.join(names)}" if names else ""
    agency = f" (through {proposal.agency.name})" if proposal.agency else ""
    seen = ", ".join(proposal.sources) or "your mail"
    return (
        f"{label(proposal)}{agency}: {when_words(proposal, zone, now)}{people}; seen in {seen}"
        f" ({sureness(proposal.confidence)} an interview)"
    )


def _people(proposal: ProposedInterview) -> list[Address]:
    return [p for p in (proposal.organizer, *proposal.attendees) if p is not None]


def _rank(proposal: ProposedInterview) -> tuple[int, int, float]:
    kind = PRECEDENCE.index(proposal.kind) if proposal.kind in PRECEDENCE else len(PRECEDENCE)
    return (proposal.all_day, kind, -proposal.confidence)
