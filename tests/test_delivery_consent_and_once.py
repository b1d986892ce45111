"""Delivery keeps consent and sends once: replies in one pass, stops, windows, broken drafts."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import datetime
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.errors import DeliveryError
from silence_watch.core.model import DraftStatus, NewDraft
from silence_watch.delivery.cycle import delivery_for
from silence_watch.delivery.smtp import Outgoing, build_message
from support.smtp import SmtpSink
from test_delivery_loop import NY, Loop, answer_digest, company_thread, config_text, text_of
from test_fault_injection import SENDER

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from support.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot

DANA = "dana.ruiz@acme.example"


def at(when: str) -> datetime:
    """A literal New York moment."""
    return datetime.fromisoformat(when).replace(tzinfo=NY)


def approve(loop: Loop, draft_id: int, when: str) -> None:
    """Approve one draft as `drafts approve` does."""
    with delivery_for(loop.service) as (outbox, _):
        outbox.queue.approve(draft_id, now=at(when), via="cli")


def test_a_second_reply_to_one_digest_in_the_same_pass_meets_the_first_ones_result(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Two replies read in one pass are carried out in order: the later approve wins, once."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        (digest,) = loop.to(f"{mail_user}@example.com")
        answer_digest(dovecot, mail_user, digest.raw, "snooze 1 1d", at("2026-11-30T12:02"))
        answer_digest(dovecot, mail_user, digest.raw, "approve 1", at("2026-11-30T12:03"))
        loop.cycle("2026-11-30T12:05")
        loop.cycle("2026-11-30T12:06")
        assert len(loop.to(DANA)) == 1
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.SENT]
        assert loop.store.refusals_to_report() == []
        confirmations = [text_of(m.raw) for m in loop.to(f"{mail_user}@example.com")[1:]]
        assert ["[1] snoozed" in c for c in confirmations] == [True, False]
        assert "[1] approved: it goes out" in confirmations[1]
    finally:
        loop.close()


def test_a_snoozed_draft_wakes_up_queued_and_asks_again(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """After its snooze a draft is queued again and in the digest; it is not sent by itself."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00")
        (digest,) = loop.to(f"{mail_user}@example.com")
        answer_digest(dovecot, mail_user, digest.raw, "snooze 1 1d", at("2026-11-30T12:02"))
        loop.cycle("2026-11-30T12:05")
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.SNOOZED]
        loop.cycle("2026-12-01T09:00")  # not yet: snoozed until 12:05
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.SNOOZED]
        loop.cycle("2026-12-02T09:00")
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.QUEUED]
        assert loop.to(DANA) == []
        latest = loop.to(f"{mail_user}@example.com")[-1]
        assert "[1] Follow-up to Acme Corp" in text_of(latest.raw)
    finally:
        loop.close()


@pytest.mark.parametrize("control", ["stopped", "closed"])
def test_an_approved_draft_is_not_sent_after_the_interview_is_stopped_or_closed(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str, control: str
) -> None:
    """Stopping (or closing) an interview after approving its draft withdraws the consent."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00", send=False)
        (draft,) = loop.store.drafts()
        approve(loop, draft.id, "2026-11-30T12:01")
        if control == "stopped":
            loop.store.set_interview_control(draft.interview_id, stopped=True)
        else:
            loop.store.set_interview_control(draft.interview_id, closed_at=at("2026-11-30T12:02"))
        loop.cycle("2026-11-30T12:05")
        assert loop.to(DANA) == []
        assert loop.store.draft(draft.id).status is DraftStatus.CANCELLED
        cancelled = [d for _, kind, d in loop.store.events() if kind == "send_cancelled"]
        assert control in cancelled[0]
    finally:
        loop.close()


def test_an_approved_draft_waits_for_the_window_when_its_moment_passed_outside_it(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """A machine asleep through the window does not send on waking at night; it waits."""
    company_thread(dovecot, mail_user)
    text = (
        config_text(tmp_path, dovecot, smtp_sink, mail_user)
        .replace("[mon, tue, wed, thu, fri, sat, sun]", "[tue]")
        .replace('"00:00"', '"09:30"')
        .replace('"23:59"', '"11:30"')
    )
    loop = Loop(text, tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00", send=False)
        (draft,) = loop.store.drafts()
        approve(loop, draft.id, "2026-12-01T10:00")  # Tuesday, in the window
        loop.cycle("2026-12-05T23:00")  # Saturday night: the machine was asleep until now
        assert loop.to(DANA) == []
        assert loop.store.draft(draft.id).status is DraftStatus.APPROVED
        loop.cycle("2026-12-08T10:00")  # the next Tuesday's window
        assert len(loop.to(DANA)) == 1
    finally:
        loop.close()


@pytest.mark.parametrize(
    "poison",
    [{"in_reply_to": "x\x00y@acme.example"}, {"to_name": "Dana\u2028Bcc: eve@example.org"}],
)
def test_a_draft_that_cannot_be_built_is_cancelled_and_blocks_nothing(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str,
    poison: dict[str, str],
) -> None:  # fmt: skip
    """A header that cannot be written safely cancels that draft only; the others still go."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00", send=False)
        (good,) = loop.store.drafts()
        bad = loop.store.add_draft(NewDraft(
            interview_id=good.interview_id, kind="follow_up", slot="poison", to_addr=DANA,
            to_name=poison.get("to_name", "Dana Ruiz"), subject="Re: Interview", body="Hi\n",
            in_reply_to=poison.get("in_reply_to"), references=(), due_at=None,
        ), at("2026-11-30T12:01"))  # fmt: skip
        assert bad is not None
        approve(loop, bad, "2026-11-30T12:01")
        approve(loop, good.id, "2026-11-30T12:01")
        loop.cycle("2026-11-30T12:05")
        assert len(loop.to(DANA)) == 1
        assert [m for m in smtp_sink.messages if "eve@example.org" in m.recipients] == []
        assert loop.store.draft(good.id).status is DraftStatus.SENT
        assert loop.store.draft(bad).status is DraftStatus.CANCELLED
    finally:
        loop.close()


def test_drafts_mode_saves_the_others_when_one_draft_cannot_be_built(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Drafts mode: a draft whose header cannot be written is cancelled; the others are saved."""
    company_thread(dovecot, mail_user)
    text = config_text(tmp_path, dovecot, smtp_sink, mail_user, "  mode: draft")
    loop = Loop(text, tmp_path, smtp_sink)
    try:
        loop.cycle("2026-11-30T12:00", send=False)
        (good,) = loop.store.drafts()
        bad = loop.store.add_draft(NewDraft(
            interview_id=good.interview_id, kind="follow_up", slot="poison", to_addr=DANA,
            to_name="Dana Ruiz", subject="Re: Interview", body="Hi\n",
            in_reply_to="x\x00y@acme.example", references=(), due_at=None,
        ), at("2026-11-30T12:01"))  # fmt: skip
        assert bad is not None
        with delivery_for(loop.service) as (outbox, _):  # decide would cancel the odd slot
            report = outbox.run(at("2026-11-30T12:05"))
        assert report.problems == []
        assert report.drafted == [good.id]
        assert loop.store.draft(bad).status is DraftStatus.CANCELLED
        with dovecot.connect(mail_user) as client:
            client.select_folder("Drafts", readonly=True)
            assert len(client.search(["ALL"])) == 1
    finally:
        loop.close()


def test_a_line_boundary_in_a_header_is_a_delivery_error() -> None:
    """Every line boundary the email package refuses is refused as a DeliveryError first."""
    for bad in ("\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"):
        with pytest.raises(DeliveryError, match="line break"):
            build_message(Outgoing(
                sender=("Jordan Lee", "jordan@example.com"), to=(f"Dana{bad}Eve", DANA),
                subject="Re: x", text="Hi\n", message_id="x@example.com",
                date=at("2026-11-30T12:00"),
            ))  # fmt: skip


class SlowSink(SmtpSink):
    """A server slow to answer the DATA of a follow-up; says when it started on one."""

    def __init__(self, dovecot: DovecotServer) -> None:
        """A sink that holds each follow-up for two seconds before its 250."""
        super().__init__(dovecot)
        self.receiving = threading.Event()

    def deliver(self, recipients: tuple[str, ...], raw: bytes) -> tuple[str, ...]:
        """Hold a follow-up (not a digest) for a while, then deliver it."""
        if DANA in recipients:
            self.receiving.set()
            time.sleep(2)
        return super().deliver(recipients, raw)


@pytest.fixture
def slow_sink(dovecot: DovecotServer) -> Iterator[SlowSink]:
    """A started slow sink."""
    with SlowSink(dovecot) as sink:
        yield sink


def test_two_runs_at_once_neither_resend_nor_misreport(
    tmp_path: Path, dovecot: DovecotServer, slow_sink: SlowSink, mail_user: str
) -> None:
    """A second `run --once` while the first is mid-SMTP waits: sent once, recorded sent."""
    company_thread(dovecot, mail_user)
    text = config_text(tmp_path, dovecot, slow_sink, mail_user)
    config = tmp_path / "config.yaml"
    config.write_text(text, encoding="utf-8")
    loop = Loop(text, tmp_path, slow_sink)
    try:
        loop.cycle("2026-11-30T12:00")  # the digest goes out now, so it is not due again
        (draft,) = loop.store.drafts()
        approve(loop, draft.id, "2026-11-30T12:01")
        now = at("2026-11-30T12:05").isoformat()
        first = subprocess.Popen(
            [sys.executable, "-c", SENDER, str(config), "run", now],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            assert slow_sink.receiving.wait(20), "the first run never started sending"
            second = subprocess.run(
                [sys.executable, "-c", SENDER, str(config), "run", now],
                capture_output=True, timeout=60, check=False,
            )  # fmt: skip
            assert second.returncode == 0, second.stderr.decode()
        finally:
            first.wait(60)
        assert first.returncode == 0
        assert len(loop.to(DANA)) == 1
        assert loop.store.draft(draft.id).status is DraftStatus.SENT
    finally:
        loop.close()
