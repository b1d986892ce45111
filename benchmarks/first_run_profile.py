"""Where a first sync's time goes: wall and CPU per step, measured around the real calls.

Runs one first sync in this process against a private Dovecot with a generated mailbox
(``mailgen``) and times, without a profiler's overhead, each step the engine takes:
fetching header blocks, parsing them, storing them, the verdict of headers, matching,
fetching whole messages, reading them (parse + classify), threading the leftovers, and
what is left (SQL, bookkeeping). With ``--cprofile`` it also prints the classifier's
own hot spots (with cProfile's overhead: shares, not seconds).

Usage: ``python benchmarks/first_run_profile.py --messages 20000 --interviews 16``.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import silence_watch.core.classify as classify_module
import silence_watch.engine.indexing as indexing_module
import silence_watch.engine.understanding as understanding_module
from mailgen import config_text, generate
from silence_watch.config import parse_settings
from silence_watch.engine.service import Service
from silence_watch.mailbox import imap as imap_module
from silence_watch.mailbox.opening import open_mailbox
from silence_watch.store import Store
from support.dovecot import DovecotServer

if TYPE_CHECKING:
    from collections.abc import Callable

SPENT: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, adding its wall and CPU seconds and calls to ``SPENT[name]``."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - any function
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name][0] += time.perf_counter() - started
            SPENT[name][1] += time.process_time() - cpu
            SPENT[name][2] += 1

    return wrapper


#: Where each step is called from: (module, the name it calls, the step).
STEPS: tuple[tuple[Any, str, str], ...] = (
    (imap_module, "fetch_headers", "IMAP: UID FETCH of header blocks and whole messages"),
    (imap_module, "sizes_of", "IMAP: UID FETCH of sizes"),
    (indexing_module, "parse_headers", "index: parse header blocks"),
    (understanding_module, "match_message", "understand: match (every message)"),
    (understanding_module, "parse_message", "understand: parse whole messages"),
    (understanding_module, "thread_messages", "understand: thread the leftovers"),
)


def instrument() -> None:
    """Wrap the calls each step is made of, where the engine and the adapter call them."""
    for module, attribute, step in STEPS:
        setattr(module, attribute, timed(step, getattr(module, attribute)))
    classify = classify_module.classify_message
    headers = timed("understand: classify by headers (unmatched mail)", classify)
    bodies = timed("understand: classify whole messages (the classifier)", classify)

    def either(message: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - a Message, a Classification
        read = message.body is None and not message.parts
        return headers(message, *args, **kwargs) if read else bodies(message, *args, **kwargs)

    classify_module.classify_message = either  # understanding imports it when it reads


def main() -> None:
    """Load a mailbox, run one first sync with the steps timed, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--interviews", type=int, default=16)
    parser.add_argument("--cprofile", action="store_true", help="the classifier's hot spots")
    args = parser.parse_args()
    with DovecotServer() as server, tempfile.TemporaryDirectory() as tmp:
        user = server.new_user("profile")
        server.multi_append(user, generate(args.messages))
        text = config_text(host=server.host, port=server.imap_port, user=user,
                           password=server.password, state_dir=f"{tmp}/state",
                           interviews=args.interviews)  # fmt: skip
        settings = parse_settings(text)
        service = Service(settings, Store.open(Path(tmp) / "state"), {})
        now = datetime.now(UTC)
        service.sync_interviews(now)
        mailbox = open_mailbox(settings)
        instrument()
        profiler = cProfile.Profile() if args.cprofile else None
        started, cpu = time.perf_counter(), time.process_time()
        report, new = service.index_mailbox(mailbox, now)
        indexed = time.perf_counter() - started, time.process_time() - cpu
        if profiler is not None:
            profiler.enable()
        matched = service.understand(mailbox, new, now)
        if profiler is not None:
            profiler.disable()
        total = time.perf_counter() - started, time.process_time() - cpu
        mailbox.close()
    print(f"{report.indexed:,} messages indexed, {matched:,} matched; index {indexed[0]:.2f} s"
          f" wall / {indexed[1]:.2f} s CPU; index + understand {total[0]:.2f} s wall / "
          f"{total[1]:.2f} s CPU\n")  # fmt: skip
    print("| step | calls | wall | CPU | share of the CPU |\n|---|---|---|---|---|")
    for name, (wall, spent, calls) in sorted(SPENT.items(), key=lambda item: -item[1][1]):
        print(f"| {name} | {calls:,} | {wall:.2f} s | {spent:.2f} s | "
              f"{spent / total[1]:.0%} |")  # fmt: skip
    if profiler is not None:
        stats = pstats.Stats(profiler)
        print()
        stats.sort_stats("cumulative").print_stats(r"silence_watch/core", 25)


if __name__ == "__main__":
    main()
