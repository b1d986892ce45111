"""A timeline's answer is found once while the same tuple is asked again, and only then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core import kept_answers
from silence_watch.core.kept_answers import Kept

if TYPE_CHECKING:
    from collections.abc import Sequence


class Counting:
    """A question that counts how often it was really asked."""

    def __init__(self) -> None:
        """Not asked yet."""
        self.asked = 0

    def __call__(self, timeline: Sequence[int]) -> list[int]:
        """The even numbers of ``timeline``, counted."""
        self.asked += 1
        return [n for n in timeline if n % 2 == 0]


def test_the_same_tuple_is_answered_once() -> None:
    """Asked twice with one tuple: the question runs once."""
    ask = Counting()
    evens = Kept(ask)
    timeline = (1, 2, 3, 4)
    assert evens(timeline) == [2, 4]
    assert evens(timeline) == [2, 4]
    assert ask.asked == 1


def test_a_list_is_asked_every_time_it_may_have_changed() -> None:
    """A list may change between two asks: never kept."""
    ask = Counting()
    evens = Kept(ask)
    timeline = [1, 2]
    assert evens(timeline) == [2]
    timeline.append(4)
    assert evens(timeline) == [2, 4]
    assert ask.asked == 2


def test_another_tuple_with_the_same_messages_is_asked_afresh() -> None:
    """Kept by identity: an equal tuple is another timeline."""
    ask = Counting()
    evens = Kept(ask)
    assert evens((1, 2)) == [2]
    assert evens(tuple([1, 2])) == [2]  # noqa: C409 - another tuple object on purpose
    assert ask.asked == 2


def test_the_caller_cannot_change_what_is_kept() -> None:
    """Each caller gets its own list."""
    evens = Kept(Counting())
    timeline = (2, 4)
    evens(timeline).append(6)
    assert evens(timeline) == [2, 4]


def test_answers_are_forgotten_past_the_limit() -> None:
    """Past the limit everything kept is forgotten, and asked again."""
    ask = Counting()
    evens = Kept(ask)
    timelines = [(n,) for n in range(kept_answers.KEPT_AT_MOST + 1)]
    for timeline in timelines:
        evens(timeline)
    evens(timelines[0])  # forgotten when the limit was passed, so asked again
    assert ask.asked == kept_answers.KEPT_AT_MOST + 2
