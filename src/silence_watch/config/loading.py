"""Validating the one YAML configuration file with pydantic (shell: env).

Where the file is and its reading are ``config.files``; a start whose file is unchanged
reads the values kept from its last validation (``config.snapshot``) and never imports
this module. Environment variables override any key
(``SILENCE_WATCH_SMTP__PORT=587``). Every problem becomes one line naming its YAML path
(``interviews[0].date: invalid datetime``) inside a ``ConfigError``; nothing here ever
shows a traceback or a secret.
"""

from __future__ import annotations

import functools
import os
import re
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from silence_watch.config.files import (
    CONFIG_ENV,
    ENV_PREFIX,
    default_config_path,
    default_state_dir,
    load_yaml,
    overridden_by_environment,
    state_dir_of,
)
from silence_watch.config.settings import Settings
from silence_watch.core.errors import ConfigError

__all__ = [
    "CONFIG_ENV",
    "default_config_path",
    "default_state_dir",
    "environment_settings",
    "format_validation_error",
    "overridden_by_environment",
    "parse_settings",
    "state_dir_of",
    "yaml_path",
]

if TYPE_CHECKING:
    from collections.abc import Mapping


def parse_settings(
    text: str, *, source: str = "config", environ: Mapping[str, str] | None = None
) -> Settings:
    """Validate YAML text (environment overrides applied); raise ``ConfigError`` on problems.

    A problem that came from an environment variable names the variable, not only the
    YAML path: the file may be fine.
    """
    try:
        data = load_yaml(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"{source}:{where}: not valid YAML ({error.problem})") from error
    except yaml.YAMLError as error:
        raise ConfigError(f"{source}: not valid YAML ({error})") from error
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of keys like me:, mailbox:")
    try:
        if overridden_by_environment(os.environ):
            return environment_settings()(**data)
        return Settings(**data)
    except ValidationError as error:
        env = os.environ if environ is None else environ
        raise ConfigError(format_validation_error(error, environ=env)) from None


@functools.cache
def environment_settings() -> type[Settings]:
    """``Settings`` that also read ``SILENCE_WATCH_...`` variables, which override the file.

    Through pydantic-settings, loaded only when such a variable is set.
    """
    from pydantic_settings import (  # noqa: PLC0415 - ~0.1 s of imports, only when needed
        BaseSettings,
        PydanticBaseSettingsSource,
        SettingsConfigDict,
    )

    class EnvironmentSettings(BaseSettings, Settings):
        """The configuration file, with the environment's overrides."""

        model_config = SettingsConfigDict(
            env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="forbid", frozen=True,
        )

        @classmethod
        def settings_customise_sources(
            cls,
            settings_cls: type[BaseSettings],  # noqa: ARG003 - signature fixed by pydantic-settings
            init_settings: PydanticBaseSettingsSource,
            env_settings: PydanticBaseSettingsSource,
            dotenv_settings: PydanticBaseSettingsSource,  # noqa: ARG003 - no .env files
            file_secret_settings: PydanticBaseSettingsSource,  # noqa: ARG003 - secrets: per key
        ) -> tuple[PydanticBaseSettingsSource, ...]:
            """Environment first (it overrides), then the YAML file passed in as init data."""
            return (env_settings, init_settings)

    return EnvironmentSettings


def env_variable_for(loc: tuple[Any, ...], environ: Mapping[str, str]) -> str | None:
    """The ``SILENCE_WATCH_...`` variable that set the key at ``loc`` (or a section above it).

    pydantic-settings matches names without regard to case, so this does too.
    """
    names = {name.upper(): name for name in environ if name.upper().startswith(ENV_PREFIX)}
    keys = [str(part) for part in loc if not str(part).startswith(("function-", "lambda"))]
    for size in range(len(keys), 0, -1):
        candidate = ENV_PREFIX + "__".join(keys[:size]).upper()
        if candidate in names:
            return names[candidate]
    return None


_PLAIN_MESSAGES = {
    "missing": "required",
    "extra_forbidden": "unknown key",
    "datetime_parsing": "invalid datetime",
    "datetime_from_date_parsing": "invalid datetime",
    "datetime_type": "invalid datetime",
    "date_parsing": "invalid date",
    "date_from_datetime_parsing": "invalid date",
    "date_from_datetime_inexact": "invalid date (give a day, not a time)",
    "date_type": "invalid date",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "float_parsing": "must be a number",
    "bool_parsing": "must be true or false",
    "string_type": "must be text",
    "list_type": "must be a list",
    "dict_type": "must be a mapping",
    "model_type": "must be a mapping",
    "model_attributes_type": "must be a mapping",
}


def format_validation_error(
    error: ValidationError, *, environ: Mapping[str, str] | None = None
) -> list[str]:
    """One line per problem: ``interviews[0].date: invalid datetime``.

    With ``environ``, a value set by an environment variable is named by it:
    ``SILENCE_WATCH_SMTP__PORT (environment, sets smtp.port): must be a whole number``.
    """
    lines = []
    for problem in error.errors(include_url=False):
        path = yaml_path(problem["loc"])
        kind = problem["type"]
        if kind in _PLAIN_MESSAGES:
            message = _PLAIN_MESSAGES[kind]
        elif kind == "literal_error":
            expected = problem.get("ctx", {}).get("expected", "the listed values")
            message = f"must be one of {expected}"
        else:
            message = str(problem["msg"]).removeprefix("Value error, ")
        # A model-level check names its own key ("host: required ..."): fold it into the path.
        head, sep, rest = message.partition(": ")
        if sep and re.fullmatch(r"[a-z_]+", head) and kind == "value_error":
            path = f"{path}.{head}" if path else head
            message = rest
        variable = env_variable_for(problem["loc"], environ) if environ else None
        if variable is not None:
            lines.append(f"{variable} (environment, sets {path}): {message}; fix or unset it")
            continue
        lines.append(f"{path}: {message}" if path else message)
    return lines


def yaml_path(loc: tuple[Any, ...]) -> str:
    """``("interviews", 0, "date")`` -> ``interviews[0].date``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).startswith(("function-", "lambda")):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out
