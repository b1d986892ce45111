"""The digest's two parts: cards with one-tap links, escaped values, no past next steps."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

from silence_watch.core.commands import Verb, parse_reply
from silence_watch.core.digest import DigestNews, DraftLine, build_digest, render_digest
from silence_watch.core.digestpage import page
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import Contact, Interview
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar
from silence_watch.delivery.digests import MAILTO_LIMIT, command_link
from support.cli import maildir_config, run_cli

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

NY = ZoneInfo("America/New_York")
EVIL = '<script>alert("x")</script>'
TOKEN = "sw-" + "a" * 22
NOW = datetime(2026, 12, 1, 13, tzinfo=UTC)  # Tue 1 Dec, 08:00 in New York
LINE = DraftLine(1, 7, f"Acme {EVIL}", "follow_up", "dana@acme.example", f"Re: {EVIL}",
                 f"Hi Dana,\n\n{EVIL}\n", None)  # fmt: skip
ACME = Interview(
    id=1,
    company="Acme Corp",
    role="Data Engineer",
    date=datetime(2026, 11, 18, 15, tzinfo=NY),
    contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
    expect_reply_by=date(2026, 11, 25),
)
POLICY = PolicySettings(calendar=BusinessCalendar(zone=NY))
FOLLOW_UP = DraftLine(
    1,
    7,
    "Acme Corp",
    "follow_up",
    "dana.ruiz@acme.example",
    "Re: Interview",
    "Hi Dana,\n\nAny news?\n",
    NOW - timedelta(hours=5),
    window=(NOW + timedelta(hours=1, minutes=30), NOW + timedelta(hours=3, minutes=30)),
    interview_id=1,
    role="Data Engineer",
    to_name="Dana Ruiz",
)
THANKS = DraftLine(2, 8, "Globex", "thank_you", "lee@globex.example", "Thank you", "Hi Lee,\n",
                   None)  # fmt: skip
LINK = command_link(to="jordan@example.com", subject="silence-watch digest for Tue 1 Dec",
                    token=TOKEN, message_id="digest-1@example.com")  # fmt: skip


def test_html_escapes_every_value_from_mail() -> None:
    """Company, subject, body and news lines appear escaped, never as markup."""
    news = DigestNews(attention=[f"a reply was not carried out: {EVIL}"])
    html = page(build_digest([], [LINE], now=NOW, zone=NY, news=news), token=TOKEN, link=LINK)
    assert "<script>" not in html
    assert html.count("&lt;script&gt;") == 4
    assert "Approval token: sw-" in html


def test_html_has_one_card_per_draft_with_its_facts_and_inlined_css() -> None:
    """Each draft is a card with recipient, subject, send window and text; styles are inline."""
    html = page(build_digest([], [FOLLOW_UP, THANKS], now=NOW, zone=NY), token=TOKEN, link=LINK)
    cards = html.split('class="card"')[1:]
    assert len(cards) == 2
    assert "Dana Ruiz &lt;dana.ruiz@acme.example&gt;" in cards[0]
    assert "Re: Interview" in cards[0]
    assert "Tue 1 Dec 09:30\u201311:30, once you approve it" in cards[0]
    assert "Hi Dana,<br><br>Any news?" in cards[0]
    assert "as soon as you approve it" in cards[1]
    assert re.search(r'<div class="card" style="[^"]*border-radius', html)
    styles = re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    assert all(block.strip().startswith("@media") for block in styles)


def _links(html: str) -> list[tuple[str, str, dict[str, list[str]]]]:
    """(button text, address, query) of every mailto link."""
    found = re.findall(r'<a class="button [a-z]+" href="(mailto:[^"]+)"[^>]*>([^<]+)</a>', html)
    out = []
    for href, text in found:
        url = urlsplit(href.replace("&amp;", "&"))
        out.append((text, unquote(url.path), parse_qs(url.query)))
    return out


def test_every_card_link_opens_a_reply_the_reader_understands() -> None:
    """Approve, Skip and Edit open a reply to the digest whose body reads as that command."""
    html = page(build_digest([], [FOLLOW_UP, THANKS], now=NOW, zone=NY), token=TOKEN, link=LINK)
    links = _links(html)
    assert [text for text, _, _ in links] == [
        "Approve 1", "Skip 1", "Edit 1", "Approve 2", "Skip 2", "Edit 2"
    ]  # fmt: skip
    read = []
    for _, address, query in links:
        assert address == "jordan@example.com"
        assert query["subject"] == ["Re: silence-watch digest for Tue 1 Dec"]
        assert query["in-reply-to"] == ["<digest-1@example.com>"]
        (body,) = query["body"]
        assert f"Approval token: {TOKEN}" in body
        reply = parse_reply(body.replace("\r\n", "\n"))
        assert reply.not_understood == ()
        (command,) = reply.commands
        read.append((command.verb, command.numbers, command.text))
    assert read == [
        (Verb.APPROVE, (1,), None), (Verb.SKIP, (1,), None),
        (Verb.EDIT, (1,), "Hi Dana,\n\nAny news?\n"),
        (Verb.APPROVE, (2,), None), (Verb.SKIP, (2,), None), (Verb.EDIT, (2,), "Hi Lee,\n"),
    ]  # fmt: skip


def test_text_has_the_sections_the_instructions_and_the_token() -> None:
    """The text part numbers drafts, says where to write and how to edit, ends with the token."""
    news = DigestNews(attention=["draft 3 may or may not have gone out"], outcomes=["sent x"])
    text = render_digest([], [LINE, THANKS], now=NOW, zone=NY, news=news, token=TOKEN)
    assert "[1] Follow-up to Acme" in text
    assert "[2] Thank-you note to Globex" in text
    assert "anywhere: above the\n  digest, below it, or under each draft." in text
    assert "    edit 1        then your new text on the lines below it" in text
    assert "NEEDS YOUR ATTENTION\n  draft 3 may or may not have gone out" in text
    assert "SINCE THE LAST DIGEST\n  sent x" in text
    assert text.rstrip().endswith("(keep this line in your reply)")


def test_the_quoted_text_digest_is_never_read_as_commands() -> None:
    """A reply quoting the whole digest (with or without '>') holds no command from it."""
    text = render_digest([], [FOLLOW_UP, THANKS], now=NOW, zone=NY, token=TOKEN)
    quoted = "\n".join(f"> {line}" for line in text.splitlines())
    for body in (text, quoted, f"On Tue, Dec 1, 2026 at 8:00 AM silence-watch wrote:\n{quoted}"):
        reply = parse_reply(body)
        assert (reply.commands, reply.not_understood, reply.refused) == ((), (), ())


def test_an_overdue_step_reads_waiting_for_approval_never_a_past_date() -> None:
    """With its draft waiting, an overdue step says so; days quiet and their first day agree."""
    verdict = assess(ACME, [], NOW, POLICY)
    assert verdict.next_action_at is not None
    assert verdict.next_action_at < NOW
    text = render_digest([(ACME, verdict)], [FOLLOW_UP], now=NOW, zone=NY)
    overdue = text.split("\nOVERDUE\n", 1)[1]
    quiet = re.search(r"(\d+) days quiet \(since (\w{3} \d+ \w{3})\)", overdue)
    assert quiet is not None
    assert (NOW.astimezone(NY).date() - ACME.date.date()).days == int(quiet[1])
    assert quiet[2] == "Wed 18 Nov"
    assert "an answer was expected by Wed 25 Nov" in overdue
    assert "next: follow-up, waiting for your approval ([1] above)" in overdue
    assert "no answer by" not in overdue
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    alone = render_digest([(ACME, verdict)], [], now=NOW, zone=NY)
    assert "next: follow-up, due now" in alone


def test_a_snoozed_draft_shows_its_day_not_due_now() -> None:
    """A draft she snoozed reads "snoozed until" its day, never "due now" (tester round u34dg)."""
    verdict = assess(ACME, [], NOW, POLICY)
    until = datetime(2026, 12, 7, 14, tzinfo=UTC)  # Mon 7 Dec, 09:00 in New York
    news = DigestNews(snoozed={ACME.id: ("follow_up", until)})
    text = render_digest([(ACME, verdict)], [], now=NOW, zone=NY, news=news)
    assert "next: follow-up, snoozed until Mon 7 Dec 09:00; then it waits for your approval" in text
    assert "due now" not in text
    # another interview's snooze says nothing of this one
    other = DigestNews(snoozed={ACME.id + 1: ("follow_up", until)})
    assert "next: follow-up, due now" in render_digest([(ACME, verdict)], [], now=NOW, zone=NY,
                                                       news=other)  # fmt: skip
    # a draft waiting for approval is still named by its number
    waiting = render_digest([(ACME, verdict)], [FOLLOW_UP], now=NOW, zone=NY, news=news)
    assert "waiting for your approval ([1] above)" in waiting


def test_a_record_is_shown_under_its_interview() -> None:
    """The company's record sits with its interview, not in a list of its own."""
    verdict = assess(ACME, [], NOW, POLICY)
    news = DigestNews(records=["Acme Corp: answered 0 of 1 interview", "Globex: answered 1 of 1"])
    text = render_digest([(ACME, verdict)], [], now=NOW, zone=NY, news=news)
    assert "      record: answered 0 of 1 interview" in text.split("\nOVERDUE\n", 1)[1]
    assert "COMPANY RECORDS\n  Globex: answered 1 of 1" in text


def test_send_with_now_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`digest --send --now` is refused: a preview never sends."""
    config = maildir_config(tmp_path)
    outcome = run_cli(capsys, "digest", "--send", "--now", "2026-11-30T08:00", "--config", config)
    assert outcome.code == 2
    assert "a preview never sends" in outcome.err


def test_a_long_drafts_edit_link_stays_short_enough_for_every_client() -> None:
    """Past the limit the Edit link carries only 'edit N' (and the token): still a command."""
    long_body = "Hi Dana,\n\n" + "I remain very interested in the role. " * 80 + "\n"
    url = LINK(f"edit 1\n{long_body}")
    assert len(url) <= MAILTO_LIMIT
    body = parse_qs(urlsplit(url).query)["body"][0]
    assert body.startswith("edit 1\r\n\r\n")
    assert f"Approval token: {TOKEN}" in body
    assert len(LINK(f"edit 1\n{FOLLOW_UP.body}")) > len(LINK("edit 1"))
