"""Which of the candidate's messages reached someone: bounces and dead mailboxes (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from silence_watch.core.delivered import reached
from silence_watch.core.model import (
    Agency,
    Contact,
    Direction,
    Interview,
    MessageKind,
    TimelineEntry,
)

AT = datetime(2026, 11, 12, 7, 38, tzinfo=UTC)
INBOX = "bewerbung@stadtwerke.example"
AMY = "amy.chen@cobalt.example"
INTERVIEW = Interview(
    id=1, company="Stadtwerke", role="Data Engineer", date=AT - timedelta(days=8),
    contacts=(Contact("Jana", INBOX),), agency=Agency("Cobalt", (Contact("Amy Chen", AMY),)),
)  # fmt: skip


def sent(to: str, hours: float = 0) -> TimelineEntry:
    """The candidate's message to ``to``."""
    return TimelineEntry(at=AT + timedelta(hours=hours), direction=Direction.OUTBOUND,
                         kind=MessageKind.HUMAN, recipients=(to,))  # fmt: skip


def dead(address: str, kind: MessageKind, hours: float = 0.1) -> TimelineEntry:
    """A notice that ``address`` reads no mail: a bounce, or an auto-reply saying so."""
    return TimelineEntry(at=AT + timedelta(hours=hours), direction=Direction.INBOUND, kind=kind,
                         sender=address, bounced_recipients=(address,))  # fmt: skip


def test_a_mailbox_no_longer_read_is_reached_by_nobody_like_a_bounce() -> None:
    """Tester round t98ar: "Dieses Postfach wird nicht mehr betreut" answers her nudge."""
    for kind in (MessageKind.BOUNCE, MessageKind.AUTO_REPLY):
        assert reached([sent(INBOX), dead(INBOX, kind)], INTERVIEW) == []
    later = sent(INBOX, hours=24)  # it reached nobody; an earlier message still counts
    earlier = sent(INBOX, hours=-48)
    assert reached([earlier, later, dead(INBOX, MessageKind.AUTO_REPLY, 25)]) == [earlier]


def test_an_absence_or_an_agency_recruiters_departure_leaves_the_rung_taken() -> None:
    """An out-of-office names no address; an agency check-in is a courtesy (t10ag)."""
    away = TimelineEntry(at=AT + timedelta(hours=1), direction=Direction.INBOUND,
                         kind=MessageKind.AUTO_REPLY, sender=INBOX)  # fmt: skip
    assert reached([sent(INBOX), away], INTERVIEW) == [sent(INBOX)]
    gone = [sent(AMY), dead(AMY, MessageKind.AUTO_REPLY)]
    assert reached(gone, INTERVIEW) == [sent(AMY)]
    assert reached([sent(AMY), dead(AMY, MessageKind.BOUNCE)], INTERVIEW) == []
