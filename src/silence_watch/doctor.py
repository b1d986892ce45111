"""``silence-watch doctor``: a checklist with a mark and a hint per line (shell).

Checks run in order and a failed check explains what to do; the value of a secret is
never printed, only whether it could be found.
"""

from __future__ import annotations

import os
import tempfile
from typing import TYPE_CHECKING

from silence_watch.config import Settings, load_settings, state_dir_of
from silence_watch.errors import ConfigError, SilenceWatchError
from silence_watch.secrets import resolve_password
from silence_watch.service import open_mailbox
from silence_watch.templates import load_templates

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

OK = "✓"
FAIL = "✗"


def run_checks(config_path: Path, config_dir: Path, say: Callable[[str], None]) -> bool:
    """Run every check, printing one line each; True when all passed."""
    try:
        settings = load_settings(config_path)
    except ConfigError as error:
        say(f"{FAIL} configuration {config_path}")
        for problem in error.problems:
            say(f"    {problem}")
        return False
    say(f"{OK} configuration {config_path} ({len(settings.interviews)} interview(s))")
    results = [
        _check("time zone", lambda: f"{settings.me.timezone}", say),
        _check("templates", lambda: f"{len(load_templates(config_dir))} loaded", say),
        _check("state directory", lambda: _writable(settings), say),
    ]
    if settings.mailbox.kind == "imap":
        results.append(_check("mailbox password", lambda: _secret(settings, "mailbox"), say))
    results.append(_check("mailbox", lambda: _mailbox(settings), say))
    if settings.smtp is not None:
        results.append(_check("smtp password", lambda: _secret(settings, "smtp"), say))
    return all(results)


def _check(name: str, probe: Callable[[], str], say: Callable[[str], None]) -> bool:
    try:
        detail = probe()
    except SilenceWatchError as error:
        say(f"{FAIL} {name}: {error}")
        return False
    say(f"{OK} {name}: {detail}")
    return True


def _writable(settings: Settings) -> str:
    path = state_dir_of(settings)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=path):
            pass
    except OSError as error:
        raise SilenceWatchError(f"{path} is not writable ({error.strerror})") from error
    return f"{path} is writable"


def _secret(settings: Settings, section: str) -> str:
    source = settings.mailbox if section == "mailbox" else settings.smtp
    if source is None:
        return "not needed"
    resolve_password(source, section, os.environ)
    return "found (not shown)"


def _mailbox(settings: Settings) -> str:
    mailbox = open_mailbox(settings)
    try:
        folders = mailbox.watched_folders()
    finally:
        mailbox.close()
    return f"{mailbox.name} — watching {', '.join(folders)}"
