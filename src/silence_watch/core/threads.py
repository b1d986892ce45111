"""Which conversation each message belongs to.

A small JWZ-style threader, reduced to what the daemon needs: not the reply tree, only the
partition of messages into threads and, per message, how sure we are that it belongs
there. Three kinds of evidence, strongest first:

1. Message-ID, In-Reply-To and References. Every id a message names joins it to that id's
   thread, so a reordered or partly broken References header still threads, a missing
   parent still groups its children, and a cycle cannot loop.
2. Gmail's X-GM-THRID, when the mailbox is Gmail's.
3. A fallback for replies whose parent we never saw: the same normalised subject (see
   ``core.subjects``), a shared participant other than the candidate, within a time window.

The result never depends on the order of the input: the root of a thread is its earliest
message (ties broken by key), and duplicates of a Message-ID are resolved in that order.

Pure: no IO, no clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from silence_watch.core.subjects import is_reply_subject, normalise_subject

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping, Sequence

    from silence_watch.core.model import Message

#: How long a reply without a known parent may follow a same-subject message and still be
#: taken for part of its conversation.
SUBJECT_WINDOW = dt.timedelta(days=30)


class ThreadLink(StrEnum):
    """How a message is tied to the root of its thread, strongest first."""

    ROOT = "root"
    REFERENCES = "references"
    GMAIL = "gmail"
    SUBJECT = "subject"


@dataclass(frozen=True, slots=True)
class Threading:
    """The threads of a set of messages.

    ``thread_of`` maps each key to the key of its thread's root, which maps to itself.
    ``confidence`` says how each message is tied to that root.
    """

    thread_of: Mapping[int, int]
    confidence: Mapping[int, ThreadLink]

    def members(self, root: int) -> tuple[int, ...]:
        """The keys in the thread rooted at ``root``, in key order."""
        return tuple(sorted(k for k, r in self.thread_of.items() if r == root))


def thread_messages(
    messages: Iterable[tuple[int, Message]],
    *,
    own_addresses: Collection[str] = (),
    subject_window: dt.timedelta = SUBJECT_WINDOW,
) -> Threading:
    """Group ``(key, message)`` pairs into threads.

    ``key`` is the caller's id for the message (the store's row id) and must be unique.
    ``own_addresses`` are the candidate's: they are in every conversation, so sharing them
    says nothing about whether two messages belong together.
    """
    ordered = sorted(messages, key=lambda pair: _order_key(pair[0], pair[1]))
    keys = [key for key, _ in ordered]
    if len(set(keys)) != len(keys):
        raise ValueError("thread_messages: keys must be unique")
    own = frozenset(a.lower() for a in own_addresses)

    by_references = _UnionFind(keys)
    id_owner = _link_references(ordered, by_references)
    by_gmail = by_references.copy()
    _link_gmail(ordered, by_gmail)
    by_subject = by_gmail.copy()
    _link_subjects(ordered, id_owner, own, subject_window, by_subject)

    # Roots come from the order-independent sort: the earliest member of each thread.
    root_of_set: dict[int, int] = {}
    for key in keys:
        root_of_set.setdefault(by_subject.find(key), key)
    thread_of: dict[int, int] = {}
    confidence: dict[int, ThreadLink] = {}
    for key in keys:
        root = root_of_set[by_subject.find(key)]
        thread_of[key] = root
        if key == root:
            confidence[key] = ThreadLink.ROOT
        elif by_references.same(key, root):
            confidence[key] = ThreadLink.REFERENCES
        elif by_gmail.same(key, root):
            confidence[key] = ThreadLink.GMAIL
        else:
            confidence[key] = ThreadLink.SUBJECT
    return Threading(thread_of=thread_of, confidence=confidence)


def _order_key(key: int, message: Message) -> tuple[bool, dt.datetime, int]:
    when = message.date.astimezone(dt.UTC) if message.date is not None else _NEVER
    return (message.date is None, when, key)


_NEVER = dt.datetime.max.replace(tzinfo=dt.UTC)


def _link_references(
    ordered: Sequence[tuple[int, Message]],
    found: _UnionFind,
) -> dict[str, int]:
    """Join every message to the ids it names; return which key owns each Message-ID."""
    id_owner = _claim_ids(ordered, found)
    phantom: dict[str, int] = {}
    for key, message in ordered:
        named = set(message.references)
        if message.in_reply_to is not None:
            named.add(message.in_reply_to)
        for mid in sorted(named):
            if mid not in id_owner and mid not in phantom:
                # Ids never seen as a message still group the replies that name them.
                phantom[mid] = found.add_phantom()
            found.union(key, id_owner.get(mid, phantom.get(mid, key)))
    return id_owner


def _claim_ids(ordered: Sequence[tuple[int, Message]], found: _UnionFind) -> dict[str, int]:
    """Give each Message-ID to one key.

    A Message-ID seen twice is the same message filed twice (Sent and Inbox, two Gmail
    labels) when sender and date agree; otherwise the earliest keeps the id and the other
    is placed by its own In-Reply-To and References only, as JWZ does.
    """
    id_owner: dict[str, int] = {}
    messages = dict(ordered)
    for key, message in ordered:
        mid = message.message_id
        if mid is None:
            continue
        owner = id_owner.setdefault(mid, key)
        if owner != key and _same_copy(messages[owner], message):
            found.union(owner, key)
    return id_owner


def _same_copy(first: Message, second: Message) -> bool:
    first_sender = first.sender.email if first.sender else None
    second_sender = second.sender.email if second.sender else None
    return first_sender == second_sender and first.date == second.date


def _link_gmail(ordered: Sequence[tuple[int, Message]], found: _UnionFind) -> None:
    first_of: dict[str, int] = {}
    for key, message in ordered:
        thrid = message.headers.get("x-gm-thrid", "").strip()
        if not thrid:
            continue
        if thrid in first_of:
            found.union(first_of[thrid], key)
        else:
            first_of[thrid] = key


def _link_subjects(
    ordered: Sequence[tuple[int, Message]],
    id_owner: Mapping[str, int],
    own: frozenset[str],
    window: dt.timedelta,
    found: _UnionFind,
) -> None:
    """Join an orphan reply to earlier same-subject mail that shares a participant.

    An orphan reply says "Re:" but names no parent we hold. Only such a reply is joined,
    and only backwards in time, so two separate "Thank you for applying" mails from the
    same sender never merge.
    """
    groups: dict[str, list[tuple[int, Message]]] = {}
    for key, message in ordered:
        if message.date is None:
            continue
        subject = normalise_subject(message.subject)
        if subject:
            groups.setdefault(subject, []).append((key, message))
    for group in groups.values():
        people = {key: _participants(message, own) for key, message in group}
        for index, (key, message) in enumerate(group):
            if not _is_orphan_reply(message, id_owner):
                continue
            assert message.date is not None  # noqa: S101 - undated mail was left out above
            for earlier_key, earlier in reversed(group[:index]):
                assert earlier.date is not None  # noqa: S101 - undated mail was left out above
                if message.date - earlier.date > window:
                    break
                if people[key] & people[earlier_key]:
                    found.union(key, earlier_key)


def _is_orphan_reply(message: Message, id_owner: Mapping[str, int]) -> bool:
    if not is_reply_subject(message.subject):
        return False
    named = (*message.references, message.in_reply_to)
    return not any(mid is not None and mid in id_owner for mid in named)


def _participants(message: Message, own: frozenset[str]) -> frozenset[str]:
    addresses = (*((message.sender,) if message.sender else ()), *message.recipients())
    return frozenset(a.email for a in addresses if a.email not in own)


class _UnionFind:
    """Disjoint sets of message keys, plus phantom nodes for ids we never saw."""

    def __init__(self, keys: Iterable[int]) -> None:
        self._parent: dict[int, int] = {key: key for key in keys}
        # Phantom nodes count down from below the smallest key, so they never collide.
        self._next_phantom = min(self._parent, default=0) - 1

    def copy(self) -> _UnionFind:
        clone = _UnionFind(())
        clone._parent = dict(self._parent)
        clone._next_phantom = self._next_phantom
        return clone

    def add_phantom(self) -> int:
        node = self._next_phantom
        self._next_phantom -= 1
        self._parent[node] = node
        return node

    def find(self, node: int) -> int:
        root = node
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[node] != root:
            self._parent[node], node = root, self._parent[node]
        return root

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self._parent[max(a, b)] = min(a, b)

    def same(self, first: int, second: int) -> bool:
        return self.find(first) == self.find(second)
