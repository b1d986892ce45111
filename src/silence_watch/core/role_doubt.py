"""Whether a message's tie to a process is in doubt because of the roles it names. Pure.

A hiring system writes for every application at a company: mail tied to a process only by
where it comes from (its domain, its hiring system) that names another role is in doubt;
so is mail tied only by its thread whose words give news of two of the candidate's roles
at that company. A reading in doubt is held unsure, and the digest asks the candidate.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.companies import company_key
from silence_watch.core.match import MatchRule
from silence_watch.core.roles import another_role, roles_also_named, titles_named

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.match import Match
    from silence_watch.core.model import Interview, Message


#: The rules that tie mail by where it comes from, not by who wrote it: a message they tie
#: that names another role than the process's is in doubt (``core.roles``).
BY_ORIGIN: frozenset[str] = frozenset(
    {MatchRule.DOMAIN, MatchRule.ATS_SENDER, MatchRule.ATS_SUBJECT, MatchRule.ATS_BODY},
)
#: Every rule whose match can be in doubt: by origin, or by its thread alone.
DOUBTED: frozenset[str] = BY_ORIGIN | {MatchRule.THREAD}
#: How sure a reading is at most when its tie to the process is in doubt: unsure, so the
#: policy waits and the digest asks the candidate.
DOUBTFUL_CONFIDENCE = 0.5


def role_doubt(
    match: Match,
    interview: Interview,
    message: Message,
    interviews: Sequence[Interview] = (),
) -> str | None:
    """Why a match is in doubt: another role named (by domain or hiring system), or two, or none.

    "BI Developer: we went with someone else. Data Analyst: you'll hear by the 20th", in
    the Data Analyst thread, is news of two of the candidate's applications at once, tied
    to one only by its thread: silence-watch cannot tell one reading from the other, so it
    asks.
    """
    # Tied by its thread alone, not by its words: the thread's role may not be its news.
    threaded = match.rule is MatchRule.THREAD
    both = roles_also_named(message, interviews, interview) if threaded else None
    if both is not None:
        return (f"it speaks of two of your applications ({interview.role} and {both.role}):"
                " which one is it about?")  # fmt: skip
    if match.rule not in BY_ORIGIN:
        return None
    other = another_role(interview.role, interview.company, message.subject, message.body)
    if other is not None:
        return f"it names another role ({other}) than {interview.role}: maybe another application"
    # "We've decided not to move forward with your application", from the hiring system of
    # a company where the candidate has two: which one? (tester round t39at)
    key = company_key(interview.company)
    roles = sorted({iv.role for iv in interviews if company_key(iv.company) == key
                    and iv.process_id != interview.process_id and iv.role.strip()
                    and not iv.closed})  # fmt: skip
    if not roles or not interview.role.strip():
        return None
    if titles_named(interview.company, message.subject, message.body):
        return None  # it names the process's own role (another one was caught above)
    return (f"it names no role, and you applied at {interview.company} for {interview.role} and"
            f" {', '.join(roles)}: which one is it about?")
