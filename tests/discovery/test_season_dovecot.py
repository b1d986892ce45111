"""The season through a real IMAP server: init --scan finds its interviews as the core does."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from discovery.season import expected, from_json, score, season_files
from support.cli import run_cli

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot


def _config(tmp_path: Path, dovecot: DovecotServer, user: str) -> Path:
    """A config for Jordan (whose season it is) reading ``user``'s mailbox over IMAP."""
    password = tmp_path / "imap-password"
    password.write_text(dovecot.password, encoding="utf-8")
    path = tmp_path / "config.yaml"
    path.write_text(
        "me: {name: Jordan Lee, email: jordan@example.com, timezone: America/New_York, "
        "country: US}\n"
        f"mailbox: {{kind: imap, host: 127.0.0.1, port: {dovecot.imap_port}, security: plain,"
        f" username: {user}, password_file: {password}}}\n"
        f"state_dir: {tmp_path / 'state'}\n",
        encoding="utf-8",
    )
    return path


def test_init_scan_over_imap_finds_the_seasons_interviews(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dovecot: DovecotServer, mail_user: str
) -> None:
    """INBOX and Sent on Dovecot, init --scan: the issue's recall and precision; no draft after."""
    for folder, sent in (("INBOX", False), ("Sent", True)):
        raws = [path.read_bytes() for path, is_sent in season_files() if is_sent is sent]
        dovecot.multi_append(mail_user, raws, folder)
    config = _config(tmp_path, dovecot, mail_user)
    data, rounds = expected()
    with freeze_time(data["scan_at"], tick=True):
        scanned = run_cli(capsys, "init", "--scan", "--json", "--config", config)
        assert scanned.code == 0, scanned.err
        again = run_cli(capsys, "interviews", "proposals", "--json", "--config", config)
        ran = run_cli(capsys, "run", "--once", "--config", config)
    assert ran.code == 0, ran.err
    result = score([from_json(item) for item in scanned.json()], rounds,
                   ZoneInfo(data["me"]["timezone"]))
    assert result.recall >= 0.95, result.missed
    assert result.precision >= 0.9, result.false
    assert again.json() == scanned.json()
    assert run_cli(capsys, "drafts", "list", "--all", "--json", "--config", config).json() == []
