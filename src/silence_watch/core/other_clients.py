"""An agency's mail about another of its clients: not this process's. Pure.

An agency also writes about its other clients: "Nieuwe kans: Senior Backend Developer bij
Zeeburg Logistics", "Principal Data Scientist - Arbory Therapeutics (Cambridge)" is not
Havenlicht's or Halden's answer, though the recruiter is their agency. Read as theirs, a
pitch reads as a request, and the process's check-ins and follow-ups stop for good.

The subject names the company the role is at: after "at", "bij", "bei", "chez", or after
a dash behind a role ("Role - Company (City)", "Role - Company Ltd"). A dash alone is not
enough: "Data Scientist - Feedback" and "Data Scientist - Cambridge" may well be about
this process, so the company must carry a place in brackets or a legal form.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import COMPANY_SUFFIXES, company_names
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable

#: A role "at" a company the subject names: "Senior Backend Developer bij Zeeburg Logistics".
_AT_COMPANY: Final = lazy_pattern(
    r"\b(?:at|bij|bei|chez)\s+(?!(?:Noon|Midnight|Uhr|Your|Our|The|This|Mon|Tue|Wed|Thu|Fri"
    r"|Sat|Sun|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November"
    r"|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Maandag|Dinsdag|Woensdag"
    r"|Donderdag|Vrijdag)\b)"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})"
)
#: "Principal Data Scientist - Arbory Therapeutics (Cambridge)": a role, a dash, a company.
_DASH_COMPANY: Final = lazy_pattern(
    r"(?i:\b(?:engineer|scientist|developer|manager|analyst|designer|consultant|director|lead"
    r"|specialist|architect|officer|coordinator|administrator|accountant|controller"
    r"|entwickler\w*|berater\w*|ingenieur\w*|leiter\w*|ingenieure?|chef de projet|analista"
    r"|desarrollador\w*|ingeniero\w*|consultor\w*|medewerker|adviseur|ontwikkelaar))\b"
    r"[^-\u2013|]{0,40}\s[-\u2013|]\s+(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})"
    r"\s*(?P<place>\([A-Z][^)]{1,40}\))?\s*$"
)


def another_client(company: str, subject: str) -> bool:
    """True when ``subject`` names a company a role is at, and it is not ``company``."""
    if names_in(company_names(company), subject.casefold()):
        return False
    if _AT_COMPANY.search(subject) is not None:
        return True
    found = _DASH_COMPANY.search(subject)
    if found is None:
        return False
    legal = re.sub(r"\W", "", found.group("name").split()[-1].casefold()) in COMPANY_SUFFIXES
    return bool(found.group("place")) or legal


def names_in(names: Iterable[str], text: str) -> bool:
    """True when one of ``names`` stands in ``text`` as a whole word (or words)."""
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names)
