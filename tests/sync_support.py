"""Helpers shared by the mailbox sync tests: settings, a service and generated mail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from silence_watch.config import MailboxConfig, Settings, parse_settings
from silence_watch.engine.service import Service
from silence_watch.store import Store
from support.mailfactory import make_message

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
ME = "candidate@example.org"


def imap_config(
    server: DovecotServer,
    user: str,
    **extra: object,
) -> MailboxConfig:
    """A mailbox config for ``user`` on the test server (plain IMAP unless ``security``)."""
    security = extra.pop("security", "plain")
    port = server.imaps_port if security == "tls" else server.imap_port
    return MailboxConfig.model_validate(
        {
            "kind": "imap",
            "host": server.host,
            "port": port,
            "security": security,
            "username": user,
            "password": server.password,
            "timeout": 10.0,
            **extra,
        },
    )


def settings_for(tmp_path: Path) -> Settings:
    """Minimal settings (the mailbox section is not used by ``Service`` itself)."""
    text = f"""
me: {{name: Casey Candidate, email: {ME}}}
mailbox: {{kind: maildir, path: {tmp_path}}}
state_dir: {tmp_path / "state"}
"""
    return parse_settings(text)


def new_service(tmp_path: Path) -> Service:
    """A service over a fresh state database in ``tmp_path``."""
    settings = settings_for(tmp_path)
    return Service(settings, Store.open(tmp_path / "state"), {})


def messages(count: int, *, start: int = 0, tag: str = "m") -> list[bytes]:
    """``count`` distinct small messages with predictable Message-IDs."""
    return [
        make_message(
            sender=f"Recruiter {n} <hr{n % 7}@acme.example>",
            to=ME,
            subject=f"Interview update {n}",
            body=f"Message number {n}.",
            date=NOW - timedelta(minutes=n),
            message_id=f"<{tag}-{n}@acme.example>",
        )
        for n in range(start, start + count)
    ]
