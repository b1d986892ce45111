"""``digest``: build the digest now."""

from __future__ import annotations

import click

from silence_watch.cli.app import (
    cli,
    config_option,
    load_config,
    moment,
    now_option,
    open_service,
)
from silence_watch.delivery.digests import DigestContent


@cli.command()
@config_option
@click.option(
    "--print", "print_it", is_flag=True, default=True, help="Print the digest (the default)."
)
@click.option("--send", "send_it", is_flag=True, help="Send it to digest.to now.")
@now_option
def digest(*, print_it: bool, send_it: bool, now_text: str | None) -> None:
    """Build the digest now and print it (or send it)."""
    settings = load_config()
    if send_it and now_text:
        raise click.UsageError("--send cannot be combined with --now: a preview never sends")
    now = moment(settings, now_text)
    if send_it:
        from silence_watch.delivery.cycle import delivery_for  # noqa: PLC0415 - SMTP only here

        with open_service(settings) as service, delivery_for(service) as (_, digests):
            service.sync_interviews(now)
            digests.send(now)
        click.echo(f"Digest sent to {settings.digest.to or settings.me.email}.")
        return
    with open_service(settings) as service:
        service.sync_interviews(now)
        text = DigestContent(service).text(now)
    if print_it:
        click.echo(text, nl=False)
