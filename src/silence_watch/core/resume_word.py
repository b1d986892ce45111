"""The noun "resume" (American for CV) is no word of a pause. Pure.

"Kevin passed along your resume ... I'll call the cell number on your resume" was read as
a hiring pause: "resume" is also the verb that says when a paused process starts again
("we'll resume the search in January", "resuming interviews after the holidays"). The
noun names a document: after a determiner or a possessive ("your resume", "a résumé",
"the updated resume", "resumes"), or before what a document does ("resume attached",
"resume below", "resume on file").

``RESUME_VERB`` is the pause word for a folded pattern (``core.pause_periods.RESUME_CUES``): every
form of "resum-" except the noun. ``cv_for_resume`` gives the learned reader
(``core.intent_blend``) the noun as "CV", the word it knows for it: its feature recipe
takes every "resum-" word for a pause (``core.intent_cues``), and the model file stays
as trained.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: Words right before the noun: a determiner, a possessive, an adjective of a document.
_BEFORE: Final = (
    "your", "my", "his", "her", "their", "our", "the", "a", "an", "this", "that", "updated",
    "attached", "current", "new", "latest", "revised", "full", "short", "copy of", "sample",
    "candidate", "candidates", "candidate's", "reviewing", "screening", "received",
    "submitted", "forwarded", "cv and", "cv or", "cover letter and",
)
#: Words right after the noun that only a document is followed by.
_AFTER: Final = (
    "attached", "below", "on file", "you sent", "and cover letter", "and portfolio",
    "and references", "and cv", "template", "format",
)
_BEFORE_WORDS: Final = "|".join(re.escape(word) for word in _BEFORE)
_AFTER_WORDS: Final = "|".join(re.escape(word) for word in _AFTER)

#: "resume", "resuming", "resumed" as the verb, in folded text: not after a determiner
#: ("your resume") or a slash ("cv/resume"), nor before a document's word ("resume
#: attached", "resume/cv").
RESUME_VERB: Final = (
    "".join(rf"(?<!\b{re.escape(word)} )" for word in _BEFORE)
    + rf"(?<!/)\bresum(?!es?(?:/| (?:{_AFTER_WORDS})\b))\w*"
)

#: The noun in the sender's own words (any case, with or without accents).
_WORD: Final = r"r[eé]sum[eé]s?"
_NOUN: Final = lazy_pattern(
    rf"\b(?:{_BEFORE_WORDS})\s+({_WORD})\b|(?<=/)({_WORD})\b|\b({_WORD})(?=/)"
    rf"|\b({_WORD})(?=[ \t]+(?:{_AFTER_WORDS})\b)"
    r"|\b(résumés?|resumés?|résumes?)\b",
    re.IGNORECASE,
)


def cv_for_resume(text: str) -> str:
    """``text`` with the noun "resume" written "CV" ("your resume" -> "your CV")."""
    if "sum" not in text.lower():
        return text
    return _NOUN.sub(_as_cv, text)


def _as_cv(found: re.Match[str]) -> str:
    whole = found.group(0)
    word = next(group for group in found.groups() if group)
    start = whole.rfind(word)
    cv = "CVs" if word.lower().endswith("s") else "CV"
    return whole[:start] + cv + whole[start + len(word):]
