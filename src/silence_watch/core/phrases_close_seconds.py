"""Noes a ninth probe found unread: a close second, a past hire from inside, a status word.

A tired recruiter's or a hiring system's no that the other tables did not read:

- she came second, which is the no: "you were a close second", "du warst ganz knapp dran -
  am Ende lag eine andere Kandidatin vorne", "vous êtes arrivée deuxième", "quedaste en
  segundo lugar", "je was echt een goede tweede" (never "second round", "tweede ronde");
- someone from inside already hired, in the past: "we hebben twee weken geleden al iemand
  intern aangenomen", "ya cogimos a alguien de dentro" (another role may follow: filled);
- a hiring system's closed status: "Status: Closed - Not Hired", "Status: Abgesagt",
  "Statut : Clôturé - non retenu", "Estado: Cerrado - No contratado", "Status: Gesloten -
  Niet aangenomen".

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition, a denial or words said of others are no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import FILLED, REJECTION, STRONG, WEAK, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Small words between "you were" and "second" (folded).
_SO: Final = (
    r"(?:(?:really|very|such|a|an|just|only|ganz|wirklich|sehr|echt|nur|vraiment|tres|juste"
    r"|de peu|muy|realmente|por poco|heel|net|nipt|wel|uiteindelijk|helaas|leider"
    r"|malheureusement|lamentablemente|finalement|am ende|al final) )*"
)
#: Not a round or a stage ("second round", "tweede ronde" are steps), nor a place in a test
#: ("vous êtes arrivée deuxième au test écrit, vous passez donc à l'entretien final").
_NOT_A_ROUND: Final = (
    r"(?! (?:round|interview|stage|runde|gesprach|tour|entretien|etape|ronda|entrevista|fase"
    r"|ronde|gesprek)|(?: (?:in|on|at|au|aux|a|dans|im|beim|en|bij|op)\b[^.!?,]{0,25}?\b(?:test"
    r"|assessment|exercise|task|ranking|case|written|aufgabe|epreuve|ecrit|prueba|examen|toets"
    r"|opdracht)))"
)

#: From the sentence's start, when no condition is in it: "Si no recibimos el certificado,
#: su candidatura no será tenida en cuenta" asks for the paper.
_NO_CONDITION: Final = (
    r"(?:^|[.!?;:] )(?![^.!?;]*\b(?:if|unless|without|falls|wenn|sofern|ohne|si|sin(?! embargo)"
    r"|en caso|salvo|a menos)\b)[^.!?;]*?"
)

CLOSE_SECOND_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "you were not selected", _rx(
        rf"\b(?:you|u) (?:were|came|finished|ended up|came in|ended up as) (?:in )?{_SO}(?:the )?"
        rf"(?:(?:close|narrow|strong|very close|near) )?(?:second|runner-up|runner up)"
        rf"{_NOT_A_ROUND}\b",
        # never "knapp dran" alone: "Sie waren knapp dran, aber wir laden Sie ... ein"
        rf"\b(?:du warst|sie waren|du bist|sie sind) {_SO}(?:knapp (?:dahinter|zweite?r?)"
        rf"|auf (?:dem )?(?:zweiten platz|platz (?:zwei|2))|zweite wahl)\b",
        r"\b(?:lag|lagen|hatte|hatten) (?:\w+ ){0,2}?(?:eine?n? andere\w*(?: kandidat\w*"
        r"| bewerber\w*| person)?|jemand (?:anders|anderes)) (?:\w+ )?(?:knapp )?(?:vorne?"
        r"|die nase vorne?)\b",
        rf"\b(?:vous etes|tu es) {_SO}arrivee?s? (?:en )?{_SO}(?:deuxieme|seconde?|2e)"
        rf"{_NOT_A_ROUND}\b|\b(?:vous etiez|tu etais) {_SO}(?:a deux doigts|notre (?:deuxieme"
        r"|second) choix)\b",
        rf"\b(?:quedaste|quedo|ha quedado|has quedado|fuiste|fue) {_SO}(?:en )?(?:el )?"
        r"(?:segundo lugar|segunda opcion|segund[oa] de la terna)\b",
        rf"\b(?:quedaste|has quedado|fuiste) {_SO}segund[oa]\b{_NOT_A_ROUND}",
        rf"\b(?:je was|u was|jij was|je bent|u bent) {_SO}(?:een )?(?:goede |sterke |nipte"
        rf" |mooie |zeer goede |hele goede )?(?:tweede|nummer (?:twee|2)){_NOT_A_ROUND}\b"
        rf"(?! (?:kandidaat|keus|keuze) (?:voor|in))",
    )),
    (REJECTION, WEAK, FILLED, _rx(
        # someone from inside, already hired
        r"\b(?:iemand|een (?:interne )?(?:kandidaat|kandidate|collega|medewerker)) (?:van )?"
        r"(?:intern|van binnenuit|uit eigen huis|uit het eigen team) (?:aangenomen|gekozen"
        r"|aangesteld|gevonden|geplaatst)\b|\been interne (?:kandidaat|kandidate|collega)"
        r" (?:\w+ )?(?:aangenomen|gekozen|aangesteld)\b",
        r"\b(?:cogimos|cogieron|contratamos|contrataron|elegimos|escogimos|hemos cogido"
        r"|hemos contratado|hemos elegido|nos quedamos con|se quedaron con|se quedo con)"
        r" (?:\w+ )?(?:a )?(?:alguien|una persona|un[ao]? candidat[oa]|un[ao]? companer[oa])"
        r" (?:de dentro|intern[oa]|de la casa|del equipo|de la empresa)\b",
        r"\b(?:promu|recrute|embauche|choisi|retenu|nomme) (?:\w+ )?(?:une personne|quelqu'un"
        r"|un collaborateur|une collaboratrice|une? candidate?) (?:en interne|de l'interne"
        r"|de la maison)\b",
        r"\bfur (?:eine?n? )?(?:interne[nr]?|hausinterne[nr]?) (?:kolleg\w*|kandidat\w*"
        r"|bewerber\w*|person|mitarbeiter\w*) (?:\w+ ){0,2}?entschieden\b",
        # the role gone to someone who is not her (set2's one run): "the role actually went
        # to a contractor who was already on the team", "die plek is al een tijdje vergeven",
        # "die Position zwischenzeitlich mit einer Kandidatin besetzen konnten"
        r"\b(?:role|job|position|opening|post) (?:\w+ )?(?:went|has gone|was given|has been"
        r" given) to (?:a|an) (?:\w+ ){0,2}?(?:contractor|colleague|candidate|applicant"
        r"|finalist|consultant|employee|freelancer|person|hire|temp)\b",
        r"\b(?:vacante|puesto|plaza|posicion) (?:\w+ )?se (?:adjudico|ha adjudicado|asigno"
        r"|ha asignado|otorgo|ha otorgado) a (?:otr[oa] (?:candidat[oa]|persona|companer[oa]"
        r"|perfil|postulante|aspirante|profesional|\w+ (?:del|de la|de|que|con))|otr[oa](?= ?[.,;!]"
        r"|$)|un[ao]? (?:candidat[oa]|persona|companer[oa]))\b",  # never "a otra fecha"
        r"\b(?:baan|vacature|functie|plek|positie|rol) (?:is|was|werd) (?:(?!niet\b|nog\b)\w+ )"
        r"{0,4}?(?:vergeven|weggegeven)\b",
        r"\b(?:zwischenzeitlich|inzwischen|bereits|mittlerweile|schon|stelle|position|vakanz)"
        r" (?:\w+ ){0,3}?mit (?:einer?|einem) (?:anderen? |externen |internen )?(?:kandidat\w*"
        r"|bewerber\w*|person|kolleg\w*|mitarbeiter\w*) (?:\w+ )?(?:besetzt|nachbesetzt"
        r"|besetzen (?:konnten|durften))\b(?! werden)",
        r"\b(?:hired|promoted|appointed|picked|chose|went with|moved) (?:\w+ )?(?:someone"
        r"|somebody|a colleague|an internal candidate|a person) (?:internally|from within"
        r"|in-house|from inside|from the team)\b",
    )),
    (REJECTION, STRONG, "you were not selected", _rx(
        # a closed status: "Status: Closed - Not Hired", "Status: Abgesagt"
        r"\b(?:status|estado|estatus|statut|bewerbungsstatus|situacion)(?: [\w'-]+){0,3} ?: ?"
        r"[*_]{0,2} ?(?:(?:closed|clos|cloturee?|cerrad[oa]|geschlossen|abgeschlossen|gesloten"
        r"|afgesloten) ?[-,/|] ?(?:filled|besetzt|pourvue?|cubiert[oa]|ingevuld|vervuld)\b|(?:"
        r"(?:closed|clos|cloturee?|cerrad[oa]|geschlossen|abgeschlossen|gesloten|afgesloten)"
        r" ?[-,/|] ?)?(?:not hired|not selected|abgesagt|absage erteilt|nicht eingestellt"
        r"|non retenue?|non recrutee?|no contratad[oa]|no seleccionad[oa]|niet aangenomen"
        r"|afgewezen|niet geselecteerd|rejected|absage)(?![a-z])"
        r"(?! (?:yet|noch|encore|todavia|aun|nog)\b))",
    )),
    (REJECTION, STRONG, "they will not move forward", _rx(
        # a decision's outcome, passive: "wird Ihre Bewerbung nicht weiterverfolgt"
        rf"{_NO_CONDITION}\b(?:wird|wurde) (?:\w+ ){{0,3}}?(?:bewerbung|kandidatur)"
        r" (?:\w+ ){0,2}?nicht (?:mehr )?(?:weiterverfolgt|weiter verfolgt|weitergefuhrt"
        r"|weiter gefuhrt)\b",
        rf"{_NO_CONDITION}\b(?:candidatura|perfil|postulacion) no (?:sera|ha sido|fue|va a ser)"
        r" (?:tenid[oa] en cuenta|considerad[oa])\b",
    )),
)
