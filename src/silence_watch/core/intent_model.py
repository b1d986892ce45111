"""A learned reader of intents: the sender's own words in, the likeliest intent and how sure.

A linear model over hashed features (``core.intent_features``): word uni-grams and
bi-grams, character n-grams, cross-language cue concepts ("leider", "helaas" and
"unfortunately" are one concept) and a length band. A softmax over the class scores,
divided by a temperature fitted on held-out predictions, makes ``confidence`` a
calibrated probability. A second, binary head gives the probability that a reply is a
cold brush-off.

The weights are data: a plain dict (the JSON written by ``scripts/train_intent_model.py``)
handed to ``IntentModel.from_dict``.

Pure: no IO, no clock, the standard library only (no numpy, no scikit-learn). Reading the
file is the shell's business (``silence_watch.config.models``).
"""

from __future__ import annotations

import heapq
import itertools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from silence_watch.core.intent_features import (
    FeatureSpec,
    ModelFileError,
    bucket_of,
    char_keys,
    concepts,
    features,
    file_number,
    length_band,
    tokens,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

@dataclass(frozen=True, slots=True)
class Prediction:
    """What the model reads in a text, how sure it is, and what tipped it.

    ``confidence`` is the probability of ``intent`` (in [0, 1]); ``runner_up`` the next
    likeliest intent with its probability; ``probabilities`` every intent's;
    ``top_features`` the words and cue concepts that pushed hardest toward ``intent`` over
    ``runner_up``; ``cold`` the probability of a cold brush-off (None when the model has
    no cold head).
    """

    intent: str
    confidence: float
    runner_up: str
    runner_up_confidence: float
    probabilities: Mapping[str, float]
    top_features: tuple[str, ...]
    cold: float | None


@dataclass(frozen=True, slots=True)
class _Head:
    """Linear layers stacked side by side: a bias per output and a weight row per bucket.

    The intent classes come first, then the cold head's single output when there is one.
    """

    bias: tuple[float, ...]
    weights: Mapping[int, tuple[float, ...]]

    def scores(self, vector: Mapping[int, float]) -> list[float]:
        """Bias plus the weighted sum of ``vector`` (the plain definition of a score)."""
        totals = list(self.bias)
        weights = self.weights
        for bucket, value in vector.items():
            row = weights.get(bucket)
            if row is not None:
                totals = [total + value * weight for total, weight in zip(totals, row, strict=True)]
        return totals


@dataclass(frozen=True, slots=True)
class _Word:
    """What one word adds to the scores: its own row, its character n-grams' summed row."""

    own: tuple[float, ...] | None
    chars: tuple[float, ...] | None
    char_count: int
    concepts: tuple[str, ...]


#: A feature group: its scale, the sources of its hits and their weight rows (in step).
_Part = tuple[float, tuple[str, ...], tuple[tuple[float, ...], ...]]
#: What ``_pair_rows`` remembers for a pair it has not looked up yet.
_UNSEEN: Final = ()
#: Words remembered per model before the memory is cleared (a bound on memory, not a cache
#: anyone can observe: a remembered word scores exactly as a fresh one).
_WORD_MEMORY: Final = 1 << 16


class IntentModel:
    """A trained intent model, built from plain data; ``predict`` reads one text.

    Scores are linear in the features, so each word's contribution (its own weight and
    the sum of its character n-grams' weights) is computed once and remembered; a text
    is then scored by adding rows, which is what makes whole messages cheap to read.
    ``scores_of_features`` is the plain definition the fast path must equal.
    """

    __slots__ = (
        "_head", "_keyed", "_pairs", "_words", "classes", "has_cold", "spec", "temperature",
    )

    def __init__(
        self,
        *,
        spec: FeatureSpec,
        classes: tuple[str, ...],
        head: _Head,
        temperature: float,
        has_cold: bool,
    ) -> None:
        """Use ``from_dict``; this takes the parts already checked."""
        self.spec = spec
        self.classes = classes
        self._head = head
        self.temperature = temperature
        self.has_cold = has_cold
        self._words: dict[str, _Word] = {}
        self._keyed: dict[str, tuple[float, ...] | None] = {}
        self._pairs: dict[tuple[str, str], tuple[float, ...] | None] = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> IntentModel:
        """The model stored as ``data`` (the parsed JSON of a model file)."""
        spec = FeatureSpec.from_dict(_mapping(data, "features"))
        classes = tuple(str(name) for name in _sequence(data, "classes"))
        if len(classes) < 2 or len(set(classes)) != len(classes):
            raise ModelFileError("model file: needs two or more distinct classes")
        intents = _head(_mapping(data, "intent"), len(classes), "intent")
        head = intents
        has_cold = data.get("cold") is not None
        if has_cold:
            cold = _head(_mapping(data, "cold"), 1, "cold")
            zeros = (0.0,) * len(classes)
            head = _Head(
                bias=intents.bias + cold.bias,
                weights={
                    bucket: intents.weights.get(bucket, zeros) + cold.weights.get(bucket, (0.0,))
                    for bucket in intents.weights.keys() | cold.weights.keys()
                },
            )
        temperature = _float(data, "temperature")
        if not temperature > 0:
            raise ModelFileError(f"model file: temperature must be positive, not {temperature}")
        return cls(
            spec=spec, classes=classes, head=head, temperature=temperature, has_cold=has_cold,
        )

    def scores_of_features(self, text: str) -> list[float]:
        """The raw scores of ``text`` from ``features`` (slow; the definition)."""
        return self._head.scores(features(text, self.spec))

    def scores(self, text: str) -> list[float]:
        """The raw scores of ``text``: one per class in ``classes``, then the cold score."""
        return self._scores(tokens(text))

    def probabilities(self, text: str) -> dict[str, float]:
        """The probability of every intent for ``text``."""
        scores = self.scores(text)[: len(self.classes)]
        return dict(zip(self.classes, softmax(scores, self.temperature), strict=True))

    def predict(self, text: str, *, explain: int = 3) -> Prediction:
        """The likeliest intent of ``text``, its probability, the runner-up and why.

        ``explain`` is how many features to name in ``top_features`` (0: none, faster).
        """
        parts = self._parts(tokens(text))
        scores = self._scores_of(parts)
        count = len(self.classes)
        probabilities = softmax(scores[:count], self.temperature)
        ranked = sorted(range(count), key=lambda index: -probabilities[index])
        best, second = ranked[0], ranked[1]
        return Prediction(
            intent=self.classes[best],
            confidence=probabilities[best],
            runner_up=self.classes[second],
            runner_up_confidence=probabilities[second],
            probabilities=dict(zip(self.classes, probabilities, strict=True)),
            top_features=self._explain(parts, best, second, explain) if explain else (),
            cold=_sigmoid(scores[count]) if self.has_cold else None,
        )

    def _word(self, word: str) -> _Word:
        known = self._words.get(word)
        if known is not None:
            return known
        weights, buckets = self._head.weights, self.spec.buckets
        own = weights.get(bucket_of(f"w:{word}", buckets))
        chars: tuple[float, ...] | None = None
        grams: tuple[str, ...] = ()
        if word != "?":
            grams = char_keys(word, self.spec.char_min, self.spec.char_max)
            # an n-gram recurs in many words ("ing", "tion"): its row is remembered (``_row``)
            # looked up in C; only the n-grams never met are worked out, one by one
            found = list(map(self._keyed.get, grams, itertools.repeat(_UNSEEN)))
            for index in [n for n, row in enumerate(found) if row is _UNSEEN]:
                found[index] = self._row(grams[index])
            rows = list(filter(None, found))
            chars = tuple(map(sum, zip(*rows, strict=True))) if rows else None
        if len(self._words) >= _WORD_MEMORY:
            self._words.clear()
        entry = self._words[word] = _Word(own, chars, len(grams), concepts(word))
        return entry

    def _parts(self, words: list[str]) -> list[_Part]:
        """Each feature group's scale, and the weight rows its features hit with their sources.

        The source is what an explanation credits: the word (its own weight and its
        character n-grams'), the word pair, the "[concept]" or "[concept+concept]".
        """
        spec = self.spec
        known = self._words  # a remembered word is one lookup, not a method call
        entries = [known.get(word) or self._word(word) for word in words]
        found = [concept for entry in entries for concept in entry.concepts]
        char_count = sum(entry.char_count for entry in entries)

        def rows(keyed: Iterable[tuple[str, str]]) -> list[tuple[str, tuple[float, ...]]]:
            return [(source, row) for key, source in keyed if (row := self._row(key))]

        own = [(w, e.own) for w, e in zip(words, entries, strict=True) if e.own]
        chars = [(w, e.chars) for w, e in zip(words, entries, strict=True) if e.chars]

        cue_pairs = [f"{first}+{second}" for first, second in itertools.pairwise(found)]
        band = length_band(len(words))
        groups = (
            (spec.word_weight, len(words), own),
            (spec.bigram_weight, len(words) - 1, self._pair_rows(words)),
            (spec.char_weight, char_count, chars),
            (spec.cue_weight, len(found), rows((f"k:{cue}", f"[{cue}]") for cue in found)),
            (spec.cue_pair_weight, len(cue_pairs), rows((f"p:{p}", f"[{p}]") for p in cue_pairs)),
            (spec.length_weight, 1, rows([(f"n:{band}", f"({band} message)")])),
        )
        return [
            (weight / math.sqrt(size), *zip(*hit, strict=True))  # type: ignore[misc]
            for weight, size, hit in groups
            if size > 0 and weight and hit
        ]

    def _pair_rows(self, words: list[str]) -> list[tuple[str, tuple[float, ...]]]:
        """The weight rows of the word pairs of ``words`` that have one, with the pair."""
        found = []
        pairs = self._pairs
        looked_up = map(pairs.get, itertools.pairwise(words), itertools.repeat(_UNSEEN))
        for pair, remembered in zip(itertools.pairwise(words), looked_up, strict=True):
            row = remembered
            if row is _UNSEEN:
                if len(pairs) >= _WORD_MEMORY:
                    pairs.clear()
                row = pairs[pair] = self._head.weights.get(
                    bucket_of(f"b:{pair[0]} {pair[1]}", self.spec.buckets),
                )
            if row:
                found.append((f"{pair[0]} {pair[1]}", row))
        return found

    def _row(self, key: str) -> tuple[float, ...] | None:
        """The weight row of a readable feature key (remembered, like words)."""
        try:
            return self._keyed[key]
        except KeyError:
            if len(self._keyed) >= _WORD_MEMORY:
                self._keyed.clear()
            row = self._keyed[key] = self._head.weights.get(bucket_of(key, self.spec.buckets))
            return row

    def _scores(self, words: list[str]) -> list[float]:
        return self._scores_of(self._parts(words))

    def _scores_of(self, parts: list[_Part]) -> list[float]:
        totals = list(self._head.bias)
        for scale, _, rows in parts:
            for column, total in enumerate(map(sum, zip(*rows, strict=True))):
                totals[column] += scale * total
        return totals

    def _explain(
        self,
        parts: list[_Part],
        best: int,
        second: int,
        count: int,
    ) -> tuple[str, ...]:
        """What separates ``best`` from ``second`` most, credited to words and concepts."""
        credit: dict[str, float] = {}
        get = credit.get
        for scale, sources, rows in parts:
            for source, row in zip(sources, rows, strict=True):
                credit[source] = get(source, 0.0) + scale * (row[best] - row[second])
        ranked = heapq.nsmallest(
            count,
            ((-value, source) for source, value in credit.items() if value > 0),
        )
        return tuple(f"{source} {-value:+.2f}" for value, source in ranked)


def softmax(scores: list[float], temperature: float = 1.0) -> list[float]:
    """Probabilities from linear scores (divided by ``temperature`` first)."""
    top = max(scores)
    exps = [math.exp((score - top) / temperature) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)


def _head(data: Mapping[str, object], width: int, name: str) -> _Head:
    bias = tuple(file_number(value, f"{name} bias") for value in _sequence(data, "bias"))
    if len(bias) != width:
        raise ModelFileError(f"model file: {name} head has {len(bias)} biases for {width} classes")
    weights: dict[int, tuple[float, ...]] = {}
    for bucket, row in _mapping(data, "weights").items():
        values = (
            tuple(file_number(value, f"{name} weight") for value in row)
            if isinstance(row, list)
            else (file_number(row, f"{name} weight"),)
        )
        if len(values) != width:
            raise ModelFileError(
                f"model file: {name} bucket {bucket} has {len(values)} weights, not {width}",
            )
        weights[int(bucket)] = values
    return _Head(bias=bias, weights=weights)


def _mapping(data: Mapping[str, object], key: str) -> Mapping[str, object]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ModelFileError(f"model file: {key!r} must be an object")
    return value


def _sequence(data: Mapping[str, object], key: str) -> list[object]:
    value = data.get(key)
    if not isinstance(value, list):
        raise ModelFileError(f"model file: {key!r} must be a list")
    return value


def _float(data: Mapping[str, object], key: str) -> float:
    return file_number(data.get(key), repr(key))
