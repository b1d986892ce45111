"""``connections import/list``: the people the candidate knows, from their own exports."""

from __future__ import annotations

from pathlib import Path

import click

from silence_watch.cli.app import (
    cli,
    config_option,
    json_option,
    load_config,
    moment,
    open_service,
    print_json,
)
from silence_watch.cli.tables import Rows, show
from silence_watch.core.words import plural


@cli.group()
def connections() -> None:
    """People you know: LinkedIn's Connections.csv or a vCard file (.vcf)."""


@connections.command("import")
@config_option
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@json_option
def connections_import(*, file: Path, as_json: bool) -> None:
    """Import a network export; importing again updates people and removes nobody."""
    settings = load_config()
    now = moment(settings)
    with open_service(settings) as service:
        report = service.import_connections(file, now)
    imported, saved = report.imported, report.saved
    if as_json:
        print_json(
            {
                "file": str(file),
                "kind": imported.kind,
                "people": len(imported.people),
                "added": saved.added,
                "updated": saved.updated,
                "unchanged": saved.unchanged,
                "skipped": imported.skipped,
            }
        )
        return
    kind = "LinkedIn connections" if imported.kind == "linkedin" else "vCards"
    line = (
        f"Read {plural(len(imported.people), 'person', 'people')} from {file.name} ({kind}):"
        f" {saved.added} new, {saved.updated} updated, {saved.unchanged} unchanged."
    )
    if imported.skipped:
        verb = "was" if imported.skipped == 1 else "were"
        line += f" {plural(imported.skipped, 'entry', 'entries')} without a name {verb} left out."
    click.echo(line)


@connections.command("list")
@config_option
@json_option
def connections_list(*, as_json: bool) -> None:
    """The people you know at each process's company (exports and mail history)."""
    settings = load_config()
    now = moment(settings)
    with open_service(settings) as service:
        service.sync_interviews(now)
        found = [
            (standing.process.company, person)
            for standing in service.standings(now)
            for person in service.known_at(standing.interview, now)
        ]
    if as_json:
        print_json(
            [
                {"company": company, "name": p.name, "email": p.email, "position": p.position,
                 "how": p.how}
                for company, p in found
            ]
        )  # fmt: skip
        return
    if not found:
        click.echo("You know nobody at your processes' companies yet (see: connections import).")
        return
    table = Rows(["company", "person", "how"])
    for company, person in found:
        who = f"{person.name} <{person.email}>" if person.email else person.name
        table.add([company, who, person.how], [person.position] if person.position else [])
    show(table)
