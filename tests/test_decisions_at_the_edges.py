"""Decisions at the edges: stopped, future-dated mail, same-day notes, early promises, zones."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

from silence_watch.config.templates import load_templates
from silence_watch.core.compose import Voice, compose
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    InterviewState,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
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


def ny(month: int, day: int, hour: int = 12) -> dt.datetime:
    """A literal moment in New York in 2026."""
    return dt.datetime(2026, month, day, hour, tzinfo=NY)


def test_a_stopped_upcoming_interview_plans_nothing() -> None:
    """Stopping an interview before it happens shows no thank-you that will never be drafted."""
    verdict = assess(replace(INTERVIEW, stopped=True), [], ny(11, 17), POLICY)
    assert verdict.state is InterviewState.UPCOMING
    assert (verdict.next_action, verdict.next_action_at) == (None, None)


def sent(at: dt.datetime) -> TimelineEntry:
    """A message the candidate wrote."""
    return TimelineEntry(at=at, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN)


def received(at: dt.datetime, **fields: object) -> TimelineEntry:
    """A message a person at the company wrote."""
    entry = TimelineEntry(
        at=at, direction=Direction.INBOUND, kind=MessageKind.HUMAN, sender="dana.ruiz@acme.example"
    )
    return replace(entry, **fields)  # type: ignore[arg-type]


def test_mail_dated_after_now_is_not_yet_on_the_timeline() -> None:
    """A reply dated after ``now`` (a preview, a skewed clock) neither settles nor silences."""
    later = received(ny(12, 20), intent=Intent.ACKNOWLEDGEMENT, promised_by=dt.date(2027, 1, 8))
    verdict = assess(INTERVIEW, [sent(ny(11, 18, 18)), later], ny(11, 30), POLICY)
    alone = assess(INTERVIEW, [sent(ny(11, 18, 18))], ny(11, 30), POLICY)
    assert verdict == alone
    assert verdict.state is InterviewState.OVERDUE


def test_a_thank_you_after_their_same_day_note_is_not_a_follow_up() -> None:
    """They wrote first on the interview day; the candidate's thank-you is not a ladder rung."""
    note = received(ny(11, 18, 17), intent=Intent.ACKNOWLEDGEMENT)
    thanks = sent(ny(11, 18, 19))
    verdict = assess(INTERVIEW, [note, thanks], ny(11, 30), POLICY)
    assert verdict.next_action is Action.FOLLOW_UP
    assert verdict.attempt == 1
    assert verdict.state is InterviewState.OVERDUE


def test_their_same_day_note_still_leaves_room_for_a_thank_you() -> None:
    """An acknowledgement on the interview day: the thank-you is still offered that day."""
    note = received(ny(11, 18, 17), intent=Intent.ACKNOWLEDGEMENT)
    verdict = assess(INTERVIEW, [note], ny(11, 18, 18), POLICY)
    assert verdict.next_action is Action.THANK_YOU


def test_a_promised_date_before_the_interview_is_ignored() -> None:
    """A stale ``expect_reply_by`` (the interview moved) never puts a follow-up before it."""
    stale = replace(INTERVIEW, expect_reply_by=dt.date(2026, 11, 2))
    verdict = assess(stale, [sent(ny(11, 18, 18))], ny(11, 20), POLICY)
    assert verdict.next_action is Action.FOLLOW_UP
    assert verdict.next_action_at == ny(11, 26, 9)
    assert verdict.state is InterviewState.WAITING


def test_the_interview_day_is_named_as_the_employer_lived_it() -> None:
    """A 9:00 Tuesday interview in Tokyo is 'Tuesday' in mail, though Monday evening in New York."""
    tokyo = replace(
        INTERVIEW,
        date=dt.datetime(2026, 11, 3, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
        timezone="Asia/Tokyo",
    )
    voice = Voice("Jordan Lee", load_templates(None), NY)
    dana = Contact("Dana Ruiz", "dana.ruiz@acme.example")
    text = compose(Action.FOLLOW_UP, tokyo, [], voice=voice, recipient=dana, today=None)
    assert "Tuesday, November 3" in text.body
    here = compose(
        Action.FOLLOW_UP, replace(tokyo, timezone=None), [], voice=voice, recipient=dana
    )
    assert "Monday, November 2" in here.body
