"""Who at the agency wrote, and its hiring system's mail about another application. Pure.

"Bedankt voor je sollicitatie - Data Engineer (24-1187)", from
noreply@mail.dijkstra-recruitment.example two days after Eva's interview at Havenkwartier
that Lotte of Dijkstra arranged (tester round u55ag): an application she made on the
agency's website for another vacancy, with "uiterlijk vrijdag 20 november" about that one.
Read as the agency's word on Havenkwartier, it moved the check-in from the 19th to the 23rd.
The agency's system writes from its own domain or one below it ("ats.farotalento.example"
for lucia.ortega@farotalento.example: "El cliente ... comunicará su decisión como muy tarde
el viernes 11 de diciembre", which is this process's news and was left unread).

So the agency's people are its contacts and anyone at its domain or a subdomain of it; but
a machine address there (no-reply, ats, jobs) whose mail names neither the client nor the
process's role, and names another job in its subject, is about another of her applications
with the agency: "Your application: Business Analyst", "Ihre Bewerbung als Berater
Controlling", "Votre candidature : Chef de projet", "Tu candidatura: Analista de datos".

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.companies import domain_matches
from silence_watch.core.other_clients import company_named, names_a_role
from silence_watch.core.reach import agency_domains
from silence_watch.core.roles import role_score
from silence_watch.core.senders import is_no_reply

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Address, Interview


def agency_people(
    interview: Interview, people: Sequence[Address], subject: str, body: str
) -> list[str]:
    """The addresses among ``people`` that are the agency's, sorted; none for other news.

    ``subject`` and ``body`` are case-folded. Empty when the only ones at the agency are its
    machine addresses writing about another application (module doc).
    """
    if interview.agency is None:
        return []
    contacts = {c.email.lower() for c in interview.agency.contacts}
    domains = agency_domains(interview)
    hit = sorted(a.email for a in people
                 if a.email in contacts or domain_matches(a.domain, domains))  # fmt: skip
    if hit and all(is_no_reply(e) and e not in contacts for e in hit) and (
        another_application(interview, subject, body)
    ):
        return []
    return hit


def another_application(interview: Interview, subject: str, body: str) -> bool:
    """True when the text names another job and neither the client nor this role."""
    text = f"{subject}\n{body}"
    if company_named(interview.company, text) or role_score(interview, [], text)[0]:
        return False
    return names_a_role(subject)
