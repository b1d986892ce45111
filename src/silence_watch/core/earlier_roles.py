"""Mail from before a process began that is about another role: not its mail. Pure.

Only Jordan's new Brackenridge Foods process (Brand Manager, December 8) is configured,
and the mailbox still holds October's with the same recruiter: Maya's calendar invitation
for the Marketing Coordinator interview and her "we've decided to move forward with
another candidate for the Marketing Coordinator role". Tied by the recruiter's address,
the invitation became the new process's first round and the no settled it before anyone
there had written about Brand Manager (tester round u28re; the same with Maison
Lherbier's "ne donnerons pas suite ... pour le poste de Chargée de communication
interne", answered in November about another role).

News written before the process's first round (a no, an offer, a pause), whose own words
name a role and none of them is the process's, is another application's: never tied to
it, never its news (no outcome, no question). A calendar invitation for another role
whose interview is before that first round, and not within 12 hours of one of its
rounds, is not its round.

Near misses stay the process's: mail after its first round (a recruiter who reuses an old
thread about the new role), mail that names its role too ("Chargée ... : c'est non;
Responsable événementiel : Julien aimerait vous rencontrer"), or its initials ("the Staff
SRE role"), mail that names no role (an early screening call for this job), mail that is
no news (an intro call's scheduling), the subject of a reply (an old thread's subject
says nothing of what its new mail is about), and an invitation near one of its rounds
(the round itself, whatever the title the candidate typed).

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.model import Intent
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
#: The news that settles or holds a process: what another role's old mail must not do.
_SETTLING: Final = frozenset({Intent.REJECTION, Intent.OFFER, Intent.ON_HOLD})
#: A sentence's end inside what was read as a title.
_SENTENCE_END: Final = re.compile(r"[.!?]\s")
#: Initials this long at least stand for a role ("PM", "SRE").
_INITIALS: Final = 2


def first_round(interview: Interview, interviews: Sequence[Interview]) -> datetime:
    """When the process of ``interview`` first met the candidate: its earliest round."""
    process = interview.process_id or interview.id
    return min(
        (iv.date for iv in interviews if (iv.process_id or iv.id) == process),
        default=interview.date,
    )


def earlier_role_named(
    message: Message, interview: Interview, began: datetime, intent: Intent | None
) -> str | None:
    """The other role ``message``'s news is about, written before the process ``began``.

    Only news that would settle or hold the process (a no, an offer, a pause: ``intent``)
    is looked at; other mail from before it began is left where its sender tied it (an
    intro call's "Thanks for applying for the Staff SRE role" is this job's).
    """
    if intent not in _SETTLING or message.date is None or message.date >= began:
        return None
    subject = "" if is_reply_subject(message.subject) else message.subject
    titles = titles_named(interview.company, subject, own_text(message.body or ""))
    return _another(interview.role, titles)


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
    return _another(role, titles)


def _another(role: str, titles: Sequence[str]) -> str | None:
    """Another role than ``role`` among ``titles``, read with care.

    A title that runs over a sentence's end ("application to Nordvik. We") is no title,
    and one written as the role's initials ("Staff SRE" for "Staff Site Reliability
    Engineer", "PM") is the role itself.
    """
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", fold(role)))
    kept = [title for title in titles if not _SENTENCE_END.search(title)]
    if not role.strip() or any(
        len(word) >= _INITIALS and word.lower() in initials
        for title in kept for word in re.findall(r"\b[A-Z]{2,}\b", title)
    ):
        return None
    return another_title(role, kept)
