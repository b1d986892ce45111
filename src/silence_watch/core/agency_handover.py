"""An agency that hands the process to the client and steps out of it. Pure.

"Vanaf hier neemt Lotte Brouwer (corporate recruiter bij Duinveld, in de cc) het proces van
me over ... Mijn rol zit er hiermee op" (tester round u41ag): the agency's consultant hands
Fleur's process to the client's own recruiter, copied, and says his part is done. Read as
a colleague's hand-over inside the agency, it left Sander the one to ask: a check-in went
to him after Lotte's promised day, and Lotte's follow-up waited behind it. From that
message on the agency is no longer asked: no check-in goes to it (the first rung is the
follow-up to the client), no follow-up goes round the client to it, and the one it handed
the process to, copied, is the first at the company to write to after those who wrote news.

The agency steps out when one of its people hands the process on in their own words (or
says their part is done: ``core.departures.hands_over``), someone at the client is copied
on it, and nobody else at the agency is: a colleague copied there carries on for the
agency ("a partir del lunes tu proceso lo lleva mi compañero Andrés", u41ag). News from the
agency after it (a decision, a promise, a question) brings it back.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.model import Direction, Intent
from silence_watch.core.reach import agency_domains, company_domains
from silence_watch.core.senders import is_no_reply
from silence_watch.core.sending import says_they_leave

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Interview, TimelineEntry

#: What the agency may say after stepping out that brings it back into the process.
_NEWS: Final = frozenset({
    Intent.REJECTION, Intent.OFFER, Intent.NEXT_STEP, Intent.REQUEST, Intent.ACKNOWLEDGEMENT,
    Intent.ON_HOLD,
})  # fmt: skip


def handed_to_client(interview: Interview, timeline: Sequence[TimelineEntry]) -> tuple[str, ...]:
    """The people at the client the agency handed the process to, once it stepped out.

    Empty while the agency is still in the process (or there is none): it never handed it
    on, handed it to a colleague of its own, or wrote news since.
    """
    if interview.agency is None:
        return ()
    handovers = [e for e in timeline if e.direction is Direction.INBOUND
                 and says_they_leave(e) and _agency(e.sender, interview)]  # fmt: skip
    if not handovers:
        return ()
    last = handovers[-1]
    copied = [r.lower() for r in last.recipients if r.lower() != last.sender.lower()]
    if any(_agency(r, interview) for r in copied):
        return ()  # a colleague at the agency carries on for it
    if any(e.at > last.at and e.direction is Direction.INBOUND and e.intent in _NEWS
           and e.confidence >= UNSURE_BELOW and _agency(e.sender, interview)
           for e in timeline):  # fmt: skip
        return ()  # the agency spoke again with news: it is back in the process
    return tuple(r for r in copied if _at_client(r, interview) and not is_no_reply(r))


def _agency(address: str, interview: Interview) -> bool:
    """One of the agency's people, or anyone at its own domain."""
    address = address.lower()
    if interview.agency is None or not address:
        return False
    return address in {c.email.lower() for c in interview.agency.contacts} or (
        address.rpartition("@")[2] in agency_domains(interview)
    )


def _at_client(address: str, interview: Interview) -> bool:
    """One of the client's contacts, or anyone at its own domains."""
    return address in {c.email.lower() for c in interview.contacts} or (
        address.rpartition("@")[2] in company_domains(interview)
    )
