"""An agency's mail about another of its clients: not this process's. Pure.

An agency also writes about its other clients: "Nieuwe kans: Senior Backend Developer bij
Zeeburg Logistics", "Principal Data Scientist - Arbory Therapeutics (Cambridge)" is not
Havenlicht's or Halden's answer, though the recruiter is their agency. Read as theirs, a
pitch reads as a request, and the process's check-ins and follow-ups stop for good.

The subject names the company the role is at: after "at", "bij", "bei (der)", "chez", after
a dash behind a role ("Role - Company (City)", "Role - Company Ltd", "Opportunité Head of
CRM - Laboratoires Saint-Aubin (Villeurbanne)"), or before a dash in news of it ("Retour
Solvane - Business Controller": tester round t64ag, a no for another client read as this
process's rejection), or before a dash in the business of a contract ("Corrib Insurance -
extension to 31 March": u11fl). A dash alone is not enough: "Data Scientist - Feedback" and "Data
Scientist - Cambridge" may well be about this process, so the company must carry a place in
brackets or a legal form.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import COMPANY_SUFFIXES, company_names
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.subjects import without_prefixes

if TYPE_CHECKING:
    from collections.abc import Iterable

#: A role "at" a company the subject names: "Senior Backend Developer bij Zeeburg Logistics".
_AT_COMPANY: Final = lazy_pattern(
    r"\b(?:at|bij|bei|chez)\s+(?:(?:der|dem|den|the|de) )?(?!(?:Noon|Midnight|Uhr|Your|Our|The"
    r"|This|Mon|Tue|Wed|Thu|Fri|Sat|Sun|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar"
    r"|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November"
    r"|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Maandag|Dinsdag|Woensdag"
    r"|Donderdag|Vrijdag)\b)"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})"
)
#: "Principal Data Scientist - Arbory Therapeutics (Cambridge)": a role, a dash, a company.
_ROLE_WORDS: Final = (
    r"(?i:\b(?:engineer|scientist|developer|manager|analyst|designer|consultant|director|lead"
    r"|specialist|architect|officer|coordinator|administrator|accountant|controller"
    r"|head of [\w&]+|responsable|directeur|directrice|charge(?:e)? de \w+"
    r"|entwickler\w*|berater\w*|ingenieur\w*|leiter\w*|ingenieure?|chef de projet|analista"
    r"|desarrollador\w*|ingeniero\w*|consultor\w*|medewerker|adviseur|ontwikkelaar))\b"
)
_ROLE: Final = lazy_pattern(_ROLE_WORDS)
_DASH_COMPANY: Final = lazy_pattern(
    _ROLE_WORDS
    + r"[^-\u2013|]{0,40}\s[-\u2013|]\s+(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})"
    r"\s*(?P<place>\([A-Z][^)]{1,40}\))?\s*$"
)


#: "Retour Solvane - Business Controller": news of a company, a dash, its role (t64ag).
_NEWS_OF_COMPANY: Final = lazy_pattern(
    r"^\s*(?i:retour|feedback|update|news|r[uü]ckmeldung"
    r"|terugkoppeling|respuesta|novedades)\s+(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2})"
    r"\s+[-\u2013|]\s+\S"
)

#: "Corrib Insurance - extension to 31 March": a client, a dash, the contract's business
#: (tester round u11fl: the candidate's current contract elsewhere, read as this process's).
_CONTRACT_OF_COMPANY: Final = lazy_pattern(
    r"^\s*(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})"
    r"\s+[-\u2013|]\s+(?i:(?:contract |vertrags|mission |contrato |opdracht)?(?:extension|renewal"
    r"|extend\w*|verl[aä]ngerung|prolongation|renouvellement|pr[oó]rroga|renovaci[oó]n"
    r"|verlenging|timesheets?|rate review|purchase order|invoice))\b"
)

#: Words too short or too common to tell one company from another ("Groupe Ardenval" is
#: "Ardenval"; "Groupe Solvane" is not it).
_DISTINCT: Final = 3
#: How long a company's first word must be to name it without the rest ("Oakhurst").
_NAMES_ALONE: Final = 6
_GENERIC: Final = frozenset({
    "group", "groupe", "gruppe", "grupo", "groep", "holding", "the", "company", "compagnie",
    "laboratoires", "maison", "software", "solutions", "services", "consulting",
})


def another_client(company: str, subject: str) -> bool:
    """True when ``subject`` names a company a role is at, and it is not ``company``."""
    if names_in(company_names(company), subject.casefold()):
        return False
    ours = set(_words(company))
    bare = without_prefixes(subject)  # "Antwort: Retour ...", "RE : [EXT] Corrib ..."
    # "chez Ardenval", "Retour Ardenval": Groupe Ardenval's own (tester round t64ag)
    at = _AT_COMPANY.search(subject) or _NEWS_OF_COMPANY.search(bare)
    if at is None and (found := _CONTRACT_OF_COMPANY.search(bare)):
        at = None if _ROLE.search(found.group("name")) else found  # "Data Scientist - ..."
    if at is not None:
        return not set(_words(at.group("name"))) & ours
    found = _DASH_COMPANY.search(subject)
    if found is None:
        return False
    legal = re.sub(r"\W", "", found.group("name").split()[-1].casefold()) in COMPANY_SUFFIXES
    return bool(found.group("place")) or legal


def company_named(company: str, text: str) -> bool:
    """True when ``text`` (case-folded) names ``company``, in full or by its first word."""
    naming = _naming(company)
    return naming is not None and naming.search(text) is not None


@functools.lru_cache(maxsize=1024)
def _naming(company: str) -> re.Pattern[str] | None:
    """One pattern that does what ``names_in`` does with the company's names.

    A first sync asks it of every interview for each unmatched subject: built anew, each
    name's pattern cost more than the search (45,696 calls for 2,856 subjects).
    """
    names = (*company_names(company), *first_distinct_word(company))
    if not names:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")


def first_distinct_word(company: str) -> tuple[str, ...]:
    """The company's first telling word, when it is long enough to name it alone.

    "Oakhurst Media" is "Oakhurst" in a leaver's "my last day at Oakhurst" (t61rv); a
    short or common first word ("Blue", "Groupe") names nothing.
    """
    words = _words(company)
    return (words[0],) if words and len(words[0]) >= _NAMES_ALONE else ()


#: Words a company's name may open with that name nothing ("The Acme Group", "Die
#: Mobiliar", "Groupe Ardenval").
_LEADING: Final = frozenset({
    "the", "la", "le", "les", "el", "los", "las", "de", "der", "die", "das", "het", "groupe",
    "group", "grupo", "gruppe", "groep",
})  # fmt: skip


def first_name_word(company: str) -> str | None:
    """The first telling word of a company's name ("acme" of "The Acme Group"), or None.

    Two of the candidate's companies that share it ("Acme Corp", "Acme Labs") may each be
    what a hiring system's "Acme" means (tester round t89sz).
    """
    words = [word for word in re.findall(r"\w+", company.casefold()) if word not in _LEADING]
    return words[0] if words and _words(words[0]) else None  # "AB Foods", "Groupe X": none


def _words(name: str) -> list[str]:
    """The words of a company name that tell it apart: not "Groupe", not "GmbH"."""
    return [
        word for word in re.findall(r"\w+", name.casefold())
        if len(word) >= _DISTINCT and word not in _GENERIC and word not in COMPANY_SUFFIXES
    ]  # fmt: skip



def names_in(names: Iterable[str], text: str) -> bool:
    """True when one of ``names`` stands in ``text`` as a whole word (or words)."""
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names)


def names_a_role(text: str) -> bool:
    """True when ``text`` names a job by its title word ("Data Engineer", "Berater", "analista")."""
    return _ROLE.search(text) is not None
