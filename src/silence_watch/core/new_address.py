"""A known person writing from an address the process has not seen, naming its company. Pure.

"Larchmont - your note" from the hiring manager's personal mail (tester round t44hx);
"Friday was my last day at Oakhurst", from the recruiter's new company (t61rv); an agency
recruiter who moved agencies and writes "Thistlewood - feedback" from the new one (t64ag).
The full name of a contact alone is not enough (namesakes exist): the subject or the text
must name the company too. The full name as other mail writes it counts ("Jordi Ferrer
Vidal", with his second surname, for Jordi Ferrer: ``core.name_variants``, u31cc), a
first name alone never. With the full name, the company's first word is name enough
("Oakhurst" for "Oakhurst Media").

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.name_variants import NameIndex
from silence_watch.core.other_clients import company_named
from silence_watch.core.reach import full_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from silence_watch.core.model import Address, Contact


def known_elsewhere(
    people: Iterable[Address],
    contacts: Iterable[Contact],
    company: str,
    texts: Iterable[str],
    *,
    relayed: bool = False,
) -> Address | None:
    """The one of ``people`` with a contact's full name, when ``texts`` name ``company``.

    ``texts`` are case-folded (the subject, the body). A ``relayed`` message ("Sam Okonkwo
    via LinkedIn", a hiring system's) is the relay rules' to tie: only the name exactly as
    configured counts for it, never the name as a relay writes it.
    """
    names = [c.name for c in contacts]
    full = {full_name(n) for n in names} - {""}
    variants = NameIndex(() if relayed else names)  # "Jordi Ferrer Vidal" (u31cc)
    sender = next(
        (
            a for a in people
            if a.name and (full_name(a.name) in full or variants.find(a.name) is not None)
        ),
        None,
    )  # fmt: skip
    if sender is None:
        return None
    return sender if any(company_named(company, text) for text in texts) else None
