"""``config schema``: the configuration's JSON Schema, for editors' YAML completion."""

from __future__ import annotations

import json

import click

from silence_watch.cli.app import cli, config_option
from silence_watch.config import Settings

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def config_schema() -> dict[str, object]:
    """The JSON Schema of the configuration file, generated from the model."""
    schema: dict[str, object] = {"$schema": SCHEMA_DIALECT}
    schema.update(Settings.model_json_schema())
    schema["title"] = "silence-watch configuration"
    return schema


@cli.group("config")
def config_group() -> None:
    """About the configuration file."""


@config_group.command("schema")
@config_option  # accepted like every command's (DESIGN.md); the schema needs no file
def schema() -> None:
    """Print a JSON Schema of the configuration file (for YAML completion in editors).

    Save it (silence-watch config schema > silence-watch.schema.json); with the YAML
    language server, start config.yaml with this line:

    \b
    # yaml-language-server: $schema=/path/to/silence-watch.schema.json
    """  # noqa: D301 - click's \b keeps the next line unwrapped
    click.echo(json.dumps(config_schema(), indent=2, ensure_ascii=False))
