"""Date phrases in mail text (en, de, fr, es, nl), and the day each one means.

Month and weekday names are also known in Italian, Portuguese and Swedish (out-of-office
replies). Written as tables of expressions, each with the rule that resolves it, not a
date-parsing library, so every reading is the documented one (tests/corpus/replies/
README.md, "How dates are resolved"; docs/classification.md). Everything resolves
against the day the message was sent, in the sender's own offset. Text is matched
*folded* (``core.language.fold``: lower case, no accents), so "décembre" is "decembre".

The rule of each phrase (the table is in the corpus README named above): weekdays are
the next such day after the sent date ("on a Sunday" is none); "next Friday" is in the
next calendar week; "early/mid next week" is its Wednesday, "next week" its Friday;
"first week of <month>" is the Friday of the week holding the month's first Monday;
"after the holidays" (15 November - 6 January only) the fifth business day of January; a
day with no year the occurrence closest to the sent date, not over 60 days before it (in
a promise, a day alone is the next one); numeric a/b: ``core.numeric_dates``; holidays,
the Christmas break and quarter ends: ``core.season_days``.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final, TypeAlias

from silence_watch.core import datewords
from silence_watch.core.anchors import AnchorIndex, anchors
from silence_watch.core.calendardays import (
    Context,
    business_days_after,
    closest,
    day_only,
    monday,
    month_end,
    safe_date,
)
from silence_watch.core.datewords import MONTHS, NUMBERS, PLAIN_WEEKDAYS, SHORT_WEEKDAYS, WEEKDAYS
from silence_watch.core.loose_dates import LOOSE_DATES
from silence_watch.core.numeric_dates import dashed, dotted, slashed
from silence_watch.core.receipt_spans import RECEIPT
from silence_watch.core.season_days import (
    AFTER_HOLIDAYS,
    AFTER_THANKSGIVING,
    BEFORE_BREAK,
    BEFORE_CHRISTMAS,
    QUARTER_END,
    after_holidays,
    after_thanksgiving,
    before_break,
    before_christmas,
    quarter_end,
)
from silence_watch.core.weekend_days import AFTER_WEEKEND, after_weekend

if TYPE_CHECKING:
    from collections.abc import Callable


_FRIDAY, _WEDNESDAY = 4, 2


@dataclass(frozen=True, slots=True)
class Found:
    """A date phrase found in a text: the day it means and where it is."""

    day: date
    text: str
    start: int
    end: int
    names_year: bool


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


_MONTH = rf"(?P<month>{_alternation(MONTHS)})\.?"
_WEEKDAY = rf"(?P<weekday>{_alternation(WEEKDAYS)})\.?"
_LEAD = rf"(?:{_WEEKDAY},? (?:the |le |el |den )?)?"  # "Freitag, den 18.12." (probe p52)
#: The weekdays read alone (``datewords.PLAIN_WEEKDAYS``: "sat", "sun", "mar" are words).
_FULL_WEEKDAY = rf"(?P<weekday>{_alternation(PLAIN_WEEKDAYS)})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|°|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_COUNT = rf"{datewords.NOT_A_COUNT}(?P<count>\d{{1,2}}|{_alternation(NUMBERS)})"
_DAYS = r"(?:business|working) days?|werktage?n?|arbeitstage?n?|jours ouvr\w+|dias habiles"
_DAYS += r"|dias laborables|werkdagen|days?|tage?n?|jours?|dias?|dagen|dag"
_WEEKS = r"weeks?|wks?|wochen?|semaines?|semanas?|weken|week"


# --- Resolving ----------------------------------------------------------------------------


def _count(match: re.Match[str]) -> int:
    raw = match.group("count")
    return int(raw) if raw.isdigit() else NUMBERS[raw]


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _explicit(match: re.Match[str], context: Context) -> date | None:
    month, day = MONTHS[match.group("month")], int(match.group("day"))
    year = _group(match, "year")
    if year:
        return safe_date(int(year), month, day)
    weekday = _group(match, "weekday")
    return closest(context, month, day, WEEKDAYS[weekday] if weekday else None)


def _iso(match: re.Match[str], _context: Context) -> date | None:
    return safe_date(int(match.group("year")), int(match.group("m")), int(match.group("d")))


def _weekday_day(match: re.Match[str], context: Context) -> date | None:
    return day_only(context, int(match.group("day")), WEEKDAYS[match.group("weekday")])


def _nth(match: re.Match[str], context: Context) -> date | None:
    return day_only(context, int(match.group("day")))


def _weekday_or_today(match: re.Match[str], context: Context) -> date | None:
    weekday, sent = WEEKDAYS[match.group("weekday")], context.sent
    return sent + timedelta(days=(weekday - sent.weekday()) % 7 or 7 * context.after_hours)


def _weekday_week(match: re.Match[str], context: Context) -> date | None:
    coming = _weekday(match, context)
    return None if coming is None else coming + timedelta(
        days=14 if match.group("span") == "quinze" else 7)


def _weekday(match: re.Match[str], context: Context) -> date | None:
    weekday, sent = _DAY_NUMBERS[match.group("weekday")], context.sent
    return sent + timedelta(days=(weekday - sent.weekday() - 1) % 7 + 1)


def _month_part(match: re.Match[str], context: Context) -> date | None:
    month, part = MONTHS[match.group("month")], match.group("part")
    anchor = closest(context, month, 15)
    if anchor is None:
        return None
    if part in datewords.END_WORDS:
        return month_end(anchor.year, month)
    return anchor.replace(day=15 if part in datewords.MID_WORDS else 10)


def _first_week(match: re.Match[str], context: Context) -> date | None:
    month = MONTHS[match.group("month")]
    anchor = closest(context, month, 1)
    if anchor is None:
        return None
    first_monday = anchor + timedelta(days=(7 - anchor.weekday()) % 7)
    extra = 7 if match.group("which") in datewords.SECOND_WORDS else 0
    return first_monday + timedelta(days=_FRIDAY + extra)


def _week_number(match: re.Match[str], context: Context) -> date | None:
    """Friday of ISO week N ("in week 51", "KW 51", "semaine 51"): this year's, or next."""
    number, sent = int(match.group("week")), context.sent
    year = sent.year + (number < sent.isocalendar().week - 1)
    try:
        return date.fromisocalendar(year, number, 5)
    except ValueError:
        return None


def _fixed(offset: Callable[[Context], date]) -> Callable[[re.Match[str], Context], date | None]:
    return lambda _match, context: offset(context)


#: A period's end as a noun's attribute: "retenue par le comité d'audit de fin d'année"
#: names a thing, no day; "antes de fin de año" is a day, and so is the thing after a word of
#: time: "après la clôture de fin d'année", "en cuanto pase el cierre de fin de año" (u40rs).
_ATTRIBUTE: Final = re.compile(r"\b(?!(?:antes|despues|partir|cerca|alrededor)\b)\w+'?\w* de $")
_THEN: Final = re.compile(r"\b(?:after|before|until|once|as soon as|apres|avant|jusqu'|des que"
                          r"|une fois|nach|bis|sobald|despues|antes|hasta|en cuanto|una vez)\b")


def _period_end(end: Callable[[Context], date]) -> Callable[[re.Match[str], Context], date | None]:
    def resolve(match: re.Match[str], context: Context) -> date | None:
        clause = re.split(r"[,;:.]", match.string[max(0, match.start() - 60) : match.start()])[-1]
        return None if _ATTRIBUTE.search(clause) and not _THEN.search(clause) else end(context)

    return resolve


def _days(match: re.Match[str], context: Context) -> date | None:
    unit, count = match.group("unit"), _count(match)
    if re.match(r"business|working|werkt|arbeitst|jours ouvr|dias hab|dias lab|werkd", unit):
        return business_days_after(context.sent, count, frozenset())
    if re.match(r"we[ek]|wk|woc|sem", unit):
        return context.sent + timedelta(days=7 * count)
    return context.sent + timedelta(days=count)


def _hours(match: re.Match[str], context: Context) -> date | None:
    """"Within 48 hours": the sent date + the hours in whole days, rounded up."""
    return context.sent + timedelta(days=-(-int(match.group("hours")) // 24))


def _weekday_next(match: re.Match[str], context: Context) -> date | None:
    weekday, sent = WEEKDAYS[match.group("weekday")], context.sent
    if _group(match, "this"):
        return sent + timedelta(days=(weekday - sent.weekday()) % 7 or 7 * context.after_hours)
    return monday(sent) + timedelta(days=7 + weekday)


def _this_friday(context: Context) -> date:  # on a weekend: the coming week's (t71ds)
    return monday(context.sent + timedelta(days=2)) + timedelta(days=_FRIDAY)


def _mid_month(context: Context) -> date:  # the 15th; next month's once this one's passed
    mid = context.sent.replace(day=15)
    return mid if mid >= context.sent else _next_month_end(context).replace(day=15)


def _early_week(context: Context) -> date:
    wednesday = monday(context.sent) + timedelta(days=_WEDNESDAY)
    return wednesday if wednesday > context.sent else wednesday + timedelta(days=7)


def _next_month_end(context: Context) -> date:
    sent = context.sent
    year, month = (sent.year + 1, 1) if sent.month == 12 else (sent.year, sent.month + 1)
    return month_end(year, month)


#: The end of a day, as a deadline ("by EOD", "antes de terminar el día"), folded.
END_OF_DAY: Final = (
    r"end of (?:the )?day|eod|close of business|cob|en fin de journee|fin de journee"
    r"|antes de terminar el dia|einde (?:van )?de dag|eind van de dag|tagesende"
    r"|ende des tages|final del dia"
)
#: "nächste Woche" folded, typed without the umlaut ("naechste"), or "kommende Woche".
_NEXT_DE: Final = r"(?:nae?chste[nr]?|kommende[nr]?)"

#: An ordinal that counts something, not a day: "the 3rd floor", "zum 2. Mal", "de 3e ronde".
_NOT_A_DAY: Final = (
    r"(?! ?(?:floor|round|stage|time|place|interview|candidate|person|one|quarter|year|week"
    r"|level|step|attempt|call|edition|line|stock|mal|etage|runde|platz|quartal|obergeschoss"
    r"|verdieping|ronde|keer|plaats|kwartaal|klas)\b)"
)

Resolver: TypeAlias = "Callable[[re.Match[str], Context], date | None]"
_P = str  # the pattern's text: compiled on first use, so a start-up that reads no mail pays nothing

#: Date expressions, most specific first; where two overlap the earlier, longer one wins.
EXPRESSIONS: Final[tuple[tuple[str, Resolver], ...]] = (
    *LOOSE_DATES,  # "in the course of January", "a day or two": before the rows they overlap
    (_P(rf"\b{_YEAR}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b"), _iso),
    (_P(AFTER_HOLIDAYS), after_holidays),
    (_P(AFTER_THANKSGIVING), after_thanksgiving),
    (_P(AFTER_WEEKEND), after_weekend),
    (_P(BEFORE_BREAK), before_break),
    (_P(BEFORE_CHRISTMAS), before_christmas),
    (_P(QUARTER_END), quarter_end),
    (_P(r"\b(?:week|wk|kw|kalenderwoche|semaine|semana)\s?(?P<week>[1-9]|[1-4]\d|5[0-3])\b"),
     _week_number),
    (_P(rf"\b(?P<which>first|1st|second|2nd|erste[nr]?|zweite[nr]?|premiere|deuxieme|seconde"
        rf"|primera|segunda|eerste|tweede) (?:full )?(?:week|woche|semaine|semana) (?:of |in |im "
        rf"|de |van |del? )?{_MONTH}"), _first_week),
    (_P(rf"\b(?P<which>ersten|zweiten) {_MONTH}woche\b"), _first_week),
    (_P(rf"\b{_LEAD}{_DAY} ?(?:of |de )?{_MONTH}(?:,? (?:de )?{_YEAR})?\b"), _explicit),
    (_P(rf"\b(?:{_WEEKDAY},? )?{_MONTH} (?:the )?{_DAY}(?:,? {_YEAR})?(?![\d:])"), _explicit),
    (_P(rf"\b{_LEAD}(?:(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<year>(?:19|20)?\d\d)?"
        rf"|(?P<a2>[0-3]\d)\.(?P<b2>[01]\d))(?!\d|\.\d)"), dotted),  # "18.12.26." ends a sentence
    (_P(rf"\b{_LEAD}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<year>(?:20)?\d\d))?\b"), slashed),
    # "18-12-2026", "t/m 18-12": never part of "2026-12-045", "06-12345678", "10-12 uur",
    # "06-12 34 56 78", "2-3 weeks" (a lone pair is two digits each, as dotted ones are)
    (_P(rf"\b{_LEAD}(?<![\d:./-])(?:(?P<a>[0-3]?\d)-(?P<b>[01]?\d)-(?P<year>(?:19|20)?"
        rf"\d\d)|(?P<a2>[0-3]\d)-(?P<b2>[01]\d))(?![\d:/-]|[.,]\d| \d\d \d\d| ?(?:{_DAYS}"
        rf"|{_WEEKS}|uur|u|h|uhr|hours?|heures?|horas?|stunden|%|x)\b)"), dashed),
    (_P(rf"\b{_WEEKDAY},? (?:the |le |el |den )?{_DAY}(?! ?(?:\d|am\b|pm\b|[ap]\.m|h\b|uhr"
        rf"|u\b|:|\.\d|(?:{_alternation(MONTHS)})\b))"), _weekday_day),
    (_P(rf"\bthe (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b{_NOT_A_DAY}"), _nth),
    (_P(rf"\b(?:zum|am|dem) (?P<day>[0-3]?\d)\.(?!\d){_NOT_A_DAY}"), _nth),
    (_P(r"\b(?:le|au|du|el|del|dia) (?P<day>[0-3]?\d)(?:er|°|º)?"
        r"(?! ?(?:\d|(?!inclu)[a-z]|%|:|\.\d))"), _nth),  # "jusqu'au 9 inclus" is the 9th
    (_P(rf"\bde (?P<day>[0-3]?\d)e\b{_NOT_A_DAY}"), _nth),
    (_P(r"\b(?:the )?day after tomorrow\b|\bubermorgen\b|\bapres-demain\b|\bpasado manana\b"
        r"|\bovermorgen\b"), _fixed(lambda c: c.sent + timedelta(days=2))),
    (_P(r"(?<!guten )(?<!por la )(?<!de la )(?<!esta )\b(?:tomorrow|tmrw|tmrow|tmr|2morrow|2moro"
        r"|morgen|demain|manana)(?:ochtend|middag|fruh| fruh| matin| vroeg)?\b"),
     _fixed(lambda c: c.sent + timedelta(days=1))),
    # "vrijdag einde van de dag (Singaporese tijd)" written on that Friday: that day (u14tz)
    (_P(rf"\b(?:{END_OF_DAY}),? (?:on )?{_WEEKDAY}\b"), _weekday_or_today),
    (_P(rf"\b{_WEEKDAY},? (?:by |at |om |al? )?(?:the )?(?:{END_OF_DAY})\b"), _weekday_or_today),
    (_P(rf"\b(?:today|{END_OF_DAY}|tonight|this arvo|heute|aujourd'hui|hoy|vandaag|vanavond)\b"
        # "by end of day Friday 12/4", "EOD on the 4th": the end of that day, not today's
        rf"(?!,? (?:on )?(?:the )?(?:{_alternation(WEEKDAYS)}|\d|tomorrow|morgen|demain|manana))"),
     _fixed(lambda c: c.sent)),
    (_P(r"\b(?:early|beginning of|start of|mid|middle of|the middle of|mid-) ?next (?:week|wk)\b"
        rf"|\b(?:anfang|mitte) (?:der )?{_NEXT_DE} woche"
        r"|\b(?:debut|milieu) de (?:la )?semaine prochaine|\b(?:principios|comienzos|mediados"
        r"|mitad) de (?:la )?(?:semana que viene|proxima semana)|\b(?:begin|half|midden|halverwege)"
        r" (?:van )?(?:de )?volgende week"),
     _fixed(lambda c: monday(c.sent) + timedelta(days=7 + _WEDNESDAY))),
    # "en début de semaine", "early in the week": this week's Wednesday if it is still
    # ahead, else next week's
    (_P(r"\b(?:en debut de semaine|early in the week|anfang der woche|a principios de semana"
        r"|begin van de week)\b"), _fixed(_early_week)),
    (_P(rf"\b(?:next week|{_NEXT_DE} woche|volgende week),? (?:on )?{_WEEKDAY}"), _weekday_next),
    (_P(rf"\b{_WEEKDAY},? (?:next week|prochain|que viene|{_NEXT_DE} woche|volgende week)"),
     _weekday_next),
    # "vendredi en huit", "Friday week": a week after the coming one (tester round u18rv)
    (_P(rf"\b{_WEEKDAY} (?:en (?P<span>huit|quinze)|(?P<week>week)(?! \d))\b"), _weekday_week),
    (_P(rf"\b(?P<this>this|this coming|diesen|dieser|ce|este|esta|deze|coming|kommende[nr]?)"
        rf" {_WEEKDAY}\b"), _weekday_next),  # "bis kommenden Mittwoch": the first one ahead
    (_P(rf"\b(?:el |la )?(?:next|nae?chste[nr]?|proximo|volgende) {_WEEKDAY}\b"), _weekday_next),
    # "the week after next", "übernächste Woche": the Friday of that week
    (_P(r"\b(?:(?:the )?end of )?(?:the )?week after next\b|\b(?:ende |im laufe )?(?:der )?"
        r"ubernae?chste[nr]? woche"),
     _fixed(lambda c: monday(c.sent) + timedelta(days=14 + _FRIDAY))),
    (_P(r"\b(?:(?:the )?end of |late |later |sometime )?next (?:week|wk)\b|\b(?:ende |im laufe )?"
        rf"(?:der )?{_NEXT_DE} woche|\b(?:fin de )?(?:la )?semaine prochaine|\bcourant semaine"
        r" prochaine|\b(?:a )?(?:finales de )?"
        r"(?:la )?(?:semana que viene|proxima semana)|\b(?:eind )?volgende week"),
     _fixed(lambda c: monday(c.sent) + timedelta(days=7 + _FRIDAY))),
    (_P(r"\b(?:(?:the )?end of (?:the |this )?(?:week|wk)|eow|this (?:week|wk)"
        r"|later this (?:week|wk)|diese[rn]? woche"
        r"|ende der woche|cette semaine|(?:la )?fin de (?:la |cette )?semaine(?! prochaine)"
        r"|esta semana|(?:a )?finales de (?:la |esta )?semana|deze week|eind van de(?:ze)? week"
        r"|(?:voor|tegen) het weekend|(?:before|by) the weekend|(?:vor dem|bis zum) wochenende"
        r"|(?:avant|d'ici) le week-?end|antes del fin de semana)\b"),
     _fixed(_this_friday)),
    # "dans quinze jours", "in a fortnight": two weeks; "sous 8 jours", "in acht Tagen": one
    (_P(r"\b(?:(?:quinze|15) jours(?! ouvr)|(?:une |la )?quinzaine(?: de jours)?|(?:quince|15)"
        r" dias(?! hab)|vierzehn tagen?|veertien dagen|(?:a |one )?fortnight"
        # "over een week of twee", "in a week or two": the outer end, two weeks
        r"|een week of twee|a week or two|une semaine ou deux|una semana o dos"
        r"|ein bis zwei wochen|ein, zwei wochen)\b" + RECEIPT),
     _fixed(lambda c: c.sent + timedelta(days=14))),
    (_P(r"\b(?:(?:huit|8) jours(?! ouvr)|(?:ocho|8) dias(?! hab)|(?:acht|8) (?:tagen?|dagen))\b"
        + RECEIPT),
     _fixed(lambda c: c.sent + timedelta(days=7))),
    # not from her delivery, "binnen een week na ontvangst" (u44pp); "par semaine" is a rate
    (_P(rf"\b{_COUNT} (?:of |more |de )?(?P<unit>{_DAYS}|{_WEEKS})\b{RECEIPT}"), _days),
    # "within 48 hours", "innerhalb von 48 Stunden", "sous 48h", "en 48 horas", "binnen 48
    # uur": a span from the sent date only after a "within" word ("om 10 uur" is a time),
    # and not one from another event ("within 48 hours of the interview")
    (_P(r"\b(?:within|in|next|innerhalb|binnen|sous|dans|d'ici|endeans|en|dentro de|komende)"
        r"(?: the next| von| der nachsten| den nachsten| les| las proximas| de komende)?"
        r" (?P<hours>\d{1,3})(?: ?(?:hours|hrs|stunden|std|heures|horas|uur)|h)\b"
        r"(?! (?:of|after|from|before|nach|vor|apres|avant|despues|antes|na|voor)\b)"), _hours),
    (_P(r"\b(?:coming|next few|next couple of) days|\b(?:nachsten|kommenden) tage|\bprochains jours"
        r"|\bproximos dias|\bkomende dagen"), _fixed(lambda c: c.sent + timedelta(days=3))),
    (_P(r"\b(?:coming|next few) weeks|\bnachsten wochen|\bprochaines semaines|\bproximas semanas"
        r"|\bkomende weken"), _fixed(lambda c: c.sent + timedelta(days=21))),
    (_P(r"\b(?:(?:the )?(?:end|last day) of (?:the |this )?month|this month|month(?:'?s)?[- ]end"
        r"|ende (?:des|dieses) monats|ende monat|letzten tag (?:des|dieses) monats|monatsende"
        r"|fin du mois|dernier jour du mois|(?:a )?finales de(?:l)? mes|fin de mes"
        r"|ultimo dia del mes|eind van de maand|laatste dag van de maand)"),
     _period_end(lambda c: month_end(c.sent.year, c.sent.month))),
    # "noch heuer" (Austria), "before the end of the year", "bis Jahresende": 31 December
    (_P(r"\b(?:heuer|(?:the )?end of (?:the |this )?year|ende (?:des|dieses) jahres|jahresende"
        r"|fin (?:de l'|d')annee|final(?:es)? del? ano|fin de ano|einde? van (?:het|dit) jaar)\b"),
     _period_end(lambda c: date(c.sent.year, 12, 31))),
    # "before the end of the quarter", "bis Quartalsende", "d'ici la fin du trimestre": its
    # last day (the quarter the message was written in)
    (_P(r"\b(?:(?:the )?end of (?:the |this )?quarter|quarter'?s end|ende (?:des|dieses)"
        r" quartals|quartalsende|fin (?:du|de ce) trimestre|finales? del trimestre"
        r"|eind van het kwartaal)\b"),
     _period_end(lambda c: month_end(c.sent.year, 3 * ((c.sent.month - 1) // 3) + 3))),
    (_P(r"\b(?:mid|middle of)[- ](?:the |this )?month\b|\bmitte (?:des|dieses) monats|\bmi-mois"
        r"|\bmilieu du mois|\bmediados de(?:l)? mes|\bmidden van de maand"), _fixed(_mid_month)),
    (_P(r"\b(?:(?:the )?end of |early |(?:the )?beginning of )?next month\b|\bnae?chste[nr]? monat"
        r"|\bmois prochain\b|\bmes que viene|\bproximo mes\b|\bvolgende maand"),
     _fixed(_next_month_end)),
    (_P(rf"\b(?P<part>end|late|mid|middle|early|beginning|start|ende|mitte|anfang|fin|mi|milieu"
        rf"|debut|finales|fines|mediados|principios|comienzos|inicios|eind|einde|halverwege"
        rf"|half|midden|medio|begin|courant|rentree|premiers jours|primeros dias|ersten tagen?"
        rf"|eerste dagen)(?:-| )(?:(?:of|de|des|van|d'|del|im|in) ?)?{_MONTH}"), _month_part),
    # "Thursday's interview": an event; "on a Sunday night", "un sábado": any (t71ds, u52hd)
    (_P(rf"(?=(?:{_alternation(PLAIN_WEEKDAYS)})\b)(?<!(?<!jusqu')\ba )(?<!\bany )(?<!\bun )"
        rf"(?<!\bune )(?<!\beinem )(?<!\been )(?!(?<=\ben )(?:sabado|domingo)\b)\b{_FULL_WEEKDAY}\b"
        r"(?!-|'s)"), _weekday),
    # "meld mich Fr", "bis Mi", "am Do": German short weekdays, only after such words
    (_P(rf"(?=(?:{_alternation(SHORT_WEEKDAYS)})\b)(?:(?<=\bbis )|(?<=\bam )|(?<=\bspatestens )"
        rf"|(?<=\bmeld mich )|(?<=\bmelde mich )|(?<=\bich mich ))"
        rf"(?P<weekday>{_alternation(SHORT_WEEKDAYS)})\b\.?(?![-'])"), _weekday),
)
_DAY_NUMBERS: Final = {**SHORT_WEEKDAYS, **WEEKDAYS}


_Row: TypeAlias = "tuple[re.Pattern[str], Resolver, frozenset[str] | None]"


@functools.cache
def _compiled() -> tuple[tuple[_Row, ...], AnchorIndex]:
    """Each expression compiled with the literals it cannot match without, and their index."""
    rows = tuple((re.compile(text), resolve, anchors(text)) for text, resolve in EXPRESSIONS)
    return rows, AnchorIndex(a for _, _, found in rows if found for a in found)


def dates_in(text: str, context: Context, *, prefilter: bool = True) -> list[Found]:
    """Every date phrase in ``text`` (folded), left to right, overlaps resolved.

    ``prefilter`` skips an expression a literal of which is missing (it cannot match);
    the result is the same without it, only slower.
    """
    rows, index = _compiled()
    present = index.present(text) if prefilter else set()
    found: list[Found] = []
    taken: set[int] = set()  # the positions found phrases cover: an overlap costs no scan
    for pattern, resolve, needed in rows:
        if prefilter and needed is not None and needed.isdisjoint(present):
            continue  # a literal it cannot match without is missing
        for match in pattern.finditer(text):
            if taken.isdisjoint(range(*match.span())) and (day := resolve(match, context)):
                names_year = bool(match.groupdict().get("year"))
                found.append(Found(day, match.group(0), match.start(), match.end(), names_year))
                taken.update(range(*match.span()))
    return sorted(found, key=lambda item: item.start)
