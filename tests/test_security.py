"""Nothing leaves without the candidate's real approval, to a stranger, or with a secret shown."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import pytest

from silence_watch.config import parse_settings
from silence_watch.core.errors import DeliveryError
from silence_watch.core.model import DraftStatus, NewDraft
from silence_watch.delivery.cycle import delivery_for
from silence_watch.delivery.smtp import Outgoing, SmtpSender, build_message
from support.mailfactory import make_message
from test_delivery_loop import (
    NY,
    Loop,
    answer_digest,
    company_thread,
    config_text,
    text_of,
    token_of,
)

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

DANA = "dana.ruiz@acme.example"


def forged_from(dovecot: DovecotServer, user: str, digest: bytes) -> None:
    """Mallory quotes the digest (token and all) but writes from her own address."""
    quoted = text_of(digest).replace("\n", "\n> ")
    dovecot.append(user, make_message(
        sender="Mallory <mallory@example.net>", to=f"{user}@example.com",
        subject="Re: silence-watch digest", body=f"approve 1\n\n> {quoted}",
        date=datetime(2026, 11, 30, 12, 2, tzinfo=NY), in_reply_to=_id(digest),
    ), "INBOX")  # fmt: skip


def missing_reference(dovecot: DovecotServer, user: str, digest: bytes) -> None:
    """From the candidate, not a reply to the digest, and without its token."""
    assert token_of(digest)
    dovecot.append(user, make_message(
        sender=f"{user}@example.com", to=f"{user}@example.com",
        subject="Re: silence-watch digest", body="approve 1\n",
        date=datetime(2026, 11, 30, 12, 2, tzinfo=NY),
    ), "INBOX")  # fmt: skip


def wrong_token(dovecot: DovecotServer, user: str, digest: bytes) -> None:
    """A reply to the digest whose token is not the digest's."""
    raw = digest.replace(token_of(digest).encode(), b"sw-" + b"x" * 22)
    answer_digest(dovecot, user, raw, "approve 1", datetime(2026, 11, 30, 12, 2, tzinfo=NY))


def dkim_failed(dovecot: DovecotServer, user: str, digest: bytes) -> None:
    """A reply the candidate's provider stamped as failing DKIM."""
    answer_digest(dovecot, user, digest, "approve 1", datetime(2026, 11, 30, 12, 2, tzinfo=NY),
                  **{"Authentication-Results": "mx.example.com; dkim=fail; dmarc=fail"})


def _id(raw: bytes) -> str:
    for line in raw.decode().splitlines():
        if line.lower().startswith("message-id:"):
            return line.split(":", 1)[1].strip().strip("<>")
    raise AssertionError("no Message-ID")


@pytest.mark.dovecot
@pytest.mark.parametrize("attack", [forged_from, missing_reference, wrong_token, dkim_failed])
def test_a_reply_that_is_not_the_candidates_sends_nothing(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str,
    attack: object,
) -> None:  # fmt: skip
    """Forged From, no reference, wrong token, failed DKIM: refused, reported, nothing sent."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        (digest,) = loop.to(f"{mail_user}@example.com")
        attack(dovecot, mail_user, digest.raw)  # type: ignore[operator]
        loop.cycle("2026-11-30T12:05")
        loop.cycle("2026-11-30T12:10")
        assert loop.to(DANA) == []
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.QUEUED]
        refused = loop.store.refusals_to_report()
        assert len(refused) == 1
        assert refused[0][1].startswith("a reply was not carried out:")
    finally:
        loop.close()


@pytest.mark.dovecot
def test_a_reply_is_carried_out_once_and_a_later_one_meets_the_drafts_state(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """After "skip 1", a later "approve 1" finds it skipped; the same reply again does nothing."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        (digest,) = loop.to(f"{mail_user}@example.com")
        skip = answer_digest(dovecot, mail_user, digest.raw, "skip 1",
                             datetime(2026, 11, 30, 12, 2, tzinfo=NY))  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        loop.cycle("2026-11-30T12:06")
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.SKIPPED]
        answer_digest(dovecot, mail_user, digest.raw, "approve 1",
                      datetime(2026, 11, 30, 12, 7, tzinfo=NY))  # fmt: skip
        dovecot.append(mail_user, skip, "INBOX")  # the same reply seen again
        loop.cycle("2026-11-30T12:10")
        loop.cycle("2026-11-30T12:11")
        assert loop.to(DANA) == []
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.SKIPPED]
        confirmations = [text_of(m.raw) for m in loop.to(f"{mail_user}@example.com")[1:]]
        assert len(confirmations) == 2
        assert "[1] is skipped; it cannot be approved now" in confirmations[1]
    finally:
        loop.close()


@pytest.mark.dovecot
def test_a_recipient_who_is_not_a_contact_is_never_written_to(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """An approved draft to a stranger is cancelled before SMTP, and the candidate told."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00", send=False)
        now = datetime(2026, 11, 30, 12, 1, tzinfo=NY)
        stranger = loop.store.add_draft(NewDraft(
            interview_id=1, kind="follow_up", slot="forged", to_addr="eve@example.org",
            to_name="Eve", subject="Hello", body="Hi\n", in_reply_to=None, references=(),
            due_at=None,
        ), now)  # fmt: skip
        assert stranger is not None
        with delivery_for(loop.service) as (outbox, _):
            outbox.queue.approve(stranger, now=now, via="cli")
        loop.cycle("2026-11-30T12:05")
        assert [m for m in smtp_sink.messages if "eve@example.org" in m.recipients] == []
        assert loop.store.draft(stranger).status is DraftStatus.CANCELLED
    finally:
        loop.close()


@pytest.mark.parametrize(
    "change",
    [{"subject": "Hi\r\nBcc: eve@example.org"}, {"to": ("Dana\nBcc: eve@example.org", DANA)},
     {"in_reply_to": "a@b\r\nX: y"}, {"headers": {"X-Note": "a\rb"}}],
)  # fmt: skip
def test_a_line_break_in_a_header_is_refused(change: dict[str, object]) -> None:
    """CR or LF in a name, subject, id or header value refuses the message."""
    values: dict[str, object] = {
        "sender": ("Jordan Lee", "jordan@example.com"), "to": ("Dana Ruiz", DANA),
        "subject": "Re: Interview", "text": "Hi\n", "message_id": "x@example.com",
        "date": datetime(2026, 11, 30, 12, tzinfo=NY),
    }  # fmt: skip
    values.update(change)
    with pytest.raises(DeliveryError, match="line break"):
        build_message(Outgoing(**values))  # type: ignore[arg-type]


SECRET = "s3cret-Pw-7d1f0c"


def test_the_smtp_password_never_appears(
    smtp_sink: SmtpSink, caplog: pytest.LogCaptureFixture
) -> None:
    """A failed SMTP login names the server and user, never the password (repr, error, logs)."""
    settings = parse_settings(
        "me: {name: Jordan Lee, email: jordan@example.com}\n"
        "mailbox: {kind: maildir, path: /tmp/none}\n"
        f"smtp: {{host: 127.0.0.1, port: {smtp_sink.port}, security: plain,"
        f" username: jordan, password: {SECRET}}}\n"
    )
    assert settings.smtp is not None
    sender = SmtpSender(settings.smtp, settings.smtp.password.get_secret_value()
                        if settings.smtp.password else None)  # fmt: skip
    with pytest.raises(DeliveryError) as failed:
        sender.send(b"Subject: x\r\n\r\nx\r\n", sender="jordan@example.com", recipients=[DANA])
    shown = [str(failed.value), repr(failed.value), repr(sender), repr(settings), caplog.text,
             str(settings.model_dump())]  # fmt: skip
    assert all(SECRET not in text for text in shown)
    assert "127.0.0.1" in str(failed.value)
