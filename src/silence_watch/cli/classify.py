"""``classify``: how each message is understood, and why."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from silence_watch.cli.app import (
    EXIT_FAILURE,
    cli,
    config_option,
    current_app,
    iso,
    json_option,
    load_config,
    print_json,
)
from silence_watch.config import (
    Settings,
    default_config_path,
    interview_from_config,
)
from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.date_order import DAY_FIRST_ZONES
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.match import match_message
from silence_watch.core.parse import parse_message
from silence_watch.core.words import day_words
from silence_watch.engine.knobs import business_calendar

if TYPE_CHECKING:
    from collections.abc import Container

#: The dates a reading may carry, in the order they are shown, with how they are named.
_DATES = (
    ("promised_by", "promised an answer by"),
    ("return_date", "away through"),
    ("revisit_by", "on hold until"),
)

# --- classify --------------------------------------------------------------------------


@cli.command()
@config_option
@click.argument("files", type=click.Path(path_type=Path, dir_okay=False), nargs=-1, required=True)
@json_option
def classify(*, files: tuple[Path, ...], as_json: bool) -> None:
    """How each message is understood, and why."""
    settings: Settings | None = None
    if (current_app().config_path or default_config_path()).exists():
        settings = load_config()  # a broken config is reported, a missing one only skips matching
    rows = [classify_file(path, settings) for path in files]
    if as_json:
        print_json(rows)
    else:
        for row in rows:
            _print_classified(row)
    if any("error" in row for row in rows):
        sys.exit(EXIT_FAILURE)


def classify_file(path: Path, settings: Settings | None) -> dict[str, Any]:
    """One file as ``classify --json`` prints it; unreadable files get an ``error``."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return {"file": str(path), "error": f"cannot read: {error.strerror}"}
    message = parse_message(raw)
    holidays: Container[date] = frozenset()
    match = None
    zones: set[str | None] = set()  # the candidate's and the interview's, as the engine reads
    if settings is not None:
        holidays = business_calendar(settings).holidays
        known = [
            interview_from_config(item, settings.zone, index)
            for index, item in enumerate(settings.interviews)
        ]
        match = match_message(message, known, own_addresses=settings.me.addresses)
        ids = {match.interview_id} if match is not None else set()
        zones = {settings.me.timezone, *(i.timezone for i in known if i.id in ids)}
    result = classify_message(message, load_intent_reader(), holidays=holidays,
                              day_first_zone=not DAY_FIRST_ZONES.isdisjoint(zones))
    return {
        "file": str(path),
        "kind": result.kind.value,
        "intent": result.intent.value if result.intent else None,
        "confidence": round(result.confidence, 2) if result.intent else None,
        "unsure": result.intent is not None and result.confidence < UNSURE_BELOW,
        "language": result.language,
        "cold": result.cold,
        "promised_by": iso(result.promised_by),
        "return_date": iso(result.return_date),
        "revisit_by": iso(result.revisit_by),
        "bounced_recipients": list(result.bounced_recipients),
        "bounced_message_id": result.bounced_message_id,
        "sent": message.date.date().isoformat() if message.date else None,
        "interview": None
        if match is None
        else {
            "config_index": match.interview_id,
            "company": settings.interviews[match.interview_id].company if settings else None,
            "confidence": match.confidence,
            "reason": match.reason,
        },
        "reasons": list(result.reasons),
    }


def _print_classified(row: dict[str, Any]) -> None:
    if "error" in row:
        click.echo(f"{row['file']}: {row['error']}", err=True)
        return
    click.echo(_heading(row))
    for line in _details(row):
        click.echo(f"    {line}")
    for reason in row["reasons"]:
        click.echo(f"    - {reason}")


def _heading(row: dict[str, Any]) -> str:
    """``file: human, rejection (confidence 0.93), in en``."""
    heading = f"{row['file']}: {row['kind']}"
    if row["intent"]:
        heading += f", {row['intent']} (confidence {row['confidence']:.2f})"
    if row["language"]:
        heading += f", in {row['language']}"
    return heading


def _details(row: dict[str, Any]) -> list[str]:
    """What the reading means, in words: unsure, cold, its dates, bounces, the interview."""
    lines = []
    if row["unsure"]:
        lines.append("silence-watch is not sure of this reading: it would ask you what it was")
    if row["cold"]:
        lines.append("a short, impersonal brush-off: no more follow-ups")
    sent = date.fromisoformat(row["sent"]) if row["sent"] else None
    lines += [
        f"{words} {day_words(date.fromisoformat(row[key]), today=sent)}"
        for key, words in _DATES
        if row[key]
    ]
    if row["bounced_recipients"]:
        said = "has left" if row["kind"] == "auto_reply" else "bounced"
        lines.append(f"{said}: {', '.join(row['bounced_recipients'])}")
    if row["interview"]:
        lines.append(f"belongs to {row['interview']['company']}: {row['interview']['reason']}")
    return lines
