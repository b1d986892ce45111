"""Days written short or by the part of a month, read before the phrase table's rows. Pure.

A promise typed fast names its day short, and the table read none of these, so nothing
was ever drafted (probe-dates8, 7 December 2026):

- a weekday cut short after a word that makes it a day: "will have an answer for u by
  wed", "b4 mon", "je te redis merc", "d'ici jeu", "te contesto el jue", "antes del mié",
  "ik laat je do weten", "uiterlijk vr", "op di": the next such weekday, as its full name
  is. "wed", "mon", "mar", "mer", "do", "di" are words too ("the sea", "to wed"), so never
  alone: German's short forms are the table's own ("bis Mi");
- the week "del 14" with no month: "el comité se reúne la semana del 14", "la semaine du
  14", "de week van de 14e": the 14th, which ``core.date_ranges`` ends on its Friday;
- a half of a month: "in der zweiten Dezemberhälfte", "the second half of December", "la
  deuxième quinzaine de décembre", "la segunda quincena de diciembre", "de tweede helft
  van december": its last day; the first half, "erste Januarhälfte", "la première
  quinzaine de janvier": its 15th, as "mid-January" is;
- the days between Christmas and New Year: "zwischen den Jahren", "between Christmas and
  New Year", "entre les fêtes", "entre Noël et le Nouvel An", "entre Navidad y Año Nuevo",
  "tussen kerst en oud en nieuw": 31 December, the last of them.

Text is folded (lower case, no accents). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import closest, day_only, month_end
from silence_watch.core.datewords import MONTHS

if TYPE_CHECKING:
    from collections.abc import Callable

    from silence_watch.core.calendardays import Context

#: Short weekdays (Monday = 0) each language writes, read only after the words below.
_SHORT: Final = {
    **dict.fromkeys(("mon", "lun"), 0),
    **dict.fromkeys(("tue", "mar", "di"), 1),
    **dict.fromkeys(("wed", "mer", "merc", "mercr", "mie", "mier", "mierc", "wo"), 2),
    **dict.fromkeys(("thu", "jeu", "jue", "juev", "do"), 3),
    **dict.fromkeys(("fri", "ven", "vend", "vie", "vr"), 4),
}
#: The words that make a short form a day: "by", "b4", "before", "until", "on" (en);
#: "d'ici", "avant", "redis", "rappelle" (fr); "antes del", "hasta el", "para el", "el"
#: (es); "uiterlijk", "voor", "tot", "op", "laat je ... weten" (nl). Each is a lookbehind
#: of its own (fixed width). After the weak ones ("el", "op", "laat je") never "mar" or
#: "mer" (the sea): "el mar" is no Tuesday.
_STRONG: Final = (
    "by", "b4", "before", "until", "till", "til", "cob", "eod",
    "d'ici", "d'ici le", "avant", "avant le", "jusqu'a", "redis", "redit", "rappelle",
    "recontacte", "ecris", "antes del", "hasta el", "para el", "uiterlijk", "voor", "tot",
)
_WEAK: Final = ("on", "el", "op", "laat je", "laat u", "laat ik je", "laat ik u")
#: English ones that end on the person told: "I'll get back to you tue", "will revert to u
#: wed"; only the English short forms after them ("to you do" is no Thursday).
_TOLD: Final = ("to you", "to u", "ping you", "ping u", "update you", "update u")
def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


def _short_weekday(match: re.Match[str], context: Context) -> date | None:
    """The next such weekday strictly after the sent date, as the table's weekday row."""
    weekday, sent = _SHORT[match.group("short")], context.sent
    return sent + timedelta(days=(weekday - sent.weekday() - 1) % 7 + 1)


def _day_alone(match: re.Match[str], context: Context) -> date | None:
    return day_only(context, int(match.group("day")))


def _half(match: re.Match[str], context: Context) -> date | None:
    """The second half of a month: its last day; the first half: its 15th."""
    month = MONTHS[match.group("month")]
    anchor = closest(context, month, 15)
    if anchor is None:
        return None
    if match.group("which") in _FIRST:
        return anchor
    return month_end(anchor.year, month)


def _last_week(match: re.Match[str], context: Context) -> date | None:
    month = MONTHS[match.group("month")]
    anchor = closest(context, month, 15)
    return None if anchor is None else month_end(anchor.year, month)


def _between_years(_match: re.Match[str], context: Context) -> date | None:
    last = date(context.sent.year, 12, 31)
    return last if last >= context.sent else None


_FIRST: Final = frozenset(("first", "erste", "ersten", "premiere", "primera", "eerste"))
_WHICH: Final = (
    r"(?P<which>first|second|erste|ersten|zweite|zweiten|premiere|deuxieme|seconde|primera"
    r"|segunda|eerste|tweede)"
)
_MONTH: Final = "(?P<month>{})".format(
    "|".join(re.escape(name) for name in sorted(MONTHS, key=len, reverse=True) if len(name) > 3)
)

#: (pattern, resolver) rows in ``core.datephrases.EXPRESSIONS``' shape, folded text.
SHORT_DAY_FORMS: Final[tuple[tuple[str, Callable[[re.Match[str], Context], date | None]], ...]] = (
    # "by wed", "je te redis merc", "te contesto el jue", "ik laat je do weten"
    # (each pattern led by lookbehinds first looks ahead at what must follow: the
    # lookbehinds then run only where a short form stands, not at every character)
    ((rf"(?=(?:{_alternation(_SHORT)})\b)" + r"(?:{}|(?:{})(?!mar\b|mer\b))".format(
        "|".join(rf"(?<=\b{re.escape(word)} )" for word in _STRONG),
        "|".join(rf"(?<=\b{re.escape(word)} )" for word in _WEAK))
      + rf"(?P<short>{_alternation(_SHORT)})\b\.?(?![-'/])(?! ?\d)(?! (?:the|de|del|la|le)\b)"),
     _short_weekday),
    ((r"(?=(?:mon|tue|wed)\b)(?:{})(?P<short>mon|tue|wed)\b\.?(?![-'/])(?! ?\d)".format(
        "|".join(rf"(?<=\b{word} )" for word in _TOLD))), _short_weekday),
    # "te contesto mñn sin falta": mañana typed short (folded "mnn"), the day after
    (r"\bmnn\b", lambda _match, context: context.sent + timedelta(days=1)),
    # "the last week of December", "la dernière semaine de décembre": the month's last day
    ((rf"\b(?:(?:the )?last week (?:of|in)|(?:der |die )?letzten? woche (?:im|des|vom)"
      rf"|(?:la )?derniere semaine (?:de |d')|(?:la )?ultima semana de"
      rf"|(?:de )?laatste week van) ?{_MONTH}\b"), _last_week),
    (rf"\bletzten? {_MONTH}woche\b", _last_week),
    # "la semana del 14", "la semaine du 14", "de week van de 14e": the 14th (its week's
    # Friday: core.date_ranges); with a month named it is the table's
    *(((rf"(?=\d)(?<=\b{words} )(?P<day>[0-3]?\d)(?:e|de|ste)?\b"
        rf"(?! ?(?:de |d')?{_MONTH}|[./-]\d)"), _day_alone)
      for words in ("semana del", "semaine du", "week van de")),
    # "in der zweiten Dezemberhälfte", "the second half of December", "la deuxième
    # quinzaine de décembre", "la segunda quincena de diciembre", "de tweede helft van
    # december", the German written out: "in der zweiten Hälfte des Dezembers"
    ((rf"\b{_WHICH} (?:half (?:of )?|quinzaine (?:de |d')|quincena de |helft van |halfte (?:des"
      rf" |im |von )?)(?:the )?{_MONTH}s?\b"), _half),
    (rf"\b{_WHICH} {_MONTH}-?halfte\b", _half),
    # the days between the years: 31 December, the last of them
    ((r"\bzwischen den jahren\b|\bbetween christmas and (?:the )?new year(?:'?s)?\b"
      r"|\bentre (?:les fetes\b(?! de fin)|noel et (?:le )?(?:nouvel an|jour de l'an))"
      r"|\bentre navidad y (?:ano nuevo|nochevieja|fin de ano)\b"
      r"|\btussen (?:kerst(?:mis)?|de feestdagen) en (?:oud en nieuw|nieuwjaar|oudjaar)\b"),
     _between_years),
)
