"""The first letters every match starts with: a look-ahead in front that changes no match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silence_watch.core.language import fold
from silence_watch.core.parse import parse_message
from silence_watch.core.pattern_heads import heads, starts_with
from silence_watch.core.phrases_next_word import _TELL_ME_WORDS
from silence_watch.core.quotes import own_text

CORPUS = Path(__file__).parent / "corpus" / "replies"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"let (?:me|us) know", {"le"}),
        (r"\b(?:tell|text) (?:me|us)", {"te"}),
        (r"(?<!\bich )sag(?:e)? bescheid", {"sa"}),  # the optional letter comes after both
        (r"(?:di|diga|confirma)(?:me|nos)\b", {"di", "co"}),
        (r"l(?:mk|et)", {"lm", "le"}),
        (r"(?:a|b)(?:x|y)", {"ax", "ay", "bx", "by"}),
        (r"(?P<who>ik|we) (?:app|mail)", {"ik", "we"}),
    ],
)
def test_the_starts_are_read_off_the_words(pattern: str, expected: set[str]) -> None:
    """Each two-letter start a match can have, through groups, look-behinds and options after."""
    assert heads(pattern, 2) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        r"a?bc",  # an optional first letter: "bc" starts a match too
        r"[ab]c",  # a class
        r"\wx",  # a class escape
        r".x",
        r"(?:ab)+c",  # a repeated part among the first letters
        r"a|bc",  # a match one letter long
        r"(?i)ab",  # syntax not followed
        r"a{2}b",  # "aa": read as a repeated part, given up
    ],
)
def test_an_open_start_gives_no_look_ahead(pattern: str) -> None:
    """Where a start cannot be told, none is claimed: no look-ahead is written."""
    assert heads(pattern, 2) is None
    assert starts_with(pattern) == ""


def test_a_start_known_before_a_repeated_part_is_kept() -> None:
    """What follows the first letters does not matter: "sag" is known before "(?:e)?"."""
    assert heads(r"sag(?:e)? (?:kurz )*bescheid", 2) == frozenset({"sa"})
    assert starts_with(r"sag(?:e)? (?:kurz )*bescheid") == "(?=sa)"


PATTERNS = [
    r"\b(?:let|lmk|tell) (?:me|us)\b",
    r"(?<!\bich )(?:sag(?:e)?|gib) (?:mir|uns)",
    r"(?:dis|dites)[- ](?:moi|nous)\b",
    r"(?<!\w)(?=\w)(?:(?<!\bwill )(?:let (?:me|us) know|tell (?:me|us))|(?<!\bik )laat (?:me|ons))",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="adeghiklmnorstuw '-.,\n", max_size=80))
def test_the_look_ahead_changes_no_match(text: str) -> None:
    """On any text, the pattern with its look-ahead in front finds the same spans."""
    for pattern in PATTERNS:
        ahead = starts_with(pattern)
        assert ahead, pattern
        original, guarded = re.compile(pattern), re.compile(ahead + pattern)
        found = [m.span() for m in guarded.finditer(text)]
        assert found == [m.span() for m in original.finditer(text)]


def test_the_words_that_ask_her_to_tell_them_read_the_corpus_as_written() -> None:
    """The look-ahead of "let me know", "sag mir Bescheid" ... changes no match in any reply."""
    if not CORPUS.is_dir():
        pytest.skip("tests/corpus/replies is absent")
    ahead = starts_with(_TELL_ME_WORDS)
    assert ahead.startswith("(?=le|") or "|le|" in ahead
    original, guarded = re.compile(_TELL_ME_WORDS), re.compile(ahead + _TELL_ME_WORDS)
    for path in sorted(CORPUS.glob("*.eml"))[::3]:
        text = fold(own_text(parse_message(path.read_bytes()).body or ""))
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in original.finditer(text)
        ], path.name
