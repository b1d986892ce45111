"""Literal words a regular expression cannot match without: a cheap test before the search.

The intent phrases are a few hundred patterns over every reply; most of them cannot
match most replies, and a substring test (``"absage" in text``) is a hundred times
cheaper than a regular-expression search. ``anchors`` reads a pattern and returns
literal strings one of which must occur in any text the pattern matches (or None when
it cannot tell), so a caller may skip the search when none occurs. It understands the
subset of the syntax the phrase tables use -- literals, escapes, classes, groups,
alternation, quantifiers, anchors and look-arounds -- and gives up (None) on anything
else, which only makes the test useless, never wrong.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

_MIN_ANCHOR = 1  # any literal is a valid test; the longest is chosen, the rarest
_ZERO_WIDTH_ESCAPES: Final = frozenset("bBAZ")
_CLASS_ESCAPES: Final = frozenset("sSwWdD")

#: An item of a parsed sequence: a literal character, a group of alternatives, or
#: anything (a class, a dot, an optional part).
_Item = tuple[str, object]


class _UnsupportedError(ValueError):
    """The pattern uses syntax this reader does not follow."""


def anchors(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which occurs in every match of ``pattern``, or None."""
    try:
        alternatives, end = _alternatives(pattern, 0)
    except _UnsupportedError:
        return None
    if end != len(pattern):
        return None
    return _required_of(alternatives)


def _required_of(alternatives: list[list[_Item]]) -> frozenset[str] | None:
    found: set[str] = set()
    for sequence in alternatives:
        required = _required(sequence)
        if required is None:
            return None
        found |= required
    return frozenset(found)


def _required(sequence: list[_Item]) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run = ""
    for kind, value in [*sequence, ("any", None)]:
        if kind == "char":
            run += str(value)
            continue
        if len(run) >= _MIN_ANCHOR:
            candidates.append(frozenset({run}))
        run = ""
        if kind == "group":
            inner = _required_of(value)  # type: ignore[arg-type]
            if inner is not None:
                candidates.append(inner)
    if not candidates:
        return None
    return max(candidates, key=lambda found: (min(map(len, found)), -len(found)))


def _alternatives(pattern: str, start: int) -> tuple[list[list[_Item]], int]:
    alternatives: list[list[_Item]] = []
    sequence: list[_Item] = []
    index = start
    while index < len(pattern) and pattern[index] != ")":
        char = pattern[index]
        if char == "|":
            alternatives.append(sequence)
            sequence = []
            index += 1
            continue
        item, index = _atom(pattern, index)
        item, index = _quantified(pattern, index, item)
        if item is not None:
            sequence.append(item)
    alternatives.append(sequence)
    return alternatives, index


def _atom(pattern: str, index: int) -> tuple[_Item | None, int]:  # noqa: PLR0911 - one return per kind of atom
    char = pattern[index]
    if char == "\\":
        escaped = pattern[index + 1]
        if escaped in _ZERO_WIDTH_ESCAPES:
            return None, index + 2
        if escaped in _CLASS_ESCAPES:
            return ("any", None), index + 2
        if escaped.isalnum():
            raise _UnsupportedError(escaped)
        return ("char", escaped), index + 2
    if char == "[":
        end = pattern.index("]", index + 2)
        return ("any", None), end + 1
    if char == "(":
        return _group(pattern, index)
    if char in "^$":
        return None, index + 1
    if char == ".":
        return ("any", None), index + 1
    if char in "*+?{":
        raise _UnsupportedError(char)
    return ("char", char), index + 1


def _group(pattern: str, index: int) -> tuple[_Item | None, int]:
    body = index + 1
    lookaround = False
    if pattern.startswith("?:", body):
        body += 2
    elif pattern.startswith(("?=", "?!"), body):
        body, lookaround = body + 2, True
    elif pattern.startswith(("?<=", "?<!"), body):
        body, lookaround = body + 3, True
    elif pattern.startswith("?", body):
        raise _UnsupportedError("(?")
    alternatives, end = _alternatives(pattern, body)
    if end >= len(pattern):
        raise _UnsupportedError("unclosed group")
    if lookaround:
        return None, end + 1
    return ("group", alternatives), end + 1


def _quantified(pattern: str, index: int, item: _Item | None) -> tuple[_Item | None, int]:
    if index >= len(pattern) or pattern[index] not in "*+?{":
        return item, index
    char = pattern[index]
    minimum = 1 if char == "+" else 0
    if char == "{":
        end = pattern.index("}", index)
        minimum = int(pattern[index + 1 : end].split(",", maxsplit=1)[0] or 0)
        index = end
    index += 1
    if index < len(pattern) and pattern[index] in "?+":
        index += 1  # lazy or possessive: the same characters are required
    if item is None or minimum >= 1:
        return (None if item is None else ("any", None) if item[0] == "char" else item), index
    return ("any", None), index
