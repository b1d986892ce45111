"""A day hoped for: "No news yet I'm afraid, hopefully by Friday." Pure.

A reply to her nudge often names the day of the news only as a hope, with no verb of
answering: "no news yet, hopefully by Friday", "noch nichts Neues, hoffentlich bis
Donnerstag", "pas encore de retour, j'espère d'ici jeudi", "nada todavía, ojalá el
jueves", "nog niks, hopelijk vrijdag". The sentence holds no promise word ("no news" is
none), so the day was lost: the usual wait, where she had been told Friday (probe-dates9).
A hope right before a day, or before a word that bounds one ("by", "bis", "d'ici", "antes
del", "uiterlijk"), is such a cue; never in a sentence that asks her something ("please
send it, hopefully by Friday": her deadline), never a hope for what she does ("hopefully
you can make it on Friday", "I hope to see you on Monday").

Matched on folded text (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.datewords import WEEKDAYS
from silence_watch.core.lazy_patterns import lazy_pattern

_DAYS: Final = "|".join(sorted((day for day in WEEKDAYS if len(day) > 3), key=len, reverse=True))

#: A hope, then a day or a word that bounds one, with at most a little word between.
_HOPED: Final = lazy_pattern(
    r"\b(?:hopefully|fingers crossed|all being well|with (?:any|a bit of) luck"
    r"|hoffentlich|mit etwas gluck|j'espere|on espere|nous esperons|avec un peu de chance"
    r"|ojala|con suerte|con un poco de suerte|hopelijk|met een beetje geluk)"
    r",? (?:(?:already|schon|noch|deja|ya|al) )?"
    rf"(?=(?:by|before|on|early|mid|end|this|next|tomorrow|{_DAYS}"
    r"|bis|vor|am|anfang|mitte|ende|diese|nachste|morgen"
    r"|d'ici|avant|pour|demain|debut|fin|cette|la semaine"
    r"|antes|para|el|la|este|esta|manana|a (?:principios|mediados|finales)"
    r"|uiterlijk|voor|op|morgen|begin|eind|deze|volgende)\b)"
)
#: A sentence that asks her, or a hope that is about her: the day is hers or a meeting's.
_HERS: Final = lazy_pattern(
    r"\b(?:please|could you|can you|would you|bitte|konnten sie|kannst du|merci de|pourriez"
    r"|pouvez|peux-tu|por favor|podrias|podria|puedes|puede usted|kun je|kunt u|zou je"
    r"|zoudt u|graag)\b"
    r"|\b(?:hopefully|hoffentlich|ojala|hopelijk) (?:you|u|sie|du|tu|usted|je|jij)\b"
)


def hoped_cues(sentence: str) -> list[int]:
    """Where a hope for a day starts in a folded sentence that asks her nothing."""
    if _HERS.search(sentence) is not None:
        return []
    return [found.start() for found in _HOPED.finditer(sentence)]
