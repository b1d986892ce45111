"""Configuration: one line per problem with its YAML path, env overrides, secrets."""

from __future__ import annotations

import stat
from typing import TYPE_CHECKING

import pytest

from silence_watch.config import (
    default_config_path,
    default_state_dir,
    load_settings,
    parse_settings,
)
from silence_watch.config.credentials import resolve_password
from silence_watch.config.loading import overridden_by_environment
from silence_watch.core.errors import ConfigError
from support.cli import maildir_config, run_cli

if TYPE_CHECKING:
    from pathlib import Path

GOOD = """
me: {name: Jordan Lee, email: jordan@example.com, timezone: America/New_York}
mailbox: {kind: imap, host: imap.example.com, username: jordan@example.com}
smtp: {host: smtp.example.com}
interviews:
  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
"""


def problems_of(text: str) -> list[str]:
    """The problem lines a YAML text produces."""
    with pytest.raises(ConfigError) as caught:
        parse_settings(text)
    return caught.value.problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            GOOD.replace("2026-11-18T15:00:00-05:00", "next tuesday"),
            "interviews[0].date: invalid datetime",
            id="bad-date",
        ),
        pytest.param(GOOD + "colour: blue\n", "colour: unknown key", id="unknown-top-key"),
        pytest.param(
            GOOD.replace("username:", "usernme:"),
            "mailbox.usernme: unknown key",
            id="typo-nested",
        ),
        pytest.param(
            GOOD.replace("America/New_York", "Mars/Olympus"),
            "me.timezone: unknown time zone 'Mars/Olympus' (use a name like Europe/Berlin)",
            id="bad-zone",
        ),
        pytest.param(
            GOOD.replace(
                "kind: imap, host: imap.example.com",
                "kind: imap, security: plain, host: imap.example.com",
            ),
            "mailbox.security: plain is only allowed to a loopback host; use tls or starttls",
            id="plain-remote",
        ),
        pytest.param(
            GOOD.replace("email: dana.ruiz@acme.example", "email: dana"),
            "interviews[0].contacts[0].email: 'dana' is not an email address",
            id="bad-contact",
        ),
        pytest.param(GOOD.replace("me:", "you:"), "me: required", id="missing-section"),
        pytest.param(
            GOOD + "sending: {mode: yolo}\n",
            "sending.mode: must be one of 'draft', 'approve' or 'auto'",
            id="bad-mode",
        ),
        pytest.param(
            GOOD + "mailbox2: [\n",
            "config: line 11, column 1: not valid YAML (expected the node content, "
            "but found '<stream end>')",
            id="yaml-syntax",
        ),
    ],
)
def test_each_problem_is_one_line_naming_its_yaml_path(text: str, expected: str) -> None:
    """A bad key is reported as one line that names where it is."""
    assert expected in problems_of(text)


def test_every_problem_is_reported_at_once() -> None:
    """Several mistakes give several lines, so the user fixes them in one go."""
    text = GOOD.replace("2026-11-18T15:00:00-05:00", "soon") + "colour: blue\n"
    assert sorted(problems_of(text)) == [
        "colour: unknown key",
        "interviews[0].date: invalid datetime",
    ]


def test_a_date_without_offset_is_in_my_zone() -> None:
    """An interview written without an offset happens in me.timezone."""
    settings = parse_settings(GOOD.replace("2026-11-18T15:00:00-05:00", "2026-11-18T15:00:00"))
    interview = settings.configured_interviews()[0]
    assert interview.date.utcoffset() is not None
    assert interview.date.isoformat() == "2026-11-18T15:00:00-05:00"


def test_contact_domains_become_company_domains() -> None:
    """A contact's company domain is matched even when domains: is not written."""
    interview = parse_settings(GOOD).configured_interviews()[0]
    assert interview.domains == ("acme.example",)


@pytest.mark.parametrize("address", ["dana@gmail.com", "dana@hotmail.co.uk", "dana@yahoo.fr"])
def test_free_mail_contacts_give_no_company_domain(address: str) -> None:
    """A recruiter writing from free mail gives the matcher no domain: strangers share it."""
    text = GOOD.replace("dana.ruiz@acme.example", address)
    assert parse_settings(text).configured_interviews()[0].domains == ()


def test_environment_overrides_one_nested_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """SILENCE_WATCH_SMTP__PORT=587 changes only that key."""
    monkeypatch.setenv("SILENCE_WATCH_SMTP__PORT", "587")
    settings = parse_settings(GOOD)
    assert settings.smtp is not None
    assert settings.smtp.port == 587
    assert settings.smtp.host == "smtp.example.com"


def test_the_environment_path_reads_the_file_as_the_plain_one_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With an override equal to the file's value, both paths give the same settings."""
    plain = parse_settings(GOOD)
    monkeypatch.setenv("SILENCE_WATCH_ME__NAME", plain.me.name)
    overridden = parse_settings(GOOD)
    assert type(overridden) is not type(plain)  # the pydantic-settings path was taken
    assert overridden.model_dump() == plain.model_dump()


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, False),
        ({"SILENCE_WATCH_CONFIG": "/tmp/x.yaml"}, False),  # the file's path, not a key
        ({"SILENCE_WATCH_SMTP__PORT": "587"}, True),
        ({"silence_watch_me__name": "Sam"}, True),  # any case, like pydantic-settings
        ({"SILENCE_WATCH_NOT_A_KEY": "1"}, False),
    ],
)
def test_only_a_variable_naming_a_key_overrides(variables: dict[str, str], expected: bool) -> None:
    """pydantic-settings is needed only when a SILENCE_WATCH_<KEY> variable is set."""
    assert overridden_by_environment(variables) is expected


def test_config_lookup_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """$SILENCE_WATCH_CONFIG wins over the XDG default; the XDG variables are honoured."""
    monkeypatch.delenv("SILENCE_WATCH_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert default_config_path() == tmp_path / "xdg" / "silence-watch" / "config.yaml"
    assert default_state_dir({}) == tmp_path / "state" / "silence-watch"
    env = {"SILENCE_WATCH_CONFIG": str(tmp_path / "mine.yaml")}
    assert default_config_path(env) == tmp_path / "mine.yaml"
    assert default_state_dir({"STATE_DIRECTORY": "/var/lib/silence-watch"}).as_posix() == (
        "/var/lib/silence-watch"
    )
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    home_config = tmp_path / "home" / ".config" / "silence-watch" / "config.yaml"
    assert default_config_path({}) == home_config


def test_missing_file_says_how_to_create_one(tmp_path: Path) -> None:
    """A missing config file points at `silence-watch init`."""
    with pytest.raises(ConfigError, match="silence-watch init"):
        load_settings(tmp_path / "nope.yaml")


def test_password_from_command_file_env_and_credentials(tmp_path: Path) -> None:
    """Each secret source is used, in order, and its value is returned verbatim."""
    settings = parse_settings(GOOD)
    secret_file = tmp_path / "pw"
    secret_file.write_text("from-file\n", encoding="utf-8")
    by_file = settings.mailbox.model_copy(update={"password_file": secret_file})
    assert resolve_password(by_file, "mailbox", {}) == "from-file"
    by_command = settings.mailbox.model_copy(update={"password_command": "echo from-command"})
    assert resolve_password(by_command, "mailbox", {}) == "from-command"
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "mailbox-password").write_text("from-credential", encoding="utf-8")
    assert resolve_password(settings.mailbox, "mailbox", {"CREDENTIALS_DIRECTORY": str(creds)}) == (
        "from-credential"
    )


def test_password_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """SILENCE_WATCH_MAILBOX__PASSWORD is a secret that never has to sit in the file."""
    monkeypatch.setenv("SILENCE_WATCH_MAILBOX__PASSWORD", "hunter2-example")
    settings = parse_settings(GOOD)
    assert resolve_password(settings.mailbox, "mailbox", {}) == "hunter2-example"
    assert "hunter2-example" not in repr(settings)


def test_failing_password_command_says_what_it_said_but_never_its_output() -> None:
    """A broken secret command: its status and last stderr line, never what it printed."""
    settings = parse_settings(GOOD)
    failing = settings.mailbox.model_copy(
        update={
            "password_command": "sh -c 'echo leaked-secret; echo gpg: decryption failed >&2;"
            " echo Error: mail/jordan is not in the password store. >&2; exit 3'"
        },
    )
    with pytest.raises(ConfigError) as caught:
        resolve_password(failing, "mailbox", {})
    assert str(caught.value) == (
        "mailbox.password_command: exited with status 3 "
        "(it said: Error: mail/jordan is not in the password store.)"
    )
    assert "leaked-secret" not in str(caught.value)


def test_a_silent_failing_password_command_reports_its_status_alone() -> None:
    """Nothing on stderr: the line is the status only, with no empty "(it said: )"."""
    failing = parse_settings(GOOD).mailbox.model_copy(update={"password_command": "false"})
    with pytest.raises(ConfigError) as caught:
        resolve_password(failing, "mailbox", {})
    assert str(caught.value) == "mailbox.password_command: exited with status 1"


def test_an_environment_override_error_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SILENCE_WATCH_SMTP__PORT=abc is reported as that variable, not as the file's smtp.port."""
    monkeypatch.setenv("silence_watch_smtp__port", "abc")  # names match without regard to case
    with pytest.raises(ConfigError) as caught:
        parse_settings(GOOD)
    expected = "silence_watch_smtp__port (environment, sets smtp.port): must be a whole number"
    assert caught.value.problems == [f"{expected}; fix or unset it"]


def test_a_file_error_is_still_named_by_its_yaml_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unrelated variable does not take the blame for a bad key in the file."""
    monkeypatch.setenv("SILENCE_WATCH_SMTP__HOST", "smtp.example.org")
    with pytest.raises(ConfigError) as caught:
        parse_settings(
            GOOD.replace("{host: smtp.example.com}", "{host: smtp.example.com, port: abc}")
        )
    assert caught.value.problems == ["smtp.port: must be a whole number"]


def test_no_password_anywhere_names_the_choices() -> None:
    """Without any secret source the error lists where a password may come from."""
    with pytest.raises(ConfigError, match=r"mailbox\.password: no password found"):
        resolve_password(parse_settings(GOOD).mailbox, "mailbox", {})


def test_broken_config_exits_78_with_one_line_per_problem(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """`silence-watch --config broken.yaml status` prints the problems and exits 78."""
    broken = tmp_path / "broken.yaml"
    broken.write_text(GOOD.replace("2026-11-18T15:00:00-05:00", "soon") + "colour: blue\n")
    outcome = run_cli(capsys, "--config", broken, "status")
    assert outcome.code == 78
    assert outcome.out == ""
    assert sorted(outcome.err.splitlines()) == [
        "colour: unknown key",
        "interviews[0].date: invalid datetime",
    ]
    assert "Traceback" not in outcome.err


def test_init_writes_the_commented_example_privately(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """`init` writes a valid, commented config readable only by its owner, and never overwrites."""
    target = tmp_path / "sub" / "config.yaml"
    first = run_cli(capsys, "init", "--config", target)
    assert first.code == 0
    assert "# silence-watch configuration" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert parse_settings(target.read_text(encoding="utf-8")).me.email == "jordan@example.com"
    again = run_cli(capsys, "init", "--config", target)
    assert again.code == 1
    assert "already exists" in again.err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An unknown option is a usage error, exit 2."""
    config = maildir_config(tmp_path)
    outcome = run_cli(capsys, "status", "--config", config, "--frobnicate")
    assert outcome.code == 2
    assert "frobnicate" in outcome.err


def test_a_date_without_offset_is_in_the_interviews_own_zone() -> None:
    """An interview with its own timezone reads an offset-less date in that zone."""
    text = GOOD.replace(
        "date: 2026-11-18T15:00:00-05:00",
        "date: 2026-11-18T09:00:00\n    timezone: Asia/Tokyo",
    )
    interview = parse_settings(text).configured_interviews()[0]
    assert interview.date.isoformat() == "2026-11-18T09:00:00+09:00"
