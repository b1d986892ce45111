"""The one exception hierarchy. Adapters translate library errors into these with ``from``.

Every message is written for the person reading it on a terminal: one line, plain words,
what went wrong and, where we know it, what to do next.
"""


class SilenceWatchError(Exception):
    """Base of every error silence-watch raises on purpose."""


class ConfigError(SilenceWatchError):
    """The configuration file is missing or wrong. ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str] | str) -> None:
        """Keep each problem as its own line."""
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class MailboxError(SilenceWatchError):
    """The mailbox (IMAP server or Maildir) could not be read."""


class DeliveryError(SilenceWatchError):
    """A message could not be handed to the SMTP server."""


class StateError(SilenceWatchError):
    """The state database is unreadable, locked or from a newer version."""


class NotFoundError(SilenceWatchError):
    """A thing the user named (an interview, a draft) does not exist."""


class TransitionError(SilenceWatchError):
    """A draft or outbox item was asked to move in a way its state machine forbids."""


class ConflictError(TransitionError):
    """Something moved meanwhile (the daemon, a digest reply): the change was not made."""
