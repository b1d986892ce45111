"""Several weeks on a real Dovecot: the whole ladder, day by day, with a frozen clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from support.cli import run_cli, state_at
from support.mailfactory import make_message
from test_e2e_dovecot import DANA, company_thread, write_config

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot

NY = ZoneInfo("America/New_York")


def live_through(
    capsys: pytest.CaptureFixture[str],
    config: Path,
    dovecot: DovecotServer,
    user: str,
    days: list[date],
) -> list[tuple[str, str]]:
    """Run one cycle each morning; the candidate sends every new draft at once.

    Sending is what the candidate's mail client does: the draft is approved and a copy
    lands in Sent, where the next cycle sees it. Returns (day, kind) of each draft.
    """
    seen: set[int] = set()
    drafted: list[tuple[str, str]] = []
    for day in days:
        morning = datetime(day.year, day.month, day.day, 10, 0, tzinfo=NY)
        with freeze_time(morning):
            ran = run_cli(capsys, "run", "--once", "--config", config)
            assert ran.code == 0, ran.err
            listed = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
        for draft in listed:
            if draft["id"] in seen or draft["status"] != "queued":
                continue
            seen.add(draft["id"])
            drafted.append((day.isoformat(), str(draft["kind"])))
            assert (
                run_cli(capsys, "drafts", "approve", str(draft["id"]), "--config", config).code == 0
            )
            sent = make_message(
                sender=f"Jordan Lee <{user}@example.com>",
                to=str(draft["to"]),
                subject=str(draft["subject"]),
                body=str(draft["body"]),
                date=morning + timedelta(minutes=5),
                in_reply_to=draft["in_reply_to"],
                references=draft["references"],
            )
            dovecot.append(user, sent, "Sent")
    return drafted


def days_between(first: date, last: date) -> list[date]:
    """Every calendar day from ``first`` to ``last``."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_nobody_answers_the_whole_ladder_then_ghosted(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """Follow-up, second follow-up a week later, closing note, then ghosted and nothing more."""
    config = write_config(tmp_path, dovecot, mail_user)
    company_thread(dovecot, mail_user)  # the invitation, and the thank-you already sent
    drafted = live_through(
        capsys, config, dovecot, mail_user, days_between(date(2026, 11, 19), date(2026, 12, 23))
    )
    assert drafted == [
        ("2026-11-26", "follow_up"),
        ("2026-12-03", "follow_up"),
        ("2026-12-10", "closing_note"),
    ]
    assert state_at(capsys, config, "2026-12-17T10:00") == "ghosted"
    assert state_at(capsys, config, "2026-12-16T10:00") == "followed_up"


def test_a_reply_in_the_middle_stops_the_ladder(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """After the first follow-up Dana answers: nothing more is drafted, the state is replied."""
    config = write_config(tmp_path, dovecot, mail_user)
    company_thread(dovecot, mail_user)
    first = live_through(
        capsys, config, dovecot, mail_user, days_between(date(2026, 11, 24), date(2026, 11, 27))
    )
    assert first == [("2026-11-26", "follow_up")]
    answer = make_message(
        sender=DANA,
        to=f"{mail_user}@example.com",
        subject="Re: Interview for the Data Engineer role",
        body="Hi Jordan, thanks for your patience. Could you send two references?",
        date=datetime(2026, 11, 30, 9, 0, tzinfo=NY),
    )
    dovecot.append(mail_user, answer, "INBOX")
    later = live_through(
        capsys, config, dovecot, mail_user, days_between(date(2026, 11, 30), date(2026, 12, 18))
    )
    assert later == []
    assert state_at(capsys, config, "2026-12-18T10:00") == "replied"


def test_stop_and_snooze_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """A snoozed interview drafts nothing before its date; a stopped one drafts nothing."""
    config = write_config(tmp_path, dovecot, mail_user)
    company_thread(dovecot, mail_user)
    run_cli(capsys, "status", "--config", config)  # brings the interview into the store
    snoozed = run_cli(capsys, "interviews", "snooze", "1", "--until", "2026-12-02",
                      "--config", config)  # fmt: skip
    assert snoozed.code == 0, snoozed.err
    drafted = live_through(
        capsys, config, dovecot, mail_user, days_between(date(2026, 11, 26), date(2026, 12, 2))
    )
    assert drafted == [("2026-12-02", "follow_up")]
    assert run_cli(capsys, "interviews", "stop", "1", "--config", config).code == 0
    after_stop = live_through(
        capsys, config, dovecot, mail_user, days_between(date(2026, 12, 3), date(2026, 12, 20))
    )
    assert after_stop == []
