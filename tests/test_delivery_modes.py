"""sending.mode draft and auto, end to end on Dovecot and the SMTP sink."""

from __future__ import annotations

import base64
import json
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from silence_watch.config import SmtpConfig
from silence_watch.core.errors import DeliveryError
from silence_watch.core.model import DraftStatus, InterviewState
from silence_watch.delivery.smtp import SmtpSender, smtp_tokens
from support.dovecot import free_port
from support.mailfactory import make_message
from test_delivery_loop import DANA, INVITE_ID, NY, Loop, company_thread, config_text, text_of

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

pytestmark = pytest.mark.dovecot

DANA_ADDR = "dana.ruiz@acme.example"


def at(when: str) -> datetime:
    """A literal New York moment."""
    return datetime.fromisoformat(when).replace(tzinfo=NY)


def drafts_in_folder(dovecot: DovecotServer, user: str) -> list[tuple[bytes, set[bytes]]]:
    """(bytes, flags) of every message in the candidate's Drafts folder."""
    with dovecot.connect(user) as client:
        if not client.folder_exists("Drafts"):
            return []
        client.select_folder("Drafts", readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]", "FLAGS"])
        return [(data[b"BODY[]"], set(data[b"FLAGS"])) for data in fetched.values()]


def remove_from_drafts(dovecot: DovecotServer, user: str) -> None:
    """The candidate's mail client removes every draft (after sending it, or not)."""
    with dovecot.connect(user) as client:
        client.select_folder("Drafts")
        client.delete_messages(client.search(["ALL"]))
        client.expunge()


def state_of(loop: Loop, when: str) -> InterviewState:
    """The one interview's state at ``when``."""
    ((_, verdict),) = loop.service.assessments(at(when))
    return verdict.state


def digests_to(loop: Loop, me: str) -> list[str]:
    """The text of every digest the candidate received, oldest first."""
    return [text_of(m.raw) for m in loop.to(me)]


def test_draft_mode_saves_a_threaded_draft_and_notices_it_was_sent(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Draft mode: the draft lands in Drafts; sent from the client it is sent; SMTP never used."""
    thanks_id = company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    text = config_text(tmp_path, dovecot, smtp_sink, mail_user, "  mode: draft")
    loop = Loop(text, tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        ((raw, flags),) = drafts_in_folder(dovecot, mail_user)
        assert {b"\\Draft", b"\\Seen"} <= flags
        assert f"In-Reply-To: <{thanks_id}>" in raw.decode()
        (digest,) = digests_to(loop, me)
        assert "is in your Drafts folder" in digest
        assert "[1] follow-up" not in digest
        loop.cycle("2026-11-30T12:30")
        assert len(drafts_in_folder(dovecot, mail_user)) == 1  # never appended twice

        dovecot.append(mail_user, raw, "Sent")  # the candidate pressed Send in their client
        remove_from_drafts(dovecot, mail_user)
        loop.cycle("2026-11-30T13:00")
        (draft,) = loop.store.drafts()
        assert draft.status is DraftStatus.SENT
        assert state_of(loop, "2026-11-30T13:00") is InterviewState.FOLLOWED_UP
        loop.cycle("2026-12-01T08:05")
        assert "you sent the follow up to dana.ruiz@acme.example" in digests_to(loop, me)[-1]
        assert loop.to(DANA_ADDR) == []
        assert [m.recipients for m in smtp_sink.messages] == [(me,), (me,)]
    finally:
        loop.close()


def test_draft_mode_notices_a_deleted_draft(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Draft mode: a draft deleted unsent is skipped, never re-saved, and the digest says so."""
    company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    text = config_text(tmp_path, dovecot, smtp_sink, mail_user, "  mode: draft")
    loop = Loop(text, tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        remove_from_drafts(dovecot, mail_user)
        loop.cycle("2026-11-30T13:00")
        loop.cycle("2026-11-30T14:00")
        (draft,) = loop.store.drafts()
        assert draft.status is DraftStatus.SKIPPED
        assert drafts_in_folder(dovecot, mail_user) == []
        loop.cycle("2026-12-01T08:05")
        assert "you deleted the draft to dana.ruiz@acme.example" in digests_to(loop, me)[-1]
        assert loop.to(DANA_ADDR) == []
    finally:
        loop.close()


def test_draft_mode_warns_when_the_company_wrote_after_the_draft_was_saved(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Draft mode: a reply after the draft was saved is flagged in the next digest, once."""
    company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    text = config_text(tmp_path, dovecot, smtp_sink, mail_user, "  mode: draft")
    loop = Loop(text, tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        # The candidate forwards the thread to a friend, who answers: that is no reason.
        forward_id = "fwd-1@example.com"
        dovecot.append(mail_user, make_message(
            sender=me, to="Pat Quinn <pat.quinn@example.net>",
            subject="Fwd: Interview for the Data Engineer role",
            body="Pat, does this read like good news to you?\n\n---------- Forwarded message",
            date=at("2026-11-30T12:02"), message_id=forward_id, references=[INVITE_ID],
        ), "Sent")
        dovecot.append(mail_user, make_message(
            sender="Pat Quinn <pat.quinn@example.net>", to=me,
            subject="Re: Fwd: Interview for the Data Engineer role",
            body="Sounds like they will decide soon. Fingers crossed!\n\nPat",
            date=at("2026-11-30T12:05"), in_reply_to=forward_id,
            references=[INVITE_ID, forward_id],
        ), "INBOX")
        loop.cycle("2026-11-30T12:08")
        assert [d for _, kind, d in loop.store.events() if kind == "draft_outdated"] == []
        dovecot.append(mail_user, make_message(
            sender=DANA, to=me, subject="Re: Interview for the Data Engineer role",
            body="Hi Jordan, we will decide on Friday.\n\nDana",
            date=at("2026-11-30T12:10"), in_reply_to=INVITE_ID,
        ), "INBOX")  # fmt: skip
        loop.cycle("2026-11-30T12:30")
        loop.cycle("2026-11-30T12:40")
        warned = [d for _, kind, d in loop.store.events() if kind == "draft_outdated"]
        assert len(warned) == 1
        assert "read it before you send that draft" in warned[0]
        loop.cycle("2026-12-01T08:05")
        assert "read it before you send that draft" in digests_to(loop, me)[-1]
        assert len(drafts_in_folder(dovecot, mail_user)) == 1
        assert loop.to(DANA_ADDR) == []
    finally:
        loop.close()


def test_auto_mode_sends_once_inside_the_window_and_reports_it(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Auto mode: no approval asked; outside the window it waits; inside it goes out once."""
    company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    text = config_text(tmp_path, dovecot, smtp_sink, mail_user, "  mode: auto")
    text = text.replace('"00:00"', '"09:30"').replace('"23:59"', '"11:30"')
    loop = Loop(text, tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")  # due, but the window closed at 11:30
        assert loop.to(DANA_ADDR) == []
        (first,) = digests_to(loop, me)
        assert "(sending.mode auto)" in first
        assert "it goes out Tue 1 Dec 09:30" in first
        loop.cycle("2026-12-01T09:00")
        assert loop.to(DANA_ADDR) == []
        loop.cycle("2026-12-01T09:31")
        loop.cycle("2026-12-01T09:45")
        loop.cycle("2026-12-01T10:30")
        assert len(loop.to(DANA_ADDR)) == 1
        (draft,) = loop.store.drafts()
        assert draft.status is DraftStatus.SENT
        loop.cycle("2026-12-02T08:05")
        assert "sent the follow up to dana.ruiz@acme.example" in digests_to(loop, me)[-1]
        assert len(loop.to(DANA_ADDR)) == 1
    finally:
        loop.close()


# --- XOAUTH2 for SMTP -----------------------------------------------------------------


class OAuthServer:
    """aiosmtpd handler: XOAUTH2 accepts only ``good``; messages are recorded."""

    def __init__(self, good: str) -> None:
        """Accept the token ``good``."""
        self.good = good
        self.logins: list[str] = []
        self.received: list[bytes] = []

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:  # noqa: N802 - aiosmtpd's hook name
        """Check the initial response of an XOAUTH2 login."""
        del server
        response = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        self.logins.append(response)
        expected = f"user=jordan@example.com\x01auth=Bearer {self.good}\x01\x01"
        return AuthResult(success=response == expected, handled=False)  # aiosmtpd answers 535

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        """Record the message, only from a logged-in session."""
        del server
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.received.append(bytes(envelope.original_content or envelope.content))
        return "250 2.0.0 OK"


@pytest.fixture
def oauth_smtp() -> Iterator[tuple[OAuthServer, int]]:
    """An SMTP server on loopback that offers XOAUTH2 (and accepts the token ``good``)."""
    handler = OAuthServer("good")
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        server_hostname="oauth.example.net",
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def oauth_config(port: int, **keys: object) -> SmtpConfig:
    """An SMTP config for the loopback server with XOAUTH2 login."""
    return SmtpConfig.model_validate(
        {"host": "127.0.0.1", "port": port, "security": "plain",
         "username": "jordan@example.com", "auth": "oauth2", **keys}
    )  # fmt: skip


def one_message() -> bytes:
    """A small message to hand over."""
    return b"From: jordan@example.com\r\nTo: dana.ruiz@acme.example\r\nSubject: hi\r\n\r\nhi\r\n"


def test_smtp_logs_in_by_xoauth2_with_a_token_command(
    oauth_smtp: tuple[OAuthServer, int],
) -> None:
    """smtp.auth oauth2 with token_command: the XOAUTH2 login succeeds and the mail goes."""
    server, port = oauth_smtp
    config = oauth_config(port, token_command="echo good")
    sender = SmtpSender(config, None, tokens=smtp_tokens(config))
    try:
        sender.send(one_message(), sender="jordan@example.com", recipients=[DANA_ADDR])
    finally:
        sender.close()
    assert len(server.received) == 1


def test_a_refused_smtp_token_is_a_one_line_error_without_the_token(
    oauth_smtp: tuple[OAuthServer, int],
) -> None:
    """A token the server refuses (twice) gives one line naming the token, never its value."""
    server, port = oauth_smtp
    config = oauth_config(port, token_command="echo tok-revoked-abc123")
    sender = SmtpSender(config, None, tokens=smtp_tokens(config))
    with pytest.raises(DeliveryError) as caught:
        sender.send(one_message(), sender="jordan@example.com", recipients=[DANA_ADDR])
    assert "OAuth2 token" in str(caught.value)
    assert "tok-revoked" not in str(caught.value)
    assert server.received == []
    assert len(server.logins) == 2  # the cached token, then a fresh one


def test_smtp_xoauth2_refreshes_a_stale_token_once(oauth_smtp: tuple[OAuthServer, int]) -> None:
    """With an oauth2 section, a refused cached token is replaced once by a fresh one."""
    server, port = oauth_smtp
    issued = iter(["stale", "good"])

    class TokenEndpoint(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"access_token": next(issued), "expires_in": 3600}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
            del format, args

    endpoint = HTTPServer(("127.0.0.1", 0), TokenEndpoint)
    thread = threading.Thread(target=endpoint.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{endpoint.server_address[1]}/token"
        config = oauth_config(
            port, oauth2={"client_id": "client.example.org", "refresh_token": "rt-1",
                          "token_url": url},
        )  # fmt: skip
        sender = SmtpSender(config, None, tokens=smtp_tokens(config))
        try:
            sender.send(one_message(), sender="jordan@example.com", recipients=[DANA_ADDR])
        finally:
            sender.close()
    finally:
        endpoint.shutdown()
        endpoint.server_close()
    assert len(server.received) == 1
    assert [login.split("Bearer ")[1].strip("\x01") for login in server.logins] == ["stale", "good"]
