"""Whether one of many case-blind patterns matches at a line's start, the costly ones gated.

``core.quotes`` asks of every line of every reply whether an attribution, a separator, a
header block, a legal footer or a banner starts there: ~30 patterns, ignoring case. Most
fail at their first letters; a few scan up to 80 characters for their words first ("...
GmbH | Sitz: Hamburg", "... is an Equal Opportunity Employer") and cost more than all the
others together. Those are tested only on a line that holds one of their literal words
(``core.anchors``: every match holds one), so most lines never meet them.

The answer is the same by construction. Under ``re.IGNORECASE`` an ASCII character matches
only characters with its lower case, and three more: the dotted capital I (U+0130), the
dotless small i (U+0131) and the long s (U+017F); the tests check all of Unicode. So a
line without those three, whose match holds a literal of ASCII characters, holds it in its
lower case too; a line with one of them meets every pattern, and a pattern whose literals
are not all ASCII is never gated.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.anchors import anchors

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    _Match = Callable[[str], re.Match[str] | None]
    _Built = tuple[_Match, _Match, tuple[tuple[_Match, tuple[str, ...]], ...]]

#: The characters ``re.IGNORECASE`` matches to an ASCII letter without lowering to it.
ODD_CASES: Final = ("\u0130", "\u0131", "\u017f")


class GatedStarts:
    """``any(p.match(line) for p in patterns)``, all ignoring case, ``costly`` ones gated.

    Compiled at the first line read, not at import (``core.lazy_patterns``).
    """

    __slots__ = ("_built", "_costly", "_sources")

    def __init__(
        self, patterns: Iterable[re.Pattern[str]], costly: Iterable[re.Pattern[str]]
    ) -> None:
        """Keep the pattern texts; ``costly`` (some of ``patterns``) are tried behind a test."""
        self._sources = tuple(pattern.pattern for pattern in patterns)
        self._costly = frozenset(pattern.pattern for pattern in costly)
        self._built: _Built | None = None

    def match(self, line: str) -> bool:
        """Whether one of the patterns matches at the start of ``line``."""
        whole, rest, gated = self._built or self._build()
        if not line.isascii() and any(map(line.__contains__, ODD_CASES)):
            return whole(line) is not None
        if rest(line) is not None:
            return True
        lowered = line.lower()
        return any(
            match(line) is not None
            for match, needed in gated
            if any(map(lowered.__contains__, needed))
        )

    def _build(self) -> _Built:
        rest: list[str] = []
        gated: list[tuple[_Match, tuple[str, ...]]] = []
        for source in self._sources:
            needed = _ascii_literals(source) if source in self._costly else None
            if needed is None:
                rest.append(source)
            else:
                gated.append((re.compile(source, re.IGNORECASE).match, needed))
        built = (_one(self._sources).match, _one(rest).match, tuple(gated))
        self._built = built
        return built


def _one(sources: Iterable[str]) -> re.Pattern[str]:
    """The alternatives as one pattern, ignoring case (none: a pattern that never matches)."""
    return re.compile("|".join(f"(?:{source})" for source in sources) or "(?!)", re.IGNORECASE)


def _ascii_literals(source: str) -> tuple[str, ...] | None:
    """The lower-cased literals one of which each match of ``source`` holds, when ASCII."""
    try:
        found = anchors(source)
    except (ValueError, IndexError):
        return None
    if not found or any(not literal or not literal.isascii() for literal in found):
        return None
    return tuple(sorted({literal.lower() for literal in found}))
