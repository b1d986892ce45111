"""The season mailbox and its expected interviews, and how well discovery finds them.

``tests/discovery/test_season.py`` holds the floor, ``benchmarks/discovery_season.py``
prints the table that docs/discovery.md reports, and the Dovecot test scores what
``init --scan`` found through IMAP: all three score through ``score`` here.

A proposal finds an expected round when it names the same company (as ``core.discovery``
compares names: "Acme" is "Acme Corp") and its day, in the candidate's zone, is the
round's day; its time is right when it is within ``TIME_SLACK`` of the round's start (a
proposal from a thank-you note alone knows only the day). Each proposal finds at most one
round and each round is found at most once; a proposal that finds none is a false one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from silence_watch.core.discovery import Mail, same_company
from silence_watch.core.parse import parse_message

if TYPE_CHECKING:
    from collections.abc import Sequence
    from zoneinfo import ZoneInfo

    from silence_watch.core.invites import ProposedInterview

HERE = Path(__file__).resolve().parent
SEASON = HERE / "season"
EXPECTED = HERE / "expected.yaml"
TIME_SLACK = timedelta(minutes=30)
OWN = frozenset({"jordan@example.com"})


@dataclass(frozen=True, slots=True)
class Round:
    """One expected round: its process and when it starts."""

    company: str
    role: str
    at: datetime
    agency: str | None = None
    also: tuple[str, ...] = ()  # other spellings the company itself uses


@dataclass(frozen=True, slots=True)
class Found:
    """What discovery proposed, reduced to what is scored (from the core or from JSON)."""

    company: str | None
    role: str | None
    start: datetime | None
    all_day: bool
    kind: str
    confidence: float
    agency: str | None = None


@dataclass
class Score:
    """How the proposals compare with the expected rounds."""

    rounds: list[Round]
    found: list[Found]
    pairs: list[tuple[Round, Found]] = field(default_factory=list)
    false: list[Found] = field(default_factory=list)
    missed: list[Round] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Expected rounds found with the right day."""
        return len(self.pairs) / len(self.rounds) if self.rounds else 1.0

    @property
    def precision(self) -> float:
        """Proposals that are an expected round on its day."""
        return len(self.pairs) / len(self.found) if self.found else 1.0

    def share(self, test: str) -> float:
        """Of the rounds found, the share whose ``test`` (time, company, role, agency) is right."""
        right = [_right(test, r, f) for r, f in self.pairs]
        return sum(right) / len(right) if right else 1.0


def _right(test: str, expected_round: Round, found: Found) -> bool:
    if test == "time":
        return found.all_day or (
            found.start is not None and abs(found.start - expected_round.at) <= TIME_SLACK
        )
    if test == "company":
        return found.company in {expected_round.company, *expected_round.also}
    if test == "role":
        return (found.role or "").casefold() == expected_round.role.casefold()
    return found.agency == expected_round.agency


def expected() -> tuple[dict[str, Any], list[Round]]:
    """The season's settings (``me``, ``scan_at``) and its rounds, from expected.yaml."""
    data = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    rounds = [
        Round(p["company"], p["role"], r["at"], p.get("agency"), tuple(p.get("also", ())))
        for p in data["processes"]
        for r in p["rounds"]
    ]
    return data, rounds


def season_files() -> list[tuple[Path, bool]]:
    """Every message file of the season, in order, and whether it is in Sent."""
    return [
        (path, folder == "Sent")
        for folder in ("INBOX", "Sent")
        for path in sorted((SEASON / folder).glob("*.eml"))
    ]


def season_mails() -> list[Mail]:
    """The season as discovery reads it: every message whole, with its direction."""
    return [Mail(parse_message(path.read_bytes()), outbound=sent) for path, sent in season_files()]


def from_core(proposal: ProposedInterview) -> Found:
    """A core proposal, as scored."""
    return Found(
        proposal.company,
        proposal.role,
        proposal.start,
        proposal.all_day,
        proposal.kind.value,
        proposal.confidence,
        proposal.agency.name if proposal.agency else None,
    )


def from_json(item: dict[str, Any]) -> Found:
    """One entry of ``interviews proposals --json`` (or ``init --scan --json``), as scored."""
    start = datetime.fromisoformat(item["start"]) if item["start"] else None
    agency = item["agency"]["name"] if item["agency"] else None
    return Found(item["company"], item["role"], start, item["all_day"], item["kind"],
                 item["confidence"], agency)


def score(found: Sequence[Found], rounds: Sequence[Round], zone: ZoneInfo) -> Score:
    """Pair proposals with expected rounds (same company, same day in ``zone``)."""
    result = Score(list(rounds), list(found))
    left = list(rounds)
    for item in found:
        match = next(
            (
                r
                for r in left
                if item.start is not None
                and same_company(r.company, item.company)
                and item.start.astimezone(zone).date() == r.at.astimezone(zone).date()
            ),
            None,
        )
        if match is None:
            result.false.append(item)
        else:
            left.remove(match)
            result.pairs.append((match, item))
    result.missed = left
    return result


def table(result: Score) -> list[str]:
    """The Markdown rows docs/discovery.md reports."""
    rows = [
        "| measure | result |",
        "|---|---|",
        f"| rounds in the season | {len(result.rounds)} |",
        f"| proposals | {len(result.found)} |",
        f"| recall: rounds found on the right day | {result.recall:.2f} |",
        f"| precision: proposals that are a round | {result.precision:.2f} |",
    ]
    tests = (
        ("time", "start time within 30 minutes (or the day, from a note)"),
        ("company", "company named as the company writes it"),
        ("role", "role named"),
        ("agency", "agency named when one placed"),
    )
    for test, words in tests:
        rows.append(f"| of the rounds found: {words} | {result.share(test):.2f} |")
    return rows
