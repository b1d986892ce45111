"""Reading digest replies: one command per line, quoted text and signatures ignored."""

from __future__ import annotations

from datetime import date

import pytest

from silence_watch.core.commands import Command, Verb, parse_line, parse_reply

LINES = [
    ("approve 1", Command(Verb.APPROVE, (1,), line="approve 1")),
    ("Approve 1 3", Command(Verb.APPROVE, (1, 3), line="Approve 1 3")),
    ("APPROVE 1, 3", Command(Verb.APPROVE, (1, 3), line="APPROVE 1, 3")),
    ("approve all", Command(Verb.APPROVE, every=True, line="approve all")),
    ("skip 2", Command(Verb.SKIP, (2,), line="skip 2")),
    ("stop 4", Command(Verb.STOP, (4,), line="stop 4")),
    ("snooze 3 4d", Command(Verb.SNOOZE, (3,), days=4, line="snooze 3 4d")),
    ("snooze 3 2 weeks", Command(Verb.SNOOZE, (3,), days=14, line="snooze 3 2 weeks")),
    (
        "snooze 3 until 2026-12-08",
        Command(Verb.SNOOZE, (3,), until=date(2026, 12, 8), line="snooze 3 until 2026-12-08"),
    ),
    ("edit 2", Command(Verb.EDIT, (2,), text="", line="edit 2")),
    ("approve", None),
    ("approve one", None),
    ("snooze 3 until 2026-02-30", None),
    ("please approve 1", None),
    ("", None),
]


@pytest.mark.parametrize(("line", "expected"), LINES, ids=[row[0] or "blank" for row in LINES])
def test_each_line_shape(line: str, expected: Command | None) -> None:
    """Each command is understood in any case; anything else is not a command."""
    assert parse_line(line) == expected


def test_quoted_digest_and_signature_are_not_read() -> None:
    """Quoted lines, the attribution and what follows it, and the signature are ignored."""
    reply = parse_reply(
        "approve 1\r\nskip 2\r\n\r\n-- \r\nJordan\r\napprove 3\r\n"
    )
    assert [c.line for c in reply.commands] == ["approve 1", "skip 2"]
    quoted = parse_reply(
        "Approve 1\n\nOn Mon, Nov 30, 2026 at 8:00 AM Jordan wrote:\n"
        "> [2] follow-up\n> approve all\n"
    )
    assert [c.line for c in quoted.commands] == ["Approve 1"]
    assert quoted.not_understood == ()


def test_unknown_lines_are_reported() -> None:
    """A line that is neither a command, blank, quoted nor the token line is reported back."""
    reply = parse_reply("Thanks!\napprove 1\n> approve 2\nApproval token: sw-abc\naprove 3\n")
    assert [c.numbers for c in reply.commands] == [(1,)]
    assert reply.not_understood == ("Thanks!", "aprove 3")


def test_edit_takes_the_text_up_to_the_next_command() -> None:
    """`edit 2` is followed by the new text, kept with its blank lines, until the next command."""
    reply = parse_reply(
        "edit 2\nHi Dana,\n\nJust checking in.\n\nJordan\napprove 2\nedit 3\nShort one.\n"
    )
    edit2, approve2, edit3 = reply.commands
    assert (edit2.verb, edit2.numbers) == (Verb.EDIT, (2,))
    assert edit2.text == "Hi Dana,\n\nJust checking in.\n\nJordan\n"
    assert (approve2.verb, approve2.numbers) == (Verb.APPROVE, (2,))
    assert edit3.text == "Short one.\n"
    assert reply.not_understood == ()


def test_edit_with_no_text_has_empty_text() -> None:
    """An `edit` with nothing after it carries empty text (the shell refuses it)."""
    (edit,) = parse_reply("edit 1\n").commands
    assert edit.text == ""
