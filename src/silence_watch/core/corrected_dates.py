"""A promised day the writer corrects further down ("please read that as Wednesday"). Pure.

"We expect to confirm the outcome to all candidates by Friday 11 December. ... P.S.
Apologies - the panel chair is on leave that week, so please read that as Wednesday 16th
instead" (corpus batch w18pr): the promise is the corrected day, not the first one. In
five languages: "read that as", "make that", "correction:", "I meant", "that should be",
"bitte lesen Sie das als", "Korrektur:", "ich meinte", "lire plutôt", "je voulais dire",
"quise decir", "léase", "corrijo:", "lees dat als", "ik bedoelde", "correctie:", with the
new day right after the words; and an apology with the day alone ("by Friday. Sorry,
Monday - Friday is our away day", "pardon, lundi"). Only a message that promises a day is
corrected; a day gone by, or a meeting's ("correction: the interview is on Wednesday"),
corrects nothing.

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.datephrases import Found, dates_in
from silence_watch.core.deadline_words import meetings_day
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.calendardays import Context

_CORRECTION: Final = lazy_pattern(
    r"\b(?:(?:please )?read (?:that|it|this) as|make (?:that|it)|correction|i meant"
    r"|(?:that|it) should (?:have )?(?:read|be|say)|(?:bitte )?(?:lesen sie|lies) (?:das|dies|es)"
    r" als|korrektur|ich meinte|richtig ist|lire plutot|lisez plutot|je voulais dire|rectificatif"
    r"|quise decir|lease|leer|corrijo|correccion|fe de erratas|lees (?:dat|dit|het) als"
    r"|ik bedoelde|correctie)\b[\s:,-]*(?:(?:the|le|el|den|de|am|op) )?",
    grouped=True,
)
#: How far after the words the new day may start ("read that as Wednesday 16th").
_REACH = 12
#: A correction said with an apology and the day alone: "by Friday. Sorry, Monday - Friday
#: is our away day", "pardon, lundi", "perdón, el lunes", "sorry, maandag" (folded).
_SORRY: Final = lazy_pattern(
    r"\b(?:sorry|pardon|perdon|perdona|entschuldigung|oops|oeps)\s*[,:-]+\s*"
    r"(?:(?:i mean|ich meine|je veux dire|quiero decir|ik bedoel) )?(?:(?:le|el|am|op) )?"
)
#: The day alone: a comma, a stop or a dash after it ("Sorry, Friday is a holiday" is none).
_ALONE: Final = lazy_pattern(r"\s*(?:[,.;:!]|-|$)")


def corrected(sentences: Sequence[str], context: Context, promised: Found | None) -> Found | None:
    """The day a later correction puts in place of ``promised``, else ``promised``."""
    if promised is None:
        return None
    for sentence in sentences:
        corrections = list(_CORRECTION.finditer(sentence))
        apologies = list(_SORRY.finditer(sentence))
        if not (corrections or apologies):
            continue
        dates = dates_in(sentence, context)  # once a sentence: the costliest reading
        for words in corrections:
            for item in dates:
                if 0 <= item.start - words.end() <= _REACH and item.day >= context.sent and (
                    not meetings_day(sentence, item)
                ):
                    return item
        for words in apologies:
            for item in dates:
                if item.start == words.end() and item.day > context.sent and (
                    _ALONE.match(sentence, item.end) and item.day != promised.day
                ):
                    return item
    return promised
