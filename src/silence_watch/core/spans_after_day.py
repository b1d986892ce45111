"""A span counted from a day said before it, not from the mail. Pure.

"Final interviews run until Friday 4 December and we will confirm the outcome within five
working days thereafter": five working days from 4 December (11 December), not from the
day the mail was written (probe round p52). So "two weeks after that", "innerhalb von
fünf Werktagen danach", "dans les cinq jours ouvrés suivants", "en los cinco días hábiles
siguientes", "binnen vijf werkdagen daarna": the word after the span points back at the
day said before it in the sentence, and so do words naming the meeting of that day
("within two working days of that meeting"). A span with no such word ("within five
working days") still counts from the mail, and so does one after no day ("we'll decide
within a week thereafter" with nothing before it).

Text is folded. Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from silence_watch.core.datephrases import dates_in
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.calendardays import Context
    from silence_watch.core.datephrases import Found

#: A span's own words: "within five working days", "in two weeks", "sous huit jours".
_SPAN: Final = lazy_pattern(
    r"\b(?:days?|weeks?|wks?|business|working|tage[n]?|wochen?|werktage[n]?|arbeitstage[n]?"
    r"|jours?|semaines?|ouvres|ouvrables|dias|semanas|habiles|laborables|dagen|weken"
    r"|werkdagen|quinzaine|fortnight)\b"
)
#: The word after a span that points back at the day said before it (folded).
_BACK_TO_DAY: Final = lazy_pattern(
    r"\s*,?\s*(?:thereafter|afterwards?|after that|after this|from then|from that date"
    r"|danach|darauf|ab diesem tag|ab dann|ensuite|apres cela|apres cette date"
    r"|a compter de cette date|despues de eso|a partir de entonces"
    # "les cinq jours ouvrés suivants", never "suivant la réception de votre dossier"
    r"|(?:suivants?|siguientes|posteriores)(?!\s+(?:la|le|les|l'|votre|vos|a|al|la|tu|su)\b)"
    r"|daarna|nadien|erna|daarop|na die datum"
    # the meeting of that day, named back: "Our hiring committee meets on Wednesday the 9th;
    # we will let you know the outcome within two working days of that meeting" (probe-dates4)
    r"|(?:of|after|following) (?:that|this|the) (?:meeting|session|committee|panel|board)"
    r"|nach (?:dieser|der) sitzung|(?:suivant|apres) (?:cette|la) (?:reunion|seance)"
    r"|(?:despues de|tras) (?:esa|esta|la) (?:reunion|sesion)|na (?:die|deze|de) vergadering)\b"
)


def from_day_before(sentence: str, found: Sequence[Found], context: Context) -> list[Found]:
    """``found`` with a span followed by "thereafter" counted from the day said before it."""
    result: list[Found] = []
    for item in found:
        back = _BACK_TO_DAY.match(sentence, item.end)
        earlier = [other for other in result if other.end <= item.start]
        if back is None or not earlier or _SPAN.search(item.text) is None:
            result.append(item)
            continue
        anchor = earlier[-1]
        again = dates_in(item.text, replace(context, sent=anchor.day))
        day = again[0].day if again else item.day
        result.append(replace(item, day=day, end=back.end(), names_year=False))
    return result
