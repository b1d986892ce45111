"""Regular expressions compiled the first time they are used, not when a module is imported.

The rule tables hold several hundred patterns. Compiling them all at import cost every
start of the command line about a tenth of a second, also for commands that read no mail
(``status``, ``drafts list``, a ``run --once`` with nothing new). ``lazy_pattern`` returns
a stand-in that compiles on the first call of any of its methods and from then on hands
out the compiled pattern's own bound methods, so a search costs what it always did.

For the type checker it *is* a compiled pattern (``re.Pattern[str]``); at run time it is
the stand-in. Pass ``.compiled`` (or the pattern text) where the ``re`` module functions
want a pattern object.

A pattern whose every match holds one of a few literal words (``core.anchors``) is not
searched in a long text that holds none of them: ``search`` then answers None at once, as
the search would have (``literal_gates``). Most rules look at every reply and match few.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silence_watch.core.first_letters import by_first_letter
from silence_watch.core.literal_gates import gated_methods

#: The methods handed out from the compiled pattern once it exists.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """Stands in for ``re.compile(pattern, flags)`` until one of its methods is needed."""

    __slots__ = ("_compiled", "_grouped", "_needs", "flags", "pattern", *_METHODS)
    _compiled: re.Pattern[str]

    def __init__(
        self, pattern: str, flags: int, needs: tuple[str, ...] = (), *, grouped: bool = False
    ) -> None:
        self.pattern = pattern
        self.flags = flags
        self._needs = needs
        self._grouped = grouped and not flags  # ignoring case, two letters would be one

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        try:
            return self._compiled
        except AttributeError:
            written = by_first_letter(self.pattern) if self._grouped else self.pattern
            compiled = self._compiled = re.compile(written, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            for name, method in gated_methods(compiled, self._needs, self.pattern).items():
                setattr(self, name, method)
            return compiled

    @property
    def groupindex(self) -> object:
        """The compiled pattern's group names."""
        return self.compiled.groupindex

    @property
    def groups(self) -> int:
        """The compiled pattern's number of groups."""
        return self.compiled.groups

    def __getattr__(self, name: str) -> object:
        # Only reached for an empty slot: a method asked for before the first compile.
        if name in _METHODS:
            return getattr(self.compiled, name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}, {self.flags!r})"


if TYPE_CHECKING:

    def lazy_pattern(
        pattern: str, flags: int = 0, *, needs: tuple[str, ...] = (), grouped: bool = False
    ) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, compiled on first use."""

else:

    def lazy_pattern(
        pattern: str, flags: int = 0, *, needs: tuple[str, ...] = (), grouped: bool = False
    ) -> _LazyPattern:
        """``re.compile(pattern, flags)``, compiled on first use.

        ``needs``: literals one of which every text it matches in holds, beside those the
        anchor reader finds (``literal_gates.gated_methods``). ``grouped``: compiled with
        its alternatives grouped by first letter (``first_letters``), for a big alternation
        searched at every word of long texts; its literals are read as written.
        """
        return _LazyPattern(pattern, flags, needs, grouped=grouped)
