"""Run the command line in-process, through the same ``main`` as the console script."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from silence_watch.cli import main
from silence_watch.config import load_settings

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class Outcome:
    """What a command printed and how it exited."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        """Stdout parsed as the single JSON document it must be."""
        return json.loads(self.out)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Outcome:
    """Run ``silence-watch ARGS`` and capture its exit code and output."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main([str(arg) for arg in args])
    captured = capsys.readouterr()
    code = exited.value.code
    return Outcome(code if isinstance(code, int) else 1, captured.out, captured.err)


def maildir_config(tmp_path: Path, interviews: str = "", extra: str = "") -> Path:
    """Write a config that reads a local Maildir under ``tmp_path``; return its path."""
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    path = tmp_path / "config.yaml"
    path.write_text(
        "me: {name: Jordan Lee, email: jordan@example.com, timezone: America/New_York}\n"
        f"mailbox: {{kind: maildir, path: {maildir}}}\n"
        f"state_dir: {tmp_path / 'state'}\n"
        f"{extra}"
        f"interviews:\n{interviews or '  []'}\n",
        encoding="utf-8",
    )
    return path


def state_at(capsys: pytest.CaptureFixture[str], config: Path, now: str, index: int = 0) -> str:
    """The state `status --json --now NOW` reports for the interview at ``index``."""
    outcome = run_cli(capsys, "status", "--json", "--now", now, "--config", config)
    assert outcome.code == 0, outcome.err
    return str(outcome.json()[index]["state"])


def run_once_at(capsys: pytest.CaptureFixture[str], config: Path, now: str) -> Outcome:
    """A real `run --once` as if it were ``now`` (naive: in me.timezone): it keeps what it decides.

    ``run --once --now`` is a dry run that keeps nothing, so tests that move the state on
    freeze the clock instead (ticking, so that network timeouts still pass).
    """
    moment = datetime.fromisoformat(now)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=load_settings(config).zone)
    with freeze_time(moment, tick=True):
        return run_cli(capsys, "run", "--once", "--config", config)


def one_plain_line(text: str) -> str:
    """The single line of ``text``, checked for the marks of a leaked exception."""
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    assert "Errno" not in text
    return lines[0]


def corrupt_state(tmp_path: Path) -> Path:
    """A state directory under ``tmp_path`` whose database file is garbage."""
    state = tmp_path / "state"
    state.mkdir()
    (state / "state.sqlite3").write_bytes(b"this is not a database at all, just some bytes\n" * 4)
    return state


def with_invitation(tmp_path: Path) -> Path:
    """A Maildir config with the Acme interview and Dana's invitation in the inbox.

    A follow-up is due by Monday 30 November 2026 if nobody answers.
    """
    from support.config import ACME_INTERVIEW  # noqa: PLC0415 - keeps this module's imports light
    from support.mailfactory import make_message  # noqa: PLC0415 - the same

    config = maildir_config(tmp_path, ACME_INTERVIEW)
    raw = make_message(
        sender="Dana Ruiz <dana.ruiz@acme.example>",
        to="jordan@example.com",
        subject="Your interview",
        body="See you Wednesday.",
        date=datetime(2026, 11, 12, 9, tzinfo=ZoneInfo("America/New_York")),
        message_id="invite@acme.example",
    )
    (tmp_path / "Maildir" / "cur" / "1.invite:2,S").write_bytes(raw)
    return config
