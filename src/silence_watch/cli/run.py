"""``run``: the daemon, or one cycle with ``--once`` (``--dry-run``: decide and print only)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import click

from silence_watch.cli.app import (
    cli,
    clock_for,
    collector_paused,
    config_dir,
    config_option,
    current_app,
    load_config,
    now_option,
    open_service,
)
from silence_watch.config import state_dir_of
from silence_watch.config.templates import load_templates
from silence_watch.core.words import plural
from silence_watch.delivery.cycle import run_cycle
from silence_watch.engine.service import Service
from silence_watch.engine.timing import going_out
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.mailbox.progress import SyncProgress
from silence_watch.runtime.logs import under_journald
from silence_watch.store import Store
from silence_watch.store.schema import copy_state

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.config import Settings
    from silence_watch.delivery.cycle import RunReport
    from silence_watch.delivery.outbox import DeliveryReport
    from silence_watch.engine.base import CycleReport

# --- run -------------------------------------------------------------------------------


@cli.command()
@config_option
@click.option("--once", is_flag=True, help="Run one cycle and exit.")
@click.option(
    "--dry-run",
    is_flag=True,
    help="With --once: read, decide and print what would happen; write and send nothing.",
)
@now_option
def run(*, once: bool, dry_run: bool, now_text: str | None) -> None:
    """Watch the mailbox and prepare follow-ups (the daemon).

    --now is a preview, so it implies --dry-run: nothing is kept and nothing is sent.
    """
    if (dry_run or now_text) and not once:
        raise click.UsageError("--dry-run and --now preview one cycle: add --once")
    settings = load_config(keep=not (dry_run or now_text))  # a preview keeps nothing
    clock = clock_for(now_text, settings)
    if not once:
        from silence_watch.runtime.daemon import run_forever  # noqa: PLC0415 - only the daemon needs it

        sys.exit(run_forever(current_app().config_path, settings))
    now = clock.now()
    if dry_run or now_text:
        _dry_run(settings, now)
        return
    with open_service(settings, OneRun) as service:
        _cycle(service, now, preview=False)


class OneRun(Service):
    """The service of ``run --once``: it decides without the collector's passes.

    Its process ends after this one cycle; the sync before the decisions (a first one
    indexes every message) collects as usual (``cli.app.collector_paused``).
    """

    def decide(self, now: datetime) -> CycleReport:
        """As ``Service.decide``, the garbage collector paused meanwhile."""
        with collector_paused():
            return super().decide(now)


def _cycle(service: Service, now: datetime, *, preview: bool) -> None:
    """One cycle over the mailbox (a bar for a long first sync), sending unless a preview."""
    mailbox = open_mailbox(service.settings)
    try:
        # A bar on a terminal; log lines under journald or in a pipe.
        with SyncProgress(sys.stderr, journal=under_journald(sys.stderr)) as progress:
            report = run_cycle(service, mailbox, now, send=not preview, progress=progress)
    finally:
        mailbox.close()
    _tell(service, report, now, preview=preview)


def _dry_run(settings: Settings, now: datetime) -> None:
    """One cycle on a copy of the state, never sending; the copy is thrown away after."""
    with tempfile.TemporaryDirectory(prefix="silence-watch-dry-run-") as scratch:
        copy = Path(scratch) / "state"
        copy_state(state_dir_of(settings), copy)
        store = Store.open(copy)
        try:
            _cycle(Service(settings, store, load_templates(config_dir())), now, preview=True)
        finally:
            store.close()


def _tell(service: Service, report: RunReport, now: datetime, *, preview: bool) -> None:
    """What the cycle did (or, in a preview, would do), one line per thing that changed."""
    cycle, delivery = report.cycle, report.delivery
    would = "would be " if preview else ""
    if preview:
        click.echo("Dry run: nothing was kept and nothing was sent.")
    click.echo(
        f"Read {plural(cycle.indexed, 'new message')} "
        f"({cycle.matched} about your interviews).",
    )
    for draft_id in cycle.drafted:
        draft = service.store.draft(draft_id)
        company = service.store.interview(draft.interview_id).company
        when = going_out(service.store, service.settings, draft, now).words
        label = "a draft" if preview else f"draft {draft_id}"
        click.echo(
            f"{'Would draft' if preview else 'Drafted'} {label}: the "
            f"{draft.kind.replace('_', ' ')} to {draft.to_addr} ({company}); it {when}.",
        )
    for draft_id in cycle.cancelled:
        click.echo(f"Draft {draft_id} {would}cancelled: it is no longer needed.")
    if delivery is not None:
        _tell_delivery(service, delivery)
    if not (cycle.drafted or cycle.cancelled or (delivery and _delivered(report))):
        click.echo("Nothing else to do now." if not preview else "Nothing else would happen now.")
    for problem in report.problems:
        click.echo(f"problem: {problem}", err=True)


def _tell_delivery(service: Service, delivery: DeliveryReport) -> None:
    """What the delivery step did: sent, not sent, not sure, saved, the digest."""
    for draft_id in delivery.sent:
        draft = service.store.draft(draft_id)
        what = draft.kind.replace("_", " ")
        click.echo(f"Sent draft {draft_id}: the {what} to {draft.to_addr}.")
    for draft_id in delivery.cancelled:
        click.echo(f"Draft {draft_id} was not sent: the situation changed (see status).")
    for draft_id in delivery.unknown:
        click.echo(f"Draft {draft_id} may or may not have gone out: check your Sent folder.")
    for draft_id in delivery.drafted:
        click.echo(f"Draft {draft_id} is in your Drafts folder: send it from there.")
    if delivery.digests:
        click.echo("Sent the digest.")


def _delivered(report: RunReport) -> bool:
    delivery = report.delivery
    if delivery is None:
        return False
    return bool(
        delivery.sent or delivery.cancelled or delivery.unknown or delivery.drafted
        or delivery.digests
    )  # fmt: skip
