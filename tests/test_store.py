"""The state database: migrations, file mode, dedupe, draft slots and transitions."""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.errors import NotFoundError, StateError
from silence_watch.core.lifecycle import Event
from silence_watch.core.model import (
    Contact,
    Direction,
    Draft,
    DraftStatus,
    Interview,
    NewDraft,
)
from silence_watch.core.parse import parse_headers
from silence_watch.store import MIGRATIONS, NewMessage, Store

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
INTERVIEW = Interview(
    id=0,
    company="Acme Corp",
    role="Data Engineer",
    date=datetime(2026, 11, 18, 15, 0, tzinfo=ZoneInfo("America/New_York")),
    contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
    domains=("acme.example",),
)
HEADERS = (
    b"From: Dana Ruiz <dana.ruiz@acme.example>\r\nTo: jordan@example.com\r\n"
    b"Subject: Hello\r\nDate: Thu, 19 Nov 2026 10:00:00 -0500\r\n"
    b"Message-ID: <m1@acme.example>\r\n\r\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh state database."""
    opened = Store.open(tmp_path / "state")
    yield opened
    opened.close()


def new_draft(interview_id: int, slot: str = "s1") -> NewDraft:
    """A follow-up draft for ``slot``."""
    return NewDraft(
        interview_id=interview_id,
        kind="follow_up",
        slot=slot,
        to_addr="dana.ruiz@acme.example",
        to_name="Dana Ruiz",
        subject="Re: Hello",
        body="Hi Dana,\n",
        in_reply_to="m1@acme.example",
        references=("m1@acme.example",),
        due_at=NOW,
    )


def test_database_is_private_wal_and_migrated(store: Store) -> None:
    """The file is 0600, in WAL mode, at the latest schema version."""
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.schema_version() == len(MIGRATIONS)
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    """Opening an existing database keeps its data and version."""
    first = Store.open(tmp_path)
    first.upsert_interview(INTERVIEW, source="config", now=NOW)
    first.close()
    second = Store.open(tmp_path)
    assert [i.company for i in second.interviews()] == ["Acme Corp"]
    assert second.migrate() == len(MIGRATIONS)
    second.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    """A database from a newer silence-watch is refused with a clear message."""
    Store.open(tmp_path).close()
    with sqlite3.connect(tmp_path / "state.sqlite3") as raw:
        raw.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StateError, match="newer silence-watch"):
        Store.open(tmp_path)


def test_not_a_database_is_a_state_error(tmp_path: Path) -> None:
    """A corrupt state file gives a StateError, not a traceback from sqlite3."""
    (tmp_path / "state.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match="not a usable state database"):
        Store.open(tmp_path)


def test_migration_6_drops_the_unused_threads_and_keeps_every_message(tmp_path: Path) -> None:
    """A version-5 database keeps its messages and drafts-folder notes through migration 6."""
    state = tmp_path / "state"
    state.mkdir()
    raw = sqlite3.connect(state / "state.sqlite3")
    for script in MIGRATIONS[:5]:
        raw.executescript(script)
    raw.executescript(
        "INSERT INTO messages (identity, message_id, subject, indexed_at, via_agency)"
        " VALUES ('id:a@acme.example', 'a@acme.example', 'Hello', '2026-11-20', 1);"
        " INSERT INTO message_locations VALUES (1, 'md', 'INBOX', 'k1');"
        " PRAGMA user_version = 5;"
    )
    raw.close()
    reopened = Store.open(state)
    try:
        assert reopened.schema_version() == len(MIGRATIONS) >= 6
        assert [m.message.subject for m in reopened.messages()] == ["Hello"]
        assert reopened.locations_of([1]) == {1: ("md", "INBOX", "k1")}
        tables = {
            row[0]
            for row in reopened._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert "threads" not in tables
        columns = {row[1] for row in reopened._db.execute("PRAGMA table_info(messages)")}
        assert "thread_id" not in columns
        assert "via_agency" in columns
    finally:
        reopened.close()


def test_interviews_upsert_by_natural_key(store: Store) -> None:
    """The same interview from the config twice is one row; its id is stable."""
    first = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    again = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    assert first == again
    assert store.interview(first).contacts == INTERVIEW.contacts
    with pytest.raises(NotFoundError):
        store.interview(first + 1)


def test_a_guest_who_declined_stays_out_of_the_round_when_the_config_names_him_again(
    store: Store,
) -> None:
    """A declined hiring manager is not brought back by the next start's config sync.

    "Go ahead with Dana": the thank-you must not go to him (tester round t49ct).
    """
    both = replace(INTERVIEW, contacts=(
        Contact("Marcus Hale", "Marcus.Hale@acme.example"), *INTERVIEW.contacts,
    ))  # fmt: skip
    round_id = store.upsert_interview(both, source="config", now=NOW)
    store.decline_round(round_id, ["marcus.hale@acme.example"])
    assert store.interview(round_id).contacts == INTERVIEW.contacts
    assert store.upsert_interview(both, source="config", now=NOW) == round_id
    assert store.interview(round_id).contacts == INTERVIEW.contacts


def test_the_same_message_in_two_folders_is_indexed_once(store: Store) -> None:
    """A message seen in INBOX and in All Mail is one message with two locations."""
    message = parse_headers(HEADERS)
    pk, new = store.add_message(
        message, HEADERS, source="imap", folder="INBOX", key="1",
        direction=Direction.INBOUND, now=NOW,
    )  # fmt: skip
    again, new_again = store.add_message(
        message, HEADERS, source="imap", folder="All Mail", key="7",
        direction=Direction.INBOUND, now=NOW,
    )  # fmt: skip
    assert (new, new_again, again) == (True, False, pk)
    assert store.count_messages() == 1
    assert store.known_keys("imap", "All Mail") == {"7"}


def test_a_message_without_message_id_is_identified_by_its_headers(store: Store) -> None:
    """Without a Message-ID, identical header blocks are one message and different ones two."""
    bare = HEADERS.replace(b"Message-ID: <m1@acme.example>\r\n", b"")
    other = bare.replace(b"Subject: Hello", b"Subject: Hello again")
    for key, raw in (("1", bare), ("2", bare), ("3", other)):
        store.add_message(
            parse_headers(raw), raw, source="md", folder="INBOX", key=key,
            direction=Direction.INBOUND, now=NOW,
        )  # fmt: skip
    assert store.count_messages() == 2


def test_one_draft_per_slot(store: Store) -> None:
    """A second draft for the same interview and slot is refused by the schema."""
    interview_id = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    assert store.add_draft(new_draft(interview_id), NOW) is not None
    assert store.add_draft(new_draft(interview_id), NOW) is None
    assert store.add_draft(new_draft(interview_id, "s2"), NOW) is not None
    assert len(store.drafts()) == 2


def test_drafts_are_filtered_by_status_and_round_each_alone_or_both(store: Store) -> None:
    """``drafts(statuses, rounds)``: either filter may be left out; neither is ever ignored."""
    first = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    later = replace(INTERVIEW, date=datetime(2026, 12, 2, 15, 0, tzinfo=UTC))
    second = store.upsert_interview(later, source="config", now=NOW)
    skipped = store.add_draft(new_draft(first, "s1"), NOW)
    assert skipped is not None
    store.add_draft(new_draft(first, "s2"), NOW)
    store.add_draft(new_draft(second, "s1"), NOW)
    store.apply(skipped, Event.SKIP, now=NOW)

    def slots(found: list[Draft]) -> list[tuple[int, str]]:
        return sorted((d.interview_id, d.slot) for d in found)

    assert slots(store.drafts(None, [first])) == [(first, "s1"), (first, "s2")]
    assert slots(store.drafts([DraftStatus.QUEUED], [first])) == [(first, "s2")]
    assert slots(store.drafts([DraftStatus.QUEUED])) == [(first, "s2"), (second, "s1")]
    assert slots(store.drafts(None, [])) == []
    assert len(store.drafts()) == 3


def test_every_round_carries_the_steps_skipped_in_its_process(store: Store) -> None:
    """A skipped draft is the process's: every round knows that step is not to come back."""
    first = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    later = replace(INTERVIEW, date=datetime(2026, 12, 2, 15, 0, tzinfo=UTC))
    second = store.upsert_interview(later, source="config", now=NOW)
    skipped = store.add_draft(new_draft(first, "s1"), NOW)
    assert skipped is not None
    store.add_draft(new_draft(first, "s2"), NOW)  # still queued: no skip
    store.apply(skipped, Event.SKIP, now=NOW)
    rounds = store.process(store.interview(second).process_id).rounds
    assert [r.skipped for r in rounds] == [frozenset({"s1"})] * 2
    assert store.interview(first).skipped == frozenset({"s1"})


def test_a_batch_with_the_same_message_twice_indexes_it_once(store: Store) -> None:
    """Two copies in one batch are one message; only the first counts as new."""
    message = parse_headers(HEADERS)
    items = [
        NewMessage(message, HEADERS, "INBOX", "1", Direction.INBOUND),
        NewMessage(message, HEADERS, "All Mail", "9", Direction.INBOUND),
    ]
    (first, new_first), (second, new_second) = store.add_messages(items, source="imap", now=NOW)
    assert (first == second, new_first, new_second) == (True, True, False)
    assert store.count_messages() == 1
    assert store.known_keys("imap", "All Mail") == {"9"}


def test_a_failed_step_leaves_nothing_behind(store: Store) -> None:
    """A batch that cannot be stored is rolled back to its savepoint: nothing half-written."""
    parsed = parse_headers(HEADERS)
    bad = replace(parsed, subject="\ud800 not encodable", message_id="bad@x.example")
    good = NewMessage(parse_headers(HEADERS), HEADERS, "INBOX", "1", Direction.INBOUND)
    with store.transaction():
        with pytest.raises(UnicodeEncodeError), store.savepoint():
            store.add_messages(
                [good, NewMessage(bad, b"x", "INBOX", "2", Direction.INBOUND)],
                source="imap",
                now=NOW,
            )
        store.add_messages([good], source="imap", now=NOW)
    assert store.count_messages() == 1
    assert store.known_keys("imap", "INBOX") == {"1"}


def test_coming_through_the_agency_is_stored_not_guessed(store: Store) -> None:
    """The timeline marks agency mail from the match itself, not from words in its reason."""
    from silence_watch.core.classify import classify_message  # noqa: PLC0415 - one test
    from silence_watch.core.match import Match  # noqa: PLC0415 - one test

    interview_id = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    message = parse_headers(HEADERS)
    pk, _ = store.add_message(
        message, HEADERS, source="imap", folder="INBOX", key="1",
        direction=Direction.INBOUND, now=NOW,
    )  # fmt: skip
    store.save_classification(pk, classify_message(message), body_read=False)
    store.save_match(pk, Match(interview_id, 0.95, "dana is a contact for The Agency Group"))
    assert [e.from_agency for e in store.timeline(interview_id)] == [False]
    store.save_match(pk, Match(interview_id, 0.9, "sam is at Talent Bridge", via_agency=True))
    assert [e.from_agency for e in store.timeline(interview_id)] == [True]


def test_mail_to_read_for_notes_says_who_wrote_it_as_indexed(store: Store) -> None:
    """The candidate's mail from a personal address (indexed outbound by her name) is hers.

    The notes pass must not take her signature's phone number for the employer's.
    """
    from silence_watch.core.classify import classify_message  # noqa: PLC0415 - one test
    from silence_watch.core.match import Match  # noqa: PLC0415 - one test

    interview_id = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    for key, direction in (("1", Direction.INBOUND), ("2", Direction.OUTBOUND)):
        message = replace(parse_headers(HEADERS), message_id=f"m{key}@acme.example")
        pk, _ = store.add_message(
            message, HEADERS, source="imap", folder="INBOX", key=key, direction=direction,
            now=NOW,
        )  # fmt: skip
        store.save_classification(pk, classify_message(message), body_read=False)
        store.save_match(pk, Match(interview_id, 0.95, "dana is a contact"))
    assert [item.outbound for item in store.unnoted_messages([interview_id])] == [False, True]


def test_answer_by_days_are_their_mail_s_only_and_only_those_named(store: Store) -> None:
    """An inbound note's deadline is an answer-by day; hers, or a note without one, is not."""
    from silence_watch.core.classify import classify_message  # noqa: PLC0415 - one test
    from silence_watch.core.match import Match  # noqa: PLC0415 - one test
    from silence_watch.store.network import MessageNote  # noqa: PLC0415 - one test

    interview_id = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    for key, direction, deadline in (
        ("1", Direction.INBOUND, datetime(2026, 12, 12, tzinfo=UTC).date()),
        ("2", Direction.OUTBOUND, datetime(2026, 12, 14, tzinfo=UTC).date()),
        ("3", Direction.INBOUND, None),
    ):
        message = replace(parse_headers(HEADERS), message_id=f"m{key}@acme.example")
        pk, _ = store.add_message(
            message, HEADERS, source="imap", folder="INBOX", key=key, direction=direction,
            now=NOW,
        )  # fmt: skip
        store.save_classification(pk, classify_message(message), body_read=False)
        store.save_match(pk, Match(interview_id, 0.95, "dana is a contact"))
        store.save_note(MessageNote(pk, (), "en", informal=False, sent_items=(),
                                    deadline=deadline), NOW)  # fmt: skip
    assert store.answer_by_days([interview_id]) == {
        "m1@acme.example": datetime(2026, 12, 12, tzinfo=UTC).date()
    }
    assert store.answer_by_days([interview_id + 1]) == {}


def test_the_token_migration_keeps_only_a_hash(tmp_path: Path) -> None:
    """Migration 8: a digest stored with its token in the clear keeps only its SHA-256."""
    from silence_watch.core.approval import token_hash  # noqa: PLC0415 - this test only

    state = tmp_path / "state"
    state.mkdir()
    token = "sw-" + "Q" * 22
    raw = sqlite3.connect(state / "state.sqlite3")
    for script in MIGRATIONS[:7]:  # as before migration 8 (the token hash)
        raw.executescript(script)
    raw.executescript("PRAGMA user_version = 7;")
    raw.execute(
        "INSERT INTO digests (message_id, token, numbers, state, sent_at) VALUES (?,?,?,?,?)",
        ("d1@example.com", token, "{}", "sent", "2026-11-30T13:00:00+00:00"),
    )
    raw.commit()
    raw.close()
    reopened = Store.open(state)
    try:
        (digest,) = reopened.digests()
        assert digest.token_hash == token_hash(token)
        reopened._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert token.encode() not in (state / "state.sqlite3").read_bytes()
    finally:
        reopened.close()


def test_a_round_cancelled_by_mistake_can_be_on_again(store: Store) -> None:
    """A cancellation, then the same round invited again (t97cr): live once more."""
    round_id = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    store.cancel_round(round_id, NOW)
    assert store.interview(round_id).cancelled
    store.reinstate_round(round_id)
    assert not store.interview(round_id).cancelled


def test_a_contact_added_by_hand_stays_when_the_configuration_is_read_again(store: Store) -> None:
    """Tester round u07cr: `interviews add --contact` was undone at the next start."""
    round_id = store.upsert_interview(INTERVIEW, source="config", now=NOW)
    aisha = Contact("Aisha Bello", "aisha.bello@acme.example")
    store.add_hand_contacts(round_id, [aisha])
    store.upsert_interview(INTERVIEW, source="config", now=NOW)  # the next start
    emails = [c.email for c in store.interview(round_id).contacts]
    assert emails == ["dana.ruiz@acme.example", "aisha.bello@acme.example"]


def test_migration_22_indexes_mail_by_date_and_keeps_every_message(tmp_path: Path) -> None:
    """A version-21 database keeps its messages, and discovery's look-back uses the date index."""
    state = tmp_path / "state"
    Store.open(state).close()
    with sqlite3.connect(state / "state.sqlite3") as raw:  # as a version-21 state was
        raw.executescript(
            "DROP INDEX messages_date; DROP TABLE timeline_cache; DROP INDEX messages_bounces;"
            " PRAGMA user_version = 21;"
            + "".join(f" DROP TRIGGER timeline_cache_{table}_{change};"
                      for table in ("messages", "corrections")
                      for change in ("insert", "update", "delete"))  # and migration 23's
            + " INSERT INTO messages (identity, message_id, subject, date, indexed_at) VALUES"
            " ('id:a@acme.example', 'a@acme.example', 'Hello', '2026-11-20T09:00:00+00:00',"
            " '2026-11-20');"
        )
    reopened = Store.open(state)
    try:
        assert reopened.schema_version() == len(MIGRATIONS) >= 22
        since = [m.message.subject for m in reopened.messages_since(NOW - timedelta(days=90))]
        assert since == ["Hello"]
        plan = reopened._db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM messages WHERE date >= ? AND id > ?"
            " ORDER BY date, id", ("2026-01-01", 0),
        ).fetchall()  # fmt: skip
        assert any("messages_date" in str(row[-1]) for row in plan)
    finally:
        reopened.close()


def test_migration_24_finds_the_bounces_by_an_index(tmp_path: Path) -> None:
    """A version-23 state upgrades; the delivery step's bounce reports come from an index."""
    state = tmp_path / "state"
    Store.open(state).close()
    with sqlite3.connect(state / "state.sqlite3") as raw:  # as a version-23 state was
        raw.executescript(
            "DROP INDEX messages_bounces; PRAGMA user_version = 23;"
            " INSERT INTO messages (identity, message_id, kind, bounced, indexed_at) VALUES"
            " ('id:b@mx.example', 'b@mx.example', 'bounce', '[\"Dana@acme.example\"]',"
            " '2026-11-20');"
        )
    reopened = Store.open(state)
    try:
        assert reopened.schema_version() == len(MIGRATIONS) >= 24
        assert reopened.bounce_reports() == [("dana@acme.example", "b@mx.example")]
        plan = reopened._db.execute(
            "EXPLAIN QUERY PLAN SELECT bounced FROM messages WHERE kind = 'bounce'"
        ).fetchall()
        assert any("messages_bounces" in str(row[-1]) for row in plan)
    finally:
        reopened.close()


def test_replies_to_digests_are_found_by_their_headers_or_their_subject(store: Store) -> None:
    """In-Reply-To or References naming a digest, or its subject; with none sent, the subject."""
    for key, extra in enumerate((
        b"In-Reply-To: <d1@example.com>\r\n",
        b"References: <x@example.com> <d1@example.com>\r\n",
        b"",
    )):
        subject = b"Re: your silence-watch digest" if key == 2 else b"Re: lunch"
        headers = (b"From: Jordan Lee <jordan@example.com>\r\nTo: jordan@example.com\r\n"
                   b"Subject: " + subject + b"\r\nMessage-ID: <r" + str(key).encode()
                   + b"@example.com>\r\n" + extra
                   + b"Date: Thu, 26 Nov 2026 09:0" + str(key).encode()
                   + b":00 +0000\r\n\r\n")  # fmt: skip
        store.add_message(parse_headers(headers), headers, source="imap", folder="INBOX",
                          key=str(key), direction=Direction.INBOUND, now=NOW)  # fmt: skip
    found = [m.message.message_id for m in store.digest_replies(["d1@example.com"])]
    assert found == ["r0@example.com", "r1@example.com", "r2@example.com"]
    assert [m.message.message_id for m in store.digest_replies([])] == ["r2@example.com"]
