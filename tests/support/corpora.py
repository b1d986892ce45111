"""Where the shared real-world corpora are: found from the project root, never copied in.

``$SILENCE_WATCH_CORPORA`` names the folder when it is elsewhere; otherwise the first
``shared/corpora`` beside the project root or beside one of its parents is used (a
checkout, a worktree and CI's fresh clone each have one there). Tests skip, with the
path they looked at, when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The project root (the folder holding pyproject.toml)."""

ENV = "SILENCE_WATCH_CORPORA"


def corpora_dir(environ: dict[str, str] | None = None) -> Path:
    """The ``corpora`` folder: ``$SILENCE_WATCH_CORPORA``, else the nearest ``shared/corpora``."""
    env = dict(os.environ) if environ is None else environ
    if env.get(ENV):
        return Path(env[ENV]).expanduser()
    for base in (ROOT, *ROOT.parents):
        candidate = base / "shared" / "corpora"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "corpora"


def corpus(*parts: str) -> Path:
    """A folder inside the corpora, such as ``corpus("sisimai", "eml")``."""
    return corpora_dir().joinpath(*parts)
