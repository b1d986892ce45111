"""A line break or control character is refused where a value enters, with one clear line."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from silence_watch.config import parse_settings
from silence_watch.core.controls import line_problem, text_problem
from silence_watch.core.errors import ConfigError
from silence_watch.core.model import DraftStatus, NewDraft
from silence_watch.engine.drafts import DraftQueue
from silence_watch.store import Store
from support.cli import maildir_config, run_cli

if TYPE_CHECKING:
    from pathlib import Path

NOW = datetime(2026, 12, 1, 14, tzinfo=UTC)
BAD = [
    ("\n", "a line break (LF)"),
    ("\r", "a carriage return (CR)"),
    ("\x00", "a NUL character"),
    ("\x1b", "the control character U+001B"),
    ("\u2028", "a line separator (U+2028)"),
    ("\x85", "the control character U+0085"),
]


@pytest.mark.parametrize(("char", "named"), BAD, ids=[n for _, n in BAD])
def test_a_one_line_value_names_what_it_holds(char: str, named: str) -> None:
    """Any control character or line separator in a name or subject is refused by name."""
    assert line_problem(f"Acme{char}Bcc: x@example.net") == (
        f"holds {named}; write it on one line, without control characters"
    )
    assert line_problem("Brückner & Söhne — Data (Berlin)") is None


def test_a_text_may_hold_line_breaks_and_tabs_only() -> None:
    """A draft's text keeps its lines and tabs; a NUL or an escape is refused."""
    assert text_problem("Hi Dana,\r\n\n\tThanks.\n") is None
    assert text_problem("Hi\x00") == "holds a NUL character, which cannot go into a mail"
    assert text_problem("Hi\x1b[31m") is not None


CONFIG = """\
me: {{name: {me}, email: jordan@example.com}}
mailbox: {{kind: maildir, path: /tmp/none}}
interviews:
  - company: {company}
    role: {role}
    date: 2026-11-18T15:00:00-05:00
    contacts: [{{name: {contact}, email: dana@acme.example}}]
    agency: {{name: {agency}}}
"""
FIELDS = {"me": "Jordan", "company": "Acme", "role": "Engineer", "contact": "Dana", "agency": "TB"}
WHERE = {
    "me": "me.name",
    "company": "interviews[0].company",
    "role": "interviews[0].role",
    "contact": "interviews[0].contacts[0].name",
    "agency": "interviews[0].agency.name",
}


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_the_configuration_refuses_a_line_break_in_a_header_bound_value(field: str) -> None:
    """Each name that can reach a header is checked; the error names its YAML path."""
    values = {**FIELDS, field: '"Acme\\r\\nBcc: x@example.net"'}
    with pytest.raises(ConfigError) as raised:
        parse_settings(CONFIG.format(**values))
    problem = "holds a carriage return (CR); write it on one line, without control characters"
    assert str(raised.value).splitlines() == [f"{WHERE[field]}: {problem}"]
    parse_settings(CONFIG.format(**FIELDS))


def test_interviews_add_refuses_a_line_break(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`interviews add` stops at the option's value, says why, and adds nothing."""
    config = maildir_config(tmp_path)
    for option, value in (("--company", "Acme\nBcc: x@example.net"), ("--role", "Eng\x1b[31m"),
                          ("--contact", "Dana\rRuiz <dana@acme.example>")):  # fmt: skip
        args = ["--company", "Acme", option, value] if option != "--company" else [option, value]
        outcome = run_cli(capsys, "interviews", "add", *args, "--date", "2026-11-18T15:00",
                          "--config", config)  # fmt: skip
        assert outcome.code == 2
        assert "write it on one line, without control characters" in outcome.err
        assert outcome.err.count("\n") == 1
    listed = run_cli(capsys, "interviews", "list", "--json", "--config", config)
    assert listed.json() == []


def test_an_edit_with_a_control_character_changes_nothing(tmp_path: Path) -> None:
    """An edited text holding an escape or NUL is refused; the draft keeps its text."""
    config = maildir_config(
        tmp_path,
        "  - {company: Acme, role: Eng, date: '2026-11-18T15:00:00-05:00',\n"
        "     contacts: [{name: Dana, email: dana@acme.example}]}\n",
    )
    from silence_watch.config import load_settings  # noqa: PLC0415 - this test's settings only
    from silence_watch.config.templates import load_templates  # noqa: PLC0415
    from silence_watch.engine.service import Service  # noqa: PLC0415

    settings = load_settings(config)
    store = Store.open(tmp_path / "state")
    try:
        Service(settings, store, load_templates(None)).sync_interviews(NOW)
        draft_id = store.add_draft(
            NewDraft(interview_id=store.interviews()[0].id, kind="follow_up", slot="s",
                     to_addr="dana@acme.example", to_name="Dana", subject="Re: x",
                     body="Hi Dana,\n", in_reply_to=None, references=(), due_at=NOW),
            NOW,
        )  # fmt: skip
        assert draft_id is not None
        outcome = DraftQueue(store, settings).edit(draft_id, "Hi\x1b]0;x\x07 Dana\n", now=NOW)
        assert not outcome.ok
        assert outcome.text == (
            "was not changed: the new text holds the control character U+001B, which cannot go"
            " into a mail"
        )
        draft = store.draft(draft_id)
        assert (draft.body, draft.status) == ("Hi Dana,\n", DraftStatus.QUEUED)
    finally:
        store.close()


def test_the_error_format_has_one_line_per_problem() -> None:
    """Two bad values give two lines, each with its own path."""
    values = {**FIELDS, "me": '"J\\nL"', "role": '"E\\tX"'}
    with pytest.raises(ConfigError) as raised:
        parse_settings(CONFIG.format(**values))
    assert [line.split(":")[0] for line in str(raised.value).splitlines()] == [
        "me.name",
        "interviews[0].role",
    ]
