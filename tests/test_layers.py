"""The package's layers: each imports only the layers below it, and no import goes in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "silence_watch"

#: Each top-level package and the layer it sits in; a package may import lower layers only.
LAYERS = {
    "core": 0,  # pure: data and decisions
    "config": 1,  # the configuration file, secrets, templates
    "store": 2,  # the state database
    "mailbox": 2,  # IMAP and Maildir
    "engine": 3,  # one cycle over the store and the mailbox; the draft queue
    "delivery": 4,  # SMTP, the outbox, digests
    "runtime": 5,  # the process: daemon, clock, logs, doctor, demo
    "cli": 6,  # every command
}


def module_name(path: Path) -> str:
    """``silence_watch.engine.drafts`` for ``src/silence_watch/engine/queue.py``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports_of(path: Path, *, at_run_time: bool) -> set[str]:
    """Every ``silence_watch`` module ``path`` imports, at any depth (lazy imports too).

    With ``at_run_time``, imports only type checkers see are left out.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree) if at_run_time else set()
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("silence_watch.")}


MODULES = sorted(PACKAGE.rglob("*.py"))


def layer_of(module: str) -> int | None:
    """The layer of a ``silence_watch`` module (None for the package root)."""
    parts = module.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_a_module_imports_only_lower_layers(path: Path) -> None:
    """A module imports its own package and lower layers: never a layer above or beside it."""
    own = module_name(path)
    layer = layer_of(own)
    if layer is None:
        return  # the package root and __main__ may start the CLI
    wrong = [
        name
        for name in imports_of(path, at_run_time=False)
        if name.split(".")[1] != own.split(".")[1]
        and (found := layer_of(name)) is not None
        and found >= layer
    ]
    assert wrong == [], f"{own} (layer {layer}) imports {wrong}"


def test_no_import_goes_in_a_circle() -> None:
    """The run-time import graph of the package has no cycle, lazy imports included."""
    graph = {module_name(path): imports_of(path, at_run_time=True) for path in MODULES}
    known = set(graph)
    state: dict[str, int] = {}  # 1: on the path being walked, 2: finished
    cycles: list[list[str]] = []

    def walk(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            # ``from silence_watch.core import model`` names the package; count the package.
            name = target if target in known else target.rpartition(".")[0]
            if name not in known or name == node:
                continue
            if state.get(name) == 1:
                cycles.append([*trail[trail.index(name) :], name])
            elif name not in state:
                walk(name, [*trail, name])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert cycles == []


def test_no_module_is_named_after_the_standard_library() -> None:
    """No module shadows a standard-library name (``secrets`` once did)."""
    import sys  # noqa: PLC0415 - only this test needs the list of stdlib names

    clashes = [
        module_name(path)
        for path in MODULES
        if path.stem in sys.stdlib_module_names and path.stem not in {"__init__", "__main__"}
    ]
    assert clashes == []


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_a_module_stays_small(path: Path) -> None:
    """Every module stays under about 400 lines: one responsibility each."""
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= 420, f"{module_name(path)} has {lines} lines"
