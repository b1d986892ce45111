"""What the digest says from the state: an unknown send told once, numbers for news after."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from silence_watch.config import load_settings
from silence_watch.config.templates import load_templates
from silence_watch.core.digest import DraftLine, first_news_number
from silence_watch.core.model import DraftStatus, EventKind
from silence_watch.delivery.digests import DigestContent
from silence_watch.engine.service import Service
from silence_watch.store import Store
from support.cli import maildir_config
from test_lifecycle import PATHS, change_for, queued_draft

if TYPE_CHECKING:
    from pathlib import Path

NOW = datetime(2026, 12, 1, 14, tzinfo=UTC)
ACME = (
    "  - {company: Acme Corp, role: Data Engineer, date: '2026-11-18T15:00:00-05:00',\n"
    "     contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]}\n"
)


def test_a_send_whose_fate_is_unknown_is_told_once_with_what_to_check(tmp_path: Path) -> None:
    """One plain sentence names the company and address, says to look in Sent, and no more."""
    settings = load_settings(maildir_config(tmp_path, ACME))
    store = Store.open(tmp_path / "state")
    try:
        service = Service(settings, store, load_templates(None))
        service.sync_interviews(NOW)
        draft_id = queued_draft(store)
        for event in PATHS["unknown"]:
            store.apply(draft_id, event, now=NOW, change=change_for(event))
        assert store.draft(draft_id).status is DraftStatus.UNKNOWN
        store.add_event(
            EventKind.SEND_UNKNOWN,
            f"draft {draft_id} to dana.ruiz@acme.example may or may not have gone out",
            at=NOW, interview_id=store.draft(draft_id).interview_id, dedupe="u1",
        )  # fmt: skip
        text = DigestContent(service).text(NOW)
    finally:
        store.close()
    attention = text.split("NEEDS YOUR ATTENTION\n", 1)[1].split("\n\n", 1)[0]
    assert " ".join(attention.split()) == (
        "We cannot tell whether your follow-up to Acme Corp (dana.ruiz@acme.example) went out:"
        " sending was interrupted. Look for it in your Sent folder; if it is not there, send it"
        f" yourself. It will not be sent again by itself (details: silence-watch drafts show"
        f" {draft_id})."
    )
    assert "may or may not" not in text


def test_news_items_are_numbered_after_the_drafts() -> None:
    """The first correctable news item takes the number after the last draft (1 without any)."""
    drafts = [DraftLine(n, n, "Acme", "follow_up", "a@acme.example", "s", "b\n", None)
              for n in (1, 2, 3)]  # fmt: skip
    assert first_news_number(drafts) == 4
    assert first_news_number([]) == 1
