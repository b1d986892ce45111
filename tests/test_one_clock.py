"""One clock for people: every time in the candidate's zone and one format; one "goes out"."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from freezegun import freeze_time

from silence_watch.cli.tables import Rows, show
from silence_watch.core.parse import parse_headers, parse_message
from support.cli import run_cli, run_once_at, with_invitation

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

NY = ZoneInfo("America/New_York")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}T|\+00:00")


def test_interviews_show_uses_the_candidates_zone_and_the_one_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The interview and each timeline entry read "Wed 18 Nov 15:00" in New York, never UTC ISO."""
    config = with_invitation(tmp_path)
    run_once_at(capsys, config, "2026-11-19T10:00")
    shown = run_cli(
        capsys, "interviews", "show", "1", "--now", "2026-11-19T10:00", "--config", config
    )
    assert shown.code == 0, shown.err
    assert "Acme Corp — Data Engineer (Wed 18 Nov 15:00)" in shown.out
    assert "  Thu 12 Nov 09:00  inbound" in shown.out  # 14:00 UTC
    assert not ISO.search(shown.out)


def test_a_due_step_without_a_draft_is_due_now_not_a_date_in_the_past(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Status after the moment passed but before a run: "due now", and no past date."""
    config = with_invitation(tmp_path)
    status = run_cli(capsys, "status", "--now", "2026-11-30T10:00", "--config", config)
    assert "follow up: due now; the next run drafts it for your approval" in status.out


def test_status_plan_and_approve_give_the_same_minute(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A queued draft: status says when it goes out; approving it records that very minute."""
    config = with_invitation(tmp_path)
    run_once_at(capsys, config, "2026-11-30T10:00")
    status = run_cli(capsys, "status", "--now", "2026-11-30T10:01", "--config", config)
    found = re.search(
        r"draft (\d+) goes out (\w{3} \d+ \w{3} \d\d:\d\d) once you approve it", status.out
    )
    assert found, status.out
    draft_id, minute = found.groups()
    with freeze_time(datetime(2026, 11, 30, 10, 1, tzinfo=NY)):
        listed = run_cli(capsys, "drafts", "list", "--config", config)
        approved = run_cli(capsys, "drafts", "approve", draft_id, "--config", config)
    assert f"goes out {minute} once you approve it" in listed.out
    assert f"approved: it goes out {minute}." in approved.out
    after = run_cli(capsys, "status", "--now", "2026-11-30T10:02", "--config", config)
    assert f"draft {draft_id} goes out {minute}" in after.out
    assert "once you approve it" not in after.out.split(f"draft {draft_id}", 1)[1].split("\n")[0]


def test_a_skipped_draft_is_not_shown_as_the_next_thing_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """After `drafts skip`, status never offers that draft again: the next step, at its time."""
    config = with_invitation(tmp_path)
    run_once_at(capsys, config, "2026-11-30T10:00")
    (draft,) = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    assert run_cli(capsys, "drafts", "skip", str(draft["id"]), "--config", config).code == 0
    status = run_cli(capsys, "status", "--now", "2026-11-30T10:05", "--config", config)
    assert f"draft {draft['id']}" not in status.out
    # The skipped follow-up was due Thu 26 Nov: the second comes a week after it.
    assert "follow up: drafted Thu 3 Dec" in status.out


def test_raw_eight_bit_headers_read_as_written() -> None:
    """A subject and name in raw UTF-8 or Latin-1 (no RFC 2047) are not mojibake."""
    utf8 = (
        "From: Zoë Müller <zoe@firma.example>\r\n"
        "Subject: Grüße \u2013 Ihr Gespräch\r\n\r\nHallo\r\n"
    )
    for parse in (parse_message, parse_headers):
        message = parse(utf8.encode())
        assert message.subject == "Grüße \u2013 Ihr Gespräch"
        assert message.sender is not None
        assert message.sender.name == "Zoë Müller"
    latin = "From: a@firma.example\r\nSubject: Grüße aus Köln\r\n\r\nx\r\n".encode("latin-1")
    for parse in (parse_message, parse_headers):
        assert parse(latin).subject == "Grüße aus Köln"


def test_tables_are_rich_on_a_terminal_and_plain_in_a_pipe(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Rich draws borders on a terminal; a pipe gets aligned text; text from mail is not markup."""
    table = Rows(["id", "company"])
    table.add(["1", "[bold]Acme[/bold] Corp"], ["a note"])
    show(table, rich=True)
    drawn = capsys.readouterr().out
    assert "┃" in drawn or "│" in drawn
    assert "[bold]Acme[/bold] Corp" in drawn
    show(table, rich=False)
    plain = capsys.readouterr().out
    assert plain.splitlines() == ["id  company", "1   [bold]Acme[/bold] Corp", "     a note"]
