"""Which interview a message belongs to, and how sure we are.

Rules, most confident first (``RULE_CONFIDENCE``): a reply in a thread already tied to an
interview; a configured contact; the agency's contacts; the company's domains and their
subdomains; an applicant-tracking system's relay that names the company; a contact or
company address copied on mail from elsewhere. Mail the candidate sent counts by its
recipients, so a thank-you written by hand joins the interview's timeline.

When one rule fits two interviews (two roles at one company), the role words in the
subject and body decide, then the interview nearest before the message. Every match
says why in words the candidate can check.

Consumer mail domains (gmail.com, outlook.com, ...) and relay domains never match a
company by domain alone: thousands of strangers share them (see ``core.companies``).

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from silence_watch.core.agency_systems import agency_people
from silence_watch.core.companies import (
    company_names,
    domain_matches,
    relay_of,
)
from silence_watch.core.model import Address, Direction, Interview, Message
from silence_watch.core.network_messages import relayed_message
from silence_watch.core.new_address import known_elsewhere
from silence_watch.core.other_clients import another_client, names_in
from silence_watch.core.other_organisations import another_client_copied, relayed_for_another
from silence_watch.core.reach import company_domains, full_name, within_reach
from silence_watch.core.roles import other_role_named, role_score
from silence_watch.core.successors import successor_of
from silence_watch.core.threads import ThreadLink
from silence_watch.core.unlisted_relays import unlisted_relay

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Collection, Mapping, Sequence


class MatchRule(StrEnum):
    """The kind of evidence that tied a message to an interview."""

    THREAD = "thread"
    CONTACT = "contact"
    AGENCY = "agency"
    DOMAIN = "domain"
    ATS_SENDER = "ats_sender"
    ATS_SUBJECT = "ats_subject"
    ATS_BODY = "ats_body"
    COPIED = "copied"


#: How much each kind of evidence is worth, in the order the rules are tried.
RULE_CONFIDENCE: Mapping[MatchRule, float] = {
    MatchRule.THREAD: 1.0,
    MatchRule.CONTACT: 0.95,
    MatchRule.AGENCY: 0.9,
    MatchRule.DOMAIN: 0.8,
    MatchRule.ATS_SENDER: 0.75,
    MatchRule.ATS_SUBJECT: 0.7,
    MatchRule.ATS_BODY: 0.6,
    MatchRule.COPIED: 0.5,
}


@dataclass(frozen=True, slots=True)
class Match:
    """A message tied to an interview, with the confidence and the reason."""

    interview_id: int
    confidence: float
    reason: str
    via_agency: bool = False
    rule: str = ""
    by_date: bool = False  # two fitted, and only the dates chose: its text may tell (t67sc)


#: How sure a thread-only match is, by what tied the message to the thread, and why.
#: A message the threader made the root of an interview's thread is tied by its later
#: messages' evidence, which this table cannot see: it counts as the weakest.
THREAD_LINKS: Mapping[ThreadLink, tuple[float, str]] = {
    ThreadLink.REFERENCES: (0.9, "in the same thread as this interview's mail (its references)"),
    ThreadLink.GMAIL: (0.7, "in the same Gmail conversation as this interview's mail"),
    ThreadLink.SUBJECT: (0.4, "same subject and people as this interview's mail (low confidence)"),
    ThreadLink.ROOT: (0.4, "the first message of a thread this interview's mail is in"),
}

#: Why a bounce joins the interview whose message bounced.
BOUNCE_REASON = "a bounce of a message in this interview's thread"


def thread_match(owner_id: int, link: ThreadLink) -> Match:
    """A message the threader put in interview ``owner_id``'s thread, tied by ``link``."""
    confidence, reason = THREAD_LINKS[link]
    return Match(owner_id, confidence, reason)


def bounce_match(bounced_message_id: str | None, owners: Mapping[str, int]) -> Match | None:
    """The interview whose message bounced, when ``owners`` (Message-ID -> id) knows it."""
    if bounced_message_id is None or bounced_message_id not in owners:
        return None
    return Match(owners[bounced_message_id], 1.0, BOUNCE_REASON)


def direction_of(
    message: Message, own_addresses: Collection[str], own_name: str = ""
) -> Direction:
    """Outbound when the candidate wrote it; under ``own_name``, own address in Cc, too."""
    sender = message.sender
    if sender is not None and sender.email in own_addresses:
        return Direction.OUTBOUND
    mine = full_name(own_name)
    copied = any(a.email in own_addresses for a in message.cc)  # a namesake writes *to* them
    if sender is not None and mine and full_name(sender.name) == mine and copied and not any(
        a.email in own_addresses for a in message.to
    ):
        return Direction.OUTBOUND
    return Direction.INBOUND


def counterparts(message: Message, own_addresses: Collection[str]) -> tuple[Address, ...]:
    """The people on the other side: recipients of the candidate's mail, else the sender."""
    if direction_of(message, own_addresses) is Direction.OUTBOUND:
        return tuple(a for a in message.recipients() if a.email not in own_addresses)
    sender = (message.sender,) if message.sender is not None else ()
    return sender + message.reply_to


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
    thread = _by_thread(message, interviews, thread_owner or {})
    if thread is not None:
        return thread
    facts = _Facts.of(message, own_addresses)
    if facts.relay is None and not within_reach((*facts.people, *facts.copied), interviews):
        heirs = successor_of(message, interviews)  # "I've taken over from Anna" (u53rv)
        if not heirs:
            return None  # no address or domain of any interview, nor a successor: no rule fits
        heir, said, tied_by, by_date = _choose(heirs, message)
        rule = MatchRule.CONTACT
        return Match(heir.id, RULE_CONFIDENCE[rule], said + tied_by, rule=rule, by_date=by_date)
    for rule, finder in _RULES:
        found = [(iv, why) for iv in interviews if (why := finder(iv, facts)) is not None]
        if found:
            interview, why, tie_break, by_date = _choose(found, message)
            return Match(
                interview.id,
                RULE_CONFIDENCE[rule],
                why + tie_break,
                via_agency=rule is MatchRule.AGENCY,
                rule=rule,
                by_date=by_date,
            )
    return None


def match_thread(
    messages: Sequence[Message],
    interviews: Sequence[Interview],
    *,
    own_addresses: Collection[str],
    thread_owner: Mapping[str, int] | None = None,
) -> Match | None:
    """The most confident match among a thread's messages; the earliest wins a tie."""
    best: Match | None = None
    for message in messages:
        found = match_message(
            message, interviews, own_addresses=own_addresses, thread_owner=thread_owner
        )
        if found is not None and (best is None or found.confidence > best.confidence):
            best = found
    return best


def _by_thread(
    message: Message,
    interviews: Sequence[Interview],
    owners: Mapping[str, int],
) -> Match | None:
    for ref in (message.message_id, message.in_reply_to, *reversed(message.references)):
        if ref is None or ref not in owners:
            continue
        owner = owners[ref]
        named = next((_label(iv) for iv in interviews if iv.id == owner), f"interview {owner}")
        sibling = other_role_named(message, interviews, owner)
        if sibling is not None:
            reason = f"it replies in a thread of {named} but is about {_label(sibling)}"
            return Match(sibling.id, RULE_CONFIDENCE[MatchRule.THREAD], reason,
                         rule=MatchRule.THREAD)  # fmt: skip
        if ref == message.message_id:
            reason = f"this message is already on the timeline of {named}"
        else:
            reason = f"it replies in a thread already tied to {named}"
        return Match(owner, RULE_CONFIDENCE[MatchRule.THREAD], reason, rule=MatchRule.THREAD)
    return None


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the rules look at in one message, computed once."""

    outbound: bool
    people: tuple[Address, ...]
    copied: tuple[Address, ...]
    subject: str
    body: str
    relay: str | None  # the relay (ATS) one of the people writes through, if any
    titled: str = ""  # the subject as written (capitals kept)

    @classmethod
    def of(cls, message: Message, own_addresses: Collection[str]) -> _Facts:
        people = counterparts(message, own_addresses)
        outbound = direction_of(message, own_addresses) is Direction.OUTBOUND
        seen = {a.email for a in people}
        copied = (
            ()
            if outbound
            else tuple(
                a
                for a in message.recipients()
                if a.email not in own_addresses and a.email not in seen
            )
        )
        return cls(
            outbound=outbound,
            people=people,
            copied=copied,
            subject=message.subject.casefold(),
            body=(message.body or "").casefold(),
            relay=next((r for a in people if (r := relay_of(a.domain)) is not None), None)
            or relayed_message(message)  # "Sam sent you a new message": a network relays
            or unlisted_relay(message),  # "Maison Bréval - Recrutement" <ne-pas-repondre@>
            titled=message.subject,
        )


def _contact(interview: Interview, facts: _Facts) -> str | None:
    contacts = {c.email.lower() for c in interview.contacts}
    hit = sorted(a.email for a in facts.people if a.email in contacts)
    if not hit:
        return None if facts.outbound else _contact_elsewhere(interview, facts)
    if facts.outbound:
        return f"you wrote to {hit[0]}, a contact for {interview.company}"
    return f"{hit[0]} is a contact for {interview.company}"


def _contact_elsewhere(interview: Interview, facts: _Facts) -> str | None:
    texts = (facts.subject, facts.body)
    sender = known_elsewhere(
        facts.people, interview.contacts, interview.company, texts, relayed=facts.relay is not None
    )
    if sender is None:
        return None
    return f"{sender.name}, a contact for {interview.company}, writes from {sender.email}"


def _agency(interview: Interview, facts: _Facts) -> str | None:
    if interview.agency is None:
        return None
    hit = agency_people(interview, facts.people, facts.subject, facts.body)  # its system too
    if not hit:  # the recruiter moved agencies, and writes from the new one (t64ag)
        texts = (facts.subject, facts.body)
        moved = known_elsewhere(facts.people, interview.agency.contacts, interview.company,
                                texts, relayed=facts.relay is not None)  # fmt: skip
        hit = [moved.email] if moved is not None else []
    if not hit or another_client(interview.company, facts.titled) or another_client_copied(
        (*facts.people, *facts.copied), facts.titled, interview
    ):  # "Corrib Insurance - Data Analyst - 1st interview", Siobhán at Corrib copied (u30ic)
        return None
    agency = interview.agency.name
    if facts.outbound:
        return f"you wrote to {hit[0]} at {agency}, the agency for {interview.company}"
    return f"{hit[0]} is at {agency}, the agency for {interview.company}"


def _domain(interview: Interview, facts: _Facts) -> str | None:
    domains = company_domains(interview)
    hit = sorted(a.domain for a in facts.people if domain_matches(a.domain, domains))
    if not hit:
        return None
    if facts.outbound:
        return f"you wrote to {hit[0]}, a domain of {interview.company}"
    return f"{hit[0]} is a domain of {interview.company}"


def _ats_sender(interview: Interview, facts: _Facts) -> str | None:
    relay, names = _relay_and_names(interview, facts)
    if relay is None:
        return None
    for person in facts.people:
        if names_in(names, person.name.casefold()) or _named_in_address(interview, person):
            sender = person.name or person.email
            return f"sent through {relay} for {interview.company}, by {sender}"
    return None


def _ats_subject(interview: Interview, facts: _Facts) -> str | None:
    relay, names = _relay_and_names(interview, facts)
    if relay is None:
        return None
    if names_in(names, facts.subject):
        return f"sent through {relay}, and the subject names {interview.company}"
    # "New voicemail from Dana Ruiz", "Sam Ortiz sent you a new message": a contact by name
    full_names = [c.name for c in interview.contacts if len(c.name.split()) >= 2]
    named = next((n for n in full_names if names_in([n.casefold()], facts.subject)), None)
    if named is None:
        return None
    return f"sent through {relay}, and the subject names {named} of {interview.company}"


def _ats_body(interview: Interview, facts: _Facts) -> str | None:
    relay, names = _relay_and_names(interview, facts)
    # A short name ("HP", "Box") in a long body is too often a coincidence.
    long_names = tuple(name for name in names if len(name) >= 4) or names[:1]
    if relay is None or not names_in(long_names, facts.body):
        return None
    # A scheduler writing for someone at another organisation: "coffee chat with Maya Chen"
    # (Fernway Health), her note names it. Not a network's own notice ("Sam sent you a
    # new message"), whose sender is the network itself.
    if any(relay_of(p.domain) for p in facts.people) and relayed_for_another(
        facts.people, interview
    ):
        return None
    return f"sent through {relay}, and the message names {interview.company}"


def _copied(interview: Interview, facts: _Facts) -> str | None:
    contacts = {c.email.lower() for c in interview.contacts}
    domains = company_domains(interview)
    for person in sorted(facts.copied, key=lambda a: a.email):
        if person.email in contacts:
            return f"{person.email}, a contact for {interview.company}, is copied"
        if domain_matches(person.domain, domains):
            return f"{person.email} at {interview.company} is copied"
    return None


_RULES: tuple[tuple[MatchRule, Callable[[Interview, _Facts], str | None]], ...] = (
    (MatchRule.CONTACT, _contact),
    (MatchRule.AGENCY, _agency),
    (MatchRule.DOMAIN, _domain),
    (MatchRule.ATS_SENDER, _ats_sender),
    (MatchRule.ATS_SUBJECT, _ats_subject),
    (MatchRule.ATS_BODY, _ats_body),
    (MatchRule.COPIED, _copied),
)


def _relay_and_names(interview: Interview, facts: _Facts) -> tuple[str | None, tuple[str, ...]]:
    if facts.relay is None:
        return None, ()  # no relay: the rules that need one look no further
    return facts.relay, company_names(interview.company)


def _named_in_address(interview: Interview, person: Address) -> bool:
    """Workday and iCIMS put the company in the local part: ``acme@myworkday.com``."""
    tokens = set(re.split(r"[.\-_+]", person.local_part))
    compact = {re.sub(r"\W", "", name) for name in company_names(interview.company)}
    return bool(tokens & {name for name in compact if len(name) >= 3})


def _choose(
    found: Sequence[tuple[Interview, str]],
    message: Message,
) -> tuple[Interview, str, str, bool]:
    """Pick one interview a rule fits: by the company its subject names, role words, date.

    An agency's "Fenwick Rail interview confirmed" is about Fenwick, whatever the other
    client's role words in the recruiter's signature say.
    """
    subject = message.subject.casefold()
    named = [(iv, why) for iv, why in found if names_in(company_names(iv.company), subject)]
    if len(named) < len(found) and len({iv.company.casefold() for iv, _ in named}) == 1:
        found = named
        if len(found) == 1:
            return found[0][0], found[0][1], f"; the subject names {found[0][0].company}", False
    if len(found) == 1:
        return found[0][0], found[0][1], "", False
    text = f"{subject}\n{message.body or ''}".casefold()
    scored = [(role_score(iv, [other for other, _ in found], text), iv, why) for iv, why in found]
    best_score = max(score for score, _, _ in scored)
    leaders = [(iv, why) for score, iv, why in scored if score == best_score]
    if len(leaders) == 1 and best_score > (False, 0, 0):
        interview, why = leaders[0]
        return interview, why, f"; the message mentions the role {interview.role}", False
    interview, relation = _nearest(tuple(iv for iv, _ in leaders), message.date)
    why = next(why for iv, why in leaders if iv is interview)
    when = interview.date.strftime("%d %b %Y").lstrip("0")
    return interview, why, f"; the {_label(interview)} interview on {when} is {relation}", True


def _nearest(interviews: Sequence[Interview], when: dt.datetime | None) -> tuple[Interview, str]:
    """The latest interview at or before ``when``, else the soonest after; ids break ties."""
    before = [iv for iv in interviews if when is None or iv.date <= when]
    if before:
        chosen = max(before, key=lambda iv: (iv.date, -iv.id))
        return chosen, "the latest" if when is None else "the nearest before this message"
    return min(interviews, key=lambda iv: (iv.date, iv.id)), "the next after this message"


def _label(interview: Interview) -> str:
    return f"{interview.company} ({interview.role})" if interview.role else interview.company
