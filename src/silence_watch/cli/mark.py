"""``mark``: correct how a message was read, or say it is not about a process."""

from __future__ import annotations

import click

from silence_watch.cli.app import cli, config_option, load_config, moment, open_service
from silence_watch.engine.corrections import READINGS, Corrections


@cli.command()
@config_option
@click.argument("message")
@click.argument("reading", required=False, metavar="[INTENT]")
@click.option(
    "--not-about",
    "not_about",
    type=int,
    metavar="ID",
    help="The message is not about this interview's process (an interview id).",
)
def mark(*, message: str, reading: str | None, not_about: int | None) -> None:
    """Correct how a message (by its Message-ID) was read.

    INTENT is one of: rejection, offer, next_step, request, acknowledgement, pleasantry,
    on_hold, other. The correction is remembered and decides the process from now on.
    """
    if (reading is None) == (not_about is None):
        choices = ", ".join(READINGS)
        raise click.UsageError(f"give either an INTENT ({choices}) or --not-about ID")
    settings = load_config()
    with open_service(settings) as service:
        corrections = Corrections(service.store)
        now = moment(settings)
        if not_about is not None:
            done = corrections.not_about(message, not_about, now=now)
        else:
            done = corrections.read_as(message, reading or "", now=now)
    click.echo(f"Done: {done.text}.")
