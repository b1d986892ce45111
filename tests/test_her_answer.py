"""Her answer to a request, in parts or after the round's thank-you (tester round u32ta).

Driven with plain values and literal datetimes: ``core.policy.assess`` over a timeline.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

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
DANA = "dana.ruiz@acme.example"
TOM = "tom.nguyen@acme.example"
# Wednesday 18 November 2026, 15:00 in New York: Dana interviews, Tom recruits.
ROUND = Interview(
    id=1,
    company="Acme Corp",
    role="Data Engineer",
    date=datetime(2026, 11, 18, 15, 0, tzinfo=NY),
    contacts=(Contact("Dana Ruiz", DANA), Contact("Tom Nguyen", TOM)),
    domains=("acme.example",),
)


def ny(month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    """A literal moment in New York in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=NY)


def mine(at: datetime, to: str = TOM) -> TimelineEntry:
    """A message the candidate wrote to ``to``."""
    return TimelineEntry(at=at, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         recipients=(to,))  # fmt: skip


def theirs(at: datetime, intent: Intent, sender: str = TOM, **fields: object) -> TimelineEntry:
    """A message from their side, read surely as ``intent``."""
    entry = TimelineEntry(at=at, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                          sender=sender, intent=intent)  # fmt: skip
    return replace(entry, **fields)  # type: ignore[arg-type]


THANKED = mine(ny(11, 18, 18), to=DANA)
# Tom asks for three documents on Thursday the 19th.
ASKED = theirs(ny(11, 19, 10), Intent.REQUEST)


def test_an_answer_in_two_parts_starts_the_wait_from_the_second() -> None:
    """Two documents now, the third before a follow-up was due: no follow-up of hers."""
    timeline = [THANKED, ASKED, mine(ny(11, 20, 19)), mine(ny(11, 25, 9))]
    verdict = assess(ROUND, timeline, ny(11, 26), POLICY)
    assert verdict.state is InterviewState.WAITING
    assert verdict.expected_by == date(2026, 12, 2)
    assert (verdict.next_action, verdict.next_action_at) == (Action.FOLLOW_UP, ny(12, 3, 9))
    assert verdict.attempt == 1


def test_an_answer_in_three_parts_is_no_nudge() -> None:
    """The part between the first and the last is no nudge: the follow-up is the first."""
    timeline = [THANKED, ASKED, mine(ny(11, 20, 9)), mine(ny(11, 23, 9)), mine(ny(11, 25, 9))]
    verdict = assess(ROUND, timeline, ny(12, 3, 10), POLICY)
    assert (verdict.next_action, verdict.next_action_at) == (Action.FOLLOW_UP, ny(12, 3, 9))
    assert verdict.attempt == 1


def test_her_mail_once_a_follow_up_was_due_is_a_follow_up() -> None:
    """Near miss: written the morning the first follow-up was due, it is that follow-up."""
    timeline = [THANKED, ASKED, mine(ny(11, 20, 19)), mine(ny(11, 30, 10))]
    verdict = assess(ROUND, timeline, ny(12, 1), POLICY)
    assert verdict.state is InterviewState.FOLLOWED_UP
    assert verdict.expected_by == date(2026, 11, 27)
    assert (verdict.next_action, verdict.next_action_at) == (Action.FOLLOW_UP, ny(12, 7, 9))


def test_a_part_before_their_promised_day_keeps_that_day() -> None:
    """A Drive link, then the sharing fixed: the day promised beside the request stands."""
    asked = replace(ASKED, promised_by=date(2026, 12, 11))
    timeline = [THANKED, asked, mine(ny(12, 2, 21)), mine(ny(12, 3, 10))]
    verdict = assess(ROUND, timeline, ny(12, 10), POLICY)
    assert verdict.state is InterviewState.WAITING
    assert (verdict.next_action, verdict.next_action_at) == (Action.FOLLOW_UP, ny(12, 14, 9))


# --- the round's thank-you, owed when the request came -----------------------------------

#: Tom sends the coding test an hour after Dana's interview, before the thank-you was due.
TEST_SET = theirs(ny(11, 18, 16), Intent.NEXT_STEP)


def test_the_thank_you_owed_at_the_request_answers_nothing() -> None:
    """Her thank-you to Dana answers nothing of Tom's: the test is still hers to do."""
    verdict = assess(ROUND, [TEST_SET, THANKED], ny(11, 27), POLICY)
    assert verdict.state is InterviewState.REPLIED
    assert verdict.next_action is None


def test_the_test_done_after_the_thank_you_starts_the_wait() -> None:
    """The hiring system's receipt of the test starts the wait, not the thank-you."""
    done = theirs(ny(11, 22, 21), Intent.ACKNOWLEDGEMENT, sender="no-reply@codesignal.example",
                  kind=MessageKind.AUTOMATED)  # fmt: skip
    verdict = assess(ROUND, [TEST_SET, THANKED, done], ny(11, 23), POLICY)
    assert verdict.expected_by == date(2026, 11, 27)
    assert (verdict.next_action, verdict.next_action_at) == (Action.FOLLOW_UP, ny(11, 30, 9))


@pytest.mark.parametrize(
    "timeline",
    [
        pytest.param([TEST_SET, mine(ny(11, 18, 18), to=TOM)], id="thanks-to-the-one-who-asked"),
        pytest.param([theirs(ny(11, 18, 17, 30), Intent.NEXT_STEP), THANKED],
                     id="asked-after-the-thank-you-was-due"),
        pytest.param([TEST_SET, mine(ny(11, 20, 9), to=DANA)], id="written-days-later"),
    ],
)
def test_a_mail_that_is_no_owed_thank_you_answers(timeline: list[TimelineEntry]) -> None:
    """Near misses: to the one who asked, asked later, or no longer the day's thank-you."""
    verdict = assess(ROUND, timeline, ny(11, 23), POLICY)
    assert verdict.state is InterviewState.WAITING
    assert verdict.next_action is Action.FOLLOW_UP


# --- a hiring system's request that carries a person's step -------------------------------

#: Siobhan takes up references and promises the outcome by Friday 11 December.
STEP = theirs(ny(11, 19, 10), Intent.NEXT_STEP, sender=DANA, promised_by=date(2026, 12, 11))
VENDOR = theirs(ny(11, 19, 10, 20), Intent.NEXT_STEP, sender="noreply@referoo.example",
                kind=MessageKind.AUTOMATED)  # fmt: skip


def test_a_vendor_request_keeps_the_day_of_the_step_it_carries() -> None:
    """Referoo's "nominate 2 referees" after Siobhan's dated step: the 11th still stands."""
    verdict = assess(ROUND, [THANKED, STEP, VENDOR, mine(ny(11, 20))], ny(11, 30), POLICY)
    assert verdict.expected_by == date(2026, 12, 11)
    assert (verdict.next_action, verdict.next_action_at) == (Action.FOLLOW_UP, ny(12, 14, 9))


def test_a_vendor_request_after_an_undated_word_has_no_day() -> None:
    """Near miss: the person's last word before it promised nothing: the usual window."""
    undated = replace(STEP, promised_by=None)
    verdict = assess(ROUND, [THANKED, undated, VENDOR, mine(ny(11, 20))], ny(11, 30), POLICY)
    assert verdict.expected_by == date(2026, 11, 27)
