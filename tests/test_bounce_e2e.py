"""A bounce of a follow-up we sent flags the contact; the next one goes elsewhere, or nowhere."""

from __future__ import annotations

import email
from datetime import datetime
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.model import DraftStatus
from silence_watch.delivery.cycle import delivery_for
from test_delivery_loop import NY, Loop, company_thread, config_text, text_of

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

pytestmark = pytest.mark.dovecot

DANA_ADDR = "dana.ruiz@acme.example"
LEE = "    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]"
TWO = (
    "    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example},"
    " {name: Lee Park, email: lee.park@acme.example}]"
)


def at(when: str) -> datetime:
    """A literal New York moment."""
    return datetime.fromisoformat(when).replace(tzinfo=NY)


def delivery_status_report(original: bytes, *, to: str, failed: str, when: datetime) -> bytes:
    """An RFC 3464 report, as Postfix writes it: ``failed`` rejected ``original``."""
    head = original.split(b"\r\n\r\n", 1)[0].decode("ascii")
    boundary = "8F2A1C40E2.1764525960/mx.example.net"
    text = f"""\
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: {to}
Subject: Undelivered Mail Returned to Sender
Date: {format_datetime(when)}
Message-ID: {make_msgid(domain="mx.example.net")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"

This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{failed}>: host mx.acme.example[192.0.2.25] said: 550 5.1.1
    <{failed}>: Recipient address rejected: User unknown

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: {format_datetime(when)}

Final-Recipient: rfc822; {failed}
Original-Recipient: rfc822;{failed}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.acme.example
Diagnostic-Code: smtp; 550 5.1.1 <{failed}>: Recipient address rejected

--{boundary}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{head}

--{boundary}--
"""
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def send_first_follow_up(loop: Loop, sink: SmtpSink) -> bytes:
    """Draft, approve and send the first follow-up to Dana; return what the server got."""
    loop.cycle("2026-11-30T12:00", send=False)
    (draft,) = loop.store.drafts()
    assert draft.to_addr == DANA_ADDR
    with delivery_for(loop.service) as (outbox, _):
        outbox.queue.approve(draft.id, now=at("2026-11-30T12:01"), via="cli")
    loop.cycle("2026-11-30T12:05")
    (sent,) = [m for m in sink.messages if DANA_ADDR in m.recipients]
    return sent.raw


def bounce(dovecot: DovecotServer, user: str, sent: bytes) -> None:
    """Dana's server rejects the follow-up; the report lands in the candidate's INBOX."""
    raw = delivery_status_report(
        sent, to=f"{user}@example.com", failed=DANA_ADDR, when=at("2026-11-30T12:06")
    )
    assert email.message_from_bytes(raw).get_content_type() == "multipart/report"
    dovecot.append(user, raw, "INBOX")


def test_a_bounce_sends_the_next_follow_up_to_another_contact(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """After Dana's address bounces, the next follow-up is drafted to Lee, never to Dana."""
    company_thread(dovecot, mail_user)
    text = config_text(tmp_path, dovecot, smtp_sink, mail_user).replace(LEE, TWO)
    loop = Loop(text, tmp_path, smtp_sink)
    try:
        bounce(dovecot, mail_user, send_first_follow_up(loop, smtp_sink))
        loop.cycle("2026-11-30T13:00")
        assert DANA_ADDR in loop.store.bounced_contacts()
        for day in range(1, 16):
            loop.cycle(f"2026-12-{day:02d}T12:00", send=False)
        later = [d for d in loop.store.drafts() if d.status is not DraftStatus.SENT]
        assert later, "no second follow-up was drafted"
        assert {d.to_addr for d in later} == {"lee.park@acme.example"}
        assert len([m for m in smtp_sink.messages if DANA_ADDR in m.recipients]) == 1
    finally:
        loop.close()


def test_a_bounce_with_no_other_contact_drafts_nothing_and_says_why(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """With Dana bounced and nobody else, nothing is drafted and the digest says why."""
    company_thread(dovecot, mail_user)
    me = f"{mail_user}@example.com"
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        bounce(dovecot, mail_user, send_first_follow_up(loop, smtp_sink))
        for day in range(1, 16):
            loop.cycle(f"2026-12-{day:02d}T12:00")
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.SENT]
        digests = " ".join(text_of(m.raw) for m in loop.to(me))
        assert "dana.ruiz@acme.example bounced" in digests
        assert "no address to send the follow up to" in digests
        assert len([m for m in smtp_sink.messages if DANA_ADDR in m.recipients]) == 1
    finally:
        loop.close()
