"""Reading iCalendar text (RFC 5545) into plain events, through the ``icalendar`` library.

The library does the reading: unfolding, quoted parameters, escaped text, and every way
an invitation names its zone (IANA, Windows names as Outlook writes them, vendor paths
such as ``/mozilla.org/.../Europe/Berlin``, or only the file's own ``VTIMEZONE``). This
module adds what an invitation in someone's mailbox needs on top:

- It never raises. A damaged line is dropped; a component the library refuses (a broken
  ``VTIMEZONE`` or alarm) is left out and the events are read without it. What could not
  be read is said in the event's ``notes``.
- Floating times and all-day dates are the candidate's wall clock (``default_zone``); an
  unknown zone is read as that zone too, with a note.
- A start the library refuses but a person can read ("2026-11-19 14:00" under
  ``TZID="(UTC-05:00) Eastern Time (US & Canada)"``, as home-grown booking tools write
  it) is read leniently, with a note: losing it would lose the interview.

Pure: no IO, no clock (zone rules come from the system's tz database, as for zoneinfo).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Component, vBroken
from icalendar.error import GloballyUniqueTZIDGuessed
from icalendar.parser import Contentline, Contentlines, unescape_backslash
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from silence_watch.core.model import Address

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

#: What the library raises on text it cannot read (its own errors derive from ValueError;
#: a VTIMEZONE with a damaged name surfaces as AttributeError).
_LIBRARY_ERRORS = (ValueError, AttributeError, KeyError, IndexError, TypeError)


@dataclass(frozen=True, slots=True)
class ContentLine:
    """One unfolded iCalendar line: ``NAME;PARAM=value:VALUE``."""

    name: str
    params: Mapping[str, str]
    value: str


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One VEVENT as an invitation uses it; ``start`` and ``end`` are aware or None."""

    method: str
    uid: str
    sequence: int
    start: dt.datetime | None
    end: dt.datetime | None
    all_day: bool
    summary: str
    location: str
    status: str
    organizer: Address | None
    attendees: tuple[Address, ...]
    notes: tuple[str, ...]
    #: The IANA name of DTSTART's zone ("Eastern Standard Time" is America/New_York);
    #: None for UTC, floating times and zones nobody knows.
    zone: str | None = None
    #: The attendees who said no (PARTSTAT=DECLINED): in a REPLY, whoever answered.
    declined: tuple[str, ...] = ()
    #: Its DESCRIPTION: the invitation's words when the mail has no text part of its own.
    description: str = ""


def unfold(text: str) -> list[str]:
    """Split iCalendar text into logical lines, joining folded continuations (RFC 5545 3.1)."""
    try:
        lines = Contentlines.from_ical(text)  # type: ignore[no-untyped-call] # icalendar's parser is unannotated
    except ValueError:
        return []
    return [str(line) for line in lines if line.strip()]


def parse_line(line: str) -> ContentLine | None:
    """Split one unfolded line into name, parameters and value; None when it is no line."""
    try:
        name, params, value = Contentline(line).parts()  # type: ignore[no-untyped-call] # unannotated
    except (ValueError, AssertionError):
        return None
    return ContentLine(name.upper(), {k.upper(): str(v) for k, v in params.items()}, value)


def unescape_text(value: str) -> str:
    r"""Undo TEXT escaping: ``\,`` ``\;`` ``\\`` and ``\n``."""
    return str(unescape_backslash(value))


def read_events(text: str, *, default_zone: str = "UTC") -> tuple[CalendarEvent, ...]:
    """Every event of an iCalendar object, except overrides of one occurrence; never raises.

    ``default_zone`` places floating times, all-day dates and unknown zones.
    """
    calendars, notes = _calendars(_readable(text))
    events = []
    for calendar in calendars:
        method = str(calendar.get("METHOD", "")).strip().upper() or "PUBLISH"
        for event in calendar.walk("VEVENT"):
            if "RECURRENCE-ID" in event:
                # An override of one occurrence of a recurring event is no interview.
                continue
            events.append(_event(event, method, default_zone, notes))
    return tuple(events)


def _readable(text: str) -> list[str]:
    """The unfolded lines the library can split into name, parameters and value.

    A zone named by its offset and left unquoted (``DTSTART;TZID=GMT-05:00:2026...``, as
    some schedulers write it) is quoted first: its colon would end the parameters.
    """
    lines = (_UNQUOTED_OFFSET_TZID.sub(r'\1"\2"', line) for line in unfold(text))
    return [line for line in lines if parse_line(line) is not None]


#: ``;TZID=GMT-05:00`` or ``;TZID=UTC+01:00`` before the value's colon, without quotes.
_UNQUOTED_OFFSET_TZID = re.compile(
    r"^([^:\"]*;TZID=)((?:GMT|UTC)?[+-]\d{1,2}:\d{2})(?=[:;])", re.IGNORECASE
)


def _calendars(lines: list[str]) -> tuple[list[Component], list[str]]:
    """The whole text; else its method, zones and events, each that can be read alone."""
    whole = _parse(lines)
    if whole is not None:
        return whole, []
    kept: list[str] = [line for line in lines if line.upper().startswith("METHOD")][:1]
    notes: list[str] = []
    for name, block in _blocks(lines):
        readable = _parse_alone(block)
        if readable is None and name == "VEVENT":
            # An event whose alarm is damaged is still an invitation without the alarm.
            readable = _parse_alone(_without_alarms(block))
        if readable is None:
            notes.append(f"a damaged {name} was left out")
        kept.extend(readable or [])
    return _parse(["BEGIN:VCALENDAR", *kept, "END:VCALENDAR"]) or [], notes


def _parse(lines: list[str]) -> list[Component] | None:
    """Every component the library reads from ``lines``, or None when it refuses them."""
    with warnings.catch_warnings():
        # A vendor path before an IANA name is read as that name, which is what we want.
        warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
        try:
            return list(Calendar.from_ical("\r\n".join([*lines, ""]), multiple=True))
        except _LIBRARY_ERRORS:
            return None


def _parse_alone(block: list[str]) -> list[str] | None:
    """``block`` when it reads on its own inside a calendar, else None."""
    return block if _parse(["BEGIN:VCALENDAR", *block, "END:VCALENDAR"]) is not None else None


def _blocks(lines: list[str]) -> Iterator[tuple[str, list[str]]]:
    """The components directly inside the calendar, each with its lines."""
    depth = 0
    name, block = "", list[str]()
    for line in lines:
        head = line.upper()
        if head.startswith("BEGIN:") and head[6:].strip() == "VCALENDAR":
            continue
        if head.startswith("BEGIN:"):
            depth += 1
            if depth == 1:
                name, block = head[6:].strip(), []
        if depth >= 1:
            block.append(line)
        if head.startswith("END:") and depth >= 1:
            depth -= 1
            if depth == 0:
                yield name, block


def _without_alarms(block: list[str]) -> list[str]:
    kept, depth = [], 0
    for line in block:
        head = line.upper().replace(" ", "")
        if head == "BEGIN:VALARM":
            depth += 1
        elif head == "END:VALARM" and depth:
            depth -= 1
            continue
        if not depth:
            kept.append(line)
    return kept


def _event(event: Component, method: str, default_zone: str, notes: list[str]) -> CalendarEvent:
    own_notes = list(notes)
    summary = _text(event, "SUMMARY")
    uid = _text(event, "UID")
    if not uid:
        # Hand-made invitations sometimes lack one; start and summary stand in for it, so
        # a cancellation of the same slot still finds the proposal.
        uid = f"no-uid:{_raw(event.get('DTSTART'))}:{summary}"
        own_notes.append("the invitation has no UID")
    start, all_day = _when(event, "DTSTART", default_zone, own_notes)
    end, _ = _when(event, "DTEND", default_zone, own_notes)
    sequence = 0
    if "SEQUENCE" in event:
        try:
            sequence = int(_raw(event["SEQUENCE"]).strip())
        except ValueError:
            own_notes.append(f"unreadable SEQUENCE {_raw(event['SEQUENCE'])!r}, read as 0")
    organizer = next((_address(value) for value in _values(event, "ORGANIZER")), None)
    return CalendarEvent(
        method=method,
        uid=uid,
        sequence=sequence,
        start=start,
        end=end,
        all_day=all_day,
        summary=summary,
        location=_text(event, "LOCATION"),
        status=_text(event, "STATUS").upper(),
        organizer=organizer,
        attendees=tuple(_address(value) for value in _values(event, "ATTENDEE")),
        notes=tuple(own_notes),
        zone=_zone_name(event),
        description=_text(event, "DESCRIPTION"),
        declined=tuple(
            _address(value).email for value in _values(event, "ATTENDEE")
            if str(getattr(value, "params", {}).get("PARTSTAT", "")).upper() == "DECLINED"
        ),
    )  # fmt: skip


def _values(event: Component, name: str) -> list[object]:
    """A property's values: ATTENDEE may repeat, the library then gives a list."""
    value = event.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(event: Component, name: str) -> str:
    value = _values(event, name)
    return str(value[0]).strip() if value else ""


def _raw(value: object) -> str:
    if value is None:
        return ""
    to_ical = getattr(value, "to_ical", None)
    raw = to_ical() if to_ical is not None else value
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _address(value: object) -> Address:
    params = getattr(value, "params", {})
    email = str(params.get("EMAIL") or value).strip()
    if email.lower().startswith("mailto:"):
        email = email[len("mailto:") :]
    return Address(name=str(params.get("CN", "")).strip(), email=email.lower())


def _when(
    event: Component,
    name: str,
    default_zone: str,
    notes: list[str],
) -> tuple[dt.datetime | None, bool]:
    """DTSTART or DTEND: the aware datetime, and whether it was an all-day date."""
    prop = event.get(name)
    if prop is None:
        return None, False
    value = None if isinstance(prop, vBroken) else getattr(prop, "dt", None)
    if not isinstance(value, dt.date):
        lenient = _lenient(_raw(prop), str(prop.params.get("TZID", "")), default_zone)
        if lenient is None:
            notes.append(f"unreadable {name} {_raw(prop)!r}")
            return None, False
        notes.append(f"{name} {_raw(prop)!r} read as {lenient.isoformat()}")
        return lenient, False
    if not isinstance(value, dt.datetime):
        # All-day dates are the candidate's own wall clock.
        return dt.datetime.combine(value, dt.time(), tzinfo=_zone(default_zone)), True
    if value.tzinfo is not None:
        return value, False
    zone = _unzoned(str(prop.params.get("TZID") or ""), default_zone, notes)
    return value.replace(tzinfo=zone), False


def _unzoned(tzid: str, default_zone: str, notes: list[str]) -> dt.tzinfo:
    """The zone of a time the library left without one.

    A zone named by its offset alone ("GMT-05:00", no VTIMEZONE for it) is that offset; a
    floating time, or one in a zone nobody knows, is the candidate's own wall clock.
    """
    fixed = _fixed_offset(tzid)
    if fixed is not None:
        return fixed
    if tzid:
        notes.append(f"unknown time zone {tzid!r}, read as {default_zone}")
    return _zone(default_zone)


#: A date and time as people and home-grown tools write them when they break the format:
#: ``2026-11-19 14:00``, ``2026-11-19T14:00:00``, ``20261119 1400``.
_LENIENT_STAMP = re.compile(
    r"\s*(\d{4})-?(\d\d)-?(\d\d)[T ]+(\d\d):?(\d\d)(?::?(\d\d))?(?:\.\d+)?\s*(Z)?\s*$",
    re.IGNORECASE,
)
#: The offset a Windows display name starts with: "(UTC-05:00) Eastern Time (US & Canada)".
_DISPLAY_OFFSET = re.compile(r"\((?:UTC|GMT)\s*([+-])(\d\d?):?(\d\d)\)")


def _lenient(raw: str, tzid: str, default_zone: str) -> dt.datetime | None:
    """A start the library refused, when its date and time are plain to read; else None.

    Its zone is the TZID when that names one (IANA or Windows), else the standard offset a
    Windows display name starts with (the candidate's own zone when it has that offset, so
    summer time holds), else ``default_zone``.
    """
    found = _LENIENT_STAMP.match(raw)
    if found is None:
        return None
    year, month, day, hour, minute = (int(part) for part in found.group(1, 2, 3, 4, 5))
    try:
        naive = dt.datetime(year, month, day, hour, minute, int(found.group(6) or 0))  # noqa: DTZ001 - zoned below
    except ValueError:
        return None
    tzid = tzid.strip().strip('"')
    zone: dt.tzinfo | None = (
        dt.UTC if found.group(7) else _known_zone(WINDOWS_TO_OLSON.get(tzid, tzid))
    )
    offset = _DISPLAY_OFFSET.search(tzid)
    if zone is None and offset is not None:
        standard = _signed_offset(offset)
        # The display name gives the standard offset; the candidate's zone, when it has
        # that one, also knows summer time.
        home = _zone(default_zone)
        at_home = naive.replace(tzinfo=home)
        same = (at_home.utcoffset() or dt.timedelta()) - (at_home.dst() or dt.timedelta())
        zone = home if same == standard else dt.timezone(standard)
    return naive.replace(tzinfo=zone or _zone(default_zone))


def _zone_name(event: Component) -> str | None:
    """The IANA name of the zone DTSTART is written in, when it names a real place.

    A zone named only by a whole-hour offset ("GMT-05:00") is that offset's ``Etc`` zone
    (``Etc/GMT+5``, whose sign is inverted): it says where the employer's clock stands.
    """
    prop = event.get("DTSTART")
    tzid = str(prop.params.get("TZID", "")).strip().strip('"') if prop is not None else ""
    offset = _OFFSET_NAME.fullmatch(tzid)
    if offset is not None and int(offset.group(2)) and (offset.group(3) or "00") == "00":
        return f"Etc/GMT{'+' if offset.group(1) == '-' else '-'}{int(offset.group(2))}"
    name = WINDOWS_TO_OLSON.get(tzid, tzid)
    if not name or name.upper() in ("UTC", "GMT") or name.startswith("Etc/"):
        return None
    return name if _known_zone(name) is not None else None


#: A zone named by its offset alone: "GMT-05:00", "UTC+1", "-0500".
_OFFSET_NAME = re.compile(r"(?:GMT|UTC)?\s*([+-])(\d{1,2}):?(\d{2})?", re.IGNORECASE)


def _fixed_offset(tzid: str) -> dt.tzinfo | None:
    """The fixed zone a TZID names by its offset alone ("GMT-05:00"), else None."""
    found = _OFFSET_NAME.fullmatch(tzid.strip().strip('"'))
    return None if found is None else dt.timezone(_signed_offset(found))


def _signed_offset(found: re.Match[str]) -> dt.timedelta:
    """The offset a match of sign (group 1), hours (2) and minutes (3, optional) names."""
    shift = dt.timedelta(hours=int(found.group(2)), minutes=int(found.group(3) or 0))
    return -shift if found.group(1) == "-" else shift


def _zone(name: str) -> dt.tzinfo:
    return _known_zone(name) or dt.UTC


def _known_zone(name: str) -> ZoneInfo | None:
    """The zone of that IANA name, or None when there is no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
