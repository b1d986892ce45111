"""The writer's own word that the message is no "no": the reader's no gives way. Pure.

"Das ist ausdrücklich keine Entscheidung gegen Sie", "dat betekent niet dat we je hebben
afgeschreven", "ce n'est pas un refus", "this isn't a no": a pause, a delay or a next step
that says in so many words that it rejects nobody. The learned reader hears the pause's
"leider", "nicht besetzen", "no decision" and reads a no (0.84 to 0.99 on the development
part), and the blend holds that no at 0.59 and asks: a question where the writer already
answered it, and a wrong "perhaps a rejection" in the figures.

So a rejection only the reader heard, where the phrase rules read something else (a pause,
a promise, a next step), in words that say it is no rejection, is the rules' reading, sure
just enough. The rules' own no stands ("we went with someone else. This doesn't mean we've
ruled you out for future roles" is the courtesy of a no), and so does a reader's no the
rules said nothing about (asked, as before): only two readings that agree the door is
open make it sure.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.hypotheticals import NEGATED_OTHER, ONE_OTHER
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.intent_phrases import NOT_A_REJECTION
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

#: Readings of the rules that leave the door open, and may take the reader's no's place.
_OPEN_DOOR: Final = frozenset({"on_hold", "acknowledgement", "next_step", "request"})

#: "Not a decision against you", "we haven't written you off", "you're still in" (folded),
#: in five languages; ``NOT_A_REJECTION`` has "keine Absage", "not a rejection" ...
_NOT_AGAINST_HER: Final = lazy_pattern(
    # en
    r"\b(?:not|isn't|is not) (?:a |any )?(?:no|decision against you)\b(?! longer)"
    r"|\b(?:doesn't|does not|don't) mean (?:that )?(?:we(?:'ve| have)? )?(?:ruled you out"
    r"|written you off|rejected you|said no)"
    r"|\byou(?:'re| are) (?:still|very much) (?:in|in the running|in the process)\b"
    # de
    r"|\bkeine (?:entscheidung|absage) gegen (?:sie|dich)\b"
    r"|\b(?:sie|du) (?:sind|bist) (?:weiterhin|nach wie vor|immer noch|noch) (?:im rennen"
    r"|im verfahren|im prozess|dabei)\b"
    r"|\bnicht (?:abgeschrieben|aus dem rennen)\b"
    # fr
    r"|\b(?:ce n'est|il ne s'agit) pas (?:d')?(?:un|une) (?:non|refus|decision contre (?:vous"
    r"|toi))\b"
    r"|\bne (?:signifie|veut dire) pas (?:que )?(?:nous|on) (?:vous|t')(?:avons|avez|a) (?:ecarte"
    r"|oublie|elimine)"
    r"|\b(?:vous etes|tu es) (?:toujours|encore) (?:dans la course|en lice|dans le processus)\b"
    # es
    r"|\bno (?:es|significa) (?:un no|una decision en (?:tu|su) contra|que (?:te|le) (?:hayamos"
    r" )?descartad)"
    r"|\b(?:sigues|sigue) (?:en el proceso|en carrera|en la carrera|dentro del proceso)\b"
    # nl
    r"|\b(?:betekent|wil zeggen) niet dat (?:we|wij) (?:je|jou|u) (?:hebben )?(?:afgeschreven"
    r"|afgewezen|vergeten)"
    r"|\bgeen (?:afwijzing|beslissing tegen (?:je|jou|u))\b"
    r"|\b(?:je|u) (?:bent|zit) (?:nog steeds|nog altijd|nog) (?:in de race|in de procedure"
    r"|in beeld|in het proces)\b"
)


#: The no said of the one other candidate, whose place she takes: "L'autre candidat n'a pas
#: été retenu : nous aimerions donc vous revoir jeudi", "El otro candidato no fue
#: seleccionado, así que queremos verte el jueves": the reader heard a sure no (0.95, 0.99:
#: "other candidate", "decided", a negation) where the rules read her next round (stop 44).
_OTHER_NOT_CHOSEN: Final = lazy_pattern(
    rf"\b(?:{ONE_OTHER})\b(?: \S+){{0,3}}? (?:(?:was|has) not been selected|was not selected"
    r"|wasn't selected|(?:has )?withdrawn|withdrew|dropped out|(?:wurde|ist) nicht ausgewahlt"
    r"|hat abgesagt|hat sich zuruckgezogen|n'a (?:\S+ )?pas ete (?:retenue?|selectionnee?)"
    r"|s'est desistee?"
    r"|no (?:fue|ha sido) (?:seleccionad[oa]|elegid[oa])|se (?:retiro|ha retirado)"
    r"|is niet (?:geselecteerd|gekozen|door)|heeft (?:zich teruggetrokken|afgehaakt))\b"
    # their side turning the other one down, said actively (tester round u55sw: "Hemos
    # descartado al otro finalista y queremos seguir adelante contigo", "we hebben de andere
    # finalist afgewezen en willen graag met jou verder", read as a no held at 0.59)
    r"|\b(?:turned down|rejected|declined|released|let go of) the (?:other|internal)"
    r" (?:candidate|applicant|finalist)\b"
    r"|\b(?:dem|der) (?:anderen|internen) (?:kandidat\w*|bewerber\w*|finalist\w*)"
    r" (?:abgesagt|eine absage (?:erteilt|gegeben))"
    r"|\b(?:ecarte|refuse|decline)e? l'autre (?:candidat|candidate|finaliste)\b"
    r"|\b(?:descartado|rechazado|desestimado|descartamos|rechazamos) (?:al otro|a la otra)"
    r" (?:candidat[oa]|finalista|postulante)\b"
    r"|\bde (?:andere|interne) (?:kandidaat|kandidate|finalist|sollicitant)"
    r" (?:\S+ )?(?:afgewezen|laten gaan|afgezegd)\b"
    # their not choosing the other one ("wir haben uns nicht für die andere Kandidatin
    # entschieden ... Passt Ihnen Freitag?": the reader's no at 0.84, probe-noes10)
    rf"|{NEGATED_OTHER}"
)


def says_not_a_no(text: str) -> bool:
    """Whether the writer says in plain words that the message rejects nobody."""
    folded = fold(text)
    return NOT_A_REJECTION.search(folded) is not None or _NOT_AGAINST_HER.search(folded) is not None


def _of_the_other(text: str, rules: str | None) -> bool:
    """Whether the no is the other candidate's, and the rules read her next move."""
    return rules in ("next_step", "request") and _OTHER_NOT_CHOSEN.search(fold(text)) is not None


def not_a_no(
    text: str, intent: Intent | None, confidence: float, rules: str | None, reasons: list[str]
) -> tuple[Intent | None, float]:
    """A no only the reader heard, where the writer says it is none: the rules' reading."""
    if intent is not Intent.REJECTION or rules not in _OPEN_DOOR or not text:
        return intent, confidence
    if _of_the_other(text, rules):
        reasons.append(f"intent {rules}, not rejection: the no is the other candidate's")
        return Intent(rules), max(confidence, UNSURE_BELOW)
    if not says_not_a_no(text):
        return intent, confidence
    reasons.append(f"intent {rules}, not rejection: the writer says it is no no")
    return Intent(rules), max(confidence, UNSURE_BELOW)
