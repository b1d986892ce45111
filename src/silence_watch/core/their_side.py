"""Who is on the employer's side of a process's conversation, and who is only near it. Pure.

A process's threads draw in people who are not the employer: the friend who introduced the
candidate ("Viel Erfolg!"), the introducer copied on the rejection ("their loss, lunch is
on me"), the friend the candidate forwarded a thread to for advice. Their words are not
the employer's answer, and no draft goes to them (tester rounds t54ir and earlier, where
a follow-up went to a friend's personal address as "the last one who wrote").

On the employer's side: the configured contacts and the agency's; anyone at the
company's, the agency's or a contact's own domain; an applicant-tracking system relaying
a person's words; anyone whose full name is a contact's or was seen writing from those
domains (a hiring manager from a personal address, also as that mail writes it: "Jordi
Ferrer Vidal" for Jordi Ferrer, ``core.name_variants``); anyone who wrote to the candidate
first and copied the company's people (the parent company's HR). An introducer writes
to the company's person first ("To: Ulrike Sommer, Mira Albrecht"). When the process
names no one and no domain, everyone is taken to be theirs: there is nothing to tell by.

A bystander's message is left out of the process's timeline, with the candidate's mail
to bystanders only; one that surely reads as news (a no, an offer, a pause) stays, held
as a question for the candidate ("a friend says they went with someone else": asked, never
acted on) and marked ``bystander`` so that no draft is addressed to them.

Pure: no IO, no clock.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import domain_matches, is_consumer_domain, relay_of
from silence_watch.core.conversation import agency_addresses, is_forward
from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.model import Direction, Intent, MessageKind
from silence_watch.core.name_variants import NameIndex
from silence_watch.core.personnames import person_name
from silence_watch.core.reach import agency_domains, company_domains
from silence_watch.core.sending import successors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Interview, TimelineEntry

#: Her order, her bill, her support ticket: never the process's mail (tester round u15in).
_CUSTOMER: Final = MessageKind.CUSTOMER
#: What a bystander may relay that the candidate must hear of: asked about, never acted on.
_NEWS: Final = frozenset({Intent.REJECTION, Intent.OFFER, Intent.ON_HOLD})


def with_them(interview: Interview, timeline: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """The timeline of the process's conversation with the employer's side.

    Without the candidate's forwards elsewhere and the answers to them, and without
    bystanders' mail (their news kept as a question): a friend's "Saturday 10am?" in reply
    to "Fwd: Your application" is neither the employer's word nor someone a draft may go to.
    Nor is her business as the company's customer, either way (``core.customer_mail``).
    """
    kept = [e for e in _without_forwards(interview, timeline) if e.kind is not _CUSTOMER]
    sides = _Sides(interview, kept)
    if not sides.can_tell:
        return kept
    result = []
    for entry in kept:
        if entry.direction is Direction.OUTBOUND:
            if entry.recipients and not any(sides.theirs(r, "") for r in entry.recipients):
                continue  # "Thanks Jana!" to the friend who introduced her
        elif entry.kind is MessageKind.HUMAN and not entry.from_agency and entry.sender and (
            not sides.theirs(entry.sender, entry.sender_name)
        ):
            if entry.intent not in _NEWS or entry.confidence < UNSURE_BELOW:
                continue  # "Viel Erfolg!", "champagne's on me when the offer comes through"
            entry = replace(entry, bystander=True, confidence=0.0, cold=False)  # noqa: PLW2901 - kept, held
        result.append(entry)
    return result


class _Sides:
    """The employer's (and agency's) addresses, domains and names for one process."""

    def __init__(self, interview: Interview, timeline: Sequence[TimelineEntry]) -> None:
        #: Whether a domain is theirs, by domain: a timeline repeats its few senders.
        self._their_domains: dict[str, bool] = {}
        people = [*interview.contacts, *(interview.agency.contacts if interview.agency else ())]
        self.addresses = {c.email.lower() for c in people} | set(successors(timeline))
        own = (c.email.lower().rpartition("@")[2] for c in people)
        self.domains = {
            *company_domains(interview),
            *agency_domains(interview),
            *(d for d in own if not is_consumer_domain(d) and relay_of(d) is None),
        }
        self.can_tell = bool(self.addresses or self.domains)
        written = [c.name for c in people] + [
            e.sender_name for e in timeline
            if e.direction is Direction.INBOUND and self._at_their_domain(e.sender)
        ]  # fmt: skip
        self.names = {_name_key(name) for name in set(written)} - {frozenset()}
        self.variants = NameIndex(written)  # "Jordi Ferrer Vidal" is Jordi Ferrer (u31cc)
        inbound = [e for e in timeline if e.direction is Direction.INBOUND and e.sender]
        self.addresses |= {  # a hiring manager's personal address, known by her name
            e.sender.lower() for e in inbound if self._named(e.sender_name)
        }
        # A colleague elsewhere (the parent company's HR) writes to the candidate first and
        # copies the company's people; an introducer writes to the company's person first
        # ("To: Ulrike Sommer, Mira Albrecht").
        self.addresses |= {
            e.sender.lower() for e in inbound
            if len(e.recipients) >= 2 and not self.theirs(e.recipients[0], "")
            and any(self.theirs(r, "") for r in e.recipients[1:])
        }  # fmt: skip

    def _at_their_domain(self, address: str) -> bool:
        domain = address.lower().rpartition("@")[2]
        if not domain:
            return False
        known = self._their_domains.get(domain)
        if known is None:  # ``self.domains`` is set once, first
            known = domain_matches(domain, self.domains) or relay_of(domain) is not None
            self._their_domains[domain] = known
        return known

    def theirs(self, address: str, name: str) -> bool:
        """Whether ``address`` (written as ``name``) is on the employer's or agency's side."""
        if address.lower() in self.addresses or self._at_their_domain(address):
            return True
        return bool(name) and self._named(name)

    def _named(self, name: str) -> bool:
        """Whether ``name`` is one of theirs, as written or as other mail writes it."""
        return _name_key(name) in self.names or self.variants.find(name) is not None


def _name_key(name: str) -> frozenset[str]:
    """A person's name as it compares, in any order and without titles; empty unless two words.

    "Sommer, Ulrike Dr." and "Dr. Ulrike Sommer" are one person (``core.personnames``); a
    team's name ("Recruiting Team") is no one's.
    """
    person = person_name(name) if name else None
    words = person.whole.casefold().split() if person is not None else []
    return frozenset(words) if len(words) >= 2 else frozenset()


def forwarded_elsewhere(
    entry: TimelineEntry, interview: Interview, timeline: Sequence[TimelineEntry]
) -> bool:
    """True for the candidate's forward of a thread to someone outside the process.

    "Fwd: Your application" sent to a friend is not an answer to the employer: it must not
    count as a follow-up, settle a rejection's feedback request, or become a thread a draft
    answers. Only a forward (by its subject) to nobody on their side (no contact, no known
    sender, no address at their or the agency's domains) is left out; a message with no
    recorded recipient counts, as before.
    """
    if entry.direction is not Direction.OUTBOUND or not entry.recipients:
        return False
    if not is_forward(entry):
        return False
    theirs = {c.email.lower() for c in interview.contacts} | agency_addresses(interview)
    theirs |= {  # who wrote to the candidate, but not only in answer to this forward
        e.sender.lower() for e in timeline
        if e.direction is Direction.INBOUND and e.in_reply_to != entry.message_id
        and entry.message_id not in e.references
    }  # fmt: skip
    domains = {d.lower() for d in interview.domains} | agency_domains(interview)
    return not any(
        r.lower() in theirs or r.lower().rpartition("@")[2] in domains for r in entry.recipients
    )


def _without_forwards(
    interview: Interview, timeline: Sequence[TimelineEntry]
) -> list[TimelineEntry]:
    """The timeline without the candidate's forwards elsewhere and the answers to them."""
    forwards = [e for e in timeline if forwarded_elsewhere(e, interview, timeline)]
    if not forwards:
        return list(timeline)
    gone = {e.message_id for e in forwards if e.message_id}
    outsiders = {r.lower() for e in forwards for r in e.recipients}
    return [
        e for e in timeline
        if e not in forwards
        and not (e.direction is Direction.INBOUND and e.sender.lower() in outsiders
                 and (e.in_reply_to in gone or not gone.isdisjoint(e.references)))
    ]  # fmt: skip
