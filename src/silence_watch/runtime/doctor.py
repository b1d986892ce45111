"""``silence-watch doctor``: a checklist with a mark and a hint per line (shell: the network).

Each line says what was checked, what was found and, when something is wrong, what to do::

    ✓ IMAP login: logged in as jordan@example.com
    ✗ SMTP reachable: cannot connect to smtp.example.com:465 (timed out) — try: check smtp.host

Marks: ✓ fine, ! works but could be better (a missing capability), ✗ broken (the exit
status is non-zero), - not checked because an earlier check failed. The value of a
secret is never printed, only whether it could be found. Nothing is ever sent: the SMTP
check logs in and says QUIT.
"""

from __future__ import annotations

import sqlite3
import tempfile
from typing import TYPE_CHECKING

from silence_watch.config import Settings, load_settings, state_dir_of
from silence_watch.config.examples import example_keys
from silence_watch.config.templates import load_templates
from silence_watch.core.errors import ConfigError
from silence_watch.core.words import plural
from silence_watch.engine.knobs import business_calendar
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.runtime.checklist import (
    FAIL,
    OK,
    WARN,
    CheckFailedError,
    Checklist,
    Line,
    Outcome,
)
from silence_watch.runtime.serverchecks import imap_checks, smtp_checks
from silence_watch.store import DB_NAME
from silence_watch.store.access import Who, foreign_owner, user_name, write_problem

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


def run_checks(config_path: Path, config_dir: Path, say: Callable[[str], None]) -> Outcome:
    """Run every check, printing one line each; the outcome decides the exit status."""
    checklist = Checklist(say)
    try:
        settings = load_settings(config_path, keep=False)  # a check leaves no files
    except ConfigError as error:
        checklist.add(
            Line(FAIL, "configuration", f"{config_path} has problems", "fix the lines below")
        )
        for problem in error.problems:
            say(f"    {problem}")
        return Outcome.CONFIG_ERROR
    checklist.add(
        Line(
            OK,
            "configuration",
            f"{config_path} is valid ({plural(len(settings.interviews), 'interview')})",
        )
    )
    _examples(checklist, settings)
    checklist.check(
        "time zone",
        lambda: _zone(settings),
        "use a name like Europe/Berlin for me.timezone and a code like DE for me.country",
    )
    checklist.check(
        "templates",
        lambda: f"{len(load_templates(config_dir))} loaded",
        f"fix the template named above in {config_dir / 'templates'}",
    )
    if checklist.check("state directory", lambda: _writable(settings)):
        _owner(checklist, settings)
    _digest(checklist, settings)
    if settings.mailbox.kind == "maildir":
        checklist.check(
            "Maildir",
            lambda: _maildir(settings),
            "point mailbox.path at a Maildir (with cur/, new/ and tmp/)",
        )
    else:
        imap_checks(checklist, settings.mailbox)
    if settings.smtp is None:
        checklist.add(Line(WARN, "SMTP", "no smtp: section", "add one so follow-ups can be sent"))
    else:
        smtp_checks(checklist, settings.smtp)
    broken = sum(line.mark == FAIL for line in checklist.lines)
    failed = f"{plural(broken, 'check')} failed; see the hints above."
    say("All checks passed." if not broken else failed)
    return Outcome.PASSED if checklist.passed else Outcome.FAILED


# --- local checks ----------------------------------------------------------------------------


def _zone(settings: Settings) -> str:
    business_calendar(settings)  # raises ConfigError for an unknown country
    country = f", public holidays of {settings.me.country.upper()}" if settings.me.country else ""
    return f"{settings.me.timezone} is known{country}"


def _examples(checklist: Checklist, settings: Settings) -> None:
    """A line naming the keys still set to the sample's example addresses and domains."""
    keys = example_keys(settings)
    if not keys:
        return
    checklist.add(
        Line(
            WARN,
            "examples",
            f"still the sample's example values: {', '.join(keys)}",
            "put your own addresses and servers there, and remove the sample interview "
            "(example.com and *.example are placeholders: nothing real is there)",
        )
    )


def _writable(settings: Settings) -> str:
    path = state_dir_of(settings)
    if path.exists() and not path.is_dir():
        raise CheckFailedError(
            f"{path} is a file, not a directory", "set state_dir to a directory, or move the file"
        )
    problem = write_problem(path)
    if problem is not None:
        detail, _, fix = problem.partition("; ")
        raise CheckFailedError(detail, fix)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=path):
            pass
    except OSError as error:
        raise CheckFailedError(
            f"{path} is not writable ({error.strerror})",
            "create it for the user the daemon runs as, or set state_dir",
        ) from error
    database = path / DB_NAME
    if database.exists():
        _readable_database(database)
        return f"{path} is writable; the state database opens"
    return f"{path} is writable"


def _owner(checklist: Checklist, settings: Settings) -> None:
    """Warn when the state belongs to another user: what this user writes there stays theirs."""
    path = state_dir_of(settings)
    owner = foreign_owner(path)
    if owner is None:
        return
    me = user_name(Who.me().uid)
    checklist.add(
        Line(
            WARN,
            "state owner",
            f"{path} belongs to {owner}, and this is {me} (doctor only read it)",
            f"run the other commands as {owner} (sudo -u {owner} silence-watch ...), or "
            f"files {me} writes there will keep {owner} from writing them",
        )
    )


def _digest(checklist: Checklist, settings: Settings) -> None:
    """Where the digest goes, and whether a reply to it can approve drafts."""
    to = settings.digest.to or settings.me.email
    where = "digest.to" if settings.digest.to else "me.email (digest.to is not set)"
    at = f"daily at {settings.digest.at} ({settings.me.timezone})"
    if to != settings.me.email:
        checklist.add(
            Line(
                WARN,
                "digest",
                f"goes to {to} ({where}), {at}; replies that approve drafts are carried out "
                f"only when they come from me.email ({settings.me.email})",
                f"answer the digest from {settings.me.email}, or set digest.to to it",
            )
        )
        return
    checklist.add(Line(OK, "digest", f"goes to {to} ({where}), {at}"))


def _readable_database(database: Path) -> None:
    """Read the state database's schema without writing anything next to it.

    ``immutable=1``: no -wal or -shm file is created (doctor may run as root beside a
    service that must keep owning every file of its state).
    """
    try:
        uri = f"{database.resolve().as_uri()}?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True)
        try:
            connection.execute("PRAGMA user_version").fetchone()
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise CheckFailedError(
            f"{database} is not a usable state database ({error})",
            "restore it from a backup, or move it aside to start afresh (its drafts and "
            "approvals are then forgotten)",
        ) from error


def _maildir(settings: Settings) -> str:
    mailbox = open_mailbox(settings)
    try:
        folders = mailbox.watched_folders()
    finally:
        mailbox.close()
    return f"{settings.mailbox.path} — watching {', '.join(folders)}"
