"""Odd mail through the whole pipeline: a Maildir, `run --once --now`, then `status --json`."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from silence_watch.core.parse import parse_headers
from silence_watch.mailbox.maildir import MaildirMailbox
from support.cli import maildir_config, run_cli, run_once_at

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

INTERVIEW = """\
  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
"""
_SERIAL = itertools.count(1)


def deliver(tmp_path: Path, text: str, folder: str = "") -> None:
    """Drop one message (headers and body as text) into the Maildir's ``folder``."""
    box = tmp_path / "Maildir" / folder
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True, exist_ok=True)
    name = f"17000000{next(_SERIAL):02d}.M1P1.host:2,S"
    (box / "cur" / name).write_bytes(text.replace("\n", "\r\n").encode())


def status(capsys: pytest.CaptureFixture[str], config: Path, now: str) -> dict[str, object]:
    """One cycle at ``now``, then the first interview of `status --json`."""
    ran = run_once_at(capsys, config, now)
    assert ran.code == 0, ran.err
    shown = run_cli(capsys, "status", "--json", "--now", now, "--config", config)
    assert shown.code == 0, shown.err
    first: dict[str, object] = shown.json()[0]
    return first


THANKS = """\
From: Jordan Lee <jordan@example.com>
To: Dana Ruiz <dana.ruiz@acme.example>
Subject: Thank you
Date: Wed, 18 Nov 2026 18:00:00 -0500
Message-ID: <thanks@example.com>

Thank you for today.
"""


def test_a_reply_without_a_date_header_still_counts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Dana's answer lacks Date (and Received): it is dated when indexed and stops the ladder."""
    config = maildir_config(tmp_path, INTERVIEW)
    deliver(tmp_path, THANKS)
    assert status(capsys, config, "2026-11-20T10:00:00-05:00")["state"] == "waiting"
    deliver(
        tmp_path,
        "From: Dana Ruiz <dana.ruiz@acme.example>\nTo: jordan@example.com\n"
        "Subject: Re: Thank you\nIn-Reply-To: <thanks@example.com>\nMessage-ID: <d1@acme.example>"
        "\n\nCould you send us two references?\n",
    )
    assert status(capsys, config, "2026-11-30T10:00:00-05:00")["state"] == "replied"


def test_the_received_header_dates_a_message_without_date() -> None:
    """Without Date, the newest Received header's time is the message's date."""
    message = parse_headers(
        b"Received: from mx.acme.example by mx.example.com; Mon, 23 Nov 2026 09:15:00 -0500\r\n"
        b"Received: from a by b; Sun, 22 Nov 2026 09:15:00 -0500\r\n"
        b"From: dana.ruiz@acme.example\r\nSubject: hi\r\n\r\nbody\r\n",
    )
    assert message.date is not None
    assert message.date.isoformat() == "2026-11-23T09:15:00-05:00"


def test_a_maildir_key_with_glob_characters_is_read_whole(tmp_path: Path) -> None:
    """A file name with ``[`` or ``?`` (some delivery tools write them) is still found by key."""
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "cur" / "1700000000.M1P1.host[1]?:2,S").write_bytes(b"Subject: hi\r\n\r\nbody\r\n")
    mailbox = MaildirMailbox(box)
    (batch,) = mailbox.poll("INBOX", None, set())
    (item,) = batch.messages
    assert mailbox.fetch_message("INBOX", item.key) == b"Subject: hi\r\n\r\nbody\r\n"


TWO_AT_ACME = """\
  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
  - company: Acme Corp
    role: Product Manager
    date: 2026-11-19T11:00:00-05:00
    contacts: [{name: Lee Park, email: lee.park@acme.example}]
"""


def test_a_colleague_answers_from_an_alias_thread_with_a_bare_subject(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Thanks from an alias; a colleague's 'Re:' with 300 References answers the right one."""
    config = maildir_config(tmp_path, TWO_AT_ACME, extra="")
    text = config.read_text(encoding="utf-8").replace(
        "email: jordan@example.com,", "email: jordan@example.com, aliases: [jl@alias.example],"
    )
    config.write_text(text, encoding="utf-8")
    deliver(tmp_path, THANKS.replace("jordan@example.com", "jl@alias.example"), ".Sent")
    refs = " ".join(f"<old{n}@lists.example>" for n in range(300))
    deliver(
        tmp_path,
        "From: Pat Kim <pat.kim@acme.example>\nTo: jl@alias.example\n"
        "Cc: dana.ruiz@acme.example\nSubject: Re:\nDate: Fri, 20 Nov 2026 10:00:00 -0500\n"
        f"Message-ID: <p1@acme.example>\nReferences: {refs}\n <thanks@example.com>\n"
        "In-Reply-To: <thanks@example.com>\n\nDana asked me to reply: we meet on Monday about"
        " you and will let you know.\n",
    )
    now = "2026-11-20T12:00:00-05:00"
    ran = run_once_at(capsys, config, now)
    assert ran.code == 0, ran.err
    shown = run_cli(capsys, "status", "--json", "--now", now, "--config", config)
    states = {item["role"]: item["state"] for item in shown.json()}
    assert states["Data Engineer"] in {"replied", "waiting"}
    assert states["Product Manager"] == "waiting"
    (data,) = [i for i in shown.json() if i["role"] == "Data Engineer"]
    assert data["last_contact_at"].startswith("2026-11-20T15:00")
