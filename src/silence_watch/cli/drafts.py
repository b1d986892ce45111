"""``drafts list/show/approve/skip/snooze/edit``: the queue."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from silence_watch.cli.app import (
    EXIT_FAILURE,
    cli,
    config_option,
    iso,
    json_option,
    load_config,
    moment,
    open_overview,
    open_service,
    print_json,
)
from silence_watch.cli.tables import Rows, show
from silence_watch.cli.when import snooze_options, snooze_span
from silence_watch.core.errors import NotFoundError, SilenceWatchError
from silence_watch.engine.drafts import WAITING, DraftQueue
from silence_watch.engine.timing import going_out

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from silence_watch.core.model import Draft
    from silence_watch.engine.drafts import Outcome

# --- drafts ----------------------------------------------------------------------------


def draft_dict(draft: Draft) -> dict[str, Any]:
    """One draft as ``drafts list --json`` prints it."""
    return {
        "id": draft.id,
        "interview_id": draft.interview_id,
        "kind": draft.kind,
        "to": draft.to_addr,
        "to_name": draft.to_name,
        "subject": draft.subject,
        "body": draft.body,
        "in_reply_to": draft.in_reply_to,
        "references": list(draft.references),
        "status": draft.status.value,
        "due_at": iso(draft.due_at),
        "created_at": iso(draft.created_at),
    }


@cli.group()
def drafts() -> None:
    """The queue of follow-ups waiting for you."""


@drafts.command("list")
@config_option
@click.option("--all", "show_all", is_flag=True, help="Include sent, skipped and cancelled drafts.")
@json_option
def drafts_list(*, show_all: bool, as_json: bool) -> None:
    """Drafts waiting for a decision (or all of them)."""
    settings = load_config()
    now = moment(settings)
    with open_overview(settings) as service:
        found = DraftQueue(service.store, settings).drafts(None if show_all else WAITING)
        when = {d.id: going_out(service.store, settings, d, now).words for d in found}
        companies = {d.id: service.store.interview(d.interview_id).company for d in found}
    rows = [draft_dict(d) for d in found]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("No drafts waiting.")
        return
    table = Rows(["id", "status", "what", "to", "when"])
    for row in rows:
        what = f"{row['kind'].replace('_', ' ')} ({companies[row['id']]})"
        table.add(
            [str(row["id"]), row["status"], what, row["to"], when[row["id"]]],
            [f"Subject: {row['subject']}"],
        )
    show(table)


@drafts.command("show")
@config_option
@click.argument("draft_id", type=int)
@json_option
def drafts_show(*, draft_id: int, as_json: bool) -> None:
    """The full text of one draft."""
    settings = load_config()
    with open_overview(settings) as service:
        draft = DraftQueue(service.store, settings).show(draft_id)
        row = draft_dict(draft)
        when = going_out(service.store, settings, draft, moment(settings)).words
    if as_json:
        print_json(row)
        return
    click.echo(f"To: {row['to_name']} <{row['to']}>" if row["to_name"] else f"To: {row['to']}")
    click.echo(f"Subject: {row['subject']}")
    if row["in_reply_to"]:
        click.echo(f"In-Reply-To: <{row['in_reply_to']}>")
    click.echo(f"Status: {row['status']}; it {when}\n")
    click.echo(row["body"])


@drafts.command("new")
@config_option
@click.argument("kind", type=click.Choice(["connection_note"]))
@click.argument("process")
@click.option("--to", "person", required=True, help="Whom: a name or an address you know.")
def drafts_new(*, kind: str, process: str, person: str) -> None:
    """Draft a note on request: connection_note asks someone you know for a word."""
    del kind  # the one kind there is; the argument keeps room for more
    settings = load_config()
    now = moment(settings)
    with open_service(settings) as service:
        service.sync_interviews(now)
        draft_id = service.draft_connection_note(process, person, now)
        draft = service.store.draft(draft_id)
    click.echo(
        f"Drafted note {draft_id} to {draft.to_name or draft.to_addr} <{draft.to_addr}>;"
        f" read it with: silence-watch drafts show {draft_id}, then approve or skip it."
    )


def _carry_out(
    ids: tuple[int, ...], command: Callable[[DraftQueue, int, datetime], Outcome]
) -> None:
    """Run one queue command on each draft; one line each; exit 1 if any was refused."""
    settings = load_config()
    now = moment(settings)
    failed = False
    with open_overview(settings) as service:
        queue = DraftQueue(service.store, settings)
        for draft_id in ids:
            try:
                outcome = command(queue, draft_id, now)
            except NotFoundError as error:
                click.echo(str(error), err=True)
                failed = True
                continue
            line = f"Draft {draft_id} {outcome.text}"
            click.echo(line, err=not outcome.ok)
            failed |= not outcome.ok
    if failed:
        sys.exit(EXIT_FAILURE)


@drafts.command("approve")
@config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
def drafts_approve(*, draft_ids: tuple[int, ...]) -> None:
    """Approve drafts: they go out in the next send window (in the recipient's zone)."""
    _carry_out(draft_ids, lambda queue, draft_id, now: queue.approve(draft_id, now=now, via="cli"))


@drafts.command("skip")
@config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
def drafts_skip(*, draft_ids: tuple[int, ...]) -> None:
    """Skip drafts: they will not be sent."""
    _carry_out(draft_ids, lambda queue, draft_id, now: queue.skip(draft_id, now=now))


@drafts.command("snooze")
@config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
@snooze_options
def drafts_snooze(
    *, draft_ids: tuple[int, ...], until_text: str | None, duration: str | None
) -> None:
    """Put drafts aside until a date."""
    until, days = snooze_span(until_text, duration)
    _carry_out(
        draft_ids,
        lambda queue, draft_id, now: queue.snooze(draft_id, now=now, until=until, days=days),
    )


@drafts.command("edit")
@config_option
@click.argument("draft_id", type=int)
def drafts_edit(*, draft_id: int) -> None:
    """Edit a draft's text in $EDITOR."""
    settings = load_config()
    with open_overview(settings) as service:
        queue = DraftQueue(service.store, settings)
        draft = queue.show(draft_id)
        refused = queue.edit_refusal(draft_id)
        if refused is not None:
            raise SilenceWatchError(f"draft {draft_id} {refused}")
        edited = click.edit(draft.body, extension=".txt")
        if edited is None or edited.strip() == draft.body.strip():
            click.echo("No change.")
            return
        # Compare-and-set: the daemon may have moved it (to sending, say) while the
        # editor was open; then the change is refused, never lost silently.
        outcome = queue.edit(draft_id, edited, now=moment(settings), expect=draft.status)
    if not outcome.ok:
        raise SilenceWatchError(f"draft {draft_id} {outcome.text}")
    click.echo(f"Draft {draft_id} updated.")
