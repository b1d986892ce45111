"""Mail read before its role was added, handed to that role's interview (store IO).

A recruiter who once ran one application writes, weeks later, about another role at the
same company ("Your application for the Analytics Engineer role landed on my desk"). When
that mail arrives, only the old interview exists: it is tied there by its sender. Once the
candidate adds the new role (``interviews add``), the matcher would tie such mail to the
new one (``core.roles.other_role_named``: its own words name the new role and not the
old). This module applies the same rule to mail already tied, so that the new invitation
does not wake the old, ghosted process with "checking in once more" (t90cl). Mail after
the old process's no that names its role only to recall that no, and is about the new
role ("in oktober hebben we ... voor een andere kandidaat gekozen voor de rol van Data
Engineer ... een nieuwe vacature voor een Analytics Engineer"), moves too: the rejected
process is not reopened by another role's next step (``core.role_news``, u28re).

Runs only when the interviews changed (the same moment unmatched mail is matched again).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from silence_watch.core.companies import company_key
from silence_watch.core.conversation import outcome_of
from silence_watch.core.earlier_roles import earlier_role_named, first_round
from silence_watch.core.model import Contact, Direction, Intent
from silence_watch.core.parse import parse_message
from silence_watch.core.roles import other_role_named
from silence_watch.core.successors import is_heir

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from datetime import datetime

    from silence_watch.core.match import Match
    from silence_watch.core.model import Interview, Message, TimelineEntry
    from silence_watch.store import Store

log = logging.getLogger(__name__)


def hand_to_named_roles(
    store: Store,
    interviews: Sequence[Interview],
    bodies: Callable[[list[int]], Mapping[int, bytes]],
) -> int:
    """Move mail whose own words name another role at its company to that role; how many.

    ``bodies`` fetches whole messages by pk (the index keeps headers only); a message the
    mailbox no longer holds is judged by its subject.
    """
    from silence_watch.core.role_news import named_after_its_no  # noqa: PLC0415 - as in retie

    by_company: dict[str, list[Interview]] = {}
    for interview in interviews:
        if interview.role.strip():
            by_company.setdefault(company_key(interview.company), []).append(interview)
    moved = 0
    for siblings in by_company.values():
        if len({iv.role.casefold() for iv in siblings}) < 2:
            continue  # one role there: nothing to tell apart
        for owner in siblings:
            settled = rejected_at(store.timeline(owner.id))
            mail = store.messages(interview_id=owner.id)
            whole = bodies([stored.pk for stored in mail])
            for stored in mail:
                full = whole.get(stored.pk)
                message = (
                    replace(stored.message, body=stored.message.subject)
                    if full is None
                    else parse_message(full)
                )
                other = other_role_named(message, interviews, owner.id)
                if other is None and after(settled, message):  # its no recalled (u28re)
                    other = named_after_its_no(message, interviews, owner)
                if other is None:
                    continue
                reason = f"it is about {other.company} ({other.role}), not {owner.role}"
                store.move_match(stored.pk, other.id, reason)
                log.info("message %d moved from %s to %s", stored.pk, owner.role, other.role)
                moved += 1
    return moved


def retie(
    store: Store, message: Message, match: Match, interviews: Sequence[Interview],
    intent: Intent | None,
) -> Match | None:
    """Whose a message read whole is, as it arrives (tester rounds u28re, u41ag).

    Nobody's here when it is news of another role (``intent``: a no, an offer, a pause)
    older than its process's first round (October's no for another application,
    ``core.earlier_roles``); her other role's there
    when it came after its process's no and only recalls it ("in oktober ... Data Engineer
    ... een nieuwe vacature voor een Analytics Engineer"): the old process is not reopened.
    Someone new who took a contact's place ("I've taken over from Anna", ``core.successors``)
    becomes a contact of the round: the next follow-up is theirs (u53rv).
    """
    # These two load the intent tables: imported when mail is read, never by an idle cycle.
    from silence_watch.core.other_client_news import client_named_instead  # noqa: PLC0415
    from silence_watch.core.role_news import named_after_its_no  # noqa: PLC0415

    if is_heir(match) and message.sender is not None:
        heir = Contact(message.sender.name, message.sender.email)
        store.add_hand_contacts(match.interview_id, [heir])
    interview = next((iv for iv in interviews if iv.id == match.interview_id), None)
    if interview is None:  # a round added in this very pass: from the state
        interview = store.interview(match.interview_id)
        interviews = (*interviews, *store.process(interview.process_id).rounds)
    if earlier_role_named(message, interview, first_round(interview, interviews), intent):
        return None
    # the agency's news of another client, posted in this one's thread (u41ag): that client's,
    # and its own words chose it: no doubt left to ask about (``core.role_doubt``)
    if (client := client_named_instead(message, interview, interviews)) is not None:
        why = f"its own words are about {client.company}, not {interview.company}"
        return replace(match, interview_id=client.id, reason=why, rule="")
    other = named_after_its_no(message, interviews, interview)
    if other is None or not after(rejected_at(store.timeline(interview.id)), message):
        return match
    why = f"it recalls the no for {interview.role} and is about {other.role}"
    return replace(match, interview_id=other.id, reason=why)


def rejected_at(timeline: Sequence[TimelineEntry]) -> datetime | None:
    """When their side first surely said no in a process's timeline (None: never)."""
    return next((e.at for e in timeline if e.direction is Direction.INBOUND
                 and outcome_of(e) is Intent.REJECTION), None)  # fmt: skip


def after(moment: datetime | None, message: Message) -> bool:
    """Whether ``message`` was written after ``moment`` (never, when either is unknown)."""
    return moment is not None and message.date is not None and message.date > moment
