"""The one YAML configuration file: its shape (``settings``) and its loading (``loading``).

Everything is importable from ``silence_watch.config`` as before the split.
"""

from __future__ import annotations

from silence_watch.config.loading import (
    CONFIG_ENV,
    default_config_path,
    default_state_dir,
    format_validation_error,
    load_settings,
    parse_settings,
    state_dir_of,
    yaml_path,
)
from silence_watch.config.servers import (
    MailboxConfig,
    OAuth2Config,
    SecretSource,
    Security,
    SmtpConfig,
)
from silence_watch.config.settings import (
    ENV_PREFIX,
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
    interview_from_config,
)

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
