"""docs/configuration.md and `config schema` both come from the config model, and stay current."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from support.cli import run_cli

if TYPE_CHECKING:
    from types import ModuleType

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
    assert "| `sync_interval` | number | `300` | Seconds between polls" in rendered


def test_every_key_has_a_meaning_and_a_yaml_type() -> None:
    """No empty meaning cell and no Python type name (str, int, Literal, None) in the tables."""
    rendered = _generator().render()
    rows = [line for line in rendered.splitlines() if line.startswith("| `")]
    assert len(rows) > 60
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert len(cells) == 4, row
        key, kind, _default, meaning = cells
        assert meaning, f"{key} has no meaning"
        assert not any(word in kind for word in ("str", "int", "Literal", "None", "Path")), row
    assert "| `window_days` | list of one of `mon`," in rendered
    assert '| `at` | text | `"08:00"` |' in rendered


def test_a_field_without_a_description_stops_the_generator() -> None:
    """The generator refuses a key whose meaning would be empty, naming the field."""
    from pydantic import BaseModel, Field  # noqa: PLC0415 - a model made for this test

    class Bare(BaseModel):
        described: int = Field(default=1, description="Has one.")
        bare: int = 2

    generator = _generator()
    assert generator.meaning("described", Bare.model_fields["described"], Bare) == "Has one."
    with pytest.raises(SystemExit, match=r"Bare\.bare has no description"):
        generator.meaning("bare", Bare.model_fields["bare"], Bare)


def test_config_schema_prints_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`config schema` prints one JSON Schema document with every section and no extras."""
    outcome = run_cli(capsys, "config", "schema")
    assert outcome.code == 0
    schema = outcome.json()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"me", "mailbox", "daemon", "interviews"} <= set(schema["properties"])
    assert schema["required"] == ["me", "mailbox"]
    assert schema["$defs"]["DaemonConfig"]["additionalProperties"] is False
