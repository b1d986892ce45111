"""Which interviews a message could reach at all, by address, domain or a contact's name. Pure.

Most mail in a mailbox has nothing to do with any interview. Before the matching rules
are tried interview by interview, one lookup in the addresses and usable domains of all
the interviews says whether any contact, agency, domain or copied rule could fit.

Pure: no IO, no clock.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.companies import is_consumer_domain, relay_of
from silence_watch.core.name_variants import NameIndex

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from silence_watch.core.model import Address, Interview


def company_domains(interview: Interview) -> tuple[str, ...]:
    """The interview's domains that can identify it: never a free-mail or relay domain."""
    return _usable_domains(tuple(interview.domains), interview.company)


@functools.lru_cache(maxsize=1024)
def _usable_domains(domains: tuple[str, ...], company: str) -> tuple[str, ...]:
    # Cached: every message is tried against every interview, and interviews are few.
    usable = []
    for domain in (d.lower().rstrip(".") for d in domains):
        relay = relay_of(domain)
        # A relay's own domain still identifies the relay company itself ("Greenhouse").
        relay_is_company = relay is not None and relay.casefold() in company.casefold()
        if is_consumer_domain(domain) or (relay is not None and not relay_is_company):
            continue
        usable.append(domain)
    return tuple(usable)


def agency_domains(interview: Interview) -> frozenset[str]:
    """The agency's own mail domains, from its people (never a free-mail or relay one).

    Another recruiter of the same agency writes from there.
    """
    if interview.agency is None:
        return frozenset()
    found = (c.email.lower().rpartition("@")[2] for c in interview.agency.contacts)
    return frozenset(d for d in found if not is_consumer_domain(d) and relay_of(d) is None)


@dataclass(frozen=True, slots=True)
class _Reach:
    """Every address and usable domain of a set of interviews: what the rules can see."""

    emails: frozenset[str]
    domains: frozenset[str]
    names: frozenset[str]  # contacts' full names (``full_name``): from another address
    # (the agency's people too: a recruiter who moved agencies, t64ag)
    variants: NameIndex  # the same people as other mail writes them ("Jordi Ferrer Vidal")

    def named(self, name: str) -> bool:
        """Whether ``name`` is a contact's, as written or as another mail writes it."""
        return full_name(name) in self.names or self.variants.find(name) is not None


def full_name(name: str) -> str:
    """A person's name as it compares ("ruth abernathy"); empty unless first and last."""
    words = name.casefold().replace(",", " ").split()
    return " ".join(words) if len(words) >= 2 else ""


#: The reach of the interview sets matched against lately, by the identities of their
#: (immutable) interviews, which the entry keeps alive.
_REACHES: dict[tuple[int, ...], tuple[tuple[Interview, ...], _Reach]] = {}
_REACHES_KEPT = 8


def _reach(interviews: Sequence[Interview]) -> _Reach:
    key = tuple(map(id, interviews))
    kept = _REACHES.get(key)
    if kept is not None:
        return kept[1]
    emails = {
        c.email.lower()
        for iv in interviews
        for c in (*iv.contacts, *(iv.agency.contacts if iv.agency else ()))
    }
    domains = {d for iv in interviews for d in (*company_domains(iv), *agency_domains(iv))}
    written = [
        c.name
        for iv in interviews
        for c in (*iv.contacts, *(iv.agency.contacts if iv.agency else ()))
    ]
    names = frozenset(full_name(n) for n in written) - {""}
    reach = _Reach(frozenset(emails), frozenset(domains), names, NameIndex(written))
    if len(_REACHES) >= _REACHES_KEPT:
        del _REACHES[next(iter(_REACHES))]
    _REACHES[key] = (tuple(interviews), reach)
    return reach


def within_reach(addresses: Iterable[Address], interviews: Sequence[Interview]) -> bool:
    """Whether any address is a contact of, or at a usable domain of, one of the interviews.

    A necessary test for the contact, agency, domain and copied rules: False means none
    of them can fit (mail through a hiring system's relay is matched by name instead).
    """
    reach = _reach(interviews)
    for address in addresses:
        if address.email.lower() in reach.emails:
            return True
        labels = address.domain.lower().rstrip(".").split(".")
        if any(".".join(labels[n:]) in reach.domains for n in range(len(labels))):
            return True
        if address.name and reach.named(address.name):
            return True  # a contact writing from another address (``core.match``)
    return False


def named_contact(address: Address | None, interviews: Sequence[Interview]) -> bool:
    """Whether ``address`` carries a contact's full name, whatever its address.

    As another mail writes it, too: "Jordi Ferrer Vidal" for Jordi Ferrer (``core.name_variants``).

    A recruiter who left writes from her new company (t61rv): only her text, naming the
    company, can tie the mail, so it is worth reading although no header matched.
    """
    return bool(address and address.name and _reach(interviews).named(address.name))
