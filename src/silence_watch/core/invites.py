"""Interview invitations found in mail: text/calendar parts read into proposals.

A company or its scheduling tool sends ``METHOD:REQUEST``; that becomes a
``ProposedInterview`` the candidate confirms (company, role if stated, start, attendees).
A later ``METHOD:CANCEL``, or a ``REQUEST`` with a higher ``SEQUENCE``, cancels or moves
it (RFC 5546); anything older is ignored, so the order mail arrives in does not matter.

The iCalendar reader is written here (RFC 5545, the parts invitations use): unfolded
lines, quoted parameters, escaped text, ``DTSTART`` in UTC, with a ``TZID`` (IANA,
Windows, or only described by the file's own ``VTIMEZONE``), floating, or an all-day
``DATE``. It never raises on bad input: what it could not read is listed in ``notes``.

Pure: no IO, no clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from silence_watch.core.companies import is_consumer_domain, relay_of
from silence_watch.core.model import Address

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping, Sequence

    from silence_watch.core.model import Message


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

#: Outlook and Exchange write Windows zone names in TZID; the IANA zone for each.
WINDOWS_ZONES: Mapping[str, str] = {
    "UTC": "UTC",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kyiv",
    "GTB Standard Time": "Europe/Bucharest",
    "Israel Standard Time": "Asia/Jerusalem",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax",
    "Newfoundland Standard Time": "America/St_Johns",
    "Canada Central Standard Time": "America/Regina",
    "E. South America Standard Time": "America/Sao_Paulo",
    "India Standard Time": "Asia/Kolkata",
    "China Standard Time": "Asia/Shanghai",
    "Singapore Standard Time": "Asia/Singapore",
    "Tokyo Standard Time": "Asia/Tokyo",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland",
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
_DATE_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DATETIME_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z?)$", re.IGNORECASE)
_OFFSET_RE = re.compile(r"^([+-])(\d{2})(\d{2})(\d{2})?$")
_ESCAPE_RE = re.compile(r"\\([\\;,nN])")
_BYDAY_RE = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

#: The properties of one component, by name (a name may repeat: ATTENDEE).
_Props = dict[str, list["ContentLine"]]


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


@dataclass(frozen=True, slots=True)
class ContentLine:
    """One unfolded iCalendar line: ``NAME;PARAM=value:VALUE``."""

    name: str
    params: Mapping[str, str]
    value: str


def unfold(text: str) -> list[str]:
    """Split iCalendar text into logical lines, joining folded continuations (RFC 5545 3.1)."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in {" ", "\t"} and lines:
            lines[-1] += raw[1:]
        elif raw.strip():
            lines.append(raw)
    return lines


def parse_line(line: str) -> ContentLine | None:
    """Split one unfolded line into name, parameters and value; None when it has no colon."""
    quoted = False
    pieces: list[str] = []
    start = 0
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            pieces.append(line[start:index])
            start = index + 1
        elif char == ":" and not quoted:
            pieces.append(line[start:index])
            params = {}
            for piece in pieces[1:]:
                key, _, value = piece.partition("=")
                params[key.strip().upper()] = value.strip().strip('"')
            return ContentLine(pieces[0].strip().upper(), params, line[index + 1 :])
    return None


def unescape_text(value: str) -> str:
    r"""Undo TEXT escaping: ``\,`` ``\;`` ``\\`` and ``\n``."""
    return _ESCAPE_RE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


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
    method = ""
    zones: dict[str, list[_Props]] = {}
    events: list[_Props] = []
    # One frame per open component: its name, its properties, its finished children.
    frames: list[tuple[str, _Props, list[_Props]]] = []
    for raw in unfold(text):
        line = parse_line(raw)
        if line is None:
            continue
        if line.name == "BEGIN":
            frames.append((line.value.strip().upper(), {}, []))
        elif line.name == "END" and frames:
            name, props, children = frames.pop()
            if name == "VEVENT":
                events.append(props)
            elif name in {"STANDARD", "DAYLIGHT"} and frames:
                frames[-1][2].append(props)
            elif name == "VTIMEZONE" and _first(props, "TZID"):
                zones[_first(props, "TZID")] = children
        elif frames:
            if len(frames) == 1 and line.name == "METHOD":
                method = line.value.strip().upper()
            frames[-1][1].setdefault(line.name, []).append(line)
    own = frozenset(a.lower() for a in own_addresses)
    proposals = [
        _proposal(event, method or "PUBLISH", zones, own, default_zone) for event in events
    ]
    return tuple(p for p in proposals if p is not None)


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


def _first(props: _Props, name: str) -> str:
    lines = props.get(name)
    return lines[0].value.strip() if lines else ""


def _proposal(
    event: _Props,
    method: str,
    zones: Mapping[str, list[_Props]],
    own: frozenset[str],
    default_zone: str,
) -> ProposedInterview | None:
    if event.get("RECURRENCE-ID"):
        # An override of one occurrence of a recurring event is no interview of its own.
        return None
    notes: list[str] = []
    uid = _first(event, "UID")
    if not uid:
        # Hand-made invitations sometimes lack one; start and summary stand in for it, so
        # a cancellation of the same slot still finds the proposal.
        uid = f"no-uid:{_first(event, 'DTSTART')}:{_first(event, 'SUMMARY')}"
        notes.append("the invitation has no UID")
    start, all_day = _when(event.get("DTSTART"), zones, default_zone, notes)
    end, _ = _when(event.get("DTEND"), zones, default_zone, notes)
    try:
        sequence = int(_first(event, "SEQUENCE") or 0)
    except ValueError:
        notes.append(f"unreadable SEQUENCE {_first(event, 'SEQUENCE')!r}, read as 0")
        sequence = 0
    organizer = next((_address(line) for line in event.get("ORGANIZER", [])), None)
    attendees = tuple(_address(line) for line in event.get("ATTENDEE", []))
    summary = " ".join(unescape_text(_first(event, "SUMMARY")).split())
    domains = _company_domains(organizer, attendees, own)
    labels = [_domain_label(d) for d in domains]
    # Names of the people invited, so "Jordan Lee <> Dana Ruiz" is not taken for a company;
    # a calendar account named after the company ("Acme Corp") is no person.
    people = {
        a.name.casefold()
        for a in (*attendees, *((organizer,) if organizer else ()))
        if a.name and not any(_names_label(a.name, label) for label in labels)
    }
    company, role = _guess(summary, domains, people)
    return ProposedInterview(
        uid=uid,
        sequence=sequence,
        method=method,
        start=start,
        end=end,
        all_day=all_day,
        summary=summary,
        company=company,
        role=role,
        organizer=organizer,
        attendees=attendees,
        domains=domains,
        location=unescape_text(_first(event, "LOCATION")),
        cancelled=_first(event, "STATUS").upper() == "CANCELLED",
        notes=tuple(notes),
    )


def _address(line: ContentLine) -> Address:
    value = line.params.get("EMAIL") or line.value.strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :]
    return Address(name=unescape_text(line.params.get("CN", "")).strip(), email=value.lower())


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


def _when(
    lines: Sequence[ContentLine] | None,
    zones: Mapping[str, list[_Props]],
    default_zone: str,
    notes: list[str],
) -> tuple[dt.datetime | None, bool]:
    """Read DTSTART or DTEND: the aware datetime, and whether it was an all-day date."""
    if not lines:
        return None, False
    line = lines[0]
    value = line.value.strip()
    all_day = bool(_DATE_RE.match(value)) or line.params.get("VALUE", "").upper() == "DATE"
    local = _date_midnight(value) if all_day else _datetime(value)
    if local is None:
        notes.append(f"unreadable {line.name} {value!r}")
        return None, all_day
    tzid = line.params.get("TZID")
    if value.upper().endswith("Z") and not all_day:
        zone: dt.tzinfo = dt.UTC
    elif tzid is None or all_day:
        # Floating times and all-day dates are the candidate's own wall clock.
        zone = _zone(default_zone, {}, None, notes)
    else:
        zone = _zone(tzid, zones, local, notes, fallback=default_zone)
    return local.replace(tzinfo=zone), all_day


def _date_midnight(value: str) -> dt.datetime | None:
    day = _date(value)
    return None if day is None else dt.datetime.combine(day, dt.time())


def _date(value: str) -> dt.date | None:
    found = _DATE_RE.match(value[:8])
    if found is None:
        return None
    try:
        return dt.date(*(int(g) for g in found.groups()))
    except ValueError:
        return None


def _zone(
    tzid: str,
    zones: Mapping[str, list[_Props]],
    local: dt.datetime | None,
    notes: list[str],
    *,
    fallback: str = "UTC",
) -> dt.tzinfo:
    """The zone a TZID names: IANA, Windows, a path ending in IANA, or its VTIMEZONE."""
    for candidate in _zone_names(tzid):
        zone = _zoneinfo(candidate)
        if zone is not None:
            return zone
    if local is not None and tzid in zones:
        offset = _vtimezone_offset(zones[tzid], local)
        if offset is not None:
            return dt.timezone(offset)
    notes.append(f"unknown time zone {tzid!r}, read as {fallback}")
    return _zoneinfo(fallback) or dt.UTC


def _zone_names(tzid: str) -> list[str]:
    names = [tzid, WINDOWS_ZONES.get(tzid, "")]
    parts = tzid.strip("/").split("/")
    # "/mozilla.org/20050126_1/America/New_York" and similar vendor prefixes.
    names += ["/".join(parts[-3:]), "/".join(parts[-2:])]
    return [name for name in names if name]


def _zoneinfo(name: str) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _vtimezone_offset(
    observances: Sequence[_Props],
    local: dt.datetime,
) -> dt.timedelta | None:
    """The UTC offset a VTIMEZONE gives ``local``: the last observance to begin before it."""
    latest: tuple[dt.datetime, dt.timedelta] | None = None
    for observance in observances:
        offset = _offset(_first(observance, "TZOFFSETTO"))
        begins = _datetime(_first(observance, "DTSTART"))
        if offset is None or begins is None:
            continue
        rule = dict(
            part.partition("=")[::2] for part in _first(observance, "RRULE").upper().split(";")
        )
        for onset in _onsets(begins, rule, local.year):
            if onset <= local and (latest is None or onset > latest[0]):
                latest = (onset, offset)
    return None if latest is None else latest[1]


def _onsets(begins: dt.datetime, rule: Mapping[str, str], year: int) -> list[dt.datetime]:
    """When an observance begins in ``year`` and the year before (YEARLY rules only)."""
    if rule.get("FREQ") != "YEARLY":
        return [begins]
    until = _datetime(rule.get("UNTIL", "")[:15])
    month = int(rule["BYMONTH"]) if rule.get("BYMONTH", "").isdigit() else begins.month
    byday = _BYDAY_RE.match(rule.get("BYDAY", ""))
    onsets = []
    for y in (year - 1, year):
        if y < begins.year:
            continue
        try:
            if byday is None:
                day = dt.date(y, month, begins.day)
            else:
                weekday = _WEEKDAYS.index(byday.group(2))
                day = _nth_weekday(y, month, weekday, int(byday.group(1) or 1))
        except ValueError:
            continue
        onset = dt.datetime.combine(day, begins.time())
        if until is None or onset <= until:
            onsets.append(onset)
    return onsets


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` of a month (negative counts from the end)."""
    first = dt.date(year, month, 1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    days = [first + dt.timedelta(days=n) for n in range((following - first).days)]
    matching = [d for d in days if d.weekday() == weekday]
    index = nth - 1 if nth > 0 else nth
    return matching[max(-len(matching), min(index, len(matching) - 1))]


def _datetime(value: str) -> dt.datetime | None:
    found = _DATETIME_RE.match(value.strip())
    if found is None:
        return None
    year, month, day, hour, minute, second, _ = found.groups()
    try:
        return dt.datetime(  # noqa: DTZ001 - VTIMEZONE times are local wall-clock times
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
        )
    except ValueError:
        return None


def _offset(value: str) -> dt.timedelta | None:
    found = _OFFSET_RE.match(value.strip())
    if found is None:
        return None
    sign, hours, minutes, seconds = found.groups()
    if int(hours) > 23 or int(minutes) > 59 or int(seconds or 0) > 59:
        return None
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    return -delta if sign == "-" else delta
