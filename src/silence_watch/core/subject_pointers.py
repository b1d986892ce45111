"""A body that points at its subject line for what it says ("As per subject."). Pure.

A reply's subject is mostly the candidate's own words, and its dates are hers ("RE: Could
we talk on Friday?"): ``core.classify`` reads a promise from a fresh subject only. But a
writer who edits the subject to say it and points there from the body makes it theirs:
"RE: Operations Analyst - we'll revert by Wed 25 Nov" over "As per subject. Panel scores
are still being collated" (corpus batch w18pr). In five languages: "as per subject", "see
subject (line)", "siehe Betreff", "wie im Betreff", "voir objet", "cf. objet", "ver
asunto", "según el asunto", "zie onderwerp". A body that only mentions a subject ("the
subject of your thesis") points at nothing.

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.subjects import is_reply_subject

_POINTS_AT_SUBJECT: Final = lazy_pattern(
    r"(?:^|[\s(])(?:as per (?:the )?subject(?: line)?|(?:please )?see (?:the )?subject(?: line)?"
    r"|as (?:stated|mentioned|said) in (?:the )?subject(?: line)?|(?:siehe|s\.|wie im|laut)"
    r" betreff(?:zeile)?|(?:voir|cf\.?|comme indique en|comme indique dans l') ?objet"
    r"|(?:ver|vease|segun(?: el)?|como (?:dice|indica) el) asunto|(?:zie|zoals in het)"
    r" onderwerp(?:regel)?)\s*(?:[.:!)]|$)"
)


def subject_is_theirs(subject: str, text: str) -> bool:
    """Whether ``subject`` is the writer's word: a fresh one, or one the body points at."""
    return not is_reply_subject(subject) or _POINTS_AT_SUBJECT.search(fold(text)) is not None
