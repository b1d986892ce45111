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
from silence_watch.core.employers import domain_label, names_label, spelled_out, title_guess
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Collection, Iterable, Mapping, Sequence

    from silence_watch.core.ical import CalendarEvent
    from silence_watch.core.model import Address, Agency, Message


class ProposalKind(StrEnum):
    """Where a proposed interview was seen: the evidence it stands on."""

    INVITATION = "invitation"  # a calendar invitation (a text/calendar part)
    CONFIRMATION = "confirmation"  # a scheduling tool's or hiring system's "confirmed" mail
    VIDEO_LINK = "video_link"  # a Zoom, Teams or Meet invitation written in a mail's body
    ACCEPTED = "accepted"  # the candidate accepted a time a recruiter proposed
    THANK_YOU = "thank_you"  # the candidate's thank-you note: a round happened that day


class Effect(StrEnum):
    """What an invitation does to the proposal with its UID."""

    PROPOSE = "propose"
    CANCEL = "cancel"
    IGNORE = "ignore"


#: A meeting of the candidate and one other (the organizer among the attendees or not).
_ONE_TO_ONE = 2
#: How sure an invitation alone makes us that an interview is planned: a calendar event
#: is a meeting for certain, but not every meeting is an interview.
INVITATION_CONFIDENCE = 0.9

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

@dataclass(frozen=True, slots=True)
class ProposedInterview:
    """An interview an invitation proposes, for the candidate to confirm.

    ``company`` and ``role`` are guesses from the summary and the organizer's domain;
    ``domains`` are the company domains seen among organizer and attendees (never free
    mail or a scheduling relay). ``start`` is aware; None only when the invitation had no
    readable DTSTART (a cancellation may omit it).

    A proposal found in mail without a calendar part (``core.discovery``) has another
    ``kind`` and no iTIP method. Every proposal carries its ``evidence`` (Message-IDs),
    ``sources`` (each piece in words: "a Calendly confirmation"), a ``confidence`` in
    [0, 1], the ``agency`` that wrote for the company, if one did, and ``timezone``, the
    zone the mail named (None: the candidate's).
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
    kind: ProposalKind = ProposalKind.INVITATION
    evidence: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    confidence: float = INVITATION_CONFIDENCE
    agency: Agency | None = None
    timezone: str | None = None
    #: A REPLY in which someone other than the candidate said no ("Refusé").
    declined: bool = False
    #: Who said no in it: a guest who declines is no one the candidate meets.
    declined_by: tuple[str, ...] = ()
    #: The event's DESCRIPTION ("Zweitgespräch mit Herrn Dr. Rößler"), read for whom the
    #: candidate meets when the mail is the calendar part alone.
    description: str = ""

    @property
    def effect(self) -> Effect:
        """What this invitation does to an earlier one with its UID."""
        if self.cancelled:
            return Effect.CANCEL
        return METHOD_EFFECT.get(self.method, Effect.IGNORE)


def _without(current: ProposedInterview, declined: Sequence[str]) -> ProposedInterview:
    """A bigger meeting a guest declined: it stands, without them (tester round t49ct)."""
    gone = {e.lower() for e in declined}
    stays = tuple(a for a in current.attendees if a.email.lower() not in gone)
    if stays == current.attendees:
        return current
    return replace(current, attendees=stays, declined_by=(*current.declined_by, *declined))


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
    # icalendar costs a start-up ~20 ms; only a message with a calendar part pays it
    from silence_watch.core.ical import read_events  # noqa: PLC0415

    return tuple(_proposal(event, own) for event in read_events(text, default_zone=default_zone))


#: Subjects of invitations as calendar software writes them (Google, Outlook, ATS tools).
_INVITE_SUBJECT = lazy_pattern(
    r"^\s*(?:(?:updated |new )?invitation|invitation updated|canceled event|cancelled event"
    r"|event canceled|event cancelled|interview (?:invitation|confirmation|scheduled)"
    r"|einladung|invitation :|invitación|uitnodiging|inbjudan|convite)\b",
    re.IGNORECASE,
)


def might_hold_invite(message: Message) -> bool:
    """True when the headers suggest a calendar invitation worth fetching the body for."""
    return calendar_headers(message) or bool(_INVITE_SUBJECT.search(message.subject))


def calendar_headers(message: Message) -> bool:
    """True when the headers say the message carries a calendar object.

    A calendar content type, or Outlook's ``Content-Class:
    urn:content-classes:calendarmessage``: a meeting request that keeps the organiser's
    own subject ("Acme | Panel Interview") has only that to show on the outside.
    """
    content_type = message.headers.get("content-type", "").lower()
    return "calendar" in content_type or (
        "calendarmessage" in message.headers.get("content-class", "").lower()
    )


def invites_in(
    message: Message,
    *,
    own_addresses: Collection[str] = (),
    default_zone: str = "UTC",
) -> tuple[ProposedInterview, ...]:
    """The proposals in a message's text/calendar parts."""
    found: list[ProposedInterview] = []
    evidence = (message.message_id,) if message.message_id else ()
    for part in message.parts:
        if part.content_type == "text/calendar":
            found.extend(
                replace(invite, evidence=evidence, sources=("a calendar invitation",))
                for invite in parse_calendar(
                    part.text, own_addresses=own_addresses, default_zone=default_zone
                )
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
    REQUEST arriving after it cannot bring the interview back. A REPLY is an answer, no
    change, except when the one other person of a one-to-one meeting declines it ("Refusé"
    to the candidate's own invitation): then the meeting is off.
    """
    result = dict(proposals)
    current = result.get(invite.uid)
    if invite.effect is Effect.PROPOSE:
        if current is None:
            result[invite.uid] = invite
        elif invite.sequence > current.sequence:
            result[invite.uid] = _keep_evidence(invite, current)
    elif invite.declined and current is not None and len(current.attendees) <= _ONE_TO_ONE:
        # The one person the candidate invited said no: that meeting will not take place.
        if invite.sequence >= current.sequence and not current.cancelled:
            result[invite.uid] = _keep_evidence(replace(current, cancelled=True), current)
    elif invite.declined and current is not None and not current.cancelled:
        result[invite.uid] = _without(current, invite.declined_by)
    elif invite.effect is Effect.CANCEL:
        if current is None:
            result[invite.uid] = replace(invite, cancelled=True)
        elif invite.sequence >= current.sequence:
            result[invite.uid] = _keep_evidence(_merge_cancel(current, invite), current)
    return result


def _keep_evidence(newer: ProposedInterview, older: ProposedInterview) -> ProposedInterview:
    """A newer version of a proposal still stands on what the older one was seen in."""
    return replace(
        newer,
        kind=older.kind,
        evidence=tuple(dict.fromkeys((*older.evidence, *newer.evidence))),
        sources=tuple(dict.fromkeys((*older.sources, *newer.sources))),
        confidence=max(older.confidence, newer.confidence),
        agency=newer.agency or older.agency,
    )


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
    labels = [domain_label(d) for d in domains]
    # Names of the people invited, so "Jordan Lee <> Dana Ruiz" is not taken for a company;
    # a calendar account named after the company ("Acme Corp") is no person.
    people = {
        a.name.casefold()
        for a in (*attendees, *((organizer,) if organizer else ()))
        if a.name and not any(names_label(a.name, label) for label in labels)
    }
    summary = " ".join(event.summary.split())
    company, role = title_guess(summary, domains, people)
    if company is not None and company.casefold() in labels:
        # Only the domain said it ("vantageorbital"): a name spelled out anywhere in the
        # event ("Vantage Orbital HQ, 2200 Launch Way") is the company's own spelling.
        names = [a.name for a in (*attendees, *((organizer,) if organizer else ())) if a.name]
        company = spelled_out(company.casefold(), [summary, event.location, *names]) or company
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
        description=event.description,
        # The candidate's own "Declined" (from her calendar, in her Sent mail): that meeting
        # will not take place for her, so it is cancelled (tester round t53rd); a round
        # another invitation still books stands (``engine.rounds``).
        cancelled=event.status == "CANCELLED"
        or (event.method == "REPLY" and any(e in own for e in event.declined)),
        declined=event.method == "REPLY" and any(e not in own for e in event.declined),
        declined_by=tuple(e for e in event.declined if e not in own) if event.method == "REPLY"
        else (),
        notes=event.notes,
        timezone=event.zone,
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
