"""Calendar invitations: reading text/calendar into proposals, and applying updates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silence_watch.core.ical import parse_line, unescape_text, unfold
from silence_watch.core.invites import (
    ProposedInterview,
    apply_invite,
    apply_invites,
    invites_in,
    might_hold_invite,
    parse_calendar,
)
from silence_watch.core.model import Address, Message, MimePart
from silence_watch.core.parse import parse_message

if TYPE_CHECKING:
    import random

ME = "jordan@example.com"
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


def calendar(*event_lines: str, method: str | None = "REQUEST", extra: str = "") -> str:
    """An iCalendar object with CRLF line ends around one VEVENT."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Scheduler//EN"]
    if method:
        head.append(f"METHOD:{method}")
    lines = [*head, *extra.splitlines(), "BEGIN:VEVENT", *event_lines, "END:VEVENT"]
    return "\r\n".join([*lines, "END:VCALENDAR", ""])


GOOGLE = calendar(
    "DTSTART:20261118T200000Z",
    "DTEND:20261118T210000Z",
    "DTSTAMP:20261110T150000Z",
    "ORGANIZER;CN=Dana Ruiz:mailto:dana.ruiz@acme.example",
    "UID:7kukuqrfedlm2f9t0vpsh1f9kv@google.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=",
    " TRUE;CN=jordan@example.com;X-NUM-GUESTS=0:mailto:jordan@example.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE",
    " ;CN=Dana Ruiz;X-NUM-GUESTS=0:mailto:dana.ruiz@acme.example",
    "SEQUENCE:0",
    "STATUS:CONFIRMED",
    "SUMMARY:Acme Corp - Data Engineer - Technical Interview",
    "DESCRIPTION:Hi Jordan\\, looking forward to it.\\nDana",
    "LOCATION:Video call",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-P0DT0H10M0S",
    "END:VALARM",
)

OUTLOOK_ZONE = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

OUTLOOK = calendar(
    'ORGANIZER;CN="Ruiz, Dana":mailto:dana.ruiz@acme.example',
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Lee:MAILTO:Jor",
    "\tdan@Example.com",
    "SUMMARY;LANGUAGE=en-US:Interview for Platform Engineer at Acme Corp",
    "DTSTART;TZID=Pacific Standard Time:20261120T100000",
    "DTEND;TZID=Pacific Standard Time:20261120T110000",
    "UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5",
    "SEQUENCE:0",
    extra=OUTLOOK_ZONE,
)

# A zone named only by its own VTIMEZONE: the offsets must come from its rules.
CUSTOM_ZONE = """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam, Berlin, Bern
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def custom(day: str) -> str:
    """An invitation whose TZID only its VTIMEZONE explains, on ``day`` at 10:00."""
    return calendar(
        "UID:custom-1@hr.gamma.example",
        f'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern":{day}T100000',
        "ORGANIZER;CN=HR:mailto:hr@gamma.example",
        "SUMMARY:Gamma Labs <> Jordan Lee",
        extra=CUSTOM_ZONE,
    )


@dataclass(frozen=True)
class Case:
    """An invitation, and the fields its proposal must have."""

    name: str
    text: str
    start: dt.datetime | None
    company: str | None = None
    role: str | None = None
    all_day: bool = False
    method: str = "REQUEST"
    notes: int = 0


CASES = (
    Case(
        "Google: UTC time, folded attendee lines, company and role from the summary",
        GOOGLE,
        dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.UTC),
        "Acme Corp",
        "Data Engineer",
    ),
    Case(
        "Outlook: Windows zone name, quoted CN with a comma, role after 'for'",
        OUTLOOK,
        dt.datetime(2026, 11, 20, 10, 0, tzinfo=LA),
        "Acme Corp",
        "Platform Engineer",
    ),
    Case(
        "a zone only its VTIMEZONE explains, in summer time",
        custom("20260710"),
        dt.datetime(2026, 7, 10, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        "Gamma Labs",
    ),
    Case(
        "a zone only its VTIMEZONE explains, in winter time",
        custom("20261201"),
        dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        "Gamma Labs",
    ),
    Case(
        "a vendor path before an IANA zone name",
        calendar(
            "UID:moz-1@example.org",
            "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20261201T140000",
            "SUMMARY:Interview with Delta Systems",
        ),
        dt.datetime(2026, 12, 1, 14, 0, tzinfo=BERLIN),
        "Delta Systems",
    ),
    Case(
        "an all-day date is midnight in the candidate's zone",
        calendar("UID:day-1@example.org", "DTSTART;VALUE=DATE:20261124", "SUMMARY:Onsite day"),
        dt.datetime(2026, 11, 24, 0, 0, tzinfo=NY),
        all_day=True,
    ),
    Case(
        "a floating time is the candidate's wall clock",
        calendar("UID:float-1@example.org", "DTSTART:20261124T093000", "SUMMARY:Phone screen"),
        dt.datetime(2026, 11, 24, 9, 30, tzinfo=NY),
    ),
    Case(
        "an unknown zone falls back to the candidate's, with a note",
        calendar("UID:odd-1@example.org", "DTSTART;TZID=Mars/Olympus:20261124T093000"),
        dt.datetime(2026, 11, 24, 9, 30, tzinfo=NY),
        notes=1,
    ),
    Case(
        "escaped commas stay in the company's name",
        calendar(
            "UID:esc-1@example.org",
            "DTSTART:20261125T150000Z",
            "SUMMARY:Interview: Globex\\, Inc. \u2013 Backend Developer",
        ),
        dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.UTC),
        "Globex, Inc.",
        "Backend Developer",
    ),
    Case(
        "a scheduling tool's invitation names the company by the interviewer's domain",
        calendar(
            "UID:cal-1@calendly.example",
            "DTSTART:20261126T170000Z",
            "ORGANIZER;CN=Calendly:mailto:notifications@calendly.com",
            "ATTENDEE;CN=Kim Berg:mailto:kim@beta.example",
            f"ATTENDEE;CN=Jordan Lee:mailto:{ME}",
            "SUMMARY:Product Analyst interview between Kim Berg and Jordan Lee",
        ),
        dt.datetime(2026, 11, 26, 17, 0, tzinfo=dt.UTC),
        "Beta",
        "Product Analyst",
    ),
    Case(
        "no METHOD is a published event",
        calendar("UID:pub-1@example.org", "DTSTART:20261127T150000Z", method=None),
        dt.datetime(2026, 11, 27, 15, 0, tzinfo=dt.UTC),
        method="PUBLISH",
    ),
    Case(
        "a missing DTSTART gives no start and no error",
        calendar("UID:nostart-1@example.org", "SUMMARY:Interview", method="CANCEL"),
        None,
        method="CANCEL",
    ),
    Case(
        "an invitation without a UID is still proposed, with a note",
        calendar("DTSTART:20261208T090000Z", "SUMMARY:Second interview - Analytics Lead"),
        dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC),
        None,
        "Analytics Lead",
        notes=1,
    ),
    Case(
        "a home-grown tool's start under a Windows display name is read, with a note",
        calendar(
            "UID:roombook-1@example.org",
            'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":2026-11-19 14:00',
        ),
        dt.datetime(2026, 11, 19, 14, 0, tzinfo=NY),
        notes=1,
    ),
    Case(
        "the display name's standard offset keeps summer time in the candidate's zone",
        calendar(
            "UID:roombook-2@example.org",
            'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":2026-07-09 10:00',
        ),
        dt.datetime(2026, 7, 9, 10, 0, tzinfo=NY),
        notes=1,
    ),
    Case(
        "another zone's display name keeps its offset",
        calendar(
            "UID:roombook-3@example.org",
            'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern":2026-12-03T09:30:00',
        ),
        dt.datetime(2026, 12, 3, 9, 30, tzinfo=BERLIN),
        notes=1,
    ),
    Case(
        "an unquoted offset zone (TZID=GMT-05:00) is read, not cut at its colon",
        calendar("UID:kst-1@example.org", "DTSTART;TZID=GMT-05:00:20260717T160000"),
        dt.datetime(2026, 7, 17, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    ),
    Case(
        "an impossible date is noted, not raised",
        calendar("UID:bad-1@example.org", "DTSTART:20261341T250000Z"),
        None,
        notes=1,
    ),
)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_parse(case: Case) -> None:
    """Each invitation yields one proposal with the expected start, company and role."""
    (found,) = parse_calendar(case.text, own_addresses=[ME], default_zone="America/New_York")
    assert found.start == case.start
    if found.start is not None and case.start is not None:
        assert found.start.utcoffset() == case.start.utcoffset()
    assert (found.company, found.role) == (case.company, case.role)
    assert found.all_day is case.all_day
    assert found.method == case.method
    assert len(found.notes) == case.notes


def test_people_and_domains() -> None:
    """Organizer and attendees are read with names; the candidate is no company domain."""
    (found,) = parse_calendar(OUTLOOK, own_addresses=[ME])
    assert found.organizer == Address("Ruiz, Dana", "dana.ruiz@acme.example")
    assert found.attendees == (Address("Jordan Lee", ME),)
    assert found.domains == ("acme.example",)
    assert found.sequence == 0
    assert found.uid == "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5"


def test_google_details() -> None:
    """Folded lines are joined, text is unescaped, alarms do not hide the event's fields."""
    (found,) = parse_calendar(GOOGLE, own_addresses=[ME])
    assert [a.email for a in found.attendees] == [ME, "dana.ruiz@acme.example"]
    assert found.end == dt.datetime(2026, 11, 18, 21, 0, tzinfo=dt.UTC)
    assert found.location == "Video call"
    # the invitation's own words, unescaped: read for whom the candidate meets when the
    # mail is the calendar part alone (tester round t62ml)
    assert found.description == "Hi Jordan, looking forward to it.\nDana"


def test_invites_in_message() -> None:
    """Only a message's text/calendar parts are read."""
    message = Message(
        message_id="inv@acme.example",
        date=None,
        sender=Address("Dana Ruiz", "dana.ruiz@acme.example"),
        parts=(MimePart("text/calendar", GOOGLE), MimePart("message/delivery-status", GOOGLE)),
    )
    assert [p.uid for p in invites_in(message)] == ["7kukuqrfedlm2f9t0vpsh1f9kv@google.example"]


OUTLOOK_HEADERS = (
    b"From: Grace Whitcombe <grace.whitcombe@cobaltline.example>\r\n"
    b"To: Jordan Lee <jordan@example.com>\r\n"
    b"Subject: Cobaltline Health | Panel Interview - Senior Platform Engineer\r\n"
    b"Date: Thu, 5 Nov 2026 17:48:01 +0000\r\n"
    b"Message-ID: <req@cobaltline.example>\r\n"
    b"Content-class: urn:content-classes:calendarmessage\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
)


def test_outlook_meeting_request_is_known_by_its_headers() -> None:
    """An Outlook request with the organiser's own subject is fetched whole, by Content-Class."""
    assert might_hold_invite(parse_message(OUTLOOK_HEADERS))
    plain = OUTLOOK_HEADERS.replace(b"Content-class: urn:content-classes:calendarmessage\r\n", b"")
    assert not might_hold_invite(parse_message(plain))


def test_status_cancelled_is_a_cancellation() -> None:
    """A REQUEST whose event says STATUS:CANCELLED cancels like METHOD:CANCEL."""
    text = calendar("UID:u@example.org", "DTSTART:20261118T200000Z", "STATUS:CANCELLED")
    (found,) = parse_calendar(text)
    assert found.cancelled


def test_the_one_person_invited_declining_calls_the_meeting_off() -> None:
    """The candidate invites Julien; his "Refusé" (a REPLY, DECLINED) takes the slot off.

    Tester round t41sc: the declined Tuesday stayed a round and got a thank-you. A panelist
    declining a panel, or the candidate declining herself, changes nothing.
    """
    mine = calendar("UID:slot-tue@example.com", "SEQUENCE:0", "DTSTART:20261117T130000Z",
                    f"ORGANIZER:mailto:{ME}",
                    "ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:julien@maison.example",
                    "SUMMARY:Entretien Camille / Julien")  # fmt: skip
    (held,) = parse_calendar(mine, own_addresses=[ME])
    no = calendar("UID:slot-tue@example.com", "SEQUENCE:0", "DTSTART:20261117T130000Z",
                  "ATTENDEE;PARTSTAT=DECLINED;CN=Julien Roche:mailto:julien@maison.example",
                  method="REPLY")  # fmt: skip
    (reply,) = parse_calendar(no, own_addresses=[ME])
    assert reply.declined
    assert apply_invite({held.uid: held}, reply)[held.uid].cancelled
    panel = replace(held, attendees=(*held.attendees, Address("Ana", "ana@maison.example"),
                                     Address("Jordan", ME)))  # fmt: skip
    after = apply_invite({held.uid: panel}, reply)[held.uid]
    assert not after.cancelled
    # the panel stands without the guest who declined (tester round t49ct): not thanked
    assert [a.email for a in after.attendees] == ["ana@maison.example", ME]
    assert after.declined_by == ("julien@maison.example",)
    # the candidate's own "Declined" is no guest's no, but the meeting will not take place
    # for her: it is off (tester round t53rd)
    (own_no,) = parse_calendar(no.replace("julien@maison.example", ME), own_addresses=[ME])
    assert not own_no.declined
    assert apply_invite({held.uid: held}, own_no)[held.uid].cancelled


def test_lines() -> None:
    """Quoted parameters may hold colons and semicolons; the value starts after them."""
    line = parse_line('ATTENDEE;CN="Ruiz; Dana: HR";RSVP=TRUE:mailto:dana.ruiz@acme.example')
    assert line is not None
    assert line.params == {"CN": "Ruiz; Dana: HR", "RSVP": "TRUE"}
    assert line.value == "mailto:dana.ruiz@acme.example"
    assert parse_line("no colon here") is None
    assert unescape_text("a\\, b\\; c\\\\d\\nline") == "a, b; c\\d\nline"


BASE = ProposedInterview(
    uid="u1@acme.example",
    sequence=0,
    method="REQUEST",
    start=dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.UTC),
    company="Acme Corp",
)
MOVED = replace(BASE, sequence=1, start=dt.datetime(2026, 11, 19, 20, 0, tzinfo=dt.UTC))
CANCEL_0 = replace(BASE, method="CANCEL", start=None, company=None)
CANCEL_1 = replace(CANCEL_0, sequence=1)
STALE = replace(BASE, start=dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC))
REPLY = replace(BASE, sequence=5, method="REPLY")

UPDATES = (
    ("a new invitation is proposed", [BASE], BASE.start, False),
    ("a higher SEQUENCE moves it", [BASE, MOVED], MOVED.start, False),
    ("a lower SEQUENCE after a move is stale", [MOVED, BASE], MOVED.start, False),
    ("an equal SEQUENCE is ignored", [BASE, STALE], BASE.start, False),
    (
        "a CANCEL at the same SEQUENCE cancels, keeping the details",
        [BASE, CANCEL_0],
        BASE.start,
        True,
    ),
    ("a CANCEL older than a move is ignored", [MOVED, CANCEL_0], MOVED.start, False),
    ("a CANCEL before its REQUEST still wins", [CANCEL_1, MOVED], None, True),
    ("a new REQUEST after a CANCEL reinstates it", [CANCEL_0, MOVED], MOVED.start, False),
    ("an attendee's REPLY changes nothing", [BASE, REPLY], BASE.start, False),
)


@pytest.mark.parametrize(
    ("updates", "start", "cancelled"),
    [case[1:] for case in UPDATES],
    ids=[case[0] for case in UPDATES],
)
def test_apply(
    updates: list[ProposedInterview],
    start: dt.datetime | None,
    cancelled: object,
) -> None:
    """Invitations applied in mail order leave the right start and cancellation state."""
    result = apply_invites({}, updates)
    if updates == [BASE, REPLY]:
        assert result == {BASE.uid: BASE}
    (proposal,) = result.values()
    assert proposal.start == start
    assert proposal.cancelled is cancelled
    if cancelled and start is not None:
        assert proposal.company == "Acme Corp"


def test_apply_does_not_mutate() -> None:
    """Applying returns a new mapping; the caller's proposals are left alone."""
    held = {BASE.uid: BASE}
    apply_invite(held, CANCEL_1)
    assert held == {BASE.uid: BASE}


def invite_for(uid: str, sequence: int, method: str) -> ProposedInterview:
    """A complete invitation, its start derived from its SEQUENCE."""
    start = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC) + dt.timedelta(days=sequence)
    return ProposedInterview(uid=uid, sequence=sequence, method=method, start=start)


def with_methods(keys: list[tuple[str, int]]) -> st.SearchStrategy[tuple[ProposedInterview, ...]]:
    """One invitation per (UID, SEQUENCE) key, each with a drawn method."""
    methods = st.lists(
        st.sampled_from(["REQUEST", "CANCEL", "REPLY"]), min_size=len(keys), max_size=len(keys)
    )
    return methods.map(
        lambda drawn: tuple(invite_for(u, n, m) for (u, n), m in zip(keys, drawn, strict=True))
    )


INVITES = st.lists(
    st.tuples(st.sampled_from(["a@example.org", "b@example.org"]), st.integers(0, 6)),
    unique=True,
    max_size=8,
).flatmap(with_methods)


@given(INVITES, st.randoms(use_true_random=False))
def test_order_of_arrival_does_not_matter(
    invites: tuple[ProposedInterview, ...],
    rnd: random.Random,
) -> None:
    """With one invitation per UID and SEQUENCE, any arrival order gives the same result."""
    shuffled = list(invites)
    rnd.shuffle(shuffled)
    assert apply_invites({}, invites) == apply_invites({}, shuffled)


DAMAGE = st.sampled_from(["", '";X="', ":", "\\", ";TZID=Foo:", "+9999", "T99"])


@given(
    st.sampled_from([GOOGLE, OUTLOOK, custom("20260710")]),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 80), DAMAGE), max_size=4),
)
def test_damaged_invitations_never_raise(text: str, cuts: list[tuple[int, int, str]]) -> None:
    """An invitation with lines cut short or garbage spliced in is read without an exception."""
    lines = text.split("\r\n")
    for line_no, at, junk in cuts:
        index = line_no % len(lines)
        lines[index] = lines[index][:at] + junk
    parse_calendar("\r\n".join(lines), default_zone="America/New_York")


@given(st.text())
def test_parse_never_raises(text: str) -> None:
    """Any text at all is read without an exception."""
    parse_calendar(text)


@given(
    st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs"]), min_size=1),
    st.integers(1, 20),
)
def test_unfold_undoes_folding(value: str, width: int) -> None:
    """A line folded at any width unfolds back to itself."""
    line = f"SUMMARY:{value}"
    chunks = [line[i : i + width] for i in range(0, len(line), width)]
    assert unfold("\r\n ".join(chunks) + "\r\n") == [line]


def test_a_company_spelled_out_in_the_event_beats_its_domain() -> None:
    """The company is never a mangled domain: "Vantage Orbital", not "Vantageorbital"."""
    text = calendar(
        "UID:onsite-9@vantageorbital.example",
        "DTSTART:20261117T190000Z",
        "SUMMARY:Onsite interview: Jordan Lee - Flight Software Engineer",
        "LOCATION:Vantage Orbital HQ\\, 2200 Launch Way",
        "ORGANIZER;CN=Rafael Kowalczyk:mailto:rafael.k@vantageorbital.example",
        f"ATTENDEE;CN=Jordan Lee:mailto:{ME}",
    )
    (found,) = parse_calendar(text, own_addresses=[ME])
    assert (found.company, found.role) == ("Vantage Orbital", "Flight Software Engineer")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        (OUTLOOK, "America/Los_Angeles"),  # a Windows name, as Outlook writes it
        (GOOGLE, None),  # UTC says nothing about where the employer sits
        (custom("20261201"), None),  # a zone only its own VTIMEZONE explains
        (calendar("UID:z@example.org", "DTSTART;TZID=Europe/Madrid:20261201T100000"),
         "Europe/Madrid"),
        (calendar("UID:odd@example.org", "DTSTART;TZID=Mars/Olympus:20261124T093000"), None),
        # an offset alone, unquoted as a scheduler wrote it: the offset's own zone
        (calendar("UID:off@example.org", "DTSTART;TZID=GMT-05:00:20261117T160000"),
         "Etc/GMT+5"),
    ],
)
def test_the_zone_the_time_is_written_in(text: str, zone: str | None) -> None:
    """A round from an invitation keeps the employer's zone, for the send window."""
    (found,) = parse_calendar(text, own_addresses=[ME])
    assert found.timezone == zone


def test_an_invitation_forwarded_as_an_attached_ics_file_is_read() -> None:
    """Gmail forwards an invitation as "invite.ics" (application/ics): a round (t49ct)."""
    event = calendar("UID:final@tallowmere.example", "DTSTART:20261118T150000Z",
                     "ORGANIZER;CN=Rahul:mailto:rahul@tallowmere.example",
                     f"ATTENDEE:mailto:{ME}", "SUMMARY:Final interview")  # fmt: skip
    raw = (
        "From: Fiona <fiona@example.net>\r\nTo: Jordan Lee <jordan@example.com>\r\n"
        "Subject: Fwd: Invitation: Final interview\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
        "Forwarding this!\r\n--b\r\nContent-Type: application/ics; name=invite.ics\r\n"
        'Content-Disposition: attachment; filename="invite.ics"\r\n\r\n'
        f"{event}\r\n--b--\r\n"
    ).encode()
    (found,) = invites_in(parse_message(raw), own_addresses=[ME], default_zone="UTC")
    assert (found.uid, found.summary) == ("final@tallowmere.example", "Final interview")
