"""``drafts list/show/approve/skip/snooze/edit``: the queue."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from silence_watch.core.errors import NotFoundError, SilenceWatchError
from silence_watch.core.model import DraftStatus
from silence_watch.runtime.clock import SystemClock

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.store import Draft

from silence_watch.cli.app import (
    EXIT_FAILURE,
    cli,
    config_option,
    iso,
    json_option,
    load_config,
    open_service,
    print_json,
)
from silence_watch.cli.when import snooze_options, wake_time

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
    wanted = (
        None
        if show_all
        else [DraftStatus.QUEUED, DraftStatus.APPROVED, DraftStatus.SNOOZED, DraftStatus.UNKNOWN]
    )
    with open_service(settings) as service:
        rows = [draft_dict(d) for d in service.store.drafts(wanted)]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("No drafts waiting.")
    for row in rows:
        click.echo(
            f"{row['id']:>3}  {row['status']:<9} {row['kind']:<16} to {row['to']}: {row['subject']}"
        )


@drafts.command("show")
@config_option
@click.argument("draft_id", type=int)
@json_option
def drafts_show(*, draft_id: int, as_json: bool) -> None:
    """The full text of one draft."""
    settings = load_config()
    with open_service(settings) as service:
        row = draft_dict(service.store.draft(draft_id))
    if as_json:
        print_json(row)
        return
    click.echo(f"To: {row['to_name']} <{row['to']}>" if row["to_name"] else f"To: {row['to']}")
    click.echo(f"Subject: {row['subject']}")
    if row["in_reply_to"]:
        click.echo(f"In-Reply-To: <{row['in_reply_to']}>")
    click.echo(f"Status: {row['status']}\n")
    click.echo(row["body"])


def _move_drafts(
    ids: tuple[int, ...],
    target: DraftStatus,
    verb: str,
    snoozed_until: datetime | None = None,
) -> None:
    from silence_watch.core.drafts import allowed_from  # noqa: PLC0415 - keeps start-up light

    settings = load_config()
    now = SystemClock().now()
    failed = False
    with open_service(settings) as service:
        for draft_id in ids:
            try:
                draft = service.store.draft(draft_id)
            except NotFoundError as error:
                click.echo(str(error), err=True)
                failed = True
                continue
            if draft.status not in allowed_from(target):
                click.echo(
                    f"draft {draft_id} is {draft.status.value}; it cannot be {verb} now", err=True
                )
                failed = True
                continue
            service.store.update_draft(
                draft_id, expect=draft.status, status=target, now=now, snoozed_until=snoozed_until
            )
            click.echo(f"Draft {draft_id} {verb}.")
    if failed:
        sys.exit(EXIT_FAILURE)


@drafts.command("approve")
@config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
def drafts_approve(*, draft_ids: tuple[int, ...]) -> None:
    """Approve drafts: they go out in the next send window (in the recipient's zone)."""
    from silence_watch.delivery.outbox import Outbox  # noqa: PLC0415 - keeps start-up light

    settings = load_config()
    now = SystemClock().now()
    failed = False
    with open_service(settings) as service:
        outbox = Outbox(settings, service.store, sender=None, folders=None)
        for draft_id in draft_ids:
            try:
                click.echo(outbox.approve(draft_id, now=now, via="cli"))
            except SilenceWatchError as error:
                click.echo(str(error), err=True)
                failed = True
    if failed:
        sys.exit(EXIT_FAILURE)


@drafts.command("skip")
@config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
def drafts_skip(*, draft_ids: tuple[int, ...]) -> None:
    """Skip drafts: they will not be sent."""
    _move_drafts(draft_ids, DraftStatus.SKIPPED, "skipped")


@drafts.command("snooze")
@config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
@snooze_options
def drafts_snooze(
    *, draft_ids: tuple[int, ...], until_text: str | None, duration: str | None
) -> None:
    """Put drafts aside until a date."""
    settings = load_config()
    until = wake_time(until_text, duration, settings.zone, SystemClock().now())
    _move_drafts(
        draft_ids,
        DraftStatus.SNOOZED,
        f"snoozed until {until.astimezone(settings.zone):%Y-%m-%d}",
        snoozed_until=until,
    )


@drafts.command("edit")
@config_option
@click.argument("draft_id", type=int)
def drafts_edit(*, draft_id: int) -> None:
    """Edit a draft's text in $EDITOR."""
    settings = load_config()
    with open_service(settings) as service:
        draft = service.store.draft(draft_id)
        if draft.status not in (DraftStatus.QUEUED, DraftStatus.SNOOZED, DraftStatus.APPROVED):
            raise SilenceWatchError(
                f"draft {draft_id} is {draft.status.value}; it can no longer be edited"
            )
        edited = click.edit(draft.body, extension=".txt")
        if edited is None or edited.strip() == draft.body.strip():
            click.echo("No change.")
            return
        saved = service.store.update_draft(
            draft_id,
            expect=draft.status,
            status=draft.status,
            now=SystemClock().now(),
            body=edited.strip() + "\n",
        )
        if not saved:
            # Compare-and-set: the daemon moved it (to sending, say) while the editor was open.
            now_status = service.store.draft(draft_id).status.value
            raise SilenceWatchError(
                f"draft {draft_id} became {now_status} while you were editing it; "
                "your changes were not saved",
            )
    click.echo(f"Draft {draft_id} updated.")
