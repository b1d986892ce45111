"""The engine without the mailbox: interviews from the config, and where each one stands.

What ``status``, ``plan``, ``report`` and the draft commands need: the decisions and the
state, never the sync engine (IMAP, the classifier). ``Service`` adds indexing and
understanding on top of it for ``run``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.engine.decisions import Decisions

if TYPE_CHECKING:
    from datetime import datetime


class Overview(Decisions):
    """Decisions over the state, and the interviews of the configuration."""

    def sync_interviews(self, now: datetime) -> None:
        """Bring the interviews of the config file into the store."""
        for interview in self.settings.configured_interviews():
            self.store.upsert_interview(interview, source="config", now=now)
