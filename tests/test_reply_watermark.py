"""Replies to digests: a pass reads only mail indexed after the last one, bar what it missed."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

import pytest

from silence_watch.core.errors import MailboxError
from silence_watch.core.model import Direction
from silence_watch.core.parse import parse_headers
from silence_watch.delivery.replies import REPLIES_SCANNED, DigestReplies
from silence_watch.store import Store

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from silence_watch.mailbox.base import Mailbox

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


class FlakyMailbox:
    """Hands out every message, except those named in ``failing``, whose fetch fails."""

    name = "imap"

    def __init__(self) -> None:
        """Nothing fails yet; nothing was fetched."""
        self.failing: set[str] = set()
        self.fetched: list[str] = []

    def fetch_message(self, folder: str, key: str) -> bytes:  # noqa: ARG002 - one folder
        """The message's bytes, or a ``MailboxError`` for a key in ``failing``."""
        self.fetched.append(key)
        if key in self.failing:
            raise MailboxError("the server hung up")
        return key.encode()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh state database."""
    opened = Store.open(tmp_path / "state")
    yield opened
    opened.close()


def add_reply(store: Store, key: int) -> None:
    """An indexed message whose subject marks it a reply to a digest."""
    headers = (b"From: Jordan Lee <jordan@example.com>\r\nTo: jordan@example.com\r\n"
               b"Subject: Re: your silence-watch digest\r\nMessage-ID: <r" + str(key).encode()
               + b"@example.com>\r\nDate: Thu, 26 Nov 2026 09:0" + str(key).encode()
               + b":00 +0000\r\n\r\n")  # fmt: skip
    store.add_message(parse_headers(headers), headers, source="imap", folder="INBOX",
                      key=str(key), direction=Direction.INBOUND, now=NOW)  # fmt: skip


def replies_over(store: Store) -> DigestReplies:
    """The reply reader over ``store``, each reply it reads recorded as judged, no more."""
    service = cast("Any", SimpleNamespace(store=store, settings=None))
    replies = DigestReplies(service, cast("Any", None), None)

    def judge(raw: bytes, key: str, now: datetime) -> list[str]:
        store.record_reply(key, digest_message_id=None, verdict="refused", detail="", now=now)
        return [raw.decode()]

    replies._one = judge  # type: ignore[method-assign]  # the reading is tested elsewhere
    return replies


def read(replies: DigestReplies, mailbox: FlakyMailbox) -> list[str]:
    """One pass over the replies to digests, at ``NOW``."""
    return replies.process_replies(cast("Mailbox", mailbox), NOW)


def test_a_pass_reads_only_new_mail_and_again_what_it_could_not_fetch(store: Store) -> None:
    """A reply whose fetch failed is read next time; judged ones below it are not read again."""
    for key in range(3):
        add_reply(store, key)
    mailbox = FlakyMailbox()
    mailbox.failing = {"1"}
    replies = replies_over(store)
    assert read(replies, mailbox) == ["0", "2"]
    assert store.meta(REPLIES_SCANNED) == "1"  # the row before the one it missed
    mailbox.failing.clear()
    mailbox.fetched.clear()
    assert read(replies, mailbox) == ["1"]
    assert mailbox.fetched == ["1"]
    assert store.meta(REPLIES_SCANNED) == "3"
    add_reply(store, 3)
    mailbox.fetched.clear()
    assert read(replies, mailbox) == ["3"]
    assert mailbox.fetched == ["3"]
    mailbox.fetched.clear()
    assert read(replies, mailbox) == []
    assert mailbox.fetched == []


def test_without_a_watermark_every_row_is_read(store: Store) -> None:
    """A state from before the watermark reads all its mail once, as every pass did."""
    for key in range(2):
        add_reply(store, key)
    mailbox = FlakyMailbox()
    assert read(replies_over(store), mailbox) == ["0", "1"]
    store.set_meta(REPLIES_SCANNED, "")
    mailbox.fetched.clear()
    assert read(replies_over(store), mailbox) == []  # judged, not fetched
    assert mailbox.fetched == []
