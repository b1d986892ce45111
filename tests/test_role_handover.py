"""Mail tied to one role before a second role at the company was added moves to it (t90cl)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.match import Match
from silence_watch.core.model import Contact, Direction, Interview
from silence_watch.core.parse import parse_headers, parse_message
from silence_watch.engine.role_handover import hand_to_named_roles
from silence_watch.store import Store

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from pathlib import Path

NOW = datetime(2027, 1, 5, 18, 0, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")
HALLIE = Contact("Hallie Brennan", "hallie.brennan@saltmarsh.example")
OLD = Interview(
    id=0, company="Saltmarsh Labs", role="Data Analyst",
    date=datetime(2026, 10, 14, 11, 0, tzinfo=NEW_YORK), contacts=(HALLIE,),
)  # fmt: skip
NEW = Interview(
    id=0, company="Saltmarsh Labs", role="Analytics Engineer",
    date=datetime(2027, 1, 12, 14, 0, tzinfo=NEW_YORK), contacts=(HALLIE,),
)  # fmt: skip


def mail(number: int, subject: str, body: str) -> bytes:
    """A whole message from Hallie."""
    return (
        f"From: Hallie Brennan <{HALLIE.email}>\r\nTo: jordan@example.com\r\n"
        f"Subject: {subject}\r\nDate: Tue, {number} Jan 2027 10:00:00 -0500\r\n"
        f"Message-ID: <m{number}@saltmarsh.example>\r\n\r\n{body}\r\n"
    ).encode()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh state database."""
    opened = Store.open(tmp_path / "state")
    yield opened
    opened.close()


def index(store: Store, raw: bytes, owner: int) -> int:
    """Index ``raw`` and tie it to interview ``owner`` by its sender."""
    head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    pk, _ = store.add_message(
        parse_headers(head), head, source="imap", folder="INBOX", key=str(raw[:40]),
        direction=Direction.INBOUND, now=NOW,
    )  # fmt: skip
    store.save_classification(pk, classify_message(parse_message(raw)), body_read=True)
    store.save_match(pk, Match(owner, 0.95, "from a contact", via_agency=True))
    return pk


def test_mail_naming_only_the_new_role_moves_and_keeps_how_sure_it_was(store: Store) -> None:
    """The invitation to the new role moves; the old role's mail and unnamed mail stay."""
    old = store.upsert_interview(OLD, source="config", now=NOW)
    raws = {
        "old": mail(1, "Data Analyst interview", "Details for your Data Analyst interview."),
        "new": mail(2, "Time to chat?", "Your Analytics Engineer application is on my desk."),
        "both": mail(3, "Two roles", "Not the Data Analyst role, but Analytics Engineer."),
        "none": mail(4, "Happy new year", "Hope you had a good break!"),
    }
    pks = {name: index(store, raw, old) for name, raw in raws.items()}
    by_pk = {pks[name]: raw for name, raw in raws.items()}

    def bodies(wanted: list[int]) -> Mapping[int, bytes]:
        return {pk: by_pk[pk] for pk in wanted}

    assert hand_to_named_roles(store, store.interviews(), bodies) == 0  # one role: nothing
    new = store.upsert_interview(NEW, source="cli", now=NOW)
    assert hand_to_named_roles(store, store.interviews(), bodies) == 1
    owner = {m.pk: m.interview_id for m in store.messages()}
    assert owner == {pks["old"]: old, pks["new"]: new, pks["both"]: old, pks["none"]: old}
    moved = next(m for m in store.messages(interview_id=new))
    assert moved.match_reason == "it is about Saltmarsh Labs (Analytics Engineer), not Data Analyst"
    assert [entry.from_agency for entry in store.timeline(new)] == [True]  # as relayed as before
    assert hand_to_named_roles(store, store.interviews(), bodies) == 0  # once


def test_mail_the_mailbox_no_longer_holds_is_judged_by_its_subject(store: Store) -> None:
    """Without its body, a subject naming only the new role is enough; nothing else is."""
    old = store.upsert_interview(OLD, source="config", now=NOW)
    named = index(store, mail(5, "Analytics Engineer at Saltmarsh", "x"), old)
    unnamed = index(store, mail(6, "Quick question", "x"), old)
    new = store.upsert_interview(NEW, source="cli", now=NOW)
    assert hand_to_named_roles(store, store.interviews(), lambda _pks: {}) == 1
    assert [m.pk for m in store.messages(interview_id=new)] == [named]
    assert [m.pk for m in store.messages(interview_id=old)] == [unnamed]


def test_after_its_no_a_recap_of_it_moves_to_the_role_it_is_about(store: Store) -> None:
    """"We went with someone else for Data Analyst (you know) ... a new Analytics Engineer role"."""
    old = store.upsert_interview(OLD, source="config", now=NOW)
    raws = {
        "no": mail(1, "Data Analyst", "Unfortunately we have decided to move forward with another"
                   " candidate for the Data Analyst role."),
        "recap": mail(2, "Long time", "Back in October we went with another candidate for the"
                      " Data Analyst role, as you know. But we now have a new opening for an"
                      " Analytics Engineer on Priya's team. Would you like to meet her?"),
        "reopened": mail(3, "Good news", "The Data Analyst role has reopened and we would like to"
                         " schedule a call with you. Analytics Engineer is open too."),
    }
    pks = {name: index(store, raw, old) for name, raw in raws.items()}
    by_pk = {pks[name]: raw for name, raw in raws.items()}
    new = store.upsert_interview(NEW, source="cli", now=NOW)
    assert hand_to_named_roles(store, store.interviews(), lambda w: {p: by_pk[p] for p in w}) == 1
    owner = {m.pk: m.interview_id for m in store.messages()}
    # the recap is the new role's; the no, and the old role's own news, stay the old one's
    assert owner == {pks["no"]: old, pks["recap"]: new, pks["reopened"]: old}


def test_before_its_no_a_no_beside_another_role_stays(store: Store) -> None:
    """The first no with another role on offer is the old role's no: it stays there."""
    old = store.upsert_interview(OLD, source="config", now=NOW)
    first = mail(2, "Update", "We went with another candidate for the Data Analyst role. But we"
                 " now have a new opening for an Analytics Engineer. Would you like to talk?")
    pk = index(store, first, old)
    store.upsert_interview(NEW, source="cli", now=NOW)
    assert hand_to_named_roles(store, store.interviews(), lambda _w: {pk: first}) == 0
    assert [m.pk for m in store.messages(interview_id=old)] == [pk]
