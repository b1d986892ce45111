"""The daemon's parts in-process: job functions with a fixed clock, the digest trigger, the lock.

The scheduler's threads do not follow freezegun, so where time matters the job functions
are called directly with a ``FixedClock`` (the daemon's supported test mode).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.config import load_settings
from silence_watch.config.templates import load_templates
from silence_watch.core.errors import MailboxError
from silence_watch.runtime.clock import FixedClock
from silence_watch.runtime.daemon import Daemon
from silence_watch.runtime.instance import AlreadyRunningError, InstanceLock
from silence_watch.runtime.jobs import Jobs, Setup, digest_trigger, status_line
from silence_watch.runtime.notify import Notifier
from support.cli import maildir_config

if TYPE_CHECKING:
    from pathlib import Path

NY = ZoneInfo("America/New_York")
INTERVIEW = """  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
"""


def _jobs(tmp_path: Path, moment: datetime, extra: str = "") -> Jobs:
    settings = load_settings(maildir_config(tmp_path, INTERVIEW, extra))
    return Jobs(Setup(settings, load_templates(None)), clock=FixedClock(moment))


def test_evaluate_drafts_once_and_counts_for_the_status_line(tmp_path: Path) -> None:
    """Evaluating three weeks of silence queues drafts once; a second run adds none."""
    jobs = _jobs(tmp_path, datetime(2026, 12, 9, 12, 0, tzinfo=NY))
    jobs.sync()
    assert jobs.synced.is_set()
    drafted = jobs.evaluate()
    assert drafted >= 1
    assert jobs.evaluate() == 0
    assert jobs.status() == status_line(1, jobs.awaiting)
    assert jobs.awaiting >= 1


def test_sync_asks_for_an_evaluation_after_the_first_sync_and_after_news(tmp_path: Path) -> None:
    """The first sync, and any sync that indexed mail, asks for an evaluation; a quiet one not."""
    asked: list[int] = []
    settings = load_settings(maildir_config(tmp_path, INTERVIEW))
    jobs = Jobs(
        Setup(settings, load_templates(None)),
        clock=FixedClock(datetime(2026, 11, 20, tzinfo=UTC)),
        on_change=lambda: asked.append(1),
    )
    jobs.sync()
    jobs.sync()
    assert len(asked) == 1
    (tmp_path / "Maildir" / "new" / "1.m.localhost").write_bytes(
        b"From: Dana Ruiz <dana.ruiz@acme.example>\r\nTo: jordan@example.com\r\n"
        b"Subject: Next steps\r\nMessage-ID: <n1@acme.example>\r\n"
        b"Date: Fri, 20 Nov 2026 10:00:00 -0500\r\n\r\nHello\r\n",
    )
    assert jobs.sync() == 1
    assert len(asked) == 2


def test_an_outage_is_reported_once_and_its_end_once(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Three failed syncs log one warning; the first good one logs the recovery."""
    jobs = _jobs(tmp_path, datetime(2026, 11, 20, tzinfo=UTC))
    maildir = tmp_path / "Maildir"
    hidden = tmp_path / "elsewhere"
    maildir.rename(hidden)
    with caplog.at_level(logging.WARNING, logger="silence_watch.runtime.jobs"):
        for _ in range(3):
            assert jobs.sync() == 0
        assert jobs.outage_since is not None
        assert "mailbox unreachable since" in jobs.status()
        hidden.rename(maildir)
        jobs.sync()
    messages = [r.getMessage() for r in caplog.records]
    assert sum("unreachable" in m for m in messages) == 1
    assert sum("reachable again" in m for m in messages) == 1
    assert jobs.outage_since is None


def test_status_line_reads_like_a_sentence() -> None:
    """The STATUS= line counts interviews and drafts in plain words."""
    assert status_line(4, 1) == "watching 4 interviews · 1 draft awaiting approval"
    assert status_line(1, 0) == "watching 1 interview · no drafts awaiting approval"
    since = datetime(2026, 3, 2, 15, 4, tzinfo=UTC)
    assert status_line(2, 3, outage_since=since, zone=NY).endswith(
        "mailbox unreachable since 10:04"
    )


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # Spring forward (2026-03-08): 08:00 local on both sides of the change.
        (datetime(2026, 3, 6, 9, 0, tzinfo=NY), ["2026-03-07 13:00", "2026-03-08 12:00"]),
        # Fall back (2026-11-01): still 08:00 local, one digest a day.
        (datetime(2026, 10, 31, 9, 0, tzinfo=NY), ["2026-11-01 13:00", "2026-11-02 13:00"]),
    ],
)
def test_the_digest_follows_the_wall_clock_across_dst(
    tmp_path: Path,
    after: datetime,
    expected: list[str],
) -> None:
    """The digest fires at digest.at in the candidate's zone, whatever the UTC offset."""
    settings = load_settings(maildir_config(tmp_path, extra='digest: {at: "08:00"}\n'))
    trigger = digest_trigger(settings)
    fired, previous, now = [], None, after
    for _ in expected:
        previous = trigger.get_next_fire_time(previous, now)
        assert previous is not None
        now = previous
        fired.append(previous.astimezone(UTC).strftime("%Y-%m-%d %H:%M"))
    assert fired == expected


def test_an_ambiguous_digest_time_sends_once(tmp_path: Path) -> None:
    """01:30 happens twice on the night clocks go back; the digest goes out once."""
    extra = 'digest: {at: "01:30"}\n'
    jobs = _jobs(tmp_path, datetime(2026, 10, 31, 12, 0, tzinfo=NY), extra)
    trigger = digest_trigger(jobs.settings)
    first = trigger.get_next_fire_time(None, datetime(2026, 10, 31, 12, 0, tzinfo=NY))
    assert first is not None
    second = trigger.get_next_fire_time(first, first)
    assert second is not None
    sent = []
    for fired in (first, second):
        jobs.clock = FixedClock(fired)
        sent.append(jobs.digest())
    if second - first < timedelta(hours=20):  # the scheduler fired in both 01:30s
        assert sent == [True, False]
    else:
        assert sent == [True, True]


def test_the_state_directory_admits_one_daemon(tmp_path: Path) -> None:
    """A second lock on the same state directory is refused, naming the holder's pid."""
    lock = InstanceLock.acquire(tmp_path)
    try:
        with pytest.raises(AlreadyRunningError, match=r"already running .*\(pid \d+\)"):
            InstanceLock.acquire(tmp_path)
    finally:
        lock.release()
    InstanceLock.acquire(tmp_path).release()


def test_a_failing_job_is_logged_and_retried_not_raised(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A job that raises is logged once, scheduled again, and never reaches the scheduler."""
    config = maildir_config(tmp_path)
    daemon = Daemon(config, load_settings(config), notifier=Notifier(None))

    def broken() -> None:
        raise MailboxError("the server refused to list folders")

    daemon._work_of["send"] = broken
    with caplog.at_level(logging.INFO, logger="silence_watch.runtime.daemon"):
        daemon._run("send")
        daemon._run("send")
    retry = daemon.scheduler.get_job("send-retry")
    assert retry is not None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "retrying in 60 s" in warnings[0].getMessage()
    assert any("failed again" in r.getMessage() for r in caplog.records)
    assert daemon._failures["send"] == 2


def test_a_bug_in_a_job_is_caught_too(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Even an unexpected exception is logged as an error and retried."""
    config = maildir_config(tmp_path)
    daemon = Daemon(config, load_settings(config), notifier=Notifier(None))

    def buggy() -> None:
        raise KeyError("oops")

    daemon._work_of["housekeeping"] = buggy
    with caplog.at_level(logging.ERROR, logger="silence_watch.runtime.daemon"):
        daemon._run("housekeeping")
    assert "failed unexpectedly" in caplog.records[0].getMessage()
    assert daemon.scheduler.get_job("housekeeping-retry") is not None
