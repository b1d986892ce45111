"""The days the year's holidays, breaks and quarters name (en, de, fr, es, nl). Pure.

Date phrases that count from a fixed point of the year, not from the day a message was
sent: "after the holidays", "after Thanksgiving", "before Christmas", "before the
Christmas break", "before the end of Q4". Each is a pattern (folded text, as
``core.datephrases`` reads it) and the rule that resolves it; the table is in
docs/classification.md and tests/corpus/replies/README.md.

- after the holidays (said between 15 November and 6 January): the fifth business day of
  January, skipping the candidate's public holidays;
- after Thanksgiving: the Friday of the week after US Thanksgiving;
- before Christmas: 25 December ("before X" is X, as elsewhere);
- before the Christmas break ("vóór de kerstvakantie", "vor den Weihnachtsferien", "avant
  les vacances de Noël"): the break starts on the last Saturday on or before 25 December
  (as school and office breaks do: 19 December 2026), so the day before it is the last
  business day before that Saturday, public holidays skipped (Friday 18 December 2026);
  said after that day, 25 December, as "before Christmas";
- the end of a named quarter ("end of Q4", "Ende des vierten Quartals", "fin du T1"): its
  last day, this year's, or next year's once this year's has passed.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import business_days_after, monday, month_end

if TYPE_CHECKING:
    import re

    from silence_watch.core.calendardays import Context

_FRIDAY = 4
_LATE_HOLIDAY_START = (11, 15)  # "after the holidays" is read from here ...
_EARLY_HOLIDAY_END = (1, 6)  # ... to here
_BUSINESS_DAY_AFTER_HOLIDAYS = 5

#: "After the holidays" and its kin, said in the holiday season (the resolver checks when).
AFTER_HOLIDAYS: Final = (
    r"\bafter (?:the )?(?:holidays|christmas|xmas|new year'?s?)|\bnach (?:den )?(?:feiertagen"
    r"|weihnachts\w*|neujahr|den festtagen)|\bapres les fetes|\bdespues de (?:las fiestas"
    r"|navidad|las navidades|reyes)|\bna (?:de )?(?:feestdagen|kerst\w*|de jaarwisseling)"
    # "back from the break", said in the holiday season
    r"|\ba la vuelta de (?:las )?(?:vacaciones|fiestas|navidades)|\bnach den ferien"
    r"|\bau retour des (?:fetes|vacances)|\bna de kerstvakantie"
    # Epiphany, 6 January: "nach Dreikönig", "après l'Épiphanie", "na Driekoningen"
    r"|\bnach (?:dreikonig|den heiligen drei konigen)|\bapres l'epiphanie|\bafter epiphany"
    r"|\bna driekoningen"
    # Epiphany or the holidays gone by, in other words: "tras Reyes", "pasado Reyes",
    # "pasadas las fiestas", "na nieuwjaar", probe-dates6
    r"|\b(?:tras|pasad[oa]s?) (?:los )?reyes\b|\b(?:tras|pasadas) las fiestas\b"
    r"|\bna (?:nieuwjaar|oud en nieuw)\b"
    # after the office's Christmas break, its article said: "Nach der Weihnachtspause melden
    # wir uns", "après les vacances de Noël", "después de las vacaciones de Navidad", "na het
    # kerstreces", "after the holiday break" (probe-dates10)
    r"|\bafter (?:the |our )?(?:holiday|winter|year-end|year end|festive) (?:break|shutdown"
    r"|closure|period)\b|\bnach (?:der|dem|den) (?:weihnachts\w*|winterpause|betriebsferien"
    r"|jahreswechsel|feiertagen|festtagen)|\bapres (?:les |la )?(?:vacances de (?:noel|fin"
    r" d'annee)|conges de (?:noel|fin d'annee)|pause de noel|treve (?:de noel|des confiseurs)"
    r"|fermeture de fin d'annee)\b|\b(?:despues|tras) (?:de )?(?:las |los |el |del )?"
    r"(?:vacaciones (?:de navidad|navidenas)|paron navideno|cierre de fin de ano"
    r"|dias de navidad)\b|\bna (?:de |het )?(?:kerstreces|kerstsluiting|wintervakantie)\b"
    # "in the new year" said in the holiday season: the same first days of January
    r"|\b(?:early )?in the new year\b|\bim neuen jahr\b|\bdebut (?:de )?l'annee prochaine"
    r"|\ben el (?:nuevo|proximo) ano\b|\bin het nieuwe jaar\b"
)
AFTER_THANKSGIVING: Final = r"\bafter thanksgiving\b"
#: "Before the holidays", "vor den Feiertagen", "voor de feestdagen": Christmas in the season.
_SEASON_HOLIDAYS: Final = (
    r"\b(?:before|ahead of) (?:the )?(?:holidays|holiday season|festive season)\b"
    r"|\bvor (?:den )?(?:feiertagen|festtagen)\b|\bvoor de feestdagen\b"
)
#: Before the Christmas break: the office's or school's, which starts before the day.
BEFORE_BREAK: Final = (
    r"\b(?:before|ahead of) (?:the |our )?(?:christmas|xmas|holiday|winter|year-end|year end)"
    r" (?:break|holidays|vacation|shutdown|closure)\b"
    r"|\bvor (?:den |der |dem )?(?:weihnachtsferien|weihnachtspause|winterpause"
    r"|weihnachtsurlaub|betriebsferien)\b"
    r"|\bavant (?:les |la )?(?:vacances de (?:noel|fin d'annee)|pause de noel|treve de noel"
    r"|fermeture de fin d'annee)\b"
    r"|\bantes (?:de las |del )?(?:vacaciones (?:de navidad|navidenas)|paron navideno"
    r"|cierre de fin de ano)\b"
    r"|\bvoor (?:de )?(?:kerstvakantie|kerstreces|kerstsluiting|wintervakantie)\b"
)
BEFORE_CHRISTMAS: Final = (
    r"\b(?:before|ahead of|this side of) (?:the )?(?:christmas|xmas)|\bvor (?:den )?weihnacht\w*"
    r"|\bavant (?:noel|les fetes)|\bantes de (?:navidad|las fiestas|las navidades)"
    r"|\bvoor (?:de )?kerst(?:mis|dagen)?\b"
    # by Christmas, as before it: "by Christmas", "bis Weihnachten", "d'ici Noël", "tegen
    # de kerst" are that day, probe-dates6
    r"|\b(?:by|until|till) (?:the )?(?:christmas|xmas)\b(?! (?:break|party|holidays))"
    r"|\bbis (?:zu )?weihnachten\b|\bd'ici (?:a )?noel\b|\btegen (?:de )?kerst\b"
    # the season's holidays said without Christmas, as "avant les fêtes" always was: "We will
    # get back to all finalists before the holidays" (probe-dates3); only in the season
    rf"|{_SEASON_HOLIDAYS}"
)
#: Ordinal words of a quarter, by number: "first", "premier", "primer", "ersten", "eerste";
#: "erste" as in "bis ins erste Quartal".
QUARTER_NUMBERS: Final = {
    word: number
    for number, words in enumerate((
        "first 1st premier 1er primer ersten erste 1. eerste",
        "second 2nd deuxieme 2e segundo zweiten zweite 2. tweede",
        "third 3rd troisieme 3e tercer dritten dritte 3. derde",
        "fourth 4th quatrieme 4e cuarto vierten vierte 4. vierde",
    ), start=1)
    for word in words.split()
}  # fmt: skip
_QUARTER_WORD = "|".join(
    word.replace(".", r"\.") for word in sorted(QUARTER_NUMBERS, key=len, reverse=True)
)
#: The end of a named quarter: "end of Q4", "the end of the fourth quarter", "Ende Q4",
#: "Ende des vierten Quartals", "fin du T4", "fin du quatrième trimestre", "finales del Q4",
#: "final del cuarto trimestre", "eind Q4", "einde van het vierde kwartaal".
QUARTER_END: Final = (
    r"\b(?:(?:the )?end of (?:the )?|ende (?:des |von )?|(?:la )?fin (?:du |de |des )?"
    r"|(?:a )?(?:finales|final|fin) (?:del |de )?|eind(?:e)? (?:van )?(?:het )?)"
    rf"(?:[qt](?P<q>[1-4])\b|(?P<nth>{_QUARTER_WORD}) (?:quarter|quartals|trimestre|kwartaal)\b)"
)


def after_holidays(_match: re.Match[str], context: Context) -> date | None:
    """The fifth business day of January, said between 15 November and 6 January."""
    sent = context.sent
    if (sent.month, sent.day) >= _LATE_HOLIDAY_START:
        year = sent.year + 1
    elif (sent.month, sent.day) <= _EARLY_HOLIDAY_END:
        year = sent.year
    else:
        return None
    return business_days_after(date(year, 1, 1) - timedelta(days=1),
                               _BUSINESS_DAY_AFTER_HOLIDAYS, context.holidays)  # fmt: skip


def after_thanksgiving(_match: re.Match[str], context: Context) -> date | None:
    """The Friday of the week after US Thanksgiving (the fourth Thursday of November)."""
    november = date(context.sent.year, 11, 1)
    thanksgiving = november + timedelta(days=(3 - november.weekday()) % 7 + 21)
    return monday(thanksgiving) + timedelta(days=7 + _FRIDAY)


def before_christmas(match: re.Match[str], context: Context) -> date | None:
    """25 December ("before X" is X, as elsewhere), said before it; else no day."""
    christmas = date(context.sent.year, 12, 25)
    if (context.sent.month, context.sent.day) < _LATE_HOLIDAY_START and any(
        word in match.group(0) for word in ("holiday", "festive", "feiertag", "festtag", "feestdag")
    ):
        return None  # "before the holidays" said in summer are the summer's
    return christmas if christmas > context.sent else None


def before_break(_match: re.Match[str], context: Context) -> date | None:
    """The last business day before the Christmas break.

    The break starts on the last Saturday on or before 25 December (19 December 2026,
    25 December 2027), as Dutch school holidays and most office closures do. Said later,
    when the writer is plainly still at work, it is read as before Christmas.
    """
    christmas = date(context.sent.year, 12, 25)
    start = christmas - timedelta(days=(christmas.weekday() - calendar.SATURDAY) % 7)
    last = start - timedelta(days=1)
    while last.weekday() >= calendar.SATURDAY or last in context.holidays:
        last -= timedelta(days=1)
    return last if last >= context.sent else before_christmas(_match, context)


def quarter_end(match: re.Match[str], context: Context) -> date | None:
    """The last day of the quarter named: this year's, or next year's once it has passed."""
    number = int(match.group("q")) if match.group("q") else QUARTER_NUMBERS[match.group("nth")]
    end = month_end(context.sent.year, 3 * number)
    return end if end >= context.sent else month_end(context.sent.year + 1, 3 * number)
