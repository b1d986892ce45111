"""One application's unsure hiring-system mail holds the others at that company (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from silence_watch.core.company_siblings import kin_of, shared_at_the_company
from silence_watch.core.model import (
    Direction,
    Intent,
    Interview,
    MessageKind,
    Process,
    TimelineEntry,
)

NY = ZoneInfo("America/New_York")
GAMEPLAY = Interview(id=1, company="Quillon Games", role="Gameplay Data Analyst",
                     date=datetime(2026, 11, 9, 12, tzinfo=NY), process_id=1)  # fmt: skip
MONETIZATION = replace(GAMEPLAY, id=2, role="Monetization Analyst", process_id=2)
ELSEWHERE = Interview(id=3, company="Brightwater", role="Analyst",
                      date=datetime(2026, 11, 10, 12, tzinfo=NY), process_id=3)  # fmt: skip
PROCESSES = [Process.of(GAMEPLAY), Process.of(MONETIZATION), Process.of(ELSEWHERE)]
EMPLOYERS = {1: "quillon games", 2: "quillon games", 3: "brightwater"}
THANKED = TimelineEntry(at=datetime(2026, 11, 9, 15, tzinfo=NY), direction=Direction.OUTBOUND,
                        kind=MessageKind.HUMAN, message_id="t1@example.com")  # fmt: skip
LEVER = TimelineEntry(
    at=datetime(2026, 11, 16, 20, tzinfo=NY), direction=Direction.INBOUND,
    kind=MessageKind.AUTOMATED, message_id="lv-1@hire.lever.example",
    subject="Your application to Quillon Games", intent=Intent.REJECTION, confidence=0.5,
    interview_id=2,
)  # fmt: skip


def ids(entries: list[TimelineEntry]) -> list[str | None]:
    """The Message-IDs of ``entries``, in order."""
    return [e.message_id for e in entries]


def test_an_unsure_no_naming_no_role_is_every_application_there() -> None:
    """Both Quillon processes hold Lever's unsure no; the other company's does not."""
    timelines = {1: [THANKED], 2: [LEVER], 3: []}
    shared = shared_at_the_company(PROCESSES, timelines, EMPLOYERS, [], 0.6)
    assert ids(shared[1]) == ["t1@example.com", "lv-1@hire.lever.example"]
    assert ids(shared[2]) == ["lv-1@hire.lever.example"]
    assert shared[3] == []


def test_a_sure_reading_a_named_role_or_a_withdrawal_keeps_it_to_its_process() -> None:
    """Corrected (sure), naming its role, or after the candidate withdrew: not shared."""
    for entry in (
        replace(LEVER, confidence=1.0),
        replace(LEVER, subject="Your application for Monetization Analyst"),
    ):
        shared = shared_at_the_company(PROCESSES, {1: [], 2: [entry], 3: []}, EMPLOYERS, [], 0.6)
        assert shared[1] == []
    withdrew = TimelineEntry(at=datetime(2026, 11, 15, tzinfo=NY),
                             direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                             withdrew=True, message_id="w@example.com")  # fmt: skip
    shared = shared_at_the_company(PROCESSES, {1: [], 2: [withdrew, LEVER], 3: []}, EMPLOYERS,
                                   [], 0.6)  # fmt: skip
    assert shared[1] == []


def test_a_message_not_about_one_application_is_the_only_other_ones() -> None:
    """`mark ID --not-about 2`: with one other Quillon process, it is that one's."""
    corrected = replace(LEVER, confidence=1.0)
    shared = shared_at_the_company(PROCESSES, {1: [THANKED], 2: [], 3: []}, EMPLOYERS,
                                   [(2, corrected)], 0.6)  # fmt: skip
    assert ids(shared[1]) == ["t1@example.com", "lv-1@hire.lever.example"]
    assert shared[2] == []
    third = Process.of(replace(GAMEPLAY, id=4, role="QA Lead", process_id=4))
    employers = {**EMPLOYERS, 4: "quillon games"}
    several = shared_at_the_company([*PROCESSES, third], {1: [], 2: [], 3: [], 4: []},
                                    employers, [(2, corrected)], 0.6)  # fmt: skip
    assert several[1] == []
    assert several[4] == []


def test_namesakes_and_agency_clients_are_kin_and_hold_each_others_unsure_no() -> None:
    """"Acme" is Acme Corp's or Acme Labs' (tester round t89sz); "The", "Groupe" name none."""
    labs = Process.of(replace(ELSEWHERE, id=5, company="Acme Labs", process_id=5))
    corp = Process.of(replace(ELSEWHERE, id=6, company="The Acme Corp", process_id=6))
    assert kin_of(labs) & kin_of(corp) == {"first:acme"}
    assert not kin_of(Process.of(replace(ELSEWHERE, company="AB Foods")))
    assert kin_of(Process.of(replace(ELSEWHERE, company="Groupe Ardenval"))) == {
        "first:ardenval"
    }
    no = replace(LEVER, subject="An update on your application", interview_id=5)
    kin = {5: kin_of(labs), 6: kin_of(corp)}
    shared = shared_at_the_company([labs, corp], {5: [no], 6: []},
                                   {5: "acme labs", 6: "acme corp"}, [], 0.6, kin)  # fmt: skip
    assert ids(shared[6]) == ["lv-1@hire.lever.example"]
    unrelated = shared_at_the_company([labs, corp], {5: [no], 6: []},
                                      {5: "acme labs", 6: "acme corp"}, [], 0.6)  # fmt: skip
    assert unrelated[6] == []
