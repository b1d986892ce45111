"""A decision day promised before a round, for a day after it, still holds after it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    InterviewState,
    MessageKind,
    Process,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.round_promises import promise_for_round
from silence_watch.core.workdays import BusinessCalendar

TORONTO = ZoneInfo("America/Toronto")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=TORONTO))
HANNAH = "hannah.cho@quarrington.example"


def at(month: int, day: int, hour: int = 12) -> datetime:
    """A literal moment in Toronto in 2026."""
    return datetime(2026, month, day, hour, tzinfo=TORONTO)


def a_round(number: int, when: datetime) -> Interview:
    """Round ``number`` of Sofia's Quarrington application."""
    return Interview(id=number, company="Quarrington Robotics", role="TPM", date=when,
                     contacts=(Contact("Hannah Cho", HANNAH),), domains=("quarrington.example",),
                     process_id=3, round=number)  # fmt: skip


SCREEN = a_round(1, at(11, 2, 15))
PANEL = a_round(2, at(11, 12, 10))
ROUNDS = (SCREEN, PANEL)


def said(when: datetime, intent: Intent, **more: object) -> TimelineEntry:
    """A message from Hannah (``more`` varies it)."""
    entry = TimelineEntry(at=when, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                          sender=HANNAH, intent=intent, confidence=0.9)  # fmt: skip
    return replace(entry, **more)  # type: ignore[arg-type]


def sent(when: datetime) -> TimelineEntry:
    """A message Sofia wrote to Hannah."""
    return TimelineEntry(at=when, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         recipients=(HANNAH,))  # fmt: skip


#: Hannah's panel invitation, then "confirmed for the 12th ... decision by Friday, Nov 20".
INVITE = said(at(11, 5, 10), Intent.NEXT_STEP)
BY_THE_20TH = said(at(11, 5, 15), Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 20))
PANEL_DAY = date(2026, 11, 12)


def test_a_decision_day_given_with_the_rounds_confirmation_holds_after_it() -> None:
    """Said on the 5th for the 20th, the panel on the 12th: the 20th is still owed."""
    timeline = [INVITE, BY_THE_20TH]
    assert promise_for_round(timeline, ROUNDS, PANEL, PANEL_DAY) == date(2026, 11, 20)


def test_after_the_panel_and_a_kind_word_the_follow_up_waits_for_the_day() -> None:
    """Raj's pleasantry changes nothing: the first follow-up is Monday the 23rd."""
    timeline = [INVITE, BY_THE_20TH, sent(at(11, 12, 13)),
                said(at(11, 13, 9), Intent.PLEASANTRY, sender="raj.patel@quarrington.example")]
    found = assess(Process(id=3, company="Quarrington Robotics", role="TPM", rounds=ROUNDS),
                   timeline, at(11, 13, 10), POLICY)  # fmt: skip
    assert (found.state, found.expected_by) == (InterviewState.WAITING, date(2026, 11, 20))
    assert found.next_action is Action.FOLLOW_UP
    assert found.next_action_at is not None
    assert found.next_action_at.astimezone(TORONTO).date() == date(2026, 11, 23)


def test_a_promise_before_an_earlier_round_was_superseded_by_it() -> None:
    """"We decide by the 20th", said before the screen, is not the panel's day."""
    early = said(at(10, 29), Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 20))
    assert promise_for_round([early], ROUNDS, PANEL, PANEL_DAY) is None


def test_a_next_step_after_the_promise_makes_it_moot() -> None:
    """"We decide by the 20th", then an invitation to the panel: the decision came early."""
    promise = said(at(11, 4), Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 20))
    assert promise_for_round([promise, INVITE], ROUNDS, PANEL, PANEL_DAY) is None


def test_the_rounds_calendar_booking_after_the_promise_is_no_next_step() -> None:
    """"I'll send the Teams invite shortly": the invitation books the round, moots nothing."""
    booking = said(at(11, 5, 16), Intent.NEXT_STEP, calendar="request")
    timeline = [INVITE, BY_THE_20TH, booking]
    assert promise_for_round(timeline, ROUNDS, PANEL, PANEL_DAY) == date(2026, 11, 20)


def test_a_day_on_or_before_the_round_is_no_promise_for_after_it() -> None:
    """"We'll confirm the panel by the 10th" is about the booking, long past."""
    booking_day = said(at(11, 5, 15), Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 12))
    assert promise_for_round([INVITE, booking_day], ROUNDS, PANEL, PANEL_DAY) is None


def test_their_word_since_the_round_comes_first() -> None:
    """A newer day said after the panel replaces the one said before it."""
    newer = said(at(11, 13), Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 27))
    timeline = [INVITE, BY_THE_20TH, newer]
    assert promise_for_round(timeline, ROUNDS, PANEL, PANEL_DAY) == date(2026, 11, 27)


def test_her_note_of_a_day_named_on_a_call_since_the_round_is_the_newer_word() -> None:
    """Her own note after the panel writes down the 18th: the old 20th gives way."""
    note = replace(sent(at(11, 13)), promised_by=date(2026, 11, 18))
    assert promise_for_round([INVITE, BY_THE_20TH, note], ROUNDS, PANEL, PANEL_DAY) is None


def test_a_day_read_in_an_invitations_update_is_no_promise_for_after_the_round() -> None:
    """"Friday at 11 ... replaces the Thursday time": the update books the round, no answer."""
    update = said(at(11, 5, 15), Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 19),
                  calendar="request")
    assert promise_for_round([INVITE, update], ROUNDS, PANEL, PANEL_DAY) is None
