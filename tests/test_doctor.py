"""`silence-watch doctor` against a real Dovecot and SMTP server: one line, one mark, one hint."""

from __future__ import annotations

import os
import socket
from typing import TYPE_CHECKING

import pytest

from support.cli import Outcome, maildir_config, run_cli
from support.dovecot import free_port

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

pytestmark = pytest.mark.dovecot


def write_config(
    tmp_path: Path,
    dovecot: DovecotServer,
    user: str,
    *,
    security: str = "plain",
    port: int | None = None,
    password: str | None = None,
    smtp_port: int | None = None,
) -> Path:
    """A config for ``user`` on the test Dovecot (and the SMTP sink when ``smtp_port``)."""
    secret_file = tmp_path / "imap-password"
    secret_file.write_text(password or dovecot.password, encoding="utf-8")
    imap_port = port or (dovecot.imaps_port if security == "tls" else dovecot.imap_port)
    smtp = ""
    if smtp_port is not None:
        smtp = f"smtp: {{host: 127.0.0.1, port: {smtp_port}, security: plain}}\n"
    path = tmp_path / "config.yaml"
    path.write_text(
        f"""
me: {{name: Jordan Lee, email: {user}@example.com, timezone: America/New_York, country: US}}
mailbox:
  kind: imap
  host: 127.0.0.1
  port: {imap_port}
  security: {security}
  username: {user}
  password_file: {secret_file}
  timeout: 5
state_dir: {tmp_path / "state"}
{smtp}""",
        encoding="utf-8",
    )
    return path


def doctor(capsys: pytest.CaptureFixture[str], config: Path) -> Outcome:
    """Run the doctor on ``config``."""
    return run_cli(capsys, "doctor", "--config", config)


def line(outcome: Outcome, name: str) -> str:
    """The checklist line for ``name``."""
    for text in outcome.out.splitlines():
        if text[2:].startswith(f"{name}:"):
            return text
    raise AssertionError(f"no {name!r} line in:\n{outcome.out}")


def test_a_healthy_setup_passes_every_check_and_sends_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dovecot: DovecotServer,
    mail_user: str,
    smtp_sink: SmtpSink,
) -> None:
    """Everything reachable: exit 0, every line ✓, capabilities listed, no mail sent."""
    outcome = doctor(capsys, write_config(tmp_path, dovecot, mail_user, smtp_port=smtp_sink.port))
    assert outcome.code == 0, outcome.out
    for name in (
        "configuration",
        "time zone",
        "state directory",
        "mailbox credentials",
        "IMAP reachable",
        "IMAP TLS",
        "IMAP login",
        "IMAP folders",
        "SMTP reachable",
        "SMTP login",
    ):
        assert line(outcome, name).startswith("✓"), outcome.out
    assert line(outcome, "IMAP capabilities") == "✓ IMAP capabilities: IDLE CONDSTORE SPECIAL-USE"
    assert "Sent" in line(outcome, "IMAP folders")
    assert "nothing was sent" in line(outcome, "SMTP login")
    assert smtp_sink.messages == []
    assert dovecot.password not in outcome.out
    assert outcome.out.rstrip().endswith("All checks passed.")


def test_a_wrong_password_fails_the_login_with_a_hint(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """A refused login is ✗ with what to check; the rest of IMAP is skipped; exit 1."""
    config = write_config(tmp_path, dovecot, mail_user, password="not-the-password")
    outcome = doctor(capsys, config)
    assert outcome.code == 1
    assert line(outcome, "IMAP login").startswith("✗")
    assert "— try: check mailbox.username and the password" in line(outcome, "IMAP login")
    assert line(outcome, "IMAP folders").startswith("- IMAP folders: not checked")
    assert "not-the-password" not in outcome.out + outcome.err


def test_an_untrusted_certificate_fails_tls(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """Implicit TLS to a self-signed certificate is ✗ IMAP TLS, and login is not attempted."""
    outcome = doctor(capsys, write_config(tmp_path, dovecot, mail_user, security="tls"))
    assert outcome.code == 1
    assert line(outcome, "IMAP reachable").startswith("✓")
    assert line(outcome, "IMAP TLS").startswith("✗")
    assert "certificate" in line(outcome, "IMAP TLS")
    assert line(outcome, "IMAP login").startswith("- ")


def test_an_unreachable_server_is_named_with_its_port(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """Nothing listening: ✗ IMAP reachable naming host:port, later IMAP checks skipped."""
    port = free_port()
    outcome = doctor(capsys, write_config(tmp_path, dovecot, mail_user, port=port))
    assert outcome.code == 1
    assert f"127.0.0.1:{port}" in line(outcome, "IMAP reachable")
    assert line(outcome, "IMAP reachable").startswith("✗")
    assert line(outcome, "IMAP login").startswith("- ")
    assert "Traceback" not in outcome.out + outcome.err


def test_a_missing_secret_is_reported_without_a_value(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """A password file that does not exist: ✗ mailbox credentials with where to put one."""
    config = write_config(tmp_path, dovecot, mail_user)
    (tmp_path / "imap-password").unlink()
    outcome = doctor(capsys, config)
    assert outcome.code == 1
    assert line(outcome, "mailbox credentials").startswith("✗")
    assert "password_file" in line(outcome, "mailbox credentials")


def test_a_broken_config_lists_its_problems(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An invalid file: ✗ configuration, then each problem by its YAML path; exit 78."""
    config = maildir_config(tmp_path, extra="colour: blue\n")
    outcome = doctor(capsys, config)
    assert outcome.code == 78
    assert line(outcome, "configuration").startswith("✗")
    assert "    colour: unknown key" in outcome.out


def test_a_maildir_setup_checks_the_maildir(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With a Maildir and no SMTP: the Maildir is ✓, SMTP is a warning, exit 0."""
    outcome = doctor(capsys, maildir_config(tmp_path))
    assert outcome.code == 0, outcome.out
    assert line(outcome, "Maildir").startswith("✓")
    assert line(outcome, "SMTP").startswith("!")


def test_a_server_that_never_greets_is_not_blamed_on_the_password(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """A port that accepts but never says "* OK": the login line points at port and security."""
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        config = write_config(tmp_path, dovecot, mail_user, port=port)
        text = config.read_text(encoding="utf-8").replace("timeout: 5", "timeout: 0.5")
        config.write_text(text, encoding="utf-8")
        outcome = doctor(capsys, config)
    assert outcome.code == 1
    login = line(outcome, "IMAP login")
    assert login.startswith("✗")
    assert "password" not in login
    assert f"127.0.0.1:{port} accepted the connection but did not answer as an IMAP server" in login
    assert "mailbox.port" in login


def test_example_values_left_from_the_sample_are_named(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """me.email at example.com and an interview at acme.example: one ! line naming both."""
    acme = "  - {company: Acme Corp, date: 2026-11-18T15:00:00-05:00,"
    acme += " contacts: [{email: dana.ruiz@acme.example}]}\n"
    outcome = doctor(capsys, maildir_config(tmp_path, acme))
    examples = line(outcome, "examples")
    assert examples.startswith("!")
    assert "me.email, interviews[0] (Acme Corp)" in examples
    assert outcome.code == 0  # a warning, not a failure


def test_the_digest_line_says_where_it_goes_and_who_may_approve(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """digest.to other than me.email: a ! line that replies must come from me.email."""
    plain = doctor(capsys, maildir_config(tmp_path / "a"))
    assert line(plain, "digest").startswith("✓ digest: goes to jordan@example.com (me.email")
    other = doctor(capsys, maildir_config(tmp_path / "b", extra="digest: {to: jl@example.org}\n"))
    digest = line(other, "digest")
    assert digest.startswith("!")
    assert "only when they come from me.email (jordan@example.com)" in digest


def test_a_state_owned_by_another_user_is_a_warning_with_the_command(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The state directory belongs to nobody: doctor (as root) says so and how to run as them."""
    config = maildir_config(tmp_path)
    (tmp_path / "state").mkdir()
    os.chown(tmp_path / "state", 65534, 65534)
    outcome = doctor(capsys, config)
    owner = line(outcome, "state owner")
    assert owner.startswith("!")
    assert "belongs to nobody" in owner
    assert "sudo -u nobody silence-watch" in owner


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
