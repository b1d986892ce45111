"""The one YAML configuration file: its shape (``settings``) and its loading.

Everything is importable from ``silence_watch.config`` as before the split, each name
loaded from its module only when first asked for: a start with an unchanged file reads
its kept values (``config.snapshot``, ``config.plain``) and never imports pydantic,
which ``settings``, ``servers`` and ``loading`` need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from silence_watch.config.files import (
        CONFIG_ENV,
        ENV_PREFIX,
        default_config_path,
        default_state_dir,
        state_dir_of,
    )
    from silence_watch.config.loading import format_validation_error, parse_settings, yaml_path
    from silence_watch.config.plain import interview_from_config
    from silence_watch.config.servers import (
        MailboxConfig,
        OAuth2Config,
        SecretSource,
        Security,
        SmtpConfig,
    )
    from silence_watch.config.settings import (
        AgencyConfig,
        ContactConfig,
        DaemonConfig,
        DigestConfig,
        DiscoveryConfig,
        InterviewConfig,
        MeConfig,
        PolicyConfig,
        SendingConfig,
        Settings,
    )
    from silence_watch.config.snapshot import load_settings

#: Each name this package gives, by the module that holds it.
_WHERE = {
    "CONFIG_ENV": "files",
    "ENV_PREFIX": "files",
    "default_config_path": "files",
    "default_state_dir": "files",
    "state_dir_of": "files",
    "format_validation_error": "loading",
    "parse_settings": "loading",
    "yaml_path": "loading",
    "interview_from_config": "plain",
    "MailboxConfig": "servers",
    "OAuth2Config": "servers",
    "SecretSource": "servers",
    "Security": "servers",
    "SmtpConfig": "servers",
    "AgencyConfig": "settings",
    "ContactConfig": "settings",
    "DaemonConfig": "settings",
    "DigestConfig": "settings",
    "DiscoveryConfig": "settings",
    "InterviewConfig": "settings",
    "MeConfig": "settings",
    "PolicyConfig": "settings",
    "SendingConfig": "settings",
    "Settings": "settings",
    "load_settings": "snapshot",
}

__all__ = [
    "CONFIG_ENV",
    "ENV_PREFIX",
    "AgencyConfig",
    "ContactConfig",
    "DaemonConfig",
    "DigestConfig",
    "DiscoveryConfig",
    "InterviewConfig",
    "MailboxConfig",
    "MeConfig",
    "OAuth2Config",
    "PolicyConfig",
    "SecretSource",
    "Security",
    "SendingConfig",
    "Settings",
    "SmtpConfig",
    "default_config_path",
    "default_state_dir",
    "format_validation_error",
    "interview_from_config",
    "load_settings",
    "parse_settings",
    "state_dir_of",
    "yaml_path",
]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - whichever name is asked for
    """``name`` from its module, imported now (PEP 562)."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
