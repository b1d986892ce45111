"""Every command of ``silence-watch`` (shell). No logic lives here.

Each command builds the library objects, calls them, and prints; library errors become
exit codes at this edge (see ``app``). One module per group of commands.
"""

from silence_watch.cli import (
    auth,
    classify,
    config_cmd,
    connections,
    digest,
    drafts,
    interviews,
    mark,
    report,
    run,
    setup,
    watch,
)
from silence_watch.cli.app import cli, main

__all__ = [
    "auth",
    "classify",
    "cli",
    "config_cmd",
    "connections",
    "digest",
    "drafts",
    "interviews",
    "main",
    "mark",
    "report",
    "run",
    "setup",
    "watch",
]
