"""The settings kept as validated, so that a start with an unchanged file skips pydantic.

Validating the file means importing pydantic and building the settings' models: ~0.07 s
of every command's start. Once a file has validated, its values are kept in the state
folder (``settings.snapshot.json``, mode 0600), keyed by the file's text and the code
(every module's name, size and modification time: ``code_stamp``). A later start whose
file has that same text reads them back into ``config.plain``'s dataclasses instead.

Only a file that validated is ever kept, so a broken one is always validated again and
reported in the same words. Nothing is kept when a ``SILENCE_WATCH_<KEY>`` variable
overrides the file, and nothing is read back then either. Secrets are not kept: the
snapshot marks where one was, and it is taken from the file's own YAML again, which is the
same text. A snapshot is kept only when reading it back gives the same values, of the same
types, as the validation did (a time written as a quoted string keeps pydantic's own zone
type: such a file is simply validated every time).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import yaml

from silence_watch.config import plain
from silence_watch.config.files import (
    default_config_path,
    default_state_dir,
    load_yaml,
    overridden_by_environment,
    read_config_text,
    state_dir_of,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from silence_watch.config.settings import Settings

SNAPSHOT_FILE = "settings.snapshot.json"
_SECRET = "$secret"  # noqa: S105 - the mark of a secret left out, no secret


class _NotKeptError(ValueError):
    """A value the snapshot cannot stand for, or a snapshot that does not fit the file."""


@functools.cache
def code_stamp() -> str:
    """The package's modules by name, size and modification time: another code, another key."""
    root = str(Path(__file__).resolve().parents[1])
    lines = []
    # os.scandir and plain strings: Path objects (rglob, sorting them) cost every command
    # several milliseconds over ~300 files.
    folders = [root]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                    folders.append(entry.path)
                elif entry.name.endswith(".py") and entry.is_file():
                    info = entry.stat()
                    name = entry.path[len(root) + 1 :]
                    lines.append(f"{name}|{info.st_size}|{info.st_mtime_ns}\n")
    return hashlib.sha256("".join(sorted(lines)).encode()).hexdigest()


def load_settings(path: Path | None = None, *, keep: bool = True) -> Settings:
    """Read and validate the configuration; ``ConfigError`` holds one line per problem.

    A file whose very text validated before (and no ``SILENCE_WATCH_<KEY>`` variable) is
    read back from its snapshot, as ``config.plain``'s dataclasses: every value and
    property the code reads, without importing pydantic. ``keep``: False for a preview
    that keeps nothing (``run --once --dry-run``): no snapshot is written.
    """
    config_path = path if path is not None else default_config_path()
    text = read_config_text(config_path)
    data: Any = None
    if not overridden_by_environment(os.environ):
        try:
            data = load_yaml(text)
        except yaml.YAMLError:
            data = None  # validation says what is wrong, in its own words
        if isinstance(data, dict):
            kept = read_snapshot(text, data)
            if kept is not None:
                return cast("Settings", kept)  # the same fields and properties, as plain data
    from silence_watch.config.loading import parse_settings  # noqa: PLC0415 - pydantic: ~0.07 s

    settings = parse_settings(text, source=str(config_path))
    if keep and isinstance(data, dict):
        keep_snapshot(text, data, settings)
    return settings


def snapshot_key(text: str) -> str:
    """What a kept snapshot must have been made from to stand for ``text``."""
    made_of = f"{code_stamp()}|{sys.version}|{text}"
    return hashlib.sha256(made_of.encode()).hexdigest()


def snapshot_folder(data: Mapping[str, Any]) -> Path | None:
    """The state folder the file's raw ``state_dir`` names (None: not a plain path)."""
    raw = data.get("state_dir")
    if raw is None:
        return default_state_dir()
    if isinstance(raw, str) and raw:
        return Path(raw).expanduser()
    return None


def read_snapshot(text: str, data: Mapping[str, Any]) -> plain.Settings | None:
    """The settings kept for this very ``text`` (its parsed YAML: ``data``), or None."""
    folder = snapshot_folder(data)
    if folder is None:
        return None
    try:
        document = json.loads((folder / SNAPSHOT_FILE).read_bytes())
        if document["key"] != snapshot_key(text):
            return None
        settings = _decode(document["settings"], data, ())
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
    if not isinstance(settings, plain.Settings) or state_dir_of(settings) != folder:  # type: ignore[arg-type]
        return None
    return settings


def keep_snapshot(text: str, data: Mapping[str, Any], settings: object) -> None:
    """Keep the validated ``settings`` of ``text`` in its state folder, if that exists.

    Kept only when reading it back gives the same values as ``settings``; any failure to
    write leaves things as they were (the next start validates again).
    """
    folder = snapshot_folder(data)
    if folder is None or not folder.is_dir():
        return
    try:
        encoded = _encode(settings)
        if _canon(_decode(encoded, data, ())) != _canon(settings):
            return
    except (ValueError, KeyError, TypeError, IndexError):
        return
    document = json.dumps({"key": snapshot_key(text), "settings": encoded}, sort_keys=True)
    target = folder / SNAPSHOT_FILE
    with contextlib.suppress(OSError):
        if target.read_text(encoding="utf-8") == document:
            return
    import tempfile  # noqa: PLC0415 - only a new snapshot is written; its imports cost ~2 ms

    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".settings.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(document)
        Path(temporary).replace(target)
    except OSError:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()


#: How a leaf of each type is written: its tag and its text.
_LEAVES: tuple[tuple[type, str], ...] = (
    (Path, "$path"), (datetime, "$datetime"), (date, "$date"),  # a datetime is a date: first
)  # fmt: skip


def _encode(value: object) -> Any:  # noqa: ANN401 - JSON
    """``value`` (a validated model or one of its values) as JSON, secrets left out."""
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        name = type(value).__name__
        if name not in plain.SECTIONS:
            raise _NotKeptError(name)
        return {"$": name, **{key: _encode(getattr(value, key)) for key in fields}}
    if hasattr(value, "get_secret_value"):
        return {_SECRET: True}
    for kind, tag in _LEAVES:
        if isinstance(value, kind):
            return {tag: value.isoformat() if isinstance(value, date) else str(value)}
    if isinstance(value, (tuple, list)):
        items = [_encode(item) for item in value]
        return {"$tuple": items} if isinstance(value, tuple) else items
    if value is None or type(value) in {bool, int, float, str}:
        return value
    raise _NotKeptError(type(value).__name__)


_TAGS: dict[str, Callable[[str], object]] = {
    "$path": Path,
    "$datetime": datetime.fromisoformat,
    "$date": date.fromisoformat,
}


def _decode(value: Any, data: Any, where: tuple[str | int, ...]) -> Any:  # noqa: ANN401 - JSON
    """The plain value ``value`` encodes; a secret from the file's YAML (``data``) at ``where``."""
    if isinstance(value, list):
        return [_decode(item, data, (*where, n)) for n, item in enumerate(value)]
    if not isinstance(value, dict):
        return value
    if "$" in value:
        kind = plain.SECTIONS[value["$"]]
        return kind(**{
            name: _decode(item, data, (*where, name)) for name, item in value.items() if name != "$"
        })  # fmt: skip
    if _SECRET in value:
        raw = data
        for part in where:
            raw = raw[part]
        if not isinstance(raw, str):
            raise _NotKeptError("a secret that is not text")
        return plain.PlainSecret(raw)
    if "$tuple" in value:
        return tuple(_decode(item, data, (*where, n)) for n, item in enumerate(value["$tuple"]))
    (tag, text), = value.items()
    return _TAGS[tag](text)


def _canon(value: object) -> object:
    """``value`` as comparable plain terms: each section's kind and fields, each leaf's repr."""
    fields = getattr(type(value), "model_fields", None)
    fields = fields if fields is not None else getattr(value, "__dataclass_fields__", None)
    if fields is not None:
        parts = tuple((name, _canon(getattr(value, name))) for name in fields)
        return (type(value).__name__, parts)
    if hasattr(value, "get_secret_value"):
        return ("secret", value.get_secret_value())
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_canon(item) for item in value))
    return (type(value).__name__, repr(value))
