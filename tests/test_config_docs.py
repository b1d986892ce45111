"""docs/configuration.md and `config schema` both come from the config model, and stay current."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from support.cli import run_cli

if TYPE_CHECKING:
    from types import ModuleType

    import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "gen_config_docs.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_config_docs", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_configuration_doc_is_current() -> None:
    """docs/configuration.md equals what the script renders now (else: run the script)."""
    rendered = _generator().render()
    current = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert current == rendered, "docs/configuration.md is stale: run scripts/gen_config_docs.py"


def test_configuration_doc_covers_every_section() -> None:
    """Every top-level key of the model has its line, and sections their own heading."""
    rendered = _generator().render()
    for key in ("me", "mailbox", "smtp", "digest", "daemon", "interviews"):
        assert f"| `{key}` |" in rendered
    assert "## `interviews[].contacts[]`" in rendered
    assert "| `sync_interval` | number | `300.0` |" in rendered


def test_config_schema_prints_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`config schema` prints one JSON Schema document with every section and no extras."""
    outcome = run_cli(capsys, "config", "schema")
    assert outcome.code == 0
    schema = outcome.json()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"me", "mailbox", "daemon", "interviews"} <= set(schema["properties"])
    assert schema["required"] == ["me", "mailbox"]
    assert schema["$defs"]["DaemonConfig"]["additionalProperties"] is False
