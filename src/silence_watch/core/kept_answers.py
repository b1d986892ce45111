"""What a question about a whole timeline answered, kept while the same timeline is asked again.

A reading command assesses every process once, and on the way many rules ask the same
timeline which of its messages say something (``conversation.signals``): with 50 processes
and 12,662 entries at 100,000 messages, ``status`` asked 239 times and looked at 73,170
entries to find the same 50 answers. Only a tuple is kept (a list may change after it was
asked); the tuple itself is held beside its answer, so its identity cannot be reused by
another timeline while the answer is kept. A few hundred at most, then forgotten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

T = TypeVar("T")
A = TypeVar("A")

#: How many timelines' answers are kept before all are forgotten (a command has 50-200).
KEPT_AT_MOST: Final = 512


class Kept(Generic[T, A]):
    """One question's answers, by the identity of the tuple asked (see the module)."""

    __slots__ = ("_answers", "_ask")

    def __init__(self, ask: Callable[[Sequence[T]], list[A]]) -> None:
        """Keep what ``ask`` answers for each tuple it is given."""
        self._ask = ask
        self._answers: dict[int, tuple[object, list[A]]] = {}

    def __call__(self, timeline: Sequence[T]) -> list[A]:
        """``ask(timeline)``, from what was kept when ``timeline`` is a tuple asked before."""
        if type(timeline) is not tuple:
            return self._ask(timeline)
        kept = self._answers.get(id(timeline))
        if kept is None or kept[0] is not timeline:
            if len(self._answers) >= KEPT_AT_MOST:
                self._answers.clear()
            kept = self._answers[id(timeline)] = (timeline, self._ask(timeline))
        return list(kept[1])  # the caller's own list: what is kept never changes
