"""When a follow-up may leave (window, offset, daily limit) and to whom."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.lifecycle import bounced_addresses, person_wrote_since
from silence_watch.core.model import (
    Agency,
    Contact,
    Direction,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.sending import (
    SendWindow,
    allowed_recipients,
    in_window,
    send_time,
    spelled_name,
    successors,
)

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
DEFAULT = SendWindow()

SCHEDULE = [
    # (earliest, zone, jitter, expected), Tue-Thu 09:30-11:30 local, max offset 20 min.
    ("Monday morning waits for Tuesday", datetime(2026, 11, 30, 8, tzinfo=NY), NY, 0.0,
     datetime(2026, 12, 1, 9, 30, tzinfo=NY)),
    ("inside the window goes now", datetime(2026, 12, 1, 10, tzinfo=NY), NY, 0.0,
     datetime(2026, 12, 1, 10, tzinfo=NY)),
    ("the offset is added", datetime(2026, 12, 1, 8, tzinfo=NY), NY, 0.5,
     datetime(2026, 12, 1, 9, 40, tzinfo=NY)),
    ("late in the window the offset shrinks", datetime(2026, 12, 1, 11, 20, tzinfo=NY), NY, 0.5,
     datetime(2026, 12, 1, 11, 22, 30, tzinfo=NY)),
    ("Thursday after the window waits for Tuesday", datetime(2026, 12, 3, 12, tzinfo=NY), NY, 0.0,
     datetime(2026, 12, 8, 9, 30, tzinfo=NY)),
    ("the recipient's zone counts", datetime(2026, 12, 1, 9, 0, tzinfo=NY), BERLIN, 0.0,
     datetime(2026, 12, 2, 9, 30, tzinfo=BERLIN)),
    ("a Tuesday after the spring DST change", datetime(2027, 3, 14, 12, tzinfo=NY), NY, 0.0,
     datetime(2027, 3, 16, 9, 30, tzinfo=NY)),
]  # fmt: skip


@pytest.mark.parametrize(("earliest", "zone", "jitter", "expected"), [c[1:] for c in SCHEDULE],
                         ids=[c[0] for c in SCHEDULE])  # fmt: skip
def test_send_time(earliest: datetime, zone: ZoneInfo, jitter: float, expected: datetime) -> None:
    """A follow-up goes out in the first open window at or after it may, plus its offset."""
    assert send_time(earliest, DEFAULT, zone, jitter=jitter) == expected
    assert in_window(send_time(earliest, DEFAULT, zone, jitter=jitter), DEFAULT, zone)


def test_a_full_day_moves_to_the_next_open_day() -> None:
    """With max_per_day already sent that local day, the next window day is used."""
    window = SendWindow(max_per_day=2)
    tuesday = [datetime(2026, 12, 1, 14, 35, tzinfo=UTC), datetime(2026, 12, 1, 15, tzinfo=UTC)]
    earliest = datetime(2026, 12, 1, 10, tzinfo=NY)
    assert send_time(earliest, window, NY, jitter=0.0, sent=tuesday[:1]) == earliest
    assert send_time(earliest, window, NY, jitter=0.0, sent=tuesday) == datetime(
        2026, 12, 2, 9, 30, tzinfo=NY
    )


def test_configured_days_and_hours() -> None:
    """Any weekdays and hours may be configured; an empty window is refused."""
    weekend = SendWindow(days=frozenset({5}), start=time(14), end=time(15),
                         max_offset=timedelta(0))  # fmt: skip
    assert send_time(datetime(2026, 12, 1, tzinfo=NY), weekend, NY, jitter=0.9) == datetime(
        2026, 12, 5, 14, tzinfo=NY
    )
    with pytest.raises(ValueError, match="no open hours"):
        send_time(datetime(2026, 12, 1, tzinfo=NY), SendWindow(days=frozenset()), NY, jitter=0)


def test_nothing_leaves_on_a_public_holiday() -> None:
    """Approved the evening before Thanksgiving, a Tue-Thu window waits for Tuesday."""
    holidays = frozenset({date(2026, 11, 26), date(2026, 12, 24), date(2026, 12, 31)})
    window = SendWindow(holidays=holidays)
    eve = datetime(2026, 11, 25, 20, tzinfo=NY)
    assert send_time(eve, window, NY, jitter=0.0) == datetime(2026, 12, 1, 9, 30, tzinfo=NY)
    assert not in_window(datetime(2026, 11, 26, 10, tzinfo=NY), window, NY)
    assert in_window(datetime(2026, 11, 26, 10, tzinfo=NY), DEFAULT, NY)
    # A Thursday-only window past two holiday Thursdays still opens.
    thursdays = SendWindow(days=frozenset({3}), holidays=holidays)
    christmas_eve = datetime(2026, 12, 23, 12, tzinfo=NY)
    assert send_time(christmas_eve, thursdays, NY, jitter=0.0) == datetime(
        2027, 1, 7, 9, 30, tzinfo=NY
    )


ACME = Interview(
    id=1,
    company="Acme Corp",
    role="Data Engineer",
    date=datetime(2026, 11, 18, 15, tzinfo=NY),
    contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
    agency=Agency("Talent Bridge", (Contact("Sam Cole", "sam@talentbridge.example"),)),
)


def entry(sender: str, at: datetime, kind: MessageKind = MessageKind.HUMAN,
          direction: Direction = Direction.INBOUND) -> TimelineEntry:  # fmt: skip
    """A timeline entry from ``sender``."""
    return TimelineEntry(at=at, direction=direction, kind=kind, sender=sender)


def test_only_contacts_agency_and_people_who_wrote_may_be_written_to() -> None:
    """A recipient must be a contact, an agency contact, or a person who wrote in the thread."""
    timeline = [
        entry("lee@acme.example", datetime(2026, 11, 19, tzinfo=UTC)),
        entry("noreply@acme.example", datetime(2026, 11, 19, tzinfo=UTC), MessageKind.AUTOMATED),
    ]
    assert allowed_recipients(ACME, timeline) == {
        "dana.ruiz@acme.example", "sam@talentbridge.example", "lee@acme.example",
    }  # fmt: skip


def test_wrote_since_sees_only_people_on_the_other_side() -> None:
    """Only a person's inbound message after approval stops a send."""
    approved = datetime(2026, 11, 30, 9, tzinfo=UTC)
    timeline = [
        entry("dana.ruiz@acme.example", approved - timedelta(hours=1)),
        entry("dana.ruiz@acme.example", approved + timedelta(hours=1), MessageKind.AUTO_REPLY),
        entry("jordan@example.com", approved + timedelta(hours=2), direction=Direction.OUTBOUND),
    ]
    assert person_wrote_since(timeline, approved) is None
    answer = entry("dana.ruiz@acme.example", approved + timedelta(hours=3))
    assert person_wrote_since([*timeline, answer], approved) == answer


def test_a_leaver_s_copied_colleague_may_be_written_to_and_the_leaver_not() -> None:
    """"Friday is my last day; Ines, copied here, picks up" (tester round t44hx)."""
    leaver = TimelineEntry(
        at=datetime(2026, 11, 11, tzinfo=UTC), direction=Direction.INBOUND,
        kind=MessageKind.HUMAN, sender="lee@acme.example",
        recipients=("jordan@example.com", "ines.ferraz@acme.example", "noreply@acme.example",
                    "friend@example.net"),
        bounced_recipients=("lee@acme.example",),
    )  # fmt: skip
    assert successors([leaver]) == ["ines.ferraz@acme.example"]
    assert "ines.ferraz@acme.example" in allowed_recipients(ACME, [leaver])
    assert bounced_addresses([[leaver]], ()) == {"lee@acme.example"}
    # a colleague's "Lee is no longer with us" (``core.named_leavers``): Lee is gone, and
    # the colleague who said so is the heir; the candidate's own word makes no heir of her
    other = TimelineEntry(at=leaver.at, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                          sender="dana.ruiz@acme.example", bounced_recipients=("lee@acme.example",))
    assert bounced_addresses([[other]], ()) == {"lee@acme.example"}
    assert successors([other]) == ["dana.ruiz@acme.example"]
    assert successors([other], of={"someone.else@acme.example"}) == []
    own = replace(other, direction=Direction.OUTBOUND, sender="jordan@example.com")
    assert successors([own]) == []


@pytest.mark.parametrize(
    ("address", "name"),
    [("ines.ferraz@acme.example", "Ines Ferraz"), ("ines_ferraz@acme.example", "Ines Ferraz"),
     ("iferraz@acme.example", ""), ("i.ferraz@acme.example", ""), ("a.b.c@acme.example", ""),
     ("hr2.team@acme.example", "")],
)  # fmt: skip
def test_a_copied_colleague_is_named_by_a_first_dot_last_address(address: str, name: str) -> None:
    """No name to greet is better than a wrong one."""
    assert spelled_name(address) == name
