"""The server lines of ``doctor``: IMAP and SMTP, reachable, secured, logged in (shell).

Nothing is ever sent: the SMTP check logs in and says QUIT. The value of a secret is never
printed, only whether it could be found. A server that accepts the connection but never
greets is told apart from one that refuses the password: the hints differ.
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

from silence_watch.core.errors import MailboxError
from silence_watch.delivery.smtp import SmtpSender, smtp_sender
from silence_watch.mailbox.imap import ImapMailbox
from silence_watch.mailbox.imaplogin import capabilities_of, log_in, open_client
from silence_watch.mailbox.oauth import auth_from_config
from silence_watch.runtime.checklist import OK, WARN, CheckFailedError, Checklist, Line

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from silence_watch.config import MailboxConfig, SmtpConfig
    from silence_watch.mailbox.oauth import Auth

_PROBE_TIMEOUT = 10.0
_NO_GREETING = (
    "{where} accepted the connection but did not answer as an IMAP server does: check "
    "mailbox.port (993 for tls, 143 for starttls) and mailbox.security"
)
_WANTED = (
    ("IDLE", "new mail is noticed at once (without it: polling every daemon.sync_interval)"),
    ("CONDSTORE", "flag changes are read cheaply"),
    ("SPECIAL-USE", "the Sent and Drafts folders are found by their role"),
)


# --- IMAP -------------------------------------------------------------------------------------


def imap_checks(checklist: Checklist, config: MailboxConfig) -> None:
    """Credentials, reachable, TLS, login, capabilities and folders of the IMAP server."""
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
    where = f"{config.host}:{config.effective_port}"
    clients: list[IMAPClient] = []

    def login() -> str:
        try:
            client = open_client(config)
        except MailboxError as error:
            # Connected but no IMAP greeting (a wrong port, another service, a stuck
            # server): the password was never asked for, so do not blame it.
            raise CheckFailedError(str(error), _NO_GREETING.format(where=where)) from error
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
        raise CheckFailedError(f"cannot connect to {host}:{port} ({reason})") from error
    return f"{host}:{port} answers"


def _imap_tls(config: MailboxConfig) -> str:
    if config.security == "plain":
        return "not used (plain IMAP, allowed only on this machine)"
    try:
        client = open_client(config)
    except MailboxError as error:
        raise CheckFailedError(str(error)) from error
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
        raise CheckFailedError(
            "no Sent folder found", "set mailbox.sent to the folder your mail client uses"
        )
    return f"watching {', '.join(watched)}; drafts go to {folders.get('drafts', 'no folder')}"


# --- SMTP -------------------------------------------------------------------------------------


def smtp_checks(checklist: Checklist, config: SmtpConfig) -> None:
    """Credentials, reachable and login of the SMTP server; nothing is sent."""
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
