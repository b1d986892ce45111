"""A round she came to, thanked for: no round to come. Pure: no IO, no clock.

"Merci encore pour votre venue jeudi dernier pour le second entretien" and "Gracias de
nuevo por venir el jueves a la segunda entrevista" thank her for a round already held; the
next-step rows read "second entretien" and "segunda entrevista" as a round set for her,
and the thanks became her next move (probe-steps5). "Thanks for getting the case study
back" was known (``core.step_lookalikes``), but only up to four words from the thanks;
a visit names its day first ("jeudi dernier pour le").

The thanks for coming ("for coming in", "für Ihren Besuch", "pour votre venue", "por
venir", "voor je komst") then up to seven words, with no "and" or "we" among them, right
in front of the round: "Thanks for coming in, and we'd love you to meet the CTO next" and
"merci pour votre venue et nous vous invitons à un second entretien" stay invitations.

Matched on folded text (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: The thanks for coming, then words up to the round (folded).
_CAME_FOR: Final = lazy_pattern(
    r"\b(?:thanks|thank you|thx|danke|dank|merci|gracias|bedankt)\b[^.!?;\n]{0,20}?"
    r"\b(?:for coming|for (?:your|the) visit|fur (?:ihren|deinen|den|ihr) (?:besuch|kommen)"
    r"|furs kommen|dass (?:sie|du) (?:da )?(?:waren|warst|gekommen)|pour (?:votre|ta)"
    r" (?:venue|visite|passage)|d'etre (?:venue?s?|passee?s?)|por (?:venir|venirte|venirse"
    r"|tu visita|su visita|acercarte|pasarte)|voor (?:je|jouw|uw) (?:komst|bezoek)"
    r"|dat (?:je|u) (?:langs ?)?(?:kwam|bent gekomen))\b"
    r"(?: (?!(?:and|but|et|mais|und|aber|y|pero|en|maar|we|wir|nous|nos|wij|i|ich)\b)"
    # the round right after, or after an elided article: "pour l'entretien final"
    r"[^\s,;]+){0,7}(?: |(?<='))$"
)


def came_for(folded: str, begin: int, start: int) -> bool:
    """True when the round at ``start`` is one she came to, thanked for in its sentence.

    ``begin``: where the sentence starts in ``folded``.
    """
    return _CAME_FOR.search(folded[max(begin, start - 140) : start]) is not None
