"""Another opening named after a no for this one: the words, in en, de, fr, es and nl.

A recruiter who says the role went to someone else and then "I have another search open
for a Controller", "we hebben net een gelijkaardige vacature geopend", "tengo otra
búsqueda abierta", "un poste de chargée de projets va s'ouvrir", "bauen wir eine neue
Abteilung auf" is starting a next step about that opening when a call or a question
follows (``core.intents`` asks for that next step or request too: a concrete opening
alone, with nothing asked of her, stays the no it is). Only a *present, concrete* opening
counts: "we will keep you in mind for future roles", "feel free to apply for other
openings on our site" and "another vacancy may open one day" are the courtesy of a no, and
are not matched here.

Data only, read by ``core.intent_phrases.ANOTHER_JOB``. Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re

#: Nouns of an opening (folded: lower case, no accents).
_OPENING_EN: Final = r"(?:search|role|position|opening|vacancy|req|requisition|job|mandate)"
_OPENING_DE: Final = r"(?:stelle|position|vakanz|suche|abteilung|rolle|aufgabe|projektstelle)"
_OPENING_FR: Final = r"(?:poste|recherche|mission|mandat|offre|ouverture|fonction)"
_OPENING_ES: Final = r"(?:busqueda|posicion|vacante|puesto|plaza|oportunidad|proceso)"
_OPENING_NL: Final = r"(?:vacature|functie|rol|opdracht|positie|zoektocht)"

#: The alternatives, joined by ``|`` into one pattern for ``ANOTHER_JOB``.
_FORMS: Final = (
    # en: "I have another search open", "a similar role has just opened up",
    # "we've got a new opening on the platform team", "there's another req I'd like"
    (
        r"\b(?:have|has|got|there'?s|there is) (?:also |just |now )?(?:another|a (?:similar"
        rf"|new|second|different)) {_OPENING_EN} (?:open|opening|that|which|i'd|i would|we'd"
        r"|on|in|for|at)\b"
    ),
    (
        rf"\b(?:another|a (?:similar|new|second|different)) {_OPENING_EN} (?:has |have )?(?:just"
        r" )?(?:opened|come up|came up|opening up)\b"
    ),
    # de: "bauen wir eine neue Abteilung auf", "eine ähnliche Stelle ist frei geworden",
    # "habe ich eine andere Suche offen"
    (
        r"\b(?:eine?|einen) (?:neue|neuen|weitere|weiteren|andere|anderen|ahnliche|ahnlichen"
        rf"|vergleichbare|vergleichbaren) {_OPENING_DE}\b[^.!?]{{0,60}}\b(?:auf(?:bauen)?|offen"
        r"|frei geworden|ausgeschrieben|zu besetzen|aufgetan)\b"
    ),
    (
        r"\bbauen wir (?:\w+ ){0,3}(?:eine|ein) (?:neue|neues) (?:abteilung|team)\b"
    ),
    # fr: "un poste de chargée de projets va s'ouvrir", "j'ai une autre mission pour vous",
    # "un poste similaire vient de s'ouvrir"
    (
        rf"\b(?:un autre|une autre|un nouveau|une nouvelle) {_OPENING_FR} (?:[^.!?]{{0,40}}\b)?"
        r"(?:va s'ouvrir|vient de s'ouvrir|s'ouvre|ouvert|ouverte|pour (?:vous|toi))\b"
    ),
    (
        rf"\bun {_OPENING_FR} (?:de [^.!?]{{1,50}} )?(?:similaire |proche )?(?:va s'ouvrir"
        r"|vient de s'ouvrir|s'ouvre)\b"
    ),
    # es: "tengo otra búsqueda abierta", "una posición de Data Engineer que abrimos este
    # mes", "se abrió una vacante similar"
    (
        rf"\b(?:tengo|tenemos|hay) (?:otra|otro|una nueva|un nuevo) {_OPENING_ES} (?:abiert[oa]"
        r"|para|en|de|que)\b"
    ),
    (
        rf"\b(?:una|un|otra|otro) {_OPENING_ES} (?:de [^.!?]{{1,50}} )?que (?:abrimos|abrieron"
        r"|vamos a abrir|acabamos de abrir|se abre|se abrio)\b"
    ),
    (
        rf"\bse (?:abrio|ha abierto|acaba de abrir) (?:otra|otro|una|un) {_OPENING_ES}\b"
    ),
    # nl: "net een gelijkaardige vacature geopend", "een andere functie die beter past",
    # "er is een vergelijkbare functie vrijgekomen" (never "als er een vacature vrijkomt")
    (
        rf"\b(?:een )?(?:gelijkaardige|vergelijkbare|soortgelijke|andere|nieuwe) {_OPENING_NL}"
        r" (?:[^.!?]{0,40}\b)?(?:geopend|opengekomen|vrijgekomen|opengesteld)\b"
    ),
)
OTHER_OPENING: Final = "|".join(_FORMS)

#: How ``core.intents`` ends the reason of such a next step: a no for this role, then a
#: step about another. The learned reader hears the no and reads a rejection; the blend
#: (``core.intent_blend``) keeps the rules' step, as the no is only this role's.
ANOTHER_ROLE_MARKS: Final = (
    "(the role is filled, another is offered)",
    "(no for one role, then another)",
)

#: An invitation to apply for it: the courtesy of a no, however concrete the opening
#: ("je vous invite à postuler à l'offre ... publiée cette semaine", "solliciteer dan
#: vooral opnieuw"): she is not taken on to it, she may apply.
_APPLY: Final = lazy_pattern(
    r"\b(?:apply|applying|re-?apply|postuler|candidater|(?:sich |sie |dich )?(?:zu )?bewerben"
    r"|postular\w*|solliciteer\w*|solliciteren|inschrijven)\b"
)


def step_about_another(folded: str, another: re.Pattern[str]) -> bool:
    """Whether ``folded`` text names an ``another`` opening and does not ask her to apply."""
    return another.search(folded) is not None and _APPLY.search(folded) is None
