"""Which unmatched mail may share a thread with an interview's mail (shell helper, pure).

After a first sync most new mail matched nothing; tying it by thread (``core.threads``)
only concerns mail that can reach an interview's mail through what the threader links
by: Message-IDs (a message's own, its In-Reply-To and References, ids nobody holds
included), Gmail's thread id, and the normalised subject. ``LinkKeys`` keeps those few
strings per message, and ``Reach`` grows the set of keys from the interviews' mail until
nothing more joins it, reading the other mail's keys from the state once a pass: holding
the keys of 87,000 unmatched messages at once was the peak of a first run's memory.

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
    from collections.abc import Callable, Iterable, Iterator

    from silence_watch.core.model import Message
    from silence_watch.store.threadkeys import LinkFields


@dataclass(frozen=True, slots=True)
class LinkKeys:
    """What the threader links a message by."""

    ids: frozenset[str]  # its Message-ID and every id it names
    subject: str  # normalised; "" for none
    thread: str  # Gmail's thread id; "" for none

    @classmethod
    def of(cls, message: Message) -> LinkKeys:
        """The keys of one message."""
        named = (message.message_id, message.in_reply_to, *message.references)
        return cls.of_fields(named, message.subject, message.headers.get("x-gm-thrid", ""))

    @classmethod
    def of_fields(cls, named: Iterable[str | None], subject: str, thread: str) -> LinkKeys:
        """The keys of a message from its ids, subject and Gmail thread id as indexed."""
        return cls(
            ids=frozenset(mid for mid in named if mid),
            subject=normalise_subject(subject),
            thread=thread.strip(),
        )


class Reach:
    """The keys reached from the interviews' mail so far, and the mail that reached them."""

    def __init__(self) -> None:
        """Nothing reached yet."""
        self.ids: set[str] = set()
        self.subjects: set[str] = set()
        self.threads: set[str] = set()
        self.found: list[int] = []

    def absorb(self, keys: LinkKeys) -> None:
        """Reach every key of ``keys``."""
        self.ids.update(keys.ids)
        if keys.subject:
            self.subjects.add(keys.subject)
        if keys.thread:
            self.threads.add(keys.thread)

    def links(self, keys: LinkKeys) -> bool:
        """Whether a message with ``keys`` is linked to what was reached."""
        return bool(
            not self.ids.isdisjoint(keys.ids)
            or (keys.subject and keys.subject in self.subjects)
            or (keys.thread and keys.thread in self.threads)
        )

    def grow(self, candidates: Callable[[], Iterable[tuple[int, LinkKeys]]]) -> list[int]:
        """The candidates linked, directly or through each other, to what was reached.

        ``candidates`` gives them anew for each pass (read from the state, never all held):
        passes repeat until one adds nothing; a reply to a reply is reached through its
        parent, in whatever order they come.
        """
        taken: set[int] = set()
        grew = True
        while grew:
            grew = False
            for pk, keys in candidates():
                if pk not in taken and self.links(keys):
                    self.absorb(keys)
                    self.found.append(pk)
                    taken.add(pk)
                    grew = True
        return self.found


def keyed(rows: Iterable[LinkFields]) -> Iterator[tuple[int, LinkKeys]]:
    """Each message's id and keys, from the fields the state keeps (``store.threadkeys``)."""
    for pk, named, subject, thread in rows:
        yield pk, LinkKeys.of_fields(named, subject, thread)


def reachable(known: Iterable[LinkKeys], candidates: dict[int, LinkKeys]) -> list[int]:
    """The candidates linked, directly or through each other, to a known message."""
    reach = Reach()
    for keys in known:
        reach.absorb(keys)
    return reach.grow(candidates.items)


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
