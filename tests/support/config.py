"""Configuration files for tests that read a mailbox on the test Dovecot."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer

#: The interview most tests use: Acme Corp, Wednesday 18 November 2026, 15:00 New York.
ACME_INTERVIEW = """  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
"""


def imap_config_text(
    tmp_path: Path,
    server: DovecotServer,
    user: str,
    *,
    mailbox_extra: str = "",
    extra: str = "",
    interviews: str = ACME_INTERVIEW,
) -> str:
    """YAML for ``user``'s mailbox over plain IMAP on loopback, the password in a file.

    ``mailbox_extra`` adds indented keys to ``mailbox:``; ``extra`` adds top-level
    sections (smtp:, sending:, daemon: ...); both end with a newline.
    """
    password_file = tmp_path / "imap-password"
    password_file.write_text(server.password, encoding="utf-8")
    return f"""
me: {{name: Jordan Lee, email: {user}@example.com, timezone: America/New_York}}
mailbox:
  kind: imap
  host: 127.0.0.1
  port: {server.imap_port}
  security: plain
  username: {user}
  password_file: {password_file}
{mailbox_extra}state_dir: {tmp_path / "state"}
{extra}interviews:
{interviews}"""


def write_imap_config(
    tmp_path: Path,
    server: DovecotServer,
    user: str,
    *,
    mailbox_extra: str = "",
    extra: str = "",
    interviews: str = ACME_INTERVIEW,
) -> Path:
    """Write ``imap_config_text`` to ``tmp_path/config.yaml`` and return its path."""
    path = tmp_path / "config.yaml"
    text = imap_config_text(
        tmp_path,
        server,
        user,
        mailbox_extra=mailbox_extra,
        extra=extra,
        interviews=interviews,
    )
    path.write_text(text, encoding="utf-8")
    return path
