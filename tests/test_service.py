"""The service's decisions over a real state database (no mailbox needed)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from silence_watch.config import parse_settings
from silence_watch.config.templates import load_templates
from silence_watch.engine.service import Service
from silence_watch.store import Store

if TYPE_CHECKING:
    from pathlib import Path

NY = ZoneInfo("America/New_York")
CONFIG = """
me: {name: Jordan Lee, email: jordan@example.com, timezone: America/New_York}
mailbox: {kind: maildir, path: /nonexistent}
interviews:
  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts:
      - {name: Dana Ruiz, email: dana.ruiz@acme.example}
      - {name: Lee Park, email: lee.park@acme.example}
"""


def service_in(tmp_path: Path) -> Service:
    """A service over a fresh database in ``tmp_path``."""
    return Service(parse_settings(CONFIG), Store.open(tmp_path), load_templates(None))


def test_a_bounced_contact_is_never_the_recipient(tmp_path: Path) -> None:
    """After Dana's address bounced, the follow-up goes to the other contact."""
    service = service_in(tmp_path)
    now = datetime(2026, 11, 30, 10, tzinfo=NY)
    service.sync_interviews(now)
    service.store.mark_bounced("dana.ruiz@acme.example", now=now, detail="550 no such user")
    report = service.decide(now)
    (draft_id,) = report.drafted
    draft = service.store.draft(draft_id)
    assert (draft.kind, draft.to_addr) == ("follow_up", "lee.park@acme.example")


def test_no_address_left_is_reported_not_guessed(tmp_path: Path) -> None:
    """With every contact bounced, nothing is drafted and the reason is recorded once."""
    service = service_in(tmp_path)
    now = datetime(2026, 11, 30, 10, tzinfo=NY)
    service.sync_interviews(now)
    for email in ("dana.ruiz@acme.example", "lee.park@acme.example"):
        service.store.mark_bounced(email, now=now, detail="550 no such user")
    assert service.decide(now).drafted == []
    service.decide(now)
    events = [e for e in service.store.events() if e[1] == "no_recipient"]
    assert len(events) == 1
    assert "add a contact" in events[0][2]


def test_the_record_under_now_ignores_later_mail(tmp_path: Path) -> None:
    """`report --now` counts only answers that had arrived by then."""
    from silence_watch.core.classify import classify_message  # noqa: PLC0415 - one test
    from silence_watch.core.match import Match  # noqa: PLC0415 - one test
    from silence_watch.core.model import Direction  # noqa: PLC0415 - one test
    from silence_watch.core.parse import parse_headers  # noqa: PLC0415 - one test

    service = service_in(tmp_path)
    service.sync_interviews(datetime(2026, 11, 19, tzinfo=NY))
    raw = (
        b"From: Dana Ruiz <dana.ruiz@acme.example>\r\nTo: jordan@example.com\r\n"
        b"Subject: Next round\r\nDate: Wed, 25 Nov 2026 10:00:00 -0500\r\n"
        b"Message-ID: <answer@acme.example>\r\n\r\n"
    )
    message = parse_headers(raw)
    pk, _ = service.store.add_message(
        message, raw, source="md", folder="INBOX", key="1",
        direction=Direction.INBOUND, now=datetime(2026, 11, 25, 11, tzinfo=NY),
    )  # fmt: skip
    service.store.save_classification(pk, classify_message(message), body_read=False)
    service.store.save_match(pk, Match(1, 0.95, "a contact"))
    (before,) = service.records(datetime(2026, 11, 24, tzinfo=NY))
    (after,) = service.records(datetime(2026, 11, 26, tzinfo=NY))
    assert (before.answered, after.answered) == (0, 1)
