"""Inclusive word forms in a draft, made the candidate's own. Pure.

French and Spanish speak of the writer in a gender: "ravi" or "ravie", "interesado" or
"interesada". The templates write both ("ravi·e", "heureux·se", "interesado/a"), which
reads as a form letter; with ``me.grammatical_gender`` set, the draft says one.
Neutral (the default) keeps the inclusive forms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re

#: (an inclusive form, its masculine, its feminine), tried in order.
_FORMS: Final[tuple[tuple[re.Pattern[str], str, str], ...]] = (
    (lazy_pattern(r"\b(\w+)x\u00b7se\b"), r"\1x", r"\1se"),  # heureux·se
    (lazy_pattern(r"\b(\w+)\u00b7e\b"), r"\1", r"\1e"),  # ravi·e, informé·e
    (lazy_pattern(r"\b(\w+)o/a\b"), r"\1o", r"\1a"),  # interesado/a
)


def in_gender(text: str, gender: str) -> str:
    """``text`` with its inclusive forms in ``gender`` ("masculine", "feminine"), else as is."""
    if gender not in ("masculine", "feminine"):
        return text
    for pattern, masculine, feminine in _FORMS:
        text = pattern.sub(masculine if gender == "masculine" else feminine, text)
    return text
