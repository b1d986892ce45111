"""OAuth2 tokens: a local token endpoint, a token command, and secrets from every source."""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, ClassVar

import pytest

from silence_watch.config import MailboxConfig
from silence_watch.core.errors import ConfigError, MailboxError
from silence_watch.mailbox.oauth import (
    MARGIN,
    CommandTokenSource,
    OAuth2Auth,
    PasswordAuth,
    RefreshTokenSource,
    auth_from_config,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


class _TokenEndpoint(BaseHTTPRequestHandler):
    """Answers the refresh-token grant: a new token per request, or an error when told."""

    requests: ClassVar[list[dict[str, str]]] = []
    fail: ClassVar[bool] = False
    rotate: ClassVar[bool] = False

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        type(self).requests.append(form)
        body: dict[str, object]
        if type(self).fail or form.get("refresh_token") == "revoked":
            body = {"error": "invalid_grant", "error_description": "Token has been revoked"}
            status = 400
        else:
            body = {"access_token": f"token-{len(self.requests)}", "expires_in": 3600}
            if type(self).rotate:
                body["refresh_token"] = f"refresh-{len(self.requests)}"
            status = 200
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        """Keep test output quiet."""


@pytest.fixture
def token_url() -> Iterator[str]:
    """A token endpoint on 127.0.0.1 for the length of one test."""
    _TokenEndpoint.requests = []
    _TokenEndpoint.fail = False
    _TokenEndpoint.rotate = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TokenEndpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/token"
    server.shutdown()
    server.server_close()
    thread.join(5)


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _source(token_url: str, clock: _Clock, refresh_token: str = "refresh-0") -> RefreshTokenSource:  # noqa: S107 - a test token
    return RefreshTokenSource(
        token_url=token_url,
        client_id="client.example.com",
        client_secret="client-secret",
        refresh_token=refresh_token,
        scope="https://mail.google.com/",
        timeout=5,
        clock=clock,
    )


def test_a_token_is_cached_until_close_to_expiry(token_url: str) -> None:
    """One request serves until MARGIN seconds before expiry; then a new token is fetched."""
    clock = _Clock()
    source = _source(token_url, clock)
    assert source.token() == "token-1"
    clock.now += 3600 - MARGIN - 1
    assert source.token() == "token-1"
    clock.now += 2
    assert source.token() == "token-2"
    assert source.valid_for() == pytest.approx(3600)
    form = _TokenEndpoint.requests[0]
    assert form["grant_type"] == "refresh_token"
    assert form["client_id"] == "client.example.com"
    assert form["refresh_token"] == "refresh-0"


def test_a_fresh_token_is_fetched_when_asked_for(token_url: str) -> None:
    """``fresh=True`` (every reconnect) always refreshes."""
    source = _source(token_url, _Clock())
    assert source.token() == "token-1"
    assert source.token(fresh=True) == "token-2"
    assert source.refreshes == 2


def test_a_rotated_refresh_token_is_used_from_then_on(token_url: str) -> None:
    """When the endpoint sends a new refresh token (Microsoft), the next refresh uses it."""
    _TokenEndpoint.rotate = True
    source = _source(token_url, _Clock())
    source.token()
    source.token(fresh=True)
    assert _TokenEndpoint.requests[1]["refresh_token"] == "refresh-1"


def test_a_refused_refresh_is_one_line_without_secrets(token_url: str) -> None:
    """A revoked refresh token gives the OAuth2 error code and advice, never the secrets."""
    source = _source(token_url, _Clock(), refresh_token="revoked")
    with pytest.raises(MailboxError) as raised:
        source.token()
    text = str(raised.value)
    assert "invalid_grant" in text
    assert "\n" not in text
    assert "revoked" not in text
    assert "client-secret" not in text


def test_an_unreachable_endpoint_is_a_mailbox_error() -> None:
    """Nothing listening at the token URL is a MailboxError."""
    from support.dovecot import free_port  # noqa: PLC0415 - a port nobody listens on

    source = _source(f"http://127.0.0.1:{free_port()}/token", _Clock())
    with pytest.raises(MailboxError, match="cannot reach the token endpoint"):
        source.token()


def test_plain_http_is_refused_except_to_loopback() -> None:
    """Tokens travel over HTTPS; http is only for a local endpoint."""
    with pytest.raises(ConfigError, match="https"):
        _source("http://tokens.example.com/token", _Clock())


def test_a_token_command_prints_the_token() -> None:
    """``token_command``'s first line is the token; a failing command is a MailboxError."""
    assert CommandTokenSource("printf 'abc\\nrest'").token() == "abc"
    with pytest.raises(MailboxError, match="exited with status 1"):
        CommandTokenSource("false").token()


def _config(**extra: object) -> MailboxConfig:
    return MailboxConfig.model_validate(
        {"host": "imap.example.com", "username": "me@example.com", **extra},
    )


def test_oauth2_needs_a_token_source() -> None:
    """``auth: oauth2`` without token_command or an oauth2 section is refused."""
    with pytest.raises(ValueError, match="token_command"):
        _config(auth="oauth2")


def test_the_refresh_token_comes_from_a_systemd_credential(
    tmp_path: Path,
    token_url: str,
) -> None:
    """Without one in the file, the ``mailbox-refresh-token`` systemd credential is used."""
    (tmp_path / "mailbox-refresh-token").write_text("refresh-from-credential\n")
    (tmp_path / "mailbox-client-secret").write_text("secret-from-credential\n")
    config = _config(
        auth="oauth2",
        oauth2={"provider": "google", "client_id": "id.example.com", "token_url": token_url},
    )
    auth = auth_from_config(config, {"CREDENTIALS_DIRECTORY": str(tmp_path)})
    assert isinstance(auth, OAuth2Auth)
    assert auth.tokens.token() == "token-1"
    form = _TokenEndpoint.requests[0]
    assert form["refresh_token"] == "refresh-from-credential"
    assert form["client_secret"] == "secret-from-credential"


def test_a_missing_refresh_token_names_every_place_to_put_one() -> None:
    """No refresh token anywhere: the error names the key and its sources."""
    config = _config(auth="oauth2", oauth2={"provider": "microsoft", "client_id": "id"})
    with pytest.raises(ConfigError, match=r"mailbox\.oauth2\.refresh_token: .*credential"):
        auth_from_config(config, {})


def test_password_auth_and_token_command_from_config(tmp_path: Path) -> None:
    """Password configs give PasswordAuth; ``token_command`` gives a command source."""
    secret = tmp_path / "pw"
    secret.write_text("pw-value\n")
    assert auth_from_config(_config(password_file=str(secret)), {}) == PasswordAuth("pw-value")
    auth = auth_from_config(_config(auth="oauth2", token_command="printf tok"), {})
    assert isinstance(auth, OAuth2Auth)
    assert auth.tokens.token() == "tok"
    assert auth.tokens.valid_for() is None
