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

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_MIN_ANCHOR = 1  # any literal is a valid test
_USEFUL = 4  # literals this long are rare enough that fewer of them is better
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


def required_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """Every set of literals one of which each match of ``pattern`` holds (``()``: none known).

    ``anchors`` gives one such set, the cheapest to look up in an index; a pattern that
    needs two words ("let me know ... by") has a set for each, and a text missing either
    cannot match ("by" alone is in most replies).
    """
    try:
        alternatives, end = _alternatives(pattern, 0)
    except _UnsupportedError:
        return ()
    if end != len(pattern):
        return ()
    return tuple(dict.fromkeys(_every_required(alternatives)))


def _every_required(alternatives: list[list[_Item]]) -> list[frozenset[str]]:
    if len(alternatives) != 1:  # one of several: what each needs, taken together
        either = _required_of(alternatives)
        return [] if either is None else [either]
    found: list[frozenset[str]] = []
    run = ""
    for kind, value in [*alternatives[0], ("any", None)]:
        if kind == "char":
            run += str(value)
            continue
        if run:
            found.append(frozenset({run}))
        run = ""
        if kind == "group":
            found.extend(_every_required(value))  # type: ignore[arg-type]
    return found


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
    useful = [found for found in candidates if min(map(len, found)) >= _USEFUL]
    if useful:  # the fewest literals to look for, of a length that is rare enough
        return min(useful, key=lambda found: (len(found), -min(map(len, found))))
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
    elif pattern.startswith("?P<", body):
        body = pattern.index(">", body) + 1  # a named group is a group
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


#: How often each letter occurs in the languages read (rough, per mille): a trigram of
#: rare letters is the most selective key for a literal.
_COMMON: Final = {
    " ": 40,  # the commonest character of all
    **dict(zip("etaonisrhldcumfpgwybvkxjqz", range(26, 0, -1), strict=True)),
}
_OTHER_CHARACTER = 8  # digits and punctuation: fairly rare
_KEY = 3
#: Up to this many keys, one substring test a key beats building the text's trigram
#: set (measured on the reply corpus: 139 keys 75 against 105 us, 384 keys 200 against 145).
_SUBSTRING_TESTS_UP_TO = 250


def keys(found: frozenset[str] | None) -> frozenset[str] | None:
    """One key per anchor literal, for ``text_keys``: its rarest trigram (or character).

    An anchor can occur in a text only if its key does, so a text whose keys miss every
    key of a pattern's anchors cannot match it.
    """
    if found is None:
        return None
    chosen = set()
    for anchor in found:
        if len(anchor) < _KEY:
            chosen.add(min(anchor, key=lambda char: _COMMON.get(char, _OTHER_CHARACTER)))
            continue
        grams = [anchor[start : start + _KEY] for start in range(len(anchor) - _KEY + 1)]
        chosen.add(
            min(grams, key=lambda gram: sum(_COMMON.get(char, _OTHER_CHARACTER) for char in gram)),
        )
    return frozenset(chosen)


def text_keys(text: str) -> set[str]:
    """Every trigram of ``text`` and every single character: what ``keys`` are looked up in."""
    found = {text[start : start + _KEY] for start in range(len(text) - _KEY + 1)}
    found.update(text)
    return found


class AnchorIndex:
    """Which of many anchor literals occur in a text, found through their key trigrams.

    Only the anchors whose key occurs in the text are looked for. A few keys are each
    looked for with a substring test; many keys are met with the set of the text's own
    trigrams instead, which costs the same whatever the number of keys (both costs grow
    with the text, so which is cheaper depends only on how many keys there are).
    """

    __slots__ = ("_by_key", "_by_trigrams", "_short_keys", "_with_grams")

    def __init__(self, literals: Iterable[str]) -> None:
        """Index ``literals`` by their key (``keys``)."""
        by_key: dict[str, list[str]] = {}
        for literal in sorted(set(literals)):
            key = next(iter(keys(frozenset({literal})) or {literal}))
            by_key.setdefault(key, []).append(literal)
        self._by_key: dict[str, tuple[str, ...]] = {
            key: tuple(found) for key, found in by_key.items()
        }
        self._by_trigrams = len(self._by_key) > _SUBSTRING_TESTS_UP_TO
        #: Keys shorter than a trigram (single characters): always tested one by one.
        self._short_keys = tuple(key for key in self._by_key if len(key) < _KEY)
        #: Each literal with its own trigrams: a text lacking one of them cannot hold it,
        #: which a set test tells before the substring test scans the text.
        self._with_grams: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
            key: tuple((literal, frozenset(_trigrams(literal))) for literal in found)
            for key, found in self._by_key.items()
        }

    def present(self, text: str) -> set[str]:
        """The indexed literals that occur in ``text``."""
        by_key = self._by_key
        found: set[str] = set()
        if self._by_trigrams:
            grams = set(_trigrams(text))
            grams.update(key for key in self._short_keys if key in text)
            with_grams = self._with_grams
            for key in by_key.keys() & grams:
                for literal, needs in with_grams[key]:
                    if needs <= grams and literal in text:
                        found.add(literal)
            return found
        for key in by_key:
            if key in text:
                found.update(literal for literal in by_key[key] if literal in text)
        return found


def _trigrams(text: str) -> Iterator[str]:
    """Every run of three characters of ``text``, in order (repeats included)."""
    return map("".join, zip(text, text[1:], text[2:], strict=False))
