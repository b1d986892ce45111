"""A body that points at its subject line for what it says ("As per subject."). Pure.

A reply's subject is mostly the candidate's own words, and its dates are hers ("RE: Could
we talk on Friday?"): ``core.classify`` reads a promise from a fresh subject only. But a
writer who edits the subject to say it and points there from the body makes it theirs:
"RE: Operations Analyst - we'll revert by Wed 25 Nov" over "As per subject. Panel scores
are still being collated" (corpus batch w18pr). In five languages: "as per subject", "see
subject (line)", "siehe Betreff", "wie im Betreff", "voir objet", "cf. objet", "ver
asunto", "según el asunto", "zie onderwerp". A body that only mentions a subject ("the
subject of your thesis") points at nothing.

What such a body asks is in its subject too (probe-asks7): "Ihre Gehaltsvorstellung?"
over "wie im Betreff - kurze Info genügt", "Wat is je opzegtermijn?" over "zie onderwerp.
Dank!" were read as no news or as thanks; ``with_subject`` puts the subject in front of
the body for reading what they say ("te escribo por lo del asunto" points there too). So
is a fresh subject over a body of a few words: "Your notice period?" over "Thanks!" was
read as thanks; a reply's subject is left out, as it is mostly her words.

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.subjects import is_reply_subject, without_prefixes

_POINTS_AT_SUBJECT: Final = lazy_pattern(
    r"(?:^|[\s(])(?:as per (?:the )?subject(?: line)?|(?:please )?see (?:the )?subject(?: line)?"
    r"|as (?:stated|mentioned|said) in (?:the )?subject(?: line)?|(?:siehe|s\.|wie im|laut)"
    r" betreff(?:zeile)?|(?:voir|cf\.?|comme indique en|comme indique dans l') ?objet"
    r"|(?:ver|vease|segun(?: el)?|como (?:dice|indica) el|por lo del) asunto|(?:zie|zoals in"
    r" het) onderwerp(?:regel)?)\s*(?:[.:!)]|[-,] |$)"
)


def subject_is_theirs(subject: str, text: str) -> bool:
    """Whether ``subject`` is the writer's word: a fresh one, or one the body points at."""
    return not is_reply_subject(subject) or _POINTS_AT_SUBJECT.search(fold(text)) is not None

#: At most this many words, a body under a fresh subject leaves the message to the subject.
_THIN_BODY_WORDS: Final = 8


def with_subject(subject: str, text: str) -> str:
    """``text`` with its subject in front if the body points there or is a few words."""
    if not without_prefixes(subject).strip():
        return text
    folded = fold(text)
    # a fresh subject over a few words is the message: "Your notice period?" over "Thanks!"
    thin = not is_reply_subject(subject) and len(folded.split()) <= _THIN_BODY_WORDS
    if not thin and _POINTS_AT_SUBJECT.search(folded) is None:
        return text
    words = without_prefixes(subject).strip()
    return f"{words}{'' if words[-1] in '.!?' else '.'}\n\n{text}"
