"""An out-of-office holds only the step addressed to the person away (``core.leave_returns``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.conversation import recipient_for
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.lifecycle import bounced_addresses
from silence_watch.core.model import (
    Action,
    Agency,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar

AMS = ZoneInfo("Europe/Amsterdam")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=AMS))
DAAN = "daan.visser@example.com"
LOTTE = "lotte.vandijk@kempenaar.example"
JOOST = "joost.dewit@kempenaar.example"
FEMKE = "femke.janssen@kempenaar.example"
ANOUK = "anouk@brightlane.example"
KEMPENAAR = Interview(
    id=1, company="Kempenaar Mobiliteit", role="Data-analist",
    date=datetime(2026, 11, 24, 10, 0, tzinfo=AMS),
    contacts=(Contact("Femke Janssen", FEMKE), Contact("Lotte van Dijk", LOTTE)),
    domains=("kempenaar.example",),
)  # fmt: skip


def at(month: int, day: int, hour: int = 12, minute: int = 0, year: int = 2026) -> datetime:
    """A literal moment in Amsterdam."""
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


def theirs(when: datetime, sender: str, **fields: object) -> TimelineEntry:
    """A message from someone at Kempenaar (or the agency) to Daan."""
    entry = TimelineEntry(at=when, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                          message_id=f"{when:%d%H%M}.{sender}", sender=sender,
                          recipients=(DAAN,))  # fmt: skip
    return replace(entry, **fields)  # type: ignore[arg-type]


def away(sender: str, back: date, when: datetime | None = None) -> TimelineEntry:
    """The automatic reply to Daan's thank-you: on leave until ``back``."""
    return theirs(when or at(11, 24, 14, 33), sender, kind=MessageKind.AUTO_REPLY,
                  return_date=back)  # fmt: skip


INVITE = theirs(at(11, 10, 11), LOTTE, sender_name="Lotte van Dijk", intent=Intent.NEXT_STEP)
ANSWER = TimelineEntry(at=at(11, 10, 12, 48), direction=Direction.OUTBOUND,
                       kind=MessageKind.HUMAN, message_id="past-prima", recipients=(LOTTE,))
# "vanaf vrijdag ga ik met zwangerschapsverlof ... Joost de Wit (in de cc) neemt jouw
# sollicitatie van me over"
HANDOVER = theirs(at(11, 17, 16, 10), LOTTE, sender_name="Lotte van Dijk", intent=Intent.OTHER,
                  recipients=(DAAN, JOOST), bounced_recipients=(LOTTE,))  # fmt: skip
THANKS = TimelineEntry(at=at(11, 24, 14, 32), direction=Direction.OUTBOUND,
                       kind=MessageKind.HUMAN, message_id="bedankt",
                       recipients=(FEMKE, JOOST, LOTTE))  # fmt: skip
MARCH = date(2027, 3, 1)


def next_step(interview: Interview, timeline: list[TimelineEntry]) -> tuple[Action, datetime]:
    """The step due on Wednesday 2 December and when it is due."""
    verdict = assess(interview, timeline, at(12, 2, 10), POLICY)
    assert verdict.next_action is not None
    assert verdict.next_action_at is not None
    return verdict.next_action, verdict.next_action_at


def test_a_recruiter_who_handed_over_does_not_hold_her_successors_follow_up() -> None:
    """Lotte handed the process to Joost: her leave until March does not wait for her."""
    timeline = [INVITE, ANSWER, HANDOVER, THANKS, away(LOTTE, MARCH)]
    bounced = bounced_addresses([timeline], ())
    recipient = recipient_for(Action.FOLLOW_UP, KEMPENAAR, timeline, bounced=bounced)
    assert recipient is not None
    assert recipient.email == JOOST
    assert next_step(KEMPENAAR, timeline) == (Action.FOLLOW_UP, at(12, 2, 9))


def test_an_interviewers_absence_does_not_hold_the_recruiters_follow_up() -> None:
    """Femke away two weeks: the follow-up goes to Lotte, who runs it, on its day."""
    timeline = [INVITE, ANSWER, THANKS, away(FEMKE, date(2026, 12, 11))]
    assert next_step(KEMPENAAR, timeline) == (Action.FOLLOW_UP, at(12, 2, 9))


@pytest.mark.parametrize(
    ("absence", "due"),
    [  # the person the follow-up goes to is away: it waits for the first business day after
        (away(LOTTE, date(2026, 12, 11)), at(12, 14, 9)),
        (away(LOTTE.upper(), date(2026, 12, 11)), at(12, 14, 9)),
        # an absence that names no sender keeps the old reading: it waits
        (away("", date(2026, 12, 11)), at(12, 14, 9)),
        # a return day that had already passed when it arrived says nothing
        (away(LOTTE, date(2026, 11, 20)), at(12, 2, 9)),
        # an absence before the wait began says nothing either
        (away(LOTTE, date(2026, 12, 11), at(11, 3)), at(12, 2, 9)),
    ],
)
def test_the_person_addressed_being_away_still_moves_the_step(
    absence: TimelineEntry, due: datetime
) -> None:
    """Rule 15 stands for the one the step goes to (no handover: Lotte runs it)."""
    timeline = sorted([INVITE, ANSWER, THANKS, absence], key=lambda e: e.at)
    assert next_step(KEMPENAAR, timeline) == (Action.FOLLOW_UP, due)


@pytest.mark.parametrize(
    ("absent", "due"),
    [(FEMKE, at(12, 2, 9)),  # the employer's absence does not hold the agency's check-in
     (ANOUK, at(12, 14, 9))],  # the agency's recruiter away: her check-in waits
)  # fmt: skip
def test_an_agency_check_in_waits_only_for_the_agency(absent: str, due: datetime) -> None:
    """The check-in goes to the agency's person: only her absence moves it."""
    placed = replace(KEMPENAAR, agency=Agency("Brightlane", (Contact("Anouk Smit", ANOUK),)))
    timeline = [THANKS, away(absent, date(2026, 12, 11))]
    assert next_step(placed, timeline) == (Action.AGENCY_CHECK_IN, due)


#: Daan's check-in to Anouk at the agency, a week after the round (the ladder's first rung).
CHECK_IN = TimelineEntry(at=at(12, 2, 9, 5), direction=Direction.OUTBOUND,
                         kind=MessageKind.HUMAN, message_id="check-in",
                         recipients=(ANOUK,))  # fmt: skip


@pytest.mark.parametrize(
    ("check_in", "absent", "held"),
    [  # Anouk was away when the check-in came: it reached nobody, the next rung waits
        (CHECK_IN, ANOUK, True),
        # the follow-up goes to Femke: her own absence holds it (rule 15)
        (CHECK_IN, FEMKE, True),
        # Lotte, neither asked nor the one the follow-up goes to: her absence holds nothing
        (CHECK_IN, LOTTE, False),
        # Joost only copied on the check-in: his absence holds nothing
        (replace(CHECK_IN, recipients=(ANOUK, JOOST)), JOOST, False),
    ],
)
def test_the_one_her_check_in_went_to_being_away_holds_the_next_rung(
    check_in: TimelineEntry, absent: str, held: bool
) -> None:
    """After the agency's check-in, the employer's follow-up waits for the agency's return."""
    placed = replace(KEMPENAAR, agency=Agency("Brightlane", (Contact("Anouk Smit", ANOUK),)))
    timeline = [THANKS, check_in, away(absent, date(2026, 12, 18), at(12, 2, 9, 6))]
    verdict = assess(placed, timeline, at(12, 9, 10), POLICY)
    assert verdict.next_action is Action.FOLLOW_UP
    assert verdict.next_action_at is not None
    assert (verdict.next_action_at >= at(12, 21, 0)) is held, verdict.next_action_at


#: Daan's goodbye after the handover, a week after the round: "veel plezier met je verlof!",
#: to Lotte, Joost copied (u44pp: Lena's "alles Gute für die Elternzeit" to Sabine).
GOODBYE = TimelineEntry(at=at(12, 1, 19, 40), direction=Direction.OUTBOUND,
                        kind=MessageKind.HUMAN, message_id="goodbye",
                        recipients=(LOTTE, JOOST))  # fmt: skip


@pytest.mark.parametrize(
    ("handed_over", "held"),
    [(True, False),  # Lotte handed it to Joost: her leave holds nothing, mail to her or not
     (False, True)],  # no handover: the one her last mail went to has not yet answered it
)  # fmt: skip
def test_a_goodbye_to_the_recruiter_who_handed_over_holds_nothing(
    handed_over: bool, held: bool
) -> None:
    """Her last mail went to the leaver; the follow-up to the heir still comes on its day."""
    handover = HANDOVER if handed_over else replace(HANDOVER, bounced_recipients=())
    timeline = [INVITE, ANSWER, THANKS, handover, GOODBYE,
                away(LOTTE, MARCH, at(12, 1, 19, 41))]  # fmt: skip
    timeline = sorted(timeline, key=lambda e: e.at)
    verdict = assess(KEMPENAAR, timeline, at(12, 9, 10), POLICY)
    assert verdict.next_action is Action.FOLLOW_UP
    assert verdict.next_action_at is not None
    assert (verdict.next_action_at >= at(3, 1, 0, 0, 2027)) is held, \
        verdict.next_action_at
