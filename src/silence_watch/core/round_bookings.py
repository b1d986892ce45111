"""Which invitations still book a round when one of them is cancelled, and at what time. Pure.

One round can come in several invitations (several UIDs): a scheduling tool's booking and
the recruiter's own copy of it for the same hour (tester round t49ct), or one invitation
for each part of a sitting ("10:00 Fachgespräch mit Dr. Haas", "11:30 Rahmenbedingungen
(HR)", minutes apart from the same recruiter: u30ic). The store keeps them as one round
of that day, at the time the latest invitation gave.

Cancelling one of them cancels the round only when no other still books it: while one
does, the round stands. Her own acceptance of the time, or her thank-you, books nothing:
the organiser's cancellation calls off the meeting she accepted. The round stands at its
own time when another invitation books that very time (a copy was cancelled); else it is
at the time of the invitations left (the latest of them, so that the thank-you still
comes after the sitting's last part). Taking the cancelled part for the whole sitting
would leave the candidate without a thank-you for the interview she did have.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.invites import ProposalKind

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from silence_watch.core.invites import ProposedInterview

#: Another invitation this close to a round books that very round (a copy of it).
SAME_TIME: Final = timedelta(minutes=15)
#: Her own words about the round, never a booking of theirs: "Den Termin am Freitag um 14:00
#: bestätige ich gerne" is the very meeting their cancellation calls off (u46nw).
_HER_OWN: Final = frozenset({ProposalKind.ACCEPTED, ProposalKind.THANK_YOU})


def still_booked(
    round_at: datetime, cancelled_uid: str, invitations: Iterable[ProposedInterview]
) -> datetime | None:
    """When the round at ``round_at`` takes place once invitation ``cancelled_uid`` is off.

    ``invitations`` are every invitation settled as that round. None: nothing else books
    it, and the round is off.
    """
    left = [
        invite.start
        for invite in invitations
        if invite.uid != cancelled_uid and not invite.cancelled and invite.start is not None
        and invite.kind not in _HER_OWN
    ]  # fmt: skip
    if not left:
        return None
    if any(abs(start - round_at) <= SAME_TIME for start in left):
        return round_at  # a copy of the round's own invitation was cancelled
    return max(left)  # one part of the sitting was cancelled: the others stand
