"""A private Dovecot IMAP server for tests, with its own config, ports, TLS cert and mail.

Usage::

    with DovecotServer() as server:
        user = server.new_user()
        uid = server.append(user, raw_message)
        with server.connect(user) as client:
            client.select_folder("INBOX")

Every user name logs in with the password ``secret`` and gets a fresh maildir under the
server's temporary directory. As root (CI) the mail belongs to uid/gid 65534 and Dovecot drops
privileges as it would on a real host; as another user Dovecot runs entirely as that user.
"""

from __future__ import annotations

import atexit
import contextlib
import grp
import itertools
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Self

from imapclient import IMAPClient, SocketTimeout

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import datetime
    from types import TracebackType

MAIL_UID = 65534
"""uid and gid that own the mail tree when the server is started as root."""

START_TIMEOUT = 15.0
"""Seconds to wait for the ``* OK`` greeting after starting Dovecot."""

STOP_TIMEOUT = 10.0
"""Seconds to wait for the master process to exit after SIGTERM before SIGKILL."""

IMAP_TIMEOUT = SocketTimeout(connect=5.0, read=30.0)
"""Socket timeouts for every IMAP connection the harness makes."""

MULTIAPPEND_BATCH = 1000
"""Messages sent per MULTIAPPEND command by :meth:`DovecotServer.multi_append`."""

_SERVICES_WITH_CHROOT = (
    "imap-login",
    "anvil",
    "ipc",
    "old-stats",
    "aggregator",
    "director",
    "imap-urlauth-login",
)
_APPENDUID = re.compile(rb"APPENDUID\s+\d+\s+([0-9:,]+)", re.IGNORECASE)


_RUNNING: set[DovecotServer] = set()
"""Servers started and not yet stopped; closed at interpreter exit as a safety net."""


@atexit.register
def _stop_leftover_servers() -> None:
    """Close servers an interrupted run left running (they run in their own session)."""
    for server in list(_RUNNING):
        server.close()


class DovecotError(RuntimeError):
    """Dovecot could not be set up, started or reached."""


def find_dovecot() -> str | None:
    """Return the path of the ``dovecot`` binary, looking in /usr/sbin when not on PATH."""
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port on ``host`` that is free right now (the kernel's pick for port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def parse_uid_set(uid_set: bytes) -> list[int]:
    """Expand an IMAP uid-set such as ``b"4,7:9"`` into ``[4, 7, 8, 9]``."""
    uids: list[int] = []
    for part in uid_set.split(b","):
        first, _, last = part.partition(b":")
        low, high = sorted((int(first), int(last or first)))
        uids.extend(range(low, high + 1))
    return uids


class DovecotServer:
    """A private ``dovecot -F`` instance on free localhost ports with a static passdb.

    Any user name logs in with :attr:`password`; mail lives in
    ``maildir:<dir>/mail/%n/Maildir``. Sent and Drafts exist for every user (auto=subscribe);
    Sent, Drafts, Trash and Junk carry their SPECIAL-USE flags, as at a real provider.
    """

    host = "127.0.0.1"
    password = "secret"

    def __init__(self) -> None:
        """Prepare the directory, config and certificate; call :meth:`start` to run it."""
        binary = find_dovecot()
        if binary is None:
            raise DovecotError(
                "the dovecot binary was not found: run ./scripts/test, which installs dovecot-imapd"
            )
        if shutil.which("openssl") is None:
            raise DovecotError("the openssl command was not found (needed for the TLS cert)")
        self._binary = binary
        self._as_root = os.geteuid() == 0
        self.base_dir = Path(tempfile.mkdtemp(prefix="dc-", dir="/tmp"))
        self.base_dir.chmod(0o755)  # the mail uid must reach mail/ below it
        self.config_path = self.base_dir / "dovecot.conf"
        self.log_path = self.base_dir / "dovecot.log"
        self.cert_path = self.base_dir / "cert.pem"
        self.key_path = self.base_dir / "key.pem"
        self.mail_dir = self.base_dir / "mail"
        self.imap_port = 0
        self.imaps_port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._counter = itertools.count(1)
        self._counter_lock = threading.Lock()
        try:
            self._make_mail_dir()
            self._make_cert()
        except BaseException:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            raise

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start Dovecot and wait for its greeting; after :meth:`stop` reuse ports and mail."""
        if self.running:
            return
        first_start = self.imap_port == 0
        attempts = 3 if first_start else 1
        for attempt in range(1, attempts + 1):
            if first_start:
                self.imap_port, self.imaps_port = self._two_free_ports()
                self._write_config()
            try:
                self._launch()
            except DovecotError:
                port_taken = "Address already in use" in self.log_tail()
                if attempt == attempts or not port_taken:
                    raise
            else:
                _RUNNING.add(self)
                return

    def stop(self) -> None:
        """Stop Dovecot: SIGTERM to the master, wait, then SIGKILL whatever is left."""
        process, self._process = self._process, None
        _RUNNING.discard(self)
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(STOP_TIMEOUT)
        # start_new_session made the master the leader of its own process group.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)

    def restart(self) -> None:
        """Stop and start again on the same ports, keeping all mail."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop Dovecot and delete its directory, config, certificate and mail."""
        self.stop()
        shutil.rmtree(self.base_dir, ignore_errors=True)

    @property
    def running(self) -> bool:
        """Whether the Dovecot master process is alive."""
        return self._process is not None and self._process.poll() is None

    def __enter__(self) -> Self:
        """Start the server (if needed) and return it; remove its files if it cannot start."""
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server and remove its files."""
        self.close()

    # -- users and mail --------------------------------------------------------------------

    def new_user(self, prefix: str = "user") -> str:
        """Return a user name no other call returned (``prefix`` + counter + random suffix)."""
        with self._counter_lock:
            number = next(self._counter)
        return f"{prefix}{number}-{secrets.token_hex(3)}"

    def maildir_path(self, user: str) -> Path:
        """Return the user's Maildir (it exists once the user has logged in or had mail)."""
        return self.mail_dir / user / "Maildir"

    def connect(self, user: str, *, tls: bool = False) -> IMAPClient:
        """Return an IMAPClient logged in as ``user``, on the TLS port if ``tls``.

        The caller logs out (``IMAPClient`` is a context manager that does so).
        """
        if tls:
            client = IMAPClient(
                self.host,
                port=self.imaps_port,
                ssl=True,
                ssl_context=self.ssl_context(),
                timeout=IMAP_TIMEOUT,
            )
        else:
            client = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=IMAP_TIMEOUT)
        try:
            client.login(user, self.password)
        except BaseException:
            client.shutdown()
            raise
        return client

    def ssl_context(self) -> ssl.SSLContext:
        """Return a client SSL context that trusts this server's self-signed certificate."""
        return ssl.create_default_context(cafile=str(self.cert_path))

    def append(
        self,
        user: str,
        raw: bytes,
        folder: str = "INBOX",
        flags: Iterable[str | bytes] = (),
        when: datetime | None = None,
    ) -> int | None:
        """APPEND one message to ``folder`` (created if missing); return its UID if reported.

        ``when`` sets the INTERNALDATE (a naive datetime is taken as local time).
        """
        with self.connect(user) as client:
            _ensure_folder(client, folder)
            response: bytes = client.append(folder, raw, tuple(flags), when)
        uids = _appended_uids(response)
        return uids[-1] if uids else None

    def multi_append(
        self,
        user: str,
        messages: Sequence[bytes],
        folder: str = "INBOX",
        *,
        batch_size: int = MULTIAPPEND_BATCH,
    ) -> list[int]:
        """APPEND many messages with MULTIAPPEND, ``batch_size`` per command; return UIDs.

        Much faster than one APPEND each for large mailboxes (thousands per second).
        """
        uids: list[int] = []
        with self.connect(user) as client:
            _ensure_folder(client, folder)
            for start in range(0, len(messages), batch_size):
                batch = list(messages[start : start + batch_size])
                # imapclient 4.1.0 returns (typ, data) here without checking for NO/BAD.
                typ, data = client.multiappend(folder, batch)
                response = b" ".join(d for d in data if isinstance(d, bytes))
                if typ != "OK":
                    raise DovecotError(
                        f"MULTIAPPEND to {folder!r} failed: {response.decode(errors='replace')}"
                    )
                uids.extend(_appended_uids(response))
        return uids

    def log_tail(self, lines: int = 40) -> str:
        """Return the last ``lines`` lines of dovecot.log ('' when there is none yet)."""
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    # -- internals -------------------------------------------------------------------------

    def _two_free_ports(self) -> tuple[int, int]:
        """Return two distinct ports that are free right now."""
        while True:
            plain, tls = free_port(self.host), free_port(self.host)
            if plain != tls:
                return plain, tls

    def _make_mail_dir(self) -> None:
        """Create the mail tree, owned by the mail uid/gid when running as root."""
        self.mail_dir.mkdir()
        if self._as_root:
            os.chown(self.mail_dir, MAIL_UID, MAIL_UID)

    def _make_cert(self) -> None:
        """Make a self-signed certificate for 127.0.0.1 and localhost with openssl."""
        command = [
            "openssl", "req", "-x509", "-nodes", "-days", "7",
            "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", str(self.key_path), "-out", str(self.cert_path),
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, check=False, timeout=30)
        if result.returncode != 0:
            raise DovecotError(
                f"openssl could not make the test certificate: "
                f"{result.stderr.decode(errors='replace')}"
            )

    def _write_config(self) -> None:
        """Write dovecot.conf for the current ports."""
        self.config_path.write_text(self._config_text())

    def _config_text(self) -> str:
        """Return the Dovecot configuration for this instance."""
        base = self.base_dir
        if self._as_root:
            internal_user, login_user = "dovecot", "dovenull"
            internal_group = "dovecot"
            mail_uid = mail_gid = MAIL_UID
            chroots = ""
        else:
            # Unprivileged: everything runs as the current user, without chroot.
            internal_user = login_user = pwd.getpwuid(os.geteuid()).pw_name
            internal_group = grp.getgrgid(os.getegid()).gr_name
            mail_uid, mail_gid = os.getuid(), os.getgid()
            chroots = "".join(
                f"service {name} {{\n  chroot =\n}}\n"
                for name in _SERVICES_WITH_CHROOT
                if name not in {"imap-login", "anvil"}
            )
        service_chroot = "" if self._as_root else "  chroot =\n"
        return f"""\
# Private Dovecot for silence-watch tests; written by tests/support/dovecot.py.
instance_name = sw-test-{base.name}
base_dir = {base}/run
state_dir = {base}/state
log_path = {self.log_path}
protocols = imap
listen = {self.host}
default_internal_user = {internal_user}
default_login_user = {login_user}
default_internal_group = {internal_group}
ssl = yes
ssl_cert = <{self.cert_path}
ssl_key = <{self.key_path}
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = static
  args = password={self.password}
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={self.mail_dir}/%n
}}
mail_location = maildir:{self.mail_dir}/%n/Maildir
mail_fsync = never
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
}}
service imap-login {{
  service_count = 0
  process_min_avail = 1
{service_chroot}  inet_listener imap {{
    address = {self.host}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service imap {{
  process_min_avail = 4
}}
# No growing penalty after failed logins: every test connects from 127.0.0.1, and one test's
# wrong password must not slow down the next tests' logins (the first 2 s delay remains).
service anvil {{
{service_chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
{chroots}"""

    def _launch(self) -> None:
        """Run ``dovecot -F`` and wait for the greeting; raise with the log tail on failure."""
        with (self.base_dir / "dovecot.stderr").open("ab") as stderr:
            self._process = subprocess.Popen(
                [self._binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self._process.poll() is not None:
                code = self._process.returncode
                self.stop()
                raise DovecotError(f"dovecot exited with status {code}:\n{self._diagnostics()}")
            if _greeting_arrives(self.host, self.imap_port):
                return
            if time.monotonic() > deadline:
                self.stop()
                raise DovecotError(
                    f"no IMAP greeting on {self.host}:{self.imap_port} within "
                    f"{START_TIMEOUT:.0f} s:\n{self._diagnostics()}"
                )
            time.sleep(0.05)

    def _diagnostics(self) -> str:
        """Return the tails of dovecot.log and dovecot's stderr, for error messages."""
        stderr_path = self.base_dir / "dovecot.stderr"
        stderr = stderr_path.read_text(errors="replace") if stderr_path.exists() else ""
        return (
            f"--- {self.log_path} (tail) ---\n{self.log_tail()}\n--- stderr ---\n{stderr[-4000:]}"
        )


def _greeting_arrives(host: str, port: int) -> bool:
    """Return whether an IMAP ``* OK`` greeting can be read from ``host:port`` right now."""
    try:
        with socket.create_connection((host, port), timeout=2.0) as sock:
            return sock.recv(1024).startswith(b"* OK")
    except OSError:
        return False


def _ensure_folder(client: IMAPClient, folder: str) -> None:
    """Create ``folder`` unless it exists (APPEND into a missing folder fails)."""
    if not client.folder_exists(folder):
        client.create_folder(folder)


def _appended_uids(response: bytes) -> list[int]:
    """Return the UIDs named by an APPENDUID response code (UIDPLUS), or ``[]``."""
    match = _APPENDUID.search(response)
    return parse_uid_set(match.group(1)) if match else []
