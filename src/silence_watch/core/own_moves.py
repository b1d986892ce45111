"""What the candidate's own mail to them says of the process. Pure.

Readers of her words (``core.withdrawal``, ``core.acceptance``, ``core.told_no``,
``core.reported_promise``, ``core.questions_back``): she withdrew ("I have accepted another
offer"), she accepted their offer ("I accept your offer"), she was told no by phone ("I
understand the decision to go with someone"), they promised a day on a call ("you're
aiming to get back to everyone by Wednesday the 16th"), or she only asked back ("could I
have until Monday the 14th?"), which answers nothing of theirs.

A withdrawal from another company is not from this one: "P.S. I've decided to withdraw my
application with Kestrel Freight so I can focus on Brightwater", written to Brightwater,
closed Brightwater's process (tester round u07cr).

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.acceptance import accepted_offer
from silence_watch.core.companies import company_names
from silence_watch.core.questions_back import only_asks_back
from silence_watch.core.reported_promise import reported_promise
from silence_watch.core.told_no import told_no
from silence_watch.core.withdrawal import withdrawal

if TYPE_CHECKING:
    from collections.abc import Container
    from datetime import date, datetime

#: "... my application with Kestrel Freight", "meine Bewerbung bei Nordlicht": whose it is
#: ("for", "für", "pour", "para", "voor" name the role: "my application for Senior Analyst").
_APPLICATION_AT: Final = re.compile(
    r"\b(?:application|candidacy|process|bewerbung|prozess|candidature|processus|candidatura"
    r"|proceso|sollicitatie|procedure)\s+(?:with|at|bei|chez|aupres de|auprès de|con|bij)"
    r"\s+((?:[A-Z][\w&'.-]*\s?){1,4})",
    re.IGNORECASE,
)


def own_moves(
    words: str,
    company: str = "",
    sent_at: datetime | None = None,
    holidays: Container[date] = frozenset(),
    *,
    attached: bool = False,
) -> tuple[str | None, str | None, str | None, date | None, str | None]:
    """Her words that withdraw, accept, report their no, or only ask back; their day.

    ``company`` is the process's: a withdrawal that names another company is not its. The
    day is the one her words say they promised on a call (``core.reported_promise``).
    ``attached``: a document came with her mail, so it delivers (``core.questions_back``);
    a mail that withdraws, accepts or reports a no is more than a question back.
    """
    withdrew = withdrawal(words)
    if withdrew is not None and company and _elsewhere(words, company):
        withdrew = None
    said = reported_promise(words, sent_at, holidays) if sent_at is not None else None
    accepted, told = accepted_offer(words), told_no(words)
    moved = withdrew or accepted or told
    asked = None if moved else only_asks_back(words, attached=attached)
    return withdrew, accepted, told, said, asked


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
