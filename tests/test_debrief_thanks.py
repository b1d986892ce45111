"""Her debrief to the agency is no thank-you to the employer's interviewer (tester round u41ag)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Agency,
    Contact,
    Direction,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.sittings import thanked
from silence_watch.core.through_agency import ASKS
from silence_watch.core.workdays import BusinessCalendar

BERLIN = ZoneInfo("Europe/Berlin")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=BERLIN))
CONSULTANT = Contact("Katrin Vogel", "k.vogel@brueckner-personal.example")
# Thursday 19 November 2026, 14:00 in Berlin: Moritz Engel of Lindqvist Logistik.
ROUND = Interview(
    id=1, company="Lindqvist Logistik GmbH", role="Fleet Analyst",
    date=datetime(2026, 11, 19, 14, 0, tzinfo=BERLIN),
    contacts=(Contact("Moritz Engel", "m.engel@lindqvist.example"),),
    domains=("lindqvist.example",), agency=Agency("Brückner Personal", (CONSULTANT,)),
)  # fmt: skip


def at(hour: int, minute: int = 0, day: int = 19) -> datetime:
    """A literal moment in Berlin, November 2026."""
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def mine(when: datetime, *to: str) -> TimelineEntry:
    """Her own mail, to ``to``."""
    return TimelineEntry(at=when, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         recipients=to, message_id=f"{when.timestamp():.0f}@example.com")


def agency_asks(when: datetime) -> TimelineEntry:
    """The consultant's "everything goes through me"."""
    return TimelineEntry(at=when, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                         sender=CONSULTANT.email, through_agency=ASKS)  # fmt: skip


@pytest.mark.parametrize(
    ("interview", "timeline", "due"),
    [  # her debrief to the agency alone: the interviewer is still owed a thank-you
     (ROUND, [mine(at(17), CONSULTANT.email)], True),
     (ROUND, [mine(at(15, 30), CONSULTANT.email), mine(at(18), CONSULTANT.email)], True),
     # another address at the agency's domain is the agency too
     (ROUND, [mine(at(17), "team@brueckner-personal.example")], True),
     # negations: mail to their side is her thanks, also with the agency copied
     (ROUND, [mine(at(17), "m.engel@lindqvist.example")], False),
     (ROUND, [mine(at(17), CONSULTANT.email, "m.engel@lindqvist.example")], False),
     (ROUND, [mine(at(17), "personal@lindqvist.example")], False),
     # the agency is her one way to them: it asked that all go through it
     (ROUND, [agency_asks(at(9, day=18)), mine(at(17), CONSULTANT.email)], False),
     # or nobody at the company can be written to
     (replace(ROUND, contacts=(), domains=()), [mine(at(17), CONSULTANT.email)], False),
     # no agency at all: whatever she wrote after the round is her thanks, as before
     (replace(ROUND, agency=None), [mine(at(17), "hr@lindqvist.example")], False),
     # a note before the sitting thanks nobody (t63lg)
     (ROUND, [mine(at(9), "m.engel@lindqvist.example")], True)],
)  # fmt: skip
def test_only_mail_to_their_side_thanks_the_interviewer(
    interview: Interview, timeline: list[TimelineEntry], due: bool
) -> None:
    """A debrief to the agency alone leaves the thank-you to the interviewer due."""
    verdict = assess(interview, timeline, at(19), POLICY)
    assert (verdict.next_action is Action.THANK_YOU) is due
    assert thanked(interview, timeline, interview.date) is not due


def test_the_thank_you_after_a_debrief_is_still_drafted_the_same_day() -> None:
    """"lief gut, glaube ich" to the agency at 18:41; the thank-you is due at 16:00."""
    debrief = mine(at(18, 41), CONSULTANT.email)
    verdict = assess(ROUND, [debrief], at(19), POLICY)
    assert verdict.next_action is Action.THANK_YOU
    assert verdict.next_action_at == at(16)
    # once she thanked the interviewer, the ladder waits for them: the agency first
    later = assess(ROUND, [debrief, mine(at(20), "m.engel@lindqvist.example")], at(21), POLICY)
    assert later.next_action is Action.AGENCY_CHECK_IN


def test_her_mail_without_known_recipients_still_counts() -> None:
    """A sent copy whose recipients were not kept (Bcc only) is read as before: thanks."""
    assert thanked(ROUND, [mine(at(17))], ROUND.date)
    assert not thanked(ROUND, [], ROUND.date)
