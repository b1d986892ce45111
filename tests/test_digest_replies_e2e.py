"""Replies to a real digest on real servers: every client's style, one-tap links, safe edits."""

from __future__ import annotations

import email
import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from silence_watch.core.model import DraftStatus, Intent
from silence_watch.delivery.replies import NOTHING_UNDERSTOOD
from support.config import ACME_INTERVIEW
from support.mailfactory import make_message
from test_delivery_loop import NY, Loop, answer_digest, company_thread, config_text, text_of

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

pytestmark = pytest.mark.dovecot

DANA = "dana.ruiz@acme.example"
GLOBEX = """  - company: Globex
    role: Product Analyst
    date: 2026-12-10T11:00:00-05:00
    contacts: [{name: Lee Park, email: lee.park@globex.example}]
"""


def at(when: str) -> datetime:
    """A literal New York moment."""
    return datetime.fromisoformat(when).replace(tzinfo=NY)


def html_of(raw: bytes) -> str:
    """The text/html part of ``raw``."""
    parsed = email.message_from_bytes(raw, policy=policy.default)
    part = parsed.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content())


def new_mail(user: str, *, subject: str, html: str | None = None, text: str | None = None,
             when: datetime, in_reply_to: str | None = None) -> bytes:  # fmt: skip
    """A message from the candidate to themself, as a client writes it."""
    message = EmailMessage()
    message["From"] = f"Jordan Lee <{user}@example.com>"
    message["To"] = f"{user}@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain="example.com")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    if html is not None:
        message.set_content(html, subtype="html")
    else:
        message.set_content(text or "")
    return message.as_bytes()


def confirmations(loop: Loop, user: str) -> list[str]:
    """The texts of the confirmations the candidate received, oldest first."""
    return [
        text_of(m.raw)
        for m in loop.to(f"{user}@example.com")
        if b"X-Silence-Watch: confirmation" in m.raw
    ]


def loop_for(tmp_path: Path, dovecot: DovecotServer, sink: SmtpSink, user: str,
             interviews: str = ACME_INTERVIEW) -> Loop:  # fmt: skip
    """A loop whose first cycle sent the digest with Dana's follow-up as [1]."""
    company_thread(dovecot, user)
    text = config_text(tmp_path, dovecot, sink, user)
    text = text.replace(f"interviews:\n{ACME_INTERVIEW}", f"interviews:\n{interviews}")
    loop = Loop(text, tmp_path, sink)
    loop.cycle("2026-11-30T12:00")
    return loop


def test_mutt_inline_and_bottom_posted_answers_are_carried_out(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """An answer typed under the quoted draft (mutt) approves it: Dana gets one follow-up."""
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user)
    try:
        (digest,) = loop.to(f"{mail_user}@example.com")
        lines = text_of(digest.raw).splitlines()
        cut = next(i for i, line in enumerate(lines) if line.startswith("HOW TO ANSWER"))
        quoted = [f"> {line}".rstrip() for line in lines]
        body = "\n".join(
            ["On Mon, Nov 30, 2026 at 12:00:00PM -0500, silence-watch wrote:",
             *quoted[:cut], "", "approve 1", "", *quoted[cut:], "", "-- ", "Jordan"]
        )  # fmt: skip
        raw = email.message_from_bytes(digest.raw, policy=policy.default)
        dovecot.append(mail_user, new_mail(
            mail_user, subject=f"Re: {raw['Subject']}", text=body, when=at("2026-11-30T12:02"),
            in_reply_to=str(raw["Message-ID"]),
        ), "INBOX")  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        assert len(loop.to(DANA)) == 1
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.SENT]
        (confirmation,) = confirmations(loop, mail_user)
        assert "[1] approved: it goes out" in confirmation
        assert "Not understood" not in confirmation
    finally:
        loop.close()


def test_a_reply_with_nothing_understood_leaves_the_digest_open(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """'No command' changes nothing and says so; the corrected reply is then carried out."""
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user)
    try:
        (digest,) = loop.to(f"{mail_user}@example.com")
        answer_digest(dovecot, mail_user, digest.raw, "Looks good, send it", at("2026-11-30T12:02"))
        loop.cycle("2026-11-30T12:05")
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.QUEUED]
        (first,) = confirmations(loop, mail_user)
        assert " ".join(NOTHING_UNDERSTOOD.split()) in " ".join(first.split())
        assert "Not understood: Looks good, send it" in first
        answer_digest(dovecot, mail_user, digest.raw, "approve 1", at("2026-11-30T12:07"))
        loop.cycle("2026-11-30T12:10")
        assert len(loop.to(DANA)) == 1
        assert loop.store.refusals_to_report() == []
        assert "[1] approved" in confirmations(loop, mail_user)[1]
    finally:
        loop.close()


def test_an_html_only_edit_takes_only_the_new_lines(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Gmail HTML-only: 'edit 1' stores just the typed text; no token or quote goes to Dana."""
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user)
    try:
        (digest,) = loop.to(f"{mail_user}@example.com")
        raw = email.message_from_bytes(digest.raw, policy=policy.default)
        html = (
            '<div dir="ltr">edit 1<div>Hi Dana,</div><div><br></div><div>Just checking in on the'
            " Data Engineer role.</div><div><br></div><div>Best,<br>Jordan</div>"
            '<div>approve 1</div></div><br><div class="gmail_quote"><div class="gmail_attr">On'
            f" Mon, Nov 30, 2026 at 12:00 PM silence-watch &lt;{mail_user}@example.com&gt;"
            f' wrote:<br></div><blockquote class="gmail_quote">{html_of(digest.raw)}</blockquote>'
            "</div>"
        )
        dovecot.append(mail_user, new_mail(
            mail_user, subject=f"Re: {raw['Subject']}", html=html, when=at("2026-11-30T12:02"),
            in_reply_to=str(raw["Message-ID"]),
        ), "INBOX")  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        (draft,) = loop.store.drafts()
        new_text = "Hi Dana,\n\nJust checking in on the Data Engineer role.\n\nBest,\nJordan\n"
        assert draft.body == new_text
        (sent,) = loop.to(DANA)
        assert "sw-" not in sent.raw.decode()
        assert "NEEDS YOUR APPROVAL" not in text_of(sent.raw)
    finally:
        loop.close()


def test_an_edit_naming_another_company_is_refused(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Another interview's company in an edited text: refused, said why, the text kept."""
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user, ACME_INTERVIEW + GLOBEX)
    try:
        (digest,) = loop.to(f"{mail_user}@example.com")
        (draft,) = loop.store.drafts()
        before = draft.body
        answer_digest(dovecot, mail_user, digest.raw,
                      "edit 1: Hi Dana, Globex moved fast, so I wondered where Acme stands.",
                      at("2026-11-30T12:02"))  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        assert loop.store.draft(draft.id).body == before
        (confirmation,) = confirmations(loop, mail_user)
        assert "[1] was not changed: the new text names Globex, another company" in confirmation
    finally:
        loop.close()


def test_one_tap_links_approve_from_a_new_message(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """The Approve link's mail (no In-Reply-To, as phones send it) approves: two taps."""
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user)
    try:
        (digest,) = loop.to(f"{mail_user}@example.com")
        hrefs = re.findall(r'href="(mailto:[^"]+)"', html_of(digest.raw))
        approve = next(h for h in hrefs if "body=approve%201" in h)
        url = urlsplit(approve.replace("&amp;", "&"))
        query = parse_qs(url.query)
        assert unquote(url.path) == f"{mail_user}@example.com"
        dovecot.append(mail_user, new_mail(
            mail_user, subject=query["subject"][0], text=query["body"][0].replace("\r\n", "\n"),
            when=at("2026-11-30T12:02"),
        ), "INBOX")  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        assert len(loop.to(DANA)) == 1
        assert "[1] approved" in confirmations(loop, mail_user)[0]
    finally:
        loop.close()


def test_a_correction_in_a_reply_is_remembered_and_re_decides_the_process(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """'read 1 as rejection' corrects how news item 1 was read and re-decides at once."""
    me = f"Jordan Lee <{mail_user}@example.com>"
    dovecot.append(mail_user, make_message(
        sender="Dana Ruiz <dana.ruiz@acme.example>", to=me,
        subject="Re: Interview for the Data Engineer role",
        body="Hi Jordan,\n\nThanks for checking in. We are still meeting other candidates"
             " and will be in touch soon.\n\nDana",
        date=at("2026-11-27T10:00"), message_id="patience-1@acme.example",
    ), "INBOX")  # fmt: skip
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user)
    try:
        (digest,) = loop.to(f"{mail_user}@example.com")
        text = text_of(digest.raw)
        assert "[1] Dana Ruiz (Acme Corp)" in text
        assert "read as an acknowledgement" in text
        assert loop.store.drafts() == []  # waiting on their word: nothing to draft
        answer_digest(dovecot, mail_user, digest.raw, "read 1 as rejection",
                      at("2026-11-30T12:02"))  # fmt: skip
        loop.cycle("2026-11-30T12:05")
        (confirmation,) = confirmations(loop, mail_user)
        said = " ".join(confirmation.split())
        assert "[1] message <patience-1@acme.example> is now read as rejection." in said
        # Re-decided in the same cycle: the gracious answer to a rejection is drafted.
        assert [d.kind for d in loop.store.drafts()] == ["feedback_request"]
        timeline = loop.store.timeline(loop.store.interviews()[0].id)
        (patience,) = [e for e in timeline if e.message_id == "patience-1@acme.example"]
        assert patience.intent is Intent.REJECTION
    finally:
        loop.close()


def test_the_digest_keeps_no_token_in_the_state(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """The token is in the mail only; the state database holds its hash, never the token."""
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user)
    try:
        (digest,) = loop.to(f"{mail_user}@example.com")
        token = re.findall(r"sw-[A-Za-z0-9_-]{20,}", text_of(digest.raw))[0]
        loop.store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert token.encode() not in (tmp_path / "state" / "state.sqlite3").read_bytes()
        assert escape(token) in html_of(digest.raw)
    finally:
        loop.close()


def digests_sent(loop: Loop, user: str) -> list[bytes]:
    """The digests the candidate received, oldest first."""
    return [m.raw for m in loop.to(f"{user}@example.com") if b"X-Silence-Watch: digest" in m.raw]


def test_lines_not_understood_are_listed_once_in_the_next_digest(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """README: a line not understood is listed in the next digest, once, never guessed (u34dg)."""
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user)
    try:
        (digest,) = loop.to(f"{mail_user}@example.com")
        answer_digest(dovecot, mail_user, digest.raw, "Hallo,\nsend 1 tomorrow\nsnooze 1 until"
                      " Monday", at("2026-11-30T19:45"))  # fmt: skip
        loop.cycle("2026-11-30T19:50")
        assert [d.status for d in loop.store.drafts()] == [DraftStatus.QUEUED]
        assert loop.to(DANA) == []
        loop.cycle("2026-12-01T08:05")
        loop.cycle("2026-12-02T08:05")
        first, second, third = (text_of(raw) for raw in digests_sent(loop, mail_user))
        assert "send 1 tomorrow" not in first
        lines = second.splitlines()
        attention = lines[lines.index("NEEDS YOUR ATTENTION") + 1]
        assert "Your reply of Mon 30 Nov 19:45 held lines that were not understood" in attention
        assert '"send 1 tomorrow"; "snooze 1 until Monday"' in attention
        assert "Hallo" not in attention
        assert "send 1 tomorrow" not in third
    finally:
        loop.close()


def test_another_digests_card_and_token_pasted_into_a_reply_do_nothing(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """Monday's [1] and token pasted into an answer to Tuesday's digest: refused, said why."""
    loop = loop_for(tmp_path, dovecot, smtp_sink, mail_user)
    try:
        (monday,) = loop.to(f"{mail_user}@example.com")
        answer_digest(dovecot, mail_user, monday.raw, "snooze 1 3d", at("2026-11-30T12:02"))
        loop.cycle("2026-11-30T12:05")
        (draft,) = loop.store.drafts()
        assert draft.status is DraftStatus.SNOOZED
        loop.cycle("2026-12-01T08:05")
        _, tuesday = digests_sent(loop, mail_user)
        assert "next: follow-up, snoozed until Thu 3 Dec 12:05" in text_of(tuesday)
        lines = text_of(monday.raw).splitlines()
        card = lines[next(i for i, line in enumerate(lines) if "[1] Follow-up" in line):][:6]
        token = next(line for line in lines if line.startswith("Approval token:"))
        body = "\n".join(["this one from yesterday's digest please:", "", *card, "", token, "",
                          "approve 1"])  # fmt: skip
        answer_digest(dovecot, mail_user, tuesday, body, at("2026-12-01T08:30"))
        loop.cycle("2026-12-01T08:35")
        assert loop.to(DANA) == []
        assert loop.store.draft(draft.id).status is DraftStatus.SNOOZED
        said = " ".join(confirmations(loop, mail_user)[-1].split())
        assert "Nothing was done: it carries the approval tokens of more than one digest" in said
        assert "([1])" in said
        ((_, detail),) = loop.store.refusals_to_report()
        assert "more than one digest" in detail
    finally:
        loop.close()
