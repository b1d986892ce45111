"""How well discovery finds the interviews of the season mailbox (tests/discovery/).

Usage: ``python benchmarks/discovery_season.py [--rounds]``

Reads every message of ``tests/discovery/season`` whole, runs ``core.discovery.discover``
as ``init --scan`` does, and prints Markdown for docs/discovery.md: recall (rounds found on
their day) and precision (proposals that are a round), how often the time, company, role
and agency come out right, what each kind of evidence found, the time it took, and with
``--rounds`` every round and every proposal. The test suite holds the same figures to a
floor (``tests/discovery/test_season.py``), through the same scoring code.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from discovery.season import (
    OWN,
    expected,
    from_core,
    score,
    season_files,
    season_mails,
    table,
)
from silence_watch.core.discovery import discover, sureness
from silence_watch.core.words import moment_words


def main() -> None:
    """Print the season's table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", action="store_true", help="list every round and proposal")
    args = parser.parse_args()
    data, rounds = expected()
    zone = ZoneInfo(data["me"]["timezone"])
    started = time.perf_counter()
    mails = season_mails()
    parsed = time.perf_counter()
    found = discover(mails, own=OWN, zone=zone, month_first=True)
    done = time.perf_counter()
    result = score([from_core(p) for p in found], rounds, zone)
    files = season_files()
    sent = sum(1 for _, is_sent in files if is_sent)
    print(f"Season: {len(files)} messages ({len(files) - sent} received, {sent} sent), "
          f"{len(rounds)} rounds of 8 processes among 25 applications.\n")
    print("\n".join(table(result)))
    kinds = Counter(p.kind.value for p in found)
    right = Counter(f.kind for _, f in result.pairs)
    print("\n| primary evidence of a proposal | proposals | of them a round |\n|---|---|---|")
    for kind, total in sorted(kinds.items()):
        print(f"| {kind} | {total} | {right[kind]} |")
    per = (done - parsed) / len(mails) * 1000
    print(f"\nTime: parsing {parsed - started:.2f} s, discovery {done - parsed:.3f} s "
          f"({per:.2f} ms a message).")
    if args.rounds:
        print("\n| round | found as | how sure |\n|---|---|---|")
        for r, f in result.pairs:
            when = moment_words(f.start, zone) if f.start else "-"
            print(f"| {r.company}, {moment_words(r.at, zone)} | {f.company} / {f.role} / "
                  f"{when} / {f.kind} | {sureness(f.confidence)} ({f.confidence:.2f}) |")
        for r in result.missed:
            print(f"| {r.company}, {moment_words(r.at, zone)} | **missed** | |")
        for f in result.false:
            when = moment_words(f.start, zone) if f.start else "-"
            print(f"| **not a round** | {f.company} / {f.role} / {when} / {f.kind} | "
                  f"{f.confidence:.2f} |")


if __name__ == "__main__":
    main()
