"""Reading a process's mail the way a careful candidate would. Pure.

Every message from the employer's side counts, whoever sends it: a person, the agency, or
an applicant-tracking system writing for the company. What it counts as depends on what
it says, read in degrees:

====================  =====================================================================
reading               what it means for the process
====================  =====================================================================
rejection, offer      the outcome: the process is settled, whatever a round's date
                      (read without confidence: "perhaps a no" is a question, below)
cold                  a brush-off: no more follow-ups
next_step, request    the ball is with the candidate until they answer
acknowledgement       they will come back: wait for the promised date (or the usual window)
on_hold               hiring paused: wait for their date (or four weeks)
pleasantry            warmth, no news: the waiting goes on unchanged
unsure                not read with confidence (or "other"): pause and ask the candidate
====================  =====================================================================

Never a reply: out-of-office replies, bounces, delivery-delay notices, bulk mail, and a hiring
system's receipts and notices with nothing decided (one the reader is unsure of is asked
about, like any unsure reading). An invitation is a round; a cancellation is read for its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.agency_handover import handed_to_client
from silence_watch.core.companies import domain_matches, is_consumer_domain, relay_of
from silence_watch.core.kept_answers import Kept
from silence_watch.core.ladder import CERTAIN, UNSURE_BELOW
from silence_watch.core.model import Action, Contact, Direction, Intent, MessageKind, TimelineEntry
from silence_watch.core.personnames import person_name
from silence_watch.core.reach import agency_domains, company_domains
from silence_watch.core.senders import is_no_reply, is_service_desk, is_shared_inbox
from silence_watch.core.sending import (
    copied_name,
    names_leavers,
    ran_it,
    says_they_leave,
    successors,
)
from silence_watch.core.subjects import PrefixKind, leading_prefixes
from silence_watch.core.through_agency import ASKS

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence
    from datetime import datetime

    from silence_watch.core.model import Interview

#: Readings that end the process for good.
SETTLING = frozenset({Intent.REJECTION, Intent.OFFER})
#: Readings that hand the ball to the candidate.
CANDIDATES_MOVE = frozenset({Intent.NEXT_STEP, Intent.REQUEST})
#: Readings that hand the ball back to the employer, with or without a date.
THEIR_MOVE = frozenset({Intent.ACKNOWLEDGEMENT, Intent.ON_HOLD})
#: What an applicant-tracking system says that matters; its receipts and notices do not.
_MACHINE_SIGNALS = frozenset({*SETTLING, *CANDIDATES_MOVE, Intent.ON_HOLD})
_EMPLOYER_KINDS = frozenset({MessageKind.HUMAN, MessageKind.AUTOMATED})


def from_employer_side(entry: TimelineEntry) -> bool:
    """True for mail from the company, its agency or its applicant-tracking system."""
    return entry.direction is Direction.INBOUND and entry.kind in _EMPLOYER_KINDS


def is_pleasantry(entry: TimelineEntry) -> bool:
    """Warmth with no news: it neither stops nor restarts the waiting.

    So is a message the candidate said was "other" (``mark MESSAGE other``, or that answer
    in the digest; a correction is certain): asked once, never again (tester round t55bx);
    and one the reader is certain says nothing of the process (``core.logistics``: the
    parking note, the expense form).
    """
    return from_employer_side(entry) and not entry.cold and (
        entry.intent is Intent.PLEASANTRY
        or (entry.intent is Intent.OTHER and entry.confidence >= CERTAIN)
    )


def outcome_of(entry: TimelineEntry, threshold: float = UNSURE_BELOW) -> Intent | None:
    """The rejection or offer ``entry`` surely says; None for any other reading.

    A rejection or offer read with confidence below ``threshold`` ("perhaps a no": only
    the model says so) is a question for the candidate, never an outcome.
    """
    sure = entry.intent in SETTLING and entry.confidence >= threshold
    return entry.intent if sure else None


def is_signal(entry: TimelineEntry) -> bool:
    """True when a message from the employer's side says something about the process."""
    if entry.direction is not Direction.INBOUND or entry.kind not in _EMPLOYER_KINDS or (
            entry.calendar == "request") or (not entry.cold and (entry.intent is Intent.PLEASANTRY
            or (entry.intent is Intent.OTHER and entry.confidence >= CERTAIN))):
        return False  # not their side's, an invitation, or warmth (``is_pleasantry``, inlined)
    if entry.kind is MessageKind.AUTOMATED and entry.calendar != "cancel":
        # A receipt ("we got your application") or "log in to see your status" is not a
        # reply; a decision, a scheduling request or a promise with a date is. So is a
        # hiring system's mail the reader is unsure of ("har tyvärr valt att gå vidare med
        # andra kandidater", in a language it does not read): it may be a no, so the
        # candidate is asked. So is any system's "perhaps a no" (only the model reads it, or
        # it names another role): ignored, it lets mail go after a no. A password reset never.
        return (
            (entry.intent in _MACHINE_SIGNALS
             and (entry.intent not in SETTLING or outcome_of(entry) is not None))
            or (entry.intent is Intent.ACKNOWLEDGEMENT and entry.promised_by is not None)
            or (entry.intent in SETTLING and entry.confidence < UNSURE_BELOW)
            or (entry.intent is not None and entry.confidence < UNSURE_BELOW
                and relay_of(entry.sender.rpartition("@")[2]) is not None)
        )  # fmt: skip
    return True


def is_unsure(entry: TimelineEntry, threshold: float) -> bool:
    """True when a signal cannot be acted on without asking the candidate what it was."""
    if entry.cold:
        return False
    if entry.intent is None or entry.intent is Intent.OTHER:
        return True
    return entry.confidence < threshold


def _signals_in(timeline: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    return sorted([e for e in timeline if is_signal(e)], key=lambda e: e.at)

#: The employer-side messages that say something, oldest first (asked once per kept timeline).
signals = Kept(_signals_in)


def candidate_wrote_after(timeline: Sequence[TimelineEntry], moment: datetime) -> list[datetime]:
    """When the candidate wrote to them after ``moment``, oldest first."""
    return sorted(
        e.at for e in timeline if e.direction is Direction.OUTBOUND and e.at > moment
    )


def answered_after(timeline: Sequence[TimelineEntry], moment: datetime) -> list[datetime]:
    """When the candidate answered them after ``moment``: her mail, or a task done.

    A hiring system's receipt of what she did there ("¡Gracias por completar la prueba!",
    read as a sure acknowledgement) answers its request as her mail would (u00tp).
    """
    done = [
        e.at for e in timeline
        if e.at > moment and e.kind is MessageKind.AUTOMATED and from_employer_side(e)
        and e.intent is Intent.ACKNOWLEDGEMENT and e.confidence >= UNSURE_BELOW
    ]  # fmt: skip
    return sorted([*candidate_wrote_after(timeline, moment), *done])


def agency_addresses(interview: Interview) -> frozenset[str]:
    """The agency's people, by address."""
    if interview.agency is None:
        return frozenset()
    return frozenset(c.email.lower() for c in interview.agency.contacts)


def is_agency_address(address: str, interview: Interview) -> bool:
    """True for one of the agency's people, or anyone at its domain."""
    address = address.lower()
    return address in agency_addresses(interview) or (  # its hiring system too: ats.<agency>
        domain_matches(address.rpartition("@")[2], agency_domains(interview))
    )


def is_employer_address(address: str, interview: Interview) -> bool:
    """True for one of the company's contacts, or anyone at its own domains."""
    address = address.lower()
    return address in {c.email.lower() for c in interview.contacts} or (
        address.rpartition("@")[2] in company_domains(interview)
    )


def is_forward(entry: TimelineEntry) -> bool:
    """True when the message forwards someone else's words ("Fwd: feedback from Halcyon").

    A date in a forward was promised by whoever wrote the forwarded mail, not by the
    person who forwarded it; a forward of the candidate's is no answer to anyone.
    """
    return PrefixKind.FORWARD in leading_prefixes(entry.subject)[0]


def is_from_agency(entry: TimelineEntry, interview: Interview) -> bool:
    """True when the agency wrote it (by the match, the address or the agency's domain)."""
    if entry.from_agency or interview.agency is None:  # no agency: no address nor domain of it
        return entry.from_agency
    sender = entry.sender.lower()
    return sender in agency_addresses(interview) or (
        bool(sender) and domain_matches(sender.rpartition("@")[2], agency_domains(interview)))


def people_at_company(interview: Interview, timeline: Sequence[TimelineEntry]) -> list[str]:
    """People at the company who can be written to, latest writer first.

    No no-reply, hiring system, agency or moved-on recruiter; warmth or no news yet after the
    contacts: it goes to who runs the process (t53rd, t54ir, t80pn) or their heir (u24lp).
    """
    asked: dict[tuple[str, str, bool], bool] = {}  # a sender's answer, asked once a call

    def writable(entry: TimelineEntry) -> bool:
        key = (entry.sender, entry.sender_name, entry.from_agency)
        if key not in asked:
            asked[key] = (
                not is_from_agency(entry, interview)
                and not is_no_reply(entry.sender)
                and relay_of(entry.sender.rpartition("@")[2]) is None  # "Dana via Indeed" (t66jb)
                and not _moved_on(entry, interview, timeline)
            )
        return asked[key]

    writers = [
        entry for entry in sorted(timeline, key=lambda e: e.at, reverse=True)
        if entry.direction is Direction.INBOUND
        and entry.kind is MessageKind.HUMAN
        and not entry.calendar  # an invitation's sender is often a shared calendar account
        and entry.sender
        and not entry.bystander  # a friend in the thread (``core.their_side``)
        and writable(entry)
    ]
    warm = [is_pleasantry(e) for e in writers]  # each asked once a writer's message
    quiet = [_no_news_yet(e, interview) for e in writers]
    news = [e for e, w, q in zip(writers, warm, quiet, strict=True) if not w and not q]
    leaving = [e for e in timeline if says_they_leave(e) or names_leavers(e)]  # heirs: u44pp
    heirs = {s: successors(leaving, of={s}) for s in {e.sender.lower() for e in news if ran_it(e)}}
    found = [a for e in news for a in (e.sender.lower(), *heirs.get(e.sender.lower(), ()))]
    found += handed_to_client(interview, timeline)  # the agency handed it to them (u41ag)
    found += [c.email.lower() for c in interview.contacts if not is_no_reply(c.email)]
    found += successors(leaving)  # "my colleague Ines, copied here, is picking up"
    found += [e.sender.lower() for e, q in zip(writers, quiet, strict=True) if q]
    found += [e.sender.lower() for e, w in zip(writers, warm, strict=True) if w]
    agency = agency_addresses(interview)
    people = [a for a in dict.fromkeys(found) if a not in agency]
    # A shared inbox (recruiting@, careers@) comes after every person: it may say "this
    # mailbox is not monitored", and nobody there met the candidate; unless its latest word
    # is the promise now owed ("we'll be back to you by Wednesday 2 December", u01cc). A
    # department's desk (IT, reception, travel) last of all: it hires nobody (t78lg).
    owed = news[0].sender.lower() if news and news[0].promised_by else ""
    return sorted(people, key=lambda a: (is_service_desk(a), is_shared_inbox(a) and a != owed))


def _no_news_yet(entry: TimelineEntry, interview: Interview) -> bool:
    """An "other", or an unsure reading from one not named (a CTO's "Looking forward", t80pn)."""
    return entry.intent is Intent.OTHER or (entry.confidence < UNSURE_BELOW and (
        entry.sender.lower() not in {c.email.lower() for c in interview.contacts}))


def _moved_on(
    entry: TimelineEntry, interview: Interview, timeline: Sequence[TimelineEntry]
) -> bool:
    """True when this person wrote from the company's domain before, and now from another."""
    domain = entry.sender.lower().rpartition("@")[2]
    if not interview.domains or domain_matches(domain, interview.domains):
        return False  # asked first: most of their mail comes from the company's own domain
    name = entry.sender_name.casefold().strip()
    if not name or is_consumer_domain(domain):
        return False
    return any(
        e.direction is Direction.INBOUND and e.sender_name.casefold().strip() == name
        and domain_matches(e.sender.lower().rpartition("@")[2], interview.domains)
        for e in timeline
    )  # fmt: skip


def wrote_to_employer(interview: Interview, timeline: Sequence[TimelineEntry]) -> bool:
    """True when the candidate has ever written to someone at the company directly."""
    agency = agency_addresses(interview)
    mine = (e for e in timeline if e.direction is Direction.OUTBOUND)
    return any(r.lower() not in agency for e in mine for r in e.recipients)


def through_agency(interview: Interview, timeline: Sequence[TimelineEntry]) -> bool:
    """True while the agency's ask to keep all contact with the client through it stands."""
    said = [e.through_agency for e in timeline if e.through_agency and is_from_agency(e, interview)]
    return bool(agency_addresses(interview)) and bool(said) and said[-1] == ASKS


@dataclass(frozen=True, slots=True)
class Question:
    """A message the product could not read with confidence: the candidate is asked."""

    message_id: str | None
    sender: str
    subject: str
    at: datetime


def _names(interview: Interview, timeline: Sequence[TimelineEntry]) -> dict[str, str]:
    """Everyone's display name by address: the configuration's, else their own mail's.

    A shared inbox's display name ("Marlowe & Finch Recruiting") is no name to greet. An
    heir only copied (a leaver's, the agency's at the client) as headers spell it (u41ag).
    """
    heirs = (*successors(timeline), *handed_to_client(interview, timeline))
    names = {a: name for a in heirs if (name := copied_name(a, timeline))} | {
        e.sender.lower(): e.sender_name for e in timeline
        if e.sender and e.sender_name and not is_shared_inbox(e.sender)
        and not is_service_desk(e.sender)
    }  # fmt: skip
    people = [*interview.contacts, *(interview.agency.contacts if interview.agency else ())]
    names.update({c.email.lower(): c.name for c in people if c.name})
    return names


#: What goes to the agency when the candidate never wrote to the employer directly.
_THROUGH_AGENCY = frozenset({Action.FOLLOW_UP, Action.CLOSING_NOTE, Action.FEEDBACK_REQUEST})


def recipient_for(
    action: Action,
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    *,
    bounced: Collection[str] = (),
    met: Sequence[Contact] = (),
) -> Contact | None:
    """Who a draft goes to: never a no-reply address, a bounced one, or the wrong side.

    The agency check-in goes to the agency. A thank-you goes to the person met: the first
    of the round's own people (``met``: its contacts, or the people its invitation named),
    not the coordinator who booked the room. Everything else goes to a person at the
    company: the last one who wrote, else a configured contact. A follow-up or closing
    note goes to the agency again only when the candidate has never written to anyone at
    the company directly. Once the agency asked that everything go through it, every draft
    goes to the agency, and no thank-you is drafted.
    """
    names = _names(interview, timeline)
    only_agency = through_agency(interview, timeline)  # "everything goes through me" (u09ex)
    if action is Action.THANK_YOU and only_agency:
        return None  # her thanks go through the agency's person, in her own words
    if action is Action.THANK_YOU:
        person = next((
            c for c in met
            if c.email.lower() not in bounced and not is_no_reply(c.email)
            and not is_agency_address(c.email, interview)
            and person_name(c.name, c.email) is not None  # never a Bookings mailbox (t49ct)
        ), None)  # fmt: skip
        if person is not None:
            return Contact(person.name or names.get(person.email.lower(), ""), person.email)
    agency = [a for a in dict.fromkeys([*(c.email.lower() for c in (  # in order, then
        interview.agency.contacts if interview.agency else ())), *(h for h in successors(
            timeline) if is_agency_address(h, interview))]) if a not in bounced]  # heirs: u22ag
    # The agency's person who wrote last, news first, a promise before a request (a partner's
    # date, not the researcher's "Frohe Weihnachten!" or referees: u09ex); or one who took over
    wrote = [e.sender.lower() for e in sorted((  # theirs first, then sorted (stable: the same)
        e for e in timeline if e.direction is Direction.INBOUND and e.kind is MessageKind.HUMAN
        and is_from_agency(e, interview) and not is_no_reply(e.sender)
        and e.sender.lower() not in bounced), key=lambda e: (
            e.intent is not Intent.OTHER and not is_pleasantry(e), e.promised_by is not None, e.at))
    ]  # fmt: skip
    if action is Action.AGENCY_CHECK_IN:  # the configured one gone: who writes now (t64ag)
        address = agency[0] if agency else (wrote[-1] if wrote else None)
        return Contact(names.get(address, ""), address) if address else None
    via_agency = action in _THROUGH_AGENCY and (agency or wrote) and not (
        handed_to_client(interview, timeline))  # the agency stepped out (u41ag)
    if only_agency or (via_agency and not wrote_to_employer(interview, timeline)):
        address = wrote[-1] if wrote else (agency[0] if agency else None)
        return Contact(names.get(address, ""), address) if address else None
    people = [a for a in people_at_company(interview, timeline) if a not in bounced]
    return Contact(names.get(people[0], ""), people[0]) if people else None


def first_of_the_no(
    timeline: Sequence[TimelineEntry], latest: TimelineEntry, held: datetime | None = None
) -> TimelineEntry:
    """The first of their last words when each says the same no (a person, then the system).

    The feedback request answers the first: "Tom wrote Wednesday, iCIMS repeated it
    Thursday at 7" is a no from Wednesday (tester round t39at), also when the copy comes
    after its feedback request was drafted (t73fb: the draft stays), so long as nothing
    from the candidate came between, nor a round (``held``: a no after it is the round's).
    """
    first = latest
    for entry in reversed([e for e in signals(timeline) if (held or e.at) <= e.at < latest.at]):
        if outcome_of(entry) is not Intent.REJECTION or any(
            e.direction is Direction.OUTBOUND and entry.at < e.at <= latest.at for e in timeline
        ):
            break
        first = entry
    return first
