"""One cycle of work: interviews from the config, new mail indexed and understood, decisions.

``Service`` is the engine's parts over one state database; it holds no rules of its own:
what a message means is ``core.classify``, which interview it belongs to ``core.match``,
what to do ``core.policy``, and the words ``core.compose``. Sending is not here: the
delivery package runs after a cycle (``delivery.cycle``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.engine.base import CycleReport
from silence_watch.engine.connections import Network  # understanding and decisions too
from silence_watch.engine.discovery import NOTES_PENDING, Discovery
from silence_watch.engine.indexing import Indexing
from silence_watch.engine.overview import Overview

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from silence_watch.mailbox.base import Batch, Mailbox


class Service(Indexing, Network, Overview):
    """The daemon's work, one cycle at a time."""

    def sync_mailbox(
        self,
        mailbox: Mailbox,
        now: datetime,
        progress: Callable[[Batch], None] | None = None,
    ) -> CycleReport:
        """Index what is new in every watched folder, understand it, find interviews in it.

        ``progress`` is called after each batch is indexed and its cursor saved (an
        interrupted first run resumes from there).
        """
        self.read_this_sync.clear()
        try:
            report, new = self.index_mailbox(mailbox, now, progress)
            report.matched = self.understand(mailbox, new, now)
            Discovery(self).catch_up(lambda pks: self._whole_messages(mailbox, pks), now)
            pending = self.store.meta(NOTES_PENDING) == "1"  # a round confirmed meanwhile
            if new or report.matched or pending:  # an idle cycle assesses nothing
                self.read_notes(mailbox, now)
                if pending:
                    self.store.set_meta(NOTES_PENDING, "")
        finally:
            self.read_this_sync.clear()
        return report

    def run_once(
        self,
        mailbox: Mailbox | None,
        now: datetime,
        progress: Callable[[Batch], None] | None = None,
    ) -> CycleReport:
        """Interviews, mail (when a mailbox is given), decisions; nothing is sent."""
        self.sync_interviews(now)
        report = CycleReport()
        if mailbox is not None:
            report = self.sync_mailbox(mailbox, now, progress)
        decided = self.decide(now)
        report.drafted = decided.drafted
        report.cancelled = decided.cancelled
        report.problems += decided.problems
        return report


__all__ = ["CycleReport", "Service"]
