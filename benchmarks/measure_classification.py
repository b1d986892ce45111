"""Precision and recall of classification over the labelled set, as a Markdown table.

Usage: ``python benchmarks/measure_classification.py [DIR]`` (default tests/labelled).
Each message is parsed whole (``parse_message``) and classified; the output is pasted
into docs/classification.md with the date. Intents are scored over the messages whose
label has an intent; dates over the messages whose label or result has one.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from silence_watch.core.classify import Classification, classify_message
from silence_watch.core.parse import parse_message

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "tests" / "labelled"


@dataclass(frozen=True, slots=True)
class Outcome:
    """One labelled message and how it was classified."""

    file: str
    label: dict[str, str]
    result: Classification

    @property
    def kind(self) -> str:
        """The kind found."""
        return str(self.result.kind)

    @property
    def intent(self) -> str:
        """The intent found, or an empty string."""
        return str(self.result.intent) if self.result.intent is not None else ""


def classify_directory(directory: Path) -> list[Outcome]:
    """Classify every message listed in ``directory/labels.csv``."""
    with (directory / "labels.csv").open(encoding="utf-8", newline="") as handle:
        labels = list(csv.DictReader(handle))
    return [
        Outcome(row["file"], row, classify_message(parse_message(_read(directory, row["file"]))))
        for row in labels
    ]


def _read(directory: Path, name: str) -> bytes:
    return (directory / name).read_bytes()


def precision_recall(pairs: list[tuple[str, str]], value: str) -> tuple[float, float, int]:
    """(precision, recall, support) of ``value`` over (expected, found) pairs."""
    true_pos = sum(1 for expected, found in pairs if expected == value == found)
    predicted = sum(1 for _, found in pairs if found == value)
    support = sum(1 for expected, _ in pairs if expected == value)
    precision = true_pos / predicted if predicted else 1.0
    recall = true_pos / support if support else 1.0
    return precision, recall, support


def table(title: str, pairs: list[tuple[str, str]]) -> list[str]:
    """A Markdown table of precision and recall per value, with overall accuracy."""
    values = sorted({expected for expected, _ in pairs} | {found for _, found in pairs} - {""})
    lines = [f"| {title} | precision | recall | support |", "|---|---:|---:|---:|"]
    for value in values:
        precision, recall, support = precision_recall(pairs, value)
        lines.append(f"| {value} | {precision:.2f} | {recall:.2f} | {support} |")
    correct = sum(1 for expected, found in pairs if expected == found)
    lines.append(f"| **accuracy** | | {correct / len(pairs):.3f} | {len(pairs)} |")
    return lines


def report(outcomes: list[Outcome]) -> list[str]:
    """The whole Markdown report: kinds, intents, dates, coldness, and the misses."""
    kinds = [(o.label["kind"], o.kind) for o in outcomes]
    intents = [(o.label["intent"], o.intent) for o in outcomes if o.label["intent"]]
    lines = [f"{len(outcomes)} labelled messages.", "", *table("kind", kinds), ""]
    lines += [*table("intent", intents), ""]
    counts: Counter[str] = Counter()
    for outcome in outcomes:
        result, label = outcome.result, outcome.label
        promised = result.promised_by.isoformat() if result.promised_by else ""
        back = result.return_date.isoformat() if result.return_date else ""
        for name, expected, found in (
            ("promised_by", label["promised_by"], promised),
            ("return_date", label["return_date"], back),
            ("cold", label["cold"], "yes" if result.cold else "no"),
        ):
            if name != "cold" and not expected and not found:
                continue
            counts[f"{name} total"] += 1
            counts[f"{name} right"] += expected == found
    lines += ["| field | right | of |", "|---|---:|---:|"]
    lines += [
        f"| {name} | {counts[f'{name} right']} | {counts[f'{name} total']} |"
        for name in ("promised_by", "return_date", "cold")
    ]
    misses = [
        f"- `{o.file}`: expected {o.label['kind']}/{o.label['intent'] or '-'}"
        f" promised {o.label['promised_by'] or '-'} back {o.label['return_date'] or '-'},"
        f" got {o.kind}/{o.intent or '-'}"
        f" promised {o.result.promised_by or '-'} back {o.result.return_date or '-'}"
        for o in outcomes
        if (o.label["kind"], o.label["intent"], o.label["promised_by"], o.label["return_date"])
        != (o.kind, o.intent if o.label["intent"] else "",
            o.result.promised_by.isoformat() if o.result.promised_by else "",
            o.result.return_date.isoformat() if o.result.return_date else "")
    ]
    return [*lines, "", "Misses:", "", *(misses or ["- none"])]


def main(argv: list[str]) -> int:
    """Print the report for the labelled directory given (or the default one)."""
    directory = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    print("\n".join(report(classify_directory(directory))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
