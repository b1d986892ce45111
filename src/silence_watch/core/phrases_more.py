"""More ways people say no, or say "still deciding", read from the corpus and testers' mail.

The rows of ``core.phrases_outcome`` and ``core.phrases_process`` missed these (the learned
reader carried them on the messages it was trained on, not on new ones): a panel's
recommendation that "went to another candidate", "poste pourvu", "aller de l'avant avec
d'autres candidatures", "nos hemos quedado con", "sluit niet goed aan bij", "aangeboden aan
een andere kandidaat" (development part, batches w2 to w13), "uns anderweitig entschieden",
"deze rol vullen we intern in", "we zetten de werving ... stil" (batch w17rn); "nothing
has been decided yet ... you're still in" (batch w16dt, the issue's own near-miss), "se la
haré saber" (tester round t62ml); from batches w20dp and w21nr, a nominee, an internal
pick or "a closer match" said of the others, "se inclinó por alguien", "ce n'est pas votre
candidature qui a été retenue", "not going to take it further", "ya cubrimos la vacante", a
hold put on hiring ("sur la glace", "liggen ... stil"), and promises in the Spanish present
("te damos una respuesta", "te decimos algo"). Data only (see ``core.phrase_rows``);
``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import (
    ACK,
    FILLED,
    NEXT_STEP,
    ON_HOLD,
    REJECTION,
    REQUEST,
    STRONG,
    WEAK,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

MORE_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "they went another way", _rx(
        # en
        r"\b(?:recommendation|nod|offer|role|job|position) went to (?:another|a different"
        r"|the other|someone|an internal)\b",
        r"\bwent with the (?:person|candidate|applicant|one) (?:who|with|that)\b",
        r"\bclose the (?:search|process|role) with (?:the other|another) (?:finalist|candidate)",
        r"\b(?:forward|ahead|on) with (?:two|three|four|several|a few|\d) other (?:candidates"
        r"|applicants|finalists)\b",
        r"\bfor this (?:role|position|job) it'?s a no\b",
        r"\b(?:not|isn't|is not) taken forward\b|\bchose to follow with another\b",
        r"\bnot in a position to make an appointment\b",
        r"\b(?:does not|doesn't) match (?:our|the) (?:current )?requirement\b",
        # de
        r"\bnicht in die engere auswahl\b",
        r"\b(?:einer|einem) anderen (?:kandidat\w*|bewerber\w*) (?:ein|das|unser) angebot\b",
        r"\b(?:prozess|verfahren|auswahlverfahren) mit (?:einer|einem) (?:kandidat\w*"
        r"|bewerber\w*) (?:fortzusetzen|weiterzufuhren), (?:die|der)\b",
        r"\bmit anderen (?:bewerber|kandidat)\S* in die nachste runde\b",
        r"\bmit (?:ihnen|dir) nicht (?:fortzusetzen|fortzufuhren|weiterzufuhren)\b",
        r"\b(?:diesmal )?hat es (?:leider )?(?:diesmal )?nicht gereicht\b",
        # "haben wir uns entschieden, das Verfahren mit einer anderen Kandidatin
        # fortzusetzen" (tester round t69rb), "uns anderweitig entschieden" (batch w17rn)
        r"\bmit (?:einer|einem) anderen (?:kandidat\w*|bewerber\w*|person) (?:fortzusetzen"
        r"|fortzufuhren|weiterzufuhren|weiterzugehen|fort(?:setzen|fuhren)?\b)",
        r"\buns (?:\w+ ){0,4}?(?:anderweitig|anders) entschieden\b",
        # fr
        r"^\W*poste pourvu\b",
        r"\baller de l'avant avec (?:d'autres|un autre|une autre|l'autre)\b",
        r"\b(?:offrir|offert) le poste\b _W_{0,6}?a (?:un|une|quelqu'un|l'autre)\b",
        r"\bpoursuivre (?:le processus|la procedure|le recrutement)(?: de selection)? avec"
        r" (?:des|d'autres) (?:candidat|profil)",
        r"\babandonn\w* (?:son|notre|le|leur) (?:projet de )?recrutement\b",
        r"\bce (?:ne )?sera pas (?:pour )?cette fois\b",
        r"\bon part (?:sur|avec) (?:quelqu'un|un autre|une autre|l'autre)\b",
        r"\btranche en faveur (?:de l'autre|d'un autre|d'une autre|d'un(?:e)? candidat)",
        # es
        r"\b(?:nos hemos quedado|se han quedado|nos quedamos|se quedaron) con (?:un|una|otr[oa]"
        r"|alguien|la otra|el otro)\b",
        r"\b(?:situacion|estado): excluid[oa]\b",
        r"\bavanz\w* con otr[oa]s? (?:perfil|candidat)",
        r"\bentre (?:los|las) que (?:lamentablemente )?no (?:te|se) encuentra",
        r"\bla (?:posicion|vacante|busqueda) se cubrio\b",
        r"^\W*perfil descartado\b",
        # nl
        r"\bsluit\w* _W_{0,4}niet (?:goed |voldoende |helemaal |volledig )?aan bij\b",
        r"\bgekozen voor een (?:kandidaat|kandidate|sollicitant) (?:met|die)\b",
        r"\baangeboden aan (?:een andere|iemand|de andere)\b",
        r"\b(?:je|jou|u) (?:helaas )?niet (?:kunnen|kan) aannemen\b",
        r"\b(?:procedure|proces) (?:voort te zetten )?met (?:andere )?kandidaten (?:voort|wier"
        r"|die|van wie)\b",
        r"\bandere kandidaten uit te nodigen\b",
        r"\bgaat voor (?:iemand anders|een andere|de andere|een ander)\b",
        r"\b(?:vullen|vult) (?:we |wij )?(?:\w+ ){0,3}?intern in\b",  # "rol vullen we intern in"
        # tester round t67sc: "besloten verder te gaan met een kandidaat die al ervaring heeft"
        r"\bverder (?:te )?gaan met (?:een|de) (?:andere )?(?:kandidaat|kandidate|sollicitant)"
        r" (?:die|met|wiens)\b",
    )),
    (REJECTION, WEAK, "they are sorry it is no good news", _rx(
        r"\b(?:afraid|sorry),? (?:it'?s|it is|this is) not (?:good|the) news\b",
        r"\bnot good news this time\b",
        r"\bthe fit wasn'?t (?:quite )?there\b",
        r"^\W*helaas,? geen match\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        # said as a help, not a question (batch w18pr): "it would help to have the street
        # addresses", "il serait utile que je connaisse la durée de votre préavis"
        r"\bit would (?:really )?help (?:to (?:have|get|know|see)|if you (?:could|can|sent))\b",
        r"\bil (?:serait|sera) utile que (?:je|nous) (?:connaisse|connaissions|ayons|recevions)\b",
        r"\bes (?:ware|ist) hilfreich, wenn (?:sie|du) (?:uns|mir)\b",
        r"\bseria (?:util|de ayuda) (?:que (?:nos|me) (?:envies|envie|indiques|indique|mandes"
        r"|mande)|contar con|tener)\b",
        r"\b(?:het )?zou (?:helpen|handig zijn) als (?:je|u) (?:ons|mij)\b",
    )),
    (NEXT_STEP, STRONG, "they will set up a meeting", _rx(
        # batch w18pr: the secretary "meldet sich bei Ihnen wegen eines Termins"
        r"\bmeld\w* sich (?:\w+ ){0,3}wegen (?:eines|des|einem) (?:termin|gesprach|treffen)",
        # "The last step is a 45-minute conversation with Alan Reyes, our CPO" (tester t80pn)
        r"\bthe (?:next|last|final) (?:step|stage|round) (?:is|will be|would be) (?:a|an)"
        r" (?:[\w-]+ ){0,3}?(?:conversation|call|chat|interview|meeting|panel|presentation"
        r"|case|exercise|assessment)\b",
    )),
    (ON_HOLD, STRONG, "hiring is paused", _rx(
        # "we zetten de werving voor de projectcalculator tot februari stil" (batch w17rn)
        r"\bzetten (?:we |wij )?(?:de |het |onze )?(?:werving|vacatures?|procedure|aanwerving"
        r"|selectie|proces|functie)\b _W_{0,6}?stil\b|\bstilgezet\b",
    )),
    (ACK, STRONG, "they are still deciding", _rx(
        r"\bnothing (?:has been|is|was) (?:decided|settled|final)\b|\byou(?:'re| are) still in\b",
        # "thx jordan! still deciding, end of next wk" (tester round t79ph)
        r"(?<!you )(?<!you're )\bstill (?:deciding|deliberating|debating|weighing (?:it|things"
        r"|up))\b"
        r"|\b(?:todavia|aun) (?:lo )?(?:estamos|seguimos) (?:decidiendo|deliberando|valorandolo)\b"
        r"|\b(?:on|nous) (?:hesite|hesitons) encore\b|\bnog aan het (?:twijfelen|beslissen)\b",
        r"\bstill being (?:collated|finali[sz]ed|compiled|reviewed)\b|\bkindly bear with us\b",
        r"\bstill in (?:the )?(?:running|contention|mix)\b|\bnoch (?:im rennen|im prozess)\b"
        r"|\btoujours en lice\b|\bsigues en (?:el proceso|carrera)\b|\bnog in de race\b",
        # "en cuanto tengamos una decisión se la haré saber"
        r"\b(?:se|te|le|les|os) (?:la |lo )?(?:hare|haremos) saber\b",
        # the others told no, the candidate goes on: "Den zwei anderen Kandidaten habe ich
        # abgesagt, Sie sind jetzt die einzige, die noch im Rennen ist" (batch w15pd)
        r"\b(?:the only one|die einzigen?|der einzige|la seule|le seul|la unica|el unico"
        r"|de enige)\b[^.!?]{0,30}\b(?:left|in the running|im rennen|en lice|en carrera"
        r"|in de race|over)\b",
        r"\b(?:den|the|aux|a los|a las|de) (?:(?:zwei|beiden|two|deux|dos|twee) )?(?:anderen"
        r"|other|autres|otros|otras|andere) (?:kandidat|candidat|finalist|bewerber|sollicitant)"
        r"\w*(?:innen)? (?:\w+ ){0,3}?(?:abgesagt|told|declined|let go|informe\w*|notifi\w*"
        r"|comunicado|afgewezen)",
        # "uiterlijk vrijdag 4 december weet je of je door bent naar de laatste ronde" (tester
        # round t77lt): by then the candidate will know; the answer is theirs to give
        # (not "Weet je of je maandag kunt?": a question opens with it)
        r"(?<=\w )(?:weet (?:je|u|jij)|you(?:'ll| will) know|(?:wissen sie|weisst du)"
        r"|(?:vous saurez|tu sauras)|(?:sabras|sabra|sabreis|sabran)),? (?:dan |then |alors )?"
        r"(?:of|whether|if|ob|si)\b",
    )),
    # --- batches w20dp and w21nr (development part) ----------------------------------------
    (REJECTION, STRONG, "they chose another candidate", _rx(
        # "the board nominates another candidate": "besloten een andere kandidaat voor te
        # dragen voor benoeming", "the panel has recommended another finalist"
        r"\b(?:recommended|appointed|nominated|put forward|proposed) (?:another|a different"
        r"|an internal|the other) finalist\b",
        r"\b(?:een|de) andere (?:kandidaat|kandidate|sollicitant) (?:voor te dragen|te benoemen"
        r"|aan te stellen|aan te nemen)\b",
        r"\b(?:einen anderen|eine andere) (?:kandidat\w*|bewerber\w*|person) (?:vorzuschlagen"
        r"|zu ernennen|einzustellen|zu berufen)\b",
        r"\b(?:proposer|nommer|recommander) (?:un autre|une autre|l'autre) (?:candidat\w*"
        r"|personne|finaliste)\b",
        r"\b(?:proponer|nombrar|recomendar) (?:a )?(?:otr[oa]|la otra|el otro) (?:candidat\w*"
        r"|persona|finalista)\b",
        # "the hiring manager has chosen someone internal"
        r"\b(?:chose|chosen|selected|picked|hired|appointed|went with|gone with) (?:someone"
        r"|somebody) (?:internal|internally|from (?:inside|within))\b|\b(?:chose|chosen"
        r"|selected|picked|hired|appointed|went with|gone with) an internal (?:candidate"
        r"|applicant|hire|person)\b",
        r"\b(?:retenu|choisi|privilegie|opte pour) (?:une candidature|un candidat|une candidate"
        r"|quelqu'un|un profil) (?:en )?interne\b",
        r"\b(?:elegido|optado por|decidido por|quedado con|seleccionado) (?:a )?(?:alguien"
        r"|una persona|un candidato|una candidata|un perfil) (?:interno|interna|de dentro"
        r"|de la casa)\b",
        r"\b(?:gekozen|kiezen|gaan) voor (?:een )?(?:interne (?:kandidaat|kandidate|sollicitant"
        r"|medewerker|collega)|iemand (?:van )?intern)\b",
        # "the people with deeper Kubernetes experience were a closer match"
        r"\b(?:people|candidates|applicants|others|profiles|those)\b _W_{0,8}?(?:were|are)"
        r" (?:a )?(?:closer|better|stronger) (?:match|fit)(?:es)?\b",
        r"\b(?:andere|anderen) (?:bewerber\w*|kandidat\w*|profile)\b _W_{0,8}?(?:(?:besser|naher)"
        r" (?:passten|passen|entsprachen|entsprechen)|(?:passten|entsprachen) _W_?(?:besser"
        r"|naher))\b",
        r"\b(?:d'autres|les autres) (?:profils|candidat\w*)\b _W_{0,8}?(?:correspondaient"
        r"|correspondent) (?:davantage|mieux)\b",
        r"\b(?:otros|otras) (?:perfiles|candidat\w*)\b _W_{0,8}?(?:encajaban|encajan"
        r"|se ajustaban|se ajustan) mejor\b",
        # "el equipo se inclinó por alguien que ya había trabajado con SAP"
        r"\b(?:inclino|inclinaron|decanto|decantaron) por (?:otr[oa]|alguien|la otra|el otro)\b",
        r"\b(?:leaned|leant|leaning) (?:towards?) (?:another|someone|the other|a different)\b",
        r"\b(?:penche|penches|penchee|oriente|orientes) (?:pour|vers) (?:un autre|une autre"
        r"|quelqu'un|l'autre|d'autres)\b",
        r"\b(?:neigde|neigden) (?:\w+ )?(?:naar|tot) (?:een andere|iemand|de andere)\b",
    )),
    (REJECTION, STRONG, "you were not selected", _rx(
        # "ce n'est pas votre candidature qui a été retenue"
        r"\bce n'est pas (?:votre|ta) (?:candidature|profil|dossier) qui (?:a ete|est|sera)"
        r" (?:retenue?|choisie?|selectionnee?)\b",
        r"\bno (?:ha sido|fue) (?:tu|su) (?:candidatura|perfil) (?:la|el) (?:elegid|seleccionad)"
        r"[oa]\b",
        r"\b(?:keuze|voorkeur) (?:is |viel )?niet (?:op|naar) (?:jou|u|je) (?:gevallen|uit)\b",
        r"\b(?:it|this) (?:wasn't|was not) (?:you|your (?:application|profile)) (?:we|they"
        r"|the panel) (?:chose|picked|selected|went with)\b",
        # a status line: "No continúa en el proceso."
        r"\bno (?:continua|continuas|continuan|sigue|sigues|siguen|avanza|avanzas) (?:en|con)"
        r" (?:el|este|nuestro|la) (?:proceso|seleccion)\b",
        r"\b(?:is|are|will) not (?:be )?(?:continuing|progressing) in (?:the|this|our)"
        r" (?:process|selection|recruitment)\b",
        r"\bne (?:poursui(?:t|vez|s)|continue(?:z|s)?) pas (?:dans )?(?:le|ce) processus\b",
    )),
    (REJECTION, WEAK, "they will not move forward", _rx(
        # "which is why we're not going to take it further"
        r"\bnot (?:going to |gonna )?tak(?:e|ing) (?:it|this|things|your (?:application"
        r"|candidacy)) (?:any )?further\b",
    )),
    (REJECTION, WEAK, FILLED, _rx(
        # "we filled the Data Analyst position last week", "Gracias, pero ya cubrimos la vacante"
        r"\b(?:we(?:'ve| have)?|they(?:'ve| have)?|client has) (?:already |now |just )?filled"
        r" (?:the|this|that|our) (?:[\w-]+ ){1,3}(?:position|role|job|vacancy|opening|post)\b",
        r"\b(?:cubrimos|hemos cubierto|cubrieron|han cubierto|ocupamos|hemos ocupado) (?:la|el)"
        r" (?:vacante|puesto|posicion|plaza)\b",
        r"\b(?:avons|a|ont) (?:deja |finalement |maintenant )?pourvu (?:le|ce) poste\b",
        r"\b(?:hebben|heeft|heb) (?:we |wij )?(?:de|deze) (?:vacature|functie|positie|rol)"
        r" (?:al |inmiddels |intussen )?(?:ingevuld|vervuld)\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        # "Om je inschrijving af te ronden heb ik nog een paar dingen van je nodig"
        r"\b(?:heb|hebben) (?:ik|we|wij) (?:nog )?_W_{0,4}?(?:van je|van jou|van u) nodig\b",
        r"\bnecesito (?:que (?:me|nos) (?:envies|mandes|envie|mande)|tu|su|unos|unas|algunos"
        r"|algunas|un par de)\b",
    )),
    (ON_HOLD, STRONG, "hiring is paused", _rx(
        # "the company has put a hold on new hires until Q1"
        r"\b(?:put|placed|place|putting|placing) (?:a|an) (?:\w+ )?(?:hold|freeze|pause) on\b"
        r"|\bonce the freeze (?:lifts|is lifted|ends)\b",
        # in Québec, a process is put "sur la glace" (on ice)
        r"\b(?:mettre|mis|mise|met|mettons) (?:\S+ ){0,5}?sur (?:la glace|pause)\b",
        r"\b(?:parar|detener|detenemos|detuvimos|paralizar|paralizamos) (?:el|la|los|las)"
        r" (?:proceso|procesos|seleccion|busqueda|contratacion|contrataciones|entrevistas)\b",
        # "Door een bestuurswisseling liggen alle nieuwe benoemingen op dit moment stil"
        r"\b(?:liggen|ligt) (?:\w+ ){0,3}?(?:benoemingen|aanstellingen|aannames|werving\w*"
        r"|vacatures?|procedures?|sollicitatieprocedures?|selectie\w*)\b(?: \w+){0,4}? stil\b",
    )),
    (ACK, STRONG, "they will be in touch", _rx(
        # "Te damos una respuesta después de Reyes", "Te decimos algo", "tendrás una respuesta"
        r"\b(?:te|le|os|les) (?:damos|daremos|doy|dare|mandamos|enviamos) (?:una |la |nuestra"
        r" |alguna )?(?:respuesta|contestacion|noticias|novedades|decision)\b",
        r"\b(?:te|le|os|les) (?:decimos|contamos|comentamos|avisamos|confirmamos) algo\b",
        r"\b(?:tendras|tendra|tendreis|tendran|recibiras|recibira) (?:una |nuestra |la |alguna )?"
        r"(?:respuesta|contestacion|noticias|novedades|decision)\b",
        r"\b(?:communiquerons|communiquerai|communiquera|annoncerons|transmettrons) (?:notre|ma"
        r"|la|une|leur) (?:decision|reponse)\b",
        r"\b(?:will|'ll|shall) (?:communicate|announce) (?:our|the|a|my) (?:final )?(?:decision"
        r"|outcome)\b",
        r"\b(?:unsere|die|meine) entscheidung _W_{0,4}?(?:mitteilen|bekanntgeben|bekannt geben)\b",
        # "ik verwacht je na de feestdagen uitsluitsel te kunnen geven"
        r"\b(?:je|u|jou)\b _W_{0,5}?(?:uitsluitsel|duidelijkheid) (?:te )?(?:kunnen )?(?:geven"
        r"|bieden)\b",
        r"\b(?:beslissing|besluit|uitslag|keuze) _W_{0,3}?(?:bekendmaken|bekend maken|kenbaar"
        r" maken)\b",
    )),
)
