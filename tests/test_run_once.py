"""`run --once` by hand: what it did, one line each; a dry run (and --now) keeps nothing."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from freezegun import freeze_time

from support.cli import maildir_config, run_cli, run_once_at, with_invitation
from support.config import ACME_INTERVIEW

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

NY = ZoneInfo("America/New_York")


def _state_digest(tmp_path: Path) -> str:
    """A fingerprint of every file of the state directory (names and bytes)."""
    digest = hashlib.sha256()
    for path in sorted((tmp_path / "state").glob("*")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_a_dry_run_prints_what_it_would_draft_and_keeps_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--dry-run: "Would draft" the follow-up with when it goes out; the state is untouched."""
    config = with_invitation(tmp_path)
    assert run_cli(capsys, "status", "--config", config).code == 0  # the state exists
    before = _state_digest(tmp_path)
    ran = run_cli(capsys, "run", "--once", "--dry-run", "--config", config)
    assert ran.code == 0, ran.err
    assert ran.out.startswith("Dry run: nothing was kept and nothing was sent.\n")
    assert "Read 1 new message (1 about your interviews)." in ran.out
    assert "Would draft a draft: the follow up to dana.ruiz@acme.example (Acme Corp)" in ran.out
    assert _state_digest(tmp_path) == before
    drafts = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    assert drafts == []


def test_now_is_a_preview_that_keeps_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`run --once --now` decides as of then, prints it, and writes no draft into the state."""
    config = with_invitation(tmp_path)
    ran = run_cli(capsys, "run", "--once", "--now", "2026-11-30T10:00", "--config", config)
    assert ran.code == 0, ran.err
    assert "Dry run" in ran.out
    assert "goes out Tue 1 Dec 09:" in ran.out
    assert run_cli(capsys, "drafts", "list", "--json", "--config", config).json() == []


def test_a_real_run_says_what_it_drafted_with_the_one_going_out_time(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The run's "goes out" minute is the one `drafts approve` then records."""
    config = with_invitation(tmp_path)
    ran = run_once_at(capsys, config, "2026-11-30T10:00")
    (draft,) = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    said = ran.out.split("; it goes out ", 1)[1].split(" once you approve it", 1)[0]
    with freeze_time(datetime(2026, 11, 30, 10, 5, tzinfo=NY)):
        approved = run_cli(capsys, "drafts", "approve", str(draft["id"]), "--config", config)
    assert approved.code == 0, approved.err
    assert f"approved: it goes out {said}." in approved.out


def test_dry_run_and_now_need_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`run --dry-run` without --once is a usage error (exit 2) that says to add --once."""
    config = maildir_config(tmp_path, ACME_INTERVIEW)
    for flag in (["--dry-run"], ["--now", "2026-11-30T10:00"]):
        outcome = run_cli(capsys, "run", *flag, "--config", config)
        assert outcome.code == 2
        assert "add --once" in outcome.err
