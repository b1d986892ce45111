"""The processes' timelines kept between runs stand for the state, or are not used."""

from __future__ import annotations

import pickle
import sqlite3
import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.match import Match
from silence_watch.core.model import Contact, Direction, Intent, Interview
from silence_watch.core.parse import parse_headers
from silence_watch.engine.decisions import process_timelines
from silence_watch.engine.timeline_cache import kept_timelines, timeline_key
from silence_watch.store import MIGRATIONS, Store

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from silence_watch.core.model import TimelineEntry

T0 = datetime(2026, 11, 19, 14, 3, tzinfo=UTC)
KIM = "kim.osei@harbourline.example"
HEADERS = (
    b"From: Kim Osei <kim.osei@harbourline.example>\r\nTo: priya@example.com\r\n"
    b"Subject: Re: Ops Analyst\r\nDate: Thu, 19 Nov 2026 09:03:00 -0500\r\n\r\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A state with one process and two messages from its contact."""
    opened = Store.open(tmp_path / "state")
    interview = Interview(id=0, company="Harbourline", role="Ops Analyst",
                          date=datetime(2026, 11, 9, 15, tzinfo=UTC),
                          contacts=(Contact("Kim Osei", KIM),))  # fmt: skip
    opened.upsert_interview(interview, source="config", now=T0)
    for key in range(2):
        add_mail(opened, key)
    yield opened
    opened.close()


def add_mail(store: Store, key: int) -> None:
    """Index one message from Kim, read as a human's, tied to the first round."""
    message = replace(parse_headers(HEADERS), message_id=f"k{key}@harbourline.example",
                      date=T0 + timedelta(days=key))  # fmt: skip
    pk, _ = store.add_message(message, HEADERS, source="imap", folder="INBOX", key=str(key),
                              direction=Direction.INBOUND, now=T0)  # fmt: skip
    store.save_classification(pk, classify_message(message), body_read=True)
    store.save_match(pk, Match(store.interviews()[0].id, 0.95, "kim is a contact"))


def counted_reads(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The interviews whose timeline rows are read from now on."""
    reads: list[int] = []
    timeline = store.timeline

    def counted(interview_id: int) -> list[TimelineEntry]:
        reads.append(interview_id)
        return timeline(interview_id)

    monkeypatch.setattr(store, "timeline", counted)
    return reads


def test_the_kept_timelines_are_the_ones_read(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second reading of an unchanged state comes from what the first one kept, unchanged."""
    reads = counted_reads(store, monkeypatch)
    first = process_timelines(store)
    second = process_timelines(store)
    assert reads == [store.interviews()[0].id]
    assert second == first
    assert [e.message_id for e in second[1][first[0][0].id]] == [
        "k0@harbourline.example", "k1@harbourline.example",
    ]  # fmt: skip


def test_new_mail_or_a_correction_drops_the_kept_timelines(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mail indexed or read again, and her corrections, are in the next reading at once."""
    reads = counted_reads(store, monkeypatch)
    process_timelines(store)
    add_mail(store, 2)
    processes, timelines, _ = process_timelines(store)
    assert len(timelines[processes[0].id]) == 3
    store.correct("k2@harbourline.example", now=T0, intent="rejection")
    processes, timelines, _ = process_timelines(store)
    assert timelines[processes[0].id][-1].intent is Intent.REJECTION
    assert len(reads) == 3


def test_nothing_is_kept_when_the_state_changed_while_it_was_read(store: Store) -> None:
    """Kept data is stamped with the generation asked for before reading: a later one refuses it."""
    generation = store.timeline_generation()
    add_mail(store, 2)
    assert not store.keep_timelines(generation, "key", b"data")
    assert store.kept_timelines("key") is None
    assert store.keep_timelines(store.timeline_generation(), "key", b"data")
    assert store.kept_timelines("key") == b"data"


def test_another_threshold_or_another_round_is_another_key(store: Store) -> None:
    """What the timelines were read through is part of their key: the rounds, the threshold."""
    key = timeline_key(store, 0.6)
    assert timeline_key(store, 0.6) == key
    assert timeline_key(store, 0.5) != key
    store.upsert_interview(
        Interview(id=0, company="Harbourline", role="Ops Analyst", date=T0,
                  contacts=(Contact("Kim Osei", KIM),)),
        source="config", now=T0,
    )  # fmt: skip
    assert timeline_key(store, 0.6) != key


def test_kept_data_holding_anything_else_is_never_loaded(store: Store) -> None:
    """Only entries' plain values load; anything else is read afresh from the rows."""
    key = timeline_key(store, 0.6)
    evil = zlib.compress(pickle.dumps({1: [(sqlite3.connect,)]}))
    assert store.keep_timelines(store.timeline_generation(), key, evil)
    assert kept_timelines(store, key) is None
    assert store.keep_timelines(store.timeline_generation(), key, b"not zlib")
    assert kept_timelines(store, key) is None


def test_migration_23_keeps_every_message_and_starts_with_nothing_kept(tmp_path: Path) -> None:
    """A version-22 state upgrades: its mail stays, nothing is kept, a change drops what is."""
    state = tmp_path / "state"
    Store.open(state).close()
    with sqlite3.connect(state / "state.sqlite3") as raw:  # as a version-22 state was
        triggers = [f"timeline_cache_{table}_{change}" for table in ("messages", "corrections")
                    for change in ("insert", "update", "delete")]  # fmt: skip
        raw.executescript(
            "DROP TABLE timeline_cache; DROP INDEX messages_bounces; PRAGMA user_version = 22;"
            + "".join(f" DROP TRIGGER {name};" for name in triggers)
            + " INSERT INTO messages (identity, message_id, subject, indexed_at) VALUES"
            " ('id:a@acme.example', 'a@acme.example', 'Hello', '2026-11-20');"
        )
        kept = "SELECT 1 FROM sqlite_master WHERE sql LIKE '%timeline_cache%'"
        assert not raw.execute(kept).fetchall()
    reopened = Store.open(state)
    try:
        assert reopened.schema_version() == len(MIGRATIONS) >= 23
        assert [m.message.subject for m in reopened.messages()] == ["Hello"]
        assert reopened.kept_timelines("") is None
        assert reopened.keep_timelines(reopened.timeline_generation(), "k", b"x")
        reopened.correct("a@acme.example", now=T0, intent="other")
        assert reopened.kept_timelines("k") is None
    finally:
        reopened.close()


def test_kept_entries_are_whole_frozen_entries(store: Store) -> None:
    """Entries read back (built without their ``__init__``) equal the ones kept, every field."""
    first = process_timelines(store)[1]
    again = kept_timelines(store, timeline_key(store, 0.6))
    assert again is not None
    (entries,) = again.values()
    assert tuple(entries) == next(iter(first.values()))
    entry = entries[1]
    assert type(entry).__name__ == "TimelineEntry"
    assert entry.sender == KIM
    assert entry.sender_name == "Kim Osei"
    assert entry.at == T0 + timedelta(days=1)
    assert entry.direction is Direction.INBOUND
    assert entry.recipients == ("priya@example.com",)
    assert entry.message_id == "k1@harbourline.example"
    assert hash(entry) == hash(replace(entry))
    with pytest.raises(AttributeError):
        entry.sender = "someone@example.com"  # type: ignore[misc]


@pytest.mark.parametrize("values", [
    (T0, Direction.INBOUND, "human"),  # a kept entry of an older, shorter shape
    (T0, Direction.INBOUND, "human", *[None] * 40),  # of a longer one
])  # fmt: skip
def test_kept_entries_of_another_shape_are_read_afresh(
    store: Store, values: tuple[object, ...]
) -> None:
    """A kept row with more or fewer values than the entry has fields is not loaded."""
    key = timeline_key(store, 0.6)
    assert store.keep_timelines(
        store.timeline_generation(), key, zlib.compress(pickle.dumps({1: [values]}))
    )
    assert kept_timelines(store, key) is None
