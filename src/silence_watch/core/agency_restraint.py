"""The agency's own restraint, never a ban on the candidate. Pure.

An agency's "don't contact the client" binds every draft (``core.through_agency``). The
same words come in a reassurance about what the agency itself will not do: "Selbstverständlich
nehmen wir keinen direkten Kontakt zu Ihrem aktuellen Arbeitgeber auf, bevor Sie uns Ihr
Okay geben", "We will never contact your current employer directly" (tester round u41ag).
That asks nothing of her, and the client may be written to as ever.

A found ban is the agency's own restraint when

- its subject is the agency, in the words just before it in its clause ("we will never",
  "nehmen wir", "nous nous engageons à", "nos comprometemos a", "wij nemen"), with no
  "you" between that subject and the ban ("we ask that you don't contact" is her ban), or
- whom it keeps away from is the candidate's own side, not the client: her current
  employer, her boss, her referees ("your current employer", "Ihrem aktuellen Arbeitgeber",
  "votre employeur actuel", "su empresa actual", "je huidige werkgever", "your referees"),
  and the client is not named beside them ("the client or your referees" is a ban).

Only the ban's own clause is read, so "we won't contact your employer, and please don't
contact the client directly either" still asks. Patterns for folded text.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.hypotheticals import bounds
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re

#: Where a clause ends: the ban and its subject or object are read within one.
_CLAUSE_END: Final = ".!?;:,\n"

#: The agency as the subject, last in the words before the ban (folded).
_WE: Final = lazy_pattern(
    r"\b(?:we|i|we'll|we'd|i'll|i'd|wir|ich|nous nous engageons|nous ne|je m'engage"
    r"|nosotros|yo|nos comprometemos|me comprometo|le (?:garantizamos|garantizo|aseguramos"
    r"|aseguro) que|wij|ik)\b"
)
#: Her, addressed, between that subject and the ban: the ban is then asked of her.
_YOU: Final = lazy_pattern(
    r"\b(?:you|your|sie|ihnen|du|dich|dir|vous|tu|usted|le (?:ruego|pido|pedimos|rogamos)"
    r"|te (?:ruego|pido|pedimos)|u|jij|je|jou)\b"
)
#: The candidate's own side, whom the ban keeps away from (folded).
_HER_SIDE: Final = lazy_pattern(
    # en
    r"\b(?:your|her|his) (?:(?:current|present|existing|old|own) )?(?:employer|boss"
    r"|line manager|manager|company|firm|colleagues|referees?|references?)\b"
    # de
    r"|\b(?:ihre[mnrs]?|deine[mnrs]?) (?:(?:aktuellen?|derzeitigen?|jetzigen?|momentanen?"
    r"|bisherigen?) )?(?:arbeitgeber\w*|firma|unternehmen|vorgesetzten?|chef\w*|kollegen"
    r"|referenz\w*)"
    # fr
    r"|\b(?:votre|vos|ton|tes) (?:employeur|(?:entreprise|societe|manager|responsable)"
    r" (?:actuel|actuelle)|references?|referents?)\b"
    # es
    r"|\b(?:su|sus|tu|tus) (?:(?:actual|actuales) )?(?:empleador|(?:empresa|jefe|jefa)"
    r" actual|referencias|referentes)\b"
    # nl
    r"|\b(?:je|jouw|uw) (?:huidige )?(?:werkgever|leidinggevende|baas|referenties?"
    r"|referenten)\b"
)
#: The client named beside her side: "the client or your referees" is still the client's ban.
_CLIENT: Final = lazy_pattern(
    r"\b(?:the client|the company|the hiring|anyone|anybody|client|clients|klant|opdrachtgever"
    r"|kunde|kunden|mandant\w*|cliente|la empresa|la compania|das unternehmen|dem unternehmen"
    r"|die firma|der firma|la societe|l'entreprise|personne|nadie|niemand)\b"
)
#: How far before the ban its subject may stand, and after it its object.
_REACH: Final = 60


def _our_own(before: str) -> bool:
    """Whether the agency is the subject just before the ban, her not addressed after it."""
    subjects = list(_WE.finditer(before))
    return bool(subjects) and _YOU.search(before, subjects[-1].end()) is None


def own_restraint(folded: str, found: re.Match[str]) -> bool:
    """Whether the ban ``found`` in ``folded`` is the agency's own, or keeps from her side.

    "nehmen wir keinen direkten Kontakt zu Ihrem aktuellen Arbeitgeber auf" and "we will
    never contact your current employer directly" are; "please don't go direct to Tom",
    "Wir bitten Sie, keinen direkten Kontakt aufzunehmen" and "le ruego que no los contacte
    directamente" are not.
    """
    start, stop = bounds(folded, found.start(), found.end(), _CLAUSE_END)
    before = folded[max(start, found.start() - _REACH) : found.start()]
    # the ban's own clause onward: its object is in it, or just after its last word
    after = folded[found.start() : stop + 1][: len(found[0]) + _REACH]
    theirs = _HER_SIDE.search(after) is not None and _CLIENT.search(after) is None
    return _our_own(before) or theirs
