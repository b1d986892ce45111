"""The command line on a local Maildir: the JSON contract, exit codes and the demo."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from support.cli import maildir_config, run_cli, run_once_at
from support.mailfactory import make_message

if TYPE_CHECKING:
    import pytest

NY = ZoneInfo("America/New_York")
ACME = """  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
"""
DRAFT_KEYS = {"id", "interview_id", "kind", "to", "subject", "body", "in_reply_to", "status",
              "created_at"}  # fmt: skip


def mail_to_jordan(sender: str, subject: str, body: str, when: datetime, **extra: Any) -> bytes:
    """A message to the candidate, as the company or a tool would send it."""
    return make_message(
        sender=sender,
        to="jordan@example.com",
        subject=subject,
        body=body,
        date=when,
        **extra,
    )


def deliver(config: Path, raw: bytes, name: str) -> None:
    """Drop a message into the test Maildir's inbox."""
    (config.parent / "Maildir" / "cur" / f"{name}:2,S").write_bytes(raw)


def test_status_json_lists_every_interview_with_the_contract_keys(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """`status --json` prints only JSON, one object per interview, with DESIGN.md's keys."""
    config = maildir_config(tmp_path, ACME)
    outcome = run_cli(capsys, "status", "--json", "--now", "2026-11-20T12:00", "--config", config)
    assert outcome.code == 0
    (row,) = outcome.json()
    assert row["company"] == "Acme Corp"
    assert row["state"] == "waiting"
    assert row["next_action"] == "follow_up"
    assert row["expected_by"] == "2026-11-25"
    assert row["days_silent"] == 2


def test_a_full_cycle_on_a_maildir_then_decisions_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Run --once drafts the follow-up; approve and skip move drafts; sent ones cannot move."""
    config = maildir_config(tmp_path, ACME)
    invite = mail_to_jordan(
        "Dana Ruiz <dana.ruiz@acme.example>",
        "Your interview",
        "See you Wednesday.",
        datetime(2026, 11, 12, 9, tzinfo=NY),
        message_id="invite@acme.example",
    )
    deliver(config, invite, "1.invite")
    ran = run_once_at(capsys, config, "2026-11-30T10:00")
    assert ran.code == 0, ran.err
    drafts = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    assert [d["kind"] for d in drafts] == ["follow_up"]
    draft = drafts[0]
    assert draft.keys() >= DRAFT_KEYS
    assert (draft["to"], draft["in_reply_to"], draft["subject"]) == (
        "dana.ruiz@acme.example",
        "invite@acme.example",
        "Re: Your interview",
    )
    assert run_cli(capsys, "drafts", "approve", str(draft["id"]), "--config", config).code == 0
    again = run_cli(capsys, "drafts", "approve", str(draft["id"]), "--config", config)
    assert again.code == 1
    assert f"Draft {draft['id']} is approved; it cannot be approved now" in again.err
    missing = run_cli(capsys, "drafts", "skip", "999", "--config", config)
    assert (missing.code, missing.err.strip()) == (1, "there is no draft with id 999")
    shown = run_cli(capsys, "drafts", "show", str(draft["id"]), "--config", config)
    assert "Subject: Re: Your interview" in shown.out


def test_interviews_add_list_show_close(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Interviews added by hand are listed, shown with their state, and closed."""
    config = maildir_config(tmp_path)
    added = run_cli(
        capsys, "interviews", "add", "--company", "Globex", "--role", "Analyst",
        "--date", "2026-11-19T11:00", "--contact", "Lee Park <lee.park@globex.example>",
        "--json", "--config", config,
    )  # fmt: skip
    assert added.code == 0, added.err
    new_id = added.json()["id"]
    listed = run_cli(capsys, "interviews", "list", "--json", "--config", config).json()
    assert [(i["id"], i["company"], i["source"]) for i in listed] == [(new_id, "Globex", "cli")]
    assert listed[0]["contacts"] == [{"name": "Lee Park", "email": "lee.park@globex.example"}]
    assert listed[0]["date"] == "2026-11-19T16:00:00+00:00"
    shown = run_cli(capsys, "interviews", "show", str(new_id), "--json",
                    "--now", "2026-11-20T09:00", "--config", config)  # fmt: skip
    assert shown.json()["status"]["state"] == "waiting"
    assert run_cli(capsys, "interviews", "close", str(new_id), "--config", config).code == 0
    status = run_cli(capsys, "status", "--json", "--config", config).json()
    assert status[0]["state"] == "closed"


def test_adding_an_interview_again_adds_to_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A second add of the same company, role and day keeps its contact and domain."""
    config = maildir_config(tmp_path)
    first = ("interviews", "add", "--company", "Harborfinch", "--role", "Analyst",
             "--date", "2026-11-10T13:00")  # fmt: skip
    run_cli(capsys, *first, "--contact", "Tomas Okafor <tomas.okafor@harborfinch.example>",
            "--domain", "harborfinch.example", "--config", config)  # fmt: skip
    again = run_cli(capsys, *first, "--expect-reply-by", "2026-11-20", "--config", config)
    assert again.code == 0, again.err
    assert again.out.startswith("Updated interview 1: Harborfinch — Analyst")
    (shown,) = run_cli(capsys, "interviews", "list", "--json", "--config", config).json()
    assert [c["email"] for c in shown["contacts"]] == ["tomas.okafor@harborfinch.example"]
    assert shown["domains"] == ["harborfinch.example"]
    assert shown["expect_reply_by"] == "2026-11-20"


def test_a_domain_is_read_from_a_link_and_a_word_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--domain https://www.acme.example/careers is acme.example; "acme" is no domain."""
    config = maildir_config(tmp_path)
    base = ("interviews", "add", "--company", "Acme", "--date", "2026-11-19T11:00")
    link = run_cli(capsys, *base, "--domain", "https://www.acme.example/careers", "--json",
                   "--config", config)  # fmt: skip
    assert link.code == 0, link.err
    (shown,) = run_cli(capsys, "interviews", "list", "--json", "--config", config).json()
    assert shown["domains"] == ["acme.example"]
    word = run_cli(capsys, *base, "--domain", "acme", "--config", config)
    assert word.code == 2
    assert "'acme' is not a mail domain" in word.err
    lonely = run_cli(capsys, *base, "--agency-contact", "Sam <sam@agency.example>",
                     "--config", config)  # fmt: skip
    assert lonely.code == 2
    assert "--agency-contact needs --agency" in lonely.err


def test_interviews_add_with_a_bad_date_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """A date that is not a date is refused with exit 2 and the reason."""
    config = maildir_config(tmp_path)
    outcome = run_cli(capsys, "interviews", "add", "--company", "Globex", "--date", "someday",
                      "--config", config)  # fmt: skip
    assert outcome.code == 2
    assert "date: invalid datetime" in outcome.err


def test_classify_explains_each_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Classify --json gives kind, intent, dates, bounces and reasons, per file."""
    config = maildir_config(tmp_path, ACME)
    ooo = tmp_path / "ooo.eml"
    ooo.write_bytes(
        mail_to_jordan(
            "Dana Ruiz <dana.ruiz@acme.example>",
            "Automatic reply: Following up",
            "I am out of the office until Monday, December 7.",
            datetime(2026, 11, 26, 9, tzinfo=NY),
            headers={"Auto-Submitted": "auto-replied"},
        ),
    )
    outcome = run_cli(
        capsys, "classify", ooo, tmp_path / "missing.eml", "--json", "--config", config
    )
    assert outcome.code == 1
    found, missing = outcome.json()
    assert found["kind"] == "auto_reply"
    assert found["return_date"] == "2026-12-07"
    assert found["interview"]["company"] == "Acme Corp"
    assert {"file", "kind", "intent", "confidence", "language", "promised_by", "return_date",
            "revisit_by", "bounced_recipients", "reasons"} <= found.keys()  # fmt: skip
    assert found["language"] == "en"
    assert found["reasons"]
    assert missing["error"] == "cannot read: No such file or directory"


def test_classify_shows_intent_confidence_and_promise(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Classify prints the intent, how sure, the language, the promised day and the reasons."""
    reply = tmp_path / "reply.eml"
    reply.write_bytes(
        mail_to_jordan(
            "Dana Ruiz <dana.ruiz@acme.example>",
            "Re: Following up",
            "Hi Jordan,\n\nThanks for checking in. We are still interviewing and will get back "
            "to you by Friday the 4th.\n\nDana",
            datetime(2026, 11, 30, 9, tzinfo=NY),
        ),
    )
    outcome = run_cli(capsys, "classify", reply, "--config", maildir_config(tmp_path, ACME))
    assert outcome.code == 0
    first = outcome.out.splitlines()[0]
    assert "human, acknowledgement (confidence" in first
    assert first.endswith("in en")
    assert "promised an answer by Fri 4 Dec" in outcome.out
    assert "- intent acknowledgement:" in outcome.out


def test_plan_lists_the_ladder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Plan shows each follow-up day by day, then when it would be marked ghosted."""
    config = maildir_config(tmp_path, ACME)
    outcome = run_cli(capsys, "plan", "--now", "2026-11-19T09:00", "--until", "2026-12-31",
                      "--json", "--config", config)  # fmt: skip
    assert [(p["at"][:10], p["action"]) for p in outcome.json()] == [
        ("2026-11-19", "thank_you"),
        ("2026-11-26", "follow_up"),
        ("2026-12-03", "follow_up"),
        ("2026-12-10", "closing_note"),
        ("2026-12-17", None),
    ]


def test_digest_print(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Digest --print shows what is overdue in plain words."""
    config = maildir_config(tmp_path, ACME)
    outcome = run_cli(capsys, "digest", "--print", "--now", "2026-11-30T08:00", "--config", config)
    assert outcome.code == 0
    assert "OVERDUE" in outcome.out
    assert "Acme Corp — Data Engineer: overdue" in outcome.out


def test_demo_tours_the_ladder_without_an_account(capsys: pytest.CaptureFixture[str]) -> None:
    """The demo finds its interviews in mail; a second round, an ATS rejection, a correction."""
    outcome = run_cli(capsys, "demo")
    assert outcome.code == 0, outcome.err
    found = re.findall(r"found in the mail: ([^:]+):", outcome.out)
    assert found == [  # not the coffee chat, not the job alert
        "Acme Corp, Data Engineer",
        "Globex, Product Analyst",
        "Initech, Backend Developer (through Talent Bridge)",
        "Northwind, Analytics Engineer",
    ]
    assert outcome.out.count("Jordan confirms it: added") == 4
    assert "Acme Corp  waiting -> upcoming: round 2 is on Thu 12 Nov 10:00" in outcome.out
    assert "drafted a follow-up to Dana Ruiz" in outcome.out
    assert "Globex     overdue -> rejected: their hiring system wrote" in outcome.out
    assert "drafted a request for feedback to Lee Park" in outcome.out  # a person, not no-reply
    assert "moved after their out-of-office" in outcome.out
    assert "NEEDS YOUR APPROVAL" in outcome.out
    assert "[1] Follow-up to Acme Corp" in outcome.out
    assert "record: answered 1 of 1 interview, first answer after 8 days" in outcome.out
    # Northwind's gentle no is asked about, corrected in one line, and re-decided at once.
    assert "[2] Alex Kim (Northwind) wrote on Thu 19 Nov 16:12" in outcome.out
    assert "is not sure what it says" in outcome.out
    assert "  read 2 as rejection\n" in outcome.out
    assert "is now read as rejection." in outcome.out
    assert "Northwind is re-decided at once: rejected" in outcome.out
    assert "drafted a request for feedback to Alex Kim" in outcome.out
    html = re.search(r"with its one-tap buttons: (\S+\.html)", outcome.out)
    assert html is not None
    page = Path(html[1])
    try:
        assert 'class="button approve" href="mailto:jordan@example.com?' in page.read_text()
    finally:
        page.unlink()


def test_report_and_status_show_the_company_record(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The report lists each company's record; status shows it beside the interview."""
    config = maildir_config(tmp_path, ACME)
    answer = mail_to_jordan(
        "Lee Park <lee.park@acme.example>",
        "Next round",
        "Hi Jordan, could you do a second call next week?",
        datetime(2026, 11, 23, 9, tzinfo=NY),
    )
    deliver(config, answer, "2.answer")
    assert (
        run_once_at(capsys, config, "2026-11-24T10:00").code == 0
    )
    report = run_cli(capsys, "report", "--json", "--now", "2026-11-24T10:00", "--config", config)
    (record,) = report.json()
    assert (record["company"], record["answered"], record["median_days_to_answer"]) == (
        "Acme Corp",
        1,
        5,
    )
    status = run_cli(capsys, "status", "--json", "--now", "2026-11-24T10:00", "--config", config)
    assert status.json()[0]["company_record"] == record["line"]
    shown = run_cli(capsys, "interviews", "show", "1", "--json", "--config", config)
    assert shown.json()["connections"] == [
        {"email": "lee.park@acme.example", "name": "Lee Park", "messages": 1,
         "last_at": "2026-11-23T14:00:00+00:00"},
    ]  # fmt: skip


INVITE = """BEGIN:VCALENDAR
PRODID:-//Example//Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:interview-42@acme.example
SEQUENCE:0
DTSTART:20261202T150000Z
DTEND:20261202T160000Z
SUMMARY:Interview: Data Engineer (Acme Corp)
ORGANIZER;CN=Dana Ruiz:mailto:dana.ruiz@acme.example
ATTENDEE;CN=Jordan Lee:mailto:jordan@example.com
ATTENDEE;CN=Lee Park:mailto:lee.park@acme.example
END:VEVENT
END:VCALENDAR
"""


def invitation(
    method: str = "REQUEST", sequence: int = 0, start: str = "20261202T150000Z"
) -> bytes:
    """An invitation mail with a text/calendar part, as calendar software sends it."""
    from email.message import EmailMessage  # noqa: PLC0415 - only this helper builds MIME

    message = EmailMessage()
    message["From"] = "Dana Ruiz <dana.ruiz@acme.example>"
    message["To"] = "jordan@example.com"
    message["Subject"] = "Invitation: Interview: Data Engineer (Acme Corp)"
    message["Date"] = "Mon, 23 Nov 2026 10:00:00 -0500"
    message["Message-ID"] = f"<invite-{method}-{sequence}@acme.example>"
    message.set_content("You have been invited.")
    calendar = (
        INVITE.replace("METHOD:REQUEST", f"METHOD:{method}")
        .replace("SEQUENCE:0", f"SEQUENCE:{sequence}")
        .replace("DTSTART:20261202T150000Z", f"DTSTART:{start}")
    )
    message.add_alternative(calendar, subtype="calendar", params={"method": method})
    return bytes(message)


def test_an_invitation_becomes_a_proposal_the_user_confirms(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """A calendar invitation is proposed, moved by a newer one, then confirmed as an interview."""
    config = maildir_config(tmp_path)
    deliver(config, invitation(), "1.invite")
    deliver(config, invitation(sequence=1, start="20261203T150000Z"), "2.moved")
    assert (
        run_once_at(capsys, config, "2026-11-24T09:00").code == 0
    )
    (proposal,) = run_cli(capsys, "interviews", "proposals", "--json", "--config", config).json()
    assert proposal["id"] == "interview-42@acme.example"
    assert proposal["start"] == "2026-12-03T15:00:00+00:00"
    added = run_cli(capsys, "interviews", "add", "--from-invite", proposal["id"],
                    "--role", "Data Engineer", "--json", "--config", config)  # fmt: skip
    assert added.code == 0, added.err
    (interview,) = run_cli(capsys, "interviews", "list", "--json", "--config", config).json()
    assert interview["source"] == "invite"
    assert interview["date"] == "2026-12-03T15:00:00+00:00"
    assert {c["email"] for c in interview["contacts"]} == {
        "dana.ruiz@acme.example",
        "lee.park@acme.example",
    }
    assert run_cli(capsys, "interviews", "proposals", "--json", "--config", config).json() == []


def test_a_cancelled_invitation_is_not_proposed(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """METHOD:CANCEL removes the proposal."""
    config = maildir_config(tmp_path)
    deliver(config, invitation(), "1.invite")
    deliver(config, invitation(method="CANCEL", sequence=1), "2.cancel")
    assert (
        run_once_at(capsys, config, "2026-11-24T09:00").code == 0
    )
    assert run_cli(capsys, "interviews", "proposals", "--json", "--config", config).json() == []


def test_a_cancellation_of_a_round_typed_in_by_hand_cancels_it(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Its invitation never seen, the round at the cancelled time is called off all the same."""
    config = maildir_config(tmp_path, ACME)
    deliver(config, invitation(method="CANCEL", sequence=1, start="20261118T200000Z"), "1.x")
    assert run_once_at(capsys, config, "2026-11-17T09:00").code == 0
    (row,) = run_cli(
        capsys, "status", "--json", "--now", "2026-11-19T10:00", "--config", config
    ).json()
    assert row["cancelled"] is True
    assert row["next_action"] != "thank_you"


def test_an_edit_that_loses_the_race_is_not_saved(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If the draft moves on while $EDITOR is open, the edit is refused, not silently lost."""
    import sys  # noqa: PLC0415 - only this test writes an editor script

    config = maildir_config(tmp_path, ACME)
    ran = run_once_at(capsys, config, "2026-11-30T10:00")
    assert ran.code == 0
    (draft,) = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import subprocess, sys\n"
        f"subprocess.run([{sys.executable!r}, '-m', 'silence_watch', 'drafts', 'skip',"
        f" '{draft['id']}', '--config', {str(config)!r}], check=True)\n"
        "with open(sys.argv[1], 'a') as f:\n"
        "    f.write('P.S. an edit\\n')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    outcome = run_cli(capsys, "drafts", "edit", str(draft["id"]), "--config", config)
    assert outcome.code == 1
    assert "became skipped while you were editing it; your changes were not saved" in outcome.err
    shown = run_cli(capsys, "drafts", "show", str(draft["id"]), "--json", "--config", config)
    assert "P.S." not in shown.json()["body"]


def test_demo_keep_refuses_a_used_folder(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The demo builds a kept sample in a new folder and never reuses an old tour's state."""
    first = run_cli(capsys, "demo", "--keep", tmp_path / "tour")
    assert first.code == 0
    assert (tmp_path / "tour" / "Maildir" / "cur").is_dir()
    again = run_cli(capsys, "demo", "--keep", tmp_path / "tour")
    assert again.code == 1
    assert again.err.strip().endswith("is not empty; give --keep a new folder")


def test_a_message_tied_only_by_its_gmail_thread_joins_the_interview(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Mail no rule matches, in the same Gmail conversation as the interview's, joins it."""
    config = maildir_config(tmp_path, ACME)
    invite = mail_to_jordan(
        "Dana Ruiz <dana.ruiz@acme.example>",
        "Your interview",
        "See you Wednesday.",
        datetime(2026, 11, 12, 9, tzinfo=NY),
        headers={"X-GM-THRID": "1790000000000000001"},
    )
    scheduler = mail_to_jordan(
        "Scheduling <calendar-bot@meet-helper.example>",
        "Re: Your interview",
        "Your interview has been moved to 16:00. Reply to this message with questions.",
        datetime(2026, 11, 16, 9, tzinfo=NY),
        headers={"X-GM-THRID": "1790000000000000001"},
    )
    deliver(config, invite, "1.invite")
    deliver(config, scheduler, "2.scheduler")
    ran = run_once_at(capsys, config, "2026-11-17T10:00")
    assert ran.code == 0
    shown = run_cli(capsys, "interviews", "show", "1", "--json", "--config", config).json()
    senders = [entry["from"] for entry in shown["timeline"]]
    assert senders == ["dana.ruiz@acme.example", "calendar-bot@meet-helper.example"]


def test_drafts_snooze_until_a_date_and_refuses_a_bad_one(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """A draft snoozed --until wakes at 09:00 that day; a date that is not one is exit 2."""
    config = maildir_config(tmp_path, ACME)
    ran = run_once_at(capsys, config, "2026-11-30T10:00")
    assert ran.code == 0
    (draft,) = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    bad = run_cli(capsys, "drafts", "snooze", str(draft["id"]), "--until", "soon",
                  "--config", config)  # fmt: skip
    assert bad.code == 2
    assert "'soon' is not a date like 2026-12-08" in bad.err
    done = run_cli(capsys, "drafts", "snooze", str(draft["id"]), "--until", "2026-12-08",
                   "--config", config)  # fmt: skip
    assert done.code == 0, done.err
    assert f"Draft {draft['id']} snoozed until Tue 8 Dec." in done.out
    (snoozed,) = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    assert snoozed["status"] == "snoozed"


def test_a_second_round_joins_the_process_and_status_lists_both(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`interviews add` for the same company and role is round 2; one next action per process."""
    config = maildir_config(tmp_path, ACME)
    added = run_cli(capsys, "interviews", "add", "--company", "Acme Corp", "--role",
                    "Data Engineer", "--date", "2026-11-25T10:00:00-05:00", "--json",
                    "--config", config)  # fmt: skip
    assert added.code == 0, added.err
    other = run_cli(capsys, "interviews", "add", "--company", "Globex", "--date",
                    "2026-11-26T10:00:00-05:00", "--config", config)  # fmt: skip
    assert other.code == 0, other.err
    rows = run_cli(capsys, "status", "--json", "--now", "2026-11-20T12:00",
                   "--config", config).json()  # fmt: skip
    acme = sorted((r for r in rows if r["company"] == "Acme Corp"), key=lambda r: r["round"])
    assert [(r["round"], r["state"]) for r in acme] == [(1, "upcoming"), (2, "upcoming")]
    assert acme[0]["process_id"] == acme[1]["process_id"] == 1
    assert [r["next_action"] for r in acme] == [None, "thank_you"]
    (globex,) = (r for r in rows if r["company"] == "Globex")
    assert (globex["process_id"], globex["round"]) == (2, 1)


def test_help_names_every_interviews_command_and_the_schema_line_intact(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`interviews --help` names snooze/stop/resume; `config schema --help` shows the line whole."""
    group = run_cli(capsys, "interviews", "--help").out
    first = " ".join(group.split("Options:")[0].split())
    for word in ("snooze", "stop", "resume", "proposed"):
        assert word in first
    schema_help = run_cli(capsys, "config", "schema", "--help").out
    assert "# yaml-language-server: $schema=/path/to/silence-watch.schema.json" in schema_help
    assert "``" not in schema_help


def test_every_command_takes_config(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """DESIGN.md: every command takes --config PATH, so a script may pass it to each."""
    import click  # noqa: PLC0415 - only this test walks the command tree

    from silence_watch.cli.app import cli  # noqa: PLC0415

    def leaves(group: click.Group, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = []
        for name in group.list_commands(click.Context(group)):
            command = group.get_command(click.Context(group), name)
            if isinstance(command, click.Group):
                found += leaves(command, (*path, name))
            elif command is not None:
                found.append((*path, name))
        return found

    missing = [
        " ".join(path) for path in leaves(cli, ())
        if "--config" not in {
            opt for param in _command_at(cli, path).params for opt in getattr(param, "opts", [])
        }
    ]  # fmt: skip
    assert missing == []
    reply = tmp_path / "reply.eml"
    reply.write_bytes(make_message(
        sender="jordan@example.com", to="jordan@example.com", subject="Re: your digest",
        body="approve 1\n", date=datetime(2026, 11, 20, 9, tzinfo=ZoneInfo("UTC")),
    ))  # fmt: skip
    outcome = run_cli(capsys, "digest", "read", reply, "--config", tmp_path / "none.yaml")
    assert (outcome.code, "approve" in outcome.out) == (0, True)


def _command_at(group: Any, path: tuple[str, ...]) -> Any:
    import click  # noqa: PLC0415

    command = group
    for name in path:
        command = command.get_command(click.Context(command), name)
    return command
