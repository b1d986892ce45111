"""A no said of a thing, not of her: the agency let go, a test dropped. Pure.

"We've decided not to proceed with the external agency; from now on I'm your contact. Your
next interview is Tuesday" was a sure rejection (0.94), and "lamentablemente no seguimos
con la prueba técnica; en su lugar haremos una entrevista con el equipo" another (0.82):
the words of a no ("not to proceed with", "no seguimos con") were said of an agency or a
test, and her next round followed. A no whose object is a third party (an agency, a
recruiter, a vendor) or a stage they dropped (a test, a take-home, an assessment, a case
study) is no no of hers: "ne travaillons plus avec le cabinet", "renoncer au test",
"het assessment te schrappen", "nicht mehr mit der Agentur". Her own things stay hers:
"not to proceed with your application", "the agency's candidates".

The words are folded (``core.language.fold``): lower case, no accents.
Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: A third party: the no said of it is never hers.
_PARTIES: Final = (
    r"(?:agency|agencies|recruiter|recruitment firm|headhunter|vendor|supplier|platform"
    r"|agentur|personalagentur|personalvermittlung|dienstleister|cabinet|agence|prestataire"
    r"|agencia|consultora|plataforma|bureau|recruitmentbureau|wervingsbureau)"
)
#: A stage they dropped: hers only when nothing comes instead.
_STAGES: Final = (
    r"(?:take-home(?: test| task)?|test|tests|assessment|exercise|case study|personality test"
    r"|fallstudie|probearbeit|exercice|etude de cas|prueba(?: tecnica)?|caso practico"
    r"|ejercicio|opdracht|case|testopdracht)"
)


def _no_to(things: str) -> str:
    """The no said of ``things`` (folded), five languages."""
    thing = rf"{things}(?!'s)\b"
    return (
        rf"\b(?:not (?:to )?(?:proceed|go ahead|continue|move forward|work)|decided against"
        rf"|dropped|dropping|scrapped|scrapping|cancelled|(?:won't|will not|no longer)"
        rf" (?:be )?(?:using|proceeding|continuing|working)) (?:with )?(?:the|our|this|that"
        rf"|any) (?:external |outside |recruitment |staffing |written |online |technical )?{thing}"
        rf"|\b(?:nicht (?:mehr |weiter )?mit|gegen) (?:der|dem|die|das|den|einer?|einen)"
        rf" (?:\w+ )?{thing}"
        rf"|\b(?:ne (?:poursuivons|continuons|travaillons|poursuivrons|continuerons)"
        rf" (?:plus|pas) (?:avec )?|renon(?:cer|cons|ce) (?:a |au |a la |a l'))(?:le |la |l'"
        rf"|ce |cette )?{thing}"
        rf"|\bno (?:seguimos|continuamos|seguiremos|continuaremos|avanzamos|vamos a (?:seguir"
        rf"|continuar)) con (?:la|el|esta|este|dicha|dicho) {thing}"
        rf"|\b(?:niet (?:meer |verder )?met|stoppen met) (?:het|de|dit|deze) {thing}"
        rf"|\b(?:het|de|dit|deze) {thing} (?:te )?(?:schrappen|geschrapt|laten vallen)\b"
    )


_NO_TO_A_PARTY: Final = lazy_pattern(_no_to(_PARTIES))
_NO_TO_A_STAGE: Final = lazy_pattern(_no_to(_STAGES))
#: What comes instead of the dropped stage.
_INSTEAD: Final = lazy_pattern(
    r"\b(?:instead|rather|directly|stattdessen|direkt|a la place|au lieu|directement"
    r"|en su lugar|en lugar de|directamente|in plaats daarvan|direct)\b"
)


def of_a_thing(folded: str, start: int, end: int) -> bool:
    """True when the no at ``folded[start:end]`` is said of an agency or a dropped stage."""
    if any(found.start() < end and start < found.end()
           for found in _NO_TO_A_PARTY.finditer(folded)):  # fmt: skip
        return True
    return any(
        found.start() < end and start < found.end() and _INSTEAD.search(folded, found.end())
        for found in _NO_TO_A_STAGE.finditer(folded)
    )
