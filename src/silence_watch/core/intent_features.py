"""How a text becomes features for the learned intent reader (``core.intent_model``).

Word uni-grams and bi-grams, character n-grams inside each word, cross-language cue
concepts (``core.intent_cues``), pairs of consecutive concepts and a length band, hashed
with CRC-32 (never Python's salted ``hash()``) into a fixed number of buckets. Training
(``scripts/train_intent_model.py``) and reading call the same functions, so what was
learned is exactly what is read.

Pure: no IO, no clock, the standard library only.
"""

from __future__ import annotations

import html
import itertools
import math
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from silence_watch.core.errors import SilenceWatchError
from silence_watch.core.intent_cues import CUES
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Mapping

#: The version of the feature recipe below (normaliser, groups, ``CUES``); a model file
#: written for another one is refused. Any change to the recipe needs a new number and a
#: retrained model (``tests/test_intent_model.py`` notices a stale model file).
FEATURE_VERSION: Final = 2

#: Typographic quotes and dashes, folded before accents are dropped (which would drop
#: them), so a curly apostrophe reads like a straight one.
_PUNCTUATION: Final = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"},
)
_URL: Final = lazy_pattern(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL: Final = lazy_pattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Every digit masked (after the ASCII fold only ASCII digits are left); a byte table, as
#: ``bytes.translate`` is a table lookup in C where ``str.translate`` calls per character.
_DIGITS: Final = bytes.maketrans(b"123456789", b"000000000")
_TOKEN: Final = lazy_pattern(r"[a-z0-9]+|\?")
#: Word-count bands: a two-line "Noted, thanks." reads differently from a long letter.
_LENGTH_BANDS: Final = ((0, "empty"), (5, "tiny"), (12, "short"), (25, "brief"), (80, "medium"))

_MASK_32: Final = 0xFFFFFFFF


class ModelFileError(SilenceWatchError):
    """A model file is malformed, or was written for another feature recipe."""


def stable_hash(key: str) -> int:
    """CRC-32 of the UTF-8 bytes of ``key``: the same number in every process."""
    return zlib.crc32(key.encode("utf-8")) & _MASK_32


def normalise(text: str) -> str:
    """Lower case, accents and typographic punctuation folded, links and digits masked."""
    text = html.unescape(text)
    if "://" in text or "www." in text.lower():  # what a link needs: no search without it
        text = _URL.sub(" urltoken ", text)
    if "@" in text:
        text = _EMAIL.sub(" emailtoken ", text)
    if text.isascii():  # no typographic punctuation, nothing to decompose: the fold alone
        return text.lower().encode("ascii").translate(_DIGITS).decode("ascii")
    text = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION).casefold())
    return text.encode("ascii", "ignore").translate(_DIGITS).decode("ascii")


def tokens(text: str) -> list[str]:
    """The words (and question marks) of ``text`` after ``normalise``."""
    return _TOKEN.findall(normalise(text))


def _cue_index() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, int]]:
    """``CUES`` turned around: whole words and marked prefixes to their concepts."""
    whole: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for concept, entries in CUES.items():
        for entry in entries:
            if entry.endswith("*"):
                prefixes.setdefault(entry[:-1], set()).add(concept)
            else:
                whole.setdefault(entry, set()).add(concept)
    return whole, prefixes, {concept: order for order, concept in enumerate(CUES)}


_WHOLE_CUES, _PREFIX_CUES, _CUE_ORDER = _cue_index()
_LONGEST_PREFIX: Final = max(map(len, _PREFIX_CUES), default=0)


@lru_cache(maxsize=1 << 16)
def concepts(word: str) -> tuple[str, ...]:
    """The ``CUES`` concepts a normalised word stands for (most words: none), in ``CUES`` order.

    A concept counts once however many of its entries match.
    """
    found = set(_WHOLE_CUES.get(word, ()))
    for end in range(min(len(word), _LONGEST_PREFIX) + 1):
        found.update(_PREFIX_CUES.get(word[:end], ()))
    return tuple(sorted(found, key=_CUE_ORDER.__getitem__))


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """How text becomes features: the hash space, the n-gram range and each group's weight.

    Groups: words, word pairs, character n-grams (inside each word, padded with a space),
    cue concepts (``CUES``), pairs of consecutive cue concepts, and the length band. Each
    group is scaled by its weight over the square root of its number of items, so a long
    letter and a one-liner land on the same scale and no group drowns the others.
    """

    buckets: int = 1 << 20
    char_min: int = 3
    char_max: int = 5
    word_weight: float = 1.0
    bigram_weight: float = 1.0
    char_weight: float = 1.0
    cue_weight: float = 1.0
    cue_pair_weight: float = 1.0
    length_weight: float = 1.0

    def to_dict(self) -> dict[str, float | int]:
        """The spec as plain data, for the model file."""
        return {
            "version": FEATURE_VERSION,
            "buckets": self.buckets,
            "char_min": self.char_min,
            "char_max": self.char_max,
            "word_weight": self.word_weight,
            "bigram_weight": self.bigram_weight,
            "char_weight": self.char_weight,
            "cue_weight": self.cue_weight,
            "cue_pair_weight": self.cue_pair_weight,
            "length_weight": self.length_weight,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> FeatureSpec:
        """The spec stored in a model file; refuses another feature recipe's."""
        if data.get("version") != FEATURE_VERSION:
            raise ModelFileError(
                f"model features are version {data.get('version')!r}, "
                f"this reader knows version {FEATURE_VERSION}",
            )
        return cls(
            buckets=_int(data, "buckets"),
            char_min=_int(data, "char_min"),
            char_max=_int(data, "char_max"),
            word_weight=_float(data, "word_weight"),
            bigram_weight=_float(data, "bigram_weight"),
            char_weight=_float(data, "char_weight"),
            cue_weight=_float(data, "cue_weight"),
            cue_pair_weight=_float(data, "cue_pair_weight"),
            length_weight=_float(data, "length_weight"),
        )


DEFAULT_SPEC: Final = FeatureSpec()


def length_band(word_count: int) -> str:
    """The name of the length band a message of ``word_count`` words falls in."""
    for limit, name in _LENGTH_BANDS:
        if word_count <= limit:
            return name
    return "long"


@dataclass(frozen=True, slots=True)
class Group:
    """One group of features of a text: readable keys, the word each came from, a scale.

    ``sources`` holds, for every key, the text it is credited to in explanations: the
    word a character n-gram was cut from, "[pause]" for a cue concept.
    """

    name: str
    scale: float
    keys: tuple[str, ...]
    sources: tuple[str, ...]


def feature_groups(text: str, spec: FeatureSpec = DEFAULT_SPEC) -> list[Group]:
    """Every feature key of ``text`` by group, each key with its source and group scale.

    The keys are readable ("w:regret", "b:regret to", "c:egr", "k:unfortunately",
    "n:short"); ``features`` hashes them into buckets.
    """
    words = tokens(text)
    pairs = [f"{first} {second}" for first, second in itertools.pairwise(words)]
    gram_keys: list[str] = []
    char_sources: list[str] = []
    found: list[str] = []
    for word in words:
        if word != "?":
            grams = char_keys(word, spec.char_min, spec.char_max)
            gram_keys.extend(grams)
            char_sources.extend([word] * len(grams))
        found.extend(concepts(word))
    cue_pairs = [f"{first}+{second}" for first, second in itertools.pairwise(found)]
    band = length_band(len(words))
    candidates = (
        ("word", spec.word_weight, [f"w:{word}" for word in words], words),
        ("bigram", spec.bigram_weight, [f"b:{pair}" for pair in pairs], pairs),
        ("char", spec.char_weight, gram_keys, char_sources),
        ("cue", spec.cue_weight, [f"k:{cue}" for cue in found], [f"[{cue}]" for cue in found]),
        (
            "cue_pair",
            spec.cue_pair_weight,
            [f"p:{pair}" for pair in cue_pairs],
            [f"[{pair}]" for pair in cue_pairs],
        ),
        ("length", spec.length_weight, [f"n:{band}"], [f"({band} message)"]),
    )
    return [
        Group(name, weight / math.sqrt(len(keys)), tuple(keys), tuple(sources))
        for name, weight, keys, sources in candidates
        if keys and weight
    ]


def features(text: str, spec: FeatureSpec = DEFAULT_SPEC) -> dict[int, float]:
    """The hashed feature vector of ``text``: bucket -> value (what training sees)."""
    vector: dict[int, float] = {}
    buckets = spec.buckets
    for group in feature_groups(text, spec):
        scale = group.scale
        for key in group.keys:
            bucket = bucket_of(key, buckets)
            vector[bucket] = vector.get(bucket, 0.0) + scale
    return vector


@lru_cache(maxsize=1 << 16)
def char_keys(word: str, low: int, high: int) -> tuple[str, ...]:
    """The character n-gram keys of ``word`` (padded with a space), ``low`` to ``high`` long."""
    padded = f" {word} "
    return tuple(
        f"c:{padded[start : start + size]}"
        for size in range(low, high + 1)
        for start in range(len(padded) - size + 1)
    )


def bucket_of(key: str, buckets: int) -> int:
    """The bucket of a readable feature key among ``buckets`` (no memory: CRC-32 is as quick)."""
    return zlib.crc32(key.encode("utf-8")) % buckets  # crc32 is unsigned: stable_hash


def _int(data: Mapping[str, object], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ModelFileError(f"model file: {key!r} must be an integer")
    return value


def _float(data: Mapping[str, object], key: str) -> float:
    return file_number(data.get(key), repr(key))


def file_number(value: object, what: str) -> float:
    """``value`` read from a model file as a number; ``what`` names it in the error."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ModelFileError(f"model file: {what} must be a number, not {value!r}")
    return float(value)
