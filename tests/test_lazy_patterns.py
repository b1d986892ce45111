"""Patterns compiled on first use answer exactly as ``re.compile`` does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from silence_watch.core.lazy_patterns import lazy_pattern

SOURCE = r"\b(?P<word>not|never)\s+(?:again|ever)\b"


def test_nothing_is_compiled_until_a_method_is_used() -> None:
    """Creating one compiles nothing; its text and flags are there without compiling."""
    pattern = lazy_pattern(SOURCE, re.IGNORECASE)
    assert pattern.pattern == SOURCE
    assert pattern.flags == re.IGNORECASE
    assert not hasattr(pattern, "_compiled")
    assert pattern.search("we will NEVER ever") is not None
    assert hasattr(pattern, "_compiled")


def test_every_method_answers_like_the_compiled_pattern() -> None:
    """search, match, fullmatch, finditer, findall, sub, subn, split and group names agree."""
    lazy, real = lazy_pattern(SOURCE, re.IGNORECASE), re.compile(SOURCE, re.IGNORECASE)
    text = "Never again, we said; NOT ever. Not now."
    assert lazy.search(text).group(0) == real.search(text).group(0) == "Never again"  # type: ignore[union-attr]
    assert lazy.match(text) is not None
    assert lazy.fullmatch("not ever") is not None
    assert lazy.fullmatch("not ever!") is None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text) == ["Never", "NOT"]
    assert lazy.sub("-", text) == real.sub("-", text)
    assert lazy.subn("-", text) == real.subn("-", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.groupindex == real.groupindex
    assert lazy.groups == real.groups == 1


@given(st.text(alphabet="notverga \n.!NOT", max_size=60))
def test_any_text_is_searched_alike(text: str) -> None:
    """On any text the lazy and the compiled pattern find the same matches."""
    lazy, real = lazy_pattern(SOURCE), re.compile(SOURCE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("x", text) == real.sub("x", text)


#: A meeting word matched, the words that make it news only in a lookahead.
NEEDING = r"\b(?:interview|call)\b(?=[^.]{0,40}\b(?:cancelled|postponed)\b)"


def test_a_pattern_given_the_literals_it_needs_is_not_searched_without_them() -> None:
    """A long text with the meeting word but none of ``needs``: no search, no match."""
    lazy = lazy_pattern(NEEDING, needs=("cancel", "postpon"))
    long_text = "the interview and the call went well, thank you again. " * 4
    assert lazy.search(long_text) is None
    assert list(lazy.finditer(long_text)) == []
    with_need = long_text + "the interview on friday is cancelled."
    assert lazy.search(with_need) is not None


@given(st.text(alphabet="intervw cal.edpos", max_size=200))
def test_the_needed_literals_never_change_an_answer(text: str) -> None:
    """Where the literals are right, the gated pattern finds what ``re`` finds."""
    lazy = lazy_pattern(NEEDING, needs=("cancel", "postpon"))
    real = re.compile(NEEDING)
    padded = text + " " * 100
    assert [m.span() for m in lazy.finditer(padded)] == [m.span() for m in real.finditer(padded)]
    assert (lazy.search(padded) is None) is (real.search(padded) is None)


@given(
    st.text(alphabet="notverga \n.!NOT", max_size=300),
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=0, max_value=300),
)
def test_a_search_between_bounds_is_searched_alike(text: str, pos: int, endpos: int) -> None:
    """Between bounds the gate tests only that window, and still finds what ``re`` finds."""
    lazy, real = lazy_pattern(SOURCE), re.compile(SOURCE)
    padded = text + " never again" + "." * 120
    found, expected = lazy.search(padded, pos, endpos), real.search(padded, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    found, expected = lazy.search(padded, pos), real.search(padded, pos)
    assert (found and found.span()) == (expected and expected.span())
