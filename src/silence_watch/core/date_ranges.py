"""The last day of a range a promise names ("between the 7th and the 11th"). Pure.

A week named by one of its days is a range too: "te digo algo la semana del 11 de enero"
(tester round u47ye) promises that week, by its Friday, not the Monday it names: "the week
of January 11", "week commencing 11 January", "w/c 11 Jan", "in der Woche vom 11.
Januar", "la semaine du 11 janvier", "de week van 11 januari".

"You should hear from us between the 7th and the 11th" (corpus batch w22pd) promises the
11th: the answer may come on any day of the range, so the follow-up waits for its last
day, never its first; so do two days offered as alternatives ("Thursday or Friday"). In
five languages: "between ... and", "from ... to", "zwischen dem
... und dem", "vom ... bis", "entre le ... et le", "du ... au", "entre el ... y el", "del
... al", "tussen ... en", "van ... tot". Text is folded (``core.language.fold``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import monday
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.month_first_ranges import month_first_end

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.datephrases import Found

#: Just before a range's first day (folded).
_OPENS: Final = lazy_pattern(
    r"\b(?:between|from|zwischen|vom|von|entre|du|del|tussen|van)"
    r"(?: (?:the|dem|le|el|de))?\s*$"
)
#: Between its first and its last day, nothing else (folded).
_JOINS: Final = lazy_pattern(
    r"\s*(?:and|to|through|und|bis|et|au|y|al|a|en|tot|-|\u2013)"
    r"(?: (?:the|dem|zum|le|el|de))?\s*$"
)


#: Just before a day that names its week (folded).
_WEEK_OF: Final = lazy_pattern(
    r"\b(?:week (?:of|commencing|beginning|starting)|w/c|woche (?:vom|ab dem|ab)"
    r"|semaine du|semana del|week van)(?: (?:the|dem|le|el|de))?\s*$"
)
_FRIDAY: Final = 4
#: Between two days offered as alternatives, nothing else: "Thursday or Friday", "jeudi
#: ou vendredi", "jueves o viernes", "donderdag of vrijdag", "Thurs/Fri" (folded).
_OR: Final = lazy_pattern(
    r"\s*,?\s*(?:or|oder|ou|o|u|of|/)(?: (?:on|the|am|dem|le|el|op|de))?\s*$"
)


def range_end(sentence: str, item: Found, found: Sequence[Found]) -> Found:
    """The range's last day when ``item`` opens a range in ``sentence``, else ``item``.

    Two days offered as alternatives ("ich melde mich Donnerstag oder Freitag") are a
    range too: the answer may come on the later one (probe round p51); a week named by
    one of its days ends on its Friday.
    """
    if (end := month_first_end(sentence, item)) is not None:  # "Nov 21-23": the 23rd
        return end
    if _WEEK_OF.search(sentence, max(0, item.start - 24), item.start) is not None:
        friday = monday(item.day) + timedelta(days=_FRIDAY)
        return item if item.day > friday else replace(item, day=friday)
    for other in found:
        if other.start >= item.end and other.day > item.day and (
            _OR.match(sentence, item.end, other.start) is not None
        ):
            return other
    if _OPENS.search(sentence, max(0, item.start - 16), item.start) is None:
        return item
    for other in found:
        if other.start >= item.end and other.day > item.day and (
            _JOINS.match(sentence, item.end, other.start) is not None
        ):
            return other
    return item
