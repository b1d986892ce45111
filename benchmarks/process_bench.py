"""Whole-process benchmarks: what a person waits for, beside baselines from the same run.

Each figure is one process, started as a user starts it (interpreter, imports, login):

- floor: a bare imaplib ``UID FETCH 1:*`` of the index's header fields (a script);
- naive: ``UID FETCH BODY[]`` of every message, each parsed with mail-parser (a script);
- ``silence-watch run --once`` on a fresh state (the first sync): wall, CPU, peak RSS;
- ``run --once`` again with nothing new (the steady run);
- ``--help``, ``status``, ``status --json``, ``drafts list`` on the state the first run left;
- the daemon's idle cycle (a sync with nothing new, in a running process) and one
  evaluate cycle (decide every process), CPU per cycle.

Usage: ``python benchmarks/process_bench.py --messages 20000 --interviews 16`` (and
``--messages 100000 --interviews 50`` for the scale rows). Prints a Markdown table for
docs/benchmarks.md. Needs the ``dovecot`` binary, like the tests. Not run by CI.

``--state DIR`` keeps the generated mailbox, the configuration and the state the first run
left in ``DIR`` and reuses them on the next call with the same ``DIR`` (the 100,000-message
state takes a quarter of an hour to build): a reused state skips the loading, the naive
reference and the first run, whose rows say so. ``--base SRC`` (a ``src`` folder of another
checkout, e.g. ``git archive`` of the base commit) measures every quick command of that code
too, run by run beside this one's, on its own copy of the state (each side keeps its own
caches); the rows read ``base -> this``.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from mailgen import config_text, generate
from silence_watch.core.headernames import INDEX_HEADERS
from support.dovecot import DovecotServer

FIELDS = f"(BODY.PEEK[HEADER.FIELDS ({' '.join(INDEX_HEADERS).upper()})])"

#: The floor as a script: log in, one UID FETCH of the header fields, log out.
FLOOR = """
import imaplib, sys, time
host, port, user, password, fields = sys.argv[1:6]
imap = imaplib.IMAP4(host, int(port), timeout=300)
imap.login(user, password)
imap.select("INBOX", readonly=True)
started = time.perf_counter()
typ, data = imap.uid("FETCH", "1:*", fields)
fetched = time.perf_counter() - started
imap.logout()
assert typ == "OK"
print(fetched)
"""

#: The naive reference as a script: every whole message fetched and parsed with mail-parser.
NAIVE = """
import imaplib, sys, mailparser
host, port, user, password = sys.argv[1:5]
imap = imaplib.IMAP4(host, int(port), timeout=300)
imap.login(user, password)
imap.select("INBOX", readonly=True)
_, data = imap.uid("SEARCH", "ALL")
uids = data[0].split()
for start in range(0, len(uids), 500):
    _, fetched = imap.uid("FETCH", b",".join(uids[start : start + 500]).decode(), "(BODY.PEEK[])")
    for item in fetched:
        if isinstance(item, tuple):
            mailparser.parse_from_bytes(item[1])
imap.logout()
"""


@dataclass(frozen=True)
class Run:
    """One finished process: seconds of wall and CPU time, peak RSS in MB, its output."""

    wall: float
    cpu: float
    rss_mb: float
    out: str


#: Starts the measured command from a small process and reports its CPU time and peak
#: RSS. Linux carries a process's RSS high-water mark across fork and exec: measured
#: directly, a child of this script (which holds the generated mailbox, a gigabyte for
#: 100,000 messages) would report this script's peak, not its own.
WRAP = """
import json, os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
with open(sys.argv[1], "w") as report:
    json.dump([os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime,
               usage.ru_maxrss], report)
"""


def whole(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run ``command`` to its end; wall time, its CPU time (children included), peak RSS.

    The wall time is from the fork to the end of the command, as a shell would time it.
    """
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r", suffix=".json") as report,
    ):
        subprocess.run(
            [sys.executable, "-c", WRAP, report.name, *command],
            stdout=out, stderr=err, check=True, env=env,
        )  # fmt: skip
        code, wall, cpu, rss_kb = json.load(report)
        out.seek(0)
        err.seek(0)
        if code != 0:
            message = err.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{command[:4]} exited {code}: {message}")
        text = out.read().decode(errors="replace")
    return Run(wall, cpu, rss_kb / 1024, text)


def console_script() -> list[str]:
    """The ``silence-watch`` command beside this interpreter, as a user runs it."""
    script = Path(sys.executable).with_name("silence-watch")
    return [str(script)] if script.exists() else [sys.executable, "-m", "silence_watch"]


def repeat(sides: list[tuple[list[str], dict[str, str] | None]], times: int) -> list[Run]:
    """For each side (command, environment): the median and the fastest of ``times`` runs.

    The sides take turns run by run, so a change in the machine's load falls on each alike.
    Returns median, fastest of the first side, then of the second, and so on.
    """
    runs: list[list[Run]] = [[] for _ in sides]
    for _ in range(times):
        for done, (command, env) in zip(runs, sides, strict=True):
            done.append(whole(command, env))
    figures: list[Run] = []
    for done in runs:
        done.sort(key=lambda r: r.wall)
        figures += [done[len(done) // 2], done[0]]
    return figures


# --- the daemon's cycles, measured inside one long-lived process -----------------------------

IDLE_ROUNDS = 50


def daemon_child(config: str) -> None:
    """In this process: the daemon's jobs; CPU of an idle sync and of one evaluate cycle."""
    from silence_watch.config import load_settings  # noqa: PLC0415 - the child only
    from silence_watch.config.templates import load_templates  # noqa: PLC0415
    from silence_watch.runtime.jobs import Jobs, Setup  # noqa: PLC0415

    path = Path(config)
    settings = load_settings(path)
    jobs = Jobs(Setup(settings, load_templates(path.parent)))
    jobs.sync()  # connects; nothing is new (the first run indexed everything)
    jobs.evaluate()
    result: dict[str, float] = {}
    for name, job, rounds in (("sync", jobs.sync, IDLE_ROUNDS), ("evaluate", jobs.evaluate, 5)):
        cpu, wall = [], []
        for _ in range(rounds):
            started, started_cpu = time.perf_counter(), time.process_time()
            job()
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        result[f"{name}_cpu"] = statistics.median(cpu)
        result[f"{name}_wall"] = statistics.median(wall)
    jobs.close()
    print(json.dumps(result))


# --- the run ------------------------------------------------------------------------------


def machine() -> str:
    """``x86_64, 2 cores, Intel(...), Python 3.11.7, 2026-03-02``."""
    model = "unknown CPU"
    with Path("/proc/cpuinfo").open() as info:
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    today = datetime.now(UTC).date().isoformat()
    load = os.getloadavg()[0]
    return (
        f"{os.uname().machine}, {os.cpu_count()} cores, {model}, Python "
        f"{sys.version.split()[0]}, {today}, load average {load:.1f} at the start"
    )


def mailbox(server: DovecotServer, args: argparse.Namespace, keep: Path) -> tuple[str, bool]:
    """The bench user, its mail in ``server``; whether it was reused from ``keep``.

    A kept mailbox is moved (renamed) into the server's mail folder; :func:`give_back`
    moves it out again before the server removes its files.
    """
    saved = keep / "bench.json"
    if saved.exists():
        kept = json.loads(saved.read_text(encoding="utf-8"))
        if (kept["messages"], kept["interviews"]) != (args.messages, args.interviews):
            raise SystemExit(f"{keep} holds {kept['messages']:,} messages and "
                             f"{kept['interviews']} interviews: use those or another folder")
        user = str(kept["user"])
        shutil.move(keep / "mail" / user, server.mail_dir / user)
        return user, True
    user = server.new_user("bench")
    started = time.perf_counter()
    server.multi_append(user, generate(args.messages))
    print(f"loaded {args.messages:,} messages in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)  # fmt: skip
    return user, False


def give_back(server: DovecotServer, keep: Path, user: str) -> None:
    """Move the bench user's mail out of ``server`` into ``keep`` for the next call."""
    if (server.mail_dir / user).exists():
        (keep / "mail").mkdir(parents=True, exist_ok=True)
        shutil.move(server.mail_dir / user, keep / "mail" / user)


def write_config(server: DovecotServer, args: argparse.Namespace, work: Path, user: str,
                 side: str) -> Path:  # fmt: skip
    """The configuration of one side (``state`` or ``state-base``), at today's port."""
    config = work / ("config.yaml" if side == "state" else f"config-{side}.yaml")
    config.write_text(
        config_text(host=server.host, port=server.imap_port, user=user,
                    password=server.password, state_dir=str(work / side),
                    interviews=args.interviews),
        encoding="utf-8",
    )  # fmt: skip
    return config


def measure(server: DovecotServer, args: argparse.Namespace, work: Path, user: str,
            *, reused: bool) -> list[tuple[str, ...]]:  # fmt: skip
    """Every row of the table, each whole-process figure beside its baseline."""
    rows: list[tuple[str, ...]] = []
    account = [server.host, str(server.imap_port), user, server.password]
    floors = [whole([sys.executable, "-c", FLOOR, *account, FIELDS]) for _ in range(3)]
    floor = min(floors, key=lambda r: r.wall)
    rows.append(("floor: bare imaplib header fetch, whole process", f"{floor.wall:.2f} s",
                 f"CPU {floor.cpu:.2f} s; the FETCH itself {float(floor.out):.2f} s", "1.00x"))
    config = write_config(server, args, work, user, "state")
    sw = [*console_script(), "--config", str(config)]
    if reused:
        rows.append(("naive and first run", "not measured", f"state reused from {work}", ""))
    else:
        naive = whole([sys.executable, "-c", NAIVE, *account])
        rows.append(("naive: FETCH BODY[] + mail-parser every message, whole process",
                     f"{naive.wall:.2f} s", f"CPU {naive.cpu:.2f} s; RSS {naive.rss_mb:.0f} MB",
                     f"{naive.wall / floor.wall:.1f}x"))  # fmt: skip
        first = whole([*sw, "run", "--once"])
        rows.append((
            f"silence-watch run --once, fresh state ({args.interviews} interviews)",
            f"{first.wall:.2f} s",
            (f"CPU {first.cpu:.2f} s (wall/CPU {first.wall / first.cpu:.2f}); peak RSS "
            f"{first.rss_mb:.0f} MB; naive / this: {naive.wall / first.wall:.1f}x; "
            f"{first.out.splitlines()[0] if first.out else ''}"),
            f"{first.wall / floor.wall:.1f}x",
        ))  # fmt: skip
        if args.state:  # the state is whole: the next call may reuse it
            (work / "bench.json").write_text(json.dumps(
                {"user": user, "messages": args.messages, "interviews": args.interviews}
            ), encoding="utf-8")  # fmt: skip
    sides: list[tuple[list[str], dict[str, str] | None]] = [(sw, None)]
    if args.base:
        if not (work / "state-base").exists():
            shutil.copytree(work / "state", work / "state-base")
        base_config = write_config(server, args, work, user, "state-base")
        base_env = {**os.environ, "PYTHONPATH": str(Path(args.base).resolve())}
        sides.insert(0, ([*console_script(), "--config", str(base_config)], base_env))
    for command, env in sides:  # one warm run each: the kept caches follow the code
        whole([*command, "status"], env)
    for name, command in (
        ("run --once again, nothing new", ["run", "--once"]),
        ("silence-watch --help", ["--help"]),
        ("silence-watch status", ["status"]),
        ("silence-watch status --json", ["status", "--json"]),
        ("silence-watch drafts list", ["drafts", "list"]),
    ):
        figures = repeat([([*side, *command], env) for side, env in sides], args.repeat)
        medians, fastest = figures[0::2], figures[1::2]
        rows.append((name, " -> ".join(f"{run.wall:.3f} s" for run in medians),
                     (f"median of {args.repeat}; CPU "
                      + " -> ".join(f"{run.cpu:.3f} s" for run in medians)
                      + "; fastest " + " -> ".join(f"{run.wall:.3f} s" for run in fastest)),
                     " -> ".join(f"{run.wall / floor.wall:.2f}x" for run in medians)))
    child = whole([sys.executable, __file__, "--daemon-child", str(config)])
    cycles = json.loads(child.out.splitlines()[-1])
    rows.append(("daemon: idle sync cycle (nothing new), in a running process",
                 f"{cycles['sync_cpu'] * 1000:.1f} ms CPU",
                 f"wall {cycles['sync_wall'] * 1000:.1f} ms; median of {IDLE_ROUNDS}", ""))
    rows.append(("daemon: one evaluate cycle (decide every process)",
                 f"{cycles['evaluate_cpu'] * 1000:.0f} ms CPU",
                 f"wall {cycles['evaluate_wall'] * 1000:.0f} ms; median of 5", ""))
    return rows


def main() -> None:
    """Run every measurement and print the Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000, help="mailbox size")
    parser.add_argument("--interviews", type=int, default=16, help="interviews configured")
    parser.add_argument("--repeat", type=int, default=7, help="runs of each quick command")
    parser.add_argument("--state", help="keep the mailbox and state here; reuse them if there")
    parser.add_argument("--base", help="a src folder of the code to compare with, run by run")
    parser.add_argument("--daemon-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.daemon_child:
        daemon_child(args.daemon_child)
        return
    header = machine()
    # As installed from a wheel: the package's bytecode exists. A checkout run with
    # PYTHONDONTWRITEBYTECODE (as on this machine) would compile every module at every
    # start, ~0.2 s that no installed copy pays.
    import silence_watch  # noqa: PLC0415 - only to find the package

    compileall.compile_dir(Path(silence_watch.__file__).parent, quiet=1)
    if args.base:
        compileall.compile_dir(Path(args.base) / "silence_watch", quiet=1)
    with DovecotServer() as server, tempfile.TemporaryDirectory() as tmp:
        work = Path(args.state) if args.state else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        user, reused = mailbox(server, args, work)
        try:
            rows = measure(server, args, work, user, reused=reused)
        finally:
            if args.state:
                give_back(server, work, user)
    print(f"Machine: {header}; {args.messages:,} messages, {args.interviews} interviews\n")
    print("| measurement | result | notes | ratio to the floor |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
