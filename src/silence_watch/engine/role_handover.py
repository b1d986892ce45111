"""Mail read before its role was added, handed to that role's interview (store IO).

A recruiter who once ran one application writes, weeks later, about another role at the
same company ("Your application for the Analytics Engineer role landed on my desk"). When
that mail arrives, only the old interview exists: it is tied there by its sender. Once the
candidate adds the new role (``interviews add``), the matcher would tie such mail to the
new one (``core.roles.other_role_named``: its own words name the new role and not the
old). This module applies the same rule to mail already tied, so that the new invitation
does not wake the old, ghosted process with "checking in once more" (t90cl).

Runs only when the interviews changed (the same moment unmatched mail is matched again).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from silence_watch.core.companies import company_key
from silence_watch.core.parse import parse_message
from silence_watch.core.roles import other_role_named

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from silence_watch.core.model import Interview
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
    by_company: dict[str, list[Interview]] = {}
    for interview in interviews:
        if interview.role.strip():
            by_company.setdefault(company_key(interview.company), []).append(interview)
    moved = 0
    for siblings in by_company.values():
        if len({iv.role.casefold() for iv in siblings}) < 2:
            continue  # one role there: nothing to tell apart
        for owner in siblings:
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
                if other is None:
                    continue
                reason = f"it is about {other.company} ({other.role}), not {owner.role}"
                store.move_match(stored.pk, other.id, reason)
                log.info("message %d moved from %s to %s", stored.pk, owner.role, other.role)
                moved += 1
    return moved
