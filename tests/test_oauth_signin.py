"""First sign-in for OAuth2 accounts: the refresh token is kept where the config says, unseen."""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Any

import pytest

from silence_watch.config.credentials import store_secret
from silence_watch.core.errors import ConfigError
from silence_watch.mailbox import signin
from support.cli import run_cli

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

REFRESH = "rt-0123456789-never-shown"


def _config(tmp_path: Path, provider: str, keep: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(
        "me: {name: Jordan Lee, email: jordan@example.com}\n"
        "mailbox:\n"
        "  host: imap.example.com\n"
        "  username: jordan@example.com\n"
        "  auth: oauth2\n"
        f"  oauth2: {{provider: {provider}, client_id: app-id-1, client_secret: cs-1, {keep}}}\n"
        f"state_dir: {tmp_path / 'state'}\n",
        encoding="utf-8",
    )
    return path


class FakeMsal:
    """What the tests need of msal.PublicClientApplication: a device flow that succeeds."""

    def __init__(self, result: dict[str, Any]) -> None:
        """Answer ``acquire_token_by_device_flow`` with ``result``."""
        self.result = result
        self.scopes: list[str] = []

    def initiate_device_flow(self, scopes: list[str]) -> dict[str, str]:
        """A device code and the message Microsoft writes for the user."""
        self.scopes = scopes
        return {
            "user_code": "ABCD-EFGH",
            "message": "To sign in, open the page and enter ABCD-EFGH",
        }

    def acquire_token_by_device_flow(self, flow: dict[str, str]) -> dict[str, Any]:
        """The token answer once the user signed in."""
        assert flow["user_code"] == "ABCD-EFGH"
        return self.result


def test_microsoft_sign_in_keeps_the_token_in_a_0600_file_and_never_prints_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`auth microsoft`: the device message is shown; the token lands in the file, mode 0600."""
    target = tmp_path / "secrets" / "refresh-token"
    config = _config(tmp_path, "microsoft", f"refresh_token_file: {target}")
    fake = FakeMsal({"access_token": "at", "refresh_token": REFRESH})
    monkeypatch.setattr(signin, "microsoft_app", lambda *_: fake)
    outcome = run_cli(capsys, "auth", "microsoft", "--config", config)
    assert outcome.code == 0, outcome.err
    assert "enter ABCD-EFGH" in outcome.out
    assert f"Signed in. The refresh token is in {target} (it is not shown)." in outcome.out
    assert REFRESH not in outcome.out + outcome.err
    assert target.read_text(encoding="utf-8") == REFRESH + "\n"
    assert target.stat().st_mode & 0o777 == 0o600
    assert "https://outlook.office.com/IMAP.AccessAsUser.All" in fake.scopes


def test_a_failed_microsoft_sign_in_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Microsoft answers an error: one line with its reason; no file is written."""
    target = tmp_path / "refresh-token"
    config = _config(tmp_path, "microsoft", f"refresh_token_file: {target}")
    fake = FakeMsal({"error": "authorization_declined", "error_description": "declined"})
    monkeypatch.setattr(signin, "microsoft_app", lambda *_: fake)
    outcome = run_cli(capsys, "auth", "microsoft", "--config", config)
    assert outcome.code == 1
    assert (
        outcome.err.strip()
        == "silence-watch: the sign-in did not complete (declined); run it again"
    )
    assert not target.exists()


@pytest.mark.parametrize(
    ("provider", "keep", "command", "expected"),
    [
        (
            "google",
            "refresh_token_file: /tmp/x",
            "microsoft",
            "run silence-watch auth google instead",
        ),
        ("microsoft", "tenant: common", "microsoft", "say where the refresh token goes"),
    ],
)
def test_a_config_that_cannot_take_the_token_is_a_config_error(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    provider: str,
    keep: str,
    command: str,
    expected: str,
) -> None:
    """The wrong provider, or nowhere to keep the token: exit 78 before anyone signs in."""
    outcome = run_cli(capsys, "auth", command, "--config", _config(tmp_path, provider, keep))
    assert outcome.code == 78
    assert expected in outcome.err


def test_a_store_command_receives_the_token_on_stdin(tmp_path: Path) -> None:
    """refresh_token_store_command: the token goes to its standard input, not its arguments."""
    kept = tmp_path / "kept"
    where = store_secret(
        REFRESH, file=None, command=f"sh -c 'cat > {kept}'", where="mailbox.oauth2.refresh_token"
    )
    assert where == "the command sh"
    assert kept.read_text(encoding="utf-8") == REFRESH + "\n"
    with pytest.raises(ConfigError, match="exited with status 3 \\(it said: vault locked\\)"):
        store_secret(
            REFRESH, file=None, command="sh -c 'echo vault locked >&2; exit 3'", where="x.y"
        )


class _TokenEndpoint(BaseHTTPRequestHandler):
    """Google's token endpoint, on loopback: trades the code for tokens."""

    received: list[dict[str, list[str]]] = []  # noqa: RUF012 - shared with the test on purpose

    def do_POST(self) -> None:
        """Answer a code exchange with an access and a refresh token."""
        length = int(self.headers["Content-Length"])
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        type(self).received.append(form)
        body = json.dumps(
            {"access_token": "at-1", "refresh_token": REFRESH, "expires_in": 3600,
             "token_type": "Bearer", "scope": "https://mail.google.com/"}
        ).encode()  # fmt: skip
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        """Quiet."""


@pytest.fixture
def token_endpoint() -> Iterator[str]:
    """A loopback token endpoint; yields its URL."""
    server = HTTPServer(("127.0.0.1", 0), _TokenEndpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/token"
    finally:
        server.shutdown()
        server.server_close()


def test_google_loopback_flow_returns_the_refresh_token(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    token_endpoint: str,
) -> None:
    """The real library flow: the browser comes back to localhost with a code; a token results."""
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the fake endpoint is plain http
    from support.dovecot import free_port  # noqa: PLC0415 - the harness loads on first use

    port = free_port()
    said: list[str] = []
    result: dict[str, object] = {}

    def sign_in() -> None:
        try:
            result["token"] = signin.google_loopback_sign_in(
                "app-id-1", "cs-1", port=port, say=said.append, token_uri=token_endpoint, timeout=30
            )
        except Exception as error:  # noqa: BLE001 - handed to the test thread
            result["error"] = error

    thread = threading.Thread(target=sign_in, daemon=True)
    thread.start()
    printed = ""
    deadline = time.monotonic() + 10
    while "state=" not in printed and time.monotonic() < deadline:
        time.sleep(0.05)
        printed += capsys.readouterr().out
    (url,) = re.findall(r"https://accounts\.google\.com/\S+", printed)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert query["access_type"] == ["offline"]
    assert query["scope"] == ["https://mail.google.com/"]
    back = f"http://localhost:{port}/?state={query['state'][0]}&code=code-1&scope=https://mail.google.com/"
    with urllib.request.urlopen(back, timeout=10) as answer:  # the browser's redirect
        assert b"signed in" in answer.read()
    thread.join(15)
    assert result.get("token") == REFRESH, result
    assert _TokenEndpoint.received[-1]["code"] == ["code-1"]
    assert any(f"http://localhost:{port}/" in line for line in said)
