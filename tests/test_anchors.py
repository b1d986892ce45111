"""Anchor literals: what a pattern cannot match without, and the shortcut built on them."""

from __future__ import annotations

import re

import pytest

from silence_watch.core.anchors import AnchorIndex, anchors, keys, text_keys


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
