"""More ways people say no, or say "still deciding", read from the corpus and testers' mail.

The rows of ``core.phrases_outcome`` and ``core.phrases_process`` missed these (the learned
reader carried them on the messages it was trained on, not on new ones): a panel's
recommendation that "went to another candidate", "poste pourvu", "aller de l'avant avec
d'autres candidatures", "nos hemos quedado con", "sluit niet goed aan bij", "aangeboden aan
een andere kandidaat" (development part, batches w2 to w13), "uns anderweitig entschieden",
"deze rol vullen we intern in", "we zetten de werving ... stil" (batch w17rn); "nothing
has been decided yet ... you're still in" (batch w16dt, the issue's own near-miss), "se la
haré saber" (tester round t62ml); "el cliente eligió a otra persona", "voor iemand anders
gekozen" (batch w11ne). Data only (see ``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import (
    ACK,
    NEXT_STEP,
    ON_HOLD,
    REJECTION,
    REQUEST,
    SENTENCE_START,
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
        # also on its own line under the greeting: "Bonjour,\nPoste pourvu.\nCdlt"
        rf"{SENTENCE_START}poste pourvu\b",
        r"\baller de l'avant avec (?:d'autres|un autre|une autre|l'autre)\b",
        r"\b(?:offrir|offert) le poste\b _W_{0,6}?a (?:un|une|quelqu'un|l'autre)\b",
        r"\bpoursuivre (?:le processus|la procedure|le recrutement)(?: de selection)? avec"
        r" (?:des|d'autres) (?:candidat|profil)",
        r"\babandonn\w* (?:son|notre|le|leur) (?:projet de )?recrutement\b",
        r"\bce (?:ne )?sera pas (?:pour )?cette fois\b",
        # never another time or place: "On part sur un autre créneau : jeudi 10h ?"
        r"\bon part (?:sur|avec) (?:quelqu'un|un autre|une autre|l'autre)\b(?! (?:creneau"
        r"|horaire|jour|date|moment|rendez-vous|rdv|format|lieu|site|bureau|salle|slot))",
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
    # "el cliente eligió a otra persona", "de klant heeft voor iemand anders gekozen"
    # (development part, batch w11ne: the verbs of choosing the rows above lacked)
    (REJECTION, STRONG, "they chose someone else", _rx(
        r"(?<!\bno )\b(?:eligio|eligieron|escogio|escogieron|opto por|optaron por|se decanto por"
        r"|se decantaron por|se inclino por|se inclinaron por|hemos elegido|hemos escogido"
        r"|hemos optado por) (?:a )?(?:otra persona|otro candidato|otra candidata|otro perfil"
        r"|alguien mas)\b",
        r"(?<!\bniet )\b(?:voor iemand anders|voor een andere kandidaat|voor een ander profiel)"
        r" (?:gekozen|gegaan)\b",
        r"\bgekozen voor iemand anders\b",
    )),
    # "unfortunately we are unable to sponsor visas for this role" (tester round u13vs)
    (REJECTION, STRONG, "they cannot sponsor a visa", _rx(
        r"\b(?:unable|not able|cannot|can't|can not|won't be able|aren't able|are not in a"
        r" position) to (?:offer |provide |support |consider )?(?:visa |work permit )?"
        r"sponsor(?:ship|ing)?\b(?! is (?:not )?(?:required|needed))",
        r"\bno (?:visa |work permit )?sponsorship (?:is |can be )?(?:available|possible"
        r"|offered)\b(?! for (?:this|the) (?:first|initial))",
        r"\b(?:konnen|durfen) (?:wir )?(?:leider )?(?:kein(?:e|en)?|nicht) (?:visum|visa"
        r"|arbeitserlaubnis|visumsantrag|sponsoring)\w* (?:sponsern|unterstutzen|beantragen"
        r"|ubernehmen|anbieten)\b",
        r"\bne (?:sommes|pouvons|sera|serons) pas (?:en mesure de |possible de )?(?:parrainer"
        r"|sponsoriser|prendre en charge (?:le|votre|un) (?:visa|permis))\b",
        r"\bno (?:podemos|es posible|nos es posible|estamos en condiciones de) (?:patrocinar"
        r"|ofrecer (?:el )?patrocinio|tramitar (?:el|su|tu) (?:visado|permiso))\b",
        r"\b(?:kunnen|kan) (?:wij |we )?(?:helaas )?geen (?:visum|werkvergunning|sponsoring"
        r"|sponsorschap)\w* (?:regelen|aanbieden|sponsoren|verzorgen|aanvragen)\b",
    )),
    # "nous avons finalement fait le choix d'un profil plus junior" (tester round u20rj)
    (REJECTION, STRONG, "they chose another profile", _rx(
        r"\b(?:fait|avons fait|a fait|faisons) (?:finalement |donc )?le choix d'(?:un|une)"
        r" (?:autre )?(?:profil|candidat\w*|personne)\b",
    )),
    (REJECTION, WEAK, "they are sorry it is no good news", _rx(
        r"\b(?:afraid|sorry),? (?:it'?s|it is|this is) not (?:good|the) news\b",
        r"\bnot good news this time\b",
        r"\bthe fit wasn'?t (?:quite )?there\b",
        r"^\W*helaas,? geen match\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        # asked to answer, an Austrian way (tester round u18rv): "Bitte um Rückmeldung bis"
        r"\bbitte um (?:ihre |deine |eine |kurze )*(?:ruckmeldung|antwort|bestatigung)\b",
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
        # "tot die tijd staat de externe procedure even stil" (tester round u10ps)
        r"\b(?:procedure|werving|vacature|selectie|sollicitatieprocedure|proces)\b"
        r" (?:staat|ligt) (?:\w+ )?(?:even |tijdelijk |voorlopig )?stil\b",
        r"\b(?:staat|ligt) (?:de |het )?(?:\w+ )?(?:procedure|werving|vacature|selectie|proces)"
        r" (?:even |tijdelijk |voorlopig )?stil\b",
    )),
    # Latin American Spanish promises in a periphrasis (tester round u29es): "le estaremos
    # contactando a más tardar el viernes 11", "te vamos a estar avisando", "nos estaremos
    # comunicando con usted", "estaremos en contacto"; never "no le estaremos contactando"
    (ACK, STRONG, "they will be in touch", _rx(
        r"(?<!\bno )\b(?:le|la|lo|te|les|los|las|os) (?:(?:vamos|voy|van) a (?:estar )?"
        r"|(?:estaremos|estare|estara|estaran) )(?:contact(?:ando|ar)|escribi(?:endo|r)"
        r"|inform(?:ando|ar)|avis(?:ando|ar)|comunic(?:ando|ar)|respond(?:iendo|er)"
        r"|contest(?:ando|ar)|confirm(?:ando|ar)|notific(?:ando|ar)|d(?:ando|ar) (?:una |la"
        r" |nuestra )?respuesta)\b",
        r"(?<!\bno )\bnos (?:(?:vamos|voy|van) a (?:estar )?|estaremos )(?:comunic(?:ando|ar)"
        r"|pon(?:iendo|er) en contacto)\b|\b(?:estaremos|vamos a estar) en contacto\b",
        # the present for the future: "en cuanto lo tengamos claro te cuento algo", "ya te
        # aviso" (tester round t70dr); never "te cuento el porqué" (the why, given now)
        r"\b(?:ya|en cuanto\b[^.!?]{0,60}?|cuando (?:sepamos|tengamos)\b[^.!?]{0,40}?)"
        r" (?:te|le|os) (?:cuento|contamos|aviso|avisamos|escribo|escribimos|digo algo"
        r"|decimos algo)\b(?! (?:el|los) porques?\b)",
        # a day first: "el lunes te cuento", "mañana te digo algo" (stop 44)
        r"\b(?:lunes|martes|miercoles|jueves|viernes|manana|semana que viene|proxima semana)"
        r",? (?:te|le|os) (?:cuento|contamos|digo algo|decimos algo)\b(?! (?:el|los) porques?\b)",
        # the day after: "te cuento algo la próxima semana, ¿vale?" (probe-dates7)
        r"\b(?:te|le|os) (?:cuento|contamos|digo|decimos) algo (?:el |la |esta |este )?(?:lunes"
        r"|martes|miercoles|jueves|viernes|manana|semana que viene|proxima semana)\b",
        # kept posted: "te mantengo al tanto", "seguimos en contacto", "wir halten Sie auf
        # dem Laufenden", "will update soon" (probe-dates3); never "halten Sie uns ..."
        r"\b(?:te|le|la|lo|os|les) (?:mantengo|mantenemos|mantendre|mantendremos) (?:al tanto"
        r"|al corriente|informad[oa]s?)\b|\bseguimos en contacto\b|\b(?:ich halte|wir halten"
        r"|halte ich|halten wir) (?:sie|dich|euch)\b[^.!?]{0,30}?\bauf dem laufenden\b"
        r"|\b(?:will|i'll|we'll) update (?:soon|shortly|asap|when|once|as soon)\b",
        # the noun for the deed: "Pour le calendrier, rien ne change : retour au plus tard le
        # 11 décembre" (t55bx; read as perhaps a no by the learned reader alone)
        r"(?:^|[:;,.] )(?:un |notre |mon |le )?retour (?:de notre part )?(?:au plus tard|d'ici"
        r"|avant le|sous (?:huitaine|quinzaine|\d+ jours))\b",
        # German's verb before its subject and its split verb: "dann rufe ich Sie an", "wir
        # kommen im neuen Jahr auf Sie zu", "Freitag schreibe ich Ihnen" (probe-dates3);
        # never "Sie kommen auf uns zu" nor "kommen Sie gern auf mich zu" (hers to do)
        r"(?<!\bnicht )\b(?:rufe ich|rufen wir) (?:sie|dich|euch)\b[^.!?]{0,40}?\ban\b"
        r"|\b(?:wir kommen|ich komme|kommen wir|komme ich)\b[^.!?]{0,40}?\bauf (?:sie|dich"
        r"|euch) zu\b|\b(?:wir|ich) (?:werden|werde) _W_{0,4}?auf (?:sie|dich|euch) zukommen\b"
        r"|\b(?:schreibe ich|schreiben wir) (?:ihnen|dir|euch)\b",
    )),
    (ACK, STRONG, "they are still deciding", _rx(
        r"\bnothing (?:has been|is|was) (?:decided|settled|final)\b|\byou(?:'re| are) still in\b",
        # "thx jordan! still deciding, end of next wk" (tester round t79ph)
        r"(?<!you )(?<!you're )\bstill (?:deciding|deliberating|debating|weighing (?:it|things"
        r"|up))\b"
        # the round still being set up: "We're still finalising the panel and I'll confirm a
        # time tomorrow" (a pleasantry once her availability thanked for was no step)
        r"|\b(?:we're|we are|i'm|i am) still (?:finali[sz]ing|sorting out|arranging|organi[sz]ing"
        r"|confirming) (?:the |our )?(?:panel|schedule|interview schedule|slots|times|details"
        r"|logistics|interviewers)\b"
        r"|\b(?:todavia|aun) (?:lo )?(?:estamos|seguimos) (?:decidiendo|deliberando|valorandolo)\b"
        r"|\b(?:on|nous) (?:hesite|hesitons) encore\b|\bnog aan het (?:twijfelen|beslissen)\b",
        r"\bstill being (?:collated|finali[sz]ed|compiled|reviewed)\b|\bkindly bear with us\b",
        # still agreeing on it, they said: "danke für Ihre Nachfrage, wir sind noch in der
        # Abstimmung", "toujours en réflexion", "nog intern in overleg" (probe-dates3)
        r"\b(?:sind|befinden uns) (?:\w+ )?noch (?:mitten )?in (?:der )?(?:abstimmung"
        r"|entscheidungsfindung|klarung|abwagung)\b|\b(?:toujours|encore) en (?:cours de )?"
        r"(?:reflexion|deliberation)\b|\bnog (?:intern )?in beraad\b"
        r"|\b(?:intern nog|nog intern) in overleg\b"
        r"|\btoujours en cours (?:de notre cote|chez nous)\b"
        r"|\bstill working (?:through|on) (?:it|this|things|the (?:applications|shortlist))\b",
        r"\bstill in (?:the )?(?:running|contention|mix)\b|\bnoch (?:im rennen|im prozess)\b"
        r"|\btoujours en lice\b|\bsigues en (?:el proceso|carrera)\b|\bnog in de race\b",
        # "en cuanto tengamos una decisión se la haré saber"
        r"\b(?:se|te|le|les|os) (?:la |lo )?(?:hare|haremos) saber\b",
        # the others told no, the candidate goes on: "Den zwei anderen Kandidaten habe ich
        # abgesagt, Sie sind jetzt die einzige, die noch im Rennen ist" (batch w15pd)
        r"\b(?:the only one|die einzigen?|der einzige|la seule|le seul|la unica|el unico"
        r"|de enige)\b[^.!?]{0,30}\b(?:left|in the running|im rennen|en lice|en carrera"
        r"|in de race|over|a poursuivre|a continuer|moving forward|going forward|to continue"
        r"|weiterkommt|que (?:sigue|continua|pasa)|die (?:doorgaat|verder gaat))\b",
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
    # a promise to tell whether: "Bis Freitag teilen wir Ihnen mit, ob ...", "nous vous
    # dirons d'ici vendredi si ...", "je te dirai si ..." (tester round u33fu; the next
    # step it names is what the answer is about: ``core.whether_clauses``)
    (ACK, STRONG, "they will tell you whether", _rx(
        r"\b(?:teilen|sagen|informieren|geben) (?:wir|ich) (?:ihnen|dir|euch|sie|dich)\b"
        r"[^.!?]{0,40}?\bob\b"
        r"|\b(?:wir|ich) (?:informieren|benachrichtigen) (?:sie|dich|euch)\b[^.!?]{0,40}?\bob\b",
        r"\b(?:nous|je) (?:vous|te) (?:dirons|dirai|informerons|informerai|indiquerons"
        r"|indiquerai|confirmerons|confirmerai|preciserons|preciserai)\b[^.!?]{0,40}?\bsi\b",
    )),
)
