"""The digest's HTML part escapes every value from mail; --send never combines with --now."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from silence_watch.core.digest import DigestNews, DraftLine, render_digest, render_digest_html
from support.cli import maildir_config, run_cli

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

NY = ZoneInfo("America/New_York")
EVIL = '<script>alert("x")</script>'
LINE = DraftLine(1, 7, f"Acme {EVIL}", "follow_up", "dana@acme.example", f"Re: {EVIL}",
                 f"Hi Dana,\n\n{EVIL}\n", None)  # fmt: skip
NOW = datetime(2026, 11, 30, 13, tzinfo=UTC)


def test_html_escapes_every_value_from_mail() -> None:
    """Company, subject, body and news lines appear escaped, never as markup."""
    news = DigestNews(attention=[f"a reply was not carried out: {EVIL}"])
    html = render_digest_html([], [LINE], now=NOW, zone=NY, news=news, token="sw-" + "a" * 22)
    assert "<script>" not in html
    assert html.count("&lt;script&gt;") == 4
    assert "<blockquote>" in html
    assert "Approval token: sw-" in html


def test_text_has_the_sections_and_the_token() -> None:
    """The text part numbers drafts, lists attention items and ends with the token line."""
    news = DigestNews(attention=["draft 3 may or may not have gone out"], outcomes=["sent x"])
    text = render_digest([], [LINE], now=NOW, zone=NY, news=news, token="sw-" + "b" * 22)
    assert "[1] follow-up to Acme" in text
    assert "NEEDS YOUR ATTENTION\n  draft 3 may or may not have gone out" in text
    assert "SINCE THE LAST DIGEST\n  sent x" in text
    assert text.rstrip().endswith("(keep this line in your reply)")


def test_send_with_now_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`digest --send --now` is refused: a preview never sends."""
    config = maildir_config(tmp_path)
    outcome = run_cli(capsys, "digest", "--send", "--now", "2026-11-30T08:00", "--config", config)
    assert outcome.code == 2
    assert "a preview never sends" in outcome.err
