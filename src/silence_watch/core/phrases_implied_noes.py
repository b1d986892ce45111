"""Noes said only by implication, found by probing with unseen voices (probe-noes10).

Nine probe rounds taught the rules the textbook noes, hiring systems' status words, close
seconds and inside hires. A tenth wrote the noes that never say no, and the rules read
nothing, or only the promise beside them ("Nous ne manquerons pas de revenir vers vous",
"cualquier novedad te escribo"); the learned reader often saved the reading, as often
only just (0.59), and once read an acknowledgement surely (0.74). What the rows read:

- the search narrowed to other people: "the panel agreed to focus our remaining time on
  applicants whose background maps more directly onto the brief", "we will be
  prioritising profiles with that experience", "hemos optado por perfiles con más
  trayectoria", "optamos por seguir con postulantes con más experiencia";
- the decision gone to another: "that is what tipped the decision towards the other
  finalist", "la decisión final fue a favor de otra persona", "el cliente se decidió por
  otro perfil", "haben uns jedoch für eine Person entschieden, deren Profil ...", Flemish
  "we hebben een ander profiel weerhouden";
- decided otherwise: "Das Team hat sich anders entschieden", "het team heeft anders
  beslist", "the client decided otherwise";
- no good news, after she nudged: "Leider habe ich keine guten Nachrichten für Sie", "je
  n'ai pas de bonne nouvelle à vous annoncer", "no tengo buenas noticias", "helaas heb ik
  geen goed nieuws" (English had "it's not good news"); never "not the answer you were
  waiting for", which as often brings a pause ("je n'ai pas la réponse que vous attendiez :
  la direction vient de geler tous les recrutements", corpus w23ir-043);
- what they look for, set against her: "Votre profil a retenu toute notre attention, mais
  nous recherchons une personne ayant ...", "but we're looking for someone with more ...",
  "Wij zoeken voor deze rol toch iemand die al ...".

Never a no of the other candidate ("the decision went against the other finalist" is no
row), nor good news denied as a question ("no good news yet?"): ``core.intents`` applies
its guards (a condition, a generic group) to every row.

Data only (see ``core.phrase_rows``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import REJECTION, STRONG, WEAK, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: The others the search narrows to (folded, en).
_OTHERS_EN: Final = r"(?:the )?(?:candidates|applicants|profiles|people|those|finalists)"

IMPLIED_NO_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, WEAK, "the search narrowed to other profiles", _rx(
        # "agreed to focus our remaining time on applicants whose background ...", "we will be
        # prioritising profiles with that experience", "the team is concentrating on those who"
        r"\b(?:decided to|agreed to|chosen to|opted to|will be|we'll be|we're|we are|is|are)"
        r" (?:now )?(?:focus(?:ing)?|concentrat(?:e|ing)|prioriti[sz](?:e|ing))(?: (?:our|the"
        rf"|its|their) (?:\w+ )?(?:time|attention|efforts?|search))? on {_OTHERS_EN}\b",
        rf"\bprioriti[sz](?:e|ing) {_OTHERS_EN} (?:with|who|whose)\b",
        # "hemos optado por perfiles con más trayectoria", "optamos por seguir con postulantes
        # con más experiencia"
        r"\b(?:optado|optamos|optaron|opto|decantado|decantamos) por (?:seguir (?:adelante )?con"
        r" )?(?:(?:los|las|unos|unas) )?(?:perfiles|candidat[oa]s|postulantes|personas"
        r"|profesionales) (?:con|que (?:tienen|tengan|cuentan|cuenten)) (?:\S+ ){0,2}?(?:mas"
        r"|mayor)\b",
        # the process going on with others who have what she lacks (probe-noes10's fresh
        # set, read as a promise at 0.74): "die Fachabteilung möchte den Prozess mit
        # Kandidatinnen weiterführen, die schon Erfahrung in der Pflege mitbringen"
        r"\bmit (?:anderen )?(?:kandidat\w*|bewerber\w*|profilen|personen) (?:weiterfuhren"
        r"|fortsetzen|fortfuhren|weitermachen|weiterzufuhren|fortzusetzen),? (?:die|deren)\b",
        r"\b(?:setzen|fuhren) (?:\w+ ){0,3}?mit (?:anderen )?(?:kandidat\w*|bewerber\w*"
        r"|profilen|personen) fort,? (?:die|deren)\b",
    )),
    (REJECTION, STRONG, "the decision went to another", _rx(
        # "tipped the decision towards the other finalist", "the decision went to someone"
        r"\bdecision (?:\S+ ){0,2}?(?:towards|in favou?r of|went to|fell to) (?:the other"
        r"|another|someone|somebody|a different)\b",
        # "the team has offered the position elsewhere", "filled it elsewhere"
        r"\b(?:offered|given|filled) (?:the|this|that) (?:position|role|job|post|vacancy)"
        r" elsewhere\b",
        # "the hiring manager has made her decision and I'm afraid it wasn't in your favour",
        # "die Entscheidung ist nicht zu Ihren Gunsten ausgefallen", "pas en votre faveur"
        r"\b(?:wasn't|was not|isn't|is not|hasn't been|has not been|didn't go|did not go"
        r"|hasn't gone|has not gone) (?:\w+ )?(?:in your favou?r|your way)\b",
        r"\bnicht (?:zu )?(?:ihren|deinen) gunsten\b|\bpas (?:en|a) (?:votre|ta) faveur\b"
        r"|\bno (?:fue|ha sido|ha salido|salio) (?:a|en) (?:tu|su) favor\b"
        r"|\bniet in (?:jouw|je|uw) (?:voordeel|favour|favor)\b",
        # "le poste a finalement été attribué à une personne en interne"
        r"\bposte a (?:\w+ )?ete (?:attribue|confie|propose|offert) a (?:une?|quelqu'un|l'autre"
        r"|d'autres)\b",
        # "the team have picked someone with more agency-side experience"
        r"\b(?:picked|hired|appointed|offered it to|gone for|went for) (?:someone|somebody)"
        r" (?:with|who|whose)\b",
        # "la decisión final fue a favor de otra persona", "el cliente se decidió por otro perfil"
        r"\b(?:decision|eleccion)(?: final)? (?:fue|ha sido|se inclino|se decanto) (?:a favor de"
        r"|por|hacia) (?:otr[oa]|alguien)\b",
        r"\bse (?:decidio|decidieron|ha decidido|han decidido|inclino|inclinaron|decanto"
        r"|decantaron) por (?:otr[oa]|alguien|un perfil|una persona)\b",
        # "haben uns jedoch für eine Person entschieden, deren Profil noch besser ..."
        r"\b(?:fur|zugunsten) (?:eine|einen|ein) (?:person|profil)\b(?: \S+){0,12}? entschieden\b",
        # Flemish, where "weerhouden" is to select: "we hebben een ander profiel weerhouden"
        r"\b(?:een )?andere? (?:profiel|kandidaat|kandidate|kandidatuur|persoon)"
        r" (?:(?!niet\b)\S+ ){0,2}?weerhouden\b",
    )),
    (REJECTION, STRONG, "you were not selected", _rx(
        # the verb first, after "leider" or "helaas": "Leider wurde Ihre Bewerbung abgelehnt",
        # "Helaas ben je afgewezen" (read as nothing; the verb last was known)
        r"\b(?:wurde|ist) (?:ihre|deine) bewerbung (?:leider |nun |jetzt )?(?:abgelehnt"
        r"|nicht berucksichtigt)\b",
        r"\b(?:ben|bent|werd|is|werd je|is je) (?:je|u|jij|jouw sollicitatie|uw sollicitatie"
        r"|je sollicitatie|jouw kandidatuur|je kandidatuur|uw kandidatuur) (?:helaas |dus )?"
        r"afgewezen\b",
        # the choice not fallen on her, the verb last (probe-noes10's fresh set, read as a
        # pleasantry at 0.77): "het spijt me dat de keuze niet op jou is gevallen"
        r"\bkeuze (?:\w+ ){0,3}?niet (?:op|bij) (?:jou|je|u|jouw \w+|uw \w+) (?:is|was)"
        r" (?:uit)?gevallen\b",
    )),
    (REJECTION, STRONG, "they decided otherwise", _rx(
        r"\bsich (?:\w+ ){0,2}?(?:anders|anderweitig) (?:entschieden|entschlossen)\b",
        r"\b(?:heeft|hebben) (?:\w+ ){0,2}?anders (?:beslist|besloten)\b",
        r"\b(?:decided|chose|went) otherwise\b",
    )),
    # reassurance undoes it ("keine positive Nachricht - aber eben auch keine negative"),
    # and so does "not yet" ("Nog geen goed nieuws, maar ..."): a wait
    (REJECTION, WEAK, "bad news, kindly put", _rx(
        r"(?<!\bnoch )\bkeine (?:guten|gute|positiven|positive|erfreulichen) (?:nachrichten"
        r"|nachricht|neuigkeiten|news)\b(?! (?:bisher|bislang)\b)",
        r"\bpas (?:de |une )?(?:bonnes? nouvelles?|nouvelles? positives?)\b(?! (?:pour"
        r" (?:l'instant|le moment)|encore|a ce stade)\b)",
        r"\bno (?:tengo|tenemos|traigo|te traigo|son|es una?) (?:muy )?(?:buenas noticias"
        r"|buena noticia|noticias positivas)\b",
        r"(?<!\bnog )(?<!\bnu nog )\bgeen (?:goed|positief) nieuws\b(?! (?:yet|nog)\b)",
    )),
    (REJECTION, WEAK, "they look for someone else", _rx(
        r"\bmais (?:nous recherchons|nous cherchons|le client recherche|le poste (?:requiert"
        r"|necessite)) (?:plutot )?(?:une personne|un profil|quelqu'un|un(?:e)? candidat\w*)\b",
        r"\bbut (?:we're|we are|the team is|the client is|they're|they are) (?:really )?looking"
        r" for (?:someone|somebody|a candidate|a profile|a person) (?:with|who)\b",
        r"\bzoeken (?:\w+ ){0,4}?toch (?:iemand|een profiel|een kandidaat)\b",
    )),
)
