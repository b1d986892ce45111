"""A round already held, said to have gone well: no round to come. Pure.

"Das Zweitgespräch am 3.12. war sehr positiv" (probe-dates10), "the second interview
went really well", "l'entretien final s'est très bien passé", "la segunda entrevista
salió muy bien", "het tweede gesprek verliep goed": a recruiter recalling the round she
had, on the way to the news. The next-step rows read "Zweitgespräch" as a round set for
her, and the promise after it ("Sie bekommen bis Donnerstag Bescheid") became part of a
next step, its Thursday read as a slot.

So is her work praised, the phrase right after the praise: "the team loved your case
study", "we were impressed by your presentation", "wir waren begeistert von Ihrer
Fallstudie", "l'équipe a adoré votre cas pratique", "al equipo le encantó tu prueba", "we
waren onder de indruk van je case" (probe-dates10): done, not set.

A round is judged when, in its sentence, right after it (its day between, "am 3.12."),
a verb in the past says how it went and a word of judgement follows. "The second
interview was scheduled for Thursday" and "das Zweitgespräch ist am Freitag" have no
such word, and stay her next step.

Matched on folded text (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: How it went, in the past, then a word of judgement (folded), near after the round.
_WENT: Final = lazy_pattern(
    # a day's dots are no sentence end: "am 3.12. war"
    r"(?:[^.!?;\n]|(?<=\d)\.){0,40}?\b(?:war|waren|verlief|lief|ist (?:\w+ ){0,2}?verlaufen"
    r"|went|was|were|has gone|s'est|s'etait|etait|a ete|fue|salio|ha ido|ha salido|fueron"
    r"|verliep|ging|is (?:\w+ ){0,2}?verlopen)\b"
    r"(?: (?:really|very|super|extremely|sehr|wirklich|richtig|ausgesprochen|tres|vraiment"
    r"|muy|realmente|bastante|erg|heel|echt|zeer|bien|passe|passee|ganz|so|quite|rather|mas"
    r"|que))*"
    r" (?:positiv|positive|positivo|positiva|positief|gut|well|great|good|excellent|excellente?"
    r"|bien|genial|bueno|buena|goed|prima|fijn|top|toll|super|stark|constructive?|constructivo"
    r"|constructief|productive|productif|productivo|productief|erfolgreich|successful)\b"
)


#: Praise of her work, right in front of the phrase (folded): up to three small words between.
_PRAISED: Final = lazy_pattern(
    r"\b(?:loved|liked|enjoyed|impressed (?:by|with)|blown away by|begeistert von|beeindruckt"
    r" von|gefiel(?:en)? (?:uns )?|a adore|ont adore|avons adore|a beaucoup plu|apprecie"
    r"|encanto|gusto mucho|impresiono|onder de indruk van|enthousiast over|genoten van)"
    r"(?: [a-z]+){0,3} $"
)


def praised_work(folded: str, start: int) -> bool:
    """True when the task or round at ``start`` is her work, praised just before it."""
    return _PRAISED.search(folded[max(0, start - 60) : start]) is not None


def judged_round(folded: str, end: int) -> bool:
    """True when the round ending at ``end`` is said, in its sentence, to have gone well."""
    return _WENT.match(folded, end) is not None
