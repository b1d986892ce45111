"""Exit codes as DESIGN.md says, for every command, and every error one plain line.

0 ok, 1 runtime failure, 2 usage error, 78 configuration error. One table drives every
command through each case it can meet; the lines themselves are checked below it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support.cli import maildir_config, one_plain_line, run_cli
from support.config import ACME_INTERVIEW


def test_a_usage_error_is_one_line_that_names_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`status --now garbage` exits 2 with one line naming --now and where to read more."""
    config = maildir_config(tmp_path, ACME_INTERVIEW)
    outcome = run_cli(capsys, "status", "--now", "garbage", "--config", config)
    assert outcome.code == 2
    line = one_plain_line(outcome.err)
    assert "--now" in line
    assert "'garbage' is not an ISO-8601 date or time" in line
    assert "silence-watch status --help" in line


def test_a_missing_argument_and_an_existing_file_are_one_line_each(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A missing draft id (exit 2) and `init` over a file (exit 1) each say so in one line."""
    config = maildir_config(tmp_path, ACME_INTERVIEW)
    missing = run_cli(capsys, "drafts", "show", "--config", config)
    assert missing.code == 2
    assert "Missing argument 'DRAFT_ID'" in one_plain_line(missing.err)
    again = run_cli(capsys, "init", "--config", config)
    assert again.code == 1
    assert one_plain_line(again.err).startswith("silence-watch: ")
    assert "already exists" in again.err


def test_fatal_lines_carry_an_error_priority_under_journald(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under systemd a config error has priority err, so `journalctl -p warning` shows it."""
    monkeypatch.setenv("JOURNAL_STREAM", "1:2")  # a buffer, not a file: the variable is trusted
    outcome = run_cli(capsys, "status", "--config", tmp_path / "missing.yaml")
    assert outcome.code == 78
    assert one_plain_line(outcome.err).startswith("<3>No configuration file at ")


def test_a_config_path_that_is_a_directory_is_a_config_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$SILENCE_WATCH_CONFIG naming a directory: exit 78 and one plain line, no errno."""
    monkeypatch.setenv("SILENCE_WATCH_CONFIG", str(tmp_path))
    outcome = run_cli(capsys, "status")
    assert outcome.code == 78
    assert one_plain_line(outcome.err) == (
        f"{tmp_path} is a directory; name the configuration file itself"
    )


def test_an_unreadable_config_says_why_in_plain_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A config the user may not read: exit 78, "cannot be read (Permission denied)"."""
    config = maildir_config(tmp_path, ACME_INTERVIEW)
    real_read = Path.read_text

    def refuse(self: Path, *args: Any, **kwargs: Any) -> str:  # root reads chmod 000 files
        if self == config:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    outcome = run_cli(capsys, "status", "--config", config)
    assert outcome.code == 78
    assert one_plain_line(outcome.err) == f"{config}: cannot be read (Permission denied)"


# --- one table: every command, each exit code it can give ---------------------------------

#: (arguments, which config, expected exit code). "good" is a Maildir config with one
#: interview; "missing" names no file; "none" passes no --config at all.
EXIT_CASES: list[tuple[tuple[str, ...], str, int]] = [
    # 0: it worked
    (("status",), "good", 0),
    (("status", "--json"), "good", 0),
    (("plan",), "good", 0),
    (("report",), "good", 0),
    (("digest", "--print"), "good", 0),
    (("run", "--once", "--dry-run"), "good", 0),
    (("interviews", "list"), "good", 0),
    (("interviews", "show", "1"), "good", 0),
    (("interviews", "proposals"), "good", 0),
    (("drafts", "list"), "good", 0),
    (("doctor",), "good", 0),
    (("config", "schema"), "none", 0),
    (("--version",), "none", 0),
    # 1: a runtime failure (the thing named does not exist, the file is there already)
    (("interviews", "show", "99"), "good", 1),
    (("interviews", "close", "99"), "good", 1),
    (("interviews", "stop", "99"), "good", 1),
    (("drafts", "show", "99"), "good", 1),
    (("drafts", "approve", "99"), "good", 1),
    (("drafts", "skip", "99"), "good", 1),
    (("drafts", "snooze", "99", "--for", "2d"), "good", 1),
    (("init",), "good", 1),
    (("classify", "/nonexistent/message.eml"), "good", 1),
    # 2: a usage error
    (("status", "--bogus"), "good", 2),
    (("plan", "--until", "someday"), "good", 2),
    (("drafts", "show"), "good", 2),
    (("drafts", "show", "one"), "good", 2),
    (("drafts", "snooze", "1"), "good", 2),
    (("interviews", "add", "--company", "Globex"), "good", 2),
    (("run", "--dry-run"), "good", 2),
    (("digest", "--send", "--now", "2026-11-20T09:00"), "good", 2),
    (("nonsense",), "none", 2),
    (("auth", "google", "--port", "80"), "good", 2),
    # 78: a configuration error, for every command that reads the file
    (("status",), "missing", 78),
    (("plan",), "missing", 78),
    (("report",), "missing", 78),
    (("digest",), "missing", 78),
    (("run", "--once"), "missing", 78),
    (("run",), "missing", 78),
    (("doctor",), "missing", 78),
    (("interviews", "list"), "missing", 78),
    (("interviews", "show", "1"), "missing", 78),
    (("interviews", "add", "--company", "X", "--date", "2026-11-18T15:00"), "missing", 78),
    (("interviews", "close", "1"), "missing", 78),
    (("drafts", "list"), "missing", 78),
    (("drafts", "approve", "1"), "missing", 78),
    (("drafts", "skip", "1"), "missing", 78),
    (("auth", "microsoft"), "missing", 78),
    (("auth", "google"), "good", 78),  # no oauth2: section to sign in for
    (("status",), "broken", 78),
    (("doctor",), "broken", 78),
    (("status",), "directory", 78),
]


@pytest.mark.parametrize(
    ("arguments", "config_kind", "expected"),
    EXIT_CASES,
    ids=[f"{' '.join(a)}-{k}-{e}" for a, k, e in EXIT_CASES],
)
def test_every_command_exits_as_design_md_says(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    arguments: tuple[str, ...],
    config_kind: str,
    expected: int,
) -> None:
    """Each command's exit code for ok, a runtime failure, a usage error and a config error."""
    good = maildir_config(tmp_path, ACME_INTERVIEW)
    config: Path | None = good
    if config_kind == "missing":
        config = tmp_path / "nowhere.yaml"
    elif config_kind == "broken":
        good.write_text(good.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    elif config_kind == "directory":
        config = tmp_path
    elif config_kind == "none":
        config = None
    extra: tuple[str | Path, ...] = () if config is None else ("--config", config)
    outcome = run_cli(capsys, *arguments, *extra)
    assert outcome.code == expected, (outcome.out, outcome.err)
    if expected in (1, 2, 78) and arguments[0] != "doctor":
        assert outcome.err.strip(), "a failure says why on stderr"
        assert "Traceback" not in outcome.err
    if expected == 78 and arguments[0] != "doctor":
        assert len(outcome.err.strip().splitlines()) == 1, outcome.err


def test_a_closed_pipe_ends_quietly_with_success() -> None:
    """`silence-watch demo | head -1`: the first line, then exit 0 and nothing on stderr."""
    import subprocess  # noqa: PLC0415 - only this test runs a pipeline
    import sys  # noqa: PLC0415 - only this test runs a pipeline

    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c",
         f"'{sys.executable}' -m silence_watch demo | head -1"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("silence-watch demo: a sample mailbox")
    assert done.stderr == ""
