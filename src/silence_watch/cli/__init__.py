"""Every command of ``silence-watch`` (shell). No logic lives here.

Each command builds the library objects, calls them, and prints; library errors become
exit codes at this edge (see ``app``). One module per group of commands.

A command's module is imported only when that command runs: ``silence-watch --help``
lists the commands from the table below, and ``status`` never loads the sync engine, the
classifier, IMAP or the scheduler (``tests/test_cli_imports.py``).
"""

from __future__ import annotations

import importlib

from silence_watch.cli.app import cli, main

#: Each command: the module that defines it, and the first paragraph of its help.
COMMANDS: dict[str, tuple[str, str]] = {
    "auth": (
        "auth",
        "Sign in once to a Gmail or Microsoft 365 account (OAuth2); needs the oauth extra.",
    ),
    "classify": ("classify", "How each message is understood, and why."),
    "config": ("config_cmd", "About the configuration file."),
    "connections": (
        "connections",
        "People you know: LinkedIn's Connections.csv or a vCard file (.vcf).",
    ),
    "demo": (
        "setup",
        "A self-contained tour on a sample mailbox and a virtual clock; needs no account.",
    ),
    "digest": (
        "digest",
        "Build the digest now and print it (or send it); see also: digest read.",
    ),
    "doctor": ("setup", "Check the configuration, secrets, servers and state directory."),
    "drafts": ("drafts", "The queue of follow-ups waiting for you."),
    "init": (
        "setup",
        "Write a commented configuration file to start from (--scan: find your interviews).",
    ),
    "interviews": (
        "interviews",
        "Add, list, show, close, snooze, stop and resume interviews; confirm proposed ones.",
    ),
    "mark": ("mark", "Correct how a message (by its Message-ID) was read."),
    "plan": (
        "watch",
        "What will happen, day by day, if nobody answers (or, with --call, a call plan).",
    ),
    "report": (
        "report",
        "How each company has treated you: answers, days to answer, follow-ups, silence.",
    ),
    "run": ("run", "Watch the mailbox and prepare follow-ups (the daemon)."),
    "status": ("watch", "Every interview: state, days silent, expected date, next action."),
}


def _load(module: str) -> None:
    """Import ``silence_watch.cli.<module>``: its decorators add its commands to ``cli``."""
    importlib.import_module(f"{__name__}.{module}")


cli.defer(COMMANDS, _load)

__all__ = ["COMMANDS", "cli", "main"]
