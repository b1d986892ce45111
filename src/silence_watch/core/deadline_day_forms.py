"""A promise's day written in forms the phrase table stops short of. Pure.

Probe round probe-dates5 (promised days, five languages) found days a promise named that
the table read as none or as another day; each is read as its plain form is
(docs/classification.md, the date table), folded text:

- a day of the month with the words of a deadline after it: "nous vous donnerons notre
  réponse le 15 au plus tard", "la tendrá el 15 como tarde": the 15th, as "d'ici le 15" is
  (the table's "le 15" stops before any word, so that "le 3 candidats" is no day);
- the start or the middle of a week by its number: "Anfang KW 2", "begin week 3", "début de
  la semaine 2", "a principios de la semana 2": its Wednesday, as "early next week" is
  ("KW 2" alone stays its Friday);
- a dashed date with a one-digit day after a word of deadline: "wij koppelen uiterlijk 1-12
  terug" is 1 December (a lone pair is two digits each elsewhere: "2-3 dagen", "1-2 weken").

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import day_only
from silence_watch.core.numeric_dates import dashed

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

    from silence_watch.core.calendardays import Context

_WEDNESDAY: Final = 3  # ISO weekday

#: The words of a deadline after its day (folded): "au plus tard", "como muy tarde".
_LATEST_AFTER: Final = (
    r"(?=,? (?:au plus tard|dernier delai|sans faute|a mas tardar|como (?:muy )?tarde"
    r"|sin falta)\b)"
)
#: A promise's verb right after the day (folded): "el 30 te escribo sin falta", "le 30 je
#: vous appelle" (probe-dates5's fresh set: stop 44).
_PROMISE_VERB_AFTER: Final = (
    r"(?=,? (?:te|le|les|os|je (?:vous|te)|on (?:vous|te)|nous vous) (?:escribo|escribimos"
    r"|llamo|llamamos|digo|decimos|cuento|contamos|aviso|avisamos|confirmo|confirmamos|contesto"
    r"|respondo|ecris|ecrit|ecrivons|appelle|appelons|reponds|repond|repondons|confirme"
    r"|confirmons|recontacte|recontactons|rappelle)\b)"
)
#: The start or the middle of a week (folded), before its number.
_WEEK_PART: Final = (
    r"\b(?:anfang|mitte|begin|halverwege|early|mid|start of|beginning of|debut|milieu"
    r"|principios|mediados)(?: ?-| (?:der|van|in|of|de la|de))? ?(?:kw|kalenderwoche|week|wk"
    r"|semaine|semana) ?(?P<week>[1-9]|[1-4]\d|5[0-3])\b(?![.,/:-]\d)"
)
#: A word of deadline before a dashed day and month (folded): "uiterlijk 1-12", "t/m 4-01".
_DASHED_AFTER_DEADLINE: Final = (
    r"\b(?:uiterlijk|t/m|tot en met|voor|bis(?: zum)?|spatestens|avant le|antes del|hasta el)"
    r" (?P<a2>[1-9])-(?P<b2>0[1-9]|1[0-2])(?![\d:/-]|[.,]\d| ?(?:uur|u|h|uhr|dagen|tage?n?"
    r"|weken|wochen|jours|semaines|dias|semanas|x)\b)"
)


def _day_of_month(match: re.Match[str], context: Context) -> date | None:
    return day_only(context, int(match.group("day")))


def _week_wednesday(match: re.Match[str], context: Context) -> date | None:
    """Wednesday of ISO week N: this year's, or next year's once it has gone by."""
    number, sent = int(match.group("week")), context.sent
    year = sent.year + (number < sent.isocalendar().week - 1)
    try:
        return date.fromisocalendar(year, number, _WEDNESDAY)
    except ValueError:
        return None


#: (pattern, resolver) rows in ``core.datephrases.EXPRESSIONS``' shape, folded text.
DEADLINE_DAY_FORMS: Final[
    tuple[tuple[str, Callable[[re.Match[str], Context], date | None]], ...]
] = (
    (rf"\b(?:le|au|el|del) (?P<day>[0-3]?\d)(?:er)?{_LATEST_AFTER}", _day_of_month),
    (rf"\b(?:le|el) (?P<day>[0-3]?\d)(?:er)?{_PROMISE_VERB_AFTER}", _day_of_month),
    (_WEEK_PART, _week_wednesday),
    (_DASHED_AFTER_DEADLINE, dashed),
)
