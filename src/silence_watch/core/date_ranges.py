"""The last day of a range a promise names ("between the 7th and the 11th"). Pure.

"You should hear from us between the 7th and the 11th" (corpus batch w22pd) promises the
11th: the answer may come on any day of the range, so the follow-up waits for its last
day, never its first; so do two days offered as alternatives ("Thursday or Friday"). In
five languages: "between ... and", "from ... to", "zwischen dem
... und dem", "vom ... bis", "entre le ... et le", "du ... au", "entre el ... y el", "del
... al", "tussen ... en", "van ... tot". Text is folded (``core.language.fold``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

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


#: Between two days offered as alternatives, nothing else: "Thursday or Friday", "jeudi
#: ou vendredi", "jueves o viernes", "donderdag of vrijdag" (folded).
_OR: Final = lazy_pattern(
    r"\s*,?\s*(?:or|oder|ou|o|u|of)(?: (?:on|the|am|dem|le|el|op|de))?\s*$"
)


def range_end(sentence: str, item: Found, found: Sequence[Found]) -> Found:
    """The range's last day when ``item`` opens a range in ``sentence``, else ``item``.

    Two days offered as alternatives ("ich melde mich Donnerstag oder Freitag") are a
    range too: the answer may come on the later one (probe round p51).
    """
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
