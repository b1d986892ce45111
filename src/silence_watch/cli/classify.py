"""``classify``: how each message is understood, and why."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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
from silence_watch.core.classify import classify_message
from silence_watch.core.match import match_message
from silence_watch.core.parse import parse_message

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
    result = classify_message(message)
    match = None
    if settings is not None:
        known = [
            interview_from_config(item, settings.zone, index)
            for index, item in enumerate(settings.interviews)
        ]
        match = match_message(message, known, own_addresses=settings.me.addresses)
    return {
        "file": str(path),
        "kind": result.kind.value,
        "intent": result.intent.value if result.intent else None,
        "cold": result.cold,
        "promised_by": iso(result.promised_by),
        "return_date": iso(result.return_date),
        "bounced_recipients": list(result.bounced_recipients),
        "bounced_message_id": result.bounced_message_id,
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
    intent = f", {row['intent']}" if row["intent"] else ""
    click.echo(f"{row['file']}: {row['kind']}{intent}")
    for reason in row["reasons"]:
        click.echo(f"    - {reason}")
    for key in ("promised_by", "return_date"):
        if row[key]:
            click.echo(f"    - {key.replace('_', ' ')}: {row[key]}")
    if row["bounced_recipients"]:
        click.echo(f"    - bounced: {', '.join(row['bounced_recipients'])}")
    if row["interview"]:
        click.echo(f"    - belongs to {row['interview']['company']}: {row['interview']['reason']}")
