"""Days of the month written out in words, read as the digits would be. Pure.

A formal letter or a dictated mail spells the day: "you will hear from us by the
twenty-first at the latest", "d'ici le premier décembre", "au plus tard le quinze
décembre", "antes del día veinte", "el primero de enero", "bis zum fünfzehnten Dezember",
"vóór de eenentwintigste december". Each is the day its digits are: with a month, the
closest such date ("December 21"); without one, a day of the month alone ("the 21st"),
which in a promise is the next such day (docs/classification.md, the date table). Until
probe-dates7 none was read, and a letter that promised "le quinze décembre" had no day.

The words are counts and ordinals elsewhere ("the first round", "deux semaines", "zum
ersten Mal", "la primera entrevista"), so a day without a month is read only after a
word that leads to a day ("by the", "on the", "antes del día", "bis zum") and never
before a word that names what is counted. Text is folded (lower case, no accents).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import closest, day_only, safe_date
from silence_watch.core.datewords import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from silence_watch.core.calendardays import Context

_EN_UNITS: Final = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                    "eighth", "ninth")  # fmt: skip
_EN_TEENS: Final = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                    "sixteenth", "seventeenth", "eighteenth", "nineteenth")  # fmt: skip
_FR_UNITS: Final = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_TEENS: Final = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
                    "dix-sept", "dix-huit", "dix-neuf")  # fmt: skip
_ES_DAYS: Final = (
    "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
    "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve",
    "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco",
    "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta",
)
_DE_UNITS: Final = ("ers", "zwei", "drit", "vier", "funf", "sechs", "sieb", "ach", "neun")
_DE_TEENS: Final = ("zehn", "elf", "zwolf", "dreizehn", "vierzehn", "funfzehn", "sechzehn",
                    "siebzehn", "achtzehn", "neunzehn")  # fmt: skip
_NL_UNITS: Final = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende",
                    "achtste", "negende")  # fmt: skip
_NL_TEENS: Final = ("tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende",
                    "zestiende", "zeventiende", "achttiende", "negentiende")  # fmt: skip
_NL_ONES: Final = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_NL_TENS: Final = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien",
                   "zeventien", "achttien", "negentien")  # fmt: skip
_EN_WEEKDAYS: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_LONG_WEEKDAYS: Final = "|".join(
    sorted((word for word in WEEKDAYS if len(word) > 4), key=len, reverse=True)
)


def _english() -> dict[str, int]:
    days = {word: number for number, word in enumerate(_EN_UNITS, 1)}
    days |= {word: number for number, word in enumerate(_EN_TEENS, 10)}
    days |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31}
    for number, word in enumerate(_EN_UNITS, 21):
        days[f"twenty-{word}"] = days[f"twenty {word}"] = number
    return days


def _french() -> dict[str, int]:
    days = {word: number for number, word in enumerate(_FR_UNITS, 1)} | {"premier": 1}
    days |= {word: number for number, word in enumerate(_FR_TEENS, 10)}
    days |= {"vingt": 20, "trente": 30}
    for joint in ("-", " "):
        days |= {f"vingt{joint}et{joint}un": 21, f"trente{joint}et{joint}un": 31}
        days |= {f"vingt{joint}{word}": n for n, word in enumerate(_FR_UNITS[1:], 22)}
    return days


def _german() -> dict[str, int]:
    stems = {f"{word}te": number for number, word in enumerate(_DE_UNITS, 1)}
    stems |= {f"{word}te": number for number, word in enumerate(_DE_TEENS, 10)}
    tens = {"zwanzigste": 20, "dreissigste": 30}
    ones = ("ein", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun")
    stems |= tens | {f"{one}und{ten}": value + n for ten, value in tens.items()
                     for n, one in enumerate(ones, 1) if value + n <= 31}  # fmt: skip
    return {f"{stem}{end}": number for stem, number in stems.items() for end in ("", "n", "r")}


def _dutch() -> dict[str, int]:
    days = {word: number for number, word in enumerate(_NL_UNITS, 1)}
    days |= {word: number for number, word in enumerate(_NL_TEENS, 10)}
    days |= {"twintigste": 20, "dertigste": 30, "eenendertigste": 31}
    days |= {f"{one}entwintigste": number for number, one in enumerate(_NL_ONES, 21)}
    days |= {"tweeentwintigste": 22, "drieentwintigste": 23}  # "tweeëntwintigste" folded
    # cardinals, said with a month: "uiterlijk vijftien december"; "één" only after a word
    # that leads to a day ("op één december"), "een december" is any December
    cardinals = {word: number for number, word in enumerate(_NL_ONES[1:], 2)}
    cardinals |= {word: number for number, word in enumerate(_NL_TENS, 10)}
    cardinals |= {"twintig": 20, "dertig": 30, "eenendertig": 31}
    cardinals |= {f"{one}entwintig": number for number, one in enumerate(_NL_ONES, 21)}
    return days | cardinals | {"tweeentwintig": 22, "drieentwintig": 23}


DAY_WORDS: Final = {**_english(), **_french(), **_german(), **_dutch(),
                    **{word: number for number, word in enumerate(_ES_DAYS, 1)},
                    "primero": 1, "een": 1}  # fmt: skip


def _words(*tables: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for t in tables for w in t), key=len, reverse=True))


_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
#: "un" and "een" before a month are "a" ("un janvier froid"): only "premier", "op één"
_ANY = "(?P<word>{})".format(_words({w: n for w, n in DAY_WORDS.items() if w not in {"un", "een"}}))
#: What an ordinal counts when it is no day: "by the first round", "on the second floor".
_COUNTED: Final = (
    r"(?! ?(?:floor|round|stage|time|place|interview|candidate|person|one|quarter|year|week"
    r"|level|step|attempt|call|edition|line|half|part|option|choice|draft|batch|phase|day"
    r"|days|month|months|weeks|mal|runde|woche|wochen|tag|tage|ronde|keer|week|weken|dag"
    # "on the first Monday of January", "by the fifth business day", "the first of our
    # finalists": a day counted some other way, or a count of people
    rf"|{_EN_WEEKDAYS}|business|working|full|whole|thing|few|two|three|candidates?"
    r"|applicants?|finalists?|person|people|of (?!(?:this|next|the) month))\b)"
)


def _day(match: re.Match[str], context: Context) -> date | None:
    day = DAY_WORDS[match.group("word")]
    month = match.groupdict().get("month")
    if month:
        weekday = match.groupdict().get("weekday")
        return closest(context, MONTHS[month], day, WEEKDAYS[weekday] if weekday else None)
    if match.groupdict().get("next"):  # "by the first of next month"
        sent = context.sent
        return safe_date(sent.year + sent.month // 12, sent.month % 12 + 1, day)
    return day_only(context, day)


#: The rows, read before the table's own (``core.loose_dates``).
SPELLED_DAYS: Final[tuple[tuple[str, Callable[[re.Match[str], Context], date | None]], ...]] = (
    # "the twenty-first of December", "le quinze décembre", "el primero de enero", "am
    # fünfzehnten Dezember", "de eenentwintigste december"
    # "le lundi vingt et un décembre", "Monday the twenty-first of December": the weekday
    # stands in the phrase, never read apart as the coming Monday
    ((rf"\b(?:(?P<weekday>{_LONG_WEEKDAYS}),? )?(?:the |le |el |dia |am |zum |den |de )?{_ANY}"
      rf" (?:of |de |del )?{_MONTH}"), _day),
    (rf"\b(?:op|tot|voor|uiterlijk|vanaf|per) (?P<word>een) {_MONTH}", _day),
    # "December the twenty-first", "Dec twenty-first"
    (rf"\b{_MONTH}\.? (?:the )?(?P<word>{_words(_english())})\b", _day),
    # a day alone after a word that leads to one: "by the twenty-first", "antes del día
    # veinte", "bis zum fünfzehnten", "le premier" only with its month (above)
    ((rf"\b(?:(?:by|before|on|until|till|no later than|from|after|{_EN_WEEKDAYS}),? the"
      rf"|(?:el|del|al) dia"
      rf"|(?:bis|vor|ab) (?:zum|dem)) (?P<word>{_words(_english(), _german())}"
      rf"|{'|'.join(sorted(_ES_DAYS, key=len, reverse=True))}|primero)\b"
      rf"(?: of (?P<next>next|the coming) month\b| of (?:this|the) month\b)?{_COUNTED}"), _day),
)


@functools.cache
def _compiled() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern, _ in SPELLED_DAYS)


def spells_a_day(text: str) -> bool:
    """Whether a date phrase found (folded) is a day written out ("the twenty-first").

    Such a day is named as much as "the 21st" is: a slot said so ("the final interview is
    on the twenty-first at 10am") is the step's, not a span its words promise by.
    """
    return any(pattern.search(text) for pattern in _compiled())
