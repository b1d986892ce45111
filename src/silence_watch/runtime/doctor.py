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

import socket
import sqlite3
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.config import Settings, load_settings, state_dir_of
from silence_watch.config.templates import load_templates
from silence_watch.core.errors import ConfigError, MailboxError, SilenceWatchError
from silence_watch.core.words import plural
from silence_watch.delivery.smtp import SmtpSender, smtp_sender
from silence_watch.engine.knobs import business_calendar
from silence_watch.mailbox.imap import ImapMailbox
from silence_watch.mailbox.imaplogin import capabilities_of, log_in, open_client
from silence_watch.mailbox.oauth import auth_from_config
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.store import DB_NAME

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from imapclient import IMAPClient

    from silence_watch.config import MailboxConfig, SmtpConfig
    from silence_watch.mailbox.oauth import Auth

OK = "✓"
WARN = "!"
FAIL = "✗"
SKIP = "-"
_PROBE_TIMEOUT = 10.0
_WANTED = (
    ("IDLE", "new mail is noticed at once (without it: polling every daemon.sync_interval)"),
    ("CONDSTORE", "flag changes are read cheaply"),
    ("SPECIAL-USE", "the Sent and Drafts folders are found by their role"),
)


@dataclass(frozen=True)
class Line:
    """One checklist line."""

    mark: str
    name: str
    detail: str
    hint: str = ""

    def render(self) -> str:
        """``✗ name: detail — try: hint``."""
        text = f"{self.mark} {self.name}: {self.detail}"
        return f"{text} — try: {self.hint}" if self.hint else text


class _CheckFailedError(SilenceWatchError):
    """A check failed; ``hint`` says what to do."""

    def __init__(self, detail: str, hint: str = "") -> None:
        super().__init__(detail)
        self.hint = hint


class Checklist:
    """Runs checks in order, printing each line as it is known."""

    def __init__(self, say: Callable[[str], None]) -> None:
        """Print through ``say``."""
        self._say = say
        self.lines: list[Line] = []

    def add(self, line: Line) -> Line:
        """Record and print one line."""
        self.lines.append(line)
        self._say(line.render())
        return line

    def check(self, name: str, probe: Callable[[], str], hint: str = "") -> bool:
        """Run ``probe``; its text is the detail of a ✓ line, its error of a ✗ line."""
        try:
            detail = probe()
        except _CheckFailedError as error:
            self.add(Line(FAIL, name, str(error), error.hint or hint))
            return False
        except SilenceWatchError as error:
            self.add(Line(FAIL, name, str(error).replace("\n", "; "), hint))
            return False
        self.add(Line(OK, name, detail))
        return True

    def skip(self, name: str, reason: str) -> None:
        """A check that cannot run because an earlier one failed."""
        self.add(Line(SKIP, name, f"not checked ({reason})"))

    @property
    def passed(self) -> bool:
        """No line is broken."""
        return all(line.mark != FAIL for line in self.lines)


def run_checks(config_path: Path, config_dir: Path, say: Callable[[str], None]) -> bool:
    """Run every check, printing one line each; True when nothing is broken."""
    checklist = Checklist(say)
    try:
        settings = load_settings(config_path)
    except ConfigError as error:
        checklist.add(
            Line(FAIL, "configuration", f"{config_path} has problems", "fix the lines below")
        )
        for problem in error.problems:
            say(f"    {problem}")
        return False
    checklist.add(
        Line(
            OK,
            "configuration",
            f"{config_path} is valid ({plural(len(settings.interviews), 'interview')})",
        )
    )
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
    checklist.check("state directory", lambda: _writable(settings))
    if settings.mailbox.kind == "maildir":
        checklist.check(
            "Maildir",
            lambda: _maildir(settings),
            "point mailbox.path at a Maildir (with cur/, new/ and tmp/)",
        )
    else:
        _imap_checks(checklist, settings.mailbox)
    if settings.smtp is None:
        checklist.add(Line(WARN, "SMTP", "no smtp: section", "add one so follow-ups can be sent"))
    else:
        _smtp_checks(checklist, settings.smtp)
    broken = sum(line.mark == FAIL for line in checklist.lines)
    failed = f"{plural(broken, 'check')} failed; see the hints above."
    say("All checks passed." if not broken else failed)
    return checklist.passed


# --- local checks ----------------------------------------------------------------------------


def _zone(settings: Settings) -> str:
    business_calendar(settings)  # raises ConfigError for an unknown country
    country = f", public holidays of {settings.me.country.upper()}" if settings.me.country else ""
    return f"{settings.me.timezone} is known{country}"


def _writable(settings: Settings) -> str:
    path = state_dir_of(settings)
    if path.exists() and not path.is_dir():
        raise _CheckFailedError(
            f"{path} is a file, not a directory", "set state_dir to a directory, or move the file"
        )
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=path):
            pass
    except OSError as error:
        raise _CheckFailedError(
            f"{path} is not writable ({error.strerror})",
            "create it for the user the daemon runs as, or set state_dir",
        ) from error
    database = path / DB_NAME
    if database.exists():
        _readable_database(database)
        return f"{path} is writable; the state database opens"
    return f"{path} is writable"


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
        raise _CheckFailedError(
            f"{database} is not a usable state database ({error})",
            "restore it from a backup, or move it aside to start afresh",
        ) from error


def _maildir(settings: Settings) -> str:
    mailbox = open_mailbox(settings)
    try:
        folders = mailbox.watched_folders()
    finally:
        mailbox.close()
    return f"{settings.mailbox.path} — watching {', '.join(folders)}"


# --- IMAP -------------------------------------------------------------------------------------


def _imap_checks(checklist: Checklist, config: MailboxConfig) -> None:
    where = f"{config.host}:{config.effective_port}"
    auth: list[Auth] = []

    def secret() -> str:
        auth.append(auth_from_config(config))
        return "found (not shown)"

    found = checklist.check("mailbox credentials", secret, _secret_hint("mailbox", config))
    reachable = checklist.check(
        "IMAP reachable",
        lambda: _reach(config.host or "", config.effective_port),
        "check mailbox.host and mailbox.port, and that the network is up",
    )
    if not reachable:
        for name in ("IMAP TLS", "IMAP login", "IMAP capabilities", "IMAP folders"):
            checklist.skip(name, f"{where} is unreachable")
        return
    tls = checklist.check(
        "IMAP TLS",
        lambda: _imap_tls(config),
        "check mailbox.security (tls for port 993, starttls for 143) and the server's certificate",
    )
    if not tls or not found:
        reason = "TLS failed" if not tls else "no credentials"
        for name in ("IMAP login", "IMAP capabilities", "IMAP folders"):
            checklist.skip(name, reason)
        return
    _imap_session(checklist, config, auth[0])


def _imap_session(checklist: Checklist, config: MailboxConfig, auth: Auth) -> None:
    """Login, capabilities and folders, on one connection for the first two."""
    clients: list[IMAPClient] = []

    def login() -> str:
        client = open_client(config)
        log_in(client, config, auth, fresh=False)  # shuts the client down when refused
        clients.append(client)
        return f"logged in as {config.username}"

    if not checklist.check("IMAP login", login, "check mailbox.username and the password"):
        for name in ("IMAP capabilities", "IMAP folders"):
            checklist.skip(name, "the login failed")
        return
    try:
        _capabilities(checklist, capabilities_of(clients[0]))
    finally:
        clients[0].logout()
    checklist.check(
        "IMAP folders",
        lambda: _folders(config, auth),
        "name the folder in mailbox.inbox or mailbox.sent",
    )


def _secret_hint(section: str, config: MailboxConfig | SmtpConfig) -> str:
    """What to do when the secret of ``section`` cannot be found: about what is configured."""
    if config.auth == "oauth2":
        return f"check {section}.token_command or the {section}.oauth2: section"
    if config.password_file is not None:
        return f"check that {section}.password_file exists and holds the password"
    if config.password_command:
        return f"run {section}.password_command by hand: it must print the password"
    return (
        f"set {section}.password_command or password_file, or a credential {section}-password"
    )


def _reach(host: str, port: int) -> str:
    try:
        with socket.create_connection((host, port), timeout=_PROBE_TIMEOUT):
            pass
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _CheckFailedError(f"cannot connect to {host}:{port} ({reason})") from error
    return f"{host}:{port} answers"


def _imap_tls(config: MailboxConfig) -> str:
    if config.security == "plain":
        return "not used (plain IMAP, allowed only on this machine)"
    try:
        client = open_client(config)
    except MailboxError as error:
        raise _CheckFailedError(str(error)) from error
    client.logout()
    return f"{config.security} with a valid certificate"


def _capabilities(checklist: Checklist, capabilities: frozenset[str]) -> None:
    missing = [(name, why) for name, why in _WANTED if name not in capabilities]
    offered = [name for name, _ in _WANTED if name in capabilities]
    if not missing:
        checklist.add(Line(OK, "IMAP capabilities", " ".join(offered)))
        return
    for name, why in missing:
        checklist.add(
            Line(WARN, "IMAP capabilities", f"no {name}: {why}", "nothing to do; it still works")
        )


def _folders(config: MailboxConfig, auth: Auth) -> str:
    mailbox = ImapMailbox(config, auth)
    try:
        folders = mailbox.special_folders()
        watched = mailbox.watched_folders()
    finally:
        mailbox.close()
    sent = folders.get("sent")
    if sent is None and "all_mail" not in folders:
        raise _CheckFailedError(
            "no Sent folder found", "set mailbox.sent to the folder your mail client uses"
        )
    return f"watching {', '.join(watched)}; drafts go to {folders.get('drafts', 'no folder')}"


# --- SMTP -------------------------------------------------------------------------------------


def _smtp_checks(checklist: Checklist, config: SmtpConfig) -> None:
    where = f"{config.host}:{config.effective_port}"
    senders: list[SmtpSender] = []

    def credentials() -> str:
        if not config.username:
            return "not needed (no smtp.username)"
        senders.append(smtp_sender(config))
        if config.auth == "oauth2":
            return "OAuth2 token source configured (token not shown)"
        return "found (not shown)"

    found = checklist.check("SMTP credentials", credentials, _secret_hint("smtp", config))
    if not checklist.check(
        "SMTP reachable",
        lambda: _reach(config.host, config.effective_port),
        "check smtp.host and smtp.port (465 for tls, 587 for starttls)",
    ):
        checklist.skip("SMTP login", f"{where} is unreachable")
        return
    if not found:
        checklist.skip("SMTP login", "no credentials")
        return
    checklist.check(
        "SMTP login",
        lambda: _smtp_login(senders[0] if senders else smtp_sender(config)),
        "check smtp.security, smtp.username and the password",
    )


def _smtp_login(sender: SmtpSender) -> str:
    """Connect, secure, log in and QUIT with the sender the daemon uses: nothing is sent."""
    try:
        sender.connect()
    finally:
        sender.close()
    config = sender.config
    security = "plain, on this machine" if config.security == "plain" else config.security
    who = f"logged in as {config.username}" if config.username else "no login needed"
    return f"{who} ({security}); nothing was sent"
