"""The command group, shared options and the entry point that maps errors to exit codes.

Every command takes ``--config``; commands that print data take ``--json`` (one JSON
document on stdout, nothing else). Exit codes: 0 ok, 1 runtime failure, 2 usage error,
78 configuration error, each problem on its own line naming the YAML path.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import gc
import json
import logging
import os
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from silence_watch import __version__
from silence_watch.core.errors import ConfigError, SilenceWatchError
from silence_watch.runtime.clock import Clock, FixedClock, SystemClock
from silence_watch.runtime.logs import setup_logging, under_journald

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from silence_watch.config import Settings
    from silence_watch.engine.overview import Overview
    from silence_watch.engine.service import Service

# The configuration (pydantic), the state and the engine are imported by the functions
# that need them: ``--help`` and a command that never opens the state stay quick.

_E = TypeVar("_E", bound="Overview")
_S = TypeVar("_S", bound="Service")


EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_CONFIG = 78

log = logging.getLogger("silence_watch")


@dataclass
class _Process:
    """What ``main`` knows of this process: it runs one command, then ends."""

    #: Set by ``main`` (a test that invokes the group directly leaves it False).
    from_main: bool = False


_PROCESS = _Process()


@dataclass
class App:
    """What the group options decided, shared with every command."""

    config_path: Path | None = None


def config_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--config PATH`` on a command (it also works before the command name)."""

    def remember(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
        if value is not None:
            ctx.ensure_object(App).config_path = value

    return click.option(
        "--config",
        # Not dir_okay=False: a directory is a configuration error (78) said in our words.
        type=click.Path(path_type=Path),
        expose_value=False,
        callback=remember,
        help="Configuration file (default: $SILENCE_WATCH_CONFIG, then "
        "~/.config/silence-watch/config.yaml).",
    )(function)


def now_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--now ISO-8601``: evaluate as if it were that moment (nothing is sent)."""
    return click.option(
        "--now",
        "now_text",
        metavar="ISO-8601",
        help="Evaluate as if it were this moment (a preview: nothing is sent).",
    )(function)


def json_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--json``: print one JSON document and nothing else."""
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")(
        function
    )


def current_app() -> App:
    """The options the group and the command were given."""
    return click.get_current_context().ensure_object(App)


def load_config(*, keep: bool = True) -> Settings:
    """The validated configuration (``ConfigError`` becomes exit 78 in ``main``).

    ``keep``: False for a preview that keeps nothing, not even the validated settings.
    """
    from silence_watch.config import load_settings  # noqa: PLC0415 - pydantic only when needed

    return load_settings(current_app().config_path, keep=keep)


def config_dir() -> Path:
    """The directory of the configuration file (template overrides live there)."""
    from silence_watch.config import default_config_path  # noqa: PLC0415 - see load_config

    path = current_app().config_path or default_config_path()
    return path.parent


def clock_for(now_text: str | None, settings: Settings) -> Clock:
    """The real clock, or a fixed one for ``--now`` (a naive time is in me.timezone)."""
    if not now_text:
        return SystemClock()
    try:
        moment = datetime.fromisoformat(now_text)
    except ValueError:
        raise click.BadParameter(
            f"{now_text!r} is not an ISO-8601 date or time", param_hint="--now"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=settings.zone)
    return FixedClock(moment)


def moment(settings: Settings, now_text: str | None = None) -> datetime:
    """The moment a command acts at: ``--now`` when given, else the clock's."""
    return clock_for(now_text, settings).now()


@contextlib.contextmanager
def open_service(settings: Settings, kind: type[_S] | None = None) -> Iterator[Service]:
    """The service over the state database (or ``kind``, a ``Service``), closed on the way out."""
    from silence_watch.engine.service import Service  # noqa: PLC0415 - the sync engine: run only

    with _engine(settings, kind or Service) as service:
        yield service


@contextlib.contextmanager
def open_overview(settings: Settings) -> Iterator[Overview]:
    """The engine for commands that read (status, plan, drafts): no IMAP, no classifier."""
    from silence_watch.engine.overview import Snapshot  # noqa: PLC0415 - see load_config

    with collector_paused(), _engine(settings, Snapshot) as overview:
        yield overview


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection while a command reads the state and decides, in its own process.

    Reading and deciding build the state's timelines (12,662 entries at 100,000 messages)
    and their assessments and make almost no garbage that only the collector could free
    (what they drop, reference counting frees); the collector's passes over what was read
    cost ``status`` ~15 ms of CPU. It is paused while the state is read (a reading command,
    the decisions of ``run --once``, never a sync); after, what was read is frozen (no later
    pass walks it, as at exit) and collection goes on for the rest.
    """
    pause = _PROCESS.from_main and gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            gc.freeze()
            gc.enable()


@contextlib.contextmanager
def _engine(settings: Settings, kind: type[_E]) -> Iterator[_E]:
    from silence_watch.config import state_dir_of  # noqa: PLC0415 - see load_config
    from silence_watch.config.templates import load_templates  # noqa: PLC0415 - same
    from silence_watch.store import Store  # noqa: PLC0415 - same

    store = Store.open(state_dir_of(settings))
    try:
        yield kind(settings, store, load_templates(config_dir()))
    finally:
        store.close()


def print_json(document: object) -> None:
    """Print one JSON document on stdout."""
    click.echo(json.dumps(document, indent=2, ensure_ascii=False, default=str))


def iso(value: datetime | date | None) -> str | None:
    """ISO-8601 text for JSON (datetimes in UTC)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        from silence_watch.store import to_text  # noqa: PLC0415 - see load_config

        return to_text(value)
    return value.isoformat()


# --- the group -------------------------------------------------------------------------


class ReaderGoneError(Exception):
    """Whoever read our output stopped reading (``silence-watch demo | head -1``)."""


class CommandGroup(click.Group):
    """The command group; a closed output pipe leaves click's handling as ``ReaderGoneError``.

    click turns EPIPE into exit 1, as if something failed; ``main`` ends quietly with 0.
    Commands may be deferred (``defer``): named with their help, their module imported
    only when one of them runs.
    """

    deferred: Mapping[str, tuple[str, str]] = {}
    _load: Callable[[str], None] = staticmethod(lambda _module: None)

    def defer(self, commands: Mapping[str, tuple[str, str]], load: Callable[[str], None]) -> None:
        """Name commands (name -> module, help) that ``load(module)`` adds when needed."""
        self.deferred = commands
        self._load = load

    def list_commands(self, ctx: click.Context) -> list[str]:  # noqa: ARG002 - click's signature
        """Every command, the deferred ones included."""
        return sorted({*self.commands, *self.deferred})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command, its module imported first when it was deferred."""
        if cmd_name not in self.commands and cmd_name in self.deferred:
            self._load(self.deferred[cmd_name][0])
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, without importing the deferred commands."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            command = self.commands.get(name)
            if command is not None and command.hidden:
                continue
            if command is not None:
                rows.append((name, command.get_short_help_str(limit)))
            else:
                # A stand-in with the same help, shortened the way click shortens it.
                stand_in = click.Command(name, help=self.deferred[name][1])
                rows.append((name, stand_in.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; a closed stdout becomes ``ReaderGoneError``."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError as error:
            raise ReaderGoneError from error


@click.group(cls=CommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    type=click.Path(path_type=Path),
    help="Configuration file (default: $SILENCE_WATCH_CONFIG, then "
    "~/.config/silence-watch/config.yaml).",
)
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="More log detail on stderr: -v what it does, -vv debug, -vvv the IMAP protocol too.",
)
@click.version_option(__version__, prog_name="silence-watch")
@click.pass_context
def cli(ctx: click.Context, config: Path | None, verbose: int) -> None:
    """Notice when an employer has gone quiet, and draft a gracious follow-up."""
    ctx.ensure_object(App).config_path = config
    _setup_logging(verbose)


def _setup_logging(verbose: int) -> None:
    setup_logging(verbose)


# --- entry point -----------------------------------------------------------------------


def _error(line: str) -> None:
    """One error line on stderr; under journald at error priority (``journalctl -p err``)."""
    prefix = "<3>" if under_journald(sys.stderr) else ""
    click.echo(f"{prefix}{line}", err=True)


def _stop_writing() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's buffer): nothing will be flushed to a pipe


@functools.cache  # registered once per process: tests call ``main`` many times in one
def _skip_the_last_collection() -> None:
    """At exit, freeze every object instead of one last collection walking them all.

    The interpreter's last garbage collection walks every object still alive: every
    module's, the state and the timelines read, ~30 ms of CPU for ``status`` at 100,000
    messages, to free what the process's end frees anyway. Frozen at exit (``atexit`` runs
    before it), they are skipped; nothing else changes while the command runs.
    """
    atexit.register(gc.freeze)


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the CLI and turn errors into exit codes and one-line messages."""
    # The configuration models use no pydantic plugin; looking for them scans the entry
    # points of every installed distribution (~30 ms of each start). A value the person set
    # is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _PROCESS.from_main = True
    _skip_the_last_collection()
    try:
        result = cli.main(args=argv, prog_name="silence-watch", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.UsageError as error:
        # One line, not click's usage block: what was wrong and where to read more.
        where = error.ctx.command_path if error.ctx is not None else "silence-watch"
        message = error.format_message().rstrip(".")
        _error(f"{where}: {message} (see: {where} --help)")
        sys.exit(error.exit_code)
    except click.ClickException as error:
        _error(f"silence-watch: {error.format_message()}")
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("Stopped.", err=True)
        sys.exit(EXIT_FAILURE)
    except ConfigError as error:
        for problem in error.problems:
            _error(problem)
        sys.exit(EXIT_CONFIG)
    except SilenceWatchError as error:
        _error(f"silence-watch: {error}")
        sys.exit(EXIT_FAILURE)
    except KeyboardInterrupt:
        sys.exit(130)
    except ReaderGoneError:
        _stop_writing()
        sys.exit(EXIT_OK)
    sys.exit(result if isinstance(result, int) else EXIT_OK)
