"""An IMAP account as a mailbox (shell; imapclient stays inside ``mailbox``).

Connecting and logging in is ``imaplogin``; reading the server's answers is ``imapdata``.

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
from typing import TYPE_CHECKING, TypeVar

from silence_watch.core.errors import MailboxError
from silence_watch.core.headernames import INDEX_HEADERS
from silence_watch.mailbox.base import Batch, Cursor, Fetched
from silence_watch.mailbox.imapdata import (
    IdleNews,
    Selected,
    fetch_headers,
    idle_news,
    size_chunks,
    sizes_of,
    tags_sent,
    unchanged_cursor,
    up_to_date,
)
from silence_watch.mailbox.imaplogin import (
    COMMAND_ERRORS,
    CONNECTION_ERRORS,
    capabilities_of,
    log_in,
    open_client,
)
from silence_watch.mailbox.oauth import Auth, PasswordAuth

if TYPE_CHECKING:
    import ssl
    from collections.abc import Callable, Collection, Iterator, Sequence

    from imapclient import IMAPClient

    from silence_watch.config import MailboxConfig

CHUNK = 2000
BODY_CHUNK = 200
"""Whole messages fetched per ``UID FETCH`` at most."""
BODY_BUDGET = 8 * 1024 * 1024
"""About this many bytes of whole messages per ``UID FETCH`` (a larger message goes alone)."""
_T = TypeVar("_T")
_FIELDS = f"BODY.PEEK[HEADER.FIELDS ({' '.join(INDEX_HEADERS).upper()})]"
_SENT_FALLBACKS = ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent")
_DRAFTS_FALLBACKS = ("Drafts", "[Gmail]/Drafts", "INBOX.Drafts")
_SPECIAL_USE = {b"\\Sent": "sent", b"\\Drafts": "drafts", b"\\All": "all_mail"}


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
        self._resident: Selected | None = None  # the folder left selected between polls
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
        except (*CONNECTION_ERRORS, *COMMAND_ERRORS) as error:
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
            self._commands_before += tags_sent(client)
            with contextlib.suppress(*CONNECTION_ERRORS, *COMMAND_ERRORS):
                client.shutdown()

    @contextlib.contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        """Translate imapclient errors; forget a connection that is gone."""
        try:
            yield
        except CONNECTION_ERRORS as error:
            self._drop()
            host = self._config.host
            raise MailboxError(f"lost the connection to {host} ({what}): {error}") from error
        except COMMAND_ERRORS as error:
            raise MailboxError(f"the server refused to {what}: {error}") from error

    @property
    def commands_sent(self) -> int:
        """IMAP commands sent over every connection so far (LOGIN included)."""
        live = tags_sent(self._client) if self._client is not None else 0
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
        if up_to_date(cursor, validity, int(status[b"UIDNEXT"])):
            yield Batch(folder, unchanged_cursor(cursor, validity, modseq), ())
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
            elif not idle_news(responses).new_mail and up_to_date(
                cursor, state.validity, state.uidnext
            ):
                yield Batch(folder, unchanged_cursor(cursor, state.validity, state.modseq), ())
                return
        if state is None:
            state = self._select(folder)
            if up_to_date(cursor, state.validity, state.uidnext):
                yield Batch(folder, unchanged_cursor(cursor, state.validity, state.modseq), ())
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

    def _select(self, folder: str) -> Selected:
        selected = self._retrying(
            f"open {folder}",
            lambda client: client.select_folder(folder, readonly=True),
        )
        state = Selected(
            folder=folder,
            validity=int(selected[b"UIDVALIDITY"]),
            uidnext=int(selected.get(b"UIDNEXT", 0)),
            modseq=int(selected.get(b"HIGHESTMODSEQ", 0)) if self.has_condstore else 0,
        )
        self._resident = state
        return state

    def _read_new(
        self,
        state: Selected,
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
                    data = fetch_headers(client, chunk, items)
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
        with contextlib.suppress(*COMMAND_ERRORS):
            try:
                if "UNSELECT" in self._capabilities:
                    client.unselect_folder()
                else:
                    client.close_folder()  # selected read-only: CLOSE expunges nothing
            except CONNECTION_ERRORS:
                self._drop()

    def fetch_message(self, folder: str, key: str) -> bytes | None:
        """The whole message with UID ``key``, or None when it is gone."""
        return self.fetch_messages(folder, [key]).get(key)

    def fetch_messages(self, folder: str, keys: Sequence[str]) -> dict[str, bytes]:
        """The whole messages with these UIDs (those still there), a few per command.

        One ``UID FETCH`` of the sizes, then one ``UID FETCH BODY.PEEK[]`` per chunk of
        up to ``BODY_CHUNK`` messages and about ``BODY_BUDGET`` bytes: the round trips
        grow with the bytes, not with the number of messages, and a chunk of large
        attachments never sits in memory at once. The first watched folder stays
        selected (the next poll of it is still one ``NOOP``); another is unselected
        after, as a poll leaves it.
        """
        uids = sorted({int(key) for key in keys})
        if not uids:
            return {}
        resident = self._resident is not None and self._resident.folder == folder
        if not resident:
            self._select(folder)
        client = self._live()
        found: dict[str, bytes] = {}
        try:
            with self._guard(f"fetch messages from {folder}"):
                sizes = sizes_of(client, uids)
                for chunk in size_chunks(sizes, count=BODY_CHUNK, budget=BODY_BUDGET):
                    bodies = fetch_headers(client, chunk, "(UID BODY.PEEK[])")
                    found.update({str(uid): body for uid, body in bodies.items()})
        finally:
            if folder != self.watched_folders()[0]:
                self._unselect()
        return found

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
        self._commands_before += tags_sent(client)
        try:
            client.logout()
        except (*CONNECTION_ERRORS, *COMMAND_ERRORS):
            client.shutdown()


#: ``log_in`` and ``open_client`` stay importable from here for ``delivery.folders``.
__all__ = ["BODY_BUDGET", "BODY_CHUNK", "CHUNK", "IdleNews", "ImapMailbox", "log_in", "open_client"]
