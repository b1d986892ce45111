"""Whole messages are read in batches: round trips grow with bytes, not with messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from silence_watch.config import parse_settings
from silence_watch.core.model import Direction
from silence_watch.core.parse import parse_headers
from silence_watch.engine.service import Service
from silence_watch.engine.understanding import Owners
from silence_watch.mailbox.imap import ImapMailbox
from silence_watch.mailbox.imapdata import message_sizes, size_chunks, uid_set
from silence_watch.mailbox.maildir import MaildirMailbox
from silence_watch.store import NewMessage, Store
from sync_support import ME, NOW, imap_config, messages

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer


def _service_with_acme(tmp_path: Path) -> Service:
    text = f"""
me: {{name: Casey Candidate, email: {ME}}}
mailbox: {{kind: maildir, path: {tmp_path}}}
state_dir: {tmp_path / "state"}
interviews:
  - company: Acme
    role: Data Engineer
    date: 2026-02-20T15:00:00+00:00
    domains: [acme.example]
"""
    service = Service(parse_settings(text), Store.open(tmp_path / "state"), {})
    service.sync_interviews(NOW)
    return service


def test_uid_sets_are_ranges_of_consecutive_uids() -> None:
    """Consecutive UIDs travel as ranges, gaps as commas, in order and without repeats."""
    assert uid_set([9, 1, 2, 3, 7, 10, 3]) == "1:3,7,9:10"
    assert uid_set([5]) == "5"
    assert uid_set([]) == ""


def test_size_chunks_bound_both_the_count_and_the_bytes() -> None:
    """A chunk holds at most ``count`` messages and about ``budget`` bytes; a big one goes alone."""
    sizes = {1: 10, 2: 10, 3: 10, 4: 500, 5: 10, 6: 10}
    assert size_chunks(sizes, count=2, budget=100) == [[1, 2], [3], [4], [5, 6]]
    assert size_chunks(sizes, count=10, budget=1000) == [[1, 2, 3, 4, 5, 6]]
    assert size_chunks({}, count=10, budget=1000) == []


def test_message_sizes_are_read_from_imaplib_fetch_data() -> None:
    """Sizes come from each FETCH line, whatever the order of its items; others are ignored."""
    data = [
        b"1 FETCH (UID 7 RFC822.SIZE 1234)",
        b"2 FETCH (RFC822.SIZE 99 UID 9)",
        b"3 FETCH (UID 11 FLAGS (\\Seen))",
        b"4 FETCH (UID 40 RFC822.SIZE 5)",
    ]
    assert message_sizes(data, [7, 9, 11]) == {7: 1234, 9: 99}


def test_owners_answer_as_they_were_at_a_step() -> None:
    """A message read late sees the owners of its own turn, not those later mail set."""
    owners = Owners({"<old@example.com>": 1})
    first, second = owners.tick(), owners.tick()
    owners.set("<b@example.com>", 2, at=second)
    owners.set("<a@example.com>", 3, at=first)
    assert owners.as_of("<b@example.com>", first) == {}
    assert owners.as_of("<b@example.com>", second) == {"<b@example.com>": 2}
    assert owners.as_of("<a@example.com>", first) == {"<a@example.com>": 3}
    assert owners.as_of("<old@example.com>", 0) == {"<old@example.com>": 1}
    assert owners.as_of(None, second) == {}
    assert owners.current == {"<old@example.com>": 1, "<b@example.com>": 2, "<a@example.com>": 3}


def test_a_maildir_reads_many_messages_by_key(tmp_path: Path) -> None:
    """Every asked key still in the folder comes back whole; unknown keys are left out."""
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    (tmp_path / "cur" / "1.one:2,S").write_bytes(b"Subject: one\r\n\r\nfirst\r\n")
    (tmp_path / "new" / "2.two").write_bytes(b"Subject: two\r\n\r\nsecond\r\n")
    mailbox = MaildirMailbox(tmp_path)
    found = mailbox.fetch_messages("INBOX", ["1.one", "2.two", "3.gone"])
    assert found == {
        "1.one": b"Subject: one\r\n\r\nfirst\r\n",
        "2.two": b"Subject: two\r\n\r\nsecond\r\n",
    }
    assert mailbox.fetch_messages("Nowhere", ["1.one"]) == {}


@pytest.mark.dovecot
def test_many_whole_messages_cost_four_commands(dovecot: DovecotServer, mail_user: str) -> None:
    """Folders, selecting, the sizes and one FETCH of bodies: four, for three messages or one."""
    dovecot.multi_append(mail_user, messages(5))
    mailbox = ImapMailbox(imap_config(dovecot, mail_user), dovecot.password)
    try:
        before = mailbox.commands_sent
        found = mailbox.fetch_messages("INBOX", ["1", "3", "5", "99"])
        assert mailbox.commands_sent - before <= 4
        assert sorted(found) == ["1", "3", "5"]
        assert b"Message number 2." in found["3"]
        assert found["1"].startswith(b"From: ")
    finally:
        mailbox.close()


@pytest.mark.dovecot
def test_a_first_sync_reads_matched_bodies_without_a_round_trip_each(
    dovecot: DovecotServer,
    mail_user: str,
    tmp_path: Path,
) -> None:
    """Forty matched bodies take a handful of commands; the next poll is one per folder."""
    dovecot.multi_append(mail_user, messages(40))
    service = _service_with_acme(tmp_path)
    mailbox = ImapMailbox(imap_config(dovecot, mail_user), dovecot.password)
    try:
        before = mailbox.commands_sent
        report = service.sync_mailbox(mailbox, NOW)
        assert report.matched == 40
        # LIST; SELECT, SEARCH, FETCH of the inbox; STATUS, SELECT, SEARCH, UNSELECT of
        # Sent; SELECT of the inbox again, the sizes and one FETCH of the bodies (not 3 x 40).
        assert mailbox.commands_sent - before <= 11
        read = service.store.messages(interview_id=1)
        assert len(read) == 40
        before = mailbox.commands_sent
        service.sync_mailbox(mailbox, NOW)
        assert mailbox.commands_sent - before == 2
    finally:
        mailbox.close()


def test_message_order_is_the_order_messages_are_read_in(tmp_path: Path) -> None:
    """Ids come in the order ``messages`` returns them: by date (undated first), then id."""
    store = Store.open(tmp_path / "state")
    dates = ["Mon, 02 Mar 2026 10:00:00 +0000", None, "Sun, 01 Mar 2026 23:30:00 -0500",
             "Mon, 02 Mar 2026 10:00:00 +0000", "Tue, 03 Mar 2026 08:00:00 +0100"]  # fmt: skip
    items = []
    for number, date in enumerate(dates):
        raw = f"Message-ID: <order-{number}@example.com>\r\nSubject: n{number}\r\n"
        raw += f"Date: {date}\r\n" if date else ""
        message = parse_headers(raw.encode())
        items.append(NewMessage(message, raw.encode(), "INBOX", str(number), Direction.INBOUND))
    ids = [pk for pk, _ in store.add_messages(items, source="test", now=NOW)]
    expected = [m.pk for m in store.messages(ids=ids)]
    assert store.message_order(ids=reversed(ids)) == expected
    assert store.message_order(unmatched=True) == [m.pk for m in store.messages(unmatched=True)]
    assert expected[0] == ids[1]  # the undated one
    store.close()
