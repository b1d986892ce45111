"""OAuth2 access tokens for XOAUTH2 logins (shell: runs commands, talks HTTPS).

Two sources: a ``token_command`` that prints a token (oama, mutt's oauth2 script keep
the refresh token themselves), and a built-in refresh-token flow for Google and
Microsoft using only ``urllib``. A token is refreshed before it expires (``MARGIN``)
and whenever the caller asks for a fresh one (every reconnect). Tokens, refresh tokens
and client secrets never appear in a message or a log line.
"""

from __future__ import annotations

import json
import time
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from silence_watch.config.credentials import resolve_password, resolve_secret, run_token_command
from silence_watch.core.errors import ConfigError, MailboxError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from silence_watch.config import MailboxConfig, OAuth2Config

#: Refresh this long before the provider says the token expires.
MARGIN = 300.0

_ENDPOINTS = {
    "google": "https://oauth2.googleapis.com/token",
    "microsoft": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
}
_SCOPES = {
    "google": "https://mail.google.com/",
    "microsoft": "https://outlook.office.com/IMAP.AccessAsUser.All offline_access",
}
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class TokenSource(Protocol):
    """Something that hands out OAuth2 access tokens."""

    def token(self, *, fresh: bool = False) -> str:
        """A token valid for a while; ``fresh`` forces a new one."""
        ...

    def valid_for(self) -> float | None:
        """Seconds until the current token expires, or None when unknown."""
        ...


@dataclass(frozen=True, slots=True)
class PasswordAuth:
    """Log in with a password."""

    password: str


@dataclass(frozen=True, slots=True)
class OAuth2Auth:
    """Log in with XOAUTH2 and tokens from ``tokens``."""

    tokens: TokenSource


Auth = PasswordAuth | OAuth2Auth


class CommandTokenSource:
    """Runs ``token_command`` for every token: the tool behind it caches and refreshes."""

    def __init__(self, command: str) -> None:
        """Remember the command; nothing runs yet."""
        self._command = command

    def token(self, *, fresh: bool = False) -> str:  # noqa: ARG002 - the command decides freshness
        """The first line the command prints."""
        try:
            return run_token_command(self._command, "mailbox.token_command")
        except ConfigError as error:
            raise MailboxError(str(error)) from error

    def valid_for(self) -> float | None:
        """Unknown: the command's tool keeps the expiry."""
        return None


class RefreshTokenSource:
    """The OAuth2 refresh-token grant (RFC 6749 section 6) against a token endpoint."""

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        refresh_token: str,
        client_secret: str | None = None,
        scope: str | None = None,
        timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Check the endpoint's address; no request is made until a token is asked for."""
        parts = urllib.parse.urlsplit(token_url)
        if parts.scheme != "https" and not (
            parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS
        ):
            raise ConfigError("mailbox.oauth2.token_url: must be https (http only to loopback)")
        self._url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._refresh_token = refresh_token
        self._scope = scope
        self._timeout = timeout
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self.refreshes = 0

    def token(self, *, fresh: bool = False) -> str:
        """The cached token, or a new one when asked, expired or within ``MARGIN`` of it."""
        if fresh or self._token is None or self._expires_at - self._clock() < MARGIN:
            self._refresh()
        if self._token is None:  # _refresh either sets it or raises
            raise MailboxError("the token endpoint returned no access token")
        return self._token

    def valid_for(self) -> float | None:
        """Seconds the cached token has left (0 when there is none)."""
        return max(0.0, self._expires_at - self._clock()) if self._token else 0.0

    def _refresh(self) -> None:
        form = {
            "grant_type": "refresh_token",
            "client_id": self._client_id,
            "refresh_token": self._refresh_token,
        }
        if self._client_secret:
            form["client_secret"] = self._client_secret
        if self._scope:
            form["scope"] = self._scope
        import urllib.error  # noqa: PLC0415 - only a refresh; ~3 ms (http.client) at every start
        import urllib.request  # noqa: PLC0415 - same

        request = urllib.request.Request(  # noqa: S310 - the scheme was checked in __init__
            self._url,
            data=urllib.parse.urlencode(form).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            method="POST",
        )
        started = self._clock()
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:  # noqa: S310 - checked in __init__
                body = response.read()
        except urllib.error.HTTPError as error:
            reason = _oauth_error(error.read())
            raise MailboxError(
                f"the token endpoint refused to refresh the token ({reason}); "
                "sign in again to get a new refresh token",
            ) from error
        except (urllib.error.URLError, OSError) as error:
            raise MailboxError(f"cannot reach the token endpoint: {error}") from error
        try:
            data = json.loads(body)
            token = str(data["access_token"])
            lifetime = float(data.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError) as error:
            message = "the token endpoint sent an answer without an access token"
            raise MailboxError(message) from error
        self._token = token
        self._expires_at = started + lifetime
        # Microsoft may rotate the refresh token: use the new one from now on.
        if isinstance(data.get("refresh_token"), str) and data["refresh_token"]:
            self._refresh_token = data["refresh_token"]
        self.refreshes += 1


def _oauth_error(body: bytes) -> str:
    """The ``error`` code of an OAuth2 error answer (never its description: it may echo input)."""
    try:
        code = json.loads(body).get("error")
    except (ValueError, AttributeError):
        return "no error code"
    return str(code) if isinstance(code, str) and code.isascii() else "no error code"


def refresh_source(
    oauth2: OAuth2Config,
    timeout: float,
    environ: Mapping[str, str] | None = None,
) -> RefreshTokenSource:
    """A refresh-token flow for the configured provider."""
    refresh_token = resolve_secret(
        "mailbox",
        "refresh_token",
        value=oauth2.refresh_token,
        file=oauth2.refresh_token_file,
        command=oauth2.refresh_token_command,
        environ=environ,
    )
    if refresh_token is None:
        raise ConfigError(
            "mailbox.oauth2.refresh_token: no refresh token found; set refresh_token_command, "
            "refresh_token_file, SILENCE_WATCH_MAILBOX__OAUTH2__REFRESH_TOKEN, "
            "or a systemd credential named mailbox-refresh-token",
        )
    client_secret = resolve_secret(
        "mailbox",
        "client_secret",
        value=oauth2.client_secret,
        file=oauth2.client_secret_file,
        environ=environ,
    )
    url = oauth2.token_url or _ENDPOINTS[oauth2.provider].format(tenant=oauth2.tenant)
    return RefreshTokenSource(
        token_url=url,
        client_id=oauth2.client_id,
        refresh_token=refresh_token,
        client_secret=client_secret,
        scope=oauth2.scope or _SCOPES[oauth2.provider],
        timeout=timeout,
    )


def auth_from_config(config: MailboxConfig, environ: Mapping[str, str] | None = None) -> Auth:
    """How to log in to the configured account; secrets are resolved now."""
    if config.auth == "password":
        return PasswordAuth(resolve_password(config, "mailbox", environ))
    if config.token_command:
        return OAuth2Auth(CommandTokenSource(config.token_command))
    if config.oauth2 is None:  # the config model refuses this combination
        raise ConfigError("mailbox.auth: oauth2 needs token_command or an oauth2: section")
    return OAuth2Auth(refresh_source(config.oauth2, config.timeout, environ))
