"""Which role a message names, and whether it is another one than the process's. Pure.

A hiring system writes for every application at a company, from one address: the
rejection of a separate application ("the Senior Biostatistician position (R-10472)")
looks, by its sender, like news about the Clinical Data Manager interview. When mail
that is tied to a process only by its domain or its hiring system names a role, and no
role it names shares a word with the process's, the tie is in doubt: the reading is
held unsure, and the digest asks the candidate (``4 is not about Harbourview``).

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import company_key
from silence_watch.core.gendered_titles import title_stem, without_gender_marks
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.other_clients import names_in
from silence_watch.core.quotes import own_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Interview, Message

#: The words that say "a job": a title stands right before or after one of them.
_JOB_WORD: Final = r"(?i:position|role|job|opening|vacancy|requisition)"
#: A title as companies write it: one to six capitalised words ("Senior Data Engineer II").
_TITLE: Final = (
    r"((?:[A-Z][\w&/+.-]*[ \t]+(?:(?:of|and|for|&|de|del|des|et|y|und|van)[ \t]+)?){0,5}"
    r"[A-Z][\w&/+.()-]*)"
)
#: The same, wrapped over two lines of a plain-text body ("discussing the UX\nResearcher
#: position", tester round t67sc): only where a job word must follow it.
_WRAPPED_TITLE: Final = _TITLE.replace("[ \\t]+", "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)")
_TITLES: Final = (
    # "the Senior Biostatistician position", "your Data Engineer application"
    # "the Finance Assistant (Part-Time) vacancy": a note in brackets may follow the title
    lazy_pattern(
        rf"\b(?:the|your|our|this|a|an)\s+{_WRAPPED_TITLE}(?:\s*\([^()\n]{{1,30}}\))?\s+{_JOB_WORD}\b"
    ),
    # "your application for Finance Assistant", "application for the Data Analyst"
    lazy_pattern(rf"\bapplication\s+(?:for|to)\s+(?:the\s+)?{_TITLE}"),
    # After the word: the position of Data Engineer; Role - Data Engineer
    lazy_pattern(rf"\b{_JOB_WORD}\s*(?:of|as|for|:|-|\u2013)\s*[\"\u201c']?{_TITLE}"),
    # Workday's and iCIMS's subjects: "(R-10472 Senior Biostatistician)", "JR1234 - Analyst"
    lazy_pattern(r"\b(?:R-?\d{3,}|JR-?\d{3,}|Req\.?\s*#?\s*\d{3,})\s*[-:\u2013]?\s*" + _TITLE),
    # The other four languages: "Ihre Bewerbung als Content Marketing Manager (m/w/d)",
    # "die Position Product Owner", "votre candidature au poste de Responsable Achats",
    # "el puesto de Analista de Datos", "je sollicitatie voor de functie van Data Analist"
    lazy_pattern(
        r"\b(?:Bewerbung|Position|Stelle|(?i:poste|candidature|puesto|vacante|candidatura"
        r"|oferta|offre d'emploi|functie|vacature|sollicitatie))\s*[:\u2013-]?\s+"
        r"(?:(?:als|zum|zur|f\u00fcr|die|der|de|du|au|pour|le|la|del|al|a|para|el|van|voor|op)"
        r"\s+){0,3}[\"\u201c\u201e\u00ab']?\s*" + _TITLE
    ),
)
#: Words in a role that never tell two roles apart (the matcher's role words skip them).
ROLE_STOP_WORDS: Final = frozenset(
    {"a", "an", "and", "of", "the", "for", "in", "to", "with", "at", "on", "or", "m", "f", "d"},
)
#: Words of a title that never tell another application's role from this one.
_GENERIC: Final = ROLE_STOP_WORDS | frozenset(
    {"senior", "junior", "lead", "principal", "staff", "associate", "i", "ii", "iii", "iv",
     "sr", "jr", "head", "chief", "remote", "hybrid", "position", "role", "job",
     # what the work is called everywhere: "Machine Learning Engineer" is not "Data Engineer"
     "engineer", "engineering", "developer", "manager", "analyst", "scientist", "designer",
     "specialist", "consultant", "coordinator", "administrator", "architect", "officer",
     "intern", "director", "assistant", "representative", "technician", "partner",
     # a formal "you" is capitalised, and never a title ("die Stelle Ihnen")
     "sie", "ihnen", "ihre", "ihr", "ihrer", "ihres", "u", "uw", "usted", "vous"},
)  # fmt: skip


def _words(title: str) -> set[str]:
    plain = fold(without_gender_marks(title))
    stems = {title_stem(w) for w in re.findall(r"[^\W\d_]+", plain) if w not in _GENERIC}
    return stems - _GENERIC  # "Directrice" is a "director", who tells no role apart


def _same_role(title: set[str], own: set[str]) -> bool:
    """One role when one title's telling words hold the other's (a level, a team added)."""
    return bool(title) and (title <= own or own <= title)


def named_roles(text: str) -> list[str]:
    """The job titles ``text`` names, as written (inclusive endings left out)."""
    found = []
    text = without_gender_marks(text)  # "Chargé(e) de communication" is one title
    for pattern in _TITLES:
        for match in pattern.finditer(text):
            title = match.group(1).strip(" .,;:()")
            if _words(title):
                found.append(title)
    return found


def another_role(role: str, company: str, subject: str, body: str | None) -> str | None:
    """The role a message names when none it names is ``role`` (None: no doubt).

    No doubt when the process has no role, the message names none, or the telling words of
    a title it names hold the role's or are held by them ("Data Engineer II" for "Data
    Engineer"; "Engineer" alone tells nothing). Two titles that only share a word are two
    roles: "Content Marketing Manager" is not "Product Marketing Manager". The company's
    own name is no title ("the Acme Corp position").
    """
    return another_title(role, titles_named(company, subject, body))


def another_title(role: str, titles: Sequence[str]) -> str | None:
    """The first of ``titles`` when none of them is ``role`` (None: one is, or none given)."""
    own = _words(role)
    if not own or not titles or any(_same_role(_words(title), own) for title in titles):
        return None
    return titles[0]


def titles_named(company: str, subject: str, body: str | None) -> list[str]:
    """The job titles a message names, the company's own name left out."""
    firm = _words(company)
    return [t for t in named_roles(f"{subject}\n{body or ''}") if not _words(t) <= firm]


def other_role_named(
    message: Message, interviews: Sequence[Interview], owner_id: int
) -> Interview | None:
    """Another role at the thread's company that the message's own words name, not its own.

    A recruiter who reuses the thread of a rejected application ("we've just opened a UX
    Researcher role ...") writes about the new one; the old process must not reopen.
    """
    owner = next((iv for iv in interviews if iv.id == owner_id), None)
    if owner is None or not owner.role.strip():
        return None
    own, found = _named_roles(message, interviews, owner)
    if own or len({iv.role.casefold() for iv in found}) != 1:
        return None
    when = message.date
    before = [iv for iv in found if when is None or iv.date <= when]
    return max(before, key=lambda iv: iv.date) if before else min(found, key=lambda iv: iv.date)


def roles_also_named(
    message: Message, interviews: Sequence[Interview], owner: Interview
) -> Interview | None:
    """Another role at the owner's company that the message names beside the owner's own.

    "An update on both of your applications: BI Developer ... Data Analyst ...": news of
    two processes in one message, which one reading cannot hold.
    """
    own, found = _named_roles(message, interviews, owner)
    return found[0] if own and found else None


def _named_roles(
    message: Message, interviews: Sequence[Interview], owner: Interview
) -> tuple[bool, list[Interview]]:
    """Whether the message's own words name the owner's role, and which sibling roles they name.

    Siblings are the other roles at the same company; the words are the sender's own
    (quoted history left out).
    """
    key = company_key(owner.company)
    siblings = [
        iv for iv in interviews
        if company_key(iv.company) == key and iv.role.casefold() != owner.role.casefold()
    ]  # fmt: skip
    if not owner.role.strip() or not siblings:
        return False, []  # no other role there: the text need not be read
    words = own_text(message.body or "")
    return names_role(words, owner.role), [iv for iv in siblings if names_role(words, iv.role)]


def names_role(text: str, role: str) -> bool:
    """Whether ``text`` names the whole ``role`` ("the Data Analyst role"), case aside."""
    words = " ".join(re.findall(r"\w+", text.casefold()))
    phrase = " ".join(re.findall(r"\w+", role.casefold()))
    return bool(phrase) and re.search(rf"\b{re.escape(phrase)}\b", words) is not None


def role_score(
    interview: Interview, rivals: Sequence[Interview], text: str
) -> tuple[bool, int, int]:
    """Whether the whole role is named, how early (the news leads with it), its own words."""
    words = role_words(interview.role)
    shared = set.intersection(*(role_words(r.role) for r in rivals)) if rivals else set()
    phrase = " ".join(re.findall(r"\w+", interview.role.casefold()))
    flat = " ".join(re.findall(r"\w+", text))
    at = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", flat) if phrase else None
    own_words = sum(1 for word in words - shared if names_in([word], text))
    return at is not None, -at.start() if at else 0, own_words


def role_words(role: str) -> set[str]:
    """The words of a role that can tell it from another (not "of", "and")."""
    return {w for w in re.findall(r"\w+", role.casefold()) if w not in ROLE_STOP_WORDS}
