"""Reading the candidate's reply to a digest: one command per line. Pure.

``approve 1``, ``approve 1 3``, ``approve all``, ``skip 2``, ``snooze 3 4d``,
``snooze 3 until 2026-12-08``, ``stop 4`` and ``edit 2`` followed by the new text up to
the next command or the end. Case does not matter. Only the candidate's own lines are
read (``core.quotes``): quoted lines (``>``), the quoted digest after an attribution
line ("On ... wrote:") and everything after a signature separator (``-- ``) are not.
Every other non-blank line that is not a command is reported back, so the candidate
knows what was not understood.

This module never decides who may send commands: that is ``core.approval``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from silence_watch.core.durations import parse_duration
from silence_watch.core.quotes import own_lines

if TYPE_CHECKING:
    from collections.abc import Callable


class Verb(StrEnum):
    """What a command asks for."""

    APPROVE = "approve"
    SKIP = "skip"
    SNOOZE = "snooze"
    STOP = "stop"
    EDIT = "edit"


@dataclass(frozen=True, slots=True)
class Command:
    """One understood line. ``numbers`` are digest numbers; ``every`` means ``all``."""

    verb: Verb
    numbers: tuple[int, ...] = ()
    every: bool = False
    days: int | None = None
    until: date | None = None
    text: str | None = None
    line: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """Every command of a reply, in order, and the lines that were not understood."""

    commands: tuple[Command, ...] = ()
    not_understood: tuple[str, ...] = field(default=())


_NUMBERS = r"(\d+(?:\s*[, ]\s*\d+)*)"
_LIST = re.compile(rf"^(approve|skip|stop)\s+(?:{_NUMBERS}|(all))\s*[.!]?$", re.IGNORECASE)
#: The length itself is read by ``core.durations``, as ``--for`` is on the command line.
_SNOOZE_FOR = re.compile(r"^snooze\s+(\d+)\s+(?!until\b)(.+?)\s*\.?$", re.IGNORECASE)
_SNOOZE_UNTIL = re.compile(r"^snooze\s+(\d+)\s+until\s+(\d{4}-\d{2}-\d{2})\s*\.?$", re.IGNORECASE)
_EDIT = re.compile(r"^edit\s+(\d+)\s*:?\s*(.*)$", re.IGNORECASE)
#: The digest's token line may be pasted back; it is not a command and not a mistake.
TOKEN_LINE = re.compile(r"^\W*(approval\s+)?token\W", re.IGNORECASE)


def parse_reply(text: str) -> Reply:
    """Read every command of a digest reply."""
    commands: list[Command] = []
    unknown: list[str] = []
    editing: tuple[Command, list[str]] | None = None

    def finish_edit() -> None:
        nonlocal editing
        if editing is not None:
            command, lines = editing
            body = "\n".join(lines).strip("\n")
            commands.append(_with_text(command, body + "\n" if body.strip() else ""))
            editing = None

    for raw in own_lines(text):
        line = raw.strip()
        command = parse_line(line)
        if command is not None:
            finish_edit()
            if command.verb is Verb.EDIT:
                first = command.text or ""
                editing = (command, [first] if first else [])
            else:
                commands.append(command)
            continue
        if editing is not None:
            editing[1].append(raw.rstrip())
        elif line and not TOKEN_LINE.match(line):
            unknown.append(line)
    finish_edit()
    return Reply(tuple(commands), tuple(unknown))


def parse_line(line: str) -> Command | None:
    """One line as a command, or None when it is not one."""
    line = " ".join(line.split())
    for pattern, build in _RULES:
        found = pattern.match(line)
        if found:
            return build(found, line)
    return None


def _list(found: re.Match[str], line: str) -> Command:
    verb = Verb(found[1].lower())
    if found[3]:
        return Command(verb, every=True, line=line)
    numbers = tuple(int(n) for n in re.findall(r"\d+", found[2]))
    return Command(verb, numbers=tuple(dict.fromkeys(numbers)), line=line)


def _snooze_for(found: re.Match[str], line: str) -> Command | None:
    length = parse_duration(found[2])
    if length is None:
        return None
    return Command(Verb.SNOOZE, (int(found[1]),), days=length.days, line=line)


def _snooze_until(found: re.Match[str], line: str) -> Command | None:
    try:
        day = date.fromisoformat(found[2])
    except ValueError:
        return None
    return Command(Verb.SNOOZE, (int(found[1]),), until=day, line=line)


def _edit(found: re.Match[str], line: str) -> Command:
    return Command(Verb.EDIT, (int(found[1]),), text=found[2], line=line)


#: Each command's shape, tried in order.
_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], str], Command | None]], ...] = (
    (_LIST, _list),
    (_SNOOZE_FOR, _snooze_for),
    (_SNOOZE_UNTIL, _snooze_until),
    (_EDIT, _edit),
)


def _with_text(command: Command, text: str) -> Command:
    return Command(command.verb, command.numbers, text=text, line=command.line)
