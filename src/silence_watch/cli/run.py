"""``run``: the daemon, or one cycle with ``--once``."""

from __future__ import annotations

import sys

import click

from silence_watch.cli.app import (
    cli,
    clock_for,
    config_option,
    current_app,
    load_config,
    now_option,
    open_service,
)
from silence_watch.delivery.cycle import run_cycle
from silence_watch.mailbox.opening import open_mailbox

# --- run -------------------------------------------------------------------------------


@cli.command()
@config_option
@click.option("--once", is_flag=True, help="Run one cycle and exit.")
@now_option
def run(*, once: bool, now_text: str | None) -> None:
    """Watch the mailbox and prepare follow-ups (the daemon)."""
    settings = load_config()
    clock = clock_for(now_text, settings)
    if not once:
        from silence_watch.runtime.daemon import run_forever  # noqa: PLC0415 - only the daemon needs it

        sys.exit(run_forever(current_app().config_path, settings))
    with open_service(settings) as service:
        mailbox = open_mailbox(settings)
        try:
            # A --now preview never sends; a real run carries out what was approved.
            report = run_cycle(service, mailbox, clock.now(), send=now_text is None)
        finally:
            mailbox.close()
    click.echo(
        f"indexed {report.indexed} new message(s), {report.matched} tied to interviews; "
        f"drafted {len(report.drafted)}, cancelled {len(report.cancelled)}",
    )
    for problem in report.problems:
        click.echo(f"problem: {problem}", err=True)
