"""Interview invitations found in mail: text/calendar parts read into proposals.

A company or its scheduling tool sends ``METHOD:REQUEST``; that becomes a
``ProposedInterview`` the candidate confirms (company, role if stated, start, attendees).
A later ``METHOD:CANCEL``, or a ``REQUEST`` with a higher ``SEQUENCE``, cancels or moves
it (RFC 5546); anything older is ignored, so the order mail arrives in does not matter.

Reading the iCalendar text is ``core.ical`` (the ``icalendar`` library, made to never
raise); this module guesses company and role from what an event says, and keeps the
proposals in step as invitations move and cancel. What could not be read is listed in
a proposal's ``notes``.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from silence_watch.core.companies import is_consumer_domain, relay_of
from silence_watch.core.ical import read_events

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Collection, Iterable, Mapping, Sequence

    from silence_watch.core.ical import CalendarEvent
    from silence_watch.core.model import Address, Message


class Effect(StrEnum):
    """What an invitation does to the proposal with its UID."""

    PROPOSE = "propose"
    CANCEL = "cancel"
    IGNORE = "ignore"


#: iTIP methods (RFC 5546) and what each does to a proposed interview. A missing METHOD
#: is read as PUBLISH: an .ics attached by an applicant-tracking system.
METHOD_EFFECT: Mapping[str, Effect] = {
    "REQUEST": Effect.PROPOSE,
    "PUBLISH": Effect.PROPOSE,
    "CANCEL": Effect.CANCEL,
    "REPLY": Effect.IGNORE,  # an attendee's answer, often the candidate's own
    "ADD": Effect.IGNORE,  # adds recurrences; interviews do not recur
    "REFRESH": Effect.IGNORE,
    "COUNTER": Effect.IGNORE,
    "DECLINECOUNTER": Effect.IGNORE,
}

#: Words that show a summary segment names a job ("Data Engineer"), not a company.
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "engineer",
        "developer",
        "designer",
        "manager",
        "analyst",
        "scientist",
        "architect",
        "lead",
        "director",
        "consultant",
        "specialist",
        "coordinator",
        "administrator",
        "intern",
        "internship",
        "researcher",
        "accountant",
        "officer",
        "associate",
        "assistant",
        "technician",
        "writer",
        "editor",
        "representative",
        "executive",
        "sre",
        "devops",
        "programmer",
        "strategist",
        "owner",
    },
)

#: Words of the meeting itself ("Technical interview"); they are neither role nor company.
MEETING_WORDS: frozenset[str] = frozenset(
    {
        "interview",
        "interviews",
        "call",
        "screen",
        "screening",
        "chat",
        "meeting",
        "conversation",
        "round",
        "onsite",
        "on-site",
        "technical",
        "phone",
        "video",
        "zoom",
        "teams",
        "final",
        "first",
        "second",
        "third",
        "panel",
        "intro",
        "introduction",
        "invitation",
        "invite",
        "updated",
        "rescheduled",
        "canceled",
        "cancelled",
        "entretien",
        "vorstellungsgespräch",
        "gespräch",
        "colloquio",
        "entrevista",
        "sollicitatiegesprek",
        "intervju",
    },
)

_SEPARATORS_RE = re.compile(
    r"\s+[-\u2013\u2014|/x]\s+|\s*<>\s*|:\s+|[()\[\]]|\s+(?:at|with|for|between|@)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ProposedInterview:
    """An interview an invitation proposes, for the candidate to confirm.

    ``company`` and ``role`` are guesses from the summary and the organizer's domain;
    ``domains`` are the company domains seen among organizer and attendees (never free
    mail or a scheduling relay). ``start`` is aware; None only when the invitation had no
    readable DTSTART (a cancellation may omit it).
    """

    uid: str
    sequence: int
    method: str
    start: dt.datetime | None
    end: dt.datetime | None = None
    all_day: bool = False
    summary: str = ""
    company: str | None = None
    role: str | None = None
    organizer: Address | None = None
    attendees: tuple[Address, ...] = ()
    domains: tuple[str, ...] = ()
    location: str = ""
    cancelled: bool = False
    notes: tuple[str, ...] = ()

    @property
    def effect(self) -> Effect:
        """What this invitation does to an earlier one with its UID."""
        if self.cancelled:
            return Effect.CANCEL
        return METHOD_EFFECT.get(self.method, Effect.IGNORE)


def parse_calendar(
    text: str,
    *,
    own_addresses: Collection[str] = (),
    default_zone: str = "UTC",
) -> tuple[ProposedInterview, ...]:
    """Read every event of an iCalendar object into a proposal; never raises.

    ``default_zone`` places floating times and all-day dates (the candidate's zone).
    ``own_addresses`` keeps the candidate out of the company guess.
    """
    own = frozenset(a.lower() for a in own_addresses)
    return tuple(_proposal(event, own) for event in read_events(text, default_zone=default_zone))


#: Subjects of invitations as calendar software writes them (Google, Outlook, ATS tools).
_INVITE_SUBJECT = re.compile(
    r"^\s*(?:(?:updated |new )?invitation|invitation updated|canceled event|cancelled event"
    r"|event canceled|event cancelled|interview (?:invitation|confirmation|scheduled)"
    r"|einladung|invitation :|invitación|uitnodiging|inbjudan|convite)\b",
    re.IGNORECASE,
)


def might_hold_invite(message: Message) -> bool:
    """True when the headers suggest a calendar invitation worth fetching the body for."""
    content_type = message.headers.get("content-type", "").lower()
    return "calendar" in content_type or bool(_INVITE_SUBJECT.search(message.subject))


def invites_in(
    message: Message,
    *,
    own_addresses: Collection[str] = (),
    default_zone: str = "UTC",
) -> tuple[ProposedInterview, ...]:
    """The proposals in a message's text/calendar parts."""
    found: list[ProposedInterview] = []
    for part in message.parts:
        if part.content_type == "text/calendar":
            found.extend(
                parse_calendar(part.text, own_addresses=own_addresses, default_zone=default_zone)
            )
    return tuple(found)


def apply_invite(
    proposals: Mapping[str, ProposedInterview],
    invite: ProposedInterview,
) -> dict[str, ProposedInterview]:
    """Return ``proposals`` (keyed by UID) updated by a newly seen ``invite``.

    A REQUEST with a higher SEQUENCE than the one held replaces it (the interview moved);
    a lower or equal one is stale and ignored. A CANCEL (or STATUS:CANCELLED) at the
    same or a higher SEQUENCE cancels; the cancelled proposal is kept, so that a stale
    REQUEST arriving after it cannot bring the interview back.
    """
    result = dict(proposals)
    current = result.get(invite.uid)
    if invite.effect is Effect.PROPOSE:
        if current is None or invite.sequence > current.sequence:
            result[invite.uid] = invite
    elif invite.effect is Effect.CANCEL:
        if current is None:
            result[invite.uid] = replace(invite, cancelled=True)
        elif invite.sequence >= current.sequence:
            result[invite.uid] = _merge_cancel(current, invite)
    return result


def apply_invites(
    proposals: Mapping[str, ProposedInterview],
    invites: Iterable[ProposedInterview],
) -> dict[str, ProposedInterview]:
    """Apply ``invites`` one after the other."""
    result = dict(proposals)
    for invite in invites:
        result = apply_invite(result, invite)
    return result


def _merge_cancel(current: ProposedInterview, cancel: ProposedInterview) -> ProposedInterview:
    """The cancellation, with what it left out taken from the invitation it cancels."""
    return replace(
        cancel,
        cancelled=True,
        start=cancel.start or current.start,
        end=cancel.end or current.end,
        all_day=cancel.all_day if cancel.start else current.all_day,
        summary=cancel.summary or current.summary,
        company=cancel.company or current.company,
        role=cancel.role or current.role,
        organizer=cancel.organizer or current.organizer,
        attendees=cancel.attendees or current.attendees,
        domains=cancel.domains or current.domains,
        location=cancel.location or current.location,
    )


def _proposal(event: CalendarEvent, own: frozenset[str]) -> ProposedInterview:
    organizer, attendees = event.organizer, event.attendees
    domains = _company_domains(organizer, attendees, own)
    labels = [_domain_label(d) for d in domains]
    # Names of the people invited, so "Jordan Lee <> Dana Ruiz" is not taken for a company;
    # a calendar account named after the company ("Acme Corp") is no person.
    people = {
        a.name.casefold()
        for a in (*attendees, *((organizer,) if organizer else ()))
        if a.name and not any(_names_label(a.name, label) for label in labels)
    }
    summary = " ".join(event.summary.split())
    company, role = _guess(summary, domains, people)
    if company is not None and company.casefold() in labels:
        # Only the domain said it ("vantageorbital"): a name spelled out anywhere in the
        # event ("Vantage Orbital HQ, 2200 Launch Way") is the company's own spelling.
        names = [a.name for a in (*attendees, *((organizer,) if organizer else ())) if a.name]
        company = _spelled_out(company.casefold(), [summary, event.location, *names]) or company
    return ProposedInterview(
        uid=event.uid,
        sequence=event.sequence,
        method=event.method,
        start=event.start,
        end=event.end,
        all_day=event.all_day,
        summary=summary,
        company=company,
        role=role,
        organizer=organizer,
        attendees=attendees,
        domains=domains,
        location=event.location,
        cancelled=event.status == "CANCELLED",
        notes=event.notes,
    )


def _company_domains(
    organizer: Address | None,
    attendees: Sequence[Address],
    own: frozenset[str],
) -> tuple[str, ...]:
    domains: list[str] = []
    own_domains = {email.rpartition("@")[2] for email in own}
    for person in (*((organizer,) if organizer else ()), *attendees):
        domain = person.domain
        if (
            not domain
            or person.email in own
            or domain in own_domains
            or is_consumer_domain(domain)
            or relay_of(domain) is not None
        ):
            continue
        if domain not in domains:
            domains.append(domain)
    return tuple(domains)


def _guess(
    summary: str,
    domains: Sequence[str],
    people: Collection[str],
) -> tuple[str | None, str | None]:
    """Company and role from the summary ("Acme Corp - Data Engineer - Interview")."""
    segments = [s.strip(" ,;:-") for s in _SEPARATORS_RE.split(summary)]
    segments = [
        s
        for s in segments
        if s and "@" not in s and not any(_contains_words(s, person) for person in people)
    ]
    role: str | None = None
    plain: list[str] = []
    for segment in segments:
        words = {w.casefold() for w in re.findall(r"[\w-]+", segment)}
        kept = [w for w in segment.split() if w.casefold().strip(".,") not in MEETING_WORDS]
        if ROLE_NOUNS & words:
            role = role or " ".join(kept) or None
        elif kept and len(kept) == len(segment.split()):
            plain.append(segment)
    labels = [_domain_label(d) for d in domains]
    # A segment that carries the organizer's domain name beats any other plain segment;
    # with a company domain but no such segment, the domain is the better guess.
    named = [s for s in plain if any(_names_label(s, label) for label in labels)]
    if named:
        return named[0], role
    if labels:
        return labels[0].capitalize(), role
    return (plain[0] if plain else None), role


def _spelled_out(label: str, texts: list[str]) -> str | None:
    """Words in ``texts`` that spell ``label`` when joined, as they are written there.

    "Vantage Orbital" spells "vantageorbital"; None when no text has such words.
    """
    for text in texts:
        words = re.findall(r"[\w&'.-]+", text)
        for size in (2, 3, 4, 1):
            for start in range(len(words) - size + 1):
                window = words[start : start + size]
                if re.sub(r"\W", "", "".join(window)).casefold() == label:
                    return " ".join(window)
    return None


def _contains_words(segment: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", segment.casefold()) is not None


def _names_label(segment: str, label: str) -> bool:
    folded = segment.casefold()
    return label in re.findall(r"\w+", folded) or re.sub(r"\W", "", folded) == label


def _domain_label(domain: str) -> str:
    """The name part of a domain: ``acme`` in ``careers.acme.example`` or ``acme.co.uk``."""
    labels = domain.split(".")
    if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]
