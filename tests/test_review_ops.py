"""An operator's and a new user's review: bad input gives one plain line and the right exit code."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from silence_watch.store import Store
from support.cli import maildir_config, run_cli

if TYPE_CHECKING:
    from collections.abc import Callable

ACME = """  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
"""


def one_plain_line(text: str) -> str:
    """The single line of ``text``, checked for the marks of a leaked exception."""
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    assert "Errno" not in text
    return lines[0]


# --- the command line's own errors -------------------------------------------------------


def test_a_usage_error_is_one_line_that_names_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`status --now garbage` exits 2 with one line naming --now and where to read more."""
    config = maildir_config(tmp_path, ACME)
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
    config = maildir_config(tmp_path, ACME)
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


# --- the configuration file --------------------------------------------------------------


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
    config = maildir_config(tmp_path, ACME)
    real_read = Path.read_text

    def refuse(self: Path, *args: Any, **kwargs: Any) -> str:  # root reads chmod 000 files
        if self == config:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    outcome = run_cli(capsys, "status", "--config", config)
    assert outcome.code == 78
    assert one_plain_line(outcome.err) == f"{config}: cannot be read (Permission denied)"


def _strings_for_timestamps(loader: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """A loader that keeps dates as the strings an editor's schema check sees."""

    class Loader(loader):  # type: ignore[valid-type,misc]
        pass

    Loader.yaml_implicit_resolvers = {
        key: [r for r in rules if r[0] != "tag:yaml.org,2002:timestamp"]
        for key, rules in loader.yaml_implicit_resolvers.items()
    }
    return Loader


def schema_problems(  # noqa: C901, PLR0912 - one branch per keyword
    value: Any, schema: dict[str, Any], root: dict[str, Any], at: str = ""
) -> list[str]:
    """Check ``value`` against the JSON Schema keywords `config schema` uses (no jsonschema)."""
    if "$ref" in schema:
        name = schema["$ref"].rpartition("/")[2]
        return schema_problems(value, root["$defs"][name], root, at)
    if "anyOf" in schema:
        if any(not schema_problems(value, option, root, at) for option in schema["anyOf"]):
            return []
        return [f"{at}: matches no alternative"]
    problems: list[str] = []
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    kind = schema.get("type")
    if kind in ("integer", "number"):
        wanted: tuple[type, ...] = (int,) if kind == "integer" else (int, float)
        if not isinstance(value, wanted) or isinstance(value, bool):
            return [f"{at}: not a {kind}"]
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"{at}: below minimum")
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(f"{at}: above maximum")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            problems.append(f"{at}: not above exclusiveMinimum")
    elif kind is not None and not isinstance(value, kinds[kind]):
        return [f"{at}: not {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{at}: {value!r} not in {schema['enum']}")
    if isinstance(value, str) and len(value) < schema.get("minLength", 0):
        problems.append(f"{at}: too short")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            problems.append(f"{at}: too few items")
        for index, item in enumerate(value):
            problems += schema_problems(item, schema.get("items", {}), root, f"{at}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        problems += [f"{at}.{key}: required" for key in required if key not in value]
        for key, item in value.items():
            if key in properties:
                problems += schema_problems(item, properties[key], root, f"{at}.{key}")
            elif schema.get("additionalProperties") is False:
                problems.append(f"{at}.{key}: not allowed")
    return problems


def test_the_schema_accepts_the_example_config_and_refuses_a_typo(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The file `init` writes passes `config schema` (as an editor checks it); a typo does not."""
    outcome = run_cli(capsys, "config", "schema")
    assert outcome.code == 0
    schema = outcome.json()
    example = resources.files("silence_watch") / "data" / "silence-watch.example.yaml"
    loader = _strings_for_timestamps(yaml.SafeLoader)
    document = yaml.load(example.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe
    assert schema_problems(document, schema, schema) == []
    document["daemon"]["sync_intervall"] = 300
    assert schema_problems(document, schema, schema) == [".daemon.sync_intervall: not allowed"]


def test_help_names_every_interviews_command_and_the_schema_line_intact(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`interviews --help` names snooze/stop/resume; `config schema --help` shows the line whole."""
    group = run_cli(capsys, "interviews", "--help").out
    first = " ".join(group.split("Options:")[0].split())
    for word in ("snooze", "stop", "resume", "proposed"):
        assert word in first
    schema_help = run_cli(capsys, "config", "schema", "--help").out
    assert "# yaml-language-server: $schema=/path/to/silence-watch.schema.json" in schema_help
    assert "``" not in schema_help


# --- the state directory ------------------------------------------------------------------


def _with_state(tmp_path: Path, state: str) -> Path:
    config = maildir_config(tmp_path, ACME)
    text = config.read_text(encoding="utf-8").replace(str(tmp_path / "state"), state)
    config.write_text(text, encoding="utf-8")
    return config


def test_a_state_dir_that_is_a_file_is_named_plainly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """state_dir naming a file: exit 1, one line that says it is not a directory."""
    blocker = tmp_path / "state-file"
    blocker.write_text("not a directory\n", encoding="utf-8")
    config = _with_state(tmp_path, str(blocker))
    outcome = run_cli(capsys, "status", "--config", config)
    assert outcome.code == 1
    line = one_plain_line(outcome.err)
    assert f"{blocker} is not a directory" in line
    assert "set state_dir" in line
    doctor = run_cli(capsys, "doctor", "--config", config)
    assert doctor.code == 1
    assert f"✗ state directory: {blocker} is a file, not a directory" in doctor.out


def _corrupt_state(tmp_path: Path) -> Path:
    state = tmp_path / "state"
    state.mkdir()
    (state / "state.sqlite3").write_bytes(b"this is not a database at all, just some bytes\n" * 4)
    return state


def test_a_corrupt_state_database_is_reported_and_doctor_catches_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A garbage state.sqlite3: exit 1 with a way out; doctor fails its line and writes nothing."""
    state = _corrupt_state(tmp_path)
    config = maildir_config(tmp_path, ACME)
    outcome = run_cli(capsys, "status", "--config", config)
    assert outcome.code == 1
    assert "move it aside to start afresh" in one_plain_line(outcome.err)
    doctor = run_cli(capsys, "doctor", "--config", config)
    assert doctor.code == 1
    assert "✗ state directory:" in doctor.out
    assert "is not a usable state database" in doctor.out
    assert "1 check failed" in doctor.out
    assert sorted(p.name for p in state.iterdir()) == ["state.sqlite3"]


def test_doctor_opens_a_good_state_database_without_leaving_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Doctor reads a healthy database without a -wal/-shm of its own (it may run as root)."""
    config = maildir_config(tmp_path, ACME)
    Store.open(tmp_path / "state").close()
    doctor = run_cli(capsys, "doctor", "--config", config)
    assert doctor.code == 0, doctor.out
    assert "the state database opens" in doctor.out
    assert "is valid (1 interview)" in doctor.out
    assert sorted(p.name for p in (tmp_path / "state").iterdir()) == ["state.sqlite3"]


def test_the_daemon_refuses_to_start_on_a_corrupt_state_database(tmp_path: Path) -> None:
    """`run` on a garbage state database exits 1 at once instead of reporting ready and failing."""
    _corrupt_state(tmp_path)
    config = maildir_config(tmp_path, ACME)
    done = subprocess.run(
        [sys.executable, "-m", "silence_watch", "--config", str(config), "run"],
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )
    assert done.returncode == 1
    assert "is not a usable state database" in one_plain_line(done.stderr)


# --- doctor's hints -----------------------------------------------------------------------


def test_doctor_hints_at_the_password_command_that_failed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, unused_port: Callable[[], int]
) -> None:
    """A password_command that is set but fails gets a hint about that command, not "set one"."""
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Jordan Lee, email: jordan@example.com}\n"
        f"mailbox: {{host: 127.0.0.1, port: {unused_port()}, security: plain, username: jordan,"
        " password_command: /nonexistent/pass-tool show mail}\n"
        f"state_dir: {tmp_path / 'state'}\n",
        encoding="utf-8",
    )
    doctor = run_cli(capsys, "doctor", "--config", config)
    assert doctor.code == 1
    (line,) = [x for x in doctor.out.splitlines() if x.startswith("✗ mailbox credentials")]
    assert "/nonexistent/pass-tool was not found" in line
    assert line.endswith("try: run mailbox.password_command by hand: it must print the password")


@pytest.fixture
def unused_port() -> Callable[[], int]:
    """A loopback port nothing listens on (connecting is refused at once)."""

    def pick() -> int:
        import socket  # noqa: PLC0415 - only this fixture needs it

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])

    return pick


# --- the daemon's schedule ------------------------------------------------------------------


def test_every_daemon_job_is_scheduled_not_paused(tmp_path: Path) -> None:
    """After start each job (send and housekeeping too) has a next run; none waits paused."""
    from silence_watch.config import load_settings  # noqa: PLC0415 - only this test
    from silence_watch.runtime.daemon import Daemon  # noqa: PLC0415 - only this test
    from silence_watch.runtime.jobs import JOB_NAMES  # noqa: PLC0415 - only this test

    config = maildir_config(tmp_path, ACME)
    daemon = Daemon(config, load_settings(config))
    daemon.scheduler.start(paused=True)
    try:
        daemon._schedule(daemon.jobs.settings, first=True)
        waiting = {job.id: job.next_run_time for job in daemon.scheduler.get_jobs()}
    finally:
        daemon.scheduler.shutdown(wait=False)
    assert set(waiting) == set(JOB_NAMES)
    assert all(when is not None for when in waiting.values()), waiting


# --- docs/install.md against the units ------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def test_install_doc_matches_the_units_and_the_files_it_names() -> None:
    """install.md names unit files that exist, the unit's paths, and the config `init` wrote."""
    doc = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    system = (ROOT / "systemd" / "silence-watch.service").read_text(encoding="utf-8")
    for unit in re.findall(r"systemd/[\w.-]+\.service", doc):
        assert (ROOT / unit).is_file(), unit
    (bin_dir,) = set(re.findall(r"PIPX_BIN_DIR=(\S+)", doc))
    assert f"ExecStart={bin_dir}/silence-watch " in system
    loaded = re.findall(r"^LoadCredential=[\w-]+:(\S+)", system, re.MULTILINE)
    credentials = {Path(p).parent for p in loaded}
    assert credentials == {Path("/etc/silence-watch/credentials")}
    assert "CREDENTIALS_DIRECTORY=/etc/silence-watch/credentials" in doc
    # The system service gets the file written in step 2, without what it must not carry.
    assert "~/.config/silence-watch/config.yaml /etc/silence-watch/config.yaml" in doc
    assert "remove `state_dir`, `password_command` and\n`password_file`" in doc
