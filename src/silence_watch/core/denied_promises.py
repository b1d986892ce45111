"""A day they say they cannot promise, and the day "still today" gives their answer. Pure.

- "I'm afraid I can't promise a decision by Friday", "wir können Ihnen bis Freitag
  nichts zusagen", "je ne peux pas vous promettre de réponse avant vendredi", "no te puedo
  prometer nada antes del viernes", "ik kan niet beloven dat het vrijdag lukt": the day
  is the one they will not commit to, no promise (probe round p52). A day after a "but"
  is theirs again: "I can't promise anything, but you'll hear from me by Monday".
- "Du bekommst heute noch eine Antwort von mir", "heute noch gebe ich Ihnen Bescheid",
  "vandaag nog hoor je van ons", "aujourd'hui même je vous réponds": a day still today
  right before the word of their answer is that day. Never "hoy mismo se la paso al
  equipo técnico", which is when the work goes to the team (scenario u12th), nor "later
  today" ("I'll speak to the team later today and get back to you").

Text is folded. Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.datephrases import Found

#: A promise they say they cannot make (folded).
_CANNOT: Final = lazy_pattern(
    r"\b(?:can't|cannot|can not|won't be able to|will not be able to|(?:am|are|is) not able to"
    r"|unable to|not in a position to|couldn't|could not)(?: (?:yet|really|quite))?"
    r" (?:promise|guarantee|commit to)\b|\bno promises\b"
    r"|\b(?:kann|konnen|koennen|konnte|konnten)\b[^.;!?]{0,40}?\b(?:nicht|nichts|keine \w+)\b"
    r"[^.;!?]{0,30}?\b(?:versprechen|zusagen|garantieren)\b"
    r"|\bne (?:peux|pouvons|pourrai|pourrons|peut|saurais|saurions)(?: pas| rien)"
    r"(?: vous| te)? (?:promettre|garantir|assurer|engager)"
    r"|\bno (?:te |le |les |os )?(?:puedo|podemos|podre|podremos|puede|podria|podriamos)"
    r"(?: (?:te|le|les|os))? (?:prometer|garantizar|asegurar|comprometer)"
    r"|\b(?:kan|kunnen|kon|konden)\b[^.;!?]{0,40}?\b(?:niet|niets|geen \w+)\b[^.;!?]{0,30}?"
    r"\b(?:beloven|garanderen|toezeggen)\b"
)
#: A turn between the denial and the day: "..., but you'll hear from me by Monday", or a
#: promise of their own after a comma: "I can't promise good news, I'll call you Friday".
_TURN: Final = lazy_pattern(
    r";|\b(?:but|however|though|although|aber|jedoch|doch|trotzdem|mais|cependant|pero"
    r"|sin embargo|aunque|maar|toch|echter)\b"
    r"|,\s*(?:(?:i|we)(?:'ll| will| shall)|(?:ich|wir) (?:melde|melden|rufe)|(?:je|nous)"
    r" (?:vous|te) (?:reviens|reviendrai|reviendrons|repondrai|repondrons|appelle)|(?:te|le|os"
    r"|les) (?:escribo|escribiremos|respondo|responderemos|contesto|diremos|llamo)|(?:ik|we)"
    r" (?:laat|laten|bel|bellen))\b"
)


#: No answer yet (folded): "I can't give you an answer today", "heute noch keine Nachricht",
#: "pas encore de réponse aujourd'hui", "hoy no tengo noticias", "vandaag nog geen antwoord".
_NO_ANSWER: Final = lazy_pattern(
    r"\b(?:can't|cannot|can not|unable to|not able to|won't|don't|do not|no|not|keine|nicht"
    r"|nichts|pas|aucune?|rien|geen|niet|niets)\b[^.;!?]{0,30}?\b(?:answer|news|decision|update"
    r"|feedback|antwort|nachricht|ruckmeldung|bescheid|entscheidung|neuigkeiten|reponse"
    r"|nouvelles?|retour|respuesta|noticias|novedades|antwoord|nieuws|uitsluitsel|besluit"
    r"|reactie|bericht)"
)


def denied(sentence: str, item: Found) -> bool:
    """True when ``item`` stands in the clause of a promise they say they cannot make.

    Or it is today, in the clause of an answer they say they do not have yet: "Leider kann
    ich Ihnen heute noch keine positive Nachricht geben" promises nothing for today (tester
    round u52hd: a follow-up the next morning, a day into a wait they asked for).
    """
    denials = _spans(sentence, today=item.text in _TODAY)
    for low, high in denials:
        start, end = min(low, item.start), max(high, item.end)
        if _TURN.search(sentence, start, end) is None:
            return True
    return False


@functools.lru_cache(maxsize=64)
def _spans(sentence: str, *, today: bool) -> tuple[tuple[int, int], ...]:
    """Where ``denied``'s words stand in ``sentence``: found once, not once per day in it."""
    found = [*_CANNOT.finditer(sentence)]
    if today:
        found.extend(_NO_ANSWER.finditer(sentence))
    return tuple(item.span() for item in found)


#: The day's words that may be "still today", and the word that says so after or before.
_TODAY: Final = frozenset({"heute", "vandaag", "hoy", "aujourd'hui", "today"})
_STILL_AFTER: Final = lazy_pattern(r"\s*(?:noch|nog|mismo|meme|still)\b")
_STILL_BEFORE: Final = lazy_pattern(r"\b(?:noch|nog|still)\s*$")
#: Their answer at the promise word (folded): "eine Antwort", "hoor je van ons", "réponds".
_ANSWER: Final = lazy_pattern(
    r"(?:\w+ ){0,3}?(?:antwort|bescheid|ruckmeldung|nachricht|entscheidung|meld|hoor|hore"
    r"|antwoord|bericht|uitsluitsel|reactie|repon|retour|revien|nouvelles|respuesta|respond"
    r"|contest|noticias|decision|answer|hear|reply|news|get back|let you know|weten|wissen"
    r"|savoir)"
)
_NEAR = 24  # how far the promise word may stand after "heute noch" ("heute noch gebe ich Ihnen")


def still_today(sentence: str, item: Found, cues: Sequence[int]) -> bool:
    """True for "heute noch" right before the word of their answer: that day is promised."""
    if item.text not in _TODAY:
        return False
    still = _STILL_AFTER.match(sentence, item.end)
    end = item.end if still is None else still.end()
    if still is None and _STILL_BEFORE.search(sentence, max(0, item.start - 8), item.start) is None:
        return False
    return any(
        0 <= cue - end <= _NEAR and _ANSWER.match(sentence, cue) is not None for cue in cues
    )
