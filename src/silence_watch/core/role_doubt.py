"""Whether a message's tie to a process is in doubt because of the roles it names. Pure.

A hiring system writes for every application at a company: mail tied to a process only by
where it comes from (its domain, its hiring system) that names another role is in doubt;
so is mail tied only by its thread whose words give news of two of the candidate's roles
at that company, and an agency's mail that names another client where it placed the
candidate ("Maison Delvaux : ... une autre candidate. Groupe Fontanel : ... d'ici le 25",
tester round t67sc). A reading in doubt is held unsure, and the digest asks the candidate.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.companies import company_key, company_names
from silence_watch.core.match import MatchRule
from silence_watch.core.model import Intent
from silence_watch.core.other_clients import company_named, first_name_word, names_in
from silence_watch.core.quotes import own_text
from silence_watch.core.role_news import news_of_its_own_role
from silence_watch.core.roles import another_role, roles_also_named, titles_named

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.classify import Classification
    from silence_watch.core.match import Match
    from silence_watch.core.model import Interview, Message


#: The rules that tie mail by where it comes from, not by who wrote it: a message they tie
#: that names another role than the process's is in doubt (``core.roles``).
BY_ORIGIN: frozenset[str] = frozenset(
    {MatchRule.DOMAIN, MatchRule.ATS_SENDER, MatchRule.ATS_SUBJECT, MatchRule.ATS_BODY},
)
#: Every rule whose match can be in doubt: by origin, by its thread alone, the agency's, or
#: a contact's who runs two of the candidate's processes.
DOUBTED: frozenset[str] = BY_ORIGIN | {MatchRule.THREAD, MatchRule.AGENCY, MatchRule.CONTACT}
#: How sure a reading is at most when its tie to the process is in doubt: unsure, so the
#: policy waits and the digest asks the candidate.
DOUBTFUL_CONFIDENCE = 0.5


#: Readings that say nothing a doubt about the role could change: a receipt, thanks.
_NO_NEWS: frozenset[Intent | None] = frozenset(
    {Intent.ACKNOWLEDGEMENT, Intent.PLEASANTRY, Intent.OTHER, None}
)


def is_news(reading: Classification) -> bool:
    """Whether a doubt about whose mail it is matters: a decision, a move, a date.

    "Hemos recibido tu candidatura para Técnico/a de Reaseguro", another application's
    receipt, was asked about, and the process it was tied to waited on it (t67sc).
    """
    return reading.intent not in _NO_NEWS or bool(reading.promised_by or reading.revisit_by)


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
    if (client := _another_client_named(interview, message, interviews)) is not None:
        return (f"it speaks of two of your applications through the same agency"
                f" ({interview.company} and {client.company}): which one is it about?")
    if match.rule is MatchRule.AGENCY and (
        client := _agency_client(interview, message, interviews)
    ):
        return (f"it names none of your applications through the same agency"
                f" ({interview.company}, {client.company}): which one is it about?")  # fmt: skip
    if match.rule in BY_ORIGIN and (namesake := _namesake(interview, message, interviews)):
        return (f"it could be about {interview.company} or {namesake.company}: which one is it"
                " about?")  # fmt: skip
    return _roles_doubt(match, interview, message, interviews)


def _roles_doubt(
    match: Match, interview: Interview, message: Message, interviews: Sequence[Interview]
) -> str | None:
    """Another role named, two named in one thread, or none where the candidate has two."""
    # Tied by its thread alone, not by its words: the thread's role may not be its news.
    threaded = match.rule is MatchRule.THREAD
    both = roles_also_named(message, interviews, interview) if threaded else None
    if both is not None and not news_of_its_own_role(
        own_text(message.body or ""), interview.role, both.role, message.date
    ):  # "... not to move forward ... for the Growth Analyst role" names its own (u28re)
        return (f"it speaks of two of your applications ({interview.role} and {both.role}):"
                " which one is it about?")  # fmt: skip
    # a recruiter who runs two of the candidate's processes there writes as their hiring
    # system does: "der Fachbereich hat sich für eine andere Kandidatin entschieden" (t67sc)
    shared = match.rule is MatchRule.CONTACT and _contact_of_two(message, interview, interviews)
    if match.rule not in BY_ORIGIN and not shared:
        return None
    other = None if shared else another_role(
        interview.role, interview.company, message.subject, message.body
    )
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


def _another_client_named(
    interview: Interview, message: Message, interviews: Sequence[Interview]
) -> Interview | None:
    """Another open process the same agency placed the candidate in, named in its words."""
    if interview.agency is None:
        return None
    agency = company_key(interview.agency.name)
    words = f"{message.subject}\n{own_text(message.body or '')}".casefold()
    return next((
        iv for iv in interviews
        if iv.agency is not None and company_key(iv.agency.name) == agency
        and iv.process_id != interview.process_id and not iv.closed
        and company_key(iv.company) != company_key(interview.company)
        and company_named(iv.company, words)
    ), None)  # fmt: skip


def _contact_of_two(
    message: Message, interview: Interview, interviews: Sequence[Interview]
) -> bool:
    """Whether the sender is a contact of another open process at the same company."""
    sender = message.sender.email.lower() if message.sender is not None else ""
    key = company_key(interview.company)
    return bool(sender) and any(
        iv.process_id != interview.process_id and not iv.closed
        and company_key(iv.company) == key
        and sender in {c.email.lower() for c in iv.contacts}
        for iv in interviews
    )  # fmt: skip


def _words(message: Message) -> str:
    return f"{message.subject}\n{own_text(message.body or '')}".casefold()


def _open_others(interview: Interview, interviews: Sequence[Interview]) -> list[Interview]:
    """The candidate's other open processes, under other company names."""
    return [iv for iv in interviews if iv.process_id != interview.process_id and not iv.closed
            and iv.company.casefold() != interview.company.casefold()]  # fmt: skip


def _namesake(
    interview: Interview, message: Message, interviews: Sequence[Interview]
) -> Interview | None:
    """Another open process at a company of the same first word ("Acme Corp", "Acme Labs").

    A hiring system's "we've decided to move forward with other candidates ... Acme" names
    either: tied to the latest, a no went to the wrong one (tester round t89sz).
    """
    first = first_name_word(interview.company)
    if first is None or names_in(
        [n for n in company_names(interview.company) if n != first], _words(message)
    ):
        return None
    return next((iv for iv in _open_others(interview, interviews)
                 if first_name_word(iv.company) == first), None)  # fmt: skip


def _agency_client(
    interview: Interview, message: Message, interviews: Sequence[Interview]
) -> Interview | None:
    """Another open process through the same agency, when the mail names neither company.

    "They've decided to go with another candidate", from a recruiter who placed the
    candidate with three clients, is one of them, which the mail does not say (t89sz).
    """
    if interview.agency is None:
        return None
    words = _words(message)
    key = company_key(interview.company)
    if company_named(interview.company, words) or titles_named(
        interview.company, message.subject, message.body
    ):
        return None
    agency = company_key(interview.agency.name)
    return next((iv for iv in _open_others(interview, interviews) if iv.agency is not None
                 and company_key(iv.agency.name) == agency and company_key(iv.company) != key),
                None)  # fmt: skip
