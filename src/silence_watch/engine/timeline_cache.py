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
from typing import TYPE_CHECKING, Any, Final

from silence_watch.config.snapshot import code_stamp
from silence_watch.core.model import TimelineEntry

if TYPE_CHECKING:
    from collections.abc import Callable

    from silence_watch.store import Store

Timelines = dict[int, list[TimelineEntry]]

#: An entry as the plain values of its fields, in order (``TimelineEntry(*values)``).
_VALUES: Final = attrgetter(*(f.name for f in fields(TimelineEntry)))


def _builder() -> Callable[[list[tuple[Any, ...]]], list[TimelineEntry]]:
    """A function that turns rows of field values into entries, without the frozen ``__init__``.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``: 31
    calls that look the field up by name, for each of 12,662 entries at 100,000 messages
    (34 ms of every ``status``). The builder makes each entry with ``object.__new__`` and
    sets its slots through their descriptors, found once: the same entries (equal, frozen,
    every field set) in half the time. A field added to ``TimelineEntry`` is in the
    function, made from ``fields``; an entry with a ``__post_init__`` is built the usual way.
    A row of another length is refused (``TypeError``, as ``__init__`` would): read afresh.
    """
    names = [f.name for f in fields(TimelineEntry)]
    if hasattr(TimelineEntry, "__post_init__"):
        return lambda rows: [TimelineEntry(*values) for values in rows]
    setters = {f"set_{index}": getattr(TimelineEntry, name).__set__
               for index, name in enumerate(names)}  # fmt: skip
    arguments = ", ".join(f"{setter}={setter}" for setter in setters)
    body = "".join(f"        set_{index}(entry, values[{index}])\n" for index in range(len(names)))
    source = (
        f"def build(rows, new=object.__new__, cls=TimelineEntry, {arguments}):\n"
        "    entries = []\n"
        "    for values in rows:\n"
        f"        if len(values) != {len(names)}:\n"
        "            raise TypeError('a kept entry of another shape')\n"
        "        entry = new(cls)\n"
        f"{body}"
        "        entries.append(entry)\n"
        "    return entries\n"
    )
    namespace: dict[str, Any] = {"TimelineEntry": TimelineEntry, **setters}
    exec(source, namespace)  # noqa: S102 - our own text, made from the dataclass's fields
    return namespace["build"]  # type: ignore[no-any-return]


#: Rows of field values (each as ``_VALUES`` gives them) as entries.
_build: Final = _builder()

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
        return {int(pid): _build(rows) for pid, rows in kept.items()}
    except (pickle.UnpicklingError, zlib.error, EOFError, TypeError, ValueError, AttributeError):
        return None
    finally:
        if collecting:
            gc.enable()


def keep_timelines(store: Store, generation: int, key: str, timelines: Timelines) -> None:
    """Keep ``timelines`` if mail and corrections are still at ``generation`` (asked before)."""
    plain = {pid: [_VALUES(entry) for entry in rows] for pid, rows in timelines.items()}
    store.keep_timelines(generation, key, zlib.compress(pickle.dumps(plain, protocol=5), 1))
