"""Open the mailbox the configuration names: IMAP (password or OAuth2) or a Maildir (shell)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.errors import ConfigError
from silence_watch.mailbox.imap import ImapMailbox
from silence_watch.mailbox.maildir import MaildirMailbox
from silence_watch.mailbox.oauth import auth_from_config

if TYPE_CHECKING:
    from silence_watch.config import Settings
    from silence_watch.mailbox.base import Mailbox


def open_mailbox(settings: Settings) -> Mailbox:
    """Connect to the configured mailbox."""
    config = settings.mailbox
    if config.kind == "maildir":
        if config.path is None:  # the config model already refuses this
            raise ConfigError("mailbox.path: required when kind is maildir")
        return MaildirMailbox(config.path, sent_folder=config.sent)
    return ImapMailbox(config, auth_from_config(config))
