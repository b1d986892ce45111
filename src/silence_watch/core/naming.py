"""Naming the employer of one message: company, role, agency, and how sure the name is.

The vocabulary and the phrases are ``core.employers``; here they are weighed for one
message written on the employer's side. In order: a recruiter writing for a client (the
client is the company, the writer's firm the agency); a hiring system's sender name
("Globex Recruiting"); a telling phrase, the writer's organisation (signature, Organization
header, legal name) or the subject, when it spells one of the people's company domains;
then the domain itself, spelled as the text spells it ("Vantage Orbital" for
vantageorbital.example) or, weakest (``how == "domain"``), capitalised.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from silence_watch.core.employers import (
    LEGAL_FORMS,
    NOT_COMPANIES,
    ROLE_NOUNS,
    company_domain,
    display_company,
    domain_label,
    is_agency_name,
    label_words,
    names_label,
    phrase_company,
    plausible,
    role_in,
    spelled_out,
    squeezed,
    title_guess,
    tool_name,
    with_suffix,
)
from silence_watch.core.quotes import own_lines
from silence_watch.core.senders import is_no_reply

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Address, Message


@dataclass(frozen=True, slots=True)
class Naming:
    """Company, role and agency as a message names them, and how the company was found."""

    company: str | None
    role: str | None
    agency: str | None = None
    how: str = ""


def naming(writer: Message, people: Sequence[Address], text: str) -> Naming:
    """Company, role and agency from the mail ``writer`` sent on the employer's side.

    ``people`` are the persons on that side (not the candidate, no machine); ``text`` is
    everything the round's mail says. ``how`` is ``domain`` when only an address named
    the company, the weakest way.
    """
    names = [p.name for p in people if p.name]
    named, kind = phrase_company(text, names)
    labels = [domain_label(p.domain) for p in people if company_domain(p.domain)]
    sender = writer.sender
    machine = sender is not None and (tool_name(sender.domain) or is_no_reply(sender.email))
    org = _writer_org(writer, labels, text)
    agency_writer = org is not None and is_agency_name(org)
    unsure = machine or (labels and not _spells(named, labels))
    if kind == "risky" and not agency_writer and unsure:
        named = None  # "your interview with Lee Park": a person, unless a domain says otherwise
    title_company, title_role = title_guess(writer.subject, (), names)
    role = role_in([writer.subject, text]) or title_role
    if named is not None and (kind == "client" or agency_writer):
        agency = org or (domain_label(sender.domain).capitalize() if sender else None)
        return Naming(named, role, agency, "text")
    if machine and sender is not None:
        shown = display_company(sender.name)
        if shown and (tool_name(sender.domain) or "").casefold() != shown.casefold():
            return Naming(named or shown, role, None, "ats")
    company, how = _company(named, org, title_company, labels, [text, *names])
    return Naming(company, role, None, how)


def _company(
    named: str | None,
    org: str | None,
    title: str | None,
    labels: Sequence[str],
    texts: Sequence[str],
) -> tuple[str | None, str]:
    """The best name among what the text, the writer's firm and the title say."""
    for candidate in (named, org, title):
        if candidate and (not labels or _spells(candidate, labels)):
            return candidate, "text"
    if named is None and org is not None:
        return org, "text"  # the writer's own word for their firm
    if named is None and labels:
        spelled = spelled_out(labels[0], texts)
        if spelled is None:
            return label_words(labels[0]), "domain"
        return with_suffix(spelled, texts[0]), "text"
    return named or org or title, "text"


def _spells(name: str | None, labels: Sequence[str]) -> bool:
    """True when a name carries one of the domain labels ("Vantage Orbital", vantageorbital)."""
    return name is not None and any(squeezed(label) in squeezed(name) for label in labels)


def _writer_org(writer: Message, labels: Sequence[str], text: str) -> str | None:
    """The organisation the writer signs for: signature, Organization header, or domain."""
    lines = own_lines(writer.body or "")
    # A signature may sit below a meeting block Outlook draws with a rule ("____"), which
    # ends the writer's own words: look there too, for a line that spells their domain.
    whole = [line for line in (writer.body or "").splitlines() if not line.startswith(">")]
    found = (signature_company(part, label) for part in (lines, whole) for label in labels)
    signature = next(filter(None, found), None)
    signature = signature or _legal_name(lines) or _agency_signature(lines)
    org = signature or writer.headers.get("organization", "").strip() or None
    sender = writer.sender
    if org is None and sender is not None and company_domain(sender.domain):
        org = spelled_out(domain_label(sender.domain), [text, sender.name])
    return org


def _legal_name(lines: Sequence[str]) -> str | None:
    """A signature line that is a company's legal name ("Northfield Insurance plc")."""
    for line in reversed([line.strip() for line in lines if line.strip()][-6:]):
        words = line.rstrip(".").split()
        legal = 2 <= len(words) <= 5 and words[-1].casefold().strip(".") in LEGAL_FORMS
        if legal and plausible(" ".join(words[:-1])) and words[0][:1].isupper():
            return " ".join(words)
    return None


def _agency_signature(lines: Sequence[str]) -> str | None:
    """The agency a recruiter signs for ("Engineering Talent Partner | Golden Gate Talent")."""
    for line in reversed([line.strip() for line in lines if line.strip()][-3:]):
        last = re.split(r"\s+[|\u2013-]\s+|,\s+", line)[-1].strip()
        short = len(line) <= 70 and "(" not in last  # a signature line, not a list of people
        if short and last != line and is_agency_name(last) and plausible(last):
            return last
    return None


def signature_company(lines: Sequence[str], label: str) -> str | None:
    """The company a signature names: the words of one of its last lines spelling the domain.

    "Dana Ruiz | Talent Acquisition | Acme Corp" gives "Acme Corp" for acme.example;
    "HR Business Partner - ScheldeSoft" gives "ScheldeSoft".
    """
    tail = [line.strip() for line in lines if line.strip()][-8:]
    for line in reversed(tail):
        if not names_label(line, label) and squeezed(label) not in squeezed(line):
            continue
        spelled = spelled_out(label, [line])
        if spelled is not None and plausible(spelled):
            return _in_full(spelled, line)
        # "Van Dijk Havenlogistiek B.V." for vandijkhaven: the domain ends inside a word
        whole = _NAME_END.split(line, maxsplit=1)[0].strip()
        if squeezed(whole).startswith(squeezed(label)) and len(whole.split()) <= 5:
            return whole if plausible(whole) else None
    return None


#: Words that end a company's name in a signature line: where it sits, not what it is.
_PLACE_WORDS: Final = frozenset(
    {"hq", "headquarters", "office", "offices", "tower", "house", "building", "campus", "floor",
     "suite", "street", "st", "road", "rd", "avenue", "ave", "way", "lane", "square", "plaza",
     "park", "centre", "center"}
)
#: Where a name ends on a signature line: a separator, a comma, a bracket, a wide gap.
_NAME_END: Final = re.compile(r"\s+[|\u2013\u2014-]\s+|[|,;:()]|\s{2,}|\t")


def _in_full(part: str, line: str) -> str:
    """The company a signature line names from ``part`` on, with the words that follow it.

    "Ravenport Insurance Group" for ravenport, "People & Talent, Quillfeather Studio" for
    quillfeather, "Groupe Valmonde" for valmonde: the capitalised words after the domain's
    name up to a separator (and a "Groupe" or "Banco" before it), never
    a team, a place ("Acme Tower"), a job ("Acme Data Engineer") or more than four words.
    """
    start = line.find(part)
    if start < 0:
        return with_suffix(part, line)
    rest = _NAME_END.split(line[start + len(part) :], maxsplit=1)[0].split()
    before = line[:start].split()
    lead = before[-1] if before and before[-1].casefold() in _LEADING_WORDS else None
    words = [lead, *part.split()] if lead else part.split()
    for word in rest:
        bare = word.casefold().strip(".")
        if bare in ROLE_NOUNS:
            return with_suffix(part, line)  # "Acme Data Engineer": a job title, not a name
        stop = bare in NOT_COMPANIES or bare in _PLACE_WORDS
        if stop or not word[:1].isupper() or any(c.isdigit() for c in word) or len(words) > 3:
            break
        words.append(word)
    whole = " ".join(words)
    return whole if whole != part and plausible(whole) else with_suffix(part, line)


#: Words written before a company's own name that belong to it ("Groupe Valmonde").
_LEADING_WORDS: Final = frozenset(
    {"groupe", "grupo", "gruppo", "group", "banque", "banco", "caisse", "laboratoires",
     "editions", "éditions", "maison", "fondation", "fundación", "fundacion", "stichting",
     "société", "societe", "compagnie", "clínica", "clinica", "clinique", "hôpital", "hopital"}
)  # fmt: skip


