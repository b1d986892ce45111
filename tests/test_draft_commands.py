"""Every draft command means the same from the command line and from a digest reply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from freezegun import freeze_time

from silence_watch.config import load_settings, state_dir_of
from silence_watch.config.templates import load_templates
from silence_watch.core.commands import parse_reply
from silence_watch.core.lifecycle import Event
from silence_watch.core.model import DraftStatus, NewDraft
from silence_watch.delivery.digests import Digests
from silence_watch.delivery.outbox import Outbox
from silence_watch.engine.service import Service
from silence_watch.store import Store
from support.cli import maildir_config, run_cli

if TYPE_CHECKING:
    from pathlib import Path

NOW = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # a Tuesday, 09:00 in New York
INTERVIEW = (
    "  - {company: Acme Corp, role: Data Engineer, date: '2026-11-18T15:00:00-05:00',\n"
    "     contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]}\n"
)


@dataclass(frozen=True)
class Side:
    """One state directory with one queued draft, and how to reach it."""

    config: Path
    draft_id: int


def one_draft(tmp_path: Path, *, body: str = "Hi Dana,\n\nChecking in.\n") -> Side:
    """A config and a state holding one queued follow-up to Dana."""
    config = maildir_config(tmp_path, INTERVIEW, "sending: {max_offset_minutes: 0}\n")
    settings = load_settings(config)
    store = Store.open(tmp_path / "state")
    try:
        Service(settings, store, load_templates(None)).sync_interviews(NOW)
        draft_id = store.add_draft(
            NewDraft(
                interview_id=store.interviews()[0].id, kind="follow_up", slot="s1",
                to_addr="dana.ruiz@acme.example", to_name="Dana Ruiz",
                subject="Re: Data Engineer interview", body=body, in_reply_to=None,
                references=(), due_at=NOW,
            ),
            NOW,
        )  # fmt: skip
    finally:
        store.close()
    assert draft_id is not None
    return Side(config, draft_id)


def by_digest(side: Side, reply: str) -> list[str]:
    """Carry out a digest reply's commands (draft [1] is the side's draft)."""
    settings = load_settings(side.config)
    store = Store.open(state_dir_of(settings))
    try:
        service = Service(settings, store, load_templates(None))
        outbox = Outbox(settings, store, sender=None, folders=None)
        digests = Digests(service, outbox, sender=None)
        return digests.carry_out(parse_reply(reply), {1: side.draft_id}, NOW)
    finally:
        store.close()


def state_of(side: Side) -> tuple[DraftStatus, datetime | None, str, bool]:
    """The draft's status, snooze end and text, and whether its interview is stopped."""
    settings = load_settings(side.config)
    store = Store.open(state_dir_of(settings))
    try:
        draft = store.draft(side.draft_id)
        stopped = store.interview(draft.interview_id).stopped
        return draft.status, draft.snoozed_until, draft.body, stopped
    finally:
        store.close()


#: (the command line, the digest reply line, the line of the digest's confirmation).
COMMANDS = [
    (["approve"], "approve 1", "[1] approved: it goes out Tue 1 Dec 09:30."),
    (["skip"], "skip 2", None),
    (["skip"], "skip 1", "[1] skipped."),
    (["snooze", "--for", "3d"], "snooze 1 3d", "[1] snoozed until Fri 4 Dec."),
    (["snooze", "--until", "2026-12-08"], "snooze 1 until 2026-12-08",
     "[1] snoozed until Tue 8 Dec."),
]  # fmt: skip


@pytest.mark.parametrize(("cli_args", "reply", "confirmation"), COMMANDS)
def test_the_command_line_and_the_digest_do_the_same(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    cli_args: list[str],
    reply: str,
    confirmation: str | None,
) -> None:
    """A command typed in the terminal and the same command in a reply leave the same state."""
    typed = one_draft(tmp_path / "cli")
    replied = one_draft(tmp_path / "digest")
    with freeze_time(NOW):
        verb, *rest = cli_args
        outcome = run_cli(capsys, "drafts", verb, str(typed.draft_id), *rest, "--config",
                          typed.config)  # fmt: skip
    assert outcome.code == 0, outcome.err
    lines = by_digest(replied, reply)
    if confirmation is None:  # the reply named a draft the digest does not have
        assert lines == ["skip 2: there is no draft [2] in that digest."]
        assert state_of(replied)[0] is DraftStatus.QUEUED
        return
    assert lines == [confirmation]
    assert outcome.out.strip() == f"Draft {typed.draft_id} {confirmation.removeprefix('[1] ')}"
    assert state_of(typed) == state_of(replied)


def test_a_refusal_reads_the_same_in_both(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Approving a skipped draft is refused with the same words in both places."""
    sides = [one_draft(tmp_path / "cli"), one_draft(tmp_path / "digest")]
    for side in sides:
        settings = load_settings(side.config)
        store = Store.open(state_dir_of(settings))
        store.apply(side.draft_id, Event.SKIP, now=NOW)
        store.close()
    with freeze_time(NOW):
        typed = run_cli(capsys, "drafts", "approve", str(sides[0].draft_id), "--config",
                        sides[0].config)  # fmt: skip
    assert typed.code == 1
    assert typed.err.strip() == f"Draft {sides[0].draft_id} is skipped; it cannot be approved now"
    assert by_digest(sides[1], "approve 1") == ["[1] is skipped; it cannot be approved now"]


def test_stop_skips_the_draft_and_stops_its_interview(tmp_path: Path) -> None:
    """``stop 1`` skips the draft and no more follow-ups are drafted for that interview."""
    side = one_draft(tmp_path)
    assert by_digest(side, "stop 1") == ["[1] skipped, and no more follow-ups for it."]
    assert state_of(side)[::3] == (DraftStatus.SKIPPED, True)


def test_an_edit_that_empties_a_draft_is_refused(tmp_path: Path) -> None:
    """An edit with no text keeps the old text: an empty follow-up can never be made."""
    side = one_draft(tmp_path)
    assert by_digest(side, "edit 1\n   \n\n") == [
        "[1] was not changed: put the new text under edit."
    ]
    settings = load_settings(side.config)
    store = Store.open(state_dir_of(settings))
    try:
        from silence_watch.engine.drafts import DraftQueue  # noqa: PLC0415 - the queue itself

        queue = DraftQueue(store, settings)
        refused = queue.edit(side.draft_id, " \n\t\n", now=NOW)
        assert (refused.ok, refused.text) == (False, "was not changed: the new text is empty")
        assert store.draft(side.draft_id).body == "Hi Dana,\n\nChecking in.\n"
    finally:
        store.close()


def test_a_draft_without_text_cannot_be_approved(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A draft whose body is blank is refused at approval, from either place."""
    side = one_draft(tmp_path, body="  \n")
    with freeze_time(NOW):
        typed = run_cli(capsys, "drafts", "approve", str(side.draft_id), "--config", side.config)
    assert typed.code == 1
    assert "has no text; edit it before approving it" in typed.err
    assert by_digest(side, "approve 1") == ["[1] has no text; edit it before approving it"]
    assert state_of(side)[0] is DraftStatus.QUEUED
