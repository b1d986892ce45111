"""The text folds' and the model's shortcuts give what the plain path gives, near-misses too."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from importlib import resources

import pytest

from silence_watch.config.models import MODEL_FILE
from silence_watch.core.intent_features import _EMAIL, _URL, normalise
from silence_watch.core.intent_model import IntentModel
from silence_watch.core.invisible_chars import INVISIBLE, visible
from silence_watch.core.language import _COMBINING, _PUNCTUATION, fold

TEXTS = [
    "",
    "Thanks, WE'LL get back to you by Friday 12/4.",  # ASCII: the shortcut
    "  Tabs\tand\nnew lines  ",
    "Straße, café, ÉTÉ",  # accents, no punctuation to straighten
    "we\u2019ll decide \u2013 by Friday",  # typographic punctuation
    "no\u00a0break space",
    "Bewer\u00adbung am Do\u200b.",  # invisible characters
    "\ufeffa byte order mark first",
    "a hair\u200aspace and an en\u2002space",  # look alike, are not invisible
    "I\u0307stanbul, \u212a, \u017f, \u0130",  # case folds that change the length
    "www.example.com and https://x.example/a?b=1, mail me at a.b@c.example",
    "&amp; &eacute;t&eacute; 2026",  # entities, digits
    "١٢٣ Arabic digits, ²³ superscripts, ½",
]


def _plain_fold(text: str) -> str:
    """``fold`` as it was: every text translated, case-folded and decomposed."""
    text = text.translate(_PUNCTUATION).casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.split())


def _plain_normalise(text: str) -> str:
    """``normalise`` as it was: ``str.translate`` for the punctuation and the digits."""
    punctuation = str.maketrans(
        {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"},
    )
    digits = str.maketrans(dict.fromkeys("0123456789", "0"))
    text = html.unescape(text)
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" urltoken ", text)
    if "@" in text:
        text = _EMAIL.sub(" emailtoken ", text)
    text = unicodedata.normalize("NFKD", text.translate(punctuation).casefold())
    return text.encode("ascii", "ignore").decode("ascii").translate(digits)


@pytest.mark.parametrize("text", TEXTS)
def test_fold_is_the_plain_fold(text: str) -> None:
    """Folding ASCII without the translation table gives what the table gives."""
    fold.cache_clear()
    assert fold(text) == _plain_fold(text)


@pytest.mark.parametrize("text", TEXTS)
def test_visible_is_the_plain_translation(text: str) -> None:
    """Text without an invisible character is kept whole; with one, the same is dropped."""
    assert visible(text) == text.translate(INVISIBLE)


@pytest.mark.parametrize("text", TEXTS)
def test_normalise_is_the_plain_normaliser(text: str) -> None:
    """The model's features see the same text through the byte table and the ASCII path."""
    assert normalise(text) == _plain_normalise(text)


def test_every_invisible_character_is_found_alone() -> None:
    """Each invisible character, alone in a long non-ASCII text, is still dropped."""
    for code in INVISIBLE:
        text = f"é {'word ' * 40}{chr(code)}end"
        assert visible(text) == re.sub(f"[{chr(code)}]", "", text)


def test_a_remembered_reading_is_the_fresh_one() -> None:
    """Words and pairs read again (looked up in C from memory) score exactly as fresh ones."""
    data = json.loads((resources.files("silence_watch.data") / MODEL_FILE).read_text("utf-8"))
    text = "we will be in touch we will be in touch, leider leider keine Zusage"
    model = IntentModel.from_dict(data)
    fresh = model.predict(text)
    assert model.predict(text) == fresh  # every word and pair remembered now
    assert IntentModel.from_dict(data).scores(text) == model.scores(text)
