"""The end of an out-of-office, as written, in the languages auto-replies come in.

"Until X" names the last day away, "back on Y" the first day back (en, de, fr, es, nl,
and it, pt, sv). The dates in it are read as ``core.dates`` reads them (the sender's
language, the message's own date); ``Absence`` keeps which way the end was phrased.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from silence_watch.core.datephrases import Found, dates_in
from silence_watch.core.dates import kept, reading_context, sentences
from silence_watch.core.datewords import MONTHS, WEEKDAYS
from silence_watch.core.deadline_words import opening_hours
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.month_first_ranges import month_first_end

if TYPE_CHECKING:
    import re


class Phrasing(StrEnum):
    """How an out-of-office names its end."""

    UNTIL = "until"  # the stated date is the last day away
    BACK_ON = "back_on"  # the stated date is the first day back


@dataclass(frozen=True, slots=True)
class Absence:
    """The end of an out-of-office as written: the stated date and how it was phrased."""

    stated: date
    phrasing: Phrasing
    phrase: str

    @property
    def last_day_away(self) -> date:
        """The last day the person is away."""
        if self.phrasing is Phrasing.UNTIL:
            return self.stated
        return self.stated - timedelta(days=1)

    @property
    def first_day_back(self) -> date:
        """The first day the person is back."""
        if self.phrasing is Phrasing.BACK_ON:
            return self.stated
        return self.stated + timedelta(days=1)


# --- Out of office ----------------------------------------------------------------------

#: Month names (folded), longest first.
_MONTHS: Final = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
_WEEKDAYS: Final = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
#: Words that introduce the end of an absence (folded), with how they name it.
ABSENCE_CUES: Final[tuple[tuple[re.Pattern[str], Phrasing], ...]] = tuple(
    (lazy_pattern(pattern), phrasing)
    for pattern, phrasing in (
        ((r"\b(?:back|return(?:ing)?|returns|regreso|in the office|at (?:my|the) desk|ruckkehr"
          r"|available again|reachable again|again on"
          # "the office reopens on Monday, January 4", "reanudamos la actividad el 4 de
          # enero", "rouvre le 4 janvier", "wieder geöffnet ab", "weer open op" (p52b)
          r"|reopen(?:s|ing)?(?: on)?|reanud\w+(?: la actividad| el trabajo)?(?: el)?"
          r"|rouvr\w+(?: ses portes)?(?: le)?|weer open(?: op| vanaf)?)\b"), Phrasing.BACK_ON),
        (r"\b(?:from|du|vom|del|van)\b.{3,40}?\s(?:to|-|au|bis|al|tot)\s", Phrasing.UNTIL),
        # "from 9 to 13 November", "du 9 au 13 novembre", "from 9-13 November": the end a
        # date with its month ("from 9 to 5 today" is a working day's hours)
        ((rf"\b(?:from|du|vom|del|van) \d{{1,2}}(?:st|nd|rd|th|\.)?\s?(?:to|au|bis|al|tot|t/m"
          rf"|-|\u2013)\s?(?=\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:{_MONTHS})\b)"),
         Phrasing.UNTIL),
        # "I'm on leave 23-27 November", "out Monday 2 November to Wednesday 4 November",
        # "on vacation Dec 21 - Jan 1": a range of days with no "from", its end a day with
        # its month (probe round p52)
        ((rf"(?:\b\d{{1,2}}(?:st|nd|rd|th|\.)?|\b(?:{_MONTHS})\.?)\s?(?:to|au|bis|al|tot|t/m"
          rf"|-|\u2013)\s?(?=(?:(?:{_WEEKDAYS})\.?,? )?(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+"
          rf"(?:de\s+)?(?:{_MONTHS})\b|(?:{_MONTHS})\.? \d{{1,2}}\b))"), Phrasing.UNTIL),
        (r"\b(?:until|till|til|through|thru|to and including|up to and including)\b",
         Phrasing.UNTIL),
        ((r"\b(?:wieder (?:im buro|erreichbar|da|zuruck|verfugbar)?\s*(?:am|ab)?|zuruck am|ab dem"
         r"|ab)\b"), Phrasing.BACK_ON),
        (r"\b(?:bis (?:einschliesslich|zum|am)?|bis)\b", Phrasing.UNTIL),
        ((r"(?:de retour (?:le|au bureau le)?|retour (?:le|prevu le)|a partir du"
         r"|je serai de retour)"), Phrasing.BACK_ON),
        (r"(?:jusqu'au|jusqu'a|jusqu'a)", Phrasing.UNTIL),
        # "je reprendrai mes mails mercredi", "me reincorporo el lunes 14" (probe round p51)
        ((r"\bje (?:reprendrai|reprends)(?: (?:mes|le|mon|ma) (?:mails|e-mails|courriels"
          r"|messages|travail|poste|activite))?\b"), Phrasing.BACK_ON),
        ((r"\b(?:de vuelta el|regreso el|regresare el|volvere el|vuelvo el|vuelvo|a partir del"
          r"|estare de vuelta|me reincorporo|me reincorporare|reincorporacion)"),
         Phrasing.BACK_ON),
        (r"\b(?:hasta el|hasta)\b", Phrasing.UNTIL),
        (r"\b(?:terug op|weer aanwezig op|weer op kantoor op|vanaf)\b", Phrasing.BACK_ON),
        (r"\b(?:tot en met|t/m|tot)\b", Phrasing.UNTIL),
        (r"\b(?:rientro il|rientrero il|di ritorno il|tornero il|a partire da)", Phrasing.BACK_ON),
        (r"\b(?:fino al|fino a|fino all'|fino a tutto)", Phrasing.UNTIL),
        (r"\b(?:de volta em|de volta a|retorno em|retorno no dia|regresso a|a partir de)",
         Phrasing.BACK_ON),
        (r"\b(?:ate o dia|ate)\b", Phrasing.UNTIL),
        (r"\b(?:tillbaka(?: den)?|ater(?: den)?|fran och med|fr\.o\.m\.)", Phrasing.BACK_ON),
        (r"\b(?:till och med|t\.o\.m\.|fram till|till)\b", Phrasing.UNTIL),
    )
)
_CUE_REACH = 45  # how far after the cue the date may start ("back in the office on Monday,")
#: "From" cues: the first day back in "ab dem 4. Januar wieder erreichbar", but the first
#: day away in "ab dem 23. Dezember geschlossen" (tester round t60hl), folded.
_FROM: Final = lazy_pattern(
    r"ab|ab dem|vanaf|a partir du|a partir del|a partir de|a partire da|fran och med"
)
_CLOSED: Final = lazy_pattern(
    r"\b(?:geschlossen|urlaub|abwesend|betriebs(?:ferien|urlaub)|nicht (?:im buro|erreichbar)"
    r"|gesloten|afwezig|met verlof|fermee?s?|fermeture|absente?|en conge|cerrad[oa]s?|ausente"
    r"|de vacaciones|closed|chius[oa]|stangt)\b"
)
_AGAIN: Final = lazy_pattern(
    r"\b(?:wieder|zuruck|again|weer|terug|de retour|de nuevo|nuevamente|di nuovo|tillbaka)\b"
)


def _first_day_away(sentence: str, cue: re.Match[str]) -> bool:
    """True when a "from" cue starts a closure rather than ends it."""
    return (
        _FROM.fullmatch(cue.group(0).strip()) is not None
        and _CLOSED.search(sentence) is not None
        and _AGAIN.search(sentence) is None
    )


def absence(text: str, sent_at: datetime, language: str | None = None) -> Absence | None:
    """The end of an out-of-office stated in ``text``, as written, or None.

    A date already past when the message was sent is kept as written ("until Friday,
    October 30" arriving in November): the caller decides to ignore it.
    """
    context = reading_context(text, sent_at, frozenset(), language)
    for sentence in sentences(text):
        dates = [item for item in dates_in(sentence, context)
                 if kept(item, context) and not opening_hours(sentence, item)]
        best: tuple[int, Absence] | None = None
        for cue, phrasing in ABSENCE_CUES:
            for match in cue.finditer(sentence):
                after = [
                    item for item in dates
                    if match.start() < item.start <= match.end() + _CUE_REACH
                    and item.end > match.end()
                ]
                if not after or _first_day_away(sentence, match):
                    continue
                item = after[0]
                candidate = Absence(item.day, phrasing, f"{match.group(0)} {item.text}".strip())
                if best is None or match.start() > best[0]:
                    best = (match.start(), candidate)
        if best is None:
            best = _back_after(sentence, dates) or _month_first(sentence, dates)
        if best is not None:
            return best[1]
    return None


#: Back, said after its day: "morgen lees ik je mail", "Monday I'm back", "Montag bin ich
#: wieder da", "erst am 4. Januar wieder im Büro", "lundi je serai de retour", "el lunes
#: vuelvo" (folded; probe round p51).
_BACK_AFTER: Final = lazy_pattern(
    r"\s*,?\s*(?:(?:i'm|i am|i'll be|i will be) back|(?:bin|ist) (?:ich|sie|er) wieder"
    r"|wieder (?:im buro|im haus|erreichbar|da|zuruck|verfugbar)\b"
    r"|je (?:serai|suis) de retour|je reprendrai|(?:vuelvo|regreso|me reincorporo|estoy de"
    r" vuelta)\b|(?:ben|is) (?:ik|hij|zij) (?:weer|terug)"
    r"|(?:lees|beantwoord) ik (?!geen|niet|nooit))"
)


def _back_after(sentence: str, dates: list[Found]) -> tuple[int, Absence] | None:
    """The first day back named before the words that say so ("morgen lees ik je mail")."""
    for item in dates:
        back = _BACK_AFTER.match(sentence, item.end)
        if back is not None:
            return item.start, Absence(item.day, Phrasing.BACK_ON, f"{item.text}{back.group(0)}")
    return None


def _month_first(sentence: str, dates: list[Found]) -> tuple[int, Absence] | None:
    """The last day of a range written month first, "out of the office Nov 23-25"."""
    for item in dates:
        end = month_first_end(sentence, item)
        if end is not None:
            return item.start, Absence(end.day, Phrasing.UNTIL, end.text)
    return None


def return_date(text: str, sent_at: datetime) -> date | None:
    """The date an out-of-office names as its end, as written (see ``absence``)."""
    found = absence(text, sent_at)
    return found.stated if found is not None else None
