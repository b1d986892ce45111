"""A pause's two days: when it ends, and when they promised to tell her about it.

"All hiring is paused until the budgets are approved in Q1. I'll update you by
mid-January either way": the pause ends on one day (``revisit_by``, the 10th of
January), the update is promised for another (``promised_by``, the 15th). Both are
kept apart only when the pause names its own end and the promise stands in a sentence
of its own that says nothing of the pause's end ("until", "resume", "bis", "jusqu'en",
"hasta" ...); "I'll tell you at the end of January how we resume" is such a promise
(the how is theirs to tell). A pause with no day of its own waits for the day of the
promise, as before (``classify``: never early).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.dates import plain_sentences, promise, promised_date, revisit_date
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.pause_periods import RESUME_CUES, told_how
from silence_watch.core.promise_cues import has_promise_cue

if TYPE_CHECKING:
    from collections.abc import Container
    from datetime import date, datetime

#: A hedge, not the pause's end: "and hopefully sooner", "hoffentlich früher" (folded).
_HEDGE: Final = lazy_pattern(r"hope\w*|hoffentlich|j'espere|espero|hopelijk")


def _about_its_end(sentence: str) -> bool:
    """True when ``sentence`` (folded) says when the pause ends, not when they will tell."""
    return any(
        not _HEDGE.fullmatch(cue.group()) and not told_how(sentence, cue.start())
        for cue in RESUME_CUES.finditer(sentence)
    )


def _told_apart(sentence: str, sent_at: datetime) -> list[str]:
    """The clauses after a semicolon that promise news, where the first names the pause's end.

    "la vacante está congelada hasta enero; te cuento algo la primera semana de enero":
    the first week is when she hears, not when the pause ends (probe-dates9). With no end
    before the semicolon, the clause is read with its sentence, as before: "Sie müssen in
    der Zwischenzeit nichts weiter tun; ich komme im neuen Jahr auf Sie zu" promises no
    day of its own beside "bis Jänner" (w9dn-059).
    """
    first, *rest = sentence.split(";")
    if not rest or revisit_date(first, sent_at) is None:
        return []
    return [part for part in rest
            if has_promise_cue(fold(part)) and not _about_its_end(fold(part))]  # fmt: skip


def _without_told(text: str, sent_at: datetime) -> str:
    """``text`` without the clauses ``_told_apart`` finds: the pause's end is read alone."""
    kept = []
    for sentence in plain_sentences(text):
        told = _told_apart(sentence, sent_at)
        kept.append(";".join(part for part in sentence.split(";") if part not in told))
    return "\n\n".join(kept)


def update_promised(
    text: str,
    sent_at: datetime,
    holidays: Container[date],
    language: str | None,
    *,
    day_first: bool = False,
) -> date | None:
    """The day a pausing message promises news by, in a sentence not about the pause's end."""
    days = [
        found.day
        for whole in plain_sentences(text)
        # "congelada hasta enero; te cuento algo la primera semana de enero": a clause of its
        # own after a semicolon may promise the news (probe-dates9)
        for sentence in [whole, *_told_apart(whole, sent_at)]
        if not _about_its_end(fold(sentence))
        and (found := promise(sentence, sent_at, holidays, language, day_first=day_first))
        is not None
        and found.day > sent_at.date()
    ]
    return max(days, default=None)


def pause_days(
    text: str,
    sent_at: datetime,
    holidays: Container[date],
    language: str | None,
    *,
    day_first: bool = False,
) -> tuple[date | None, date | None]:
    """(promised_by, revisit_by) of a message read as a pause.

    A pause that names its end and a separate promise of news keep both days; otherwise
    the pause waits for the later of its end and any promise to come (never early), as the
    corpus labels it ("Je te recontacte courant février" beside a pause with no end of its
    own: revisit_by the 15th, no promised_by).
    """
    ends = revisit_date(_without_told(text, sent_at), sent_at, holidays, language,
                        day_first=day_first)
    told = update_promised(text, sent_at, holidays, language, day_first=day_first)
    if ends is not None and told is not None and told != ends:
        return told, ends
    said = promised_date(text, sent_at, holidays, language, day_first=day_first)
    # a pause that ends the day it is announced is none: "on gèle toutes les embauches à
    # partir d'aujourd'hui" starts it today, beside "plutôt que de te laisser sans nouvelles"
    said = said if said is not None and said > sent_at.date() else None
    return None, max((day for day in (ends, said) if day), default=None)
