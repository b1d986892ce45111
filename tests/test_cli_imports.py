"""Quick commands: each imports only what it uses, and a reading one assesses once."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import TYPE_CHECKING

import click
import pytest

from silence_watch.cli import COMMANDS, cli
from silence_watch.config import parse_settings
from silence_watch.config.templates import load_templates, packaged_templates
from silence_watch.core.compose import check_templates
from silence_watch.core.errors import ConfigError
from silence_watch.engine.overview import Snapshot
from silence_watch.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from silence_watch.core.model import TimelineEntry

#: What only syncing, sending or the daemon needs.
HEAVY = (
    "imapclient",
    "apscheduler",
    "jinja2",
    "mailparser",
    "silence_watch.core.classify",
    "silence_watch.engine.indexing",
    "silence_watch.engine.understanding",
    "silence_watch.engine.service",
    "silence_watch.mailbox.imap",
    "silence_watch.delivery.cycle",
)

_PROBE = """
import contextlib, io, json, sys
from silence_watch.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(sys.argv[1:])
    except SystemExit as done:
        code = done.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_loaded_by(*args: str) -> tuple[int, set[str]]:
    """Run one command in a fresh interpreter; its exit code and every module it loaded."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout.splitlines()[-1])
    return int(found["code"]), set(found["modules"])


def _config(tmp_path: Path) -> Path:
    mail = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (mail / sub).mkdir(parents=True)
    path = tmp_path / "config.yaml"
    path.write_text(
        "me: {name: Casey Candidate, email: casey@example.org, timezone: Europe/Paris}\n"
        f"mailbox: {{kind: maildir, path: {mail}}}\n"
        f"state_dir: {tmp_path / 'state'}\n"
        "interviews:\n"
        "  - {company: Acme, role: Analyst, date: 2026-03-02T10:00:00+01:00,"
        " domains: [acme.example]}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("args", [("--help",), ("status",), ("drafts", "list"), ("plan",)])
def test_quick_commands_never_load_the_sync_engine(tmp_path: Path, args: tuple[str, ...]) -> None:
    """--help, status, drafts list and plan load no IMAP, classifier, scheduler or Jinja2."""
    code, modules = _modules_loaded_by("--config", str(_config(tmp_path)), *args)
    assert code == 0
    loaded = sorted(m for m in modules if m.startswith(HEAVY))
    assert loaded == []


#: What a quick command piped to a script needs none of: calendar reading, terminal
#: drawing, the holiday tables (no country set), pydantic-settings (no SILENCE_WATCH_<KEY>),
#: vCard reading, the digest's words, the intent tables (``core.sign_offs`` is all of them
#: the writers' zones need).
LAZY = (
    "icalendar", "rich", "holidays", "pydantic_settings", "vobject", "silence_watch.core.digest",
    "silence_watch.core.intents", "silence_watch.core.intent_table", "silence_watch.core.phrases",
)


@pytest.mark.parametrize("args", [("status",), ("drafts", "list"), ("status", "--json")])
def test_quick_commands_piped_load_no_calendar_terminal_or_holiday_code(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Piped (not a terminal) and with no country: icalendar, rich and holidays stay unloaded."""
    code, modules = _modules_loaded_by("--config", str(_config(tmp_path)), *args)
    assert code == 0
    assert sorted(m for m in modules if m.startswith(LAZY)) == []


#: What reads a message's words: the classifier, the intent tables and the learned reader's
#: blend, and the readers the engine calls on mail read whole (her own moves, call-offs, a
#: leaver named, a doubted role, another client's news).
READERS = (
    "silence_watch.core.classify", "silence_watch.core.intent_blend",
    "silence_watch.core.intent_model", "silence_watch.core.intent_phrases",
    "silence_watch.core.intents", "silence_watch.core.phrases", "silence_watch.core.her_readings",
    "silence_watch.core.calloff_readings", "silence_watch.core.named_leavers",
    "silence_watch.core.role_doubt", "silence_watch.core.role_news",
    "silence_watch.core.other_client_news",
)


def test_a_run_with_nothing_new_loads_no_reader(tmp_path: Path) -> None:
    """A steady run --once (nothing new) imports no reader of words (~50 ms at 100k).

    The first run matches against interviews it has not seen (a role added may take mail
    from another): that one reads, the next does not.
    """
    config = str(_config(tmp_path))
    assert _modules_loaded_by("--config", config, "run", "--once")[0] == 0
    code, modules = _modules_loaded_by("--config", config, "run", "--once")
    assert code == 0
    assert "silence_watch.engine.understanding" in modules  # the engine did run
    assert sorted(m for m in modules if m.startswith(READERS)) == []


def test_help_loads_no_command_module(tmp_path: Path) -> None:
    """--help lists every command from the table, importing none of their modules."""
    code, modules = _modules_loaded_by("--config", str(_config(tmp_path)), "--help")
    assert code == 0
    commands = {f"silence_watch.cli.{module}" for module, _ in COMMANDS.values()}
    assert sorted(commands & modules) == []
    assert "pydantic" not in modules


def test_the_command_table_names_every_command_with_its_own_help() -> None:
    """The table's names and help are the commands' own (a renamed one cannot go unlisted)."""
    context = click.Context(cli)
    for name, (module, text) in COMMANDS.items():
        command = cli.get_command(context, name)
        assert command is not None, name
        assert command.callback is not None
        assert command.callback.__module__ == f"silence_watch.cli.{module}"
        first = click.Command(name, help=text).get_short_help_str(1000)
        assert command.get_short_help_str(1000) == first, name
    assert sorted(cli.commands) == sorted(COMMANDS)


def test_packaged_templates_render_without_a_problem() -> None:
    """The packaged templates pass the check that start-up only gives overrides."""
    assert check_templates(load_templates(None)) == []


def test_a_broken_override_is_still_refused(tmp_path: Path) -> None:
    """An override that does not render is a configuration error at start-up, as before."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "follow_up.txt").write_text(
        "Subject: {{ nothing_like_this }}\n---\nHello\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="follow_up"):
        load_templates(tmp_path)


def test_overrides_in_english_and_in_a_language_folder_replace_the_packaged_ones(
    tmp_path: Path,
) -> None:
    """The packaged templates are read from the package; an override wins where it exists."""
    packaged = load_templates(None)
    assert load_templates(tmp_path) == packaged  # no templates folder: every packaged one
    (tmp_path / "templates" / "de").mkdir(parents=True)
    (tmp_path / "templates" / "de" / "follow_up.txt").write_text(
        "Subject: Kurze Nachfrage ({{ company }})\n---\n{{ greeting }}\n", encoding="utf-8"
    )
    (tmp_path / "templates" / "thank_you.txt").write_text(
        "Subject: Thanks, {{ company }}\n---\nThank you for today.\n", encoding="utf-8"
    )
    overridden = load_templates(tmp_path)
    assert overridden["de/follow_up"].startswith("Subject: Kurze Nachfrage ({{ company }})")
    assert overridden["thank_you"].startswith("Subject: Thanks, {{ company }}")
    assert overridden["follow_up"] == packaged["follow_up"]
    assert overridden["fr/follow_up"] == packaged["fr/follow_up"]
    assert {k for k in packaged if overridden[k] != packaged[k]} == {"de/follow_up", "thank_you"}
    assert packaged_templates() == resources.files("silence_watch") / "data" / "templates"
    assert packaged["follow_up"].startswith("Subject:")


SNAPSHOT_CONFIG = """
me: {name: Jordan Lee, email: jordan@example.com, timezone: America/New_York}
mailbox: {kind: maildir, path: /nonexistent}
interviews:
  - {company: Acme Corp, role: Data Engineer, date: 2026-11-18T15:00:00-05:00,
     contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]}
  - {company: Globex, role: Analyst, date: 2026-11-20T10:00:00-05:00, domains: [globex.example]}
"""


def test_a_reading_command_assesses_each_moment_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records, then standings, as status asks: each process's timeline is read once."""
    store = Store.open(tmp_path)
    snapshot = Snapshot(parse_settings(SNAPSHOT_CONFIG), store, {})
    now = datetime(2026, 11, 30, 10, tzinfo=UTC)
    snapshot.sync_interviews(now)
    reads: list[int] = []
    timeline = store.timeline

    def counted(interview_id: int) -> list[TimelineEntry]:
        reads.append(interview_id)
        return timeline(interview_id)

    monkeypatch.setattr(store, "timeline", counted)
    records = snapshot.records(now)
    standings = snapshot.standings(now)
    assert len(reads) == len(standings) == len(records) == 2
    later = snapshot.standings(now + timedelta(days=1))
    assert later is not standings  # another moment is assessed afresh,
    assert len(reads) == 2  # from the timelines kept in the state (``engine.timeline_cache``)
    store.close()


def test_a_reading_command_pauses_the_collector_only_in_its_own_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From ``main``, no collection runs while the state is read; a caller's is left alone."""
    from silence_watch.cli import app  # noqa: PLC0415 - its process flag, set by main

    was_enabled = gc.isenabled()
    gc.enable()
    monkeypatch.setattr(app._PROCESS, "from_main", False)
    monkeypatch.setattr(gc, "freeze", lambda: None)  # this test process goes on after
    try:
        with app.collector_paused():
            assert gc.isenabled()  # not started by main (a test invoking the group): untouched
        monkeypatch.setattr(app._PROCESS, "from_main", True)
        with app.collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        with pytest.raises(KeyError), app.collector_paused():
            raise KeyError("a command that failed")
        assert gc.isenabled()
    finally:
        (gc.enable if was_enabled else gc.disable)()


def test_run_once_decides_with_the_collector_paused_and_syncs_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``run --once`` decides without collections; the daemon's service is left as it is."""
    from silence_watch.cli import app, run  # noqa: PLC0415 - the run command's service
    from silence_watch.engine.base import CycleReport  # noqa: PLC0415
    from silence_watch.engine.service import Service  # noqa: PLC0415

    seen: list[bool] = []

    def decide(_self: Service, _now: datetime) -> CycleReport:
        seen.append(gc.isenabled())
        return CycleReport()

    was_enabled = gc.isenabled()
    gc.enable()
    monkeypatch.setattr(Service, "decide", decide)
    monkeypatch.setattr(app._PROCESS, "from_main", True)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    try:
        one = object.__new__(run.OneRun)
        assert one.decide(datetime(2026, 12, 7, 9, tzinfo=UTC)) == CycleReport()
        assert gc.isenabled()
        object.__new__(Service).decide(datetime(2026, 12, 7, 9, tzinfo=UTC))
    finally:
        (gc.enable if was_enabled else gc.disable)()
    assert seen == [False, True]
