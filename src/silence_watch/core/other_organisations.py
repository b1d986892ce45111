"""People of another organisation on mail that names the candidate's employer. Pure.

Two kinds of mail name an employer without being its word (tester round u30ic):

- A scheduler's or hiring system's relay speaking for someone of another organisation:
  a friend's Calendly, "30 Minute Coffee Chat with Maya Chen", Reply-To her address at
  Fernway Health, whose confirmation carries the candidate's own note "Prepping for my
  Brightline Robotics virtual onsite that afternoon". Naming Brightline in the text does
  not make it Brightline's mail, nor Maya's coffee a Brightline round.
- An agency's mail about another client, copied to that client's people: "Corrib
  Insurance - Data Analyst - 1st interview", Tom's Teams invitation with Siobhán at
  corribinsurance.example, is not Halden Foods' round because Tom is Halden's agency too.
  The subject spells the company a guest works at, and it is not this process's.

An organisation is another's when its mail domain is a company's (no free mail, no relay)
and none of the process's (its domains and their subdomains, its people's, its agency's),
and does not carry the first telling word of its company's name ("brightline.ai" is
Brightline Robotics'). Nothing here reads the body: the people are in the headers.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.companies import company_key, company_names, domain_matches, relay_of
from silence_watch.core.employers import (
    company_domain,
    domain_label,
    names_label,
    spelled_out,
    squeezed,
)
from silence_watch.core.other_clients import first_name_word, names_in
from silence_watch.core.reach import agency_domains, company_domains

if TYPE_CHECKING:
    from collections.abc import Iterable

    from silence_watch.core.model import Address, Interview


def outsider(address: Address, interview: Interview) -> bool:
    """Whether ``address`` is at a company that is not ``interview``'s, nor its agency's."""
    domain = address.domain.lower().rstrip(".")
    if not company_domain(domain):
        return False  # free mail or a relay: whose it is, the domain does not say
    people = (*interview.contacts, *(interview.agency.contacts if interview.agency else ()))
    known = {
        *company_domains(interview),
        *agency_domains(interview),
        *(c.email.lower().rpartition("@")[2] for c in people),
    }
    if domain_matches(domain, known):
        return False
    label = squeezed(domain_label(domain))
    word = first_name_word(interview.company)
    whole = squeezed(company_key(interview.company))
    return not ((word is not None and squeezed(word) in label) or (whole and whole in label))


def relayed_for_another(people: Iterable[Address], interview: Interview) -> bool:
    """A relay's mail that speaks for someone at another organisation (Reply-To, organiser)."""
    return any(
        relay_of(person.domain) is None and outsider(person, interview) for person in people
    )


def another_client_copied(copied: Iterable[Address], subject: str, interview: Interview) -> bool:
    """Mail copied to someone at another organisation whose name its ``subject`` spells.

    "Corrib Insurance - Data Analyst - 1st interview" to siobhan.daly@corribinsurance: an
    agency's mail about that client, not about this process's company. A subject that
    names this company too ("Kerry Group / Halden Foods interview") is this one's.
    """
    if names_in(company_names(interview.company), subject.casefold()):
        return False
    for person in copied:
        if not outsider(person, interview):
            continue
        label = domain_label(person.domain.lower())
        if names_label(subject, label) or spelled_out(label, [subject]) is not None:
            return True
    return False
