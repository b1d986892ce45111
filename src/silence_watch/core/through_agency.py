"""An agency's request that every contact with the client go through it. Pure.

A retained search firm often asks the candidate not to contact the client directly: "please
don't reach out to the company, or to anyone you may know there, directly ... Everything
goes through me", "merci de ne pas chercher à entrer en contact avec la société : tous les
échanges passent par le cabinet" (tester round u09ex). Once the agency has asked, a
follow-up, closing note, feedback request or status update to someone at the client is
mail that must not exist, even after the chair wrote to the candidate herself and the
candidate answered her politely: every such draft goes to the agency's person, and no
thank-you is drafted to the client's people (``core.conversation.through_agency``),
until the agency lifts it ("ya puedes tratar con ella directamente; lo de no contactar
con la compañía queda superado").

Only the agency's own new words count (quotes and signatures removed before), and only
a request not to contact someone else: "don't hesitate to contact me directly", "do not
reply to this email" and "you can reach Sophie directly to book the slot" ask nothing of
the kind. In en, de, fr, es, nl; patterns for folded text.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.agency_restraint import own_restraint
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

_CONTACT = (
    r"(?:reach(?:ing)? out|contact(?:ing)?|get(?:ting)? in (?:touch|contact)|approach(?:ing)?"
    r"|speak(?:ing)? (?:to|with)|talk(?:ing)? (?:to|with)|email(?:ing)?|e-mail(?:ing)?"
    r"|call(?:ing)?|writ(?:e|ing) to|connect(?:ing)? with|engag(?:e|ing) with|chas(?:e|ing)"
    r"|follow(?:ing)? up with|ping(?:ing)?|message|messaging)"
)
_US = r"(?:me|us|our (?:office|team|firm)|the firm|the search (?:firm|team))"
_DONT = r"(?:do not|don't|dont|please not|refrain from|avoid|not to|never)"
_COMMS = (
    r"(?:comms|communications?|contact|correspondence|conversations?|discussions?|questions)"
)
#: Their words asking that every contact go through them (folded).
_ASKS: Final = lazy_pattern(
    # en
    rf"\b{_DONT} {_CONTACT} (?!(?:me|us|myself)\b)[^.!?;\n]{{0,140}}?\bdirect(?:ly)?\b"
    rf"|\b{_DONT} {_CONTACT} (?:the client|the company|the hiring (?:manager|team)"
    r"|(?:anyone|anybody) (?:else )?(?:at|from|there))\b"
    # u41ag: please don't go direct to Tom or anyone else at Harwood Lane
    rf"|\b{_DONT} go(?:ing)? (?:direct(?:ly)?|straight) (?:to|with)\b(?! (?:me|us)\b)"
    r"|\bgo(?:ing)? (?:round|around|behind) (?:me|us|my back|our backs)\b"
    rf"|\b(?:everything(?: else)?|all (?:the )?{_COMMS}) (?:about [^.!?;\n]{{0,60}}? )?"
    r"(?:goes|go|should go|must go|needs to go|has to go|to go|runs|should run|will go|comes"
    rf"|should come) (?:through|via) {_US}\b"
    # u41ag, with no verb: All comms via me on this one
    r"|\ball (?:the )?(?:comms|communications?|contact|correspondence)"
    rf" (?:with [^.!?;\n]{{0,40}}? )?(?:through|via) {_US}\b"
    r"|\bkeep (?:every|all|any|each) (?:conversations?|communications?|contact|correspondence"
    rf"|discussions?)\b[^.!?;\n]{{0,90}}? (?:with|through) {_US}\b"
    rf"|\bkeep (?:anything|everything)\b[^.!?;\n]{{0,40}}? (?:coming |going )?through {_US}\b"
    # de
    r"|\b(?:nehmen sie|nimm|bitte) (?:bitte )?(?:keinen|nicht) (?:direkten )?kontakt\b"
    r"|\bkeinen direkten kontakt\b"
    r"|\b(?:wenden|melden) sie sich (?:bitte )?nicht direkt\b"
    r"|\bnicht direkt (?:an|mit|bei|beim|zu|zum|zur)\b[^.!?;\n]{0,80}?"
    r" (?:wenden|kontakt\w*|melden|aufnehmen|nachfragen|nachhaken|anrufen|schreiben)"
    r"|\b(?:die (?:gesamte )?|alle |jede )?(?:kommunikation|kontakte?|abstimmung)"
    r" (?:lauft|erfolgt|geht|laufen) (?:bitte )?(?:ausschliesslich |nur )?(?:uber|via)"
    r" (?:uns|mich)\b"
    # fr
    r"|\b(?:de |ne )?ne pas (?:chercher a |essayer de )?(?:(?:les |la |le |leur |l')?"
    r"(?:contacter|relancer|recontacter|solliciter|approcher|joindre|appeler|ecrire)"
    r"|entrer en (?:contact|relation)|prendre contact|ecrire a)"
    r"(?! (?:moi|nous)\b)[^.!?;\n]{0,100}?"
    r"\b(?:directement|societe|entreprise|client|collaborateurs|personne|quiconque"
    r"|de (?:votre|ton) cote)\b"
    r"|\bne (?:les |la |le |leur |l')?(?:contactez|relancez|sollicitez|appelez) pas\b"
    r"|\btou(?:s|tes) les (?:echanges|contacts|communications) (?:passent|doivent passer|se font)"
    r" (?:par|via) (?:le cabinet|nous|moi|notre cabinet)\b"
    # es
    # "Le ruego que no los contacte directamente" (u41ag): a pronoun before the verb
    r"|\bno (?:(?:lo|la|los|las|le|les) )?(?:contacte|contactes|contactar|se ponga en contacto"
    r"|te pongas en contacto|llame|llames|escriba|escribas|se dirija|te dirijas)\b"
    r"[^.!?;\n]{0,100}?\bdirectamente\b"
    r"|\b(?:cualquier |toda (?:la )?)(?:comunicacion|contacto)\b[^.!?;\n]{0,60}?"
    r"(?:a traves de|por medio de|via) (?:mi|nosotros|la firma|la consultora)\b"
    r"|\b(?:toda la comunicacion|todo (?:el )?contacto|todas las comunicaciones)"
    r" (?:pasa|pasara|debe pasar|tiene que pasar|ira|va|se hara|sera) (?:siempre )?"
    r"(?:a traves de|por) (?:nosotros|mi|la firma|la consultora|nuestra oficina)\b"
    # nl
    r"|\b(?:neem|nemen|neemt) (?:geen|niet) (?:rechtstreeks|direct) contact\b"
    r"|\b(?:geen|niet) (?:rechtstreeks|direct) contact (?:op te nemen|opnemen|zoeken|te zoeken)\b"
    # "direct" alone is also "at once" ("niet direct te bellen"): only "rechtstreeks" here
    r"|\b(?:geen|niet) rechtstreeks (?:te )?(?:benaderen|mailen|bellen|nabellen|aanschrijven)\b"
    r"|\balle (?:communicatie|contact|contacten) (?:loopt|verloopt|lopen|gaat|gaan)"
    r" via (?:ons|mij)\b"
)

_DEAL = (
    r"(?:contact|reach out to|get in touch with|deal with|speak (?:to|with)|talk (?:to|with)"
    r"|email|write to|work with|liaise with)"
)
#: Their words that lift it: the client's people may be written to directly now (folded).
_LIFTS: Final = lazy_pattern(
    # en
    rf"\b(?:you (?:can|may|should) (?:now |from now on |from here on )?|feel free to |you're"
    rf" (?:now )?free to |go ahead and )(?:also )?{_DEAL} (?!(?:me|us)\b)[^.!?;\n]{{0,60}}?"
    r"\bdirect(?:ly)?\b|\bno (?:longer )?need to go through (?:me|us)\b"
    r"|\b(?:restriction|embargo) (?:is|has been) lifted\b"
    # es
    r"|\b(?:ya )?(?:puedes|puede|podeis|pueden) (?:ya )?(?:tratar|hablar|contactar|escribir"
    r"|comunicarte|comunicarse)\w* (?:directamente|con (?:ella|el|ellos) directamente)\b"
    r"|\bno contactar con la (?:compania|empresa|cliente) queda superado\b"
    # fr
    r"|\b(?:vous pouvez|tu peux) (?:desormais |maintenant |a present )?(?:echanger|traiter"
    r"|communiquer|la contacter|le contacter|les contacter|prendre contact|voir)"
    r"[^.!?;\n]{0,40}?\bdirectement\b|\bje vous laisse (?:echanger|voir|traiter) directement\b"
    # de
    r"|\b(?:sie konnen|du kannst|konnen sie|kannst du) (?:sich |dich )?"
    r"(?:ab jetzt |nun |jetzt |ab sofort )?(?:gerne |gern )?direkt (?:mit|an|bei)\b"
    # nl
    r"|\b(?:je|u) (?:kunt|kan|mag) (?:nu |vanaf nu |voortaan )?(?:gerust )?(?:rechtstreeks|direct)"
    r" (?:contact|met|mailen|bellen)\b"
)

ASKS: Final = "asks"
LIFTS: Final = "lifts"


#: One topic kept with the agency, not every contact: "don't talk to Priya directly about
#: salary ... all questions about compensation go through me" (tester round u22ag).
_ONE_TOPIC: Final = lazy_pattern(
    r"\b(?:salary|salaries|compensation|pay\b|package|bonus|equity|rate|day rate|notice period"
    r"|gehalt\w*|vergutung|konditionen|salaire|remuneration|retribucion|salario|sueldo"
    r"|condiciones economicas|salaris|vergoeding|arbeidsvoorwaarden)"
)
#: One errand allowed, not the ask lifted: "para cerrar la hora exacta puede escribir
#: directamente a Sofía", "reach out to Sophie directly to book the slot" (u22ag).
_ONE_ERRAND: Final = lazy_pattern(
    r"\b(?:to (?:book|confirm|fix|arrange|schedule)|for (?:the )?(?:logistics|scheduling|slot"
    r"|time)|para (?:cerrar|fijar|confirmar|concretar|agendar)|pour (?:fixer|caler|confirmer"
    r"|organiser)|um (?:den termin|die uhrzeit)|(?:fur|wegen) (?:den termin|die uhrzeit)"
    r"|om (?:de afspraak|het tijdstip|een tijd))\b"
)


#: ... unless the sentence also names the whole of it ("the role, the package or the process").
_THE_WHOLE: Final = lazy_pattern(
    r"\b(?:role|process|position|application|everything|anything|rol|proceso|candidatura"
    r"|poste|processus|candidature|stelle|prozess|bewerbung|functie|procedure|sollicitatie)\b"
)


def _one_topic(sentence: str) -> bool:
    return _ONE_TOPIC.search(sentence) is not None and _THE_WHOLE.search(sentence) is None


def _one_errand(sentence: str) -> bool:
    return _ONE_ERRAND.search(sentence) is not None


def _said(
    pattern: re.Pattern[str], folded: str, but: Callable[[str], bool],
    *, theirs: Callable[[str, re.Match[str]], bool] = lambda _folded, _found: False,
) -> bool:
    """Whether ``pattern`` is found in a sentence of ``folded`` that ``but`` does not limit.

    ``theirs`` leaves out one finding that is no such word at all: the agency's promise of
    what it will not do itself (``core.agency_restraint``).
    """
    for found in pattern.finditer(folded):
        if theirs(folded, found):
            continue
        start = max(folded.rfind(mark, 0, found.start()) for mark in ".!?\n") + 1
        ends = [i for i in (folded.find(mark, found.end()) for mark in ".!?\n") if i >= 0]
        if not but(folded[start : min(ends, default=len(folded))]):
            return True
    return False


#: The stop of a title before a name, which ends no sentence: "ne pas relancer M. Roche".
_TITLE_STOP: Final = lazy_pattern(
    r"(?<![\w.])(dr|mr|mrs|ms|prof|m|mme|mlle|hr|fr|sr|sra|srta|dhr|mevr)\. "
)


def agency_request(words: str) -> str:
    """``ASKS``, ``LIFTS`` (the candidate may write to the client now) or ``""``.

    ``ASKS`` when the words ask that nobody at the client be contacted directly (not one
    topic: salary talk kept with the agency is no such ask; nor the agency's promise of
    what it will not do itself: "nehmen wir keinen direkten Kontakt zu Ihrem aktuellen
    Arbeitgeber auf", u41ag). An ask wins in one message:
    "book the slot with Sophie directly, but keep everything else with me" still asks. Leave
    for one errand ("puede escribir directamente a Sofía para cerrar la hora") lifts nothing.
    """
    folded = _TITLE_STOP.sub(r"\1 ", fold(words))
    if _said(_ASKS, folded, _one_topic, theirs=own_restraint):
        return ASKS
    return LIFTS if _said(_LIFTS, folded, _one_errand) else ""

