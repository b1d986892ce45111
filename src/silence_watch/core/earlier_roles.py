"""Mail from before a process began that is about another role: not its mail. Pure.

Only Jordan's new Brackenridge Foods process (Brand Manager, December 8) is configured,
and the mailbox still holds October's with the same recruiter: Maya's calendar invitation
for the Marketing Coordinator interview and her "we've decided to move forward with
another candidate for the Marketing Coordinator role". Tied by the recruiter's address,
the invitation became the new process's first round and the no settled it before anyone
there had written about Brand Manager (tester round u28re; the same with Maison
Lherbier's "ne donnerons pas suite ... pour le poste de Chargée de communication
interne", answered in November about another role).

Mail written before the process's first round, whose own words name a role and none of
them is the process's, is another application's: never tied to it, never its news (no
outcome, no question). A calendar invitation for another role whose interview is before
that first round, and not within 12 hours of one of its rounds, is not its round.

Near misses stay the process's: mail after its first round (a recruiter who reuses an old
thread about the new role), mail that names its role too ("Chargée ... : c'est non;
Responsable événementiel : Julien aimerait vous rencontrer"), mail that names no role
(an early screening call for this job), the subject of a reply (an old thread's subject
says nothing of what its new mail is about), and an invitation near one of its rounds
(the round itself, whatever the title the candidate typed).

Pure: no IO, no clock.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.quotes import own_text
from silence_watch.core.roles import another_title, titles_named
from silence_watch.core.subjects import is_reply_subject

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.invites import ProposedInterview
    from silence_watch.core.model import Interview, Message

#: An invitation this close to a round is that round (as ``engine.rounds`` reads it).
_SAME_ROUND: Final = timedelta(hours=12)


def first_round(interview: Interview, interviews: Sequence[Interview]) -> datetime:
    """When the process of ``interview`` first met the candidate: its earliest round."""
    process = interview.process_id or interview.id
    return min(
        (iv.date for iv in interviews if (iv.process_id or iv.id) == process),
        default=interview.date,
    )


def earlier_role_named(message: Message, interview: Interview, began: datetime) -> str | None:
    """The other role ``message`` is about, written before the process ``began``, else None."""
    if message.date is None or message.date >= began or not interview.role.strip():
        return None
    subject = "" if is_reply_subject(message.subject) else message.subject
    titles = titles_named(interview.company, subject, own_text(message.body or ""))
    return another_title(interview.role, titles)


def earlier_role_invited(
    invite: ProposedInterview, role: str, company: str, rounds: Sequence[Interview]
) -> str | None:
    """The other role an invitation is for, its interview before every round, else None."""
    if invite.start is None or not rounds or not role.strip():
        return None
    if invite.start >= min(r.date for r in rounds) or any(
        abs(r.date - invite.start) <= _SAME_ROUND for r in rounds
    ):
        return None
    titles = [invite.role] if invite.role else []
    titles += titles_named(company, invite.summary, invite.description)
    return another_title(role, titles)
