"""Properties of the pure core on arbitrary input: nothing raises, dates and actions stay sane."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from silence_watch.core.absences import absence
from silence_watch.core.classify import classify_message
from silence_watch.core.dates import promised_date
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Address,
    Agency,
    Contact,
    Direction,
    Intent,
    Interview,
    Message,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.parse import parse_headers, parse_message
from silence_watch.core.policy import assess
from silence_watch.core.threads import ThreadLink, thread_messages
from silence_watch.core.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=NY))
INTERVIEW = Interview(
    id=1,
    company="Acme Corp",
    role="Data Engineer",
    date=dt.datetime(2026, 11, 18, 15, 0, tzinfo=NY),
    contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
    domains=("acme.example",),
)

# Raw mail: mostly header-like lines, with the awkward bytes real mail has.
HEADER_NAMES = st.sampled_from(
    [
        "From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To",
        "References", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
        "Auto-Submitted", "Precedence", "List-Id", "X-Failed-Recipients", "Return-Path",
    ],
)  # fmt: skip
HEADER_VALUES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "=?utf-8?q?broken", "=?x-unknown?b?AAAA?=", "<a@b>", "<<>>", '"unterminated <x@y>',
            'multipart/mixed; boundary="b"', "multipart/report; report-type=delivery-status",
            "text/plain; charset=x-nonsense", "base64", "quoted-printable",
            "Mon, 32 Foo 99999 25:61:61 +9999", "Tue, 1 Dec 2026 10:00:00 -0500", "auto-replied",
            "bulk", "(comment) user@(x)example.com", "group: a@b, c@d;", "@", "a@", "@b",
        ],
    ),
)  # fmt: skip
HEADER_LINES = st.builds(
    lambda name, value: f"{name}: {value}".encode("utf-8", errors="surrogatepass"),
    HEADER_NAMES,
    HEADER_VALUES,
)
RAW_MAIL = st.one_of(
    st.binary(max_size=400),
    st.builds(
        lambda lines, body, eol: eol.join([*lines, b"", body]),
        st.lists(HEADER_LINES, max_size=10),
        st.binary(max_size=200),
        st.sampled_from([b"\n", b"\r\n", b"\r"]),
    ),
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(raw=RAW_MAIL)
def test_parsing_and_classifying_never_raise(raw: bytes) -> None:
    """Any bytes parse (headers and whole) and classify without an exception."""
    for message in (parse_headers(raw), parse_message(raw)):
        result = classify_message(message)
        assert result.kind in set(MessageKind)


SENT_AT = st.datetimes(
    min_value=dt.datetime(1971, 1, 1),
    max_value=dt.datetime(9990, 1, 1),
    timezones=st.sampled_from([dt.UTC, NY, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Etc/GMT+12")]),
)
DATE_WORDS = st.lists(
    st.sampled_from(
        [
            "we'll get back to you by", "back on", "until", "within", "by the end of the",
            "Friday", "next week", "early next week", "month", "two weeks", "3", "31", "12/31",
            "31.12.", "2026-02-30", "December 4", "Feb 29", "business days", "days", "weeks",
            "months", "zurück am", "jusqu'au", "hasta el", "fino al", "tot en met", "até",
            "till och med", "9999", "0", "-1", ".", "\n\n", "the 31st", "Monday the 31st",
        ],
    ),
    max_size=12,
).map(" ".join)


@FUZZ
@given(text=st.one_of(DATE_WORDS, st.text(max_size=200)), sent_at=SENT_AT)
def test_stated_dates_never_raise_nor_precede_the_message(text: str, sent_at: dt.datetime) -> None:
    """A promised or return date is never before the message's own (local) date.

    An out-of-office may state an end already past ("until Friday, October 30" arriving in
    November): ``absence`` keeps it as written, and the classifier then gives no return date.
    """
    promised = promised_date(text, sent_at)
    away = absence(text, sent_at)
    if promised is not None:
        assert promised >= sent_at.date()
    out_of_office = Message(
        message_id="ooo@acme.example", date=sent_at, sender=Address("", "dana@acme.example"),
        subject="Automatic reply", headers={"auto-submitted": "auto-replied"}, body=text,
    )  # fmt: skip
    back = classify_message(out_of_office).return_date
    if back is not None:
        assert back >= sent_at.date()
        assert away is not None


IDS = st.sampled_from([f"m{i}@acme.example" for i in range(5)])
PEOPLE = st.sampled_from(["jordan@example.com", "dana@acme.example", "kim@beta.example"])
MESSAGES = st.builds(
    lambda mid, day, sender, subject, irt, refs: Message(
        message_id=mid,
        date=None if day is None else dt.datetime(2026, 11, 1, tzinfo=dt.UTC) + dt.timedelta(day),
        sender=Address("", sender),
        to=(Address("", "jordan@example.com"),),
        subject=subject,
        in_reply_to=irt,
        references=refs,
    ),
    st.none() | IDS,
    st.none() | st.integers(0, 40),
    PEOPLE,
    st.sampled_from(["Re:", "", "Interview", "Re: Interview", "RE: RE:"]),
    st.none() | IDS,
    st.lists(IDS, max_size=300).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(messages=st.lists(MESSAGES, max_size=10))
def test_threading_partitions_the_messages(messages: list[Message]) -> None:
    """Every message gets exactly one thread whose root is a member and its own root."""
    keyed = list(enumerate(messages))
    found = thread_messages(keyed, own_addresses=["jordan@example.com"])
    assert set(found.thread_of) == {key for key, _ in keyed}
    for key, root in found.thread_of.items():
        assert found.thread_of[root] == root
        assert (found.confidence[key] is ThreadLink.ROOT) == (key == root)


MOMENTS = st.datetimes(
    min_value=dt.datetime(2026, 11, 1),
    max_value=dt.datetime(2027, 3, 1),
    timezones=st.just(NY),
)
ENTRIES = st.builds(
    TimelineEntry,
    at=MOMENTS,
    direction=st.sampled_from(Direction),
    kind=st.sampled_from(MessageKind),
    sender=st.sampled_from(["dana.ruiz@acme.example", "noreply@acme.example"]),
    intent=st.none() | st.sampled_from(Intent),
    promised_by=st.none() | st.dates(dt.date(2026, 11, 1), dt.date(2027, 3, 1)),
    return_date=st.none() | st.dates(dt.date(2026, 11, 1), dt.date(2027, 3, 1)),
    cold=st.booleans(),
)
INTERVIEWS = st.builds(
    lambda stopped, closed, agency, promised: replace(
        INTERVIEW,
        stopped=stopped,
        closed=closed,
        agency=Agency("Talent Bridge", (Contact("Sam", "sam@tb.example"),)) if agency else None,
        expect_reply_by=promised,
    ),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.none() | st.dates(dt.date(2026, 11, 1), dt.date(2027, 3, 1)),
)


@settings(max_examples=400, deadline=None)
@given(interview=INTERVIEWS, timeline=st.lists(ENTRIES, max_size=8), now=MOMENTS)
def test_assess_respects_stop_close_and_the_interview_date(
    interview: Interview,
    timeline: list[TimelineEntry],
    now: dt.datetime,
) -> None:
    """No action when stopped or closed; before the interview only the thank-you.

    A rejection that came before the interview settles it at once: its feedback request
    comes after the rejection, whatever the interview's date.
    """
    verdict = assess(interview, sorted(timeline, key=lambda e: e.at), now, POLICY)
    if interview.stopped or (interview.closed and interview.closed_at is None):
        assert verdict.next_action is None
    if verdict.next_action is not None:
        assert verdict.next_action_at is not None
        if verdict.next_action is Action.FEEDBACK_REQUEST:
            # only a person's or a hiring system's word counts: an auto-reply carries no
            # intent the policy reads (the strategy may still give it one). The same no said
            # twice (a person, then the system) is answered from the first of them
            # (``core.conversation.first_of_the_no``), so after the first no, never before.
            readable = (MessageKind.HUMAN, MessageKind.AUTOMATED)
            rejected = min(
                e.at for e in timeline if e.intent is Intent.REJECTION and e.kind in readable
            )
            assert verdict.next_action_at > rejected
        elif verdict.next_action is not Action.THANK_YOU:
            assert verdict.next_action_at > interview.date
    assert verdict.days_silent >= 0
