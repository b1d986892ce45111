r"""Regular expressions rewritten so Python's engine can skip to where a match may begin.

Python's ``re`` scans a text quickly for a pattern that starts with a literal (or with
alternatives that each start with one), but tries every position when the pattern
starts with ``\b``, as nearly every phrase pattern does. ``fast_start`` moves each word
boundary behind the run of literal characters it precedes: ``\bno longer`` becomes
``no longer(?<!\w.........)`` (the words, then "the character before them is not a word
character"), which matches exactly the same text, and ``\b(?:not|never)`` becomes
``(?:not(?<!\w...)|never(?<!\w.....))``. The phrase patterns are searched over every
reply; this halves the time of that search.

It follows the subset of the syntax the phrase tables use and returns the pattern
unchanged when it meets anything else; look-arounds are copied as written.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import string
from typing import Final

_BOUNDARY: Final = "\\b"
#: What ends a run of literal characters.
_SPECIAL: Final = frozenset("\\[](){}|*+?.^$")
_WORD_CHARACTERS: Final = frozenset(string.ascii_letters + string.digits + "_")
_QUANTIFIERS: Final = frozenset("*+?{")
_LOOKAROUNDS: Final = ("(?=", "(?!", "(?<=", "(?<!")


class _UnsupportedError(ValueError):
    """The pattern uses syntax this rewriter does not follow."""


def fast_start(pattern: str) -> str:
    """``pattern`` with word boundaries moved behind the letters they precede.

    The result matches exactly what ``pattern`` matches; a pattern using syntax outside
    the subset followed comes back unchanged.
    """
    try:
        alternatives, end = _alternatives(pattern, 0, active=True)
    except (_UnsupportedError, IndexError, ValueError):
        return pattern
    return "|".join(alternatives) if end == len(pattern) else pattern


def _alternatives(pattern: str, index: int, *, active: bool) -> tuple[list[str], int]:
    """The rewritten alternatives from ``index`` to the closing parenthesis (or the end)."""
    alternatives: list[str] = []
    written: list[str] = []
    while index < len(pattern) and pattern[index] != ")":
        if pattern[index] == "|":
            alternatives.append("".join(written))
            written = []
            index += 1
        elif active and pattern.startswith(_BOUNDARY, index):
            text, index = _boundary(pattern, index + len(_BOUNDARY))
            written.append(text)
        else:
            text, index = _atom(pattern, index, active=active)
            written.append(text)
    alternatives.append("".join(written))
    return alternatives, index


def _quantified(pattern: str, index: int) -> bool:
    return index < len(pattern) and pattern[index] in _QUANTIFIERS


def _boundary(pattern: str, index: int) -> tuple[str, int]:
    """A word boundary followed by ``pattern[index:]``: moved behind a letter if it can be."""
    if index < len(pattern) and pattern[index] in _WORD_CHARACTERS:
        end = index
        while end < len(pattern) and pattern[end] not in _SPECIAL:
            end += 1
        if _quantified(pattern, end):
            end -= 1  # the last letter is the quantifier's
        if end > index:
            # the literal run, then: the character before the run is not a word's
            return pattern[index:end] + "(?<!\\w" + "." * (end - index) + ")", end
    elif pattern.startswith("(?:", index):
        alternatives, end = _alternatives(pattern, index + 3, active=True)
        if end < len(pattern) and not _quantified(pattern, end + 1):
            # \b(?:a|b) is (?:\ba|\bb): each alternative gets the boundary in front
            return "(?:" + "|".join(fast_start(_BOUNDARY + item) for item in alternatives) + ")", (
                end + 1
            )
    return _BOUNDARY, index


def _atom(pattern: str, index: int, *, active: bool) -> tuple[str, int]:
    char = pattern[index]
    if char == "\\":
        return pattern[index : index + 2], index + 2
    if char == "[":
        return _character_class(pattern, index)
    if char == "{":
        end = pattern.index("}", index)
        return pattern[index : end + 1], end + 1
    if char == "(":
        return _group(pattern, index, active=active)
    return char, index + 1


def _character_class(pattern: str, index: int) -> tuple[str, int]:
    end = index + 1
    if pattern[end] == "^":
        end += 1
    if pattern[end] == "]":
        end += 1  # a "]" first is a literal
    while pattern[end] != "]":
        end += 2 if pattern[end] == "\\" else 1
    return pattern[index : end + 1], end + 1


def _group(pattern: str, index: int, *, active: bool) -> tuple[str, int]:
    if pattern.startswith(_LOOKAROUNDS, index):
        opening = next(start for start in _LOOKAROUNDS if pattern.startswith(start, index))
        active = False  # copied as written
    elif pattern.startswith("(?P<", index):
        opening = pattern[index : pattern.index(">", index) + 1]
    elif pattern.startswith("(?:", index):
        opening = "(?:"
    elif pattern.startswith("(?", index):
        raise _UnsupportedError(pattern[index : index + 3])
    else:
        opening = "("
    alternatives, end = _alternatives(pattern, index + len(opening), active=active)
    if end >= len(pattern):
        raise _UnsupportedError("unclosed group")
    return opening + "|".join(alternatives) + ")", end + 1
