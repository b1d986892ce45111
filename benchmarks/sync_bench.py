"""Mailbox sync benchmarks against a private Dovecot (not run by CI: sizes are arguments).

Measures, in one run on one machine:

- floor: a bare imaplib ``UID FETCH 1:*`` of the index's header fields (no parsing);
- silence-watch's first-run index (fetch + parse + store), and with understanding;
- naive: ``UID FETCH`` of whole messages parsed one by one with mail-parser;
- steady state: a poll with nothing new at two mailbox sizes (time and IMAP commands);
- push: APPEND to indexed, through ``ImapWatcher`` IDLE (p50/p95);
- memory: peak RSS of a child process indexing the large mailbox.

Usage: ``python benchmarks/sync_bench.py --messages 20000 --large 100000``. Prints a
Markdown table for docs/benchmarks.md. Needs the ``dovecot`` binary, like the tests.
"""

from __future__ import annotations

import argparse
import imaplib
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import mailparser

from mailgen import ME, NOW, generate
from process_bench import FIELDS, machine
from silence_watch.config import MailboxConfig, parse_settings
from silence_watch.engine.service import Service
from silence_watch.mailbox.backoff import Backoff
from silence_watch.mailbox.imap import ImapMailbox
from silence_watch.mailbox.oauth import PasswordAuth
from silence_watch.mailbox.watcher import ImapWatcher
from silence_watch.store import Store
from support.dovecot import DovecotServer

if TYPE_CHECKING:
    from silence_watch.mailbox.base import Batch

# --- measurements -------------------------------------------------------------------------


def _config(server: DovecotServer, user: str) -> MailboxConfig:
    return MailboxConfig(
        host=server.host,
        port=server.imap_port,
        security="plain",
        username=user,
        timeout=60.0,
    )


def _service(state: Path) -> Service:
    text = f"me: {{name: Bench, email: {ME}}}\nmailbox: {{kind: maildir, path: {state}}}\n"
    return Service(parse_settings(text), Store.open(state), {})


def floor(server: DovecotServer, user: str) -> float:
    """Seconds for one bare ``UID FETCH 1:*`` of the header fields (the floor)."""
    imap = imaplib.IMAP4(server.host, server.imap_port, timeout=60)
    imap.login(user, server.password)
    imap.select("INBOX", readonly=True)
    started = time.perf_counter()
    typ, _ = imap.uid("FETCH", "1:*", FIELDS)
    elapsed = time.perf_counter() - started
    imap.logout()
    if typ != "OK":
        raise RuntimeError("the floor's FETCH failed")
    return elapsed


def first_run(server: DovecotServer, user: str, state: Path) -> tuple[float, float, int]:
    """Seconds to index (fetch + parse + store), seconds including understanding, messages."""
    service = _service(state)
    mailbox = ImapMailbox(_config(server, user), PasswordAuth(server.password))
    last = [0.0]

    def mark(_: Batch) -> None:
        last[0] = time.perf_counter()

    started = time.perf_counter()
    service.sync_mailbox(mailbox, NOW, progress=mark)
    total = time.perf_counter() - started
    mailbox.close()
    count = service.store.count_messages()
    service.store.close()
    return last[0] - started, total, count


def naive(server: DovecotServer, user: str) -> float:
    """Seconds to fetch every whole message and parse it with mail-parser."""
    imap = imaplib.IMAP4(server.host, server.imap_port, timeout=60)
    imap.login(user, server.password)
    imap.select("INBOX", readonly=True)
    started = time.perf_counter()
    _, data = imap.uid("SEARCH", "ALL")
    uids = data[0].split()
    for start in range(0, len(uids), 500):
        chunk = b",".join(uids[start : start + 500]).decode()
        _, fetched = imap.uid("FETCH", chunk, "(BODY.PEEK[])")
        for item in fetched:
            if isinstance(item, tuple):
                mailparser.parse_from_bytes(item[1])
    elapsed = time.perf_counter() - started
    imap.logout()
    return elapsed


def steady(server: DovecotServer, user: str, state: Path, rounds: int = 200) -> tuple[float, float]:
    """Median seconds and IMAP commands of one poll of every watched folder with nothing new."""
    store = Store.open(state)
    mailbox = ImapMailbox(_config(server, user), PasswordAuth(server.password))
    folders = mailbox.watched_folders()
    times: list[float] = []
    before = mailbox.commands_sent
    for _ in range(rounds):
        started = time.perf_counter()
        for folder in folders:
            cursor = store.cursor(mailbox.name, folder)
            for batch in mailbox.poll(folder, cursor, ()):
                if batch.messages:
                    raise RuntimeError("the steady-state poll found new mail")
        times.append(time.perf_counter() - started)
    commands = (mailbox.commands_sent - before) / rounds
    mailbox.close()
    store.close()
    return statistics.median(times), commands


def push_latency(server: DovecotServer, samples: int) -> list[float]:
    """Seconds from APPEND to indexed, through the watcher's IDLE and a sync."""
    user = server.new_user("push")
    server.append(user, generate(1, seed=9)[0])
    with tempfile.TemporaryDirectory() as state_dir:
        service = _service(Path(state_dir))
        config = _config(server, user).model_copy(update={"timeout": 10.0})
        reader = ImapMailbox(config, PasswordAuth(server.password))
        changed, stop = threading.Event(), threading.Event()
        watcher = ImapWatcher(
            config, PasswordAuth(server.password), changed.set, stop, backoff=Backoff(0.1, 1.0)
        )
        thread = threading.Thread(target=watcher.run, daemon=True)
        thread.start()
        changed.wait(10)
        changed.clear()
        service.sync_mailbox(reader, NOW)
        latencies = []
        for raw in generate(samples, seed=11):
            time.sleep(0.3)  # the watcher is back in IDLE
            expected = service.store.count_messages() + 1
            started = time.perf_counter()
            server.append(user, raw)
            while service.store.count_messages() < expected:
                if not changed.wait(10):
                    raise RuntimeError("no IDLE signal within 10 s")
                changed.clear()
                service.sync_mailbox(reader, NOW)
            latencies.append(time.perf_counter() - started)
        stop.set()
        thread.join(10)
        reader.close()
    return latencies


def peak_rss_mb() -> float:
    """This process's peak RSS in MB (VmHWM).

    ru_maxrss would report the parent's: Linux keeps it across the fork and exec that
    started this child.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_child(args: argparse.Namespace) -> None:
    """In a fresh process: index the mailbox, print peak RSS (MB) and timing as JSON."""
    server_host, port = args.child_server.split(":")
    config = MailboxConfig(
        host=server_host, port=int(port), security="plain", username=args.child_user, timeout=120
    )
    service = _service(Path(args.child_state))
    mailbox = ImapMailbox(config, PasswordAuth("secret"))
    rss_at_index_end = [0.0]
    last = [0.0]

    def mark(_: Batch) -> None:
        last[0] = time.perf_counter()
        rss_at_index_end[0] = peak_rss_mb()

    started = time.perf_counter()
    problem = ""
    try:
        service.sync_mailbox(mailbox, NOW, progress=mark)
    except Exception as error:  # noqa: BLE001 - report whatever the understanding step hit
        problem = f"{type(error).__name__}: {error}"
    total = time.perf_counter() - started
    print(
        json.dumps(
            {
                "index_rss_mb": rss_at_index_end[0],
                "peak_rss_mb": peak_rss_mb(),
                "index_seconds": last[0] - started,
                "total_seconds": total,
                "indexed": service.store.count_messages(),
                "problem": problem,
            },
        ),
    )


# --- the run ------------------------------------------------------------------------------


def measure_first_run(
    server: DovecotServer,
    args: argparse.Namespace,
    work: Path,
    rows: list[tuple[str, str, str]],
) -> float:
    """Floor, first-run index and naive parse on one mailbox; return its load time."""
    user = server.new_user("first")
    started = time.perf_counter()
    server.multi_append(user, generate(args.messages))
    load = time.perf_counter() - started
    print(f"loaded {args.messages} messages by MULTIAPPEND in {load:.1f} s", file=sys.stderr)
    bare = min(floor(server, user) for _ in range(3))
    rows.append(("floor: imaplib UID FETCH 1:* header fields", f"{bare:.2f} s", "1.00x"))
    index, total, count = first_run(server, user, work / "first")
    if count != args.messages:
        raise RuntimeError(f"indexed {count} of {args.messages}")
    rows.append(("silence-watch first-run index (fetch+parse+store)", f"{index:.2f} s",
                 f"{index / bare:.2f}x"))
    rows.append(("  ... including classify + match of every message", f"{total:.2f} s",
                 f"{total / bare:.2f}x"))
    naive_user = user
    if args.naive_limit:
        naive_user = server.new_user("naive")
        server.multi_append(naive_user, generate(args.naive_limit))
    slow = naive(server, naive_user) * args.messages / (args.naive_limit or args.messages)
    note = f"{slow / bare:.2f}x (silence-watch index {slow / index:.1f}x faster)"
    rows.append(("naive: UID FETCH BODY[] + mail-parser per message", f"{slow:.2f} s", note))
    return load


def measure_sizes(
    server: DovecotServer,
    args: argparse.Namespace,
    work: Path,
    rows: list[tuple[str, str, str]],
) -> None:
    """Steady-state polls and peak RSS of indexing, at the small and the large size."""
    sizes = [args.small, *([args.large] if args.large else [])]
    polls: dict[int, float] = {}
    for size in sizes:
        user = server.new_user(f"steady{size}")
        server.multi_append(user, generate(size, seed=5))
        state = work / f"steady{size}"
        state.mkdir()
        child = subprocess.run(
            [sys.executable, __file__, "--child-server", f"{server.host}:{server.imap_port}",
             "--child-user", user, "--child-state", str(state)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        result = json.loads(child.stdout)
        seconds, commands = steady(server, user, state)
        polls[size] = seconds
        note = f"{commands:.0f} IMAP commands ({commands / 2:.0f} per folder)"
        rows.append((f"steady poll, nothing new, {size:,} messages",
                     f"{seconds * 1000:.2f} ms", note))
        note = (f"index {result['index_seconds']:.1f} s; whole sync "
                f"{result['total_seconds']:.1f} s {result['problem']}").strip()
        rows.append((f"peak RSS indexing {size:,} messages (child process)",
                     f"{result['index_rss_mb']:.0f} MB", note))
    if args.large:
        ratio = polls[args.large] / polls[args.small]
        rows.append((f"steady poll {args.large:,} / {args.small:,}", f"{ratio:.2f}x", ""))


def main() -> None:
    """Run every measurement and print the Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000, help="first-run mailbox size")
    parser.add_argument("--small", type=int, default=1000, help="steady-state small size")
    parser.add_argument("--large", type=int, default=0, help="steady-state/RSS large size")
    parser.add_argument("--push-samples", type=int, default=20)
    parser.add_argument("--skip-first-run", action="store_true", help="only steady/RSS/push")
    parser.add_argument("--naive-limit", type=int, default=0, help="0: the whole mailbox")
    parser.add_argument("--child-server", help=argparse.SUPPRESS)
    parser.add_argument("--child-user", help=argparse.SUPPRESS)
    parser.add_argument("--child-state", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_server:
        peak_rss_child(args)
        return
    rows: list[tuple[str, str, str]] = []
    with DovecotServer() as server, tempfile.TemporaryDirectory() as tmp:
        load = 0.0 if args.skip_first_run else measure_first_run(server, args, Path(tmp), rows)
        measure_sizes(server, args, Path(tmp), rows)
        if args.push_samples:
            latencies = sorted(push_latency(server, args.push_samples))
            p95 = latencies[max(0, int(len(latencies) * 0.95 + 0.5) - 1)]
            p50 = statistics.median(latencies)
            rows.append(("push: APPEND -> indexed via IDLE, p50 / p95",
                         f"{p50:.2f} / {p95:.2f} s", f"{len(latencies)} samples"))
    print(f"Machine: {machine()}; first-run mailbox {args.messages:,} messages, "
          f"loaded by MULTIAPPEND in {load:.1f} s\n")
    print("| measurement | result | ratio / notes |\n|---|---|---|")
    for name, value, note in rows:
        print(f"| {name} | {value} | {note} |")


if __name__ == "__main__":
    main()
