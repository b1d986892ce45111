"""Which round a calendar invitation with no known UID is, by its time and title. Pure.

An invitation for a round the candidate already has (typed by hand, or from another
invitation) is that round when it starts within twelve hours of it: its time is the right
one. A round typed by hand may sit whole hours off ("10:00 Eastern" meant Pacific). A
cancellation is believed only for the interview itself: at its very time, or at the same
hour on the clock in another zone, with an interview's title that names no meeting about
the interviews. "Team lunch (optional)" at noon, cancelled, is not the 3:30 PM interview
(tester round t35cx); nor is "Débrief interne - entretiens" at 16:00 the 10:00 interview of
the same day in the same zone (u46nw).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Final

# A cancellation as close to a round as a copy of its invitation is that round, whatever
# its title: one bound for both.
from silence_watch.core.round_bookings import SAME_TIME

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.core.invites import ProposedInterview

#: An invitation this close to a round the candidate already has is that round.
SAME_ROUND: Final = timedelta(hours=12)
#: A title that names an interview, in five languages (a cancelled lunch is no round).
_INTERVIEW_TITLE: Final = re.compile(
    r"interview|gespr[aä]ch|entretien|entrevista|gesprek|sollicitatie|screen|panel|round"
    r"|runde|call|termin",
    re.IGNORECASE,
)
#: A meeting about the interviews, not one: "Débrief interne - entretiens" (u46nw).
_INTERNAL_TITLE: Final = re.compile(
    r"d[eé]brief|intern|nachbesprechung|abstimmung|calibrat|wash-?up|huddle|retours"
    r"|evaluatie|terugkoppeling|evaluaci[oó]n|feedback ?(?:session|runde|ronde)",
    re.IGNORECASE,
)


def is_same_round(round_at: datetime, start: datetime, invite: ProposedInterview) -> bool:
    """Whether ``invite``, starting at ``start``, is the round at ``round_at``."""
    apart = abs(round_at - start)
    if apart > SAME_ROUND:
        return False
    if not invite.cancelled or apart <= SAME_TIME:
        return True
    # the same hour on the clock, each in the zone it was written in; an invitation written
    # in UTC (Google's) says no zone: whole hours off
    written_in_utc = start.utcoffset() == timedelta(0)
    whole_hours = apart % timedelta(hours=1) == timedelta(0)
    same_clock = round_at.time() == start.time() or (written_in_utc and whole_hours)
    title = invite.summary or ""
    return (same_clock and _INTERVIEW_TITLE.search(title) is not None
            and _INTERNAL_TITLE.search(title) is None)  # fmt: skip
