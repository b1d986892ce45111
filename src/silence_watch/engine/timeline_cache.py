"""The processes' timelines kept between runs: read from the rows once, then as kept (shell).

``engine.decisions.process_timelines`` turns every timeline row of every process into an
entry and reads each timeline's sides, its retractions and what a sibling application's
mail means for it: 0.2 s of a 0.3 s ``status`` at 100,000 messages and 50 processes, and
of every idle cycle, for a result that only changes with mail and corrections. It is kept
in the state (``store.caches``): mail and corrections drop it as they change (triggers),
and it is keyed by everything else it is made of, so that it is used only where it is
the same: the code (every module's file, by size and modification time:
``config.snapshot.code_stamp``, which keys the kept settings too), the threshold
of unsure readings, and the processes and rounds as stored.
"""

from __future__ import annotations

import gc
import hashlib
import io
import pickle
import zlib
from dataclasses import fields
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from silence_watch.config.snapshot import code_stamp
from silence_watch.core.model import TimelineEntry

if TYPE_CHECKING:
    from silence_watch.store import Store

Timelines = dict[int, list[TimelineEntry]]

#: An entry as the plain values of its fields, in order (``TimelineEntry(*values)``).
_VALUES: Final = attrgetter(*(f.name for f in fields(TimelineEntry)))

#: All a kept timeline holds besides plain values; nothing else is ever loaded from it.
_ALLOWED: Final = frozenset({
    ("datetime", "datetime"), ("datetime", "date"), ("datetime", "timezone"),
    ("datetime", "timedelta"), ("silence_watch.core.model", "Direction"),
    ("silence_watch.core.model", "MessageKind"), ("silence_watch.core.model", "Intent"),
})  # fmt: skip


class _Entries(pickle.Unpickler):
    """Loads entries' values and refuses any other kind of object."""

    def find_class(self, module: str, name: str) -> type:
        """The class ``module.name`` names, if a kept timeline may hold it."""
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a kept timeline")
        return super().find_class(module, name)  # type: ignore[no-any-return]


def timeline_key(store: Store, unsure_below: float) -> str:
    """What the kept timelines must have been made from to stand for the state's now."""
    made_of = f"{code_stamp()}|{unsure_below!r}|{store.rounds_fingerprint()}"
    return hashlib.sha256(made_of.encode()).hexdigest()


def kept_timelines(store: Store, key: str) -> Timelines | None:
    """The timelines kept under ``key``, or None (none kept, or not readable: read afresh)."""
    data = store.kept_timelines(key)
    if data is None:
        return None
    collecting = gc.isenabled()
    gc.disable()  # ~25,000 new objects, none of them garbage: no collection passes meanwhile
    try:
        kept = _Entries(io.BytesIO(zlib.decompress(data))).load()
        return {int(pid): [TimelineEntry(*values) for values in rows] for pid, rows in kept.items()}
    except (pickle.UnpicklingError, zlib.error, EOFError, TypeError, ValueError, AttributeError):
        return None
    finally:
        if collecting:
            gc.enable()


def keep_timelines(store: Store, generation: int, key: str, timelines: Timelines) -> None:
    """Keep ``timelines`` if mail and corrections are still at ``generation`` (asked before)."""
    plain = {pid: [_VALUES(entry) for entry in rows] for pid, rows in timelines.items()}
    store.keep_timelines(generation, key, zlib.compress(pickle.dumps(plain, protocol=5), 1))
