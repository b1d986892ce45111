"""Shared pytest fixtures: the private Dovecot server, fresh mail users and an SMTP sink.

The harness (``support.dovecot`` needs imapclient, ``support.smtp`` needs aiosmtpd) is
imported inside the fixtures that use it, so the pure tests of the core collect and run
in an environment that has neither (``tests/test_pure_collection.py`` holds us to it).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

SKIP_DOVECOT_ENV = "SILENCE_WATCH_SKIP_DOVECOT"
"""Set to 1 to skip (instead of fail) Dovecot tests on a machine without Dovecot."""


def _require_dovecot() -> str:
    """Return the dovecot binary; fail (skip when SILENCE_WATCH_SKIP_DOVECOT=1) without it."""
    from support.dovecot import find_dovecot  # noqa: PLC0415 - the harness loads on first use

    binary = find_dovecot()
    if binary is not None:
        return binary
    message = (
        "the dovecot binary is not installed: run ./scripts/test, which installs "
        f"dovecot-imapd (or set {SKIP_DOVECOT_ENV}=1 to skip the Dovecot tests)"
    )
    if os.environ.get(SKIP_DOVECOT_ENV) == "1":
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="session")
def dovecot_binary() -> str:
    """Return the path of the dovecot binary, for tests that build their own server."""
    return _require_dovecot()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """Yield one private Dovecot for the whole run; stop it and remove its files at the end."""
    _require_dovecot()
    from support.dovecot import DovecotServer  # noqa: PLC0415 - the harness loads on first use

    server = DovecotServer()
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    """Yield a Dovecot of this test's own, for tests that stop, restart or break the server."""
    _require_dovecot()
    from support.dovecot import DovecotServer  # noqa: PLC0415 - the harness loads on first use

    with DovecotServer() as server:
        yield server


@pytest.fixture
def mail_user(dovecot: DovecotServer) -> str:
    """Return a user name on the session Dovecot that no other test uses."""
    return dovecot.new_user()


@pytest.fixture
def smtp_sink(dovecot: DovecotServer) -> Iterator[SmtpSink]:
    """Yield a started SMTP sink delivering into the session Dovecot; stop it afterwards."""
    from support.smtp import SmtpSink  # noqa: PLC0415 - the harness loads on first use

    with SmtpSink(dovecot) as sink:
        yield sink
