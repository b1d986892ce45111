"""The HTML digest in a real browser: nothing overflows at 400 or 900 pixels, every link works.

Rendered by headless Chromium (Debian's ``chromium``, which ``scripts/test`` installs when it
can); skipped, saying why, where there is none. Two digests are looked at: the demo's (the
real pipeline's output) and one made to be hard to lay out (long names, addresses, words).
``scripts/render-digest`` writes the same pages as PNGs for a person to look at.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.commands import Verb, parse_reply
from silence_watch.core.digest import DigestNews, DraftLine, build_digest
from silence_watch.core.digestpage import page
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import Contact, Interview
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar
from silence_watch.delivery.digests import command_link
from silence_watch.runtime.demo import run_demo
from support.browser import BrowserError, Chromium, find_chromium

if TYPE_CHECKING:
    from pathlib import Path

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 13, tzinfo=UTC)
TOKEN = "sw-" + "Zq8" * 7 + "x"
ME = "jordan.lee-longname@example.com"
WIDTHS = (400, 900)
LONG_COMPANY = "Internationale Werkzeugmaschinenfabrik Großherzogtum Luxemburg GmbH & Co. KG"
BODY = (
    "Hi Dana,\n\nI hope your week is going well. Here is the portfolio link I mentioned: "
    "https://portfolio.example.com/jordan-lee/projects/data-engineering/streaming-pipelines"
    "-with-exactly-once-delivery\n\nBest regards,\nJordan Lee\n"
)


def _browser() -> str:
    executable = find_chromium()
    if executable is None:
        pytest.skip("Chromium is not installed (scripts/test installs Debian's chromium when it "
                    "can run apt); the HTML digest cannot be rendered here")  # fmt: skip
    return executable


def hard_digest() -> str:
    """A digest that is hard to lay out: long names, a long address, an unbroken URL."""
    acme = Interview(
        id=1, company=LONG_COMPANY, role="Senior Data Engineer, Streaming Platform",
        date=datetime(2026, 11, 18, 15, tzinfo=NY), expect_reply_by=date(2026, 11, 25),
        contacts=(Contact("Dana Ruiz", "dana.ruiz@werkzeugmaschinenfabrik.example"),),
    )  # fmt: skip
    verdict = assess(acme, [], NOW, PolicySettings(calendar=BusinessCalendar(zone=NY)))
    drafts = [
        DraftLine(1, 7, LONG_COMPANY, "follow_up",
                  "dana.ruiz.recruiting.team.lead@werkzeugmaschinenfabrik-luxemburg.example",
                  "Re: Interview for the Senior Data Engineer, Streaming Platform role, next steps",
                  BODY, NOW - timedelta(days=1), interview_id=1, role=acme.role,
                  window=(NOW + timedelta(hours=1), NOW + timedelta(hours=3)),
                  to_name="Dana Ruiz-Hernández de la Fuente"),
        DraftLine(2, 8, "Globex", "thank_you", "lee@globex.example", "Thank you", "Hi Lee,\n",
                  None),
    ]  # fmt: skip
    news = DigestNews(
        attention=[("hiring-team-notifications-do-not-reply@werkzeugmaschinenfabrik.example"
                    " bounced (550 5.1.1 mailbox unavailable)")],
        outcomes=["Globex: lee@globex.example wrote that they chose someone else"],
        records=[f"{LONG_COMPANY}: answered 0 of 1 interview"],
        known_people={1: "Sam Cole <sam.cole@werkzeugmaschinenfabrik.example> (4 messages)"},
    )  # fmt: skip
    link = command_link(to=ME, subject="silence-watch digest for Tue 1 Dec", token=TOKEN,
                        message_id="digest-1@example.com")  # fmt: skip
    digest = build_digest([(acme, verdict)], drafts, now=NOW, zone=NY, news=news)
    return page(digest, token=TOKEN, link=link)


def demo_digest(tmp_path: Path) -> str:
    """The HTML digest the demo writes (the real pipeline, start to end)."""
    run_demo(lambda _: None, keep=tmp_path / "demo")
    return (tmp_path / "demo" / "digest.html").read_text(encoding="utf-8")


def _check(page: dict[str, Any], width: int, *, to: str) -> None:
    assert page["width"] == width
    assert page["scrollWidth"] <= width, "the page is wider than the screen"
    assert page["wide"] == [], f"elements past the right edge at {width}px: {page['wide']}"
    links = page["links"]
    assert links
    for link in links:
        where = f"{link['text']} at {width}px"
        assert link["protocol"] == "mailto:", where
        assert link["to"] == to, where
        assert link["subject"].startswith("Re: silence-watch digest"), where
        assert 0 <= link["left"] < link["right"] <= width, where
        assert link["height"] >= 32, f"{where}: too small to tap"
        assert link["reachable"], f"{where}: covered by something else"
        assert "Approval token: sw-" in link["body"], where
        reply = parse_reply(link["body"].replace("\r\n", "\n"))
        verb, number = link["text"].split()
        (command,) = reply.commands
        assert (command.verb, command.numbers) == (Verb(verb.lower()), (int(number),)), where
        assert reply.not_understood == (), where


@pytest.mark.parametrize("which", ["hard", "demo"])
def test_the_digest_fits_a_phone_and_a_desktop_and_every_link_works(
    tmp_path: Path, which: str
) -> None:
    """At 400 and 900 px nothing overflows; each button is tappable and opens its command."""
    executable = _browser()
    html = hard_digest() if which == "hard" else demo_digest(tmp_path)
    page = tmp_path / "digest.html"
    page.write_text(html, encoding="utf-8")
    try:
        with Chromium(executable) as browser:
            for width in WIDTHS:
                browser.open(page, width)
                _check(browser.measure(), width, to=ME if which == "hard" else "jordan@example.com")
    except BrowserError as error:
        pytest.skip(f"Chromium is installed but cannot run here: {error}")


def test_the_column_stays_readable_on_a_desktop(tmp_path: Path) -> None:
    """At 900 px the cards keep to one column of at most 600 px, centred."""
    executable = _browser()
    page = tmp_path / "digest.html"
    page.write_text(hard_digest(), encoding="utf-8")
    with Chromium(executable) as browser:
        browser.open(page, 900)
        boxes = browser.call("Runtime.evaluate", {
            "expression": "[...document.querySelectorAll('.card')].map(c => {"
                          "const b = c.getBoundingClientRect(); return [b.left, b.right]; })",
            "returnByValue": True,
        })["result"]["value"]  # fmt: skip
    assert len(boxes) == 2
    for left, right in boxes:
        assert right - left <= 600
        assert abs(left - (900 - right)) < 2  # centred
