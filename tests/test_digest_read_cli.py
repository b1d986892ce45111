"""`silence-watch digest read FILE`: how a reply would be read, with no config and no token."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from support.cli import run_cli

if TYPE_CHECKING:
    import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "digest_replies"


def test_json_prints_the_commands_and_the_lines_not_understood(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """--json prints exactly the labelled commands; no configuration file is needed."""
    monkeypatch.setenv("SILENCE_WATCH_CONFIG", str(tmp_path / "absent.yaml"))
    monkeypatch.setenv("HOME", str(tmp_path))
    path = FIXTURES / "samsung_unclear_snooze_dates.eml"
    outcome = run_cli(capsys, "digest", "read", path, "--json")
    assert outcome.code == 0, outcome.err
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    document = outcome.json()
    assert set(document) == {"commands", "not_understood", "refused"}
    assert document["commands"] == label["commands"]
    assert document["not_understood"] == label["not_understood"]
    assert document["refused"] == []


def test_plain_output_shows_each_command_and_the_edit_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each command on a line, an edit's new text under it, and what was not understood."""
    outcome = run_cli(capsys, "digest", "read", FIXTURES / "claws_inline_edit_hard_wrapped.eml")
    assert outcome.code == 0, outcome.err
    assert outcome.out.splitlines()[:4] == [
        "How this reply would be read (nothing was carried out):",
        "  edit [1], new text:",
        "      | Hi Nadia,",
        "      |",
    ]
    assert "  snooze [2] for 14 days" in outcome.out
    questions = run_cli(capsys, "digest", "read", FIXTURES / "gmail_questions_are_not_commands.eml")
    assert (
        "Not understood:\n  approve 2?\n  should I approve 1?\n  not sure about 3" in questions.out
    )


def test_a_refused_edit_and_an_empty_reply_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    """An edit holding the token is shown refused; a reply with no command says nothing happens."""
    refused = run_cli(
        capsys, "digest", "read", FIXTURES / "yahoo_html_only_edit_with_the_token.eml"
    )
    assert "refused: edit 3:" in refused.out
    assert "the new text holds the digest's approval token" in refused.out
    thanks = run_cli(capsys, "digest", "read", FIXTURES / "ios_thanks_only.eml")
    assert "no command: nothing would be done, and the digest could be answered again" in thanks.out


def test_a_missing_file_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file that is not there: exit 2 and one line naming it."""
    outcome = run_cli(capsys, "digest", "read", tmp_path / "nope.eml")
    assert outcome.code == 2
    assert "nope.eml" in outcome.err
