"""Inclusive word forms in a draft, made the candidate's own. Pure.

French and Spanish speak of the writer in a gender: "ravi" or "ravie", "interesado" or
"interesada". The templates write both ("ravi·e", "heureux·se", "interesado/a"), which
reads as a form letter; with ``me.grammatical_gender`` set, the draft says one.

Neutral (the default) cannot know the writer's gender, and a slash in her own words ("Sigo
muy interesado/a", written for Lucía: tester round u44pp) reads as a form too. The
sentences the templates write are then said in words that have no gender: "Sigo teniendo
mucho interés en", "quedo a la espera de", "je garde un vif intérêt pour", "j'aimerais
beaucoup", "malgré ma déception". An inclusive form no such wording covers stays as it is.
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


#: The writer's words said with no gender, when hers is not known: (a form, its wording).
_NEUTRAL: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (lazy_pattern(r"\bSigo muy interesado/a en\b"), "Sigo teniendo mucho interés en"),
    (lazy_pattern(r"\bquedo atento/a a\b"), "quedo a la espera de"),
    (lazy_pattern(r"\b(je|Je) (?:reste|suis toujours) très intéressé\u00b7e par\b"),
     r"\1 garde un vif intérêt pour"),
    (lazy_pattern(r"\bJe suis toujours très motivé\u00b7e à l'idée de\b"),
     "J'ai toujours très envie de"),
    (lazy_pattern(r"\bje serais( donc)? (?:ravi\u00b7e|heureux\u00b7se) de\b"), r"j'aimerais\1"),
    (lazy_pattern(r"\bserais ravi\u00b7e de\b"), "aimerais beaucoup"),
    (lazy_pattern(r"\bMême si je suis déçu\u00b7e,"), "Malgré ma déception,"),
    (lazy_pattern(r"\bde m'avoir tenu\u00b7e (?:informé\u00b7e|au courant) pour\b"),
     "pour ces nouvelles sur"),
    (lazy_pattern(r"\bje suis invité\u00b7e à\b"), "on me propose"),
)


def in_gender(text: str, gender: str) -> str:
    """``text`` with its inclusive forms in ``gender`` ("masculine", "feminine").

    Else (neutral) with the wordings that have none, where the templates' sentences allow.
    """
    if gender not in ("masculine", "feminine"):
        for pattern, wording in _NEUTRAL:
            text = pattern.sub(wording, text)
        return text
    for pattern, masculine, feminine in _FORMS:
        text = pattern.sub(masculine if gender == "masculine" else feminine, text)
    return text
