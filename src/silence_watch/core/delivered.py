"""Which of the candidate's messages reached someone (pure).

A message is a rung of the ladder only when it reached someone: a bounce, or an automatic
reply saying the mailbox is no longer read, means it reached nobody there, and the same
step is proposed to another person (docs/process.md, rule 16).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.conversation import is_agency_address
from silence_watch.core.model import Direction, MessageKind

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.model import Interview, TimelineEntry


def reached(
    timeline: Sequence[TimelineEntry], interview: Interview | None = None
) -> list[TimelineEntry]:
    """The candidate's messages that reached someone, oldest first.

    A message whose every recipient bounced reached nobody: it is not a rung of the ladder,
    and the same step is proposed again to someone else. A bounce answers the latest
    message to that address before it: the follow-up that reached them a week earlier
    still counts. So does an automatic reply saying the mailbox is no longer read
    ("Dieses Postfach wird nicht mehr betreut": t98ar), except, with ``interview``, an
    agency recruiter's: the check-in is a courtesy, the employer comes next (t10ag).
    """
    outbound = sorted((e for e in timeline if e.direction is Direction.OUTBOUND),
                      key=lambda e: e.at)  # fmt: skip
    failed: dict[int, set[str]] = {}  # position in ``outbound`` -> its addresses that bounced
    for bounce in (e for e in timeline if e.kind in (MessageKind.BOUNCE, MessageKind.AUTO_REPLY)):
        for address in (a.lower() for a in bounce.bounced_recipients):
            if bounce.kind is MessageKind.AUTO_REPLY and interview and is_agency_address(
                address, interview
            ):
                continue
            sent = [
                i for i, e in enumerate(outbound)
                if e.at <= bounce.at and address in {r.lower() for r in e.recipients}
            ]  # fmt: skip
            if sent:
                failed.setdefault(sent[-1], set()).add(address)
    return [
        e for i, e in enumerate(outbound)
        if not (e.recipients and {r.lower() for r in e.recipients} <= failed.get(i, set()))
    ]  # fmt: skip


def reached_after(
    timeline: Sequence[TimelineEntry], moment: datetime, interview: Interview | None = None
) -> list[datetime]:
    """When the candidate's messages after ``moment`` reached someone, oldest first."""
    return [e.at for e in reached(timeline, interview) if e.at > moment]
