"""An IMAP account as a mailbox (shell: with ``watcher``, the only modules importing imapclient).

Connections always carry connect and read timeouts; plain IMAP is only allowed to a
loopback address (the config refuses it otherwise). Login is by password or XOAUTH2.

A poll of a folder with nothing new is one command: ``NOOP`` for the first watched
folder, which stays selected (its cost does not grow with the folder), ``STATUS`` with
UIDVALIDITY and UIDNEXT for the others. Only when something arrived are new UIDs
searched and their header fields fetched in chunks of explicit UIDs (imapclient 4.1
raises on ``n:*`` ranges in FETCH); other folders are unselected again so that the
next ``STATUS`` does not target the selected folder (RFC 3501 section 6.3.10).

A dropped connection raises ``MailboxError`` and is re-opened by the next call, so a
caller that simply syncs again resumes from the cursors it saved.
"""

from __future__ import annotations

import contextlib
import re
import socket
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from silence_watch.core.errors import MailboxError
from silence_watch.core.parse import INDEX_HEADERS
from silence_watch.mailbox.base import Batch, Cursor, Fetched
from silence_watch.mailbox.oauth import Auth, PasswordAuth

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterator

    from silence_watch.config import MailboxConfig

CHUNK = 500
_T = TypeVar("_T")
_FIELDS = f"BODY.PEEK[HEADER.FIELDS ({' '.join(INDEX_HEADERS).upper()})]"
_SENT_FALLBACKS = ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent")
_DRAFTS_FALLBACKS = ("Drafts", "[Gmail]/Drafts", "INBOX.Drafts")
_SPECIAL_USE = {b"\\Sent": "sent", b"\\Drafts": "drafts", b"\\All": "all_mail"}
#: The connection is gone (EOF, BYE, reset, timeout): reconnect before the next command.
_CONNECTION_ERRORS = (IMAPClientAbortError, OSError, socket.timeout, ssl.SSLError)
#: A command was refused (NO/BAD) on a connection that still works.
_COMMAND_ERRORS = (IMAPClientError,)


def open_client(config: MailboxConfig, ssl_context: ssl.SSLContext | None = None) -> IMAPClient:
    """Connect (not yet logged in) with timeouts and the configured security."""
    host, port, timeout = config.host or "", config.effective_port, config.timeout
    context = ssl_context or ssl.create_default_context()
    try:
        client = IMAPClient(
            host,
            port=port,
            ssl=config.security == "tls",
            ssl_context=context,
            timeout=SocketTimeout(connect=timeout, read=timeout),
        )
    except (*_CONNECTION_ERRORS, *_COMMAND_ERRORS) as error:
        raise MailboxError(f"cannot reach the IMAP server {host}:{port}: {error}") from error
    try:
        if config.security == "starttls":
            client.starttls(context)
    except (*_CONNECTION_ERRORS, *_COMMAND_ERRORS) as error:
        client.shutdown()
        raise MailboxError(f"{host}:{port} refused STARTTLS: {error}") from error
    return client


def log_in(client: IMAPClient, config: MailboxConfig, auth: Auth, *, fresh: bool) -> None:
    """Log in by password or XOAUTH2; ``fresh`` asks for a new token (a reconnect)."""
    username, host = config.username or "", config.host or ""
    try:
        if isinstance(auth, PasswordAuth):
            client.login(username, auth.password)
            return
        try:
            client.oauth2_login(username, auth.tokens.token(fresh=fresh))
        except LoginError:
            if fresh:
                raise
            # The cached token may have been revoked or expired early: one fresh try.
            client.oauth2_login(username, auth.tokens.token(fresh=True))
    except LoginError as error:
        client.shutdown()
        what = "the password" if isinstance(auth, PasswordAuth) else "the OAuth2 token"
        raise MailboxError(f"{host} refused the login for {username}: check {what}") from error
    except (*_CONNECTION_ERRORS, *_COMMAND_ERRORS) as error:
        client.shutdown()
        raise MailboxError(f"lost the connection to {host} while logging in: {error}") from error


def capabilities_of(client: IMAPClient) -> frozenset[str]:
    """The server's capabilities as upper-case text."""
    return frozenset(bytes(c).decode("ascii", "replace").upper() for c in client.capabilities())


class ImapMailbox:
    """One IMAP connection, logged in, re-opened on demand after it drops."""

    def __init__(
        self,
        config: MailboxConfig,
        auth: Auth | str,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """Connect and log in, or raise ``MailboxError`` with a plain explanation.

        ``auth`` is a ``PasswordAuth``/``OAuth2Auth`` (see ``oauth.auth_from_config``)
        or, for compatibility, a password.
        """
        self._config = config
        self._auth: Auth = PasswordAuth(auth) if isinstance(auth, str) else auth
        self._ssl_context = ssl_context
        self.name = f"imap:{config.username or ''}@{config.host or ''}:{config.effective_port}"
        self._client: IMAPClient | None = None
        self._capabilities: frozenset[str] = frozenset()
        self._folders: dict[str, str] | None = None
        self._resident: _Selected | None = None  # the folder left selected between polls
        self._commands_before = 0  # commands of connections already closed
        self.connections = 0
        self._connect()

    # --- the connection -----------------------------------------------------------------

    def _connect(self) -> IMAPClient:
        client = open_client(self._config, self._ssl_context)
        log_in(client, self._config, self._auth, fresh=self.connections > 0)
        try:
            self._capabilities = capabilities_of(client)
            if "CONDSTORE" in self._capabilities:
                client.enable("CONDSTORE")  # before any SELECT, so HIGHESTMODSEQ is reported
        except (*_CONNECTION_ERRORS, *_COMMAND_ERRORS) as error:
            client.shutdown()
            raise MailboxError(f"lost the connection to {self._config.host}: {error}") from error
        self._client = client
        self.connections += 1
        return client

    def _live(self) -> IMAPClient:
        return self._client if self._client is not None else self._connect()

    def _drop(self) -> None:
        self._resident = None
        client, self._client = self._client, None
        if client is not None:
            self._commands_before += _tags_sent(client)
            with contextlib.suppress(*_CONNECTION_ERRORS, *_COMMAND_ERRORS):
                client.shutdown()

    @contextlib.contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        """Translate imapclient errors; forget a connection that is gone."""
        try:
            yield
        except _CONNECTION_ERRORS as error:
            self._drop()
            host = self._config.host
            raise MailboxError(f"lost the connection to {host} ({what}): {error}") from error
        except _COMMAND_ERRORS as error:
            raise MailboxError(f"the server refused to {what}: {error}") from error

    @property
    def commands_sent(self) -> int:
        """IMAP commands sent over every connection so far (LOGIN included)."""
        live = _tags_sent(self._client) if self._client is not None else 0
        return self._commands_before + live

    @property
    def is_gmail(self) -> bool:
        """Whether the server speaks Gmail's extensions (labels, thread ids)."""
        return "X-GM-EXT-1" in self._capabilities

    @property
    def has_condstore(self) -> bool:
        """Whether the server keeps mod-sequences (RFC 7162)."""
        return "CONDSTORE" in self._capabilities

    # --- folders --------------------------------------------------------------------------

    def special_folders(self) -> dict[str, str]:
        """``sent``, ``drafts`` and ``all_mail`` folder names found (config overrides first)."""
        if self._folders is None:
            client = self._live()
            with self._guard("list folders"):
                listing = client.list_folders()
            found: dict[str, str] = {}
            names = set()
            for flags, _, name in listing:
                names.add(str(name))
                for flag in flags:
                    role = _SPECIAL_USE.get(bytes(flag))
                    if role is not None:
                        found.setdefault(role, str(name))
            for role, fallbacks in (("sent", _SENT_FALLBACKS), ("drafts", _DRAFTS_FALLBACKS)):
                if role not in found:
                    match = next((n for n in fallbacks if n in names), None)
                    if match is not None:
                        found[role] = match
            config = self._config
            overrides = {"sent": config.sent, "drafts": config.drafts, "all_mail": config.all_mail}
            found.update({role: name for role, name in overrides.items() if name})
            self._folders = found
        return dict(self._folders)

    def watched_folders(self) -> list[str]:
        """The inbox and the sent folder; on Gmail, All Mail alone (it holds both)."""
        folders = self.special_folders()
        if self.is_gmail and "all_mail" in folders:
            return [folders["all_mail"]]
        sent = folders.get("sent")
        return [self._config.inbox] if sent is None else [self._config.inbox, sent]

    # --- reading --------------------------------------------------------------------------

    def poll(self, folder: str, cursor: Cursor | None, known: Collection[str]) -> Iterator[Batch]:
        """Yield header blocks of messages with a UID above the cursor's.

        The first watched folder (the inbox, or All Mail) stays selected between polls:
        with nothing new a poll of it is one ``NOOP``, whose cost does not grow with the
        folder (Dovecot answers ``STATUS`` on an unselected 100,000-message folder in
        ~50 ms, ``NOOP`` in ~0.1 ms). Other folders cost one ``STATUS`` each. A new
        UIDVALIDITY re-reads the folder from the start (``reset``); the index's
        identities keep that free of duplicates.
        """
        if folder == self.watched_folders()[0]:
            yield from self._poll_resident(folder, cursor, known)
            return
        status = self._retrying(
            f"read the status of {folder}",
            lambda client: client.folder_status(folder, self._status_items()),
        )
        validity = int(status[b"UIDVALIDITY"])
        modseq = int(status.get(b"HIGHESTMODSEQ", 0))
        if _up_to_date(cursor, validity, int(status[b"UIDNEXT"])):
            yield Batch(folder, _same(cursor, validity, modseq), ())
            return
        state = self._select(folder)
        try:
            yield from self._read_new(state, cursor, known)
        finally:
            self._unselect()

    def _poll_resident(
        self,
        folder: str,
        cursor: Cursor | None,
        known: Collection[str],
    ) -> Iterator[Batch]:
        state = self._resident if self._resident and self._resident.folder == folder else None
        if state is not None:
            _, responses = self._retrying("check for new mail", lambda client: client.noop())
            if self._resident is not state:
                state = None  # the connection was re-opened: nothing is selected now
            elif not idle_news(responses).new_mail and _up_to_date(
                cursor, state.validity, state.uidnext
            ):
                yield Batch(folder, _same(cursor, state.validity, state.modseq), ())
                return
        if state is None:
            state = self._select(folder)
            if _up_to_date(cursor, state.validity, state.uidnext):
                yield Batch(folder, _same(cursor, state.validity, state.modseq), ())
                return
        yield from self._read_new(state, cursor, known)

    def _status_items(self) -> list[str]:
        return ["UIDNEXT", "UIDVALIDITY", *(["HIGHESTMODSEQ"] if self.has_condstore else [])]

    def _retrying(self, what: str, command: Callable[[IMAPClient], _T]) -> _T:
        """Run a read-only command; a connection found dead by it is re-opened once.

        The command changes nothing, so retrying it is safe, and a sync right after a
        server restart then succeeds instead of failing once on the stale connection.
        """
        reused = self._client is not None
        client = self._live()
        try:
            with self._guard(what):
                return command(client)
        except MailboxError:
            if not reused or self._client is not None:
                raise  # a fresh connection failed, or the server refused the command
        client = self._live()
        with self._guard(what):
            return command(client)

    def _select(self, folder: str) -> _Selected:
        selected = self._retrying(
            f"open {folder}",
            lambda client: client.select_folder(folder, readonly=True),
        )
        state = _Selected(
            folder=folder,
            validity=int(selected[b"UIDVALIDITY"]),
            uidnext=int(selected.get(b"UIDNEXT", 0)),
            modseq=int(selected.get(b"HIGHESTMODSEQ", 0)) if self.has_condstore else 0,
        )
        self._resident = state
        return state

    def _read_new(
        self,
        state: _Selected,
        cursor: Cursor | None,
        known: Collection[str],
    ) -> Iterator[Batch]:
        client, folder = self._live(), state.folder
        reset = cursor is not None and cursor.validity != state.validity
        last = 0 if cursor is None or reset else cursor.last_uid
        with self._guard(f"search {folder}"):
            found = client.search(["UID", f"{last + 1}:*"])
        uids = sorted(int(u) for u in found if int(u) > last)
        if not uids:
            yield Batch(folder, Cursor(state.validity, last, state.modseq), (), reset=reset)
            return
        state.uidnext = max(state.uidnext, uids[-1] + 1)
        items = f"(UID {_FIELDS}{' X-GM-THRID' if self.is_gmail else ''})"
        for start in range(0, len(uids), CHUNK):
            wanted = uids[start : start + CHUNK]
            chunk = [u for u in wanted if reset or str(u) not in known]
            data: dict[int, bytes] = {}
            if chunk:
                with self._guard(f"fetch from {folder}"):
                    data = _fetch_headers(client, chunk, items)
            fetched = tuple(Fetched(folder, str(uid), block) for uid, block in sorted(data.items()))
            yield Batch(
                folder,
                Cursor(state.validity, wanted[-1], state.modseq),
                fetched,
                reset=reset and start == 0,
                remaining=max(0, len(uids) - start - CHUNK),
            )

    def _unselect(self) -> None:
        self._resident = None
        client = self._client
        if client is None:
            return
        with contextlib.suppress(*_COMMAND_ERRORS):
            try:
                if "UNSELECT" in self._capabilities:
                    client.unselect_folder()
                else:
                    client.close_folder()  # selected read-only: CLOSE expunges nothing
            except _CONNECTION_ERRORS:
                self._drop()

    def fetch_message(self, folder: str, key: str) -> bytes | None:
        """The whole message with UID ``key``, or None when it is gone."""
        client = self._live()
        self._resident = None
        with self._guard(f"open {folder}"):
            client.select_folder(folder, readonly=True)
        try:
            with self._guard(f"fetch a message from {folder}"):
                data = client.fetch([int(key)], ["BODY.PEEK[]"])
        finally:
            self._unselect()
        items = data.get(int(key))
        if not items:
            return None
        body = items.get(b"BODY[]")
        return bytes(body) if body is not None else None

    # --- push -----------------------------------------------------------------------------

    @property
    def has_idle(self) -> bool:
        """Whether the server offers IMAP IDLE (RFC 2177)."""
        return "IDLE" in self._capabilities

    @property
    def connected(self) -> bool:
        """Whether a connection is open (it may still turn out to be dead)."""
        return self._client is not None

    def reconnect(self) -> None:
        """Drop the connection and open a new one (a fresh OAuth2 token is fetched)."""
        self._drop()
        self._connect()

    def noop(self) -> None:
        """Ask the server whether the connection still works."""
        client = self._live()
        with self._guard("answer NOOP"):
            client.noop()

    def idle_start(self, folder: str) -> None:
        """Select ``folder`` read-only and enter IDLE."""
        client = self._live()
        self._resident = None
        with self._guard(f"open {folder}"):
            client.select_folder(folder, readonly=True)
        with self._guard("start IDLE"):
            client.idle()

    def idle_wait(self, timeout: float) -> IdleNews:
        """Wait at most ``timeout`` seconds for the server to report something."""
        client = self._live()
        with self._guard("wait in IDLE"):
            responses = client.idle_check(timeout=timeout)
        return idle_news(responses)

    def idle_stop(self) -> IdleNews:
        """Leave IDLE (the server must answer within the read timeout) and unselect."""
        client = self._live()
        with self._guard("end IDLE"):
            _, responses = client.idle_done()
        self._unselect()
        return idle_news(responses)

    def close(self) -> None:
        """Log out, ignoring a connection that is already gone."""
        client, self._client = self._client, None
        if client is None:
            return
        self._commands_before += _tags_sent(client)
        try:
            client.logout()
        except (*_CONNECTION_ERRORS, *_COMMAND_ERRORS):
            client.shutdown()


@dataclass(slots=True)
class _Selected:
    """The folder selected on the connection, as its SELECT (and later reads) left it."""

    folder: str
    validity: int
    uidnext: int
    modseq: int


def _up_to_date(cursor: Cursor | None, validity: int, uidnext: int) -> bool:
    """Whether a folder with this UIDVALIDITY and UIDNEXT holds nothing past ``cursor``."""
    return cursor is not None and cursor.validity == validity and uidnext - 1 <= cursor.last_uid


def _same(cursor: Cursor | None, validity: int, modseq: int) -> Cursor:
    """The cursor to save when nothing was new (a fresh folder's is at UID 0)."""
    last = cursor.last_uid if cursor is not None and cursor.validity == validity else 0
    return Cursor(validity, last, modseq or (cursor.modseq if cursor else 0))


@dataclass(frozen=True, slots=True)
class IdleNews:
    """What the server said during IDLE, reduced to what a watcher acts on."""

    responses: int = 0  # how many untagged responses arrived
    new_mail: bool = False  # EXISTS or RECENT: something arrived
    bye: bool = False  # the server is closing the connection


def idle_news(responses: list[Any]) -> IdleNews:
    """Reduce parsed IDLE responses (``[(3, b"EXISTS"), (b"BYE", b"...")]``) to ``IdleNews``."""
    new_mail = bye = False
    for response in responses:
        if not isinstance(response, tuple) or len(response) < 2:
            continue
        words = {item.upper() for item in response[:2] if isinstance(item, bytes)}
        new_mail = new_mail or bool(words & {b"EXISTS", b"RECENT"})
        bye = bye or b"BYE" in words
    return IdleNews(responses=len(responses), new_mail=new_mail, bye=bye)


def _tags_sent(client: IMAPClient) -> int:
    """How many tagged commands imaplib has issued on this connection."""
    return int(client._imap.tagnum)  # noqa: SLF001 - imaplib's own command counter, read-only


_UID_RE = re.compile(rb"\bUID (\d+)")
_THREAD_RE = re.compile(rb"\bX-GM-THRID (\d+)")


def _fetch_headers(client: IMAPClient, uids: list[int], items: str) -> dict[int, bytes]:
    """UID -> header block, by ``UID FETCH`` through imaplib.

    imapclient's general response parser lexes every response byte by byte in Python;
    for this one hot, fixed-shape command (a literal per message) reading imaplib's
    answer directly is about 8x faster. Unsolicited FETCH responses without a
    literal (flag changes) are skipped.
    """
    imap = client._imap  # noqa: SLF001 - the hot path reads imaplib's answer; see the docstring
    typ, data = imap.uid("FETCH", ",".join(map(str, uids)), items)
    if typ != "OK":
        text = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace")
        raise IMAPClientError(f"UID FETCH failed: {text}")
    return header_blocks(data, uids)


def header_blocks(data: list[Any], uids: Collection[int]) -> dict[int, bytes]:
    """UID -> header block from imaplib's ``UID FETCH`` data (pure: bytes in, dict out)."""
    blocks: dict[int, bytes] = {}
    wanted = set(uids)
    for index, entry in enumerate(data):
        if isinstance(entry, bytes):
            empty = _UID_RE.search(entry)  # no literal: none of the fields is present
            if empty is not None and int(empty.group(1)) in wanted:
                blocks.setdefault(int(empty.group(1)), b"")
            continue
        if not isinstance(entry, tuple) or len(entry) != 2:
            continue
        prefix, literal = bytes(entry[0]), bytes(entry[1])
        after = data[index + 1] if index + 1 < len(data) else b""
        context = prefix + (after if isinstance(after, bytes) else b"")
        uid = _UID_RE.search(context)
        if uid is None:
            continue
        thread = _THREAD_RE.search(context)
        if thread is not None:
            # Gmail's thread id is a FETCH item, not a header: give it to the parser as one.
            literal = b"X-GM-THRID: " + thread.group(1) + b"\r\n" + literal
        blocks[int(uid.group(1))] = literal
    return blocks
