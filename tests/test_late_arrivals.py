"""Mail that arrived after a draft was approved counts, whatever its Date (tester round u39dup).

A reply typed in a train sits in the phone's outbox: its Date is the morning, it arrives
in the evening, after the candidate approved the follow-up it makes moot.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from silence_watch.core.arrivals import came_after
from silence_watch.core.lifecycle import person_wrote_since, refusal
from silence_watch.core.model import (
    Contact,
    Direction,
    Draft,
    DraftStatus,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)

MADE = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
APPROVED = datetime(2026, 12, 2, 11, 30, tzinfo=UTC)
MARTA = "marta.ibanez@sorolla.example"
ROUND = Interview(id=1, company="Sorolla Foods", role="Analista de compras",
                  date=datetime(2026, 11, 20, 9, tzinfo=UTC),
                  contacts=(Contact("Marta Ibáñez", MARTA),))  # fmt: skip
DRAFT = Draft(
    id=3, interview_id=1, kind="follow_up", slot="p1#1:follow_up", to_addr=MARTA,
    to_name="Marta Ibáñez", subject="Re: Entrevista", body="Hola, Marta:\n",
    in_reply_to="thanks@example.com", references=("thanks@example.com",),
    status=DraftStatus.APPROVED, due_at=MADE, snoozed_until=None, created_at=MADE,
    updated_at=APPROVED,
)  # fmt: skip


def hers_from(
    written: datetime, arrived: datetime | None, intent: Intent | None = Intent.ACKNOWLEDGEMENT
) -> TimelineEntry:
    """Marta's mail written at ``written`` that was indexed at ``arrived``."""
    return TimelineEntry(at=written, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                         sender=MARTA, subject="Re: Entrevista", intent=intent,
                         seen_at=arrived)  # fmt: skip


def last_look(timeline: list[TimelineEntry], draft: Draft = DRAFT) -> str | None:
    """Why the approved follow-up must not go, with ``timeline``, or None."""
    return refusal(draft, ROUND, timeline, approved_at=APPROVED, allowed={MARTA},
                   bounced=frozenset())  # fmt: skip


ROWS = [
    ("written before, arrived after", hers_from(APPROVED - timedelta(hours=4),
                                                APPROVED + timedelta(hours=7)), True),
    ("written and arrived after", hers_from(APPROVED + timedelta(hours=1),
                                            APPROVED + timedelta(hours=1)), True),
    ("written and arrived before", hers_from(APPROVED - timedelta(hours=4),
                                             APPROVED - timedelta(hours=3)), False),
    ("arrived before, clock ahead", hers_from(APPROVED + timedelta(hours=2),
                                              APPROVED - timedelta(hours=1)), True),
    ("no index time (an old state)", hers_from(APPROVED - timedelta(hours=4), None), False),
    ("a kind word that arrived late", hers_from(APPROVED - timedelta(hours=4),
                                                APPROVED + timedelta(hours=7),
                                                Intent.PLEASANTRY), False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("entry", "held"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_a_reply_that_arrived_after_the_approval_holds_the_follow_up(
    entry: TimelineEntry, held: bool
) -> None:
    """Her Date or her arrival after the approval: the follow-up is not sent, and says why."""
    found = last_look([entry])
    assert (found is not None and "wrote after you approved it" in found) is held


def test_her_own_nudge_that_left_her_outbox_after_the_draft_was_made_is_the_same_step() -> None:
    """She wrote to Marta on the tram before the draft existed; it went out after: not twice."""
    own = TimelineEntry(at=MADE - timedelta(minutes=20), direction=Direction.OUTBOUND,
                        kind=MessageKind.HUMAN, recipients=(MARTA,), subject="¿Novedades?",
                        seen_at=MADE + timedelta(hours=2))  # fmt: skip
    found = last_look([own])
    assert found is not None
    assert "you already wrote to them yourself" in found
    sent_long_ago = replace(own, seen_at=MADE - timedelta(minutes=15))
    assert last_look([sent_long_ago]) is None


def test_drafts_mode_warns_of_a_reply_that_arrived_after_the_draft_was_saved() -> None:
    """The warning of drafts mode asks the same two clocks; an auto-reply is no person."""
    saved = APPROVED
    late = hers_from(saved - timedelta(hours=5), saved + timedelta(hours=1))
    assert person_wrote_since([late], saved) == late
    away = replace(late, kind=MessageKind.AUTO_REPLY)
    assert person_wrote_since([away], saved) is None
    assert person_wrote_since([replace(late, seen_at=saved)], saved) is None


def test_came_after_asks_both_clocks_and_equal_is_not_after() -> None:
    """Written or indexed strictly after the moment; at the very moment is not after it."""
    moment = datetime(2026, 12, 2, 11, 30, tzinfo=UTC)
    assert came_after(hers_from(moment, moment + timedelta(seconds=1)), moment)
    assert not came_after(hers_from(moment, moment), moment)
