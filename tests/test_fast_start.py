"""Word boundaries moved behind literal runs: the rewritten pattern matches exactly the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silence_watch.core.fast_start import fast_start
from silence_watch.core.intent_phrases import PHRASES
from silence_watch.core.intent_table import compiled_phrases
from silence_watch.core.language import fold
from silence_watch.core.parse import parse_message
from silence_watch.core.quotes import own_text

CORPUS = Path(__file__).parent / "corpus" / "replies"

PATTERNS = [
    r"\bno longer\b",
    r"\b(?:not|never) (?:be )?moving\b",
    r"\bs?end\b",
    r"\bwe(?:'ll| will) be\b",
    r"(?:\bnot|n't|\bcannot) go",
    r"\b(?:a|b)?c",
    r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.",
    r"(?<!\bx)\bab+\b",
    r"\b[abc]d\b|\bé",
    r"x\b(?=y)|\by",
    r"\bhi{2}\b",
]


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"\bno longer\b", r"no longer(?<!\w.........)\b"),
        (r"\b(?:not|never) go", r"(?:not(?<!\w...)|never(?<!\w.....)) go"),
        (r"\bs?end", r"\bs?end"),  # the optional letter keeps its boundary
        (r"\bhi{2}", r"h(?<!\w.)i{2}"),  # the quantified letter stays out of the run
        (r"(?<=\bx)\by", r"(?<=\bx)y(?<!\w.)"),  # look-arounds are copied as written
        (r"\b(?:a|b)?c", r"\b(?:a|b)?c"),  # an optional group keeps its boundary
        (r"(?i)\bx", r"(?i)\bx"),  # syntax not followed: unchanged
    ],
)
def test_a_boundary_moves_behind_the_run_it_starts(pattern: str, rewritten: str) -> None:
    """The boundary goes behind a literal run as a look-behind; elsewhere it stays put."""
    assert fast_start(pattern) == rewritten


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdehilmnorstvwxy '.,0123é\n", max_size=60))
def test_rewritten_patterns_find_the_same_matches(text: str) -> None:
    """On any text, the rewritten pattern finds the same spans and groups as the original."""
    for pattern in PATTERNS:
        original, rewritten = re.compile(pattern), re.compile(fast_start(pattern))
        expected = [(found.span(), found.groupdict()) for found in original.finditer(text)]
        assert [(found.span(), found.groupdict()) for found in rewritten.finditer(text)] == (
            expected
        ), pattern


@pytest.mark.timeout(600)  # every phrase over every corpus reply: minutes on a busy machine
def test_the_phrase_patterns_read_the_corpus_as_written() -> None:
    """Every compiled phrase finds what its written pattern finds in every corpus reply."""
    if not CORPUS.is_dir():
        pytest.skip("tests/corpus/replies is absent")
    texts = [
        fold(own_text(parse_message(path.read_bytes()).body or ""))
        for path in sorted(CORPUS.glob("*.eml"))
    ]
    originals = [re.compile(item) for _, _, _, row in PHRASES for item in row]
    for original, phrase in zip(originals, compiled_phrases(), strict=True):
        rewritten = re.compile(phrase.source)
        for text in texts:
            assert [found.span() for found in rewritten.finditer(text)] == [
                found.span() for found in original.finditer(text)
            ], original.pattern
