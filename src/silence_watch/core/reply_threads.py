"""Which message a draft answers: the latest between the candidate and the person it goes to.

Pure: reads a process's timeline. Moved out of ``core.conversation`` (which decides who a
draft goes to) when that module was full; the rules are as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.conversation import (
    agency_addresses,
    is_agency_address,
    is_employer_address,
    is_from_agency,
)
from silence_watch.core.model import Direction, MessageKind
from silence_watch.core.senders import is_no_reply, is_service_desk

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Contact, Interview, TimelineEntry


def thread_to_answer(
    timeline: Sequence[TimelineEntry], recipient: Contact, interview: Interview
) -> TimelineEntry | None:
    """The message a draft replies to: the latest between the candidate and that person.

    Never a calendar invitation or cancellation, an applicant-tracking system's message, a
    no-reply sender, a mail she was only Bcc'd on, or an answer in a thread the candidate
    is not in (another candidate's: it refers to no message anyone here has seen); failing
    a message with that person, the latest conversation with anyone on the same side.
    """
    address = recipient.email.lower()
    # the agency's side: its people, or one who wrote for it from elsewhere (t64ag)
    agency = is_agency_address(address, interview) or any(
        e.sender.lower() == address and is_from_agency(e, interview) for e in timeline
    )
    agency_side = agency_addresses(interview) | ({address} if agency else set())
    known = {e.message_id for e in timeline if e.message_id}

    def usable(entry: TimelineEntry) -> bool:
        if entry.message_id is None or entry.calendar:
            return False
        if entry.in_reply_to and entry.references and known.isdisjoint(
                (entry.in_reply_to, *entry.references)):
            return False  # an answer in someone else's thread ("... (Priya Raman)": t82rt)
        if entry.direction is Direction.OUTBOUND:  # never a thread with a desk alone (t78lg)
            side = {r.lower() for r in entry.recipients}  # nor her own out-of-office (u17sf)
            return bool(side) and all((r in agency_side) == agency for r in side) and (
                address in side or not all(map(is_service_desk, side))  # the desk itself: u23cu
            ) and entry.kind is not MessageKind.AUTO_REPLY
        return (
            entry.kind is MessageKind.HUMAN and not is_no_reply(entry.sender)
            and (entry.sender.lower() == address or not is_service_desk(entry.sender))
            and not entry.bystander
            and is_from_agency(entry, interview) == agency
            # not a mail she was only Bcc'd on: "the agenda, to the panel" (u01cc)
            and not (entry.recipients and all(is_employer_address(r, interview)
                                              for r in entry.recipients))
        )

    candidates = [e for e in sorted(timeline, key=lambda e: e.at) if usable(e)]
    with_them = [e for e in candidates
                 if e.sender.lower() == address or address in {r.lower() for r in e.recipients}]
    # not a thread they were only copied on: Sian's CV to Oliver, Helena in Cc (u09ex)
    direct = [e for e in with_them if e.sender.lower() == address or (
        e.direction is Direction.OUTBOUND and e.recipients[0].lower() == address)]
    if direct and _root(direct[-1]) == _root(with_them[-1]):  # the same thread: its latest
        direct = [e for e in with_them if e in direct or e.direction is Direction.OUTBOUND]
    chosen = direct or with_them or candidates
    return chosen[-1] if chosen else None


def _root(entry: TimelineEntry) -> str | None:
    return entry.references[0] if entry.references else entry.in_reply_to or entry.message_id
