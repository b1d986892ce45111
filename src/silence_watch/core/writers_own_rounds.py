"""A round or an assessment the writer sits in all day: theirs, not hers. Pure.

"Donnerstag weißt du mehr, morgen bin ich den ganzen Tag im Assessment Center", "morgen
zit ik de hele dag in een assessment", "I'm in interviews all day tomorrow", "je suis en
entretiens toute la journée demain", "mañana estoy todo el día en entrevistas"
(probe-dates10): the recruiter's own busy day explains the wait. The next-step rows read
"Assessment Center" as a task set for her, and the promise of Thursday beside it was taken
for a slot: the follow-up fell back to a week.

The writer in the first person, being in it ("bin ich", "ik zit", "I'm", "je suis",
"estoy"), and the whole day ("den ganzen Tag", "de hele dag", "all day", "toute la
journée", "todo el día"), in the phrase's clause. "We'd like you to join our assessment
day on Friday" has neither, and stays her step.

Matched on folded text (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.hypotheticals import bounds
from silence_watch.core.lazy_patterns import lazy_pattern

_CLAUSE_ENDS: Final = (".", "!", "?", ";", ",", "\n")

#: The writer, in the first person, being somewhere (folded).
_WRITER_IN: Final = lazy_pattern(
    r"\b(?:bin ich|ich bin|sind wir|wir sind|zit ik|ik zit|zitten we|we zitten|ben ik|ik ben"
    r"|i'm|i am|we're|we are|je suis|nous sommes|j'ai|estoy|estamos|tengo)\b",
    grouped=True,
)
#: The whole of a day (folded).
_ALL_DAY: Final = lazy_pattern(
    r"\b(?:den ganzen (?:tag|vormittag|nachmittag)|ganztagig|de hele (?:dag|ochtend|middag)"
    r"|all day|the whole day|all morning|all afternoon|toute la (?:journee|matinee)"
    r"|todo el dia|toda la (?:manana|tarde))\b"
)


def in_the_writers_day(folded: str, start: int, end: int) -> bool:
    """True when the phrase at ``folded[start:end]`` is where the writer spends the day."""
    begin, stop = bounds(folded, start, end, _CLAUSE_ENDS)
    clause = folded[begin:stop]
    return _WRITER_IN.search(clause) is not None and _ALL_DAY.search(clause) is not None
