"""Whole messages fetched from the mailbox, and kept for the sync's later readers (shell).

Understanding reads the bodies of the mail that can matter; discovery and notes read some
of the same mail in the same sync, so what was fetched is kept (up to ``_KEPT_BYTES``)
and not asked for twice.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from silence_watch.core.errors import MailboxError
from silence_watch.engine.base import Engine

if TYPE_CHECKING:
    from collections.abc import Mapping

    from silence_watch.mailbox.base import Mailbox

log = logging.getLogger(__name__)

#: How much mail read whole in one sync is kept for later readers (discovery, notes). A
#: steady sync reads a few messages, well under it; a first sync of 100,000 read 12,662
#: bodies, and 16 MB of them held through to its end were ~10 % of its peak memory while
#: sparing the notes only one body in six.
_KEPT_BYTES = 4 * 1024 * 1024


class WholeMessages(Engine):
    """Fetch whole messages by index id, once per sync."""

    def _whole_messages(self, mailbox: Mailbox, pks: list[int]) -> Mapping[int, bytes]:
        """Each message's whole text by pk, for those this mailbox holds and still has.

        What this sync already read is not asked for again (up to ``_KEPT_BYTES`` of it).
        """
        kept = self.read_this_sync
        found: dict[int, bytes] = {pk: kept[pk] for pk in pks if pk in kept}
        missing = [pk for pk in pks if pk not in kept]
        if missing:
            found.update(self._fetch_whole(mailbox, missing))
            room = _KEPT_BYTES - sum(map(len, kept.values()))
            for pk in missing:
                if pk in found and len(found[pk]) <= room:
                    kept[pk] = found[pk]
                    room -= len(found[pk])
        return found

    def _fetch_whole(self, mailbox: Mailbox, pks: list[int]) -> dict[int, bytes]:
        by_folder: dict[str, dict[str, int]] = {}
        for pk, (source, folder, key) in self.store.locations_of(pks).items():
            if source == mailbox.name:
                by_folder.setdefault(folder, {})[key] = pk
        found: dict[int, bytes] = {}
        for folder, keys in by_folder.items():
            try:
                bodies = mailbox.fetch_messages(folder, list(keys))
            except MailboxError as error:
                log.warning("could not read %d message(s) in full: %s", len(keys), error)
                continue
            found.update({keys[key]: body for key, body in bodies.items() if key in keys})
        return found
