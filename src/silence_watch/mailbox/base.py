"""The small interface every mailbox adapter offers, so nothing else sees imapclient.

A poll returns the header blocks of messages the index has not seen in one folder, and
the cursor to store once they are indexed. Whole messages are fetched by key, later,
and only for the messages that matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from silence_watch.core.model import Cursor

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Sequence

__all__ = ["Batch", "Cursor", "Fetched", "Mailbox"]


@dataclass(frozen=True, slots=True)
class Fetched:
    """The header block of one message and where it lives."""

    folder: str
    key: str
    headers: bytes


@dataclass(frozen=True, slots=True)
class Batch:
    """What one poll of one folder found, and the cursor to save after indexing it."""

    folder: str
    cursor: Cursor
    messages: tuple[Fetched, ...]
    reset: bool = False  # the folder's identity changed (new UIDVALIDITY): keys start over
    remaining: int = 0  # messages of this poll still to come after this batch (for progress)


class Mailbox(Protocol):
    """A source of mail: an IMAP account or a local Maildir."""

    name: str

    def watched_folders(self) -> list[str]:
        """The folders to index (the inbox and where sent mail is filed)."""
        ...

    def poll(self, folder: str, cursor: Cursor | None, known: Collection[str]) -> Iterator[Batch]:
        """Yield batches of messages new since ``cursor`` (``known`` keys are skipped)."""
        ...

    def fetch_message(self, folder: str, key: str) -> bytes | None:
        """The whole message, or None when it is gone."""
        ...

    def fetch_messages(self, folder: str, keys: Sequence[str]) -> dict[str, bytes]:
        """Key -> whole message for the keys still there, in as few round trips as it can."""
        ...

    def close(self) -> None:
        """Release the connection or files."""
        ...
