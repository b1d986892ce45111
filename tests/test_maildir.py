"""Maildir as a source: both folder layouts, incremental by file name, robust to bad mail."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.errors import MailboxError
from silence_watch.mailbox.maildir import MaildirMailbox, message_key
from support.corpora import corpus
from sync_support import NOW, messages, new_service

if TYPE_CHECKING:
    from pathlib import Path

SISIMAI = corpus("sisimai", "eml")


def _maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def _drop(folder: Path, name: str, raw: bytes, sub: str = "cur") -> Path:
    target = folder / sub / name
    target.write_bytes(raw)
    return target


@pytest.mark.parametrize("sent_dir", [".Sent", "Sent"], ids=["maildir++", "verbatim"])
def test_both_layouts_index_the_inbox_and_sent(tmp_path: Path, sent_dir: str) -> None:
    """Maildir++ (``.Sent``) and verbatim (``Sent``) subfolders are both found and indexed."""
    root = _maildir(tmp_path / "mail")
    sent = _maildir(root / sent_dir)
    for n, raw in enumerate(messages(3)):
        _drop(root, f"100{n}.M1P1.host:2,S", raw)
    _drop(sent, "2000.M1P1.host:2,S", messages(1, tag="sent")[0], sub="new")
    mailbox = MaildirMailbox(root)
    assert mailbox.watched_folders() == ["INBOX", "Sent"]
    service = new_service(tmp_path)
    assert service.sync_mailbox(mailbox, NOW).indexed == 4
    assert service.store.known_keys(mailbox.name, "Sent") == {"2000.M1P1.host"}


def test_only_new_file_names_are_read_and_flag_changes_are_not_new(tmp_path: Path) -> None:
    """A renamed file (new flags, new/ to cur/) is the same message; only new names count."""
    root = _maildir(tmp_path / "mail")
    first = _drop(root, "1.M1P1.host", messages(1)[0], sub="new")
    service = new_service(tmp_path)
    mailbox = MaildirMailbox(root)
    assert service.sync_mailbox(mailbox, NOW).indexed == 1
    first.rename(root / "cur" / "1.M1P1.host:2,RS")
    _drop(root, "2.M1P1.host", messages(1, start=1)[0], sub="new")
    assert service.sync_mailbox(mailbox, NOW).indexed == 1
    assert service.sync_mailbox(mailbox, NOW).indexed == 0
    assert service.store.known_keys(mailbox.name, "INBOX") == {"1.M1P1.host", "2.M1P1.host"}


def test_batches_count_down_what_remains(tmp_path: Path) -> None:
    """Large folders arrive in batches whose ``remaining`` drives the progress bar."""
    root = _maildir(tmp_path / "mail")
    for n, raw in enumerate(messages(1203)):
        _drop(root, f"{n:05d}.M1P1.host:2,", raw)
    batches = list(MaildirMailbox(root).poll("INBOX", None, set()))
    assert [len(b.messages) for b in batches] == [500, 500, 203]
    assert [b.remaining for b in batches] == [703, 203, 0]


def test_a_directory_that_is_not_a_maildir_is_refused(tmp_path: Path) -> None:
    """A path without cur/ and new/ gives one line naming mailbox.path."""
    with pytest.raises(MailboxError, match=r"mailbox\.path"):
        MaildirMailbox(tmp_path)


def test_message_keys_drop_the_flags() -> None:
    """The key is the file name before ``:2,`` (or ``!2,``)."""
    assert message_key("123.M1P2.host,S=10:2,RS") == "123.M1P2.host,S=10"
    assert message_key("123.M1P2.host!2,S") == "123.M1P2.host"
    assert message_key("123.M1P2.host") == "123.M1P2.host"


def test_malformed_headers_never_stop_indexing(tmp_path: Path) -> None:
    """Garbage and broken encoded words are indexed or recorded as defects; the rest is indexed."""
    root = _maildir(tmp_path / "mail")
    bad = [
        b"\x00\xff\xfe binary junk without headers",
        b"From: =?utf-8?b?\xff?= <hr@acme.example>\r\nSubject: x\r\n\r\nbody",
        b'Message-ID: <\r\nDate: Mon, 99 Foo 99999\r\nTo: "unclosed\r\n\r\n',
        b"",
    ]
    for n, raw in enumerate([*bad, *messages(2)]):
        _drop(root, f"{n}.M1P1.host:2,", raw)
    service = new_service(tmp_path)
    mailbox = MaildirMailbox(root)
    report = service.sync_mailbox(mailbox, NOW)
    skipped = [e for e in service.store.events() if e[1] == "unindexable_message"]
    assert report.indexed + len(skipped) == len(bad) + 2
    assert report.indexed >= 2
    assert all("\n" not in detail for _, _, detail in skipped)


@pytest.mark.skipif(not SISIMAI.is_dir(), reason="the sisimai corpus is not checked out")
def test_every_sisimai_sample_indexes_without_an_exception(tmp_path: Path) -> None:
    """All real-world bounces of the sisimai corpus go through index and understanding."""
    root = _maildir(tmp_path / "mail")
    files = sorted(SISIMAI.glob("*.eml"))
    for n, path in enumerate(files):
        shutil.copyfile(path, root / "cur" / f"{n:04d}.M1P1.host:2,S")
    service = new_service(tmp_path)
    service.sync_mailbox(MaildirMailbox(root), NOW)
    indexed = len(service.store.known_keys(f"maildir:{root}", "INBOX"))
    skipped = [e for e in service.store.events() if e[1] == "unindexable_message"]
    assert indexed + len(skipped) == len(files)
