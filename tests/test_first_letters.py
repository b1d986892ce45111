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
    r"\b(?:not|never|no|now) (?:be )?moving\b",
    r"\b(?:no|not|now|nor)\b|\bnot a\b",
    r"(?<!\bis )(?<!\bwe )\bno\b|\bnot\b|\bnow\b|\bsure\b",
    r"\b(?:we|i|you|they)(?:'d| would)? (?:need|have)\b",
    r"(?:a )?(?:note|line) from (?:me|us)\b|\bnot\b|\bno\b|\bin\b",
    r"\bs?end|\bsend it|\bsea|\bother",
    r"'ll see|\bwill see|(?<=\w)'s|\bwe'll",
    r"\bx\-ray|\ba-b|\bay|\bx",
    r"\b(?:(?:short)?list|lijst|lost|lest)\b(?=[^.]{0,20}?\bout\b)|(?<!your )answer\w*|\bans|\bend",
]


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"\b(?:ab|cd|ae|cf)", r"\b(?:(?:a(?:b|e)|c(?:d|f)))"),  # regrouped where it stands
        (r"\bab|(?<!x )\bac|\bad|\bbe", r"\b(?:a(?:b|(?<!(?:x ).)c|d)|b(?:e))"),  # \b in front
        (r"ab|\bac|ad|b", r"(?:a(?:b|(?<!\w.)c|d)|b(?:))"),
        (r"(?:a|b)?c|d|e|f", r"(?:a(?:c)|b(?:c)|c(?:)|d(?:)|e(?:)|f(?:))"),  # as tried
        (r"ab|cd|ae", r"ab|cd|ae"),  # too few alternatives to gain
        (r"\b\w+|a|b|c", r"\b\w+|a|b|c"),  # a class at the start: unchanged
        (r"(a)|b|c|d", r"(a)|b|c|d"),  # a capturing group: unchanged
        (r"a*b|c|d|e", r"a*b|c|d|e"),  # a repeated start: unchanged
        (r"(?=a)a|b|c|d", r"(?=a)a|b|c|d"),  # a look-ahead at the start: unchanged
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
    """``PROMISE_CUES`` finds, grouped, the cues its written pattern finds in the replies."""
    if not CORPUS.is_dir():
        pytest.skip("tests/corpus/replies is absent")
    grouped = re.compile(by_first_letter(PROMISE_CUE_WORDS))
    written = re.compile(PROMISE_CUES.pattern)
    assert grouped.pattern != written.pattern
    for path in sorted(CORPUS.glob("*.eml"))[::4]:
        text = fold(own_text(parse_message(path.read_bytes()).body or ""))
        assert [found.span() for found in grouped.finditer(text)] == [
            found.span() for found in written.finditer(text)
        ], path.name
