"""A local Maildir as a mailbox (shell: reads files).

The root is the inbox. Subfolders may be Maildir++ (``.Sent/``) or verbatim (``Sent/``),
as mbsync and offlineimap write them. A message's key is its file name up to the
``:2,`` flags, which stays the same when a mail client changes the flags.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
from typing import TYPE_CHECKING

from silence_watch.core.errors import MailboxError
from silence_watch.mailbox.base import Batch, Cursor, Fetched

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Sequence
    from pathlib import Path

log = logging.getLogger(__name__)

INBOX = "INBOX"
_HEADER_LIMIT = 256 * 1024
_BATCH = 500
_SENT_NAMES = ("sent", "sent items", "sent messages", "sent mail", "[gmail]/sent mail", "gesendet")


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def message_key(file_name: str) -> str:
    """The stable part of a Maildir file name (flags after ``:2,`` stripped)."""
    return file_name.split(":2,", 1)[0].split("!2,", 1)[0]


def header_block(path: str | Path) -> bytes:
    """The bytes of a message up to the blank line that ends its headers."""
    with open(path, "rb") as handle:  # noqa: PTH123 - a name, not a Path, for each of 100,000
        data = handle.read(_HEADER_LIMIT)
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = data.find(separator)
        if end != -1:
            return data[: end + len(separator)]
    return data


def _unknown_files(path: Path, known: Collection[str]) -> dict[str, str]:
    """Files of ``new/`` and ``cur/`` whose key is not in ``known``: key -> ``sub/name``.

    Names, not ``Path`` objects: a first run of 100,000 messages held 100,000 paths (and
    pathlib interned every file name for good) for the whole index step.
    """
    fresh: dict[str, str] = {}
    for sub in ("new", "cur"):
        try:
            names = sorted(entry.name for entry in os.scandir(path / sub))
        except OSError as error:
            raise MailboxError(f"cannot list {path / sub}: {error.strerror}") from error
        for name in names:
            key = message_key(name)
            if not name.startswith(".") and key not in known:
                fresh.setdefault(key, f"{sub}/{name}")
        del names
    return fresh


def _read_matching(path: Path, wanted: set[str], found: dict[str, bytes]) -> None:
    """Read into ``found`` the wanted files of ``cur/``, then of ``new/``, the first copy of each.

    Streamed from ``os.scandir``, and stopped once every one is found: a folder of 100,000
    files was listed into 100,000 ``Path`` objects for every 200 whole messages a first
    run read (most of its peak memory, and a few minutes of CPU).
    """
    for sub in ("cur", "new"):
        if len(found) >= len(wanted):
            return
        folder = os.path.join(path, sub)  # noqa: PTH118 - as in header_block
        try:
            entries = os.scandir(folder)
        except OSError:
            continue
        with entries:
            for entry in entries:
                key = message_key(entry.name)
                if key in wanted and key not in found:
                    with contextlib.suppress(FileNotFoundError), open(entry.path, "rb") as handle:  # noqa: PTH123
                        found[key] = handle.read()
                        if len(found) >= len(wanted):
                            return


class MaildirMailbox:
    """Mail in a local Maildir tree."""

    def __init__(self, root: Path, *, sent_folder: str | None = None) -> None:
        """Use the Maildir at ``root``; ``sent_folder`` overrides sent-folder discovery."""
        self.root = root.expanduser()
        self.name = f"maildir:{self.root}"
        self._sent = sent_folder
        if not _is_maildir(self.root):
            raise MailboxError(
                f"{self.root} is not a Maildir (it needs cur/ and new/ folders); "
                "check mailbox.path",
            )

    def folders(self) -> dict[str, Path]:
        """Every folder in the tree, by name."""
        found = {INBOX: self.root}
        for child in sorted(self.root.iterdir()):
            if child.name in {"cur", "new", "tmp"} or not child.is_dir() or not _is_maildir(child):
                continue
            name = child.name.removeprefix(".")
            found[name.replace(".", "/")] = child
        return found

    def watched_folders(self) -> list[str]:
        """The inbox and the sent folder(s)."""
        names = self.folders()
        if self._sent is not None:
            return [INBOX, self._sent] if self._sent in names else [INBOX]
        sent = [n for n in names if n.lower() in _SENT_NAMES]
        return [INBOX, *sent]

    def poll(self, folder: str, cursor: Cursor | None, known: Collection[str]) -> Iterator[Batch]:
        """Yield the messages of ``folder`` whose keys are not in ``known``.

        Incremental by file name: only the names of ``new/`` and ``cur/`` are listed, and
        only files with an unknown key are opened (to read their header block).
        """
        path = self.folders().get(folder)
        if path is None:
            raise MailboxError(f"the Maildir has no folder named {folder!r}")
        fresh = _unknown_files(path, known)
        keys = list(fresh)
        mark = cursor or Cursor()
        if not keys:
            yield Batch(folder, mark, ())
            return
        for start in range(0, len(keys), _BATCH):
            messages = []
            for key in keys[start : start + _BATCH]:
                file = os.path.join(path, fresh[key])  # noqa: PTH118 - as in header_block
                try:
                    messages.append(Fetched(folder, key, header_block(file)))
                except FileNotFoundError:
                    continue  # moved by a mail client meanwhile: the next poll finds it
                except OSError as error:
                    log.warning("cannot read %s: %s", file, error.strerror)
            yield Batch(folder, mark, tuple(messages), remaining=max(0, len(keys) - start - _BATCH))

    def fetch_message(self, folder: str, key: str) -> bytes | None:
        """The whole message with this key, or None when it is gone."""
        path = self.folders().get(folder)
        if path is None:
            return None
        for sub in ("cur", "new"):
            for entry in (path / sub).glob(f"{glob.escape(key)}*"):
                if message_key(entry.name) == key:
                    with contextlib.suppress(FileNotFoundError):
                        return entry.read_bytes()
        return None

    def fetch_messages(self, folder: str, keys: Sequence[str]) -> dict[str, bytes]:
        """The whole messages with these keys (those still there): one listing of the folder.

        ``fetch_message`` looks for one file by name; for many, listing ``cur/`` and
        ``new/`` once costs less than a search per message in a large folder.
        """
        path = self.folders().get(folder)
        wanted = set(keys)
        if path is None or not wanted:
            return {}
        found: dict[str, bytes] = {}
        _read_matching(path, wanted, found)
        return found

    def close(self) -> None:
        """Nothing to release."""
