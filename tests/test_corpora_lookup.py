"""The shared corpora are found from the project root wherever the checkout lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from support import corpora

if TYPE_CHECKING:
    from pathlib import Path


def test_the_environment_names_the_corpora(tmp_path: Path) -> None:
    """$SILENCE_WATCH_CORPORA wins over any folder found by looking around."""
    assert corpora.corpora_dir({corpora.ENV: str(tmp_path)}) == tmp_path


def test_the_corpora_beside_the_checkout_are_found() -> None:
    """Without the variable the lookup finds a real shared/corpora beside the root or above it."""
    found = corpora.corpora_dir({})
    assert found.name == "corpora"
    assert found.parent.name == "shared"
    assert corpora.ROOT.is_relative_to(found.parent.parent)
    assert (corpora.ROOT / "pyproject.toml").is_file()
