"""Resolving passwords from where the user keeps them (shell: runs commands, reads files).

Order: an explicit value (usually from the environment), ``password_file``,
``password_command``, then a systemd credential named ``<section>-password`` in
``$CREDENTIALS_DIRECTORY``. The value is never logged and never part of an error; what a
failing command wrote on stderr is (its last line), since that is how it says what is wrong.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from silence_watch.core.errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pydantic import SecretStr

    from silence_watch.config import SecretSource

_COMMAND_TIMEOUT = 30.0


def resolve_password(
    source: SecretSource,
    section: str,
    environ: Mapping[str, str] | None = None,
) -> str:
    """Return the password for ``section`` (``mailbox`` or ``smtp``) or raise ``ConfigError``."""
    env = os.environ if environ is None else environ
    if source.password is not None:
        return source.password.get_secret_value()
    if source.password_file is not None:
        return _read_secret_file(source.password_file.expanduser(), f"{section}.password_file")
    if source.password_command:
        return _run_secret_command(source.password_command, f"{section}.password_command")
    credentials = env.get("CREDENTIALS_DIRECTORY")
    if credentials:
        candidate = Path(credentials) / f"{section}-password"
        if candidate.exists():
            return _read_secret_file(candidate, f"credential {section}-password")
    raise ConfigError(
        f"{section}.password: no password found; set {section}.password_command, "
        f"{section}.password_file, SILENCE_WATCH_{section.upper()}__PASSWORD, "
        f"or a systemd credential named {section}-password",
    )


def _read_secret_file(path: Path, where: str) -> str:
    try:
        value = path.read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{where}: cannot read {path} ({type(error).__name__})") from None
    if not value:
        raise ConfigError(f"{where}: {path} is empty")
    return value


def _run_secret_command(command: str, where: str) -> str:
    try:
        argv = shlex.split(command)
    except ValueError as error:
        raise ConfigError(f"{where}: cannot be split into words ({error})") from None
    if not argv:
        raise ConfigError(f"{where}: is empty")
    try:
        done = subprocess.run(
            argv,
            capture_output=True,
            timeout=_COMMAND_TIMEOUT,
            check=False,
            text=True,
        )
    except FileNotFoundError:
        raise ConfigError(f"{where}: {argv[0]} was not found") from None
    except subprocess.TimeoutExpired:
        raise ConfigError(f"{where}: did not finish within {_COMMAND_TIMEOUT:.0f} s") from None
    said = _last_words(done.stderr)
    if done.returncode != 0:
        # What the command said is what the user needs ("mail/jordan is not in the password
        # store"); stdout, where a secret would be, is never shown.
        raise ConfigError(f"{where}: exited with status {done.returncode}{said}")
    value = done.stdout.splitlines()[0] if done.stdout else ""
    if not value:
        raise ConfigError(f"{where}: printed nothing{said}")
    return value


_SAID_LIMIT = 200


def _last_words(stderr: str) -> str:
    """``: <the last line the command wrote on stderr>``, shortened; empty when it said nothing."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return ""
    last = lines[-1]
    if len(last) > _SAID_LIMIT:
        last = last[: _SAID_LIMIT - 1] + "…"
    return f" (it said: {last})"


def resolve_secret(
    section: str,
    name: str,
    *,
    value: SecretStr | None = None,
    file: Path | None = None,
    command: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """Return a secret other than a password (a refresh token, a client secret), or None.

    Order as for passwords: the value (from the file or the environment), ``file``,
    ``command``, then a systemd credential named ``<section>-<name>`` (underscores as
    dashes) in ``$CREDENTIALS_DIRECTORY``. ``name`` names the key in messages.
    """
    env = os.environ if environ is None else environ
    if value is not None:
        return value.get_secret_value()
    if file is not None:
        return _read_secret_file(file.expanduser(), f"{section}.{name}_file")
    if command:
        return _run_secret_command(command, f"{section}.{name}_command")
    credentials = env.get("CREDENTIALS_DIRECTORY")
    if credentials:
        credential = f"{section}-{name}".replace("_", "-")
        candidate = Path(credentials) / credential
        if candidate.exists():
            return _read_secret_file(candidate, f"credential {credential}")
    return None


def run_token_command(command: str, where: str) -> str:
    """Run a command that prints an OAuth2 access token; return its first line."""
    return _run_secret_command(command, where)


def store_secret(
    value: str, *, file: Path | None, command: str | None, where: str
) -> str:
    """Keep a new secret (a refresh token) in ``file`` (mode 0600) or give it to ``command``.

    ``command`` reads the secret on its standard input (``pass insert -m mail/oauth``).
    Returns where it went, for a message that never shows the value itself.
    """
    if file is not None:
        path = file.expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            os.fchmod(fd, 0o600)  # an existing file keeps its mode through O_CREAT
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(value + "\n")
        except OSError as error:
            raise ConfigError(f"{where}_file: cannot write {path} ({error.strerror})") from None
        return str(path)
    if command:
        try:
            argv = shlex.split(command)
        except ValueError as error:
            message = f"{where}_store_command: cannot be split into words ({error})"
            raise ConfigError(message) from None
        try:
            done = subprocess.run(
                argv, input=value + "\n", capture_output=True, text=True,
                timeout=_COMMAND_TIMEOUT, check=False,
            )  # fmt: skip
        except FileNotFoundError:
            raise ConfigError(f"{where}_store_command: {argv[0]} was not found") from None
        except subprocess.TimeoutExpired:
            raise ConfigError(
                f"{where}_store_command: did not finish within {_COMMAND_TIMEOUT:.0f} s"
            ) from None
        if done.returncode != 0:
            raise ConfigError(
                f"{where}_store_command: exited with status {done.returncode}"
                f"{_last_words(done.stderr)}"
            )
        return f"the command {argv[0]}"
    raise ConfigError(
        f"{where}_file: say where the new refresh token goes: set {where}_file "
        f"(a file of mode 0600) or {where}_store_command"
    )
