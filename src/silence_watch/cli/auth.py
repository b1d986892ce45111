"""``auth microsoft`` / ``auth google``: sign in once to an OAuth2 mail account.

The refresh token goes where the config's ``oauth2:`` section says (``refresh_token_file``,
written with mode 0600, or ``refresh_token_store_command``); it is never printed. Needs
the optional extra (``./scripts/install --oauth`` or ``pip install 'silence-watch[oauth]'``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from silence_watch.cli.app import cli, config_option, load_config
from silence_watch.config.credentials import resolve_secret, store_secret
from silence_watch.core.errors import ConfigError
from silence_watch.mailbox import signin

if TYPE_CHECKING:
    from silence_watch.config import OAuth2Config, Settings

_SSH_RECIPE = """\
On a server without a browser, forward the port first, from the computer you sit at:

    ssh -L {port}:localhost:{port} you@this-server

keep that session open, then open the address below in the browser on your computer.
"""


def section_option(function: click.decorators.FC) -> click.decorators.FC:
    """``--for mailbox|smtp``: whose ``oauth2:`` section to sign in for."""
    return click.option(
        "--for",
        "section",
        type=click.Choice(["mailbox", "smtp"]),
        default="mailbox",
        show_default=True,
        help="Whose oauth2: section to use.",
    )(function)


def _oauth2(settings: Settings, section: str, provider: str) -> OAuth2Config:
    """The ``oauth2:`` section of ``section``, checked to be for ``provider``."""
    server = settings.mailbox if section == "mailbox" else settings.smtp
    oauth2 = server.oauth2 if server is not None else None
    if oauth2 is None:
        raise ConfigError(
            f"{section}.oauth2: add an oauth2: section with provider: {provider} and your "
            "client_id (see docs/configuration.md), then run this again"
        )
    if oauth2.provider != provider:
        raise ConfigError(
            f"{section}.oauth2.provider: is {oauth2.provider}; "
            f"run silence-watch auth {oauth2.provider} instead"
        )
    if not oauth2.refresh_token_file and not oauth2.refresh_token_store_command:
        raise ConfigError(
            f"{section}.oauth2.refresh_token_file: say where the refresh token goes (a file, "
            "kept with mode 0600) or set refresh_token_store_command"
        )
    return oauth2


def _keep(token: str, oauth2: OAuth2Config, section: str) -> None:
    where = store_secret(
        token,
        file=oauth2.refresh_token_file,
        command=oauth2.refresh_token_store_command,
        where=f"{section}.oauth2.refresh_token",
    )
    click.echo(
        f"Signed in. The refresh token is in {where} (it is not shown). "
        "Check the login with: silence-watch doctor"
    )


@cli.group()
def auth() -> None:
    """Sign in once to a Gmail or Microsoft 365 account (OAuth2); needs the oauth extra."""


@auth.command("microsoft")
@config_option
@section_option
def auth_microsoft(*, section: str) -> None:
    """Microsoft 365 / Outlook.com: sign in with a code on any device (device-code flow)."""
    settings = load_config()
    oauth2 = _oauth2(settings, section, "microsoft")
    app = signin.microsoft_app(oauth2.client_id, oauth2.tenant)
    token = signin.microsoft_device_sign_in(app, click.echo)
    _keep(token, oauth2, section)


@auth.command("google")
@config_option
@section_option
@click.option(
    "--port",
    type=click.IntRange(1024, 65535),
    default=8765,
    show_default=True,
    help="The local port Google sends the browser back to.",
)
def auth_google(*, section: str, port: int) -> None:
    """Gmail: sign in in a browser that Google sends back to this machine (loopback flow)."""
    settings = load_config()
    oauth2 = _oauth2(settings, section, "google")
    secret = resolve_secret(
        section,
        "client_secret",
        value=oauth2.client_secret,
        file=oauth2.client_secret_file,
    )
    click.echo(_SSH_RECIPE.format(port=port))
    token = signin.google_loopback_sign_in(
        oauth2.client_id,
        secret,
        port=port,
        say=click.echo,
        auth_uri=signin.GOOGLE_AUTH_URI,
        token_uri=oauth2.token_url or signin.GOOGLE_TOKEN_URI,
    )
    _keep(token, oauth2, section)
