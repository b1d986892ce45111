"""Company records and connections, from plain timelines."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Contact,
    Direction,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.record import company_records, connections, median
from silence_watch.core.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=NY))


def ny(month: int, day: int, hour: int = 12) -> datetime:
    """A literal moment in New York in 2026."""
    return datetime(2026, month, day, hour, tzinfo=NY)


def interview(interview_id: int, company: str, day: int) -> Interview:
    """An interview on ``day`` November at 15:00."""
    return Interview(
        id=interview_id,
        company=company,
        role="Engineer",
        date=ny(11, day, 15),
        contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
        domains=("acme.example",),
    )


def entry(at: datetime, direction: Direction) -> TimelineEntry:
    """A message written by a person."""
    return TimelineEntry(at=at, direction=direction, kind=MessageKind.HUMAN)


def test_record_counts_answers_days_and_follow_ups() -> None:
    """Two Acme interviews: one answered after 6 days and 1 follow-up, one ghosted."""
    first = interview(1, "Acme Corp", 2)
    answered = [
        entry(ny(11, 2, 18), Direction.OUTBOUND),  # the thank-you, not a follow-up
        entry(ny(11, 6), Direction.OUTBOUND),
        entry(ny(11, 8, 16), Direction.INBOUND),
    ]
    second = interview(2, "ACME CORP", 3)
    silent = [entry(ny(11, d, 10), Direction.OUTBOUND) for d in (3, 11, 18, 25)]
    now = ny(12, 20)
    items = [
        (first, answered, assess(first, answered, now, POLICY)),
        (second, silent, assess(second, silent, now, POLICY)),
    ]
    (record,) = company_records(items)
    assert (record.interviews, record.answered, record.ghosted) == (2, 1, 1)
    assert record.median_days_to_answer == 6
    assert record.median_follow_ups == 1
    assert record.line() == (
        "Acme Corp: answered 1 of 2 interviews, first answer after 6 days (median), "
        "after 1 follow-up, went silent once"
    )


def test_a_company_that_never_answered() -> None:
    """No answer at all gives no median, and says so plainly."""
    only = interview(1, "Globex", 2)
    (record,) = company_records([(only, [], assess(only, [], ny(11, 5), POLICY))])
    assert record.line() == "Globex: answered 0 of 1 interview"


def test_connections_are_other_people_at_the_company() -> None:
    """People at the company's domain count; contacts, no-reply and other domains do not."""
    history = [
        ("lee.park@acme.example", "Lee Park", ny(10, 1)),
        ("lee.park@acme.example", "Lee Park", ny(10, 20)),
        ("sam@eu.acme.example", "", ny(9, 3)),
        ("dana.ruiz@acme.example", "Dana Ruiz", ny(11, 1)),
        ("no-reply@acme.example", "", ny(11, 1)),
        ("someone@globex.example", "", ny(11, 1)),
    ]
    found = connections(interview(1, "Acme Corp", 2), history)
    assert [(c.email, c.messages, c.last_at) for c in found] == [
        ("lee.park@acme.example", 2, ny(10, 20)),
        ("sam@eu.acme.example", 1, ny(9, 3)),
    ]
    assert found[0].name == "Lee Park"


def test_the_digest_names_known_people_beside_the_overdue_interview() -> None:
    """The people already known at a company appear under that interview, not elsewhere."""
    from silence_watch.core.digest import DigestNews, render_digest  # noqa: PLC0415 - one test

    acme = interview(1, "Acme Corp", 2)
    verdict = assess(acme, [], ny(11, 20), POLICY)
    news = DigestNews(known_people={1: "Lee Park <lee.park@acme.example> (2 messages)"})
    text = render_digest([(acme, verdict)], [], now=ny(11, 20), zone=NY, news=news)
    overdue = text.split("OVERDUE", 1)[1]
    assert "      you know: Lee Park <lee.park@acme.example>" in overdue


@pytest.mark.parametrize(("values", "middle"), [
    ([9], 9), ([4, 1, 7], 4), ([3, 1], 2.0), ([2, 9, 4, 5], 4.5), ([0.5, 1.0], 0.75),
])  # fmt: skip
def test_the_median_is_the_middle_or_the_mean_of_the_two(
    values: list[float], middle: float
) -> None:
    """An odd count gives its middle value as it is; an even one, the two middles' mean."""
    found = median(values)
    assert (found, type(found)) == (middle, type(middle))
