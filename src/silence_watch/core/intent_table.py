"""The intent phrase rows made ready for searching, built at the first reading.

Each alternative of ``core.intent_phrases.PHRASES`` is rewritten for a fast start
(``fast_start``) and given the literal words it cannot match without (``anchors``), so a
reading searches only the phrases whose words occur in the text. Building the table costs
a fifth of a second: it is built once, when the first message is read, never at import
(``status`` and ``drafts list`` read no message).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.anchors import AnchorIndex, anchors, required_sets
from silence_watch.core.fast_start import fast_start
from silence_watch.core.intent_phrases import PHRASES

if TYPE_CHECKING:
    from silence_watch.core.model import Intent


@dataclass(frozen=True, slots=True)
class Phrase:
    """One alternative of a phrase row, with the literals it cannot match without.

    Its pattern is compiled the first time a text could hold it (``pattern_of``): compiling
    all of them cost a fifth of a second at every start, also for commands that read none.
    """

    intent: Intent
    strength: int
    reason: str
    source: str
    anchors: frozenset[str] | None
    #: More literal sets it cannot match without (``anchors.required_sets``): one of each
    #: must occur too, tested before the search ("by" is everywhere, "let me know" not).
    also: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class Table:
    """The phrase rows made ready for searching; built at the first reading (``table``).

    Building it (rewriting each alternative for a fast start, finding its anchors) costs a
    fifth of a second, which no command that reads no message should pay at its start.
    """

    #: Every alternative of every row, in table order.
    phrases: tuple[Phrase, ...]
    #: Their compiled patterns, each compiled the first time a text could hold it.
    patterns: list[re.Pattern[str] | None]
    #: Every anchor of every phrase, to find the ones a text holds in one pass.
    anchor_index: AnchorIndex
    #: The phrases (by position in ``phrases``) each anchor belongs to.
    phrases_of: dict[str, list[int]]
    #: The phrases with no anchor: always searched.
    always: frozenset[int]


@functools.cache
def table() -> Table:
    """The table, built once."""
    phrases = tuple(
        Phrase(
            intent, strength, reason, fast_start(alternative), found, _also(alternative, found)
        )
        for intent, strength, reason, alternatives in PHRASES
        for alternative in alternatives
        for found in [anchors(alternative)]
    )
    phrases_of: dict[str, list[int]] = {}
    for index, phrase in enumerate(phrases):
        for anchor in phrase.anchors or ():
            phrases_of.setdefault(anchor, []).append(index)
    return Table(
        phrases,
        [None] * len(phrases),
        AnchorIndex(anchor for phrase in phrases if phrase.anchors for anchor in phrase.anchors),
        phrases_of,
        frozenset(index for index, phrase in enumerate(phrases) if not phrase.anchors),
    )


def compiled_phrases() -> tuple[Phrase, ...]:
    """Every alternative of every phrase row, as searched, in table order."""
    return table().phrases


def pattern_of(table: Table, index: int) -> re.Pattern[str]:
    """The compiled pattern of phrase ``index``, compiled once."""
    pattern = table.patterns[index]
    if pattern is None:
        pattern = table.patterns[index] = re.compile(table.phrases[index].source)
    return pattern


def candidates(table: Table, folded: str) -> list[int]:
    """The phrases that can match ``folded``, in table order."""
    chosen = set(table.always)
    for anchor in table.anchor_index.present(folded):
        chosen.update(table.phrases_of[anchor])
    phrases, contains = table.phrases, itertools.repeat(folded.__contains__)
    # each set of words it needs has one in the text: ``any`` of each, all in C (no generator)
    return [
        index for index in sorted(chosen)
        if all(map(any, map(map, contains, phrases[index].also)))
    ]  # fmt: skip


#: A literal set is worth a test before the search only when each of its words is this long
#: (a space or "by" is in nearly every reply), and a phrase keeps at most this many sets.
_ALSO_LENGTH = 3
_ALSO_SETS = 3


def _also(pattern: str, found: frozenset[str] | None) -> tuple[frozenset[str], ...]:
    """The most selective literal sets of ``pattern`` besides its anchors ``found``."""
    sets = [
        need for need in required_sets(pattern)
        if need != found and min(map(len, need)) >= _ALSO_LENGTH
    ]  # fmt: skip
    sets.sort(key=lambda need: (len(need), -min(map(len, need))))
    return tuple(sets[:_ALSO_SETS])
