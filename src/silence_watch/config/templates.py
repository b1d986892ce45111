"""Loading draft templates: packaged defaults, overridden from the config directory (shell).

An override is ``<config dir>/templates/<action>.txt`` (English) or
``<config dir>/templates/<language>/<action>.txt``. Every override is checked at start-up
by rendering it with sample values, so a typo is a config error, not a mail (the packaged
templates are checked by the tests).
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from silence_watch.core.compose import check_templates, template_key
from silence_watch.core.errors import ConfigError
from silence_watch.core.language import LANGUAGES
from silence_watch.core.model import Action

if TYPE_CHECKING:
    from pathlib import Path


def load_templates(config_dir: Path | None) -> dict[str, str]:
    """Template text per action name (``de/follow_up`` for the other languages).

    Raise ``ConfigError`` when one is broken.
    """
    packaged = resources.files("silence_watch") / "data" / "templates"
    templates: dict[str, str] = {}
    overridden = False
    for language in LANGUAGES:
        for action in Action:
            key = template_key(action, language)
            override = None if config_dir is None else config_dir / "templates" / f"{key}.txt"
            source = packaged.joinpath(*f"{key}.txt".split("/"))
            try:
                if override is not None and override.is_file():
                    templates[key] = override.read_text(encoding="utf-8")
                    overridden = True
                elif source.is_file():
                    templates[key] = source.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise ConfigError(f"templates.{key}: cannot be read ({error})") from error
    # The packaged templates are checked by the tests; rendering them again on every
    # start would load Jinja2 for commands that never write a draft.
    problems = check_templates(templates) if overridden else []
    if problems:
        raise ConfigError(problems)
    return templates
