"""What the candidate's own mail to them says of the process. Pure.

Three readers of her words (``core.withdrawal``, ``core.acceptance``, ``core.told_no``):
she withdrew ("I have accepted another offer"), she accepted their offer ("I accept your
offer"), or she was told no by phone ("I understand the decision to go with someone").

A withdrawal from another company is not from this one: "P.S. I've decided to withdraw my
application with Kestrel Freight so I can focus on Brightwater", written to Brightwater,
closed Brightwater's process (tester round u07cr).

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.acceptance import accepted_offer
from silence_watch.core.companies import company_names
from silence_watch.core.told_no import told_no
from silence_watch.core.withdrawal import withdrawal

#: "... my application with Kestrel Freight", "meine Bewerbung bei Nordlicht": whose it is.
_APPLICATION_AT: Final = re.compile(
    r"\b(?:application|candidacy|process|bewerbung|prozess|candidature|processus|candidatura"
    r"|proceso|sollicitatie|procedure)\s+(?:with|at|for|to|bei|fur|für|chez|aupres de|auprès de"
    r"|con|en|para|bij|voor)\s+((?:[A-Z][\w&'.-]*\s?){1,4})",
    re.IGNORECASE,
)


def own_moves(words: str, company: str = "") -> tuple[str | None, str | None, str | None]:
    """The words that withdraw, accept their offer, and report their no (each or None).

    ``company`` is the process's: a withdrawal that names another company is not its.
    """
    withdrew = withdrawal(words)
    if withdrew is not None and company and _elsewhere(words, company):
        withdrew = None
    return withdrew, accepted_offer(words), told_no(words)


def _elsewhere(words: str, company: str) -> bool:
    """Whether the application the words name is at another company than ``company``."""
    names = company_names(company)
    for found in _APPLICATION_AT.finditer(words):
        named = found.group(1).strip()
        if not named[:1].isupper():
            continue  # "my application for consideration": no company named
        if not any(name in named.casefold() for name in names):
            return True
    return False
