"""A week, a quarter or a half-year named by its number, in en, de, fr, es, nl. Pure.

"KW 1", "semaine 50", "S2", "semana 2", "week 2", "Q1", "T1", "im ersten Quartal": the
reading gives such a period a day (the Friday of the week, the last day of the quarter),
but the writer never named it, so a draft must not put it in their mouth
(``core.dates.names_its_day``; tester round u04cw).
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: A period by its number, and the year after it ("KW 1/2027", "Q1 2027"), folded.
_NUMBERED: Final = lazy_pattern(
    r"\b(?:(?:week|wk|kw|kalenderwoche|semaine|semana|[sqth])\s?(?:[1-9]|[1-4]\d|5[0-3])"
    r"|(?:[1-4](?:st|nd|rd|th|er|e|\.)?|first|second|third|fourth|premier|deuxieme|troisieme"
    r"|quatrieme|primer|segundo|tercer|cuarto|ersten|zweiten|dritten|vierten|eerste|tweede"
    r"|derde|vierde) (?:quarter|quartals?|trimestre|kwartaal))(?:\s?[/-]?\s?(?:19|20)\d\d)?\b"
)


def without_numbered_periods(text: str) -> str:
    """``text`` (folded) with every week, quarter or half-year named by number left out."""
    return _NUMBERED.sub(" ", text)
