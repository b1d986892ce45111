"""Indexing: the headers of new mail in every watched folder, batch by batch (shell).

A batch is indexed and its cursor saved in one transaction, so an interrupted first run
resumes where it stopped. One person's malformed message is recorded and skipped; it
never stops the index.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Collection
from typing import TYPE_CHECKING

from silence_watch.core.match import direction_of
from silence_watch.core.model import EventKind
from silence_watch.core.parse import dated, parse_headers
from silence_watch.engine.base import CycleReport, Engine
from silence_watch.store import NewMessage

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import datetime

    from silence_watch.mailbox.base import Batch, Mailbox

log = logging.getLogger(__name__)


class KnownKeys(Collection[str]):
    """A folder's indexed keys, read from the state only when a poll first asks.

    A poll with nothing new never asks: an idle cycle does not load 100,000 keys.
    """

    def __init__(self, load: Callable[[], set[str]]) -> None:
        """Remember how to read the keys."""
        self._load = load
        self._keys: set[str] | None = None

    @property
    def keys(self) -> set[str]:
        """The keys, read on first use."""
        if self._keys is None:
            self._keys = self._load()
        return self._keys

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is indexed."""
        return key in self.keys

    def __iter__(self) -> Iterator[str]:
        """Every indexed key."""
        return iter(self.keys)

    def __len__(self) -> int:
        """How many keys are indexed."""
        return len(self.keys)


class Indexing(Engine):
    """Bring new mail into the header index."""

    def index_mailbox(
        self,
        mailbox: Mailbox,
        now: datetime,
        progress: Callable[[Batch], None] | None = None,
    ) -> tuple[CycleReport, list[int]]:
        """Index what is new in every watched folder; the report and the new rows' ids.

        ``progress`` is called after each batch is indexed and its cursor saved.
        """
        report = CycleReport()
        new: list[int] = []
        for folder in mailbox.watched_folders():
            cursor = self.store.cursor(mailbox.name, folder)
            known = KnownKeys(functools.partial(self.store.known_keys, mailbox.name, folder))
            for batch in mailbox.poll(folder, cursor, known):
                new += self._index_batch(mailbox, batch, now)
                if progress is not None:
                    progress(batch)
        report.indexed = len(new)
        return report, new

    def _index_batch(self, mailbox: Mailbox, batch: Batch, now: datetime) -> list[int]:
        """Index one batch and save its cursor, in one transaction.

        A message that cannot be parsed or stored is recorded as an event with its
        defect and skipped: one person's malformed mail never stops the index.
        """
        with self.store.transaction():
            if batch.reset:
                log.info("folder %s changed identity (UIDVALIDITY); re-indexing it", batch.folder)
                self.store.forget_folder(mailbox.name, batch.folder)
            items = []
            for item in batch.messages:
                try:
                    message = parse_headers(item.headers)
                except Exception as error:  # noqa: BLE001 - malformed mail must never stop indexing
                    self._unindexable(f"{mailbox.name} {item.folder} {item.key}", error, now)
                    continue
                message = dated(message, now)  # no Date, or a sender's clock a year off
                direction = direction_of(message, self.own, self.own_name)
                items.append(NewMessage(message, item.headers, item.folder, item.key, direction))
            try:
                with self.store.savepoint():
                    added = self.store.add_messages(items, source=mailbox.name, now=now)
            except Exception:  # noqa: BLE001 - one bad message: index the rest one by one
                added = self._add_one_by_one(mailbox, items, now)
            self.store.save_cursor(mailbox.name, batch.folder, batch.cursor, now)
        return [pk for pk, is_new in added if is_new]

    def _add_one_by_one(
        self,
        mailbox: Mailbox,
        items: list[NewMessage],
        now: datetime,
    ) -> list[tuple[int, bool]]:
        """The slow path after a bulk insert failed: each message alone, the bad one skipped."""
        added = []
        for item in items:
            try:
                with self.store.savepoint():
                    added += self.store.add_messages([item], source=mailbox.name, now=now)
            except Exception as error:  # noqa: BLE001 - malformed mail must never stop indexing
                self._unindexable(f"{mailbox.name} {item.folder} {item.key}", error, now)
        return added

    def _unindexable(self, where: str, error: Exception, now: datetime) -> None:
        """Record a message that cannot be indexed, once, and carry on."""
        log.warning("skipped a message that cannot be indexed (%s): %s", where, error)
        self.store.add_event(
            EventKind.UNINDEXABLE_MESSAGE,
            f"{where}: {type(error).__name__}: {error}"[:500],
            at=now,
            dedupe=f"unindexable:{where}",
        )
