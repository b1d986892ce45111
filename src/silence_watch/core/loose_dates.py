"""Date phrases said loosely, read before the phrase table's own rows. Pure.

``core.datephrases`` reads the usual words of a date; these are the looser ways people
write the same days, each read as the table reads its plain form (docs/classification.md,
the date table), in the five languages where the form exists (folded text):

- a month "in its course": "in the course of January", "im Laufe des Januars", "dans le
  courant du mois de janvier", "en el transcurso de enero", "in de loop van januari" are
  its 15th, as "courant janvier" is;
- the week before it is over: "before the week is out", "bevor die Woche um ist", "avant
  que la semaine se termine", "antes de que acabe la semana", "voordat de week om is":
  this week's Friday, as "by the end of the week" is;
- a day or two put the other way round: "a day or two", "ein, zwei Tage", "un jour ou
  deux", "une journée ou deux", "un día o dos", "een dag of drie": the outer end, as "a
  week or two" is;
- "sous huitaine", Belgian "binnen de acht dagen", "endéans les huit jours", "dans une
  huitaine": a week, as "huit jours" is;
- within this week, "dans la semaine", the Belgian "endéans la semaine", "im Laufe der
  Woche", "a lo largo de la semana", "in de loop van de week": its Friday; "mid-week",
  "Mitte der Woche", "en milieu de semaine", "a mitad de semana", "halverwege de week": its
  Wednesday while ahead, as "en début de semaine" is; "mañana o pasado": the day after tomorrow;
- days counted on the calendar: "within 14 calendar days", "14 Kalendertage", "15 jours
  calendaires", "10 días naturales", "10 kalenderdagen": that many days, as "in 14 days" is;
- a count before "prochaines": "dans les deux prochaines semaines", "les 5 prochains jours
  ouvrés": that many weeks or days, never the vaguer "prochaines semaines" alone (probe-dates4);
- the month before it is out: "before the month is out", "bevor der Monat um ist", "avant que
  le mois se termine", "antes de que termine el mes", "voor het einde van de maand": its
  last day, as "by the end of the month" is;
- the year before it is out: "before the year is out", "by year end", "bevor das Jahr um
  ist", "avant que l'année se termine", "antes de que acabe el año", "voordat het jaar om
  is", and before it turns: "before New Year's", "vor Silvester", "avant le réveillon",
  "antes de Nochevieja", "voor oud en nieuw": 31 December, as "before the end of the
  year" is (probe-dates6);
- hours within a term: "en un plazo máximo de 48 horas", "dans un délai de 48 heures",
  "binnen een termijn van 48 uur", "within a maximum of 48 hours": as "within 48 hours"
  (the sent date + the hours in whole days, rounded up), never a term "of" or "after"
  something else (probe-dates6);
- Dutch "komende week" (next week, as "kommende Woche"): its Friday, "begin komende week"
  its Wednesday; "in the days ahead", "dans les jours qui viennent", "en los días que
  vienen": three days, as "the coming days" (probe-dates7);
- "el día 14", "del día 14": the 14th, as "the 14th" is ("Después de la reunión del comité
  del día 14 le comunicaremos la decisión"; "el 14 le ..." is no day to the table).

Each row is more specific than the table's rows it overlaps ("een dag" alone is one day,
"la semaine" alone this week), so the table puts these first.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import (
    business_days_after,
    closest,
    day_only,
    monday,
    month_end,
)
from silence_watch.core.datewords import MONTHS, NUMBERS, WEEKDAYS
from silence_watch.core.deadline_day_forms import DEADLINE_DAY_FORMS
from silence_watch.core.nth_weekdays import NTH_WEEKDAYS
from silence_watch.core.receipt_spans import RECEIPT
from silence_watch.core.short_day_forms import SHORT_DAY_FORMS
from silence_watch.core.spelled_days import SPELLED_DAYS

if TYPE_CHECKING:
    from collections.abc import Callable

    from silence_watch.core.calendardays import Context

_FRIDAY: Final = 4
_WEDNESDAY: Final = 2
_MONTH: Final = "(?P<month>{})".format(
    "|".join(re.escape(name) for name in sorted(MONTHS, key=len, reverse=True) if len(name) > 3)
)


def _in_its_course(match: re.Match[str], context: Context) -> date | None:
    """The 15th of the month named: the middle of "in the course of January"."""
    return closest(context, MONTHS[match.group("month")], 15)


def _week_out(_match: re.Match[str], context: Context) -> date | None:
    """This week's Friday; written on a weekend, the coming week's (as "end of the week")."""
    return monday(context.sent + timedelta(days=2)) + timedelta(days=_FRIDAY)


def _outer_days(match: re.Match[str], context: Context) -> date | None:
    """The outer end of "a day or two": the larger count, in days."""
    return context.sent + timedelta(days=NUMBERS[match.group("outer")])


def _week(_match: re.Match[str], context: Context) -> date | None:
    return context.sent + timedelta(days=7)


def _mid_week(_match: re.Match[str], context: Context) -> date | None:
    """This week's Wednesday while it is still ahead, else next week's."""
    wednesday = monday(context.sent) + timedelta(days=_WEDNESDAY)
    return wednesday if wednesday > context.sent else wednesday + timedelta(days=7)


def _mid_week_after_next(_match: re.Match[str], context: Context) -> date | None:
    """The Wednesday of the week after next: "Mitte übernächster Woche" (probe-dates11)."""
    return monday(context.sent) + timedelta(days=14 + _WEDNESDAY)


def _weekday_a_week_on(match: re.Match[str], context: Context) -> date | None:
    """That weekday a week on: "Mittwoch in einer Woche" (probe-dates11).

    Said on that very weekday, a week from the day ("maandag over een week" on a Monday).
    """
    ahead = (WEEKDAYS[match.group("weekday")] - context.sent.weekday()) % 7
    return context.sent + timedelta(days=ahead + 7)


def _counted(match: re.Match[str], context: Context) -> date | None:
    """A count of days, working days or weeks from the sent date."""
    raw, unit = match.group("count"), match.group("unit")
    count = int(raw) if raw.isdigit() else NUMBERS[raw]
    if unit.startswith("sem"):
        return context.sent + timedelta(days=7 * count)
    if "ouvr" in unit:
        return business_days_after(context.sent, count, frozenset())
    return context.sent + timedelta(days=count)


def _month_out(_match: re.Match[str], context: Context) -> date | None:
    return month_end(context.sent.year, context.sent.month)


def _day_of_month(match: re.Match[str], context: Context) -> date | None:
    return day_only(context, int(match.group("day")))


def _year_out(_match: re.Match[str], context: Context) -> date | None:
    return date(context.sent.year, 12, 31)


def _hours_term(match: re.Match[str], context: Context) -> date | None:
    return context.sent + timedelta(days=-(-int(match.group("hours")) // 24))


def _next_wednesday(_match: re.Match[str], context: Context) -> date | None:
    return monday(context.sent) + timedelta(days=7 + _WEDNESDAY)


def _next_friday(_match: re.Match[str], context: Context) -> date | None:
    return monday(context.sent) + timedelta(days=7 + _FRIDAY)


def _few_days(_match: re.Match[str], context: Context) -> date | None:
    return context.sent + timedelta(days=3)


def _day_after_tomorrow(_match: re.Match[str], context: Context) -> date | None:
    return context.sent + timedelta(days=2)


#: Not this week but one named after it: "dans la semaine du 14", "mid-week next week",
#: "during the week commencing 4 January" (read as this week's Friday: probe-dates3).
_NOT_ANOTHER: Final = (
    r"(?! (?:du|de|del|of|van|que viene|prochaine|proxima|next|nachster|volgende|commencing"
    r"|beginning|starting|vom|ab)\b)"
)


_COUNT: Final = "(?P<count>\\d{{1,2}}|{})".format(
    "|".join(re.escape(word) for word in sorted(NUMBERS, key=len, reverse=True) if len(word) > 2)
)
_MONTH_NAMES: Final = "|".join(sorted(MONTHS, key=len, reverse=True))

_OUTER: Final = r"(?P<outer>two|three|zwei|drei|deux|trois|dos|tres|twee|drie)"

#: Each language's words for "in the course of" a month, before its name (folded).
_COURSE: Final = (
    r"\b(?:in|during|over) the course of ",
    r"\bim lauf(?:e)? (?:des )?(?:monats )?",
    r"\b(?:dans le |au )?courant (?:du mois )?(?:de |d')",
    r"\b(?:en el transcurso|a lo largo) del? (?:mes de )?",
    r"\bin de loop van (?:de maand )?",
)

#: (pattern, resolver) rows in ``core.datephrases.EXPRESSIONS``' shape, folded text.
LOOSE_DATES: Final[tuple[tuple[str, Callable[[re.Match[str], Context], date | None]], ...]] = (
    *DEADLINE_DAY_FORMS,  # "le 15 au plus tard", "Anfang KW 2", "uiterlijk 1-12"
    *SPELLED_DAYS,  # "by the twenty-first", "le quinze décembre", "antes del día veinte"
    *NTH_WEEKDAYS,  # "the first Monday of January", "el primer lunes de enero"
    *SHORT_DAY_FORMS,  # "by wed", "la semana del 14", "zweite Dezemberhälfte" (probe-dates8)
    *((rf"{words}{_MONTH}s?\b", _in_its_course) for words in _COURSE),
    ((r"\bbefore the week is (?:out|over|done)\b|\bbevor die woche (?:um|vorbei|zu ende) ist\b"
      r"|\bavant que (?:la|cette) semaine (?:ne )?(?:se termine|s'acheve|soit finie)\b"
      # never "antes de que termine la semana que viene": next week's (probe-asks5)
      r"|\bantes de que (?:acabe|termine|finalice|se acabe|se termine) (?:la|esta) semana\b"
      r"(?! que viene| proxima)"
      r"|\bvoor(?:dat)? de(?:ze)? week (?:om|voorbij) is\b|\beinde van de(?:ze)? week\b"),
     _week_out),
    *((rf"{words}{_OUTER}{unit}", _outer_days) for words, unit in (
        (r"\ba day or ", r"\b"), (r"\bein(?:,| oder| bis) ", r" tagen?\b"),
        (r"\b(?:un jour|une journee) ou ", r"\b"), (r"\bun dia o ", r"\b"),
        (r"\been dag of ", r"\b"))),
    # a weekday a week on, as "Friday week": "spätestens Mittwoch in einer Woche", "uiterlijk
    # dinsdag over een week", "mercredi dans une semaine" (probe-dates11's fresh set)
    ((r"\b(?P<weekday>" + "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len,
                                            reverse=True))
      + r") (?:in einer woche|over een week|dans une semaine|en una semana|a week on)\b"),
     _weekday_a_week_on),
    # early or mid week after next: its Wednesday, as "Mitte nächster Woche" is next week's
    ((r"\b(?:anfang|mitte) (?:der )?ubernae?chste[nr]? woche\b"
      r"|\b(?:early|mid|the middle of|middle of) (?:the )?week after next\b"),
     _mid_week_after_next),
    ((r"\bsous huitaine\b|\bbinnen de acht dagen\b(?! na\b)"
      r"|\b(?:endeans|dans) (?:la|une) huitaine\b|\bendeans les (?:huit|8) jours\b"), _week),
    # within this week, in its course: its Friday ("dans la semaine du 14" is another week)
    ((r"(?:\b(?:within|during|in the course of) the week\b|\bim lauf(?:e)? der woche\b"
      r"|\b(?:dans|endeans) (?:la|cette) semaine\b"
      r"|\b(?:a lo largo|en el (?:correr|transcurso)) de (?:la|esta) semana\b"
      r"|\bin de loop van de(?:ze)? week\b)") + _NOT_ANOTHER, _week_out),
    # the middle of this week: its Wednesday while ahead, as "en début de semaine" (README)
    ((r"(?:\bmid-?week\b|\bmitte der woche\b|\ben milieu de semaine\b"
      r"|\b(?:a )?mitad de (?:la )?semana\b|\bhalverwege de(?:ze)? week\b"
      r"|\bmidden in de week\b)") + _NOT_ANOTHER, _mid_week),
    # Dutch "komende week" is next week, as German "kommende Woche" is (README): "begin
    # komende week" its Wednesday, "(eind) komende week" its Friday (probe-dates7)
    (r"\b(?:begin|half|midden|halverwege) (?:van )?(?:de )?komende week\b", _next_wednesday),
    (r"\b(?:(?:eind|einde) (?:van )?)?(?:de )?komende week\b", _next_friday),
    # "in the days ahead", "dans les jours qui viennent": a few days, as "the coming days"
    ((r"\b(?:the )?days (?:ahead|to come)\b|\bjours (?:qui viennent|a venir)\b"
      r"|\bdias (?:que vienen|venideros)\b"), _few_days),
    # "mañana o pasado": the day after tomorrow, the later of the two
    (r"\bmanana o pasado\b", _day_after_tomorrow),
    # "within 14 calendar days", "innerhalb von 14 Kalendertagen": days as counted
    ((rf"\b{_COUNT} (?P<unit>calendar days?|kalendertage?n?|jours calendaires?"
      rf"|dias (?:naturales|corridos|calendario)|kalenderdagen)\b{RECEIPT}"), _counted),
    # "dans les deux prochaines semaines": the count, not the vaguer "prochaines semaines"
    (rf"\b{_COUNT} prochain(?:e)?s (?P<unit>semaines|jours(?: ouvr\w+)?)\b{RECEIPT}", _counted),
    # the month before it is out: its last day
    ((r"\bbefore (?:the|this) month is (?:out|over|done)\b|\bbevor (?:der|dieser) monat"
      r" (?:um|vorbei|zu ende) ist\b|\bavant que (?:le|ce) mois (?:ne )?(?:se termine|s'acheve"
      r"|soit (?:fini|termine))\b|\bantes de que (?:termine|acabe|finalice|se acabe|se termine)"
      r" (?:el|este) mes\b|\bvoor(?:dat)? de(?:ze)? maand (?:om|voorbij) is\b"
      r"|\b(?:het )?einde? van de(?:ze)? maand\b"), _month_out),
    # the year before it is out: 31 December ("by year end"; "the year-end party" is a thing)
    ((r"\b(?:by|before|at|until|till) (?:the )?year[- ]end\b(?![- ](?:party|review|bonus|close))"
      r"|\bbefore (?:the|this) year is (?:out|over|done)\b|\bbevor (?:das|dieses) jahr"
      r" (?:um|vorbei|zu ende) ist\b|\bavant que (?:l'|cette )annee (?:ne )?(?:se termine"
      r"|s'acheve|soit (?:finie|terminee))\b|\bantes de que (?:termine|acabe|finalice"
      r"|se acabe|se termine) (?:el|este) ano\b|\bvoor(?:dat)? het jaar (?:om|voorbij) is\b"
      # before the year turns: "before New Year's", "vor Silvester", "avant le réveillon du
      # Nouvel An", "antes de Nochevieja", "voor oud en nieuw": its last day
      r"|\b(?:before|by) (?:the )?new year(?:'?s)?\b(?! day)|\b(?:vor|bis) silvester\b"
      r"|\bavant (?:le )?(?:reveillon|nouvel an|la saint-sylvestre)\b"
      r"|\bantes de (?:nochevieja|ano nuevo)\b|\bvoor (?:oud en nieuw|oudjaar)\b"),
     _year_out),
    # "en un plazo máximo de 48 horas": a term of hours, as "within 48 hours" (probe-dates6)
    ((r"\b(?:en|dans|binnen|within|innerhalb) (?:un plazo|un delai|een termijn|a maximum"
      r"|einer frist)(?: maximo| maximum| max\.?)? (?:de|van|of|von) (?P<hours>\d{1,3}) ?"
      r"(?:horas|heures|h|uur|hours|stunden)\b"
      r"(?! (?:of|after|from|nach|apres|despues|desde|tras|na)\b)"), _hours_term),
    # a bound on the hours: "en menos de 48 horas", "in less than 48 hours", "en moins de
    # 48 heures", "in weniger als 48 Stunden", "in minder dan 48 uur", "en un máximo de 48
    # horas", "innerhalb von max. 48 Stunden"; the Dutch "binnen 48u" (probe-dates11)
    ((r"\b(?:(?:in|en|dans|within|innerhalb von|binnen) (?:less than|under|weniger als"
      r"|moins de|menos de|minder dan|un maximo de|max\.?|maximal|hochstens|maximaal"
      r"|maximum|maximum de)|binnen) (?P<hours>\d{1,3}) ?"
      r"(?:horas|heures|h|uur|u|hours|hrs|stunden|std)(?!\w)"
      r"(?! (?:of|after|from|nach|apres|despues|desde|tras|na)\b)"), _hours_term),
    # "del día 14 le comunicaremos": the 14th ("el día 14 de enero" is the table's)
    ((rf"\b(?:el |del )?dia (?P<day>[0-3]?\d)\b(?! ?(?:de |del )?(?:{_MONTH_NAMES})\b)"
      r"(?! ?(?:[.:/-]\d|%|de (?:prueba|trabajo|vacaciones)))"), _day_of_month),
)
