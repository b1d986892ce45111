"""The core is pure: no core module imports IO or reads the clock."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "src" / "silence_watch" / "core"

#: Modules that talk to the network, the disk, processes or the clock, and our shell.
FORBIDDEN = frozenset(
    {
        "aiosmtpd",
        "apscheduler",
        "asyncio",
        "ftplib",
        "http",
        "imapclient",
        "imaplib",
        "os",
        "pathlib",
        "poplib",
        "requests",
        "select",
        "selectors",
        "shutil",
        "signal",
        "smtplib",
        "socket",
        "sqlite3",
        "ssl",
        "subprocess",
        "tempfile",
        "threading",
        "time",
        "urllib",
        "silence_watch.cli",
        "silence_watch.runtime.clock",
        "silence_watch.config",
        "silence_watch.runtime.daemon",
        "silence_watch.runtime.instance",
        "silence_watch.runtime.jobs",
        "silence_watch.delivery",
        "silence_watch.runtime.demo",
        "silence_watch.runtime.doctor",
        "silence_watch.mailbox",
        "silence_watch.config.credentials",
        "silence_watch.engine.service",
        "silence_watch.store",
        "silence_watch.config.templates",
    },
)
#: Calls that read the clock (time.time() needs `import time`, which is refused above).
CLOCK_READS = frozenset({"now", "today", "utcnow"})


def violations(source: str) -> list[str]:
    """Every forbidden import or clock read in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            prefixes = {".".join(parts[: i + 1]) for i in range(len(parts))}
            if prefixes & FORBIDDEN:
                found.append(f"imports {name}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in CLOCK_READS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in {"datetime", "date", "time", "dt"}
        ):
            found.append(f"reads the clock with {node.func.value.id}.{node.func.attr}()")
    return found


CORE_MODULES = sorted(CORE.glob("*.py"))


@pytest.mark.parametrize("module", CORE_MODULES, ids=[m.stem for m in CORE_MODULES])
def test_core_module_imports_no_io(module: Path) -> None:
    """A core module never imports IO, the shell, or reads the clock."""
    assert violations(module.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import sqlite3", ["imports sqlite3"]),
        ("from imapclient import IMAPClient", ["imports imapclient"]),
        ("import urllib.request", ["imports urllib.request"]),
        ("from silence_watch.store import Store", ["imports silence_watch.store"]),
        (
            "from datetime import datetime\nx = datetime.now()",
            ["reads the clock with datetime.now()"],
        ),
        ("from datetime import date\nx = date.today()", ["reads the clock with date.today()"]),
        ("from datetime import datetime\nfrom silence_watch.core import model", []),
    ],
)
def test_the_checker_catches_io(source: str, expected: list[str]) -> None:
    """The boundary check fails on an IO import or clock read (so it can fail)."""
    assert violations(source) == expected


def test_there_are_core_modules_to_check() -> None:
    """The glob found the core package (an empty check would pass vacuously)."""
    names = {m.stem for m in CORE_MODULES}
    assert {"policy", "parse", "match", "compose", "classify"} <= names
