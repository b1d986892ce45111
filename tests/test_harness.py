"""Tests that the real-mail harness works: Dovecot, the SMTP sink and the message factory."""

from __future__ import annotations

import smtplib
import ssl
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from imapclient.imapclient import DRAFTS, SENT

from support.dovecot import IMAP_TIMEOUT, DovecotServer, parse_uid_set
from support.mailfactory import make_message, reply_to_message

if TYPE_CHECKING:
    from support.smtp import SmtpSink

WHEN = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)


def _message(subject: str = "Interview follow-up", message_id: str | None = None) -> bytes:
    """Return a small test message from a recruiter at example.com."""
    return make_message(
        sender="Recruiter <hr@example.com>",
        to="Candidate <candidate@example.org>",
        subject=subject,
        body="Thank you for coming in today.",
        date=WHEN,
        message_id=message_id,
    )


def _message_ids(client: IMAPClient, folder: str = "INBOX") -> list[bytes]:
    """Return the Message-ID header lines of every message in ``folder``, in UID order."""
    client.select_folder(folder, readonly=True)
    uids = client.search(["ALL"])
    fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
    return [fetched[uid][b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].strip() for uid in sorted(fetched)]


@pytest.mark.dovecot
def test_plain_port_greets_and_logs_in(dovecot: DovecotServer, mail_user: str) -> None:
    """The plain port sends a ``* OK`` greeting and accepts the static password."""
    client = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=IMAP_TIMEOUT)
    with client:
        assert client.welcome.startswith(b"* OK")
        client.login(mail_user, dovecot.password)
        assert client.select_folder("INBOX")[b"EXISTS"] == 0


@pytest.mark.dovecot
def test_tls_port_logs_in_with_the_test_certificate(dovecot: DovecotServer, mail_user: str) -> None:
    """The TLS port presents the test certificate, verifiable for 127.0.0.1, and logs in."""
    context = ssl.create_default_context(cafile=str(dovecot.cert_path))
    client = IMAPClient(
        dovecot.host, port=dovecot.imaps_port, ssl=True, ssl_context=context, timeout=IMAP_TIMEOUT
    )
    with client:
        assert client.welcome.startswith(b"* OK")
        client.login(mail_user, dovecot.password)
        assert client.folder_exists("INBOX")


@pytest.mark.dovecot
def test_wrong_password_is_refused(dovecot: DovecotServer, mail_user: str) -> None:
    """A wrong password fails to log in, so tests can exercise auth failures."""
    client = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=IMAP_TIMEOUT)
    with pytest.raises(LoginError):
        client.login(mail_user, "not-the-password")
    client.shutdown()


@pytest.mark.dovecot
def test_appended_message_is_fetched_back_by_uid(dovecot: DovecotServer, mail_user: str) -> None:
    """A message appended with flags and a date comes back by its UID with its Message-ID."""
    raw = _message(message_id="<append-1@example.com>")
    uid = dovecot.append(mail_user, raw, flags=[r"\Seen"], when=WHEN)
    assert uid is not None
    with dovecot.connect(mail_user) as client:
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch([uid], ["RFC822", "FLAGS", "INTERNALDATE"])[uid]
    assert b"Message-ID: <append-1@example.com>" in fetched[b"RFC822"]
    assert rb"\Seen" in fetched[b"FLAGS"]
    assert fetched[b"INTERNALDATE"].astimezone(UTC) == WHEN
    assert (dovecot.maildir_path(mail_user) / "cur").is_dir()


@pytest.mark.dovecot
def test_multi_append_returns_one_uid_per_message(dovecot: DovecotServer, mail_user: str) -> None:
    """MULTIAPPEND in batches files every message in a new folder, UIDs in order."""
    raws = [_message(f"Bulk {n}", f"<bulk-{n}@example.com>") for n in range(25)]
    uids = dovecot.multi_append(mail_user, raws, "Archive", batch_size=10)
    assert uids == list(range(1, 26))
    with dovecot.connect(mail_user) as client:
        ids = _message_ids(client, "Archive")
    assert ids == [f"Message-ID: <bulk-{n}@example.com>".encode() for n in range(25)]


@pytest.mark.dovecot
def test_users_have_separate_mailboxes(dovecot: DovecotServer) -> None:
    """Mail appended for one user is not visible to another."""
    alice, bob = dovecot.new_user("alice"), dovecot.new_user("bob")
    assert alice != bob
    dovecot.append(alice, _message(message_id="<only-alice@example.com>"))
    with dovecot.connect(alice) as client:
        assert _message_ids(client) == [b"Message-ID: <only-alice@example.com>"]
    with dovecot.connect(bob) as client:
        assert _message_ids(client) == []


@pytest.mark.dovecot
def test_special_use_folders_are_advertised(dovecot: DovecotServer, mail_user: str) -> None:
    """Sent and Drafts exist with their SPECIAL-USE flags, as at a real provider."""
    with dovecot.connect(mail_user) as client:
        assert client.has_capability("SPECIAL-USE")
        assert client.find_special_folder(SENT) == "Sent"
        assert client.find_special_folder(DRAFTS) == "Drafts"
        flags = {name: set(found) for found, _, name in client.list_folders()}
    assert rb"\Sent" in flags["Sent"]


@pytest.mark.dovecot
def test_smtp_sink_delivers_to_the_recipients_inbox(
    dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """A message sent with smtplib is recorded by the sink and lands in the user's INBOX."""
    first = _message(message_id="<question@example.com>")
    raw = reply_to_message(
        first, sender=f"Candidate <{mail_user}@example.org>", body="Any news?", date=WHEN
    )
    raw = raw.replace(b"To: Recruiter <hr@example.com>", f"To: <{mail_user}@example.org>".encode())
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as smtp:
        refused = smtp.sendmail("hr@example.com", [f"{mail_user}@example.org"], raw)
    assert refused == {}
    [received] = smtp_sink.wait_for(1, timeout=10)
    assert received.mail_from == "hr@example.com"
    assert received.recipients == (f"{mail_user}@example.org",)
    assert received.delivered_to == (mail_user,)
    assert b"In-Reply-To: <question@example.com>" in received.raw
    with dovecot.connect(mail_user) as client:
        client.select_folder("INBOX", readonly=True)
        [uid] = client.search(["HEADER", "In-Reply-To", "question@example.com"])
        body = client.fetch([uid], ["RFC822"])[uid][b"RFC822"]
    assert b"Subject: Re: Interview follow-up" in body


def test_reply_threads_like_a_mail_client() -> None:
    """A reply to a reply keeps the whole References chain and a single ``Re:``."""
    first = _message(message_id="<one@example.com>")
    second = reply_to_message(first, sender="candidate@example.org", body="Hi", date=WHEN)
    third = reply_to_message(second, sender="Recruiter <hr@example.com>", body="Ok", date=WHEN)
    parse = BytesParser(policy=policy.default).parsebytes
    reply, answer = parse(second), parse(third)
    assert b"\r\n" in third
    assert b"\n" not in third.replace(b"\r\n", b"")
    assert answer["Subject"] == "Re: Interview follow-up"
    assert answer["To"] == "candidate@example.org"
    assert answer["In-Reply-To"] == reply["Message-ID"]
    assert str(reply["Message-ID"]).endswith("@example.org>")
    assert str(answer["Message-ID"]).endswith("@example.com>")
    assert str(answer["References"]).split() == ["<one@example.com>", reply["Message-ID"]]


def test_parse_uid_set_expands_ranges() -> None:
    """APPENDUID uid-sets expand to every UID, ranges included."""
    assert parse_uid_set(b"4,7:9") == [4, 7, 8, 9]


@pytest.mark.dovecot
def test_restart_keeps_mail(private_dovecot: DovecotServer) -> None:
    """A stopped and restarted Dovecot serves the same mail on the same ports."""
    server = private_dovecot
    user = server.new_user()
    server.append(user, _message(message_id="<kept@example.com>"))
    ports = (server.imap_port, server.imaps_port)
    server.restart()
    assert server.running
    assert (server.imap_port, server.imaps_port) == ports
    with server.connect(user, tls=True) as client:
        assert _message_ids(client) == [b"Message-ID: <kept@example.com>"]


@pytest.mark.dovecot
def test_context_manager_removes_its_files(dovecot_binary: str) -> None:
    """Leaving ``with DovecotServer()`` stops the server and deletes its directory."""
    assert Path(dovecot_binary).name == "dovecot"
    with DovecotServer() as server:
        base_dir = server.base_dir
        assert server.running
    assert not server.running
    assert not base_dir.exists()
