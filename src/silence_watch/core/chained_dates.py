"""Dates that lean on another date said before them. Pure.

- "Once she's back on Monday we'll decide by Wednesday": the Wednesday after that Monday,
  not the one before it (a bare weekday named after a later weekday of the coming week
  rolls on a week);
- "the committee meets on Thursday 14 January and we'll tell you the day after", "its
  recommendation goes to the GM on the 9th. You'll hear from me the day after": the day
  after the date said last ("al día siguiente", "le lendemain", "am Tag danach", "de dag
  erna"); "I'll be in touch after that meeting", its day said in the sentence before: that
  day (u10ps); so is "that day" ("on leave until Monday the 2nd ... I'll have an answer
  for you that day", "ese mismo día", "an diesem Tag", "ce jour-là", "die dag": w13dt);
  "that same week", "esa misma semana", "la même semaine", "in derselben Woche",
  "diezelfde week": the Friday of the week the day said falls in (probe round p51);
- "the panel meets on Thursday, November 19, and we'll get back to you the week after",
  "the following week", "la semaine suivante", "la semana siguiente", "in der Woche
  danach", "de week erna": the Friday of the week after the one the day said falls in, as
  "next week" is the Friday of the week after the one the mail was written in (probe
  round p52); never "the week after next", which counts from the mail.

Both found on the corpus's development part (batch w16dt). Text is folded.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.datewords import SHORT_WEEKDAYS, WEEKDAYS
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from silence_watch.core.datephrases import Found

_DAY_AFTER: Final = lazy_pattern(
    r"\b(?:the (?:day|morning) after|the following (?:day|morning)|the next (?:day|morning)"
    r"|le lendemain"
    r"|(?:al|el) dia (?:siguiente|despues)|am (?:tag danach|folgetag|nachsten tag)"
    r"|de dag (?:erna|daarna|nadien|erop)|een dag later|de (?:volgende|daaropvolgende) dag"
    r"|am tag darauf|tags darauf|le jour suivant|al otro dia)\b"
)
#: "I'll be in touch with every finalist after that meeting", its day said before (u10ps).
_AFTER_THAT: Final = lazy_pattern(
    r"\b(?:after|once|following) (?:that|the|this|our|its) (?:committee |board |panel )?"
    r"(?:meeting|session|discussion|debrief)\b|\bnach (?:diesem|dem|dieser|der) (?:treffen"
    r"|termin|sitzung|besprechung)\b|\bapres (?:cette|la) (?:reunion|seance)\b"
    r"|\bdespues de (?:esa|la|esta) (?:reunion|sesion)\b|\bna (?:die|de|deze) (?:vergadering"
    r"|bijeenkomst)\b"
    # "tritt am 26. November zusammen. Im Anschluss daran erhalten Sie ...", "vergadert op
    # 20 november. Direct daarna nemen we contact op" (probe round p52b)
    r"|\b(?:right|straight|immediately) after(?:wards| that)\b|\bim anschluss (?:daran|darauf)\b"
    r"|\b(?:direkt|gleich|unmittelbar) danach\b|\bjuste apres\b|\b(?:justo|inmediatamente)"
    r" despues\b|\b(?:direct|meteen|vlak) daarna\b"
)
#: "I'll have an answer for you that day", its day said in the sentence before (w13dt).
_THAT_DAY: Final = lazy_pattern(
    r"\b(?:(?:on )?that (?:same )?day|the same day|ce jour-la|le jour meme|(?:ese|aquel)"
    r" (?:mismo )?dia|an (?:diesem|dem|jenem) tag|am selben tag|(?:op )?die(?:zelfde)? dag)\b"
)
#: "Te escribo esa misma semana", its day said before: that week's Friday (probe round p51).
_THAT_WEEK: Final = lazy_pattern(
    r"\b(?:that (?:same )?week|the same week|la meme semaine|cette semaine-la|(?:esa|aquella)"
    r" (?:misma )?semana|la misma semana|in (?:derselben|jener|der gleichen) woche"
    r"|(?:in )?(?:die|diezelfde|dezelfde) week)\b"
)
#: "We'll get back to you the week after", its day said before: the next week's Friday.
_WEEK_AFTER: Final = lazy_pattern(
    r"\b(?:the (?:week after|following week)(?! next)|la semaine (?:suivante|d'apres|d'ensuite"
    r"|qui suit)|the week that follows|la semana que sigue"
    r"|la semana (?:siguiente|despues|posterior)|(?:in )?der (?:woche danach|darauffolgenden"
    r" woche|folgenden woche)|die woche (?:danach|darauf)|(?:in )?de week (?:erna|daarna|nadien"
    r"|erop))\b"
)
_WEEK: Final = timedelta(days=7)
#: A week said by name, whose weekday said after it falls in it (folded).
_NAMED_WEEK: Final = lazy_pattern(
    r"\b(?:next (?:week|wk)|nae?chste[nr]? woche|kommende[nr]? woche|semaine prochaine"
    r"|semana que viene|proxima semana|volgende week|komende week"
    r"|week after next|ubernae?chste[nr]? woche)\b"
)
#: A week counted, then a comma: "over twee weken, vrijdag" is the Friday of that week
#: (probe-dates11); never a span to go through, "over the next two weeks; by Friday".
_COUNTED_WEEK: Final = lazy_pattern(
    r"(?<!next )(?<!nachsten )(?<!prochaines )(?<!proximas )(?<!komende )(?<!for )"
    r"\b(?:two|three|2|3|zwei|drei|deux|trois|dos|tres|twee|drie) (?:weeks|wochen|semaines"
    r"|semanas|weken),"
)

#: Between that week and its weekday, only a bound: "next week - Friday at the latest",
#: "nächste Woche, spätestens Mittwoch", never "next week but I'll call you by Friday".
_WEEK_TO_DAY: Final = lazy_pattern(
    r"\s*[,;:\-\u2013\u2014]?\s*(?:(?:at the latest|at latest|latest|no later than|by|on"
    r"|spae?testens|bis|am|au plus tard|le|a mas tardar|como (?:muy )?tarde|el|uiterlijk"
    r"|op zijn laatst|op)\s*,?\s*)*$"
)

#: The end of a day, said after the day it ends ("EOD tomorrow" always was that day).
_END_OF_DAY: Final = lazy_pattern(
    r"\b(?:end of (?:the )?day|eod|close of business|cob|eind(?:e)? van de dag|fin de journee"
    r"|terminar el dia|final del dia|tagesende|ende des tages)\b"
)
_SAME_DAY_GAP: Final = lazy_pattern(
    r"\s*,?\s*(?:(?:by|at|before|aan|tegen|op|en|a|al|antes de|bis|zum|am|the|het|de|la|el"
    r"|l')\s+){0,3}$"
)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
_FRIDAY: Final = 4


def _weekdays_rolled(sentence: str, found: Sequence[Found]) -> list[Found]:
    """``found`` with each bare weekday read in the week said before it."""
    result: list[Found] = []
    latest = None  # the latest bare weekday said so far
    named_week: Found | None = None  # the last week said by name ("next week") so far
    for item in found:
        word = item.text.strip()
        bare = word in WEEKDAYS or word.rstrip(".") in SHORT_WEEKDAYS  # "Mo zurück, bis Mi"
        # a weekday after a weekday, within the week: "back on Monday ... by Wednesday";
        # never after a span or a deadline ("cette semaine ... vendredi", "noch vor
        # Weihnachten ... bis Donnerstag", "démarrage mi-mars ... d'ici vendredi")
        if bare and latest is not None and timedelta(0) < latest - item.day < _WEEK:
            item = replace(item, day=item.day + _WEEK)  # noqa: PLW2901 - read anew
        # a weekday after the week it falls in: "sometime next week - Friday at the latest"
        # is that week's Friday, not this one's (probe-dates7)
        if (bare and named_week is not None
                and (ahead := _monday(named_week.day) - _monday(item.day)) >= _WEEK
                and _WEEK_TO_DAY.match(sentence, named_week.end, item.start) is not None):
            item = replace(item, day=item.day + ahead)  # noqa: PLW2901 - read anew
        # the end of a day said after the day: "morgen aan het eind van de dag", "tomorrow
        # by end of day", "mañana antes de terminar el día" are tomorrow (probe-dates7)
        if (result and _END_OF_DAY.search(item.text) is not None and result[-1].day > item.day
                and _SAME_DAY_GAP.match(sentence, result[-1].end, item.start) is not None):
            item = replace(item, day=result[-1].day)  # noqa: PLW2901 - read anew
        result.append(item)
        if bare:
            latest = item.day if latest is None else max(latest, item.day)
        elif (_NAMED_WEEK.search(item.text) is not None
              or _COUNTED_WEEK.match(sentence, item.start, item.end + 1) is not None):
            named_week = item
    return result


def chained(
    sentence: str,
    found: Sequence[Found],
    before: Callable[[], Sequence[Found]],
    own: Sequence[Found] = (),
) -> list[Found]:
    """``found`` in ``sentence`` with each date read after the one said before it.

    ``before`` gives the dates of the sentence before, asked only for "the day after" with
    no date of its own in front of it. ``own`` holds all the sentence's dates, a meeting's
    day too, which ``found`` leaves out as no promise but which "the following week" may
    lean on ("we're finishing interviews next week and will be in touch the following
    week": the week after next, probe round p52b).
    """
    result = _weekdays_rolled(sentence, found)
    said, days = _DAY_AFTER.search(sentence), 1
    if said is None and not result:  # "after that meeting", "that day": the day said
        said, days = _AFTER_THAT.search(sentence) or _THAT_DAY.search(sentence), 0
    # "le lundi 14. Je vous réponds la même semaine": after a day of its own sentence too
    week = said is None and (said := _THAT_WEEK.search(sentence)) is not None
    later = said is None and (said := _WEEK_AFTER.search(sentence)) is not None
    if said is None:
        return result
    anchors = (
        [item for item in result if item.end <= said.start()]
        or [item for item in own if item.end <= said.start()]
        or list(before())
    )
    if anchors:
        anchor = anchors[-1]
        if week:  # "esa misma semana": the Friday of the week the day said falls in
            days = max(0, _FRIDAY - anchor.day.weekday())
        elif later:  # "the week after": the Friday of the week after that one
            days = _FRIDAY - anchor.day.weekday() + _WEEK.days
        day_after = replace(anchor, day=anchor.day + timedelta(days=days), text=said.group(0),
                            start=said.start(), end=said.end(), names_year=False)  # fmt: skip
        # "dans la semaine qui suit": the chained words replace a phrase read inside them
        result = [item for item in result if item.end <= said.start() or item.start >= said.end()]
        result = [*result, day_after]
    return result
