"""The engine without the mailbox: interviews from the config, and where each one stands.

What ``status``, ``plan``, ``report`` and the draft commands need: the decisions and the
state, never the sync engine (IMAP, the classifier). ``Service`` adds indexing and
understanding on top of it for ``run``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from silence_watch.engine.decisions import Decisions

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.engine.decisions import Standing


class Overview(Decisions):
    """Decisions over the state, and the interviews of the configuration."""

    def sync_interviews(self, now: datetime) -> None:
        """Bring the interviews of the config file into the store."""
        for interview in self.settings.configured_interviews():
            self.store.upsert_interview(interview, source="config", now=now)


class Snapshot(Overview):
    """The state as a command that only reads it sees it: each moment assessed once.

    ``status`` asks for the records and the standings, and both assess every process;
    with 50 processes and 100,000 messages that is most of its time. Nothing a reading
    command does between the two changes a timeline, so the second asks the first.
    ``run`` and the daemon use ``Service``, which assesses afresh every time.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - Engine's arguments
        """As ``Engine``; nothing is assessed yet."""
        super().__init__(*args, **kwargs)
        self._assessed: dict[datetime, list[Standing]] = {}

    def standings(self, now: datetime) -> list[Standing]:
        """Every process with its timeline and where it stands at ``now`` (once per ``now``)."""
        if now not in self._assessed:
            self._assessed[now] = super().standings(now)
        return self._assessed[now]
