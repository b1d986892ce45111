"""A large anchor index's trigram pre-test finds what the substring tests find."""

from __future__ import annotations

import pytest

from silence_watch.core.anchors import AnchorIndex

#: Enough literals that the index meets the text with its trigram set.
FILLER = [f"w{number}x" for number in range(600)]


@pytest.mark.parametrize(
    "text",
    [
        "leider eine absage, on hold",  # both whole
        "abs bsa sag age, on holx hold",  # every trigram of each, never the literal
        "absag on hol",  # all but the last trigram
        "ab",  # shorter than a trigram
        "",
        "é, ab x y",  # the one-character literal, a two-character one
    ],
)
def test_the_trigram_pre_test_never_drops_a_literal(text: str) -> None:
    """Literals whose trigrams are all there but scattered are found only when whole."""
    literals = [*FILLER, "absage", "on hold", "é", "ab"]
    expected = {literal for literal in literals if literal in text}
    assert AnchorIndex(literals).present(text) == expected
    assert AnchorIndex(literals[-4:]).present(text) == expected  # the small index agrees
