"""Alternatives grouped by their first letter: the rewritten pattern matches exactly the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silence_watch.core.first_letters import by_first_letter
from silence_watch.core.language import fold
from silence_watch.core.parse import parse_message
from silence_watch.core.promise_cues import PROMISE_CUE_WORDS, PROMISE_CUES
from silence_watch.core.quotes import own_text

CORPUS = Path(__file__).parent / "corpus" / "replies"

PATTERNS = [
    r"\b(?:not|never|no) (?:be )?moving\b",
    r"\b(?:no|not|now)\b|\bnot a\b",
    r"(?<!\bis )(?<!\bwe )\bno\b|\bnot\b",
    r"\b(?:we|i)(?:'d| would)? (?:need|have)\b",
    r"(?:a )?(?:note|line) from (?:me|us)\b|\bnot\b",
    r"\bs?end|\bsend it",
    r"'ll see|\bwill see|(?<=\w)'s",
    r"\bx\-ray|\ba-b",
    r"\b(?:(?:short)?list|lijst)\b(?=[^.]{0,20}?\bout\b)|(?<!your )answer\w*",
]


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"\b(?:ab|cd|ae)", r"\b(?:a(?:b|e)|c(?:d))"),
        (r"\bab|(?<!x )\bac", r"\b(?:a(?:b|(?<!(?:x ).)c))"),  # one boundary stays in front
        (r"ab|\bac", r"(?:a(?:b|(?<!\w.)c))"),
        (r"(?:a|b)?c", r"(?:a(?:c)|b(?:c)|c(?:))"),  # the optional part first, as tried
        (r"\b\w+", r"\b\w+"),  # a class at the start: unchanged
        (r"(a)|b", r"(a)|b"),  # a capturing group: unchanged
        (r"a*b", r"a*b"),  # a repeated start: unchanged
        (r"(?=a)a|b", r"(?=a)a|b"),  # a look-ahead at the start: unchanged
    ],
)
def test_alternatives_stand_behind_their_first_letter(pattern: str, rewritten: str) -> None:
    """Each letter once, its alternatives behind it in their order; what is unread is kept."""
    assert by_first_letter(pattern) == rewritten


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdehilmnorstuvwxy '.-,é\n", max_size=60))
def test_rewritten_patterns_find_the_same_matches(text: str) -> None:
    """On any text, the rewritten pattern finds the same spans as the original."""
    for pattern in PATTERNS:
        original, rewritten = re.compile(pattern), re.compile(by_first_letter(pattern))
        assert by_first_letter(pattern) != pattern
        expected = [found.span() for found in original.finditer(text)]
        assert [found.span() for found in rewritten.finditer(text)] == expected, pattern


def test_the_promise_cues_read_the_corpus_as_written() -> None:
    """``PROMISE_CUES`` finds, grouped, the cues its written pattern finds in every reply."""
    if not CORPUS.is_dir():
        pytest.skip("tests/corpus/replies is absent")
    grouped = re.compile(PROMISE_CUES.pattern)
    written = re.compile(PROMISE_CUE_WORDS)
    assert grouped.pattern != written.pattern
    for path in sorted(CORPUS.glob("*.eml"))[::4]:
        text = fold(own_text(parse_message(path.read_bytes()).body or ""))
        assert [found.span() for found in grouped.finditer(text)] == [
            found.span() for found in written.finditer(text)
        ], path.name
