"""Anchor literals: what a pattern cannot match without, and the shortcut built on them."""

from __future__ import annotations

import re

import pytest

from silence_watch.core import intent_table
from silence_watch.core.anchors import AnchorIndex, anchors, keys, required_sets, text_keys


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bregret to (?:inform|tell)", {"regret to "}),
        (r"\b(?:leider|helaas) (?:\S+ ){0,4}niet", {"niet"}),  # one literal beats two
        (r"\b(?:absage|afwijzing)\b", {"absage", "afwijzing"}),
        (r"(?P<month>january|february) (?P<day>\d+)", {"january", "february"}),
        (r"\bon hold\b(?! for)", {"on hold"}),
        (r"(?:a|b)?x", {"x"}),
    ],
)
def test_anchors_are_literals_every_match_holds(pattern: str, expected: set[str]) -> None:
    """The anchors found are literal text that any match of the pattern contains."""
    assert anchors(pattern) == frozenset(expected)


def test_an_optional_part_gives_no_anchor() -> None:
    """A pattern made only of optional parts or classes has no anchor: None, never a guess."""
    assert anchors(r"(?:maybe )?\d+") is None
    assert anchors(r"[a-z]+") is None


def test_unknown_syntax_gives_up_instead_of_guessing() -> None:
    """Syntax the reader does not follow (a back-reference) means no anchor at all."""
    assert anchors(r"(\w)\1") is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bwe(?:'ll| will) (?:\S+ )?get back to you", "thanks! we'll surely get back to you"),
        (r"\b(?:nachste|zweite) (?:runde|stufe)", "willkommen in der zweite runde"),
        (r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.", "bis zum 20.11. melden wir uns"),
    ],
)
def test_a_text_a_pattern_matches_holds_an_anchor_and_its_key(pattern: str, text: str) -> None:
    """Whenever the pattern matches, one of its anchors and that anchor's key are present."""
    assert re.search(pattern, text)
    found = anchors(pattern)
    assert found is not None
    assert AnchorIndex(found).present(text)
    key_set = keys(found)
    assert key_set is not None
    assert not key_set.isdisjoint(text_keys(text))


@pytest.mark.parametrize("count", [3, 600])
def test_an_index_finds_exactly_the_literals_a_text_holds(count: int) -> None:
    """Small and large indexes alike return exactly the literals that occur in the text."""
    literals = [f"w{number}x" for number in range(count)] + ["absage", "on hold", "é"]
    text = "leider eine absage: w1x, w25x and w599x, café"
    expected = {literal for literal in literals if literal in text}
    assert AnchorIndex(literals).present(text) == expected
    assert "absage" in expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bregret to (?:inform|tell)", [{"regret to "}, {"inform", "tell"}]),
        (
            r"let me know(?:[^.]{0,40}) (?:by|before) friday",
            [{"let me know"}, {" "}, {"by", "before"}, {" friday"}],
        ),
        (r"(?:a|b)?x", [{"x"}]),  # an optional part requires nothing
        (r"a+b", [{"b"}]),  # "aab" holds no "ab": a repeated character is no literal
        (r"(?:xy)+z", [{"xy"}, {"z"}]),
        (r"(\w)\1", []),  # syntax it does not follow: no set, never a guess
    ],
)
def test_required_sets_are_each_held_by_every_match(
    pattern: str, expected: list[set[str]]
) -> None:
    """Each set found holds a literal that any match of the pattern contains."""
    assert required_sets(pattern) == tuple(frozenset(need) for need in expected)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"let me know(?:[^.]{0,40}) (?:by|before) friday", "let me know by friday"),
        (r"let me know(?:[^.]{0,40}) (?:by|before) friday", "let me know your view before friday"),
        (r"\bregret to (?:inform|tell)", "we regret to tell you"),
        (r"(?:xy)+z", "xyxyz"),
    ],
)
def test_a_text_a_pattern_matches_holds_one_literal_of_each_set(pattern: str, text: str) -> None:
    """Whenever the pattern matches, every required set has a literal in the text."""
    assert re.search(pattern, text)
    assert all(any(literal in text for literal in need) for need in required_sets(pattern))


@pytest.mark.parametrize(
    "text",
    [
        "please let us know by friday whether thursday works",  # both words: searched
        "let us know if you have questions",  # the ask without a deadline
        "we will decide by friday and let you know",  # a deadline, a promise
        "laat even weten of donderdag schikt",
        "sag mir bis freitag bescheid",
        "reply by friday",  # the day without the ask
        "lmk before monday",
        "dime antes del viernes si te viene bien",
    ],
)
def test_the_extra_sets_never_drop_a_phrase_that_matches(text: str) -> None:
    """A phrase left out by its extra literal sets would not have matched the text."""
    table = intent_table.table()
    kept = set(intent_table.candidates(table, text))
    for index in range(len(table.phrases)):
        if intent_table.pattern_of(table, index).search(text) is not None:
            assert index in kept, table.phrases[index].source[:80]
