"""sending.mode draft and auto, end to end on Dovecot and the SMTP sink."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.model import DraftStatus, InterviewState
from support.mailfactory import make_message
from test_delivery_loop import DANA, INVITE_ID, NY, Loop, company_thread, config_text, text_of

if TYPE_CHECKING:
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
        assert "Tuesday December 1 at 09:30" in first
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
