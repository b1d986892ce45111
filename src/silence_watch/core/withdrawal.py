"""The candidate's own words that end an application: a withdrawal. Pure.

A candidate who writes "I've decided to withdraw my application" or "I have accepted
another offer" to an employer has closed that process themselves. A nudge after it
("I remain very interested") is mail that must not exist, so the policy closes a process
whose candidate wrote such a message (``policy``: "you withdrew").

Only the candidate's own new words count (quotes, forwards and signatures removed before
this is asked), and only a statement: "I may have to accept another offer if ...", "I
don't want to withdraw", "before I accept another offer", "my colleague withdrew his
application" or "I have received another offer" (the usual way of asking an employer to
hurry) withdraw nothing. Two tables: statements that say it outright (a negation or a
condition in their clause undoes them), and statements that say it by a negation ("I
won't be continuing with the process"; only a condition undoes them).

Measured on ``tests/corpus/own_words/withdrawals.csv`` (docs/classification.md).

Pure: no IO, no clock.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from silence_watch.core.anchors import anchors
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re

#: The candidate's own application, in en, de, fr, es, nl (folded).
_MY_APPLICATION: Final = (
    r"(?:(?:my|meine[rn]?|ma|mon|mi|mijn) (?:\w+ ){0,2}(?:application|candidacy|candidature"
    r"|bewerbung|kandidatur|candidatura|postulacion|solicitud|sollicitatie|kandidatuur))"
)
#: A job or an offer.
_JOB: Final = (
    r"(?:offer|position|role|job|opportunity|post|angebot|stelle|position|jobangebot|zusage"
    r"|offre|poste|proposition|opportunite|oferta|propuesta|puesto|posicion|oportunidad"
    r"|aanbod|baan|functie|positie|kans)"
)
#: Another employer.
_ELSEWHERE: Final = (
    r"(?:(?:another|a different|an other) (?:\w+ )?(?:company|firm|employer|startup|team|offer)"
    r"|(?:einer|ner|einem|einen) anderen (?:\w+ )?(?:firma|unternehmen|arbeitgeber|bude)"
    r"|une autre (?:\w+ )?(?:boite|entreprise|societe|structure)"
    r"|otra (?:\w+ )?(?:empresa|compania|firma)|een ander(?:e)? (?:\w+ )?(?:bedrijf|werkgever))"
)
#: What is being left: the process or the application.
_PROCESS: Final = (
    r"(?:process|recruitment|recruiting|hiring|selection|search|running|consideration"
    r"|application|candidacy|interviews?|(?:\w*)prozess|verfahren|auswahlverfahren|rennen"
    r"|processus|process|recrutement|candidature|proceso|candidatura|seleccion"
    r"|procedure|sollicitatieprocedure|sollicitatie|selectie|proces)"
)
#: Words that make an offer another employer's ("the other offer", "een ander aanbod").
_NOT_THEIRS: Final = (
    r"(?!(?:other|another|second|competing|counter|previous|current|andere[nmrs]?|autres?"
    r"|otr[ao]s?|ander)\b)"
)
#: This employer's offer, as the candidate names it to them ("your offer", "das Angebot").
_YOURS: Final = (
    rf"(?:your|this) (?:{_NOT_THEIRS}[\w-]+ ){{0,2}}?(?:offer|position|role|opportunity)\b"
)
_THEIRS: Final = rf"(?:{_YOURS}|the (?:{_NOT_THEIRS}[\w-]+ ){{0,2}}?(?:offer|position|role)\b)"
_ANGEBOT: Final = (
    rf"(?:ihr|das|dieses|euer|dein) (?:{_NOT_THEIRS}[\w-]+ ){{0,2}}?"
    r"(?:angebot|jobangebot|stellenangebot|vertragsangebot)\b"
)
_OFFRE: Final = (
    rf"(?:votre|cette|ton|l'|la) ?(?:{_NOT_THEIRS}[\w-]+ ){{0,2}}?(?:offre|proposition"
    r"(?! d[e'] ?(?!embauche|poste|emploi|contrat)))\b"
)
_OFERTA: Final = (
    rf"(?:la|su|tu|vuestra|esta) (?:{_NOT_THEIRS}[\w-]+ ){{0,2}}?(?:oferta|propuesta"
    r"(?! de (?!empleo|trabajo|contrato|incorporacion)))\b"
)
_AANBOD: Final = (
    rf"(?:het|uw|jullie|je|dit) (?:{_NOT_THEIRS}[\w-]+ ){{0,2}}?(?:aanbod|jobaanbod|baanaanbod)\b"
)
#: After an offer, words that make it another employer's ("the offer from Acme").
_FROM_ELSEWHERE: Final = (
    r"(?! (?:from|at|with|elsewhere|von|bei|de chez|chez|ailleurs|de otra|van|elders)\b)"
)
#: Said outright.
_OUTRIGHT: Final = tuple(
    lazy_pattern(pattern)
    for pattern in (
        # English
        rf"\bwithdraw(?:ing|n)? (?:\w+ ){{0,2}}{_MY_APPLICATION}",
        (rf"\bwithdraw(?:ing)? (?:myself |me )?from (?:the|your|this|any|further) (?:\w+ ){{0,2}}"
        rf"{_PROCESS}\b"),
        (rf"\b(?:remove|take) (?:me|myself) (?:out )?(?:of|from) (?:the |your |this |any )?"
        rf"(?:\w+ ){{0,2}}{_PROCESS}\b"),
        (rf"\b(?:accepted|taken|signed|chosen|decided on|gone with|go with|going with|accepting"
        rf"|pursue|pursuing) (?:another|a different|an other|the other) (?:\w+ ){{0,2}}{_JOB}s?\b"),
        (rf"\b(?:accepted|taken|signed) (?:an? )?(?:\w+ ){{0,2}}{_JOB} (?:[\w-]+ ){{0,4}}"
        rf"(?:elsewhere|with another|at another|at a different|with a different|from another"
        rf"|closer to home|nearer home)\b"),
        rf"\b(?:signed|gone|going) (?:on )?(?:with|at) {_ELSEWHERE}",
        (rf"\b(?:bow|bowing|pull|pulling|drop|dropping|step|stepping|back|backing|opt|opting)"
        rf" (?:out|back|away) (?:of|from) (?:the |this |your |any )?(?:\w+ ){{0,2}}{_PROCESS}\b"),
        r"\b(?:have to|going to|will|i'll|must) (?:\w+ )?bow out\b|\bbowing out\b",
        # tester round t47cs: "please take my name out of consideration", "I've accepted
        # [my employer's counter-offer] and I'm staying where I am"
        (r"\b(?:take|remove|withdraw|pull|strike) my name (?:out )?(?:of|from) (?:the |your |any "
         r"|further )?(?:\w+ ){0,2}(?:consideration|running|process|search|shortlist)\b"),
        r"\baccepted (?:(?:a|the|their|my \w+(?: \w+)?'s?|it) )?counter[- ]?offer\b",
        (r"\b(?:i'm|i am|i'll be|i will be) (?:\w+ )?staying (?:where i am|put|with my (?:current|"
         r"present) (?:\w+ )?(?:employer|company|team|role|job))\b"),
        (r"\b(?:stay|remain|staying|remaining) (?:with|in|at) my (?:current|present) (?:\w+ )?"
        r"(?:role|employer|job|company|position|team|firm)\b"),
        # German
        (rf"\b{_MY_APPLICATION} (?:[\w()/.-]+ ){{0,8}}zuruck(?:ziehen|zuziehen|gezogen|nehmen"
        rf"|genommen)\b"),
        (rf"\b(?:ziehe|ziehen|nehme) (?:\w+ ){{0,4}}{_MY_APPLICATION} (?:[\w()/.-]+ ){{0,8}}"
        rf"zuruck\b"),
        rf"\btrete (?:\w+ ){{0,3}}von {_MY_APPLICATION} zuruck\b",
        # "Meine Bewerbung als Aktuar ziehe ich daher zurück"
        (rf"\b{_MY_APPLICATION} (?:[\w()/.-]+ ){{0,8}}(?:ziehe|ziehen|nehme) (?:\w+ ){{0,3}}"
         r"zuruck\b"),
        r"\b(?:dort|dem anderen \w+|der anderen \w+|woanders|anderswo) (?:\w+ ){0,2}zugesagt\b",
        (rf"\b(?:ein anderes|ein weiteres|eine andere|einer anderen|eines anderen|anderweitig\w*"
        rf"|eine)(?: \w+){{0,3}} (?:{_JOB}|zusage) (?:[\w-]+ ){{0,6}}(?:angenommen|zugesagt"
        rf"|unterschrieben)\b"),
        rf"\bbei {_ELSEWHERE} (?:\w+ ){{0,2}}(?:unterschrieben|angefangen|zugesagt)\b",
        (r"\b(?:mich|uns) (?:\w+ ){0,3}(?:anderweitig|fur ein anderes \w+|fur eine andere \w+"
        r"|gegen einen wechsel|gegen die stelle) entschieden\b"),
        (r"\b(?:steige|steig|bin|klinke) (?:\w+ ){0,4}aus dem (?:\w+ )?(?:\w*prozess|verfahren"
        r"|auswahlverfahren|rennen) (?:aus|raus)\b|\braus aus dem (?:\w*prozess|verfahren)"),
        (r"\b(?:nehmen sie|nimm) mich (?:\w+ ){0,3}aus dem (?:\w+ )?(?:\w*prozess|verfahren"
        r"|auswahlverfahren|rennen)"),
        (r"\bbei meinem (?:aktuellen|jetzigen|derzeitigen|bisherigen) (?:arbeitgeber|job|stelle"
        r"|team|unternehmen) (?:zu )?bleib"),
        rf"\b{_MY_APPLICATION} (?:\w+ ){{0,3}}(?:schliessen|schlie.en|archivieren|loschen)\b",
        # French
        rf"\b(?:retire[rz]?|retirons|retirais|renonce[rz]?|renoncons) (?:a )?{_MY_APPLICATION}",
        (r"\bme retire[rz]? (?:donc |aussi |egalement |malheureusement )?(?:du|de la|de votre"
        r"|de ce|de cette|des) (?:\w+ ){0,2}"
        r"(?:processus|process|recrutement|selection|candidature|course)\b"),
        rf"\baccepte (?:une autre|un autre|une|un) (?:\w+ ){{0,2}}{_JOB}\b",
        # "une autre proposition, que j'ai acceptée vendredi" (tester round t61rv)
        rf"\b(?:une autre|un autre) (?:\w+ ){{0,2}}{_JOB}\b,? (?:\w+ ){{0,4}}?que j'ai acceptee?\b",
        rf"\bsigne (?:avec|chez) {_ELSEWHERE}",
        (r"\brester (?:chez|dans|avec) (?:mon|ma) (?:\w+ )?(?:employeur|entreprise|poste|societe"
        r"|boite|equipe)(?: actuel\w*)?\b"),
        rf"\b(?:cloturer|fermer|classer) {_MY_APPLICATION}",
        rf"\bdonner suite a (?:une autre|un autre) (?:\w+ )?{_JOB}",
        # Spanish
        (rf"\b(?:retirar|retiro|retirarme|retire|renunciar|renuncio) (?:a )?(?:{_MY_APPLICATION}"
        r"|la candidatura|del proceso)"),
        r"\b(?:me retiro|me bajo|me salgo|bajarme|salirme) del (?:\w+ )?proceso\b",
        (rf"\b(?:aceptado|acepte|optar|optado|opte) (?:por )?(?:otra|otro|una|un)"
        rf" (?:\w+ ){{0,2}}{_JOB}\b"),
        rf"\b(?:firmado|firme) con {_ELSEWHERE}",
        r"\bquedarme en mi (?:\w+ )?(?:empresa|puesto|trabajo|empleo)(?: actual)?\b",
        # Dutch
        rf"\b{_MY_APPLICATION} (?:[\w()/.-]+ ){{0,8}}in(?:trekken|te trekken|getrokken)\b",
        rf"\btrek (?:\w+ ){{0,3}}{_MY_APPLICATION} (?:[\w()/.-]+ ){{0,8}}in\b",
        r"\btrek (?:ik )?(?:me|mij|mijzelf) (?:\w+ )?terug uit\b",
        (rf"\b(?:een ander|andere|een)(?: \w+){{0,3}} {_JOB} (?:\w+ ){{0,5}}(?:aangenomen"
        rf"|geaccepteerd)\b|\b(?:functie|baan|aanbod) elders (?:\w+ )?"
        rf"(?:aangenomen|geaccepteerd)\b"),
        rf"\bbij {_ELSEWHERE} (?:\w+ )?(?:heb )?(?:getekend|aangenomen|begonnen)\b",
        rf"\bgetekend bij {_ELSEWHERE}",
        r"\b(?:haak|haken) (?:\w+ )?af\b|\bafhaken\b",
        r"\buit de (?:selectie|procedure|sollicitatieprocedure) (?:\w+ )?halen\b",
        r"\bbij mijn (?:huidige|hudige|eigen) (?:werkgever|baan|functie) (?:te )?blijven\b",
        r"\bafzien van (?:de|mijn|deze) (?:\w+ )?(?:functie|sollicitatie|baan|rol)\b",
        rf"\bvoor (?:een )?andere {_JOB} (?:te )?(?:gaan|kiezen)\b",
        # This employer's offer declined: "I must respectfully decline your offer", "das
        # Angebot muss ich leider ablehnen", "je dois décliner votre offre", "rechazar la
        # oferta", "het aanbod af te wijzen" (never "the other offer", "decline to comment")
        rf"\b(?<!\bor )declin(?:e|ed|ing) (?!or ){_THEIRS}{_FROM_ELSEWHERE}",
        rf"\b(?:turn|turning|turned) down {_YOURS}|\b(?:pass|passing) on {_YOURS}",
        (rf"\b{_ANGEBOT} (?:\w+ ){{0,4}}(?<!\boder )(?:ablehnen|abzulehnen|abgelehnt|ausschlagen"
         r"|auszuschlagen|ausgeschlagen|absagen|abzusagen)\b"),
        rf"\blehne (?:\w+ ){{0,3}}?{_ANGEBOT} (?:\w+ ){{0,3}}?ab\b",
        # ("accept or decline the offer by Monday": their choice, not a decline)
        (r"\b(?<!\bou )(?:decliner|decline|declinons|refuser|refuse|refusons)"
         rf" {_OFFRE}{_FROM_ELSEWHERE}"),
        (r"\b(?<!\bo )(?:rechazar|rechazo|rechazado|declinar|declino|declinado|decline)"
         rf" {_OFERTA}{_FROM_ELSEWHERE}"),
        (rf"\b{_AANBOD} (?:\w+ ){{0,3}}(?<!\bof )(?:afwijzen|af te wijzen|afgewezen|afslaan"
         r"|af te slaan|afgeslagen)\b"),
        rf"\b(?:wijs|sla) (?:ik )?{_AANBOD} (?:\w+ ){{0,2}}?af\b",
    )
)
#: Said by a negation: "I won't be continuing with the process".
_BY_NEGATION: Final = tuple(
    lazy_pattern(pattern)
    for pattern in (
        # English
        (rf"(?:\bnot|n't|\bno longer) (?:to )?(?:be )?(?:be able to |going to |planning to )?"
        rf"(?:continue|continuing|proceed|proceeding|move forward|moving forward|go forward"
        rf"|going forward|pursue|pursuing|go ahead|going ahead)"
        rf" (?:with |further with |in |as )?(?:\w+ ){{0,2}}(?:{_PROCESS}|candidate)\b"),
        (r"(?:\bnot|n't) (?:be able to )?(?:take|taking) (?:this|it|things|my application)"
        r" (?:any )?further\b"),
        (r"\bno longer (?:interested|pursuing|looking|on the market|in the market|seeking"
        r"|a candidate)\b"),
        # German
        (r"\b(?:\w*prozess|verfahren|bewerbung|stelle) (?:\w+ ){0,3}nicht"
        r" (?:mehr |langer |weiter )?(?:zu )?(?:weiterfuhren|fortsetzen|weiterverfolgen|verfolgen"
        r"|aufrechterhalte\w*|aufrecht)"),
        r"\bnicht (?:mehr|langer|weiter) (?:\w+ ){0,4}zur verfugung\b",
        r"\bkein (?:weiteres )?interesse mehr\b",
        # French
        (r"\bne (?:\w+ ){0,2}(?:pas|plus) (?:\w+ ){0,4}(?:continuer|poursuivre|aller plus loin"
        r"|donner suite)(?: (?:\w+ ){0,3}(?:processus|process|recrutement|candidature|loin))?"),
        rf"\bne (?:plus|pas) (?:considerer|retenir|garder) {_MY_APPLICATION}",
        r"\bne (?:suis|sommes) plus (?:\w+ )?interesse",
        # Spanish
        (r"\bno (?:\w+ ){0,2}(?:seguir|continuar|proseguir) (?:adelante )?(?:con )?(?:el |mi |la )"
        r"(?:\w+ )?(?:proceso|candidatura|postulacion|solicitud)\b"),
        r"\bya no (?:estoy|me encuentro|sigo) (?:\w+ )?interesad[oa]\b",
        # Dutch
        (r"\b(?:niet|geen) (?:\w+ )?verder (?:met|in) (?:mijn|het|de) (?:\w+ )?(?:sollicitatie"
        r"|proces|procedure|traject|sollicitatieprocedure)\b"),
        (r"\bstop (?:\w+ )?met (?:de|mijn|het) (?:\w+ )?(?:procedure|sollicitatie|proces"
        r"|sollicitatieprocedure|traject)\b"),
        r"\b(?:niet langer|niet meer) geinteresseerd\b|\bgeen interesse meer\b",
        # This employer's offer not taken: "I've decided not to accept it" ("it": their
        # offer, named before), "das Angebot nicht anzunehmen", "de ne pas accepter votre
        # offre", "no aceptar la oferta", "het aanbod niet aan te nemen"; never "not yet",
        # "not at that salary" (still talking) or "another offer"
        (rf"(?:\bnot|n't) (?:to )?(?:be )?(?:able to )?(?:accept|accepting|take|taking)(?: up)?"
         rf" (?:{_THEIRS}{_FROM_ELSEWHERE}|(?P<it>it)\b)(?! (?:yet|until|unless|as it stands"
         r"|as is|at|without|in its|with|under|on (?:these|those|the current))\b)"),
        rf"\b{_ANGEBOT} (?:\w+ ){{0,4}}?nicht (?:\w+ )?(?:annehmen|anzunehmen|wahrzunehmen)\b",
        rf"\bnehme (?:\w+ ){{0,3}}?{_ANGEBOT} (?:\w+ ){{0,3}}?nicht an\b",
        r"\b(?P<it>es) (?:\w+ ){0,2}?nicht (?:anzunehmen|annehmen)\b",
        rf"\bne (?:\w+ )?pas (?:\w+ )?(?:accepter|donner suite a) {_OFFRE}{_FROM_ELSEWHERE}",
        rf"\bn'accepter(?:ai|ons) pas {_OFFRE}|\bne (?:\w+ )?pas (?P<it>l')accepter\b",
        rf"\bno (?:\w+ ){{0,2}}?(?:aceptar|acepto|aceptare|aceptaremos) {_OFERTA}{_FROM_ELSEWHERE}",
        r"\bno (?:\w+ ){0,2}?(?P<it>aceptarla|la acepto|la aceptare)\b",
        (rf"\b{_AANBOD} (?:\w+ ){{0,3}}?niet (?:aan te nemen|aannemen|aan|te accepteren"
         r"|accepteren)\b"),
        r"\b(?P<it>het) (?:\w+ )?niet (?:aan te nemen|te accepteren)\b",
    )
)
#: Words that make the rest of their clause a condition or a wish, not a decision.
_CONDITION: Final = (
    r"\b(?:if|unless|before|may|might|could|should|considering|whether|in case|otherwise"
    r"|would (?:have|need|be forced) to|wenn|falls|bevor|ehe|konnte|musste|sollte|si|avant"
    r"|pourrais|devrais|antes|podria|tendria|voordat|tenzij|zou|mocht)\b"
    r"|\bals (?:ik|je|jij|u|het|er|we|wij)\b"
)
_UNDONE: Final = lazy_pattern(_CONDITION)
#: The same, and the words that deny the rest of the clause.
_DENIED: Final = lazy_pattern(
    _CONDITION + r"|\b(?:not|don't|didn't|haven't|hasn't|won't|wouldn't|never|rather than"
    r"|instead of|hate to|nicht|nie|keinesfalls|keineswegs|kein|sans|jamais|aucun|no"
    r"|nunca|niet|nooit|geen|unmoglich|impossible|imposible|onmogelijk)\b|n'|\bne\b"
)
#: Where a clause starts: a condition or a denial must be in the same one.
_CLAUSE_BREAK: Final = lazy_pattern(
    r"[.;:!?\n]|,\s*(?:but|however|and|so|aber|und|also|mais|et|donc|pero|y|asi que|maar|en|dus)\b"
)


#: An offer named, and whether it is another employer's ("another offer", "the offer from").
_OFFER_NAMED: Final = lazy_pattern(
    r"(?P<other>\b(?:another|other|second|competing|different|andere[nmrs]?|autres?|otr[ao]s?"
    r"|ander)\s+(?:[\w'-]+\s+){0,2}?)?\b(?:offer|angebot|jobangebot|offre|oferta|aanbod)\b"
    r"(?P<away>\s+(?:from|at|with|elsewhere|von|bei|anderswo|woanders|chez|ailleurs|de otra"
    r"|en otra|van|elders)\b)?"
)
#: How far back the offer an "it" stands for is looked for (characters).
_ANTECEDENT_REACH: Final = 400


def _their_offer_before(folded: str, at: int) -> bool:
    """Whether "it" at ``at`` stands for this employer's offer: the last offer named before."""
    named = list(_OFFER_NAMED.finditer(folded[max(0, at - _ANTECEDENT_REACH) : at]))
    return bool(named) and named[-1].group("other") is None and named[-1].group("away") is None


@functools.cache
def _anchors_of(pattern: str) -> frozenset[str] | None:
    """The literals one of which every match of ``pattern`` holds (``core.anchors``)."""
    return anchors(pattern)


def withdrawal(text: str) -> str | None:
    """The words in ``text`` (the candidate's own) that withdraw the application, or None."""
    folded = fold(text)
    # Said outright: a denial inside the words undoes them too ("keinesfalls zurückziehen");
    # said by a negation: only what stands before them can.
    tables = ((_OUTRIGHT, _DENIED, True), (_BY_NEGATION, _UNDONE, False))
    for patterns, undoing, look_inside in tables:
        for pattern in patterns:
            needed = _anchors_of(pattern.pattern)
            if needed is not None and not any(word in folded for word in needed):
                continue  # a word it cannot match without is missing: no scan of long mail
            for found in pattern.finditer(folded):
                if found.groupdict().get("it") and not _their_offer_before(folded, found.start()):
                    continue  # "another offer came, but I decided not to accept it"
                if not _undone(folded, found, undoing, look_inside=look_inside):
                    return found.group().strip()
    return None


#: A purpose clause before the decision ("So that I don't take up more of the team's time,
#: I'd like to withdraw"): its negation is about the purpose, not the decision.
_PURPOSE: Final = lazy_pattern(
    r"\b(?:so that|so as not to|in order (?:not )?to|to avoid|damit|um nicht|pour ne pas|afin de"
    r" ne pas|pour eviter|para no|para que no|para evitar|om niet|zodat)\b[^,]*,"
)


def _undone(
    folded: str, found: re.Match[str], undoing: re.Pattern[str], *, look_inside: bool
) -> bool:
    """Whether a condition or denial in the match's clause, or a question mark, undoes it."""
    clause = _CLAUSE_BREAK.split(folded[max(0, found.start() - 80) : found.start()])[-1]
    clause = _PURPOSE.sub(" ", clause)
    inside = found.group() if look_inside else ""
    if undoing.search(f"{clause} {inside}") is not None:
        return True
    rest = _CLAUSE_BREAK.search(folded, found.end())
    return rest is not None and rest.group() == "?"
