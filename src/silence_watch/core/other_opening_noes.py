"""A no said of another opening than hers: "that was for the Junior Analyst opening". Pure.

A recruiter who tells her the news of the house writes "we just made an offer to another
candidate, but that was for the Junior Analyst opening (different team), so don't worry
about that one. For the Senior Analyst role, Dev is still finishing the last two final
rounds" (tester round u55sw): the offer that went to someone else is another opening's,
and the message is a promise for hers. Read as her no, the promise was held in doubt, and
a feedback request was one click away. The same in every language: "c'était pour un autre
poste", "das war für eine andere Stelle", "era para otra vacante", "dat was voor een
andere functie".

A rejection phrase is another opening's when, after it in its sentence or in the sentence
that follows, the writer points back at it and places it elsewhere: "that was for", "das
war für", "c'était pour", "era para", "dat was voor", then an opening said to be another
than hers ("a different role", "another team", "eine andere Stelle", "un autre poste",
"otra vacante", "een andere functie") or a word that it is not her concern ("don't worry
about that one", "nothing to do with your application"). Or the no's sentence names an
opening and speaks not to her, and hers is then set against it as still going: "we just
made an offer to another candidate for the junior role ... For your position, we are still
interviewing", "para el puesto de almacén ... Para tu puesto todavía", "pour le poste de
magasinier ... Pour votre poste, les entretiens sont encore en cours", "voor de functie van
planner ... Voor jouw functie loopt de procedure nog". Near misses keep the no: someone
hired from another team ("we gave the role to someone on another team": no pointer back), the
courtesy of a no that keeps her in mind for another role ("we'll keep you in mind for
another role", "n'hésitez pas à postuler à un autre poste"), and a turn to another opening
offered to her (``core.role_turns``, ``core.other_openings``): there the no is hers.

The words are folded (``core.language.fold``): lower case, no accents.
Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: Nouns of an opening, five languages (folded).
_OPENING: Final = (
    r"(?:role|opening|position|req|requisition|vacancy|job|team|department|stelle|position"
    r"|rolle|vakanz|team|abteilung|poste|fonction|mission|equipe|service|puesto|posicion"
    r"|vacante|plaza|equipo|departamento|area|functie|vacature|rol|positie|afdeling)"
)
#: An opening said to be another than hers.
_ANOTHER: Final = lazy_pattern(
    # en: "for a different role", "another team", "not your role"
    rf"\b(?:a different|a separate|another|the other|an unrelated|different|separate)"
    rf" (?:\w+ )?{_OPENING}\b"
    rf"|\bnot (?:for )?(?:your|the) (?:\w+ )?{_OPENING} you\b|\bnot (?:for )?your {_OPENING}\b"
    # de: "für eine andere Stelle", "ein anderes Team", "nicht Ihre Stelle"
    rf"|\b(?:eine[rnm]?|ein|einem|anderen?) (?:andere[rnms]?|weitere[rnms]?) {_OPENING}\b"
    rf"|\bnicht (?:um |fur )?(?:ihre|deine|eure) {_OPENING}\b"
    # fr: "pour un autre poste", "une autre équipe", "pas votre poste"
    rf"|\b(?:un|une|l') ?autre {_OPENING}\b|\bpas (?:pour |sur )?(?:votre|ton|ta) {_OPENING}\b"
    # es: "para otra vacante", "otro equipo", "no es tu puesto"
    rf"|\botr[oa] {_OPENING}\b|\bno (?:es |era |fue )?(?:para |de )?(?:tu|su) {_OPENING}\b"
    # nl: "voor een andere functie", "ander team", "niet jouw functie"
    rf"|\b(?:een )?andere? {_OPENING}\b|\bniet (?:voor )?(?:jouw|je|uw) {_OPENING}\b"
)
#: The writer pointing back at the news: "that was for", "das war für", "c'était pour".
_POINTER: Final = lazy_pattern(
    r"\b(?:(?:that|this|it|which)(?: one)? (?:was|is|'s|were) (?:\w+ )?(?:for|on|in)"
    r"|(?:das|dies|es) (?:war|ist|betraf|betrifft|ging) (?:\w+ ){0,2}?(?:fur|um|im|in)"
    r"|(?:c'etait|c'est|cela concernait|ca concernait|il s'agissait) (?:\w+ )?(?:pour|sur|du"
    r"|de)|(?:eso|esa|era|fue|se trataba) (?:\w+ )?(?:para|de|del)"
    r"|(?:dat|die|het) (?:was|is|ging|gaat) (?:\w+ )?(?:voor|over|om))\b"
)
#: ... and saying it is not her concern.
_NOT_HERS: Final = lazy_pattern(
    r"\b(?:(?:don't|do not|no need to) worry about (?:that|this|it)|nothing to do with"
    r" (?:you|your)|nichts mit (?:ihnen|dir|ihrer|deiner) (?:\w+ )?zu tun|betrifft (?:sie|dich)"
    r" nicht|rien a voir avec (?:vous|toi|votre|ta|ton)|ne (?:vous|te) concerne pas|nada que"
    r" ver con (?:usted|tu|su|contigo)|no (?:te|le) afecta|niets (?:met (?:jou|je|u) )?te"
    r" maken|heeft niets met (?:jou|je|u|jouw|uw))\b"
)
#: The courtesy of a no for her: another role to think of her for, or apply to, later.
_KEPT_FOR: Final = lazy_pattern(
    r"\b(?:keep (?:you|your \w+) (?:in mind|on file)|consider you|reach out|future|apply"
    r"|encourage|berucksichtigen|zukunft|kunftig|bewerben|avenir|futur|postuler|penser a vous"
    r"|futur[oa]|postular|tener en cuenta|toekomst|solliciteren|in gedachten)"
)
#: An opening named after the no in its sentence: "for the junior role", "für die Stelle als".
_NAMED: Final = lazy_pattern(
    r"\b(?:for|on) (?:the|a|an|our) (?:[\w'-]+ ){0,3}?(?:role|opening|position|req|vacancy|job)\b"
    r"|\b(?:fur|auf) (?:die|eine|unsere) (?:[\w'-]+ ){0,3}?(?:stelle|position|rolle)\b"
    r"|\b(?:pour|sur) (?:le|un|notre) (?:[\w'-]+ ){0,3}?(?:poste|role)\b"
    r"|\bpara (?:el|un|nuestro|la|una) (?:[\w'-]+ ){0,3}?(?:puesto|rol|vacante|posicion)\b"
    r"|\bvoor (?:de|een|onze|het) (?:[\w'-]+ ){0,3}?(?:functie|rol|vacature|positie)\b"
)
#: Then hers, set against it and still going: "For your position, we are still interviewing".
_YOURS_GOES_ON: Final = lazy_pattern(
    r"\b(?:for|as for|regarding|with) your (?:own )?(?:role|position|opening|req|process)\b"
    r"(?=[^.!?]*\b(?:still|will|update|in progress|ongoing)\b)"
    r"|\b(?:fur|bei|zu) (?:ihre|deine|ihrer|deiner) (?:stelle|position|rolle)\b"
    r"(?=[^.!?]*\b(?:noch|weiterhin|lauft|melde|melden)\b)"
    r"|\b(?:pour|quant a|concernant) (?:votre|ton|ta) (?:poste|role|processus)\b"
    r"(?=[^.!?]*\b(?:encore|toujours|en cours|reviens|reviendrai|reviendrons)\b)"
    r"|\b(?:para|en cuanto a|sobre) (?:tu|su) (?:puesto|posicion|vacante|proceso)\b"
    r"(?=[^.!?]*\b(?:sigue|seguimos|continua|continuamos|todavia|aun|en marcha|te digo|le digo"
    r"|te escribo)\b)"
    r"|\b(?:voor|wat) (?:jouw|je|uw) (?:functie|rol|vacature|procedure)\b"
    r"(?=[^.!?]*\b(?:nog|loopt|laat ik|hoor je)\b)"
)
#: Her application for another named opening, set against the no and still going: "für die
#: Stelle im Vertrieb haben wir uns leider anders entschieden, Ihre Bewerbung für die
#: Position im Einkauf läuft aber ganz normal weiter" (probe-noes8). A contrast or a "still"
#: is needed: "Your applications for other positions remain active" keeps the no hers.
_HERS_GOES_ON: Final = lazy_pattern(
    rf"\b(?:your|ihre|deine|votre|ta|tu|su|je|jouw|uw) (?:application|candidacy|bewerbung"
    rf"|candidature|candidatura|postulacion|sollicitatie) (?:for|fur|als|pour|para|voor)"
    rf" (?:(?:the|die|den|le|la|el|de|het) (?:[\w'-]+ ){{0,3}}?{_OPENING}\b|(?:[\w'-]+ ){{0,3}}"
    rf"[\w'-]+\b)[^.!?]{{0,60}}?"  # or a bare title: "tu candidatura para Analista de Datos"
    r"(?=[^.!?]*\b(?:but|however|still|aber|noch|jedoch|mais|toujours|pero|sigue|maar|nog"
    r"|normal|normalement|normalmente|gewoon)\b)"
    r"[^.!?]{0,40}?\b(?:(?:lauft|geht) (?:\w+ ){0,4}?weiter|bleibt (?:\w+ )?(?:aktiv|bestehen)"
    r"|is (?:\w+ )?(?:active|in progress|ongoing|going ahead|open)|continues|goes on"
    r"|remains (?:active|open|in play)|suit (?:\w+ )?son cours|(?:reste|est) (?:\w+ )?(?:active"
    r"|en cours|ouverte)|sigue (?:\w+ )?(?:en pie|adelante|activa|en curso|su curso)"
    r"|loopt (?:\w+ ){0,3}?(?:door|verder|nog)|(?:is|blijft) (?:\w+ )?(?:actief|lopend))\b"
)
#: Words to her in the no's own sentence: then the no may be hers.
_TO_HER: Final = lazy_pattern(
    r"\b(?:you|your|ihnen|ihre|dich|dir|vous|votre|te|tu|usted|jou|jouw|je|uw)\b"
)
#: Hers set against the no in its own sentence: "Hemos contratado a alguien de dentro para
#: la otra vacante, pero para tu puesto seguimos entrevistando".
_BUT: Final = lazy_pattern(r", (?:but|however|aber|jedoch|mais|pero|maar) ")
#: Where a sentence ends.
_STOP: Final = lazy_pattern(r"[.!?;]|\n\s*\n")


def of_another_opening(folded: str, end: int) -> bool:
    """True when the rejection phrase ending at ``end`` of ``folded`` is another opening's."""
    first = _STOP.search(folded, end)
    stop = first.end() if first else len(folded)
    second = _STOP.search(folded, stop)
    after = folded[end : second.start() if second else len(folded)]
    if _KEPT_FOR.search(after) is not None:
        return False
    begun = max(folded.rfind(mark, 0, end) for mark in ".!?\n") + 1
    if _NAMED.search(folded, begun, stop) and _HERS_GOES_ON.search(after):
        return True  # "für die Stelle im Vertrieb ... Ihre Bewerbung für die Position im
        # Einkauf läuft aber weiter": the no is the other opening's
    pointer = _POINTER.search(after)
    if pointer is None:  # "an offer to another candidate for the junior role ... For your
        # position, we are still interviewing" (u55sw probe): hers set against it
        # hers named right after the "but" says the no was another's, named or not ("die
        # Stelle im Vertrieb intern besetzt, aber für Ihre Stelle führen wir noch Gespräche")
        but = _BUT.search(folded, end, stop)
        if but and _TO_HER.search(folded, begun, but.start()) is None and _YOURS_GOES_ON.match(
            folded, but.end()
        ):
            return True
        return (_NAMED.search(folded, end, stop) is not None
                and _TO_HER.search(folded, begun, stop) is None
                and _YOURS_GOES_ON.search(folded, stop) is not None)  # fmt: skip
    placed = after[pointer.start() :]
    return _ANOTHER.search(placed) is not None or _NOT_HERS.search(placed) is not None
