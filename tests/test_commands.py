"""Reading digest replies: the grammar of one line, edits, and what is reported back."""

from __future__ import annotations

from datetime import date

import pytest

from silence_watch.core.commands import (
    Command,
    Verb,
    edit_problem,
    parse_line,
    parse_reply,
    unread_note,
)

TODAY = date(2026, 12, 29)


def one(
    verb: Verb, *numbers: int, **rest: object
) -> tuple[Verb, tuple[int, ...], dict[str, object]]:
    """A command's shape, for comparing without its written line."""
    return verb, numbers, rest


def shape(command: Command) -> tuple[Verb, tuple[int, ...], dict[str, object]]:
    """What a command asks for, without the line it was written on."""
    rest: dict[str, object] = {}
    for name in ("every", "but", "days", "until", "text"):
        value = getattr(command, name)
        if value not in (None, False, ()):
            rest[name] = value
    return command.verb, command.numbers, rest


LINES = [
    ("approve 1", [one(Verb.APPROVE, 1)]),
    ("Approve 1 3", [one(Verb.APPROVE, 1, 3)]),
    ("APPROVE 1, 3", [one(Verb.APPROVE, 1, 3)]),
    ("approve 1 and 3", [one(Verb.APPROVE, 1, 3)]),
    ("approve 2-4", [one(Verb.APPROVE, 2, 3, 4)]),
    ("approve 2 \u2013 3", [one(Verb.APPROVE, 2, 3)]),
    ("approve [2]", [one(Verb.APPROVE, 2)]),
    ("send 3", [one(Verb.APPROVE, 3)]),
    ("SEND ALL!", [one(Verb.APPROVE, every=True)]),
    ("approve all", [one(Verb.APPROVE, every=True)]),
    ("skip all.", [one(Verb.SKIP, every=True)]),
    # tester round t81dg: "Approve all but 4." from Outlook
    ("Approve all but 4.", [one(Verb.APPROVE, every=True, but=(4,))]),
    ("approve all except 2 3", [one(Verb.APPROVE, every=True, but=(2, 3))]),
    ("skip all except [1]", [one(Verb.SKIP, every=True, but=(1,))]),
    ("skip 2", [one(Verb.SKIP, 2)]),
    ("stop 4", [one(Verb.STOP, 4)]),
    ("stop 3 4", [one(Verb.STOP, 3), one(Verb.STOP, 4)]),
    ("stop 3 and 4", [one(Verb.STOP, 3), one(Verb.STOP, 4)]),
    ("approve 1, 3, and 4", [one(Verb.APPROVE, 1, 3, 4)]),
    ("approve 1, and skip 2", [one(Verb.APPROVE, 1), one(Verb.SKIP, 2)]),
    ("snooze 3 4d", [one(Verb.SNOOZE, 3, days=4)]),
    ("snooze 3 2 weeks", [one(Verb.SNOOZE, 3, days=14)]),
    ("snooze 3 for 3 days", [one(Verb.SNOOZE, 3, days=3)]),
    ("snooze 3 until 2026-12-08", [one(Verb.SNOOZE, 3, until=date(2026, 12, 8))]),
    ("snooze 3 until Jan 5", [one(Verb.SNOOZE, 3, until=date(2027, 1, 5))]),
    ("snooze 3 until 30 December", [one(Verb.SNOOZE, 3, until=date(2026, 12, 30))]),
    ("snooze 3 until Dec 29th", [one(Verb.SNOOZE, 3, until=date(2026, 12, 29))]),
    ("snooze 3 until March 2, 2027", [one(Verb.SNOOZE, 3, until=date(2027, 3, 2))]),
    ("approve 1 and skip 2", [one(Verb.APPROVE, 1), one(Verb.SKIP, 2)]),
    ("approve 1; skip 2, stop 3", [one(Verb.APPROVE, 1), one(Verb.SKIP, 2), one(Verb.STOP, 3)]),
    ("- approve 1", [one(Verb.APPROVE, 1)]),
    ("\u2022 pls skip 2", [one(Verb.SKIP, 2)]),
    ("Please stop 4.", [one(Verb.STOP, 4)]),
    ("approve 1 please", [one(Verb.APPROVE, 1)]),
    ("edit 2", [one(Verb.EDIT, 2)]),
    ("edit 2: Hi Lee, thanks, and see you!",
     [one(Verb.EDIT, 2, text="Hi Lee, thanks, and see you!\n")]),
    ("read 3 as rejection", [one(Verb.READ, 3, text="rejection")]),
    ("read 3 as a next step", [one(Verb.READ, 3, text="next_step")]),
    ("Read 3 as on hold.", [one(Verb.READ, 3, text="on_hold")]),
    ("2 is a rejection", [one(Verb.READ, 2, text="rejection")]),
    ("3 was an offer.", [one(Verb.READ, 3, text="offer")]),
    ("1 is an acknowledgement", [one(Verb.READ, 1, text="acknowledgement")]),
    ("2 is not an interview", [one(Verb.NOT_INTERVIEW, 2)]),
    ("4 is not about Initech", [one(Verb.NOT_ABOUT, 4, text="Initech")]),
    ("4 isn't about Harbor & Finch, Inc", [one(Verb.NOT_ABOUT, 4, text="Harbor & Finch, Inc")]),
    ("add 5", [one(Verb.ADD, 5)]),
    ("add 5 as Harbor & Finch, Inc / Analyst",
     [one(Verb.ADD, 5, text="Harbor & Finch, Inc / Analyst")]),
    ("add 5 as Lumen and Vale / Engineering Manager",
     [one(Verb.ADD, 5, text="Lumen and Vale / Engineering Manager")]),
    ("not an interview 6", [one(Verb.NOT_INTERVIEW, 6)]),
    ("6 is not an interview", [one(Verb.NOT_INTERVIEW, 6)]),
]  # fmt: skip

NOT_COMMANDS = [
    "approve",
    "approve one",
    "approve the second one too",
    "approve 2?",
    "should I approve 1?",
    "don't send 3",
    "Don\u2019t send 3",
    "do not send 2 yet",
    "not sure about 3",
    "approve all except maybe 3",
    "approve all but the last one",
    "stop all but 2",
    "skip 1. approve 2-3.",
    "approve 1, and maybe 2",
    "approve 3-1",
    "approve 1-99",
    "approve 0",
    "stop all",
    "send it",
    "Looks good, send it",
    "snooze 3",
    "snooze 3 until 2026-02-30",
    "snooze 3 until 12/8",
    "snooze 3 until Friday",
    "edit 2 and approve 1",
    "read 3 as good news",
    "2 is great",
    "3 was lovely, thank you",
    "aprobar 2",
    "6 is not about Umbrella, that was the role I withdrew from",
    "6 is not about Umbrella; approve 1",
    "add 7 as Vandelay Industries / Import Analyst and skip 2",
    "add 7 as Vandelay, the import one",
    "5 can wait",
    "",
]


@pytest.mark.parametrize(("line", "expected"), LINES, ids=[row[0] for row in LINES])
def test_each_line_shape(
    line: str, expected: list[tuple[Verb, tuple[int, ...], dict[str, object]]]
) -> None:
    """Each command is understood in any case, alone or joined with others on its line."""
    found = parse_line(line, today=TODAY)
    assert found is not None
    assert [shape(command) for command in found] == expected


@pytest.mark.parametrize("line", NOT_COMMANDS, ids=[line or "blank" for line in NOT_COMMANDS])
def test_a_line_is_read_whole_or_not_at_all(line: str) -> None:
    """Questions, negations, vague words and ambiguous dates are never commands."""
    assert parse_line(line, today=TODAY) is None


def test_a_month_day_needs_the_reply_date() -> None:
    """Without the day the reply was written, 'until Dec 8' is not guessed; an ISO date is read."""
    assert parse_line("snooze 1 until Dec 8") is None
    assert parse_line("snooze 1 until 2026-12-08") is not None


def test_quoted_digest_and_signature_are_not_read() -> None:
    """Quoted lines, the attribution and what follows it, and the signature are ignored."""
    reply = parse_reply("approve 1\r\nskip 2\r\n\r\n-- \r\nJordan\r\napprove 3\r\n")
    assert [c.line for c in reply.commands] == ["approve 1", "skip 2"]
    quoted = parse_reply(
        "Approve 1\n\nOn Mon, Nov 30, 2026 at 8:00 AM Jordan wrote:\n"
        "> [2] follow-up\n> approve all\n"
    )
    assert [c.line for c in quoted.commands] == ["Approve 1"]
    assert quoted.not_understood == ()


def test_commands_below_and_between_quoted_parts_are_read() -> None:
    """Bottom-posted and inline answers count; the quoted lines between them never do."""
    reply = parse_reply(
        "On Tue, Dec 1, 2026 at 8:00 AM silence-watch wrote:\n"
        "> [1] follow-up to Acme Corp (dana@acme.example)\n> approve all\n\napprove 1\n\n"
        "> [2] thank-you note to Globex (lee@globex.example)\n\nskip 2\n\n"
        "> Approval token: sw-Q7mK2pXv9LtR4nYc8bWd1A (keep this line in your reply)\n\nstop 3\n"
    )
    assert [shape(c) for c in reply.commands] == [
        one(Verb.APPROVE, 1), one(Verb.SKIP, 2), one(Verb.STOP, 3)
    ]  # fmt: skip


def test_a_digest_pasted_without_quote_marks_is_not_read() -> None:
    """The digest is known by its structure: no line of it is read, up to its token line."""
    reply = parse_reply(
        "approve 1\n\nsilence-watch digest for Tuesday, December 1\n\nNEEDS YOUR APPROVAL\n"
        "[1] follow-up to Acme Corp (dana@acme.example)\n"
        'Reply "approve 1", "skip 2", "snooze 3 4d" or "approve all".\n'
        "approve all\n"
        "Approval token: sw-Q7mK2pXv9LtR4nYc8bWd1A (keep this line in your reply)\n"
        "skip 2\n"
    )
    assert [shape(c) for c in reply.commands] == [one(Verb.APPROVE, 1), one(Verb.SKIP, 2)]


def test_unknown_lines_are_reported_and_courtesies_are_not() -> None:
    """A line that is not a command, quoted, the token line or a courtesy is reported back."""
    reply = parse_reply(
        "Thanks!\napprove 1\n> approve 2\nApproval token: sw-abc\naprove 3\n\nJordan\n"
    )
    assert [c.numbers for c in reply.commands] == [(1,)]
    assert reply.not_understood == ("aprove 3",)
    # Outlook's signature under a sign-off is never read (tester round t57dg)
    signed = parse_reply(
        "approve 1\naprove 3\n\nBest,\nJordan Lee\nData & Analytics | (917) 555-0182\n"
    )
    assert signed.not_understood == ("aprove 3",)
    # but an answer under a sign-off is still reported
    late = parse_reply("approve 1\n\nThanks,\nJordan\nok send 2 too\n")
    assert late.not_understood == ("ok send 2 too",)
    assert parse_reply("Hi,\naprove 3\n").not_understood == ("aprove 3",)


@pytest.mark.parametrize(
    "greeting",
    ["Hallo,", "Hallo zusammen,", "Guten Morgen,", "Moin", "Bonjour,", "Bonsoir !", "Salut,",
     "Hola,", "Hola equipo,", "Buenos días,", "Buenas tardes", "Hoi,", "Goedemorgen,", "Dag,",
     "Good morning,", "Hi,"],
)  # fmt: skip
def test_a_greeting_in_any_of_the_five_languages_is_no_mistake(greeting: str) -> None:
    """"Hallo," above the commands is a greeting, not a line to report (tester round u34dg)."""
    reply = parse_reply(f"{greeting}\napprove 1\n")
    assert [shape(c) for c in reply.commands] == [one(Verb.APPROVE, 1)]
    assert reply.not_understood == ()


@pytest.mark.parametrize(
    "line",
    ["Hola, no envíes el 2 todavía", "Hallo, bei 3 warte ich noch", "Salut, le 3 plus tard",
     "Hoi, 2 nog even niet", "Hello there, hold 2 please", "Dagmar wants 2 later"],
)  # fmt: skip
def test_a_greeting_with_more_words_is_still_reported(line: str) -> None:
    """Only a greeting alone on its line is courtesy; one that goes on is an answer."""
    assert parse_reply(f"{line}\napprove 1\n").not_understood == (line,)


@pytest.mark.parametrize("greeting", ["Hallo,", "Bonjour,", "Hola,", "Hoi,"])
def test_a_greeting_is_no_sign_off_that_hides_the_lines_under_it(greeting: str) -> None:
    """Lines under a greeting are hers, not a signature: they are reported."""
    reply = parse_reply(f"{greeting}\nich warte noch auf 3\napprove 1\n")
    assert reply.not_understood == ("ich warte noch auf 3",)


def test_the_digest_note_lists_the_lines_not_understood_and_is_no_command() -> None:
    """One sentence quoting each line, a token shortened; read back, it commands nothing."""
    lines = ("send 1 tomorrow", "snooze 3 until Monday",
             "approved? see sw-Q7mK2pXv9LtR4nYc8bWd1A")  # fmt: skip
    note = unread_note(lines, written="Wed 2 Dec 19:45")
    assert note.startswith("Your reply of Wed 2 Dec 19:45 held lines that were not understood")
    assert '"send 1 tomorrow"; "snooze 3 until Monday"; "approved? see sw-..."' in note
    assert "Q7mK2p" not in note
    assert "\n" not in note
    assert parse_reply(note).commands == ()
    many = unread_note([f"line {n} " + "x" * 100 for n in range(8)], written="Mon 7 Dec 08:00")
    assert many.count('"line') == 5
    assert "and 3 more lines" in many
    assert "x" * 100 not in many


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


def test_an_edit_ends_at_quoted_text_a_footer_or_the_signature() -> None:
    """The new text never runs into the quote, a phone's footer or the signature."""
    endings = ("> [2] thank-you note", "Sent from my iPhone", "-- \nJordan",
               "On Tue, Dec 1, 2026 at 8:00 AM silence-watch <j@example.com> wrote:")  # fmt: skip
    for ending in endings:
        (edit,) = parse_reply(f"edit 1\nHi Dana,\nThanks.\n\n{ending}\nmore\n").commands
        assert edit.text == "Hi Dana,\nThanks.\n", ending


def test_edit_with_no_text_has_empty_text() -> None:
    """An `edit` with nothing after it carries empty text (the shell refuses it)."""
    (edit,) = parse_reply("edit 1\n").commands
    assert edit.text == ""


def test_an_edit_holding_the_token_or_a_digest_line_is_refused() -> None:
    """The token or a pasted digest item never becomes a draft's text: the edit is refused."""
    reply = parse_reply("edit 1: Hi Dana, see sw-Q7mK2pXv9LtR4nYc8bWd1A\napprove 2\n")
    assert [shape(c) for c in reply.commands] == [one(Verb.APPROVE, 2)]
    (refusal,) = reply.refused
    assert refusal.line == "edit 1: Hi Dana, see sw-Q7mK2pXv9LtR4nYc8bWd1A"
    assert "token" in refusal.why
    pasted = parse_reply("edit 1: [2] thank-you note to Globex (lee@globex.example)\n")
    assert pasted.commands == ()
    assert "line of the digest" in pasted.refused[0].why


def test_a_token_line_ends_an_edit() -> None:
    """The pasted token line below an edit's text is not part of it; a token inside it is."""
    inside = parse_reply("edit 1\nHi Dana,\nsee sw-Q7mK2pXv9LtR4nYc8bWd1A\n")
    assert inside.commands == ()
    assert "token" in inside.refused[0].why
    reply = parse_reply("edit 1\nHi Dana,\nApproval token: sw-Q7mK2pXv9LtR4nYc8bWd1A\napprove 1\n")
    assert [shape(c) for c in reply.commands] == [
        one(Verb.EDIT, 1, text="Hi Dana,\n"), one(Verb.APPROVE, 1)
    ]  # fmt: skip


def test_an_edit_naming_another_company_is_a_problem() -> None:
    """Another interview's company in the new text is refused; the draft's own is fine."""
    text = "Hi Dana,\nI am still keen on Acme Corp.\n"
    assert edit_problem(text, company="Acme Corp", others=("Globex", "Acme")) is None
    problem = edit_problem(text + "Globex said no.\n", company="Acme Corp", others=("Globex",))
    assert problem == "the new text names Globex, another company"
    assert edit_problem("a box of tea\n", company="Acme", others=("Box",)) is None
    # named by its first word, or without its legal form (tester round t57dg)
    short = "Hi Marcus,\nI'd love to join the team at Bramblecote.\n"
    named = edit_problem(short, company="Ostrander Games", others=("Bramblecote Foods Ltd",))
    assert named == "the new text names Bramblecote Foods Ltd, another company"
    kind = edit_problem("The team was kind.\n", company="Acme", others=("The Kestrel Group",))
    assert kind is None  # "The" names no company by itself


def test_a_word_that_may_be_an_answer_is_never_taken_for_a_name() -> None:
    """'OK', 'Approve' or 'Thanks, Send' signed at the end are reported, not ignored."""
    for line in ("OK", "Approve", "Thanks, Send", "Yes"):
        reply = parse_reply(f"Hi,\n\n{line}\n")
        assert reply.not_understood == (line,), line
    assert parse_reply("approve 1\n\nThanks,\nPriya\n").not_understood == ()
