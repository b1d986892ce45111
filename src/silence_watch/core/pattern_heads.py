"""The first letters every match of a pattern starts with: a look-ahead that skips the rest.

A phrase whose words may start at any word ("let me know", "sag mir", "dites-moi", ...)
is tried at every word of a reply, and each try first runs the look-behinds in front of
its words ("not after 'will'", "not after 'ich'"): most of its time. ``starts_with`` reads
the pattern and writes a look-ahead of the two-letter starts one of which every match
begins with ("le", "lm", "te", "sa", ...), put in front, so most words are passed over at
the cost of one letter test.

The matches are the same by construction: a look-ahead that every match satisfies at its
start takes none away. The reader follows a subset of the syntax (literals, escapes,
groups, alternation, look-arounds, quantifiers) and gives up on a start it cannot tell (a
class, a dot, a quantified part among the first letters): then no look-ahead is written.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

#: Escapes that match no character (``\b``, ``\A`` ...).
_ZERO_WIDTH_ESCAPES: Final = frozenset("bBAZ")
_LOOKAROUNDS: Final = ("(?=", "(?!", "(?<=", "(?<!")
#: More starts than this make a look-ahead that costs what it saves.
_MOST_HEADS: Final = 60
_QUANTIFIER: Final = re.compile(r"\{(\d*)(,?)(\d*)\}")
#: A zero-width item: matches no character.
_ZERO: Final[frozenset[str]] = frozenset({""})

_Heads = set[str] | None


class _UnsupportedError(ValueError):
    """The pattern uses syntax this reader does not follow."""


def starts_with(pattern: str, size: int = 2) -> str:
    """A look-ahead of the ``size``-letter starts of ``pattern``'s matches ("" when unknown)."""
    found = heads(pattern, size)
    if not found:
        return ""
    return "(?=" + "|".join(re.escape(head) for head in sorted(found)) + ")"


def heads(pattern: str, size: int) -> frozenset[str] | None:
    """The ``size``-character strings one of which every match of ``pattern`` starts with.

    None when a match may start otherwise, or be shorter, or when the starts are too many.
    """
    try:
        found, end = _alternatives(pattern, 0, size)
    except (ValueError, IndexError):  # syntax not followed (``_UnsupportedError`` is one)
        return None
    if end != len(pattern) or found is None or any(len(head) < size for head in found):
        return None
    return frozenset(found)


def _alternatives(pattern: str, index: int, size: int) -> tuple[_Heads, int]:
    found: _Heads = set()
    while True:
        starts, index = _sequence(pattern, index, size)
        found = None if found is None or starts is None else found | starts
        if index < len(pattern) and pattern[index] == "|":
            index += 1
            continue
        return found, index


def _sequence(pattern: str, index: int, size: int) -> tuple[_Heads, int]:
    starts: _Heads = {""}
    while index < len(pattern) and pattern[index] not in "|)":
        atom, index = _atom(pattern, index, size)
        once, index = _once(pattern, index)
        if atom is _ZERO or starts is None or all(len(start) >= size for start in starts):
            continue  # a look-around, or the starts are known already: read past it
        if atom is None or not once:
            starts = None  # a class, a dot or a repeated part where a start is still open
            continue
        starts = {
            start if len(start) >= size else (start + more)[:size]
            for start in starts
            for more in atom
        }
        if len(starts) > _MOST_HEADS:
            starts = None
    return starts, index


def _atom(pattern: str, index: int, size: int) -> tuple[_Heads | frozenset[str], int]:  # noqa: PLR0911 - one return per kind of atom
    char = pattern[index]
    if char == "\\":
        escaped = pattern[index + 1]
        if escaped in _ZERO_WIDTH_ESCAPES:
            return _ZERO, index + 2
        if escaped.isalnum():
            return None, index + 2  # a class (\w, \d, \s) or a reference: any start
        return {escaped}, index + 2
    if char == "[":
        end = index + 1
        end += pattern.startswith("^", end)
        end += pattern.startswith("]", end)
        while pattern[end] != "]":
            end += 2 if pattern[end] == "\\" else 1
        return None, end + 1
    if char == "(":
        return _group(pattern, index, size)
    if char in "^$":
        return _ZERO, index + 1
    if char == "." or char in "*+?{":
        if char != ".":
            raise _UnsupportedError(char)
        return None, index + 1
    return {char}, index + 1


def _group(pattern: str, index: int, size: int) -> tuple[_Heads | frozenset[str], int]:
    lookaround = next((start for start in _LOOKAROUNDS if pattern.startswith(start, index)), None)
    if lookaround is not None:
        _, end = _alternatives(pattern, index + len(lookaround), size)
        _closed(pattern, end)
        return _ZERO, end + 1
    if pattern.startswith("(?:", index):
        body = index + 3
    elif pattern.startswith("(?P<", index):
        body = pattern.index(">", index) + 1
    elif pattern.startswith("(?", index):
        raise _UnsupportedError("(?")
    else:
        body = index + 1
    found, end = _alternatives(pattern, body, size)
    _closed(pattern, end)
    return found, end + 1


def _closed(pattern: str, end: int) -> None:
    if end >= len(pattern) or pattern[end] != ")":
        raise _UnsupportedError("unclosed group")


def _once(pattern: str, index: int) -> tuple[bool, int]:
    """Whether the atom before ``index`` stands exactly once; and the index after its quantifier."""
    if index >= len(pattern) or pattern[index] not in "*+?{":
        return True, index
    if pattern[index] == "{":
        found = _QUANTIFIER.match(pattern, index)
        if found is None:
            raise _UnsupportedError("{")
        low, comma, high = found.groups()
        once = low == "1" and (high == "1" or not comma)
        index = found.end()
    else:
        once = False
        index += 1
    if index < len(pattern) and pattern[index] in "?+":
        index += 1  # lazy or possessive: the same count
    return once, index
