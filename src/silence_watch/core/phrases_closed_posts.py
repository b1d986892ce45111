"""Noes inside long, mixed letters: a post closed and a no said plainly (probe-noes6).

A long letter wraps its no in praise, a feedback call, a talent pool and "apply again";
the no itself was said in forms the other tables did not read, so the letter read as
a promise ("I can set up 15 minutes to talk through your feedback") or a next step:

- **the post will not be filled**, with words between the post and the verb: "the role
  will not be filled - the budget was withdrawn", "die Stelle wird nicht besetzt" (read
  as only filled, so the feedback call beside it won), "hemos decidido cerrar la
  posición y no la vamos a cubrir", "le poste pour lequel vous avez postulé a été
  supprimé", "helaas is de functie om budgettaire redenen geschrapt". Never "not be
  filled until January" (a pause) nor "closed to new applications";
- **offered to another, who accepted**: "we've offered it to another candidate who has
  accepted";
- **not going on with her profile**: "they're not going to proceed with your profile";
- **the Dutch verb of a no**: "Toch moeten wij u vandaag afwijzen".

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if the role is not filled ...") or words said of others are no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import REJECTION, STRONG, WITHDRAWN, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: The post, in five languages (folded).
_POST_EN: Final = r"(?:role|position|post|vacancy|job|opening|requisition|req)"
_POST_DE: Final = r"(?:stelle|position|vakanz|ausschreibung)"
_POST_FR: Final = r"(?:poste|recrutement|offre d'emploi|mission)"
_POST_ES: Final = r"(?:posicion|puesto|vacante|plaza|proceso de seleccion)"
_POST_NL: Final = r"(?:functie|vacature|positie|rol)"
#: Up to eight words between the post and its verb, none a meeting's ("le poste de chef de
#: projet : l'entretien a été annulé" is an interview called off, ``core.calloffs``).
_BETWEEN: Final = (
    r"(?:(?![\w'-]*(?:interview|call|meeting|entretien|rendez-vous|appel|reunion|entrevista"
    r"|llamada|gesprek|gesprach|termin|afspraak))[\w'-]+,? ){0,8}?"
)
#: Not a pause: "will not be filled until January", "nicht vor März besetzt".
_NOT_UNTIL: Final = r"(?! (?:until|till|before|bis|vor|avant|hasta|antes|tot|voor)\b)"

CLOSED_POST_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, WITHDRAWN, _rx(
        rf"\b{_POST_EN}\b {_BETWEEN}(?:will not|won't|will no longer|is not going to|isn't going"
        rf" to) be (?:filled|recruited for|going ahead)\b{_NOT_UNTIL}",
        rf"\b(?:decided|deciding|decision) to close (?:the|this|that|our) {_POST_EN}\b"
        r"(?! (?:to|for) (?:new )?(?:applica|candida))",
        rf"\b(?:won't|will not|are not|aren't) (?:be )?(?:filling|recruiting for) (?:the|this"
        rf"|that) {_POST_EN}\b{_NOT_UNTIL}",
        rf"\b(?:wird|werden) (?:die|diese|unsere) (?:\w+ )?{_POST_DE} (?:\w+ ){{0,3}}?nicht"
        rf" (?:mehr )?(?:besetzt|besetzen|nachbesetzt)\b{_NOT_UNTIL}",
        rf"\b{_POST_DE} (?:wird|werden) (?:\w+ ){{0,5}}?nicht (?:mehr )?(?:besetzt|nachbesetzt)"
        rf"\b{_NOT_UNTIL}",
        rf"\b{_POST_DE} (?:\w+ ){{0,4}}?nicht (?:mehr )?(?:besetzt|besetzen|nachbesetzt)"
        rf" (?:wird|werden)\b{_NOT_UNTIL}",
        rf"\b(?:die|diese) {_POST_DE} (?:\w+ ){{0,3}}?zuruckgezogen\b",
        rf"\b{_POST_FR}\b {_BETWEEN}(?:a ete|est|sera|fut) (?:supprime|annule|clos|cloture)e?s?\b",
        rf"\b{_POST_FR}\b {_BETWEEN}ne sera (?:pas|plus) pourvue?\b{_NOT_UNTIL}",
        rf"\b(?:decidido|decidimos|vamos a|hemos tenido que) cerrar (?:la|el) {_POST_ES}\b",
        rf"\bno (?:la|lo|le) (?:vamos a|van a|podemos|podremos) cubrir\b{_NOT_UNTIL}",
        rf"\bno (?:vamos a|van a|podemos|podremos) cubrir (?:la|el|esta|este) {_POST_ES}\b"
        rf"{_NOT_UNTIL}",
        rf"\b{_POST_ES}\b {_BETWEEN}(?:se ha cerrado|ha sido cerrad[oa]|se ha cancelado|ha sido"
        r" cancelad[oa]|ha quedado desiert[oa]|queda desiert[oa]|se ha declarado desiert[oa])\b",
        rf"\b{_POST_NL}\b {_BETWEEN}(?:geschrapt|komen te vervallen|ingetrokken|geannuleerd)\b",
        # the fresh set of the round, fixed after it (stop 44): "the req has been cancelled",
        # "the Staff Engineer search is closed", "décidé d'annuler le recrutement", "ha
        # decidido cancelar la búsqueda"
        # never "the Sr. req got pulled (budget), but yours is still open" (u49sh)
        rf"\b(?:the|this|that|your) {_POST_EN}\b (?:has been|was|is) (?:cancell?ed|closed down)"
        r"\b(?![^.!?\n]{0,40}\bbut\b)",
        r"\b(?:search|hiring|(?<!application )(?<!applications )process) (?:is|has been|was)"
        r" (?:now )?(?:closed|cancell?ed|called"
        r" off)\b(?! (?:to|for) (?:new )?(?:applica|candida))",
        r"\b(?:decide|decided|decision) (?:d'|de |to )?(?:annuler|cancel|stop|halt|abandonner)"
        r" (?:le |la |l'|the |this |our |ce )?(?:recrutement|search|hiring|processus|process)\b",
        r"\b(?:decidido|decidio|decidimos) (?:cancelar|cerrar|suspender definitivamente) (?:la"
        r" |el )?(?:busqueda|proceso|seleccion)\b",
        rf"\b{_POST_DE} (?:\w+ ){{0,7}}?nicht mehr (?:besetzt|nachbesetzt) (?:wird|werden)\b",
    )),
    (REJECTION, STRONG, "they chose another candidate", _rx(
        r"\b(?:offered|given) (?:it|the (?:role|position|job|post)) to (?:another|a different"
        r"|an internal|an external) (?:candidate|person|applicant)\b",
    )),
    (REJECTION, STRONG, "they will not move forward", _rx(
        r"\b(?:not|n't) (?:going to |be )?(?:proceed|proceeding|move|moving|go|going) (?:forward"
        r" |ahead )?with your (?:profile|cv|resume)\b",
    )),
    (REJECTION, STRONG, "you were not selected", _rx(
        # the Dutch verb of a no, never "niet afwijzen"
        r"\b(?:moeten|moet|zullen|gaan) (?:wij|we|ik) (?:u|je|jou|uw sollicitatie|je sollicitatie)"
        r" (?:(?!niet\b)\w+ ){0,2}?afwijzen\b",
    )),
)
