"""Which unmatched mail may share a thread with an interview's mail (shell helper, pure).

After a first sync most new mail matched nothing; tying it by thread (``core.threads``)
only concerns mail that can reach an interview's mail through what the threader links
by: Message-IDs (a message's own, its In-Reply-To and References, ids nobody holds
included), Gmail's thread id, and the normalised subject. ``LinkKeys`` keeps those few
strings per message, and ``reachable`` grows the set of keys from the interviews' mail
until nothing more joins it.

The result is a superset of the mail in the interviews' threads, closed under every
kind of link: the threader, given it with the interviews' mail, places those messages
exactly as it would among all the mail (a thread is decided within its own links), while
100,000 unrelated messages never have to be held at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from silence_watch.core.subjects import normalise_subject

if TYPE_CHECKING:
    from collections.abc import Iterable

    from silence_watch.core.model import Message


@dataclass(frozen=True, slots=True)
class LinkKeys:
    """What the threader links a message by."""

    ids: frozenset[str]  # its Message-ID and every id it names
    subject: str  # normalised; "" for none
    thread: str  # Gmail's thread id; "" for none

    @classmethod
    def of(cls, message: Message) -> LinkKeys:
        """The keys of one message."""
        named = {*message.references, message.in_reply_to, message.message_id}
        return cls(
            ids=frozenset(mid for mid in named if mid),
            subject=normalise_subject(message.subject),
            thread=message.headers.get("x-gm-thrid", "").strip(),
        )


def reachable(known: Iterable[LinkKeys], candidates: dict[int, LinkKeys]) -> list[int]:
    """The candidates linked, directly or through each other, to a known message.

    Repeats until nothing more joins: a reply to a reply is reached through its parent,
    in whatever order they come.
    """
    ids: set[str] = set()
    subjects: set[str] = set()
    threads: set[str] = set()

    def absorb(keys: LinkKeys) -> None:
        ids.update(keys.ids)
        if keys.subject:
            subjects.add(keys.subject)
        if keys.thread:
            threads.add(keys.thread)

    for keys in known:
        absorb(keys)
    pending = dict(candidates)
    found: list[int] = []
    grew = True
    while grew and pending:
        grew = False
        for pk, keys in list(pending.items()):
            if (
                not ids.isdisjoint(keys.ids)
                or (keys.subject and keys.subject in subjects)
                or (keys.thread and keys.thread in threads)
            ):
                absorb(keys)
                found.append(pk)
                del pending[pk]
                grew = True
    return found


def for_threading(message: Message) -> Message:
    """The message as the threader reads it: every header but Gmail's thread id dropped.

    A first run threads every message nobody's rules matched; their other headers would
    only take memory.
    """
    thread = message.headers.get("x-gm-thrid")
    return replace(message, headers={} if thread is None else {"x-gm-thrid": thread})


def refers_to(message: Message) -> set[str]:
    """Every Message-ID ``message`` carries: its own, the one it answers, its references."""
    return {r for r in (message.message_id, message.in_reply_to, *message.references) if r}
