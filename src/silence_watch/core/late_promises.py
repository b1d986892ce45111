"""A promise with no verb, after an apology for not having answered yet. Pure.

"dsl journée de fou 😅 demain sans faute 🙏", "sorry, crazy day - tomorrow for sure",
"sorry, stressiger Tag, morgen ganz sicher", "perdona, día de locos, mañana sin falta",
"sorry, drukke dag, morgen zeker": the writer owes an answer and names the day it comes.
Alone, "tomorrow for sure" promises nothing ("see you tomorrow for sure!"), so it is read
as a promise only beside an apology or a busy day in the same message (tester round
u26sh: read as thanks, a follow-up went out on the day the first promise had named).

``ROWS`` is its phrase row (``core.intent_phrases``); ``late_cues`` where its words
stand in a sentence, for ``core.dates`` to read the day (``core.promise_cues``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.datewords import WEEKDAYS
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.phrase_rows import ACK, STRONG, Row

#: Sorry, or a day too full to answer (folded).
_SORRY: Final = (
    r"sorry|sry|soz|apologies|apologi[sz]e|my bad|crazy (?:day|week)|hectic|swamped|slammed"
    r"|dsl|desolee?|pardon|excuse[sz]?[- ]moi|journee (?:de (?:fou|folie|dingue)|chargee)"
    r"|debordee?|entschuldig\w*|tut mir (?:so |sehr )?leid|(?:stressiger|verruckter|voller"
    r"|wahnsinns) tag|perdon|perdona(?:me)?|lo siento|disculpa\w*|dia de locos|liadisim[oa]"
    r"|excuses|(?:drukke|gekke|hectische) dag"
)
#: The day the answer comes: tomorrow, tonight or a weekday, as written (folded).
_DAY: Final = (
    r"(?:first thing )?(?:tomorrow|tmrw|tmrow|tmr|2morrow|2moro)(?: morning)?|tonight"
    r"|demain(?: matin)?|morgen(?: fruh| vroeg|ochtend)?|heute abend|vanavond"
    r"|manana(?: por la manana)?|esta noche|"
    + "|".join(sorted((day for day in WEEKDAYS if len(day) > 4), key=len, reverse=True))
)
#: Words that make the day a promise: "without fail", "for sure", "promised" (folded).
_SURE: Final = (
    r"sans faute|promis|c'est promis|au plus tard|for sure|without fail|i promise|promise"
    r"|at the latest|latest|ganz sicher|sicher|versprochen|auf jeden fall|spatestens"
    r"|sin falta|seguro|prometido|te lo prometo|a mas tardar|zeker|beloofd|uiterlijk"
    r"|zonder mankeren"
)
#: As soon as they can, then the day they hope for: "ASAP - realistically Monday", "so
#: schnell wie möglich, hoffentlich schon Montag", "dès que possible, normalement lundi",
#: "lo antes posible, ojalá el lunes", "zo snel mogelijk, hopelijk maandag" (probe-dates7).
_ASAP: Final = (
    r"(?:asap|as soon as (?:possible|i can|we can)|so schnell wie moglich|schnellstmoglich"
    r"|des que possible|au plus vite|dans les meilleurs delais|lo antes posible|cuanto antes"
    r"|lo mas pronto posible|zo snel mogelijk|zsm)[,;:.!]? ?[-\u2013\u2014]? ?(?:(?:hopefully"
    r"|realistically|probably|likely|hoffentlich|wahrscheinlich|voraussichtlich|normalement"
    r"|probablement|j'espere|ojala|seguramente|probablemente|hopelijk|waarschijnlijk"
    r"|vermoedelijk)(?: schon| ya| al)?,? )?(?:el |am |le )?"
)
#: The day and the word that makes it sure, either way round: "demain sans faute",
#: "for sure tomorrow", "morgen ganz sicher", "promis, demain"; or after "as soon as".
_DAY_SURE: Final = (rf"\b(?:(?:{_DAY}),? (?:{_SURE})|(?:{_SURE}),? (?:{_DAY})"
                    rf"|{_ASAP}(?:{_DAY}))\b")
_LATE: Final = lazy_pattern(_DAY_SURE)
_EXCUSED: Final = lazy_pattern(rf"\b(?:{_SORRY})\b")

ROWS: Final[tuple[Row, ...]] = (
    (ACK, STRONG, "a promise with its day, after an apology for the wait", (
        rf"\b(?:{_SORRY})\b[^?]{{0,120}}?{_DAY_SURE}",
        rf"{_DAY_SURE}[^?]{{0,80}}?\b(?:{_SORRY})\b",
    )),
)


def excused(folded: str) -> bool:
    """Whether ``folded`` text apologises for the wait, or says the day was too full."""
    return _EXCUSED.search(folded) is not None


def late_cues(sentence: str) -> list[int]:
    """Where a day with its "for sure" stands in a folded ``sentence``."""
    return [found.start() for found in _LATE.finditer(sentence)]
