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
)
from silence_watch.config import (
    default_config_path,
)
from silence_watch.core.errors import SilenceWatchError

# --- init ------------------------------------------------------------------------------


@cli.command()
@config_option
@click.option("--force", is_flag=True, help="Replace an existing file.")
def init(*, force: bool) -> None:
    """Write a commented configuration file to start from."""
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
def demo(*, keep: Path | None) -> None:
    """A self-contained tour on a sample mailbox and a virtual clock; needs no account."""
    from silence_watch.runtime.demo import run_demo  # noqa: PLC0415 - only the demo needs it

    run_demo(click.echo, keep=keep)
