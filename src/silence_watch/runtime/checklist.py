"""A checklist printed line by line: a mark, what was checked, what was found, a hint (shell).

Marks: ✓ fine, ! works but could be better, ✗ broken (the exit status is non-zero), -
not checked because an earlier check failed. ``doctor`` and its server checks share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from silence_watch.core.errors import SilenceWatchError

if TYPE_CHECKING:
    from collections.abc import Callable

OK = "✓"
WARN = "!"
FAIL = "✗"
SKIP = "-"


class Outcome(Enum):
    """How a checklist ended: the command line turns it into an exit status."""

    PASSED = "passed"
    FAILED = "failed"
    CONFIG_ERROR = "config_error"


@dataclass(frozen=True)
class Line:
    """One checklist line."""

    mark: str
    name: str
    detail: str
    hint: str = ""

    def render(self) -> str:
        """``✗ name: detail — try: hint``."""
        text = f"{self.mark} {self.name}: {self.detail}"
        return f"{text} — try: {self.hint}" if self.hint else text


class CheckFailedError(SilenceWatchError):
    """A check failed; ``hint`` says what to do."""

    def __init__(self, detail: str, hint: str = "") -> None:
        """``detail`` is what was found, ``hint`` what to do about it."""
        super().__init__(detail)
        self.hint = hint


class Checklist:
    """Runs checks in order, printing each line as it is known."""

    def __init__(self, say: Callable[[str], None]) -> None:
        """Print through ``say``."""
        self._say = say
        self.lines: list[Line] = []

    def add(self, line: Line) -> Line:
        """Record and print one line."""
        self.lines.append(line)
        self._say(line.render())
        return line

    def check(self, name: str, probe: Callable[[], str], hint: str = "") -> bool:
        """Run ``probe``; its text is the detail of a ✓ line, its error of a ✗ line."""
        try:
            detail = probe()
        except CheckFailedError as error:
            self.add(Line(FAIL, name, str(error), error.hint or hint))
            return False
        except SilenceWatchError as error:
            self.add(Line(FAIL, name, str(error).replace("\n", "; "), hint))
            return False
        self.add(Line(OK, name, detail))
        return True

    def skip(self, name: str, reason: str) -> None:
        """A check that cannot run because an earlier one failed."""
        self.add(Line(SKIP, name, f"not checked ({reason})"))

    @property
    def passed(self) -> bool:
        """No line is broken."""
        return all(line.mark != FAIL for line in self.lines)
