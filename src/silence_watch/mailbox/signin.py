"""The first sign-in of an OAuth2 mail account, which yields the refresh token (shell: HTTPS).

After it, ``mailbox.oauth`` refreshes access tokens by itself. Two flows, each done by the
provider's own well-kept library rather than by hand (the optional extra
``silence-watch[oauth]``, ``./scripts/install --oauth``):

- Microsoft 365 / Outlook.com: MSAL's device-code flow. It prints a code and an address;
  the candidate signs in on any device with a browser. Nothing listens on this machine.
- Gmail: google-auth-oauthlib's installed-app loopback flow. Google redirects the browser
  to ``http://localhost:PORT`` on this machine; on a server without a browser, an SSH
  port-forward (``ssh -L PORT:localhost:PORT``) carries that redirect.

The refresh token is returned to the caller, which stores it; it is never printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from silence_watch.core.errors import MailboxError

if TYPE_CHECKING:
    from collections.abc import Callable

MICROSOFT_SCOPES = (
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
)
GOOGLE_SCOPES = ("https://mail.google.com/",)
GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"  # noqa: S105 - an address, not a secret
_EXTRA = "the sign-in helpers are not installed: run ./scripts/install --oauth"


class SignInError(MailboxError):
    """The sign-in did not give a refresh token; the message says why and what to do."""


def microsoft_app(client_id: str, tenant: str) -> Any:  # noqa: ANN401 - msal ships no types
    """MSAL's public client for this app registration and directory."""
    try:
        import msal  # noqa: PLC0415 - an optional extra, loaded only for `auth microsoft`
    except ImportError as error:
        raise SignInError(_EXTRA) from error
    return msal.PublicClientApplication(
        client_id, authority=f"https://login.microsoftonline.com/{tenant}"
    )


def microsoft_device_sign_in(
    app: Any,  # noqa: ANN401 - msal.PublicClientApplication (untyped) or a test double
    say: Callable[[str], None],
    scopes: tuple[str, ...] = MICROSOFT_SCOPES,
) -> str:
    """Run the device-code flow: tell the candidate where to go, wait, return the refresh token."""
    flow = app.initiate_device_flow(scopes=list(scopes))
    if "user_code" not in flow:
        reason = flow.get("error_description") or flow.get("error") or "no code was given"
        raise SignInError(f"Microsoft did not start the sign-in ({reason}); check oauth2.client_id")
    say(str(flow["message"]))
    result = app.acquire_token_by_device_flow(flow)  # waits until done or expired
    token = result.get("refresh_token")
    if not token:
        reason = result.get("error_description") or result.get("error") or "no refresh token"
        raise SignInError(f"the sign-in did not complete ({reason}); run it again")
    return str(token)


def google_loopback_sign_in(
    client_id: str,
    client_secret: str | None,
    *,
    port: int,
    say: Callable[[str], None],
    auth_uri: str = GOOGLE_AUTH_URI,
    token_uri: str = GOOGLE_TOKEN_URI,
    timeout: float | None = 600.0,
) -> str:
    """Run the loopback flow on ``port``: print the address to open, return the refresh token."""
    try:
        from google_auth_oauthlib.flow import InstalledAppFlow  # noqa: PLC0415 - optional extra
    except ImportError as error:
        raise SignInError(_EXTRA) from error
    client = {
        "installed": {
            "client_id": client_id,
            "client_secret": client_secret or "",
            "auth_uri": auth_uri,
            "token_uri": token_uri,
            "redirect_uris": ["http://localhost"],
        }
    }
    flow = InstalledAppFlow.from_client_config(client, scopes=list(GOOGLE_SCOPES))
    prompt = "Open this address in your browser and allow access:\n\n{url}\n"
    say(f"Waiting for Google to send your browser back to http://localhost:{port}/ ...")
    try:
        credentials = flow.run_local_server(
            host="localhost",
            bind_addr="127.0.0.1",
            port=port,
            open_browser=False,
            authorization_prompt_message=prompt,
            success_message="silence-watch is signed in. You may close this window.",
            timeout_seconds=timeout,
            access_type="offline",  # a refresh token, not only an access token
            prompt="consent",  # Google gives a refresh token again on a second sign-in
        )
    except OSError as error:
        raise SignInError(
            f"cannot listen on localhost:{port} ({error.strerror}); pass --port with a free port"
        ) from error
    except Exception as error:  # oauthlib and requests raise many kinds; report them plainly
        reason = f"{type(error).__name__}: {error}"
        raise SignInError(f"the sign-in did not complete ({reason})") from error
    token = getattr(credentials, "refresh_token", None)
    if not token:
        raise SignInError("Google gave no refresh token; remove silence-watch's access and retry")
    return str(token)
