"""Interviews seen in mail without a calendar part: one reader per kind of evidence.

- ``confirmation``: a scheduling tool or hiring system confirms a time ("Your interview
  with Acme Corp is confirmed for Tuesday, November 3 at 3:00 PM EST"; in five languages);
- ``video_link``: a Zoom, Teams or Google Meet invitation written in a mail's body, with
  its time, about an interview;
- ``accepted``: the candidate's reply accepts a time the recruiter proposed in the thread
  ("Tuesday at 3pm works", "yes, 10am Thursday is perfect", "Donnerstag 14 Uhr passt mir
  gut"; with no time named, the one time proposed);
- ``thank_you``: the candidate's thank-you note in Sent, which says a round happened that day.

Each reader needs hiring words around the time (an interview, a role, an application),
so a webinar, a friend's "let's meet Tuesday" or a job alert is never a round. What
each finds is a ``ProposedInterview`` of its kind with a confidence from the table
``BASE_CONFIDENCE``; ``core.discovery`` merges what several found about one round.

Pure: no IO, never reads the clock; never raises on any text.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.accepting_words import ACCEPTING
from silence_watch.core.employers import company_domain, role_in, tool_name
from silence_watch.core.invites import ProposalKind, ProposedInterview
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.meetingtimes import Slot, slots_in
from silence_watch.core.model import Address, Agency, Contact, Message
from silence_watch.core.naming import naming
from silence_watch.core.personnames import addresses_in
from silence_watch.core.quotes import own_lines, own_text
from silence_watch.core.senders import SenderRole, is_no_reply, role_of
from silence_watch.core.writer_zones import writer_zone

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import tzinfo

#: How sure one piece of evidence alone makes us, by kind (several are combined).
BASE_CONFIDENCE: Final[Mapping[ProposalKind, float]] = {
    ProposalKind.CONFIRMATION: 0.85,
    ProposalKind.VIDEO_LINK: 0.75,
    ProposalKind.ACCEPTED: 0.75,
    ProposalKind.THANK_YOU: 0.6,
}


def _rx(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, re.IGNORECASE)


#: Words that make a meeting about a job.
HIRING: Final = _rx(
    r"\b(?:interview\w*|phone screen|screening|recruit\w*|hiring|candidacy|your application"
    r"|the (?:role|position|opening)|next steps?|on[- ]?site|technical (?:round|call|assessment)"
    r"|(?:first|second|final|next) round|auswahlverfahren|engere auswahl|assessment cent(?:re|er)"
    r"|meet the team|\w*gespräch|bewerbung|entretien|candidature"
    r"|entrevista|candidatura|sollicitatie\w*|\w*gesprek|colloquio)\b"
)
CONFIRMED: Final = _rx(
    r"\b(?:interview|meeting|call|event|screen|appointment|chat|conversation|onsite)\b"
    r"[^.\n]{0,60}?\b(?:is |has been |was |are |is now )?(?:confirmed|scheduled|booked|all set)\b"
    r"|\bconfirmed:|\byou(?:'re| are) (?:scheduled|booked|confirmed)\b"
    # a person's "confirming Tuesday 3pm for your interview" (not "confirming whether ...")
    r"|\bconfirm(?:ing|ed)\b(?! (?:whether|if|that you|your availab|receipt))[^.\n?]{0,60}?"
    r"\bfor (?:your|the|our|an?) (?:[\w-]+ ){0,2}(?:interview|call|screen|chat|conversation"
    r"|meeting|onsite)\b"
    r"|\b(?:interview|meeting) (?:confirmation|details|scheduled)\b"
    r"|\binvitation to (?:an? )?interview"
    r"|\beinladung zum (?:vorstellungs)?gespräch|terminbestätigung|\bbestätigung (?:ihres|des)"
    r"|\bihr (?:vorstellungs)?gespräch (?:ist|wurde|findet)|confirmation de (?:votre |l')?entretien"
    r"|votre entretien (?:est|a été)|confirmación de (?:tu |su |la )?entrevista"
    r"|tu entrevista (?:está|ha sido)"
    r"|bevestiging:? (?:van )?(?:je |uw |het )?\w*gesprek|\b(?:le|te) confirmamos que (?:su|tu)"
    r" (?:entrevista|cita)|\bentrevista\b[^.\n]{0,80}?\b(?:ha sido|queda|fue) programad[ao]"
    r"|uitnodiging:? (?:voor )?(?:een |het )?(?:\w+ )?\w*gesprek"
    r"|\beinladung:? (?:zum |zu einem )?\w*(?:interview|gespräch)"
    r"|\btermin\b[^.\n]{0,40}\breserviert|\bremind\w*\b[^.\n]{0,60}\binterview"
    r"|\beinladung zum hearing"
    r"|\byour interview\b[^.\n]{0,80}\bis (?:tomorrow|today|on|at)\b"
    r"|\bc'est noté pour|\b(?:queda|quedó|quedamos) agendad[ao]"
    r"|\bagendad[ao] para|\binterview date\s*:|\bfecha de (?:la )?entrevista\s*:"
    # booking confirmations: "Termin bestätigt:", "Entretien confirmé", "Afspraak bevestigd"
    r"|\b(?:termin|einladung|\w*gespräch|entretien|rendez-vous|entrevista|cita|afspraak"
    r"|\w*gesprek) (?:ist |wurde |est |a été |está |ha sido |is |werd )?(?:erfolgreich |bien )?"
    r"(?:best(?:ä|ae)tigt|gebucht|confirmée?|réservée?|confirmad[ao]|reservad[ao]|bevestigd|ingepland|geboekt)\b"
    r"|\bbuchungsbest(?:ä|ae)tigung|\bconfirmation (?:de |du )?(?:votre |ton )?rendez-vous"
    r"|\bconfirmación de (?:tu |su |la )?cita|\bbevestiging (?:van )?(?:je |uw |de )?afspraak"
)
#: An employer inviting the candidate to one set time: a round, though not yet confirmed.
INVITED: Final = _rx(
    r"\b(?:we|i)(?:'d| would)? (?:like|love) to (?:invite|bring|have|see) you\b"
    r"|\binvite you (?:to|for)|\b(?:they|the team)(?:'d| would) like you (?:on ?site|to come|in)\b"
    r"|\bnodig(?:en)? (?:ik |wij |we )?(?:je|u) (?:graag )?uit|\bgraag nodigen wij u uit"
    r"|\b(?:wir )?laden (?:wir )?(?:Sie|dich)\b"
    r"|\bnous (?:vous )?invitons|\bje vous invite|\b(?:le|te|les) invitamos"
    r"|\byou(?:'ve| have)? been invited to|\byou are invited to|\bplease (?:hold|block|save) "
    r"|\b(?:Sie|dich) (?:gerne |gern )?zu (?:einem|unserem|einer) [^.]{0,60}einladen"
    r"|\bvous convier|\b(?:lo|la|le|los|las|te)? ?invitamos a (?:una |la )?entrevista"
    r"|\bcitar(?:la|lo|le|te)? a (?:una |la )?entrevista|\bcitación a entrevista"
    r"|\bconvoc(?:ar|arle|amos)|\bconvocatoria|\bvous inviter à|\bkommen Sie (?:doch )?am\b"
    r"|\bshortlisted for\b"
)
#: Asking the candidate to choose: not a confirmed time.
CHOOSING: Final = _rx(
    r"\b(?:select|choose|pick|book|propose|share) (?:a |your |some |the )?"
    r"(?:times?|slots?|availability)"
    r"|\blet us know (?:your|when)|\bwhat times? work"
    r"|(?<!confirm your )(?<!confirm )\bavailability\b"  # "confirm your availability" is no choice
)
VIDEO: Final = _rx(
    r"zoom\.us/(?:j|my|w)/|teams\.microsoft\.com/l/meetup-join"
    r"|meet\.google\.com/[a-z]{3}-[a-z]{4}"
    r"|webex\.com/(?:meet|join)|whereby\.com/|join zoom meeting|microsoft teams meeting"
    r"|join with google meet|click here to join the meeting"
)
WEBINAR: Final = _rx(
    r"\b(?:webinar|register|registered|registration|rsvp|livestream|live stream|live session"
    r"|info(?:rmation)?"
    r" session|workshop|masterclass|unsubscribe|newsletter|office hours|meetup|join us)\b"
)
REFUSING: Final = _rx(
    r"\b(?:(?:does|do|would|will)(?:n't| not) work|can(?:'t|not)|won't be able|unable|not available"
    r"|unavailable|unfortunately|conflict|leider|(?:passt|klappt) (?:mir )?(?:leider )?nicht"
    r"|ne (?:me )?convient pas|malheureusement|no puedo|lamentablemente|helaas"
    r"|kan (?:ik )?niet)\b"
)
THANKS: Final = _rx(
    r"\b(?:thank you|thanks|many thanks|vielen dank|danke|merci|gracias|bedankt|dank je|dank u"
    r"|grazie|tack)\b[^.!\n]{0,70}?\b(?:speaking|talking|meeting|interview\w*|conversation|chat"
    r"|call|taking the time|your time|having me|gespräch|zeit|entretien|échange|entrevista"
    r"|conversación|gesprek|colloquio)"
)
_TODAY: Final = _rx(
    r"\b(?:today|this (?:morning|afternoon|evening)|earlier today|heute|heute morgen|aujourd'hui"
    r"|ce matin|cet après-midi|hoy|esta mañana|esta tarde|vandaag|vanmorgen|vanmiddag|oggi)\b"
)
_LINK: Final = lazy_pattern(r"\S+://\S+|\b[\w.-]+\.[a-z]{2,}/\S*")
_YESTERDAY: Final = _rx(r"\b(?:yesterday|gestern|hier|ayer|gisteren|ieri)\b")
_ORDINALS: Final = {"first": 0, "earlier": 0, "second": 1, "later": -1, "last": -1, "third": 2}
_ORDINAL: Final = _rx(
    r"\b(?:the )?(first|second|third|earlier|later|last) (?:option|one|slot|time)"
)


def text_of(message: Message) -> str:
    """The subject and the sender's own words of a message (quotes and signature left out).

    HTML character references left by a body read from its HTML part ("1:00 PM &ndash;
    2:00 PM PDT") are read as the characters they stand for, typographic apostrophes as
    plain ones.
    """
    text = f"{message.subject}\n{html.unescape(own_text(message.body or ''))}"
    return text.replace("\u2019", "'")  # "you\u2019ve" as "you've", for the phrases


def mass_mailed(message: Message) -> bool:
    """Sent to a list: a List-Id or List-Unsubscribe header, or Precedence bulk/list/junk."""
    precedence = message.headers.get("precedence", "").strip().lower()
    return precedence in {"bulk", "list", "junk"} or any(
        name in message.headers for name in ("list-unsubscribe", "list-id")
    )


def job_invitation(invite: ProposedInterview, message: Message) -> bool:
    """True when a calendar invitation (of no process the candidate has) is about a job.

    As for every reader, words of a job search in its title, its place or the mail's own
    text: a friend's "Coffee w/ Jordan", a dentist's booking or a family call is no round.
    A webinar, workshop or meetup by its title, or an invitation sent to a list, is not one
    either, even when it speaks of interviews; a hiring system's own invitation is (its
    title may name only the candidate and the company).
    """
    if broadcast(invite, message) or WEBINAR.search(_LINK.sub(" ", invite.summary)):
        return False
    words = "\n".join((invite.summary, invite.location, text_of(message)))
    return _from_tool(message) or HIRING.search(words) is not None


def broadcast(invite: ProposedInterview, message: Message) -> bool:
    """True for an event by its title (webinar, workshop, meetup) or an invitation to a list.

    Never a round, even from the process's domain ("Tech Talks: how we interview"); a
    hiring system's mail is no list's. A title's "join us" may be a round's: not counted.
    """
    return _EVENT_TITLE.search(_LINK.sub(" ", invite.summary)) is not None or (
        mass_mailed(message) and not _from_tool(message)
    )


def _from_tool(message: Message) -> bool:
    """True when a hiring system or scheduling tool sent it (its own domain says so)."""
    return message.sender is not None and tool_name(message.sender.domain) is not None


#: Titles of events that are no one's interview.
_EVENT_TITLE: Final = _rx(r"\b(?:webinars?|live ?stream|info(?:rmation)? session|workshop"
                          r"|masterclass|meetup|tech talks?|open (?:day|house)|(?:career|job)"
                          r" fair|hackathon)\b")


def confirmation(
    message: Message, *, own: frozenset[str], zone: tzinfo, month_first: bool
) -> ProposedInterview | None:
    """A confirmed interview time in a mail from a scheduling tool, a hiring system or a person."""
    if message.sender is None or message.date is None or message.body is None:
        return None
    bulk = role_of(message.sender.email) is SenderRole.BULK
    if bulk and tool_name(message.sender.domain) is None:
        return None  # a newsletter's "our interview with a CTO is confirmed" is no round
    text = text_of(message)
    video = VIDEO.search(message.body) is not None
    confirmed = CONFIRMED.search(text) is not None
    invited = not confirmed and INVITED.search(text) is not None
    if not (confirmed or invited or video) or not HIRING.search(text):
        return None
    words = _LINK.sub(" ", text)  # "teams.example/l/meetup-join" is no meetup
    # "Webinar-Termin bestätigt": a confirmed webinar is still no round
    if WEBINAR.search(message.subject or "") or (
        not confirmed and (WEBINAR.search(words) or CHOOSING.search(words))
    ):
        return None
    slots = slots_in(text, message.date, writer_zone(message, zone), month_first=month_first)
    timed = [s for s in slots if not s.all_day]
    if not timed or (len({s.start.date() for s in timed}) > 1 and not confirmed):
        return None  # several days offered: a choice, not a meeting
    kind = ProposalKind.CONFIRMATION if confirmed or invited else ProposalKind.VIDEO_LINK
    tool = tool_name(message.sender.domain)
    if tool:
        source = f"a {tool} confirmation"
    elif confirmed or invited:
        source = "a confirmation" if confirmed else "an invitation to a set time"
    else:
        source = "a video-call invitation"
    sure = (1.0 if timed[0].exact else 0.9) * (0.9 if invited else 1.0)
    return _sighting(kind, timed[0], message, message, own=own, source=source, sure=sure)


def acceptance(
    reply: Message, parent: Message | None, *, own: frozenset[str], zone: tzinfo, month_first: bool
) -> ProposedInterview | None:
    """The time a recruiter proposed and the candidate's reply accepted."""
    if reply.date is None or reply.body is None:
        return None
    mine = own_text(reply.body)
    if not ACCEPTING.search(mine):
        return None
    theirs = own_text(parent.body or "") if parent is not None else _quoted(reply.body)
    about = f"{parent.subject if parent else reply.subject}\n{theirs}"
    if not HIRING.search(about) and not HIRING.search(mine):
        return None
    sent = parent.date if parent is not None and parent.date else reply.date
    their_zone = writer_zone(parent, zone) if parent is not None else zone
    offered = [
        s for s in slots_in(theirs, sent, their_zone, month_first=month_first) if not s.all_day
    ]
    accepting = _accepting_sentences(mine)
    chosen = _chosen(accepting, offered, reply.date, zone, month_first=month_first)
    if chosen is None:
        return None
    writer = parent if parent is not None else _from_quote(reply)
    sure = 1.0 if chosen.exact else 0.9
    return _sighting(ProposalKind.ACCEPTED, chosen, writer, reply, own=own,
                     source="your reply accepting the time", sure=sure)  # fmt: skip


def thank_you(note: Message, *, own: frozenset[str], zone: tzinfo) -> ProposedInterview | None:
    """The day a round happened, from the candidate's thank-you note for it."""
    if note.date is None or note.body is None:
        return None
    mine = own_text(note.body)
    thanks = THANKS.search(mine)
    if thanks is None or not (HIRING.search(note.subject + mine) or role_in([mine])):
        return None
    day = note.date.astimezone(zone).date()
    if _YESTERDAY.search(mine):
        day -= timedelta(days=1)
    elif not _TODAY.search(mine):
        return None
    people = [a for a in note.recipients() if a.email not in own]
    if not people:
        return None
    slot = Slot(datetime.combine(day, time(0), tzinfo=zone), None, all_day=True, exact=True,
                zone_named=False, position=thanks.start())  # fmt: skip
    writer = replace(note, sender=people[0], to=tuple(people[1:]), cc=())
    return _sighting(ProposalKind.THANK_YOU, slot, writer, note, own=own,
                     source="your thank-you note", sure=1.0)  # fmt: skip


def _sighting(
    kind: ProposalKind,
    slot: Slot,
    writer: Message,
    anchor: Message,
    *,
    own: frozenset[str],
    source: str,
    sure: float,
) -> ProposedInterview:
    """A proposal of ``kind`` at ``slot``, named from ``writer``'s mail, seen in ``anchor``."""
    people = _people(writer, own)
    texts = (writer.subject, writer.body or "", anchor.subject, own_text(anchor.body or ""))
    found = naming(writer, people, "\n".join(t for t in texts if t))
    agency = None
    if found.agency is not None and writer.sender is not None:
        agency = Agency(found.agency, (Contact(writer.sender.name, writer.sender.email),))
        people = [p for p in people if p.email != writer.sender.email]
    domains = tuple(dict.fromkeys(p.domain for p in people if company_domain(p.domain)))
    confidence = BASE_CONFIDENCE[kind] * sure
    if found.company is None:
        confidence *= 0.5
    elif found.how == "domain":
        confidence *= 0.9
    zone_name = getattr(slot.start.tzinfo, "key", None) if slot.zone_named else None
    anchor_id = anchor.message_id or f"{anchor.subject}|{anchor.date}"
    uid = "mail-" + hashlib.sha256(f"{kind}|{anchor_id}".encode()).hexdigest()[:12]
    return ProposedInterview(
        uid=uid, sequence=0, method="", start=slot.start, end=slot.end, all_day=slot.all_day,
        summary=" ".join(anchor.subject.split())[:120], company=found.company, role=found.role,
        organizer=people[0] if people else None, attendees=tuple(people[1:]), domains=domains,
        kind=kind, evidence=tuple(dict.fromkeys(m for m in (writer.message_id, anchor.message_id)
                                                if m)),
        sources=(source,), confidence=round(confidence, 2), timezone=zone_name, agency=agency,
    )  # fmt: skip


def _people(message: Message, own: frozenset[str]) -> list[Address]:
    found: dict[str, Address] = {}
    written = addresses_in(own_text(message.body or "")) if _from_tool(message) else []
    for person in (message.sender, *message.reply_to, *message.to, *message.cc, *written):
        if person is None or person.email in own or is_no_reply(person.email):
            continue
        if tool_name(person.domain) is not None:
            continue
        found.setdefault(person.email, person)
    return list(found.values())


def _accepting_sentences(text: str) -> str:
    """The sentences that accept, when the reply also declines ("Tuesday doesn't work, but...")."""
    if not REFUSING.search(text):
        return text
    parts = re.split(r"(?<=[.!?\n])\s+|,\s*but\s+|;\s*", text)
    return "\n".join(p for p in parts if ACCEPTING.search(p) and not REFUSING.search(p))


def _chosen(
    mine: str, offered: list[Slot], sent_at: datetime, zone: tzinfo, *, month_first: bool
) -> Slot | None:
    """Which offered time the reply accepts, or the time it names itself.

    "The second option"; a day or time that fits exactly one offered time; a whole time
    of its own ("Thursday at 2pm" with nothing offered); or, naming nothing, the one time
    offered.
    """
    if not mine.strip():
        return None
    distinct = list({s.start: s for s in offered}.values())
    ordinal = _ORDINAL.search(mine)
    if ordinal is not None:
        index = _ORDINALS[ordinal.group(1).lower()]
        return distinct[index] if -len(distinct) <= index < len(distinct) else None
    named = slots_in(mine, sent_at, zone, month_first=month_first)
    times = _bare_times(mine, sent_at, zone)
    fitting = [[o for o in distinct if _agrees(slot, o)] for slot in named]
    fitting.append([o for o in distinct if o.start.time() in times] if times else [])
    unique = next((found[0] for found in fitting if len(found) == 1), None)
    if unique is not None:
        return unique
    own = [s for s in named if not s.all_day and (s.exact or not distinct)]
    if own:
        return own[0]
    return distinct[0] if not named and not times and len(distinct) == 1 else None


def _agrees(mine: Slot, offered: Slot) -> bool:
    """A day or weekday (and time, when named) in the reply that fits an offered time."""
    same_day = (
        offered.start.date() == mine.start.date()
        if mine.exact
        else mine.weekday_named in {None, offered.start.weekday()}
        and (mine.weekday_named is not None or offered.start.date() == mine.start.date())
    )
    if not same_day:
        return False
    return mine.all_day or mine.start.time() == offered.start.time()


def _bare_times(text: str, sent_at: datetime, zone: tzinfo) -> set[time]:
    """Times of day named without a day ("3pm works"): read them against an imagined day."""
    probe = f"today {text}" if text else text
    return {s.start.time() for s in slots_in(probe, sent_at, zone) if not s.all_day}


def _quoted(body: str) -> str:
    """The quoted message under a reply (what the recruiter wrote), without "> " marks."""
    lines = body.splitlines()
    mine = len(own_lines(body))
    rest = lines[mine:] if mine < len(lines) else [line for line in lines if line.startswith(">")]
    return "\n".join(re.sub(r"^(?:>\s?)+", "", line) for line in rest)


def _from_quote(reply: Message) -> Message:
    """The recruiter's message as the reply quotes it: they wrote it, to the candidate."""
    them = reply.to[0] if reply.to else None
    return replace(reply, sender=them, to=reply.to[1:], body=_quoted(reply.body or ""),
                   message_id=reply.message_id)  # fmt: skip
