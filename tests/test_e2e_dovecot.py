"""End to end on a real Dovecot: config, mailbox, `run --once --now`, drafts as JSON."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from support.cli import Outcome, run_cli, run_once_at, state_at
from support.config import write_imap_config
from support.mailfactory import make_message, reply_to_message

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot

NY = ZoneInfo("America/New_York")
DANA = "Dana Ruiz <dana.ruiz@acme.example>"


def write_config(tmp_path: Path, dovecot: DovecotServer, user: str) -> Path:
    """A config reading ``user``'s mailbox on the test Dovecot over plain IMAP on loopback."""
    return write_imap_config(tmp_path, dovecot, user)


def company_thread(dovecot: DovecotServer, user: str) -> tuple[str, str]:
    """Dana invites the candidate; the candidate thanks her after the interview.

    Returns the Message-IDs of the invitation and of the thank-you.
    """
    me = f"Jordan Lee <{user}@example.com>"
    invite = make_message(
        sender=DANA,
        to=me,
        subject="Interview for the Data Engineer role",
        body="Hi Jordan,\n\nCould you meet the team on Wednesday at 3 pm?\n\nDana",
        date=datetime(2026, 11, 12, 10, 0, tzinfo=NY),
        message_id="invite-1@acme.example",
    )
    dovecot.append(user, invite, "INBOX")
    thanks = reply_to_message(
        invite,
        sender=me,
        body="Thank you for your time today, Dana.\n\nJordan",
        date=datetime(2026, 11, 18, 18, 0, tzinfo=NY),
    )
    dovecot.append(user, thanks, "Sent")
    return "invite-1@acme.example", _message_id(thanks)


def _message_id(raw: bytes) -> str:
    for line in raw.decode().splitlines():
        if line.lower().startswith("message-id:"):
            return line.split(":", 1)[1].strip().strip("<>")
    raise AssertionError("no Message-ID")


def follow_ups(capsys: pytest.CaptureFixture[str], config: Path) -> list[dict[str, object]]:
    """The follow-up drafts `drafts list --json` reports."""
    outcome = run_cli(capsys, "drafts", "list", "--json", "--config", config)
    assert outcome.code == 0, outcome.err
    return [d for d in outcome.json() if d["kind"] == "follow_up"]


def run_at(capsys: pytest.CaptureFixture[str], config: Path, now: str) -> Outcome:
    """A real `run --once` at NOW (frozen clock), which must succeed."""
    outcome = run_once_at(capsys, config, now)
    assert outcome.code == 0, outcome.err
    return outcome


def test_silence_past_the_window_queues_one_threaded_follow_up(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """No draft two business days after the interview; one threaded follow-up after eight."""
    config = write_config(tmp_path, dovecot, mail_user)
    invite_id, thanks_id = company_thread(dovecot, mail_user)

    first = run_at(capsys, config, "2026-11-20T12:00:00-05:00")
    assert "Read 2 new messages (2 about your interviews)." in first.out
    assert follow_ups(capsys, config) == []

    second = run_at(capsys, config, "2026-11-30T12:00:00-05:00")
    drafts = follow_ups(capsys, config)
    assert f"Drafted draft {drafts[0]['id']}: the follow up to dana.ruiz@acme.example" in second.out
    assert "once you approve it." in second.out
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft["to"] == "dana.ruiz@acme.example"
    assert draft["status"] == "queued"
    assert draft["subject"] == "Re: Interview for the Data Engineer role"
    assert draft["in_reply_to"] == thanks_id
    assert draft["references"] == [invite_id, thanks_id]
    assert "Data Engineer" in str(draft["body"])

    run_at(capsys, config, "2026-12-01T12:00:00-05:00")
    assert len(follow_ups(capsys, config)) == 1, "a second run must not draft the same rung again"

    status = run_cli(
        capsys, "status", "--json", "--now", "2026-11-30T12:00:00-05:00", "--config", config
    )
    (row,) = status.json()
    assert row["state"] == "overdue"
    assert row["next_action"] == "follow_up"
    assert row["expected_by"] == "2026-11-25"
    assert {"id", "company", "role", "state", "last_contact_at", "days_silent", "expected_by",
            "next_action", "next_action_at"} <= row.keys()  # fmt: skip


def test_a_reply_from_the_company_means_no_follow_up(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """With Dana's answer in the mailbox, nothing is drafted and the state is replied."""
    config = write_config(tmp_path, dovecot, mail_user)
    company_thread(dovecot, mail_user)
    answer = make_message(
        sender=DANA,
        to=f"{mail_user}@example.com",
        subject="Re: Interview for the Data Engineer role",
        body="Hi Jordan,\n\nCould you send us two references?\n\nDana",
        date=datetime(2026, 11, 23, 11, 0, tzinfo=NY),
    )
    dovecot.append(mail_user, answer, "INBOX")

    run_at(capsys, config, "2026-11-30T12:00:00-05:00")
    assert follow_ups(capsys, config) == []
    assert state_at(capsys, config, "2026-11-30T12:00:00-05:00") == "replied"


def test_a_dead_server_is_one_clear_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """An unreachable IMAP server is a one-line error with exit 1, not a traceback."""
    config = write_config(tmp_path, dovecot, mail_user)
    text = config.read_text(encoding="utf-8").replace(f"port: {dovecot.imap_port}", "port: 9")
    config.write_text(text, encoding="utf-8")
    outcome = run_cli(capsys, "run", "--once", "--config", config)
    assert outcome.code == 1
    assert outcome.err.startswith("silence-watch: cannot reach the IMAP server 127.0.0.1:9")
    assert len(outcome.err.strip().splitlines()) == 1
