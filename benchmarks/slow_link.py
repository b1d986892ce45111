"""The first sync and the steady poll over a slow link: 50 ms round trips, as to a provider.

Creates (and removes) two network namespaces joined by a veth pair, with loopback-range
addresses on it (127.77.0.1 for the server, 127.77.0.2 for the client: plain IMAP is
only allowed to loopback addresses), and delays every packet by ``--delay-ms`` (25 ms)
each way with ``tc netem``. Dovecot runs in the server namespace; everything measured
runs in the client namespace:

- floor: a bare imaplib ``UID FETCH 1:*`` of the index's header fields, whole process;
- ``silence-watch run --once`` on a fresh state (the first sync), whole process;
- the steady poll: IMAP commands (each one round trip) and time per watched folder;
- ``run --once`` again with nothing new, whole process.

Root only. Where the kernel has no netem (``Specified qdisc kind is unknown``), the same
delay is put on the link by a relay in the client namespace that holds every chunk of
bytes for the delay in each direction (``--relay`` forces it); the table says which.
The relay adds latency only: TCP's slow start over a long link is not reproduced.

Usage: ``sudo python benchmarks/slow_link.py --messages 20000 --interviews 16``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from mailgen import config_text, generate
from process_bench import FIELDS, FLOOR, console_script, whole

if TYPE_CHECKING:
    from collections.abc import Iterator

SERVER_ADDRESS = "127.77.0.1"
CLIENT_ADDRESS = "127.77.0.2"


# --- the link ---------------------------------------------------------------------------


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@contextlib.contextmanager
def namespaces(delay_ms: int, *, relay: bool) -> Iterator[tuple[str, str, str]]:
    """Server and client namespaces on a veth pair; yields their names and the delay mode."""
    tag = f"swb{os.getpid() % 100000}"
    server, client = f"{tag}s", f"{tag}c"
    try:
        _ip("netns", "add", server)
        _ip("netns", "add", client)
        _ip("link", "add", f"{tag}a", "type", "veth", "peer", "name", f"{tag}b")
        _ip("link", "set", f"{tag}a", "netns", server)
        _ip("link", "set", f"{tag}b", "netns", client)
        for space, device, mine, peer in (
            (server, f"{tag}a", SERVER_ADDRESS, CLIENT_ADDRESS),
            (client, f"{tag}b", CLIENT_ADDRESS, SERVER_ADDRESS),
        ):
            for key in ("all", device):
                subprocess.run(
                    ["ip", "netns", "exec", space, "sysctl", "-qw",
                     f"net.ipv4.conf.{key}.route_localnet=1"],
                    check=True,
                )  # fmt: skip
            _ip("-n", space, "link", "set", "lo", "up")
            _ip("-n", space, "addr", "add", f"{mine}/30", "dev", device)
            _ip("-n", space, "link", "set", device, "up")
            # 127/8 is local to lo: the peer's address goes out through the veth instead.
            _ip("-n", space, "route", "add", f"{peer}/32", "dev", device, "table", "local")
        mode = "user-space relay" if relay else "tc netem"
        if not relay:
            for space, device in ((server, f"{tag}a"), (client, f"{tag}b")):
                done = subprocess.run(
                    ["tc", "-n", space, "qdisc", "add", "dev", device, "root", "netem",
                     "delay", f"{delay_ms}ms"],
                    capture_output=True, text=True, check=False,
                )  # fmt: skip
                if done.returncode != 0:
                    mode = f"user-space relay (netem: {done.stderr.strip()})"
                    break
        yield server, client, mode
    finally:
        for space in (server, client):
            subprocess.run(["ip", "netns", "del", space], capture_output=True, check=False)


class DelayRelay:
    """Forwards TCP connections to ``target``, holding each chunk ``delay`` seconds each way."""

    def __init__(self, target: tuple[str, int], delay: float) -> None:
        """Nothing listens until ``start``."""
        self.target = target
        self.delay = delay
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()

    def start(self) -> int:
        """Listen on 127.0.0.1 in a thread; return the port."""
        threading.Thread(target=self._loop.run_forever, daemon=True).start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = future.result(10)
        return self.port

    async def _listen(self) -> int:
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(server.sockets[0].getsockname()[1])

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def send() -> None:
            while True:
                due, data = await queue.get()
                await asyncio.sleep(max(0.0, due - self._loop.time()))
                if not data:
                    writer.close()
                    return
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(send())
        while True:
            data = await reader.read(1 << 16)
            await queue.put((self._loop.time() + self.delay, data))
            if not data:
                break
        await sender


# --- the two sides --------------------------------------------------------------------------


def serve(args: argparse.Namespace) -> None:
    """In the server namespace: Dovecot with the generated mailbox, until stdin closes."""
    from support.dovecot import DovecotServer  # noqa: PLC0415 - the server side only

    server = DovecotServer()
    server.host = SERVER_ADDRESS
    with server:
        user = server.new_user("slow")
        server.multi_append(user, generate(args.messages))
        print(json.dumps({"port": server.imap_port, "user": user, "password": server.password}),
              flush=True)  # fmt: skip
        sys.stdin.read()


def measure(args: argparse.Namespace) -> None:
    """In the client namespace: every measurement, printed as one JSON document."""
    from silence_watch.config import MailboxConfig  # noqa: PLC0415 - the client side only
    from silence_watch.mailbox.imap import ImapMailbox  # noqa: PLC0415
    from silence_watch.store import Store  # noqa: PLC0415

    host, port = SERVER_ADDRESS, args.port
    if args.relay_delay_ms:
        relay = DelayRelay((SERVER_ADDRESS, args.port), args.relay_delay_ms / 1000)
        host, port = "127.0.0.1", relay.start()
    account = [host, str(port), args.user, args.password]
    result: dict[str, float | str] = {}
    floors = [whole([sys.executable, "-c", FLOOR, *account, FIELDS]) for _ in range(3)]
    floor = min(floors, key=lambda run: run.wall)
    result["floor"], result["floor_fetch"] = floor.wall, float(floor.out)
    work = Path(args.work)
    config = work / "config.yaml"
    config.write_text(
        config_text(host=host, port=port, user=args.user, password=args.password,
                    state_dir=str(work / "state"), interviews=args.interviews),
        encoding="utf-8",
    )  # fmt: skip
    sw = [*console_script(), "--config", str(config)]
    first = whole([*sw, "run", "--once"])
    result.update(first=first.wall, first_cpu=first.cpu, first_out=first.out.splitlines()[0])
    steady = sorted(whole([*sw, "run", "--once"]).wall for _ in range(5))
    result["steady_run"] = statistics.median(steady)
    mailbox = ImapMailbox(
        MailboxConfig(host=host, port=port, security="plain", username=args.user, timeout=60),
        args.password,
    )
    store = Store.open(work / "state")
    folders = mailbox.watched_folders()
    started, before = time.perf_counter(), mailbox.commands_sent
    mailbox.noop()
    result["rtt"] = time.perf_counter() - started
    times = []
    before = mailbox.commands_sent
    for _ in range(10):
        started = time.perf_counter()
        for folder in folders:
            for batch in mailbox.poll(folder, store.cursor(mailbox.name, folder), ()):
                if batch.messages:
                    raise RuntimeError("the steady poll found new mail")
        times.append(time.perf_counter() - started)
    result["poll_commands_per_folder"] = (mailbox.commands_sent - before) / 10 / len(folders)
    result["poll"] = statistics.median(times)
    result["folders"] = len(folders)
    mailbox.close()
    store.close()
    print(json.dumps(result))


def main() -> None:
    """Build the link, run both sides, print the Markdown table, remove the link."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--interviews", type=int, default=16)
    parser.add_argument("--delay-ms", type=int, default=25, help="each way")
    parser.add_argument("--relay", action="store_true", help="delay by relay, not netem")
    for hidden in ("--serve", "--measure"):
        parser.add_argument(hidden, action="store_true", help=argparse.SUPPRESS)
    for hidden in ("--port", "--relay-delay-ms"):
        parser.add_argument(hidden, type=int, default=0, help=argparse.SUPPRESS)
    for hidden in ("--user", "--password", "--work"):
        parser.add_argument(hidden, default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args)
        return
    if args.measure:
        measure(args)
        return
    if os.geteuid() != 0:
        sys.exit("slow_link.py creates network namespaces: run it as root")
    me = [sys.executable, __file__, "--messages", str(args.messages)]
    with namespaces(args.delay_ms, relay=args.relay) as (server_ns, client_ns, mode):
        serving = subprocess.Popen(
            ["ip", "netns", "exec", server_ns, *me, "--serve"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert serving.stdout is not None  # noqa: S101 - set by Popen above
            account = json.loads(serving.stdout.readline())
            relay_ms = args.delay_ms if mode.startswith("user-space") else 0
            with tempfile.TemporaryDirectory() as work:
                Path(work).chmod(0o755)
                done = subprocess.run(
                    ["ip", "netns", "exec", client_ns, *me, "--measure",
                     "--interviews", str(args.interviews), "--port", str(account["port"]),
                     "--user", account["user"], "--password", account["password"],
                     "--work", work, "--relay-delay-ms", str(relay_ms)],
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
        finally:
            if serving.stdin is not None:
                serving.stdin.close()
            serving.wait(60)
    found = json.loads(done.stdout.splitlines()[-1])
    floor = found["floor"]
    print(f"Link: {args.delay_ms} ms each way by {mode}; measured NOOP round trip "
          f"{found['rtt'] * 1000:.0f} ms; {args.messages:,} messages, "
          f"{args.interviews} interviews\n")  # fmt: skip
    print("| measurement over the link | result | notes | ratio to the floor |")
    print("|---|---|---|---|")
    print(f"| floor: bare imaplib header fetch, whole process | {floor:.2f} s | the FETCH "
          f"itself {found['floor_fetch']:.2f} s | 1.00x |")
    print(f"| silence-watch run --once, fresh state | {found['first']:.2f} s | CPU "
          f"{found['first_cpu']:.2f} s; {found['first_out']} | {found['first'] / floor:.1f}x |")
    print(f"| steady poll, nothing new | {found['poll'] * 1000:.0f} ms | "
          f"{found['poll_commands_per_folder']:.0f} IMAP command(s) per folder, "
          f"{found['folders']} folders | |")
    print(f"| run --once again, nothing new (median of 5) | {found['steady_run']:.2f} s | | |")


if __name__ == "__main__":
    main()
