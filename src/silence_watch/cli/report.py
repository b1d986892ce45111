"""``report``: each company's record, learned from the candidate's own mailbox."""

from __future__ import annotations

import dataclasses

import click

from silence_watch.cli.app import (
    cli,
    config_option,
    json_option,
    load_config,
    moment,
    now_option,
    open_overview,
    print_json,
)
from silence_watch.cli.tables import Rows, show


@cli.command()
@config_option
@json_option
@now_option
def report(*, as_json: bool, now_text: str | None) -> None:
    """How each company has treated you: answers, days to answer, follow-ups, silence."""
    settings = load_config()
    now = moment(settings, now_text)
    with open_overview(settings) as service:
        service.sync_interviews(now)
        records = service.records(now)
    if as_json:
        print_json([{**dataclasses.asdict(r), "line": r.line()} for r in records])
        return
    if not records:
        click.echo("No interviews yet, so no record to show.")
        return
    table = Rows(["company", "record"])
    for record in records:
        line = record.line()
        prefix = f"{record.company}: "
        table.add([record.company, line.removeprefix(prefix)])
    show(table)
