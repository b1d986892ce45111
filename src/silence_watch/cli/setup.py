"""``init``, ``doctor`` and ``demo``: getting started."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import click

from silence_watch.cli.app import (
    EXIT_CONFIG,
    EXIT_FAILURE,
    EXIT_OK,
    cli,
    config_dir,
    config_option,
    current_app,
    json_option,
    load_config,
    moment,
    open_service,
)
from silence_watch.cli.interviews import show_proposals
from silence_watch.config import (
    default_config_path,
)
from silence_watch.core.errors import SilenceWatchError
from silence_watch.core.words import plural
from silence_watch.engine.discovery import Discovery
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.mailbox.progress import SyncProgress
from silence_watch.runtime.logs import under_journald

# --- init ------------------------------------------------------------------------------


@cli.command()
@config_option
@click.option("--force", is_flag=True, help="Replace an existing file.")
@click.option(
    "--scan",
    is_flag=True,
    help="Once the mailbox works: read the last 90 days of mail (discovery.scan_days) and "
    "list the interviews it shows, for you to confirm.",
)
@json_option
def init(*, force: bool, scan: bool, as_json: bool) -> None:
    """Write a commented configuration file to start from (--scan: find your interviews)."""
    if scan:
        if force:
            raise click.UsageError("--scan reads your mail with the file you have: drop --force")
        _scan(as_json=as_json)
        return
    path = current_app().config_path or default_config_path()
    if path.exists() and not force:
        raise click.ClickException(f"{path} already exists; edit it, or pass --force to replace it")
    text = (resources.files("silence_watch") / "data" / "silence-watch.example.yaml").read_text(
        encoding="utf-8"
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise SilenceWatchError(f"cannot write {path}: {error.strerror}") from error
    click.echo(f"Wrote {path}. Edit it, then check it with: silence-watch doctor")


def _scan(*, as_json: bool) -> None:
    """Read the mailbox (a bar for a long first read) and list what discovery proposes."""
    settings = load_config()
    now = moment(settings)
    with open_service(settings) as service:
        mailbox = open_mailbox(settings)
        try:
            with SyncProgress(sys.stderr, journal=under_journald(sys.stderr)) as progress:
                service.sync_interviews(now)
                service.sync_mailbox(mailbox, now, progress)
        finally:
            mailbox.close()
        found = Discovery(service).pending()
    if not as_json:
        days = settings.discovery.scan_days
        click.echo(
            f"Read your mail of the last {days} days: {plural(len(found), 'interview')} "
            "to confirm." + ("" if found else " Add yours with: silence-watch interviews add")
        )
    if found or as_json:
        show_proposals(found, settings, as_json=as_json)


# --- doctor and demo -------------------------------------------------------------------


@cli.command()
@config_option
def doctor() -> None:
    """Check the configuration, secrets, servers and state directory."""
    from silence_watch.runtime.checklist import Outcome  # noqa: PLC0415 - only doctor needs it
    from silence_watch.runtime.doctor import run_checks  # noqa: PLC0415 - only doctor needs it

    path = current_app().config_path or default_config_path()
    outcome = run_checks(path, config_dir(), click.echo)
    codes = {
        Outcome.PASSED: EXIT_OK,
        Outcome.FAILED: EXIT_FAILURE,
        Outcome.CONFIG_ERROR: EXIT_CONFIG,
    }
    sys.exit(codes[outcome])


@cli.command()
@click.option(
    "--keep",
    type=click.Path(path_type=Path, file_okay=False),
    help="Build the sample here and keep it.",
)
@config_option  # accepted like every command's (DESIGN.md); the demo builds its own
def demo(*, keep: Path | None) -> None:
    """A self-contained tour on a sample mailbox and a virtual clock; needs no account."""
    from silence_watch.runtime.demo import run_demo  # noqa: PLC0415 - only the demo needs it

    run_demo(click.echo, keep=keep)
