"""Every field ``classify_message`` gives for every message we hold, one JSON line each.

Usage: ``python benchmarks/classify_golden.py OUT.jsonl`` then ``cmp`` two runs.

A speed-up of the reader must change no result: write this file before the change and
after it, and compare. Each ``.eml`` of ``tests/corpus/replies`` and ``tests/scenarios``
is read three ways: as shipped (the model, the holidays the benchmark assumes for its
language), by the rules alone with no holidays (the throughput path), and as shipped for a
candidate whose zone writes English dates day first. Confidences are rounded to 6 places.

Shell side (reads files); never imported by the package.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.parse import parse_message
from silence_watch.evaluation import CORPUS, holidays_for

if TYPE_CHECKING:
    from silence_watch.core.classify import Classification

SCENARIOS = Path(__file__).resolve().parents[1] / "tests" / "scenarios"


def _plain(value: object) -> object:
    """A JSON-ready form of a Classification's field, floats rounded."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)


def _line(name: str, way: str, found: Classification) -> str:
    return json.dumps({"file": name, "way": way, **_plain(found)}, ensure_ascii=False)  # type: ignore[dict-item]


def messages() -> list[tuple[str, Path, str]]:
    """(name, path, language the corpus assumes) for every message, in a fixed order."""
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as handle:
        languages = {row["file"]: row["language"] for row in csv.DictReader(handle)}
    found = [
        (f"replies/{path.name}", path, languages.get(path.name, "en"))
        for path in sorted(CORPUS.glob("*.eml"))
    ]
    found += [
        (str(path.relative_to(SCENARIOS)), path, "en") for path in sorted(SCENARIOS.rglob("*.eml"))
    ]
    return found


def main(argv: list[str]) -> int:
    """Write the golden lines to ``argv[0]``."""
    reader = load_intent_reader()
    lines = []
    for name, path, language in messages():
        message = parse_message(path.read_bytes())
        holidays = holidays_for(language)
        lines.append(_line(name, "shipped", classify_message(message, reader, holidays=holidays)))
        lines.append(_line(name, "rules", classify_message(message)))
        day_first = classify_message(message, reader, holidays=holidays, day_first_zone=True)
        lines.append(_line(name, "day-first", day_first))
    Path(argv[0]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) // 3} messages, {len(lines)} readings -> {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
