"""How well messages are read, measured against the labelled corpus.

Loads ``tests/corpus/replies`` (``labels.csv`` and one ``.eml`` per row), reads every
message three ways (the phrase rules alone, the model alone, and the two blended) and
scores each: per-intent precision, recall and F1, accuracy overall and per language,
coldness, the rejections and offers given with high confidence that are wrong, the share
of verdicts left unsure; and, for the rules' date code, how often dates come out exact.

The benchmark, the training script and the tests all score through here, so the test
suite holds the line on the same figures docs/classification.md reports.

Shell side: reads the corpus from disk. The daemon never imports it.
"""

from __future__ import annotations

import csv
import functools
import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

import holidays

from silence_watch.core.classify import Classification, classify_message
from silence_watch.core.intent_blend import (
    COLD_AT,
    DECISIVE,
    HIGH_CONFIDENCE,
    UNSURE_BELOW,
    RuleEvidence,
    blend,
    rule_verdict,
    sender_words,
)
from silence_watch.core.offer_lookalikes import model_words
from silence_watch.core.parse import parse_message

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Iterable, Mapping, Sequence

    from silence_watch.core.intent_blend import IntentReading, Reader, RuleVerdict
    from silence_watch.core.intent_model import IntentModel, Prediction
    from silence_watch.core.model import Message

#: The corpus in a source checkout.
CORPUS: Final = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "replies"
#: The ways of reading a message that are compared.
METHODS: Final = ("rules", "model", "blend")
#: Kinds for which an intent is read (the rest are machine mail).
_EMPLOYER_KINDS: Final = frozenset({"human", "automated"})
#: The candidate's country the labels assume for each language (the corpus README).
COUNTRY_OF_LANGUAGE: Final = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL"}
#: No date more than this many days after the message unless the text names the year.
_FAR_DAYS: Final = 200
#: Share of the corpus in the test part: sha256 of the file name, first 8 hex digits,
#: modulo 10, below this is test.
_TEST_TENTHS: Final = 3


def corpus_part(file_name: str) -> str:
    """``test`` or ``dev``: the fixed rule that split the corpus (see its README)."""
    digest = hashlib.sha256(file_name.encode("utf-8")).hexdigest()
    return "test" if int(digest[:8], 16) % 10 < _TEST_TENTHS else "dev"


@dataclass(frozen=True, slots=True)
class LabelledMessage:
    """One corpus message, parsed, with its labels and the sender's own words."""

    file: str
    part: str
    language: str
    kind: str
    intent: str
    cold: bool
    promised_by: date | None
    return_date: date | None
    revisit_by: date | None
    message: Message
    text: str


def load_corpus(directory: Path = CORPUS, *, part: str | None = None) -> list[LabelledMessage]:
    """Every message listed in ``directory/labels.csv`` (only ``part``'s, if given)."""
    with (directory / "labels.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    loaded = []
    for row in rows:
        if part is not None and row["part"] != part:
            continue
        message = parse_message((directory / row["file"]).read_bytes())
        loaded.append(
            LabelledMessage(
                file=row["file"],
                part=row["part"],
                language=row["language"],
                kind=row["kind"],
                intent=row["intent"],
                cold=row["cold"] == "yes",
                promised_by=_date(row["promised_by"]),
                return_date=_date(row["return_date"]),
                revisit_by=_date(row["revisit_by"]),
                message=message,
                text=sender_words(message),
            ),
        )
    return loaded


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class Reading:
    """How one method read one message: ``intent`` is "" for machine mail."""

    intent: str
    confidence: float
    cold: bool
    reasons: tuple[str, ...]


def shipped_predictor(model: IntentModel) -> Callable[[LabelledMessage], Prediction]:
    """Predictions of ``model`` on each message's own words.

    Out-of-fold figures pass a predictor that asks a model trained without the message.
    """

    def predict(message: LabelledMessage) -> Prediction:
        # the words the shipped reader gives its model (``IntentReader.read``): "resume"
        # the noun written "CV" (3 messages of the test part)
        return model.predict(model_words(message.text))

    return predict


@dataclass(frozen=True, slots=True)
class _Predicted:
    """A ``Reader`` whose model reading is given: the blend of a held-out prediction."""

    prediction: Prediction
    evidence: RuleEvidence

    def read(self, rules: RuleVerdict, text: str) -> IntentReading:
        # the prediction was made from the same words
        return blend(rules, self.prediction, self.evidence, text)


def holidays_for(language: str) -> Container[date]:
    """The public holidays of the candidate the corpus assumes for ``language``."""
    return _holidays(COUNTRY_OF_LANGUAGE.get(language, "US"))


@functools.cache
def _holidays(country: str) -> Container[date]:
    return holidays.country_holidays(country)


def classify_labelled(
    message: LabelledMessage,
    reader: Reader | None = None,
) -> Classification:
    """``message`` as the product reads it: ``classify_message`` with the holidays it assumes."""
    return classify_message(message.message, reader, holidays=holidays_for(message.language))


def read_all(
    messages: Sequence[LabelledMessage],
    predict: Callable[[LabelledMessage], Prediction],
    evidence: RuleEvidence,
) -> dict[str, list[Reading]]:
    """Every message read by each of ``METHODS``, in the order given."""
    readings: dict[str, list[Reading]] = {method: [] for method in METHODS}
    for message in messages:
        for method, reading in read_one(message, predict, evidence).items():
            readings[method].append(reading)
    return readings


def read_one(
    message: LabelledMessage,
    predict: Callable[[LabelledMessage], Prediction],
    evidence: RuleEvidence,
) -> dict[str, Reading]:
    """One message read by each of ``METHODS``; "blend" is ``classify_message`` as shipped."""
    rules_only = classify_labelled(message)
    if str(rules_only.kind) not in _EMPLOYER_KINDS or rules_only.intent is None:
        none = Reading("", 0.0, cold=False, reasons=(f"kind {rules_only.kind}",))
        return dict.fromkeys(METHODS, none)
    prediction = predict(message)
    model_cold = prediction.cold is not None and prediction.cold >= COLD_AT
    blended = classify_labelled(message, _Predicted(prediction, evidence))
    blended_intent = str(blended.intent) if blended.intent is not None else ""
    return {
        "rules": _rules_reading(rules_only),
        "model": Reading(
            prediction.intent,
            prediction.confidence,
            cold=model_cold,
            reasons=prediction.top_features,
        ),
        "blend": Reading(blended_intent, blended.confidence, blended.cold, blended.reasons),
    }


def _rules_reading(classification: Classification) -> Reading:
    """The rules as they are: a phrase hit is certain, no phrase is "other" and unsure."""
    rules = rule_verdict(classification)
    if rules.intent is None:
        return Reading("other", 0.0, cold=rules.cold, reasons=("no known phrase",))
    return Reading(rules.intent, 1.0, cold=rules.cold, reasons=(rules.reason,))


@dataclass(frozen=True, slots=True)
class IntentScore:
    """Precision, recall and F1 of one intent; ``support`` labelled, ``found`` read."""

    precision: float
    recall: float
    f1: float
    support: int
    found: int


@dataclass(frozen=True, slots=True)
class Scores:
    """One method's figures over one part of the corpus.

    Intent figures count the messages whose label has an intent. ``wrong_decisive`` lists
    the messages of any kind read as rejection or offer with confidence at or above
    ``HIGH_CONFIDENCE`` whose label says otherwise. ``sure_accuracy`` is the accuracy of
    the verdicts at or above ``UNSURE_BELOW``, ``unsure_share`` the share below it.
    """

    messages: int
    with_intent: int
    per_intent: Mapping[str, IntentScore]
    accuracy: float
    per_language: Mapping[str, tuple[float, int]]
    next_step_or_request_recall: float
    cold: IntentScore
    wrong_decisive: tuple[str, ...]
    unsure_share: float
    sure_accuracy: float
    misses: tuple[tuple[str, str, str, float], ...]


def score(messages: Sequence[LabelledMessage], readings: Sequence[Reading]) -> Scores:
    """The figures of one method's ``readings`` of ``messages`` (same order)."""
    pairs = [
        (message, reading)
        for message, reading in zip(messages, readings, strict=True)
        if message.intent
    ]
    labels = sorted({message.intent for message, _ in pairs} | {r.intent for _, r in pairs} - {""})
    per_intent = {
        label: _score_of(
            [(message.intent == label, reading.intent == label) for message, reading in pairs],
        )
        for label in labels
    }
    languages: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for message, reading in pairs:
        languages[message.language] += 1
        right[message.language] += message.intent == reading.intent
    moving = {"next_step", "request"}
    moving_pairs = [(message, reading) for message, reading in pairs if message.intent in moving]
    sure = [(message, reading) for message, reading in pairs if reading.confidence >= UNSURE_BELOW]
    return Scores(
        messages=len(messages),
        with_intent=len(pairs),
        per_intent=per_intent,
        accuracy=_share(message.intent == reading.intent for message, reading in pairs),
        per_language={
            language: (right[language] / count, count)
            for language, count in sorted(languages.items())
        },
        next_step_or_request_recall=_share(reading.intent in moving for _, reading in moving_pairs),
        cold=_score_of(
            (message.cold, reading.cold)
            for message, reading in zip(messages, readings, strict=True)
        ),
        wrong_decisive=tuple(
            message.file
            for message, reading in zip(messages, readings, strict=True)
            if reading.intent in DECISIVE
            and reading.confidence >= HIGH_CONFIDENCE
            and reading.intent != message.intent
        ),
        unsure_share=1 - len(sure) / len(pairs) if pairs else 0.0,
        sure_accuracy=_share(message.intent == reading.intent for message, reading in sure),
        misses=tuple(
            (message.file, message.intent, reading.intent, reading.confidence)
            for message, reading in pairs
            if message.intent != reading.intent
        ),
    )


def _score_of(outcomes: Iterable[tuple[bool, bool]]) -> IntentScore:
    """Precision, recall and F1 from (labelled, found) pairs."""
    both = labelled = found = 0
    for is_labelled, is_found in outcomes:
        both += is_labelled and is_found
        labelled += is_labelled
        found += is_found
    precision = both / found if found else 1.0
    recall = both / labelled if labelled else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return IntentScore(precision, recall, f1, labelled, found)


def _share(outcomes: Iterable[bool]) -> float:
    values = list(outcomes)
    return sum(values) / len(values) if values else 1.0


def evaluate(
    messages: Sequence[LabelledMessage],
    predict: Callable[[LabelledMessage], Prediction],
    evidence: RuleEvidence,
) -> dict[str, Scores]:
    """Every method's figures over ``messages``."""
    readings = read_all(messages, predict, evidence)
    return {method: score(messages, readings[method]) for method in METHODS}


@dataclass(frozen=True, slots=True)
class FieldScore:
    """How often a field comes out exact.

    ``right`` of the ``stated`` messages whose label has one got it exactly; ``invented``
    counts messages whose label has none but that got one.
    """

    right: int
    stated: int
    invented: int

    @property
    def exact(self) -> float:
        """The share of stated values found exactly."""
        return self.right / self.stated if self.stated else 1.0


def kind_accuracy(messages: Sequence[LabelledMessage]) -> tuple[float, tuple[str, ...]]:
    """The share of messages whose kind the rules get right, and the files they miss."""
    wrong = tuple(
        message.file
        for message in messages
        if str(classify_labelled(message).kind) != message.kind
    )
    return (1 - len(wrong) / len(messages) if messages else 1.0), wrong


def date_scores(
    messages: Sequence[LabelledMessage],
    reader: Reader | None = None,
) -> dict[str, FieldScore]:
    """Exactness of the dates ``classify_message`` reports (with ``reader``, as shipped).

    ``return_date`` is scored as written (what the label holds: "until X" gives X, "back
    on Y" gives Y), from ``Classification.absence``; the classifier's own
    ``return_date`` is the last day away, and None for an out-of-office already over.
    """
    found: dict[str, list[tuple[date | None, date | None]]] = {
        "promised_by": [],
        "return_date (as written)": [],
        "revisit_by": [],
    }
    for message in messages:
        result = classify_labelled(message, reader)
        found["promised_by"].append((message.promised_by, result.promised_by))
        written = result.absence.stated if result.absence is not None else None
        found["return_date (as written)"].append((message.return_date, written))
        found["revisit_by"].append((message.revisit_by, result.revisit_by))
    return {
        name: FieldScore(
            right=sum(1 for expected, got in values if expected is not None and expected == got),
            stated=sum(1 for expected, _ in values if expected is not None),
            invented=sum(1 for expected, got in values if expected is None and got is not None),
        )
        for name, values in found.items()
    }


def far_dates(
    messages: Sequence[LabelledMessage],
    reader: Reader | None = None,
) -> tuple[str, ...]:
    """Messages given a date more than 200 days after they were sent (never allowed)."""
    far: list[str] = []
    for message in messages:
        sent = message.message.date
        result = classify_labelled(message, reader)
        values = (result.promised_by, result.revisit_by, result.return_date)
        if sent is not None and any(
            value is not None and (value - sent.date()).days > _FAR_DAYS for value in values
        ):
            far.append(message.file)
    return tuple(far)
