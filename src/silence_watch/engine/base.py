"""What every part of the engine holds: the settings, the state, the templates (shell)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from silence_watch.engine.knobs import policy_settings

if TYPE_CHECKING:
    from collections.abc import Mapping

    from silence_watch.config import Settings
    from silence_watch.core.ladder import PolicySettings
    from silence_watch.store import Store


@dataclass
class CycleReport:
    """What one cycle did, for logs and ``run --once``."""

    indexed: int = 0
    matched: int = 0
    drafted: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Engine:
    """The settings, state and templates a cycle works with."""

    def __init__(self, settings: Settings, store: Store, templates: Mapping[str, str]) -> None:
        """Bind settings, state and templates; nothing is read from the network yet."""
        self.settings = settings
        self.store = store
        self.templates = templates
        self.policy: PolicySettings = policy_settings(settings)
        self.own = settings.me.addresses
        self.own_name = settings.me.name  # mail under it copying an own address is theirs
        #: Whole messages read in this sync, by index id, for the readers after
        #: understanding (discovery, notes): read once, not once per reader.
        self.read_this_sync: dict[int, bytes] = {}
