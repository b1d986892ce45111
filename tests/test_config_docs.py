"""docs/configuration.md and `config schema` both come from the config model, and stay current."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

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


def _strings_for_timestamps(loader: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """A loader that keeps dates as the strings an editor's schema check sees."""

    class Loader(loader):  # type: ignore[valid-type,misc]
        pass

    Loader.yaml_implicit_resolvers = {
        key: [r for r in rules if r[0] != "tag:yaml.org,2002:timestamp"]
        for key, rules in loader.yaml_implicit_resolvers.items()
    }
    return Loader


def schema_problems(  # noqa: C901, PLR0912 - one branch per keyword
    value: Any, schema: dict[str, Any], root: dict[str, Any], at: str = ""
) -> list[str]:
    """Check ``value`` against the JSON Schema keywords `config schema` uses (no jsonschema)."""
    if "$ref" in schema:
        name = schema["$ref"].rpartition("/")[2]
        return schema_problems(value, root["$defs"][name], root, at)
    if "anyOf" in schema:
        if any(not schema_problems(value, option, root, at) for option in schema["anyOf"]):
            return []
        return [f"{at}: matches no alternative"]
    problems: list[str] = []
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    kind = schema.get("type")
    if kind in ("integer", "number"):
        wanted: tuple[type, ...] = (int,) if kind == "integer" else (int, float)
        if not isinstance(value, wanted) or isinstance(value, bool):
            return [f"{at}: not a {kind}"]
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"{at}: below minimum")
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(f"{at}: above maximum")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            problems.append(f"{at}: not above exclusiveMinimum")
    elif kind is not None and not isinstance(value, kinds[kind]):
        return [f"{at}: not {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{at}: {value!r} not in {schema['enum']}")
    if isinstance(value, str) and len(value) < schema.get("minLength", 0):
        problems.append(f"{at}: too short")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            problems.append(f"{at}: too few items")
        for index, item in enumerate(value):
            problems += schema_problems(item, schema.get("items", {}), root, f"{at}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        problems += [f"{at}.{key}: required" for key in required if key not in value]
        for key, item in value.items():
            if key in properties:
                problems += schema_problems(item, properties[key], root, f"{at}.{key}")
            elif schema.get("additionalProperties") is False:
                problems.append(f"{at}.{key}: not allowed")
    return problems


def test_the_schema_accepts_the_example_config_and_refuses_a_typo(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The file `init` writes passes `config schema` (as an editor checks it); a typo does not."""
    outcome = run_cli(capsys, "config", "schema")
    assert outcome.code == 0
    schema = outcome.json()
    example = resources.files("silence_watch") / "data" / "silence-watch.example.yaml"
    loader = _strings_for_timestamps(yaml.SafeLoader)
    document = yaml.load(example.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe
    assert schema_problems(document, schema, schema) == []
    document["daemon"]["sync_intervall"] = 300
    assert schema_problems(document, schema, schema) == [".daemon.sync_intervall: not allowed"]
