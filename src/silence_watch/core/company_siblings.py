"""One application's mail, and the candidate's other applications at the same company. Pure.

A hiring system writes for every application at a company from one address. When its
"we've decided not to move forward with your application" names no role and the
candidate applied there twice, the matcher ties it to one process, and the reading is
held unsure there (``core.role_doubt``). The other process must not go on as if nothing
came: if the no was for it, a follow-up would land after a rejection (tester round
t39at). So:

- a hiring system's unsure rejection or offer in one live process, whose subject names no
  role, is also the other live processes' at that company (not from a process the
  candidate withdrew from: its notices are explained): each waits, and the digest asks,
  until the candidate says what it was (``silence-watch mark``) or writes to them;
- a message the candidate said is not about one process (``mark ID --not-about P``)
  belongs to the other, when the candidate has exactly one other at that company.

The same holds for ``kin``: applications through one agency ("they've decided to go with
another candidate", from a recruiter who placed the candidate with three clients), and at
companies of the same first word ("Acme Corp", "Acme Labs" behind one Greenhouse sender;
tester round t89sz): an unsure no is every one's until the candidate says whose it was.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.companies import company_key
from silence_watch.core.conversation import SETTLING
from silence_watch.core.model import Direction, MessageKind
from silence_watch.core.other_clients import first_name_word
from silence_watch.core.roles import titles_named
from silence_watch.core.subjects import is_reply_subject

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

    from silence_watch.core.model import Process, TimelineEntry



def shared_at_the_company(
    processes: Sequence[Process],
    timelines: Mapping[int, Sequence[TimelineEntry]],
    employers: Mapping[int, str],
    said_not_about: Sequence[tuple[int, TimelineEntry]],
    unsure_below: float,
    kin: Mapping[int, Collection[str]] | None = None,
) -> dict[int, list[TimelineEntry]]:
    """Each process's timeline with what its company siblings' (and ``kin``'s) mail means."""
    # a process the candidate withdrew from explains its hiring system's notices itself
    live = {p.id for p in processes if not p.closed
            and not any(e.withdrew for e in timelines.get(p.id, ()))}  # fmt: skip
    companies = {p.id: p.company for p in processes}
    result = {key: list(entries) for key, entries in timelines.items()}

    def siblings(process_id: int) -> list[int]:
        employer = employers.get(process_id)
        return [key for key in result if key != process_id and key in live
                and employers.get(key) == employer]  # fmt: skip

    def relatives(process_id: int) -> list[int]:
        mine = set((kin or {}).get(process_id, ()))
        return [*siblings(process_id), *(
            key for key in result if key != process_id and key in live
            and employers.get(key) != employers.get(process_id)
            and mine & set((kin or {}).get(key, ()))
        )]  # fmt: skip

    for not_about, entry in said_not_about:
        others = siblings(not_about)
        if len(others) == 1:
            result[others[0]].append(entry)
    doubts = {
        key: [e for e in result[key] if _doubt_for_all(e, companies[key], unsure_below)]
        for key in live
    }
    for key in live:
        known = {e.message_id for e in result[key]}
        for sibling in relatives(key):
            result[key] += [e for e in doubts.get(sibling, []) if e.message_id not in known]
    return {key: sorted(entries, key=lambda e: e.at) for key, entries in result.items()}


def _doubt_for_all(entry: TimelineEntry, company: str, unsure_below: float) -> bool:
    """A rejection or offer nobody is sure of, whose subject names no role.

    From the hiring system, or from a person in a new thread (a recruiter who runs both
    processes, on her phone: "Rückmeldung", tester round t67sc); a person's answer in a
    process's own thread is that process's.
    """
    return (  # the cheap tests first: every message of every process is asked
        entry.direction is Direction.INBOUND
        and entry.intent in SETTLING
        and entry.confidence < unsure_below
        and (entry.kind is MessageKind.AUTOMATED
             or (entry.kind is MessageKind.HUMAN and not is_reply_subject(entry.subject)))
        and not titles_named(company, entry.subject, None)
    )


def kin_of(process: Process) -> set[str]:
    """What ties a process to others at other companies: its agency, its first name word."""
    first = first_name_word(process.company)
    found = {f"first:{first}"} if first else set()
    return found | ({f"agency:{company_key(process.agency.name)}"} if process.agency else set())
