"""The IMAP adapter against a real Dovecot: incremental, cheap, resumable and duplicate-free."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from silence_watch.core.errors import MailboxError
from silence_watch.mailbox.base import Cursor
from silence_watch.mailbox.imap import CHUNK, ImapMailbox
from silence_watch.mailbox.imapdata import header_blocks, idle_news
from silence_watch.mailbox.oauth import PasswordAuth
from sync_support import NOW, imap_config, messages, new_service

if TYPE_CHECKING:
    from pathlib import Path

    from silence_watch.mailbox.base import Batch
    from support.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot


def _open(server: DovecotServer, user: str, **extra: object) -> ImapMailbox:
    return ImapMailbox(imap_config(server, user, **extra), server.password)


def test_incremental_sync_picks_up_exactly_the_new_messages(
    dovecot: DovecotServer,
    mail_user: str,
    tmp_path: Path,
) -> None:
    """A second sync indexes only what arrived after the first, in the inbox and in Sent."""
    dovecot.multi_append(mail_user, messages(5))
    service = new_service(tmp_path)
    mailbox = _open(dovecot, mail_user)
    try:
        assert service.sync_mailbox(mailbox, NOW).indexed == 5
        dovecot.multi_append(mail_user, messages(3, start=5))
        dovecot.append(mail_user, messages(1, tag="sent")[0], folder="Sent")
        assert service.sync_mailbox(mailbox, NOW).indexed == 4
        assert service.sync_mailbox(mailbox, NOW).indexed == 0
    finally:
        mailbox.close()
    assert service.store.count_messages() == 9
    assert service.store.known_keys(mailbox.name, "INBOX") == {str(n) for n in range(1, 9)}


def test_a_poll_with_nothing_new_costs_one_command_per_folder(
    dovecot: DovecotServer,
    mail_user: str,
    tmp_path: Path,
) -> None:
    """Once indexed, a sync of the inbox and Sent sends exactly two IMAP commands (STATUS)."""
    dovecot.multi_append(mail_user, messages(20))
    service = new_service(tmp_path)
    mailbox = _open(dovecot, mail_user)
    try:
        service.sync_mailbox(mailbox, NOW)
        before = mailbox.commands_sent
        service.sync_mailbox(mailbox, NOW)
        assert mailbox.commands_sent - before == len(mailbox.watched_folders()) == 2
    finally:
        mailbox.close()


def test_the_cursor_carries_uidvalidity_last_uid_and_highestmodseq(
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """With CONDSTORE enabled, the saved cursor holds the folder's HIGHESTMODSEQ."""
    dovecot.multi_append(mail_user, messages(3))
    mailbox = _open(dovecot, mail_user)
    try:
        assert mailbox.has_condstore
        batches = list(mailbox.poll("INBOX", None, set()))
        cursor = batches[-1].cursor
        assert cursor.last_uid == 3
        assert cursor.validity > 0
        assert cursor.modseq > 0
        again = list(mailbox.poll("INBOX", cursor, {"1", "2", "3"}))
        assert again[-1].cursor == cursor
        assert again[-1].messages == ()
    finally:
        mailbox.close()


def test_new_messages_are_fetched_in_chunks_of_explicit_uids(
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """More than one chunk of new mail arrives as several batches counting down ``remaining``."""
    dovecot.multi_append(mail_user, messages(CHUNK + 10))
    mailbox = _open(dovecot, mail_user)
    try:
        batches = list(mailbox.poll("INBOX", None, set()))
    finally:
        mailbox.close()
    assert [len(b.messages) for b in batches] == [CHUNK, 10]
    assert [b.remaining for b in batches] == [10, 0]
    assert [b.cursor.last_uid for b in batches] == [CHUNK, CHUNK + 10]
    assert b"Message-ID: <m-0@acme.example>" in batches[0].messages[0].headers


def test_dovecot_restarted_mid_first_run_completes_without_gaps_or_doubles(
    private_dovecot: DovecotServer,
    tmp_path: Path,
) -> None:
    """A server restart after the first batch fails that sync; the next one finishes the job."""
    user = private_dovecot.new_user()
    total = 2 * CHUNK + 50
    private_dovecot.multi_append(user, messages(total))
    service = new_service(tmp_path)
    mailbox = _open(private_dovecot, user)
    seen: list[int] = []

    def restart_once(batch: Batch) -> None:
        seen.append(len(batch.messages))
        if len(seen) == 1:
            private_dovecot.restart()

    try:
        with pytest.raises(MailboxError, match="lost the connection"):
            service.sync_mailbox(mailbox, NOW, progress=restart_once)
        assert service.store.count_messages() == CHUNK
        report = service.sync_mailbox(mailbox, NOW)
    finally:
        mailbox.close()
    assert report.indexed == total - CHUNK
    assert service.store.count_messages() == total
    assert len(service.store.known_keys(mailbox.name, "INBOX")) == total
    assert mailbox.connections == 2


def test_a_recreated_folder_with_new_uidvalidity_creates_no_duplicates(
    dovecot: DovecotServer,
    mail_user: str,
    tmp_path: Path,
) -> None:
    """Deleting and recreating Sent re-reads it under its new UIDVALIDITY; only new mail counts."""
    sent = messages(3, tag="sent")
    dovecot.multi_append(mail_user, sent, folder="Sent")
    service = new_service(tmp_path)
    mailbox = _open(dovecot, mail_user)
    try:
        assert service.sync_mailbox(mailbox, NOW).indexed == 3
        old = service.store.cursor(mailbox.name, "Sent")
        with dovecot.connect(mail_user) as client:
            client.delete_folder("Sent")
            client.create_folder("Sent")
        dovecot.multi_append(mail_user, [*sent, *messages(1, start=3, tag="sent")], folder="Sent")
        report = service.sync_mailbox(mailbox, NOW)
        new = service.store.cursor(mailbox.name, "Sent")
    finally:
        mailbox.close()
    assert old is not None
    assert new is not None
    assert new.validity != old.validity
    assert report.indexed == 1
    assert service.store.count_messages() == 4
    assert service.store.known_keys(mailbox.name, "Sent") == {"1", "2", "3", "4"}


def test_special_use_folders_are_found_and_config_overrides_them(
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """Sent and Drafts come from SPECIAL-USE; a configured name wins."""
    mailbox = _open(dovecot, mail_user)
    try:
        assert mailbox.special_folders() == {"sent": "Sent", "drafts": "Drafts"}
        assert mailbox.watched_folders() == ["INBOX", "Sent"]
        assert not mailbox.is_gmail
    finally:
        mailbox.close()
    with dovecot.connect(mail_user) as client:
        client.create_folder("Outbox copies")
    mailbox = _open(dovecot, mail_user, sent="Outbox copies", drafts="Sent")
    try:
        assert mailbox.watched_folders() == ["INBOX", "Outbox copies"]
        assert mailbox.special_folders()["drafts"] == "Sent"
    finally:
        mailbox.close()


def test_implicit_tls_and_starttls_both_log_in(dovecot: DovecotServer, mail_user: str) -> None:
    """The adapter reads mail over port-993-style TLS and over STARTTLS."""
    dovecot.append(mail_user, messages(1)[0])
    for security in ("tls", "starttls"):
        config = imap_config(dovecot, mail_user, security=security)
        mailbox = ImapMailbox(config, PasswordAuth("secret"), ssl_context=dovecot.ssl_context())
        try:
            batch = next(iter(mailbox.poll("INBOX", None, set())))
            assert len(batch.messages) == 1
        finally:
            mailbox.close()


def test_a_wrong_password_is_one_plain_line(dovecot: DovecotServer, mail_user: str) -> None:
    """A refused login says which server and user, on one line, without the password."""
    with pytest.raises(MailboxError) as raised:
        ImapMailbox(imap_config(dovecot, mail_user), "not-the-password")
    text = str(raised.value)
    assert "\n" not in text
    assert mail_user in text
    assert "not-the-password" not in text


def test_an_unreachable_server_is_a_mailbox_error(dovecot: DovecotServer) -> None:
    """Nothing listening on the port gives MailboxError, not a socket error."""
    from support.dovecot import free_port  # noqa: PLC0415 - only this test needs a dead port

    config = imap_config(dovecot, "nobody", port=free_port())
    config = config.model_copy(update={"port": free_port()})
    with pytest.raises(MailboxError, match="cannot reach"):
        ImapMailbox(config, "secret")


def test_fetch_message_returns_the_whole_message(dovecot: DovecotServer, mail_user: str) -> None:
    """A message is fetched whole by its key; a missing key gives None."""
    raw = messages(1)[0]
    dovecot.append(mail_user, raw)
    mailbox = _open(dovecot, mail_user)
    try:
        whole = mailbox.fetch_message("INBOX", "1")
        assert whole is not None
        assert b"Message number 0." in whole
        assert mailbox.fetch_message("INBOX", "99") is None
    finally:
        mailbox.close()


def test_a_cursor_of_a_folder_that_lost_its_messages_stays_put(
    dovecot: DovecotServer,
    mail_user: str,
) -> None:
    """A cursor ahead of the folder (mail deleted) yields nothing and keeps its last UID."""
    dovecot.append(mail_user, messages(1)[0])
    mailbox = _open(dovecot, mail_user)
    try:
        validity = next(iter(mailbox.poll("INBOX", None, set()))).cursor.validity
        batches = list(mailbox.poll("INBOX", Cursor(validity, 50, 0), set()))
    finally:
        mailbox.close()
    assert [(b.messages, b.cursor.last_uid) for b in batches] == [((), 50)]


@pytest.mark.parametrize(
    ("responses", "new_mail", "bye"),
    [
        ([], False, False),
        ([(b"OK", b"Still here")], False, False),
        ([(3, b"EXISTS"), (1, b"RECENT")], True, False),
        ([(2, b"FETCH", (b"FLAGS", (b"\\Seen",)))], False, False),
        ([(b"BYE", b"Server shutting down.")], False, True),
        ([b"junk"], False, False),
    ],
)
def test_idle_responses_are_reduced_to_news(
    responses: list[object],
    new_mail: bool,
    bye: bool,
) -> None:
    """EXISTS or RECENT means new mail, BYE means the end; flag changes mean nothing."""
    news = idle_news(list(responses))
    assert (news.new_mail, news.bye, news.responses) == (new_mail, bye, len(responses))


def test_a_sync_after_a_server_restart_succeeds_on_the_first_try(
    private_dovecot: DovecotServer,
    tmp_path: Path,
) -> None:
    """A stale connection found by the first STATUS is re-opened and the sync goes on."""
    user = private_dovecot.new_user()
    private_dovecot.multi_append(user, messages(2))
    service = new_service(tmp_path)
    mailbox = _open(private_dovecot, user)
    try:
        service.sync_mailbox(mailbox, NOW)
        private_dovecot.restart()
        private_dovecot.multi_append(user, messages(1, start=2))
        assert service.sync_mailbox(mailbox, NOW).indexed == 1
    finally:
        mailbox.close()
    assert mailbox.connections == 2


def test_header_blocks_are_read_from_imaplib_fetch_data() -> None:
    """Literals map to their UID wherever UID sits; Gmail thread ids become a header."""
    data: list[object] = [
        (b"1 (UID 7 BODY[HEADER.FIELDS (MESSAGE-ID X-GM-THRID)] {20}", b"Message-ID: <a@b>\r\n"),
        b")",
        (b"2 (BODY[HEADER.FIELDS (MESSAGE-ID)] {6}", b"X: y\r\n"),
        b" UID 9)",
        (b"3 (X-GM-THRID 1234 UID 11 BODY[HEADER.FIELDS (MESSAGE-ID)] {2}", b"\r\n"),
        b")",
        b'4 (UID 12 BODY[HEADER.FIELDS (MESSAGE-ID)] "")',
        b"5 (UID 99 FLAGS (\\Seen))",
    ]
    assert header_blocks(data, [7, 9, 11, 12]) == {
        7: b"Message-ID: <a@b>\r\n",
        9: b"X: y\r\n",
        11: b"X-GM-THRID: 1234\r\n\r\n",
        12: b"",
    }
