"""Loading draft templates: packaged defaults, overridden from the config directory (shell).

An override is ``<config dir>/templates/<action>.txt`` (English) or
``<config dir>/templates/<language>/<action>.txt``. Every override is checked at start-up
by rendering it with sample values, so a typo is a config error, not a mail (the packaged
templates are checked by the tests).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from silence_watch.core.compose import check_templates, template_key
from silence_watch.core.errors import ConfigError
from silence_watch.core.language import LANGUAGES
from silence_watch.core.model import Action

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def packaged_templates() -> Traversable:
    """The folder of the packaged templates: the package's own, or its resources in an archive.

    ``importlib.resources`` answers the package's folder itself when it is one, but its
    imports (``tempfile``, ``shutil``, ``zipfile``, compression) cost every command ~4 ms.
    """
    folder = Path(__file__).resolve().parents[1] / "data" / "templates"
    if folder.is_dir():
        return folder
    from importlib import resources  # noqa: PLC0415 - a package not unpacked into folders

    return resources.files("silence_watch") / "data" / "templates"


def load_templates(config_dir: Path | None) -> dict[str, str]:
    """Template text per action name (``de/follow_up`` for the other languages).

    Raise ``ConfigError`` when one is broken.
    """
    packaged = packaged_templates()
    templates: dict[str, str] = {}
    overridden = False
    overrides = None if config_dir is None else config_dir / "templates"
    if overrides is not None and not overrides.is_dir():
        overrides = None  # no folder, no override in it: one question, not one per template
    for language in LANGUAGES:
        for action in Action:
            key = template_key(action, language)
            override = None if overrides is None else overrides / f"{key}.txt"
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
