"""Where the configuration file and the state are, and the file's text and YAML (shell).

Lookup order for the file: ``--config``, ``$SILENCE_WATCH_CONFIG``, then
``~/.config/silence-watch/config.yaml``. What every start needs before it knows whether the
file must be validated (``config.snapshot``): no pydantic here.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from silence_watch.config.plain import TOP_KEYS
from silence_watch.core.errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from silence_watch.config.settings import Settings

CONFIG_ENV = "SILENCE_WATCH_CONFIG"
ENV_PREFIX = "SILENCE_WATCH_"
APP = "silence-watch"


def default_config_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$SILENCE_WATCH_CONFIG``, else ``config.yaml`` in the XDG config folder.

    The XDG folders come from platformdirs, which knows each platform's rules
    (``$XDG_CONFIG_HOME``, else ``~/.config`` on Linux) better than we would by hand.
    """
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]).expanduser()
    import platformdirs  # noqa: PLC0415 - only when no path is given

    return platformdirs.user_config_path(APP) / "config.yaml"


def default_state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$STATE_DIRECTORY`` under systemd, else the XDG state folder (``~/.local/state``)."""
    env = os.environ if environ is None else environ
    if env.get("STATE_DIRECTORY"):
        return Path(env["STATE_DIRECTORY"].split(":")[0])
    import platformdirs  # noqa: PLC0415 - only when the file names no state_dir

    return platformdirs.user_state_path(APP)


def state_dir_of(settings: Settings) -> Path:
    """Where the state database lives for these settings."""
    if settings.state_dir is not None:
        return settings.state_dir.expanduser()
    return default_state_dir()


def read_config_text(config_path: Path) -> str:
    """The file's text; ``ConfigError`` when it is missing, a folder or unreadable."""
    if not config_path.exists():
        raise ConfigError(
            f"No configuration file at {config_path}. "
            f"Create one with: silence-watch init --config {config_path}",
        )
    if config_path.is_dir():
        raise ConfigError(f"{config_path} is a directory; name the configuration file itself")
    try:
        return config_path.read_text(encoding="utf-8")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ConfigError(f"{config_path}: cannot be read ({reason})") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{config_path}: cannot be read (not UTF-8 text)") from error


def load_yaml(text: str) -> Any:  # noqa: ANN401 - whatever the YAML holds
    """The YAML document: libyaml's parser when present (5x faster), else PyYAML's own.

    A broken document is parsed again by PyYAML's own parser, so the problem is said in
    the same words either way.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)  # noqa: S506 - CSafeLoader is the safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def overridden_by_environment(environ: Mapping[str, str]) -> bool:
    """Whether a ``SILENCE_WATCH_<KEY>`` variable (any case) names a top-level key."""
    keys = {name.upper() for name in TOP_KEYS}
    for name in environ:
        upper = name.upper()
        if upper.startswith(ENV_PREFIX) and upper[len(ENV_PREFIX) :].split("__")[0] in keys:
            return True
    return False
