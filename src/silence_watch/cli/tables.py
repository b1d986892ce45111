"""Tables for people: rich on a terminal, plain aligned text when piped (``--json`` apart).

A command builds its rows once; ``show`` draws them with rich when stdout is a terminal
(columns fitted to its width, long cells wrapped) and as plain lines otherwise, so that
``grep`` and ``less`` see simple text without escape codes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from collections.abc import Sequence


@dataclass
class Rows:
    """A table: its title, column names, rows, and a note under each row (plain text too)."""

    columns: Sequence[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[list[str]] = field(default_factory=list)
    title: str | None = None

    def add(self, cells: list[str], notes: list[str] | None = None) -> None:
        """One row and the lines shown under it."""
        self.rows.append(cells)
        self.notes.append(notes or [])


def on_terminal() -> bool:
    """Whether stdout is a terminal (a person reading) rather than a pipe or a file."""
    return sys.stdout.isatty()


def show(table: Rows, *, rich: bool | None = None) -> None:
    """Draw ``table``: rich on a terminal, plain lines otherwise."""
    if on_terminal() if rich is None else rich:
        _rich(table)
    else:
        for line in plain(table):
            click.echo(line)


def plain(table: Rows) -> list[str]:
    """The table as aligned plain text: a header, each row, its notes indented."""
    widths = [len(name) for name in table.columns]
    for cells in table.rows:
        widths = [max(w, len(c)) for w, c in zip(widths, cells, strict=True)]
    lines = [table.title] if table.title else []
    header = "  ".join(n.ljust(w) for n, w in zip(table.columns, widths, strict=True))
    lines.append(header.rstrip())
    for cells, notes in zip(table.rows, table.notes, strict=True):
        row = "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))
        lines.append(row.rstrip())
        lines += [f"     {note}" for note in notes]
    return lines


def _rich(table: Rows) -> None:
    # rich costs ~30 ms at start-up: loaded only when a person is looking
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    # Text objects, never markup strings: a company called "[Acme]" stays as it is.
    out = Table(title=table.title, show_lines=any(table.notes), highlight=False)
    for name in table.columns:
        out.add_column(name, overflow="fold")
    for cells, notes in zip(table.rows, table.notes, strict=True):
        shown = [Text(cell) for cell in cells]
        for note in notes:
            shown[-1].append("\n")
            shown[-1].append(note, style="dim")
        out.add_row(*shown)
    console = Console(file=sys.stdout)
    console.print(out)
