"""Which rounds are one sitting, when it began, and whether she has thanked them. Pure.

Rounds within a few hours of each other (a panel, then lunch with the team, then the
hiring manager) are one sitting: one thank-you after it. What the candidate wrote after
its first round began is that thank-you; a note written before it ("3:15 works, see you
then", sent the morning of the round) thanks nobody, and the thank-you is still due
(tester round t63lg).

A thank-you is written to the employer's side. Her debrief to the agency that placed her
("lief gut, glaube ich", "Done - went pretty well I think") tells the agency how it went
and thanks nobody who met her: the interviewer's thank-you is still due (tester round
u41ag). Only when the agency is her one way to them (it asked that everything go through
it, or nobody at the company can be written to) is her mail to it her thanks.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.conversation import is_agency_address, people_at_company, through_agency
from silence_watch.core.model import Direction

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Interview, TimelineEntry

#: Rounds this close together are one sitting: one thank-you covers them.
SAME_SITTING: Final = timedelta(hours=12)


def sitting_start(rounds: Sequence[Interview], interview: Interview) -> datetime:
    """When the sitting of ``interview`` began: its first round within ``SAME_SITTING``."""
    near = [r.date for r in rounds if interview.date - SAME_SITTING <= r.date <= interview.date]
    return min(near, default=interview.date)


def thanked(interview: Interview, timeline: Sequence[TimelineEntry], since: datetime) -> bool:
    """Whether she wrote her thanks since ``since`` (the sitting's start): to their side.

    ``interview`` is the round as the policy sees it (the process's people and agency on it).
    Mail to the agency alone counts only when the agency is her one way to them.
    """
    mine = [e for e in timeline if e.direction is Direction.OUTBOUND and e.at >= since]
    if not mine:
        return False
    if interview.agency is None or through_agency(interview, timeline) or not (
        people_at_company(interview, timeline)
    ):
        return True
    return any(
        not e.recipients or any(not is_agency_address(r, interview) for r in e.recipients)
        for e in mine
    )
