"""A test for a pattern's literal words before it is searched: no word, no search.

Most rule patterns are a word boundary and an alternation ("picking this up" or ...):
Python's ``re`` cannot skip ahead to where such a pattern may start, so it tries it at
every character of a long reply, while a substring test (``"picking" in text``) runs at
the speed of ``memchr``. ``gated_methods`` wraps the searching methods of a compiled
pattern whose every match holds one of a few literals (``core.anchors``): in a long text
that holds none, they answer what the search would (None, no matches) without searching.

The answer is the same by construction: a match holds one of the literals, so a text
without any has no match, whatever the position it is searched from. Patterns whose
literals cannot be read exactly (ignoring case, verbose mode, character classes that hold
a bracket) are left alone.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.anchors import anchors

if TYPE_CHECKING:
    from collections.abc import Callable

#: A text shorter than this is searched at once: the tests would cost what the search does.
GATED_FROM: Final = 100
#: Up to this many literals are tested before a search; more would cost more than they save.
MOST_LITERALS: Final = 40
#: Flags under which a literal in the pattern is not a substring test of the text.
_INEXACT_FLAGS: Final = re.IGNORECASE | re.VERBOSE
#: Bracket forms the anchor reader does not follow: a "]" escaped or first in a class.
_BRACKETS: Final = ("\\]", "[]", "[^]")


def literals_of(compiled: re.Pattern[str], written: str | None = None) -> tuple[str, ...] | None:
    """The literals one of which every match of ``compiled`` holds, when few and exact.

    ``written``: the pattern as its author wrote it, when ``compiled`` is a rewriting of it
    that matches the same (``core.first_letters``) but whose words the anchor reader no
    longer sees whole.
    """
    source = compiled.pattern if written is None else written
    if compiled.flags & _INEXACT_FLAGS or any(form in source for form in _BRACKETS):
        return None
    try:
        found = anchors(source)
    except (ValueError, IndexError):  # a brace that is no quantifier: "{_GAP}" read as text
        return None
    if not found or len(found) > MOST_LITERALS or "" in found:
        return None
    return tuple(sorted(found, key=len, reverse=True))


def gated_methods(
    compiled: re.Pattern[str], needs: tuple[str, ...] = (), written: str | None = None
) -> dict[str, Callable[..., object]]:
    """``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall`` behind the test.

    ``needs``: more literals, one of which the text holds wherever the pattern matches,
    that the anchor reader cannot see (they stand in a lookahead, never before the match
    starts): its author says so. ``written``: the pattern as written (``literals_of``).
    Empty when the pattern has no literals to test (``literals_of``) and none are given:
    the caller keeps the compiled pattern's own methods.
    """
    needed = literals_of(compiled, written)
    groups = tuple(group for group in (needed, needs) if group)
    if not groups:
        return {}
    if len(groups) == 1:
        return {**_searches(compiled, groups[0]), **_listings(compiled, groups[0])}
    return _all_of(compiled, groups)


def _all_of(compiled: re.Pattern[str], groups: tuple[tuple[str, ...], ...]) -> _Methods:
    """Every method behind the test that the text holds a literal of each of ``groups``.

    "The interview can't go ahead" needs a meeting word and, in its lookahead, a word of
    not taking place: in a long reply full of "interview" and no "ahead", no search (a
    first sync of 100,000 messages spent a fifth of its time in that one pattern).
    """
    search, match, fullmatch = compiled.search, compiled.match, compiled.fullmatch
    finditer, findall = compiled.finditer, compiled.findall

    def holds(text: str) -> bool:
        return len(text) < GATED_FROM or all(any(map(text.__contains__, g)) for g in groups)

    def gated_search(text: str, *bounds: int) -> re.Match[str] | None:
        window = text[bounds[0] : bounds[1] if len(bounds) > 1 else None] if bounds else text
        return search(text, *bounds) if holds(window) else None

    def gated_match(text: str, *bounds: int) -> re.Match[str] | None:
        return match(text, *bounds) if bounds or holds(text) else None

    def gated_fullmatch(text: str, *bounds: int) -> re.Match[str] | None:
        return fullmatch(text, *bounds) if bounds or holds(text) else None

    def gated_finditer(text: str, *bounds: int) -> object:
        return finditer(text, *bounds) if holds(text) else iter(())

    def gated_findall(text: str, *bounds: int) -> list[object]:
        return findall(text, *bounds) if holds(text) else []

    return {
        "search": gated_search, "match": gated_match, "fullmatch": gated_fullmatch,
        "finditer": gated_finditer, "findall": gated_findall,
    }


_Methods = dict[str, "Callable[..., object]"]


def _searches(compiled: re.Pattern[str], needed: tuple[str, ...]) -> _Methods:
    """``search``, ``match`` and ``fullmatch`` behind the test for ``needed``.

    The test is written out in each method: one Python call a search, not two.
    """
    search, match, fullmatch = compiled.search, compiled.match, compiled.fullmatch

    # A search between bounds tests what lies between them: its match does (a day's bound
    # looked for in the 30 characters before it, in a 10,000-character sentence, tested
    # the whole sentence once per day).
    def gated_search(text: str, *bounds: int) -> re.Match[str] | None:
        window = text[bounds[0] : bounds[1] if len(bounds) > 1 else None] if bounds else text
        if len(window) >= GATED_FROM and not any(map(window.__contains__, needed)):
            return None
        return search(text, *bounds)

    # A match from a given position tries that one start: testing the whole text first
    # cost more than the match (a date's checks in a 2,000-word sentence, 60,000 times).
    def gated_match(text: str, *bounds: int) -> re.Match[str] | None:
        if not bounds and len(text) >= GATED_FROM and not any(map(text.__contains__, needed)):
            return None
        return match(text, *bounds)

    def gated_fullmatch(text: str, *bounds: int) -> re.Match[str] | None:
        if not bounds and len(text) >= GATED_FROM and not any(map(text.__contains__, needed)):
            return None
        return fullmatch(text, *bounds)

    return {"search": gated_search, "match": gated_match, "fullmatch": gated_fullmatch}


def _listings(compiled: re.Pattern[str], needed: tuple[str, ...]) -> _Methods:
    """``finditer`` and ``findall`` behind the test for ``needed``."""
    finditer, findall = compiled.finditer, compiled.findall

    def gated_finditer(text: str, *bounds: int) -> object:
        if len(text) >= GATED_FROM and not any(map(text.__contains__, needed)):
            return iter(())
        return finditer(text, *bounds)

    def gated_findall(text: str, *bounds: int) -> list[object]:
        if len(text) >= GATED_FROM and not any(map(text.__contains__, needed)):
            return []
        return findall(text, *bounds)

    return {"finditer": gated_finditer, "findall": gated_findall}
