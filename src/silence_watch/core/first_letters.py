r"""A big alternation regrouped by the letter each alternative starts with: one try per word.

Python's ``re`` tries the alternatives of ``\b(?:get back|come back|...|retour)`` one by
one at every word of a text: a cheap test of each one's first letter, but ``PROMISE_CUES``
has some two hundred, and a long reply has thousands of words. ``by_first_letter``
rewrites such a pattern so that the alternatives starting with the same letter stand
together behind it, ``\b(?:g(?:et back|ive (?:you|u) a ...)|c(?:ome back|...)|...)``:
a word is passed over after one test per letter, not one per alternative. A first sync
of a 100,000-message mailbox read its generated bodies (2,000 characters, no full stop)
for these cues in a third of the time of the whole date reader. A pattern asks for it
with ``lazy_pattern(..., grouped=True)`` (``core.lazy_patterns``); rewriting and
compiling every rule pattern so would cost a reading process a second at its start.

The matches are the same by construction. At a given position only the alternatives
whose first letter is the text's letter there can match, and they keep their order among
themselves, so the one that wins is the one that won before. What stood in front of the
letter and matches no character is moved behind it, saying the same of the position one
letter back: ``\b`` before a word's letter is ``(?<!\w.)`` after it, a look-behind
``(?<!no )`` is ``(?<!(?:no ).)``; a boundary in front of every alternative stays in
front. An alternative that starts with a group or an optional part is written out, in the
order the engine tries it (``(?:a|b)c`` is ``ac|bc``; ``x?c`` is ``xc|c``), while that
stays small; each group is regrouped where it stands, so the part after it is written once.

The reader follows the subset of the syntax the cue tables use and leaves an alternation
as written when it meets anything else at a start (a class, a dot, a repeat, a
look-ahead), and the whole pattern when it holds a capturing group: then nothing is
gained and nothing is changed.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
from typing import Final

_LOOKBEHINDS: Final = ("(?<!", "(?<=")
_BOUNDARY: Final = r"\b"
#: Characters that are no literal where a match starts.
_SPECIAL: Final = frozenset("\\[](){}|*+?.^$")
_WORD: Final = re.compile(r"\w")
#: A run of characters that are each a literal, whatever follows them.
_PLAIN: Final = re.compile(r"[^\\\[\](){}|*+?.^$]+")
#: What a scan for a group's end stops at: an escape, a class, a parenthesis.
_BRACKETS: Final = re.compile(r"[\\\[()]")
#: The groups followed: no capturing group (its number would move), no flags.
_GROUPS_FOLLOWED: Final = ("(?:", "(?=", "(?!", "(?<=", "(?<!")
#: An alternation that starts fewer ways than this is left as written: nothing to gain
#: (its look-behinds in front of one group are tried at every character all the same).
_FEWEST: Final = 4
#: An alternation whose alternatives written out by first letter grow past this many times
#: its length is left as written: compiling it would cost more than it saves.
_GROWTH: Final = 2


class _UnsupportedError(ValueError):
    """A start this reader does not follow."""


def by_first_letter(pattern: str) -> str:
    """``pattern`` with its alternatives grouped by their first letter (or unchanged)."""
    try:
        alternatives, end = _alternatives(pattern, 0)
        if end != len(pattern):
            return pattern
        return _alternation(alternatives)
    except (_UnsupportedError, IndexError, ValueError):
        return pattern
    finally:
        _closings.cache_clear()  # the texts read are of no use to the next pattern


def _alternation(alternatives: list[str]) -> str:
    """The alternatives, each one's own groups regrouped, then grouped by first letter.

    Each alternation is regrouped where it stands: a part after a group is written once,
    not once per alternative of it (``(?:der |am )?(?:montag|...)`` grew thirtyfold so).
    An alternative that starts with a group is written out only while that stays small.
    """
    inner = [_inner(item) for item in alternatives]
    budget = _GROWTH * sum(map(len, inner))
    try:
        branches = [found for item in inner for found in _branches(item, ())]
    except _UnsupportedError:
        return "|".join(inner)
    if len(branches) < _FEWEST or sum(len(r) + len(a) for a, _, r in branches) > budget:
        return "|".join(inner)
    # A boundary every alternative starts with stays in front (the items in front of a
    # letter all hold at one position, in any order): a letter inside a word is passed over
    # at once, not tried against every letter's group.
    lead = all(_BOUNDARY in zero for _, zero, _ in branches)
    written: dict[str, str] = {}  # each letter as first written ("'" or "\\'")
    grouped: dict[str, list[str]] = {}
    for atom, zero, rest in branches:
        written.setdefault(atom[-1], atom)
        if lead:
            at = zero.index(_BOUNDARY)
            zero = (*zero[:at], *zero[at + 1 :])  # noqa: PLW2901 - the one said in front
        moved = "".join(_shifted(item, atom) for item in zero)
        grouped.setdefault(atom[-1], []).append(moved + rest)
    return (_BOUNDARY if lead else "") + "(?:" + "|".join(
        f"{written[letter]}(?:{'|'.join(rests)})" for letter, rests in grouped.items()
    ) + ")"


def _inner(alternative: str) -> str:
    """``alternative`` with each group in it (not a look-around) regrouped."""
    out: list[str] = []
    index = 0
    while index < len(alternative):
        plain = _PLAIN.match(alternative, index)
        end = plain.end() if plain else _atom_end(alternative, index)
        atom = alternative[index:end]
        if atom.startswith("(?:"):
            inner, _ = _alternatives(atom, 3)
            atom = f"(?:{_alternation(inner)})"
        out.append(atom)
        index = end
    return "".join(out)


def _branches(pattern: str, zero: tuple[str, ...]) -> list[tuple[str, tuple[str, ...], str]]:
    """Each way ``pattern`` can start, in the order tried: (letter, in front, after).

    The letter as written, the zero-width items in front of it (``zero``: those read so
    far), and what follows it.
    """
    alternatives, end = _alternatives(pattern, 0)
    if end != len(pattern):
        raise _UnsupportedError(pattern)
    if len(alternatives) > 1:
        return [found for item in alternatives for found in _branches(item, zero)]
    index = 0
    while True:
        if index >= len(pattern):
            raise _UnsupportedError("a match that may be empty")
        end = _atom_end(pattern, index)
        atom = pattern[index:end]
        optional, rest = _optional(pattern[end:])
        if atom == _BOUNDARY or atom.startswith(_LOOKBEHINDS):
            if optional:
                raise _UnsupportedError(atom)
            zero = (*zero, atom)
            index = end
            continue
        if atom.startswith("(?:"):
            inner, _ = _alternatives(atom, 3)
            found = [item for one in inner for item in _branches(one + rest, zero)]
        elif _literal(atom):
            found = [(atom, zero, rest)]
        else:
            raise _UnsupportedError(atom)
        return [*found, *_branches(rest, zero)] if optional else found


def _optional(rest: str) -> tuple[bool, str]:
    """Whether the atom in front of ``rest`` is optional (greedy ``?``), and what follows."""
    optional = rest.startswith("?")
    if optional:
        rest = rest[1:]
    if rest.startswith(("*", "+", "{", "?")):
        raise _UnsupportedError("a repeated start, or a lazy or possessive optional one")
    return optional, rest


def _literal(atom: str) -> bool:
    r"""Whether ``atom`` is one literal character as written (``a``, ``'``, ``\-``)."""
    if len(atom) == 1:
        return atom not in _SPECIAL
    return len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum()


def _shifted(item: str, atom: str) -> str:
    """The zero-width ``item`` said one letter (``atom``) later."""
    if item == r"\b":
        letter = atom[-1]
        return r"(?<!\w.)" if _WORD.match(letter) else r"(?<=\w.)"
    return f"{item[:4]}(?:{item[4:-1]}).)"


def _alternatives(pattern: str, index: int) -> tuple[list[str], int]:
    """The top-level alternatives from ``index`` to the closing parenthesis (or the end)."""
    found: list[str] = []
    start = index
    while index < len(pattern) and pattern[index] != ")":
        if pattern[index] == "|":
            found.append(pattern[start:index])
            start = index + 1
            index += 1
            continue
        plain = _PLAIN.match(pattern, index)  # a run of letters at once: most of a pattern
        index = plain.end() if plain else _atom_end(pattern, index)
    found.append(pattern[start:index])
    return found, index


def _atom_end(pattern: str, index: int) -> int:
    """Where the atom (or quantifier) at ``index`` ends."""
    char = pattern[index]
    if char == "\\":
        return index + 2
    if char == "[":
        return _class_end(pattern, index)
    if char == "{":
        return pattern.index("}", index) + 1
    if char == "(":
        return _group_end(pattern, index)
    return index + 1


def _class_end(pattern: str, index: int) -> int:
    end = index + 1
    end += pattern.startswith("^", end)
    end += pattern.startswith("]", end)
    while pattern[end] != "]":
        end += 2 if pattern[end] == "\\" else 1
    return end + 1


def _group_end(pattern: str, index: int) -> int:
    """Where the group opening at ``index`` closes."""
    end = _closings(pattern).get(index)
    if end is None:
        raise _UnsupportedError("an unclosed group")
    return end


@functools.lru_cache(maxsize=16)
def _closings(pattern: str) -> dict[int, int]:
    """Where each group of ``pattern`` closes, by where it opens: one scan of the text.

    A pattern is read for its groups level by level; scanning each group's inside again
    at each level took a fifth of a second for the promise cues.
    """
    ends: dict[int, int] = {}
    opened: list[int] = []
    index = 0
    while (found := _BRACKETS.search(pattern, index)) is not None:
        index = found.start()
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        if char == "(":
            if not pattern.startswith(_GROUPS_FOLLOWED, index):
                raise _UnsupportedError("a capturing group, or one of another kind")
            opened.append(index)
        elif opened:
            ends[opened.pop()] = index + 1
        index += 1
    return ends
