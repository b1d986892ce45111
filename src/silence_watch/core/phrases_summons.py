"""Invitations, asks, receipts and pauses in words a third probe found unread (issue 12).

- a summons: "vous êtes convoquée à l'audition", "ha sido admitida a la fase de
  entrevista", "de commissie nodigt u graag uit voor een gesprek";
- a walk-in set for a day: "Pásate mañana a las 7 por la nave", "Passez demain à 8h au
  dépôt", never "passez une bonne journée";
- a call asked for in the imperative: "Rufen Sie mich morgen zwischen 9 und 10 an", "call
  me tomorrow", "appelez-moi demain", "llámame mañana", "bel me morgen";
- a formal ask: "die Kommission bittet Sie, ... einzureichen", "le requerimos para que
  aporte";
- the meeting already set, moved to another room or floor: "das Gespräch findet nun in der
  Geschäftsstelle statt", "l'entretien aura lieu au 3e étage", "het gesprek is nu op de
  tweede verdieping" (the blend read the "leider" of such notes as a no);
- a receipt: "confirmamos la recepción de la documentación", "ha recibido tu candidatura",
  "votre candidature a bien été transmise", "we have your application on file";
- a pause said plainly: "everything is on pause until then".

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ACK, NEXT_STEP, ON_HOLD, REQUEST, STRONG, WEAK, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: A day or moment a walk-in or a call is set for (folded).
_WHEN: Final = (
    r"(?:demain|manana|morgen|tomorrow|tmrw|today|aujourd'hui|hoy|heute|vandaag|ce soir"
    r"|esta tarde|this afternoon|(?:le |el |am |on |op )?(?:lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|lunes|martes|miercoles|jueves|viernes|sabado|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|monday"
    r"|tuesday|wednesday|thursday|friday|saturday))"
)
#: An interview or meeting already set (folded).
_MEETING: Final = (
    r"(?:gesprach|vorstellungsgesprach|interview|termin|entretien|entrevista|gesprek"
    r"|sollicitatiegesprek|kennismakingsgesprek|reunion|rendez-vous|meeting)"
)

SUMMONS_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, STRONG, "they invite you to an interview", _rx(
        r"\b(?:vous etes|tu es|vous serez|tu seras) (?:donc )?convoquee?s? (?:a|au|pour|le|en)\b",
        r"\b(?:ha sido|has sido|queda|quedas|esta|estas) (?:admitid[oa]|convocad[oa]|citad[oa])"
        r" (?:a|para) (?:la|el|una|un) (?:fase de |siguiente fase|prueba|entrevista|examen"
        r"|ejercicio)",
        r"\bnodigt (?:u|je|jou) (?:graag |hierbij |van harte |dan ook )?uit (?:voor|op|om)\b",
    )),
    (NEXT_STEP, STRONG, "they ask you to come in", _rx(
        rf"\b(?:pasate|pasese|pasaos|acercate|acerquese|venga|ven) (?:\w+ )?{_WHEN}\b",
        rf"\b(?:passez|passe|venez|viens) (?:nous voir |me voir )?{_WHEN}\b",
        rf"\b(?:come|pop|swing) (?:in|by|over|round) {_WHEN}\b",
        # "Te espero el jueves a las 9", "je vous attends demain", "wir erwarten Sie am"
        rf"\b(?:te|le|os|les) (?:espero|esperamos) (?:en \w+ )?{_WHEN}\b",
        rf"\b(?:je vous attends|je t'attends|nous vous attendons|on vous attend|on t'attend)"
        rf" (?:donc )?{_WHEN}\b",
        rf"\b(?:erwarten|erwarte) (?:wir |ich )?(?:sie|dich|euch) (?:dann |also )?{_WHEN}\b",
    )),
    (NEXT_STEP, STRONG, "they want a call with you", _rx(
        rf"\b(?:rufen sie mich|ruf mich|ruft mich) (?:\w+ ){{0,2}}?{_WHEN}\b[^.!?]*\ban\b",
        rf"\b(?:give me a (?:call|ring)|call me|ring me) {_WHEN}\b",
        rf"\b(?:appelez-moi|appelle-moi|appelez moi|appelle moi) {_WHEN}\b",
        rf"\b(?:llamame|llameme|llamadme) {_WHEN}\b",
        rf"\b(?:bel me|belt u me|bel mij|belt u mij) {_WHEN}\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        r"\b(?:bittet|bitten|bitte) (?:sie|dich|euch)\b,?[^!?]{0,100}?\b(?:einzureichen"
        r"|nachzureichen|zuzusenden|zu senden|zu schicken|vorzulegen|mitzuteilen|zu nennen)\b",
        r"\b(?:le|te|les|os) requerimos (?:para )?que\b",
    )),
    (NEXT_STEP, WEAK, "a meeting already set is moved to another room", _rx(
        rf"\b{_MEETING}\b _W_{{0,4}}?(?:findet|wird) (?:nun |jetzt |stattdessen |dann )?"
        r"(?:im|in der|in|auf|bei)\b[^.!?]{0,60}?\bstatt\b",
        rf"\b{_MEETING}\b _W_{{0,3}}?(?:aura lieu|se tiendra|se deroulera|tendra lugar"
        r"|se hara|se celebrara) (?:finalement |donc |maintenant |ahora )?(?:au|a la|dans|en"
        r"|a|el|la)\b",
        rf"\b{_MEETING}\b (?:is|wordt) (?:nu |dan |voortaan )?(?:op|in) (?:de|het|zaal|kamer"
        r"|ruimte)\b",
        # the room itself changed: "la sala ha cambiado", "the room changed"
        r"\b(?:la sala|el lugar|the room|the venue|la salle|le lieu|der raum|der ort|die ruimte"
        r"|de ruimte|de locatie|de zaal) (?:\w+ )?(?:ha cambiado|has changed|changed|a change"
        r"|hat sich geandert|is gewijzigd|is veranderd)\b|\bden raum (?:\w+ )?wechseln\b",
        rf"\b{_MEETING}\b (?:will (?:now )?be|is now) (?:held )?(?:in|on) (?:room|the \w+ floor"
        r"|level|seminar room|meeting room)\b",
    )),
    (ACK, STRONG, "they confirm your application arrived", _rx(
        r"\bconfirm(?:amos|o) (?:la )?recepcion de\b",
        r"\b(?:ha|han|hemos) recibido (?:tu|su) (?:candidatura|solicitud|cv|curriculum)\b",
        # "a bien été": the receipt's formula ("votre dossier a été transmis à ma collègue"
        # hands her over: dev w6fr-053)
        r"\b(?:votre|ta) candidature\b[^.!?]{0,80}?\ba bien ete (?:transmise|recue|enregistree)\b",
        r"\b(?:we|i) (?:can confirm (?:that )?we |now )?have your (?:\w+ ){0,2}?(?:application"
        r"|form|cv|documents) on file\b(?! for future)",
    )),
    (ON_HOLD, STRONG, "hiring is paused", _rx(
        r"\b(?:everything|things|it all|all of it|the whole thing)(?:'s| is| are) (?:on pause"
        r"|paused|on hold) (?:until|till|for now|for the moment)\b",
    )),
)
