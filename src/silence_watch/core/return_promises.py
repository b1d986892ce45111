"""A promise to answer when the writer is back: the day they are away until is its day. Pure.

Her thank-you note is answered "Gracias Jordan, muy amable. Estoy fuera de la oficina
hasta el lunes y te respondo con calma a mi vuelta." ``core.dates`` rightly keeps the day
of someone's leave out of a promise ("Ilse is out until Friday" promises nothing), and
so this promise was lost: a pleasantry, the usual wait, where she had been told Monday
(round probe-warm5). An answer promised for the writer's return ("on my return", "when
I'm back", "nach meiner Rückkehr", "dès mon retour", "a mi vuelta", "zodra ik terug
ben") in the sentence of their absence makes its end the promised day: "I'm off until
Monday and will reply then" was read so already. The verbs of answering the promise cues
lack are taken here, only beside such a return: "ich antworte Ihnen nach meiner
Rückkehr", "ik reageer na mijn terugkomst" ("Antworten Sie bis Freitag" asks her).

Matched on folded text (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: The writer's return, as the time of an answer.
_ON_RETURN: Final = lazy_pattern(
    r"\b(?:(?:on|upon|after) my return|when i(?:'m| am) back|once i(?:'m| am) back"
    r"|when i (?:get|come) back|as soon as i(?:'m| am| get) back"
    r"|nach meiner ruckkehr|(?:wenn|sobald) ich (?:wieder )?(?:zuruck|da|im buro) bin"
    r"|(?:a|des|apres) mon retour|des que je (?:rentre|reviens|suis de retour)"
    r"|(?:quand|lorsque) je (?:rentre|reviens|serai de retour)"
    r"|a mi (?:vuelta|regreso)|(?:cuando|en cuanto|apenas) (?:vuelva|regrese|este de vuelta)"
    r"|al (?:volver|regresar)"
    r"|(?:als|zodra|wanneer) ik (?:weer )?terug ben|(?:na|bij) (?:mijn )?terugkomst)\b",
    grouped=True,
)
#: Their answer, in verbs the promise cues lack, written to her.
_ANSWER: Final = lazy_pattern(
    r"\b(?:(?:ich )?(?:antworte|beantworte|melde mich|schreibe) (?:ihnen|dir|euch)?"
    r"|ik (?:reageer|antwoord|mail|schrijf)|(?:te|le|vous) (?:respondo|reponds|contesto"
    r"|escribo|ecris)|(?:i'll|i will) (?:reply|answer|respond|write))\b"
)


def on_return(sentence: str) -> bool:
    """Whether a folded ``sentence`` ties an answer to the writer's return."""
    return _ON_RETURN.search(sentence) is not None


def return_cues(sentence: str) -> list[int]:
    """Where answers the promise cues lack start in a folded sentence tied to a return."""
    if not on_return(sentence):
        return []
    return [found.start() for found in _ANSWER.finditer(sentence)]
