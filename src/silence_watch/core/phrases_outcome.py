"""Phrases of a rejection, in its degrees, in en, de, fr, es, nl (offers: ``core.phrases_offer``).

Data only (see ``core.phrase_rows`` for how a row is written); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import (
    FILLED,
    REJECTION,
    STRONG,
    WEAK,
    WITHDRAWN,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

_OTHER = (
    r"(?:other|another|a different|an internal|a more (?:senior|experienced)|someone|somebody"
    r"|the other|a candidate|an applicant|one of the other)"
)
#: A plan's day right after closing the process ("antes de", "a finales de", "esta
#: semana"): the process ends with their answer, which is to come (probe-dates3).
_WHEN = (
    r"(?! (?:antes|a (?:mas tardar|finales|principios|mediados)|esta semana|la (?:semana|proxima)"
    r"|en (?:los|las) proxim|durante|hacia|el (?:lunes|martes|miercoles|jueves|viernes|\d)))"
)

OUTCOME_PHRASES: Final[tuple[Row, ...]] = (
    # --- rejection: another candidate was chosen ------------------------------------
    (REJECTION, STRONG, "they chose another candidate", _rx(
        rf"\b(?:decided|chosen|elected|opted|decision) _W_{{0,4}}?(?:to )?(?:move|go|proceed"
        rf"|continue|progress|pursue|hire|offer|select|work)\w* _W_{{0,3}}?(?:(?:with|to"
        rf"|for) )?"
        rf"{_OTHER}",
        # never "we are not moving forward with other candidates at this time; you're still in"
        rf"(?<!not )(?<!n't )(?<!not be )(?<!n't be )"
        rf"\b(?:gone|went|go|going|proceed(?:ed|ing)?|move(?:d)? forward|moving forward|continue"
        rf"|continuing|hire|hired|hiring|select(?:ed)?|chose|chosen) (?:ahead )?(?:with |for )?"
        rf"{_OTHER} _W_{{0,2}}?(?:candidate|applicant|person|profile|finalist|else|who|whose"
        rf"|with)",
        r"\b(?:gone|went|go|going) with (?:someone|somebody) (?:internal|internally|from inside)\b",
        r"\b(?:taking|take|took|taken) (?:the |our )?next steps? with (?:someone|somebody) else\b",
        r"\bgegen (?:sie|dich|ihre bewerbung|deine bewerbung) (?:_W_){0,2}entschieden\b",
        r"\b(?:decantado|decantamos|inclinado|inclinamos) por (?:otr[oa]|alguien)",
        r"\b(?:hire|hired|hiring|chose|chosen|selected|picked|go with|gone with|went with) "
        r"(?:someone|somebody) else\b",
        r"\boffer(?:ed)? (?:the|this|that|our) _W_{0,4}?(?:role|position|job|post"
        r"|vacancy|opening) to (?:a|an|another|someone|somebody|one|the other|an internal)\b",
        r"\bextended (?:an|the) offer to (?:a|an|another|someone|the other)",
        r"\b(?:a|another) candidate (?:whose|who|with) _W_{0,6}?(?:more|closer|better"
        r"|closely)",
        r"\b(?:selected|chosen|identified|found|pursue|pursuing|proceed with|go with) "
        r"(?:other |another |a |the )?(?:candidates?|applicants?"
        r"|someone) (?:whose|who|with)\b",
        r"\bsuccessful (?:candidate|applicant) (?:had|has|was)",
        r"\b(?:recommended|appointed|nominated) (?:another|a different|an internal|the other)"
        r" (?:candidate|applicant|person)\b",
        r"\b(?:another|other|a different|the other) (?:candidate|applicant|person|profile)s? "
        r"(?:was|were|is|are|would be) (?:a |an )?(?:better|stronger|closer|more suitable) "
        r"(?:fit|match)\b",
        # de
        r"\b(?:fur|zugunsten) (?:eine[nmrs]? |einen |die |den )?(?:andere\w*|jemand\w*|weitere\w*"
        r"|kandidat\w*|bewerber\w*|mitbewerber\w*|kolleg\w*)\b_SW_{0,12}? (?:entschieden"
        r"|entscheiden|entschlossen)",
        r"\bwahl (?:ist )?_W_{0,2}auf (?:eine[nrm]? )?(?:andere|jemand)\w*",
        # "wir gehen den nächsten Schritt mit jemand anderem" (batch w20rp), never "mit
        # jemand anderem aus dem Team": a next step with a colleague
        r"\b(?:gehen|machen|gingen|setzen) _W_{0,4}?mit (?:jemand(?:em)? (?:anderem|anders)"
        r"|einer anderen (?:person|kandidatin|bewerberin)|einem anderen (?:kandidaten|bewerber"
        r"|profil))\b(?! (?:aus|von|bei|in) )",
        r"\bfur (?:andere |weitere )?(?:bewerbungen|profile) entschieden\b",
        r"\b(?:stelle|position|rolle) (?:_W_)?(?:einer|einem|an eine[nrm]?) "
        r"(?:anderen? |internen? )?"
        r"(?:kandidat\w*|bewerber\w*|person|kolleg\w*)\b _W_{0,2}?(?:anzubieten|anbieten"
        r"|angeboten)",
        r"\bmit (?:einem|einer) (?:internen|anderen) (?:kolleg\w*|kandidat\w*|bewerber\w*"
        r"|mitarbeiter\w*)\b _W_{0,2}?(?:besetzt|nachbesetzt|zu besetzen)",
        r"\bandere\w* (?:kandidat\S*|bewerber\S*|person\S*)_SW_{0,4}? (?:weiter )?"
        r"(?<!nicht )(?<!nicht weiter )(?:berucksichtig|ausgewahlt|den vorzug|vorgezogen)",
        # fr
        r"\b(?:retenu|retenir|choisi|choisir|selectionne|prefere|privilegie|privilegier) "
        r"(?:un(?:e)? autre|d'autres|quelqu'un d'autre"
        r"|un(?:e)? candidat|la candidature d'un)",
        r"\bchoix _W_{0,3}(?:porte|arrete|fait|tombe) _W_{0,2}(?:un(?:e)? autre|d'autres"
        r"|quelqu'un)",
        r"\barrete notre choix sur (?:un(?:e)? autre|d'autres)",
        # "la Direction a porté son choix sur une candidature disposant d'une expérience ..."
        # (batch w20rp); never "sur votre candidature"
        r"\b(?:porte|arrete|fixe) (?:son|leur|notre) choix sur (?:une?|la|le|l') ?(?:autre\b"
        r"|candidature|candidat\w*|profil|personne)",
        r"\b(?:fait|faire) (?:le )?choix d'(?:un(?:e)? autre|une? candidat|quelqu'un)",
        r"\b(?:retenu|choisi|selectionne|privilegie) l'autre (?:personne|candidat\w*|profil"
        r"|finaliste)\b",
        # "le client a décidé de poursuivre avec un autre candidat", never "nous ne souhaitons
        # pas poursuivre avec d'autres candidats pour l'instant"
        r"(?<!pas )(?<!plus )\b(?:poursuivre|poursuivons|continuer|continuons|avancer|avancons)"
        r" _W_{0,2}avec (?:(?:d'autres|un autre|une autre|l'autre) (?:candidat|profil|personne)"
        r"|quelqu'un d'autre\b)",
        r"\bproposer le poste a (?:un|une|quelqu'un)",
        r"\b(?:confier|confie|attribuer|attribue) (?:le|ce) poste\b _W_{0,6}?a (?:un|une|quelqu'un"
        r"|l'autre)\b",
        r"\bwahl _W_{0,3}?nicht auf (?:sie|dich) (?:gefallen|fallen|fiel)\b",
        # Homerun's Dutch no says the choice did not fall on her (u37at)
        r"\bkeuze _W_{0,3}?niet (?:op|bij) (?:jou|u|jouw \w+|uw \w+) (?:gevallen|valt|viel)\b",
        r"\b(?:choice|decision) (?:did not|didn't|has not|hasn't) (?:fall|fallen) (?:on|to) you\b",
        r"\bpropose (?:le|ce) poste\b _W_{0,6}?a (?:un|une|quelqu'un|l'autre)\b",
        r"\b(?:embauche|recrute|engage|pris|retenu) (?:quelqu'un|une autre personne|un autre"
        r" candidat|une autre candidate)",
        r"\b(?:fait|faire|propose|proposer|adresse) (?:une|notre) offre a (?:l'autre|un(?:e)? autre"
        r"|quelqu'un|une? candidat)",
        # es
        # she goes on with others beside her, "contigo y con otros", is no no (u20rj)
        r"\b(?:seguir|continuar|avanzar|quedarnos|optar|optado|elegido|seleccionado|decidido)"
        r"(?!(?: \w+){0,2} (?:contigo|con usted|con vos)\b)_SW_{0,3}? (?:con|por|a)"
        r" (?:otr[oa]s?|alguien) ",
        r"\b(?:ofrecer|ofrecido|ofrecimos) (?:el puesto|la posicion|la plaza|la vacante) a "
        r"(?:otr[oa]|alguien|una? candidat)",
        r"\bestado(?: actual)?: (?:descartad[oa]|rechazad[oa]|no seleccionad[oa])\b",
        r"\b(?:ir|irnos|vamos|iremos|hemos ido) en otra direccion\b",
        r"\b(?:otr[oa]s?) (?:candidat\w*|finalista|persona|perfil\w*) _W_{0,4}?(?:cuy|con\b|que"
        r" (?:se ajust|encaj|tien))",  # not "la otra finalista y te confirmo" (t68ic)
        # nl
        r"\b(?:gekozen|kiezen|kozen|gaan) _W_{0,3}?voor (?:een |de )?(?:andere|iemand)",
        r"\b(?:gaan|gingen) (?:(?!niet )_W_){0,3}?verder met (?:een andere|iemand|de andere)",
        r"\bkeuze _W_{0,2}op (?:een |de )?(?:andere|iemand)",
        r"\bmet (?:een )?andere (?:kandidaat|persoon|sollicitant) _W_{0,2}(?:verder|door)\b",
        r"\b(?:verder te zetten|verder (?:te )?gaan|door (?:te )?gaan) met (?:een |de )?andere"
        r" (?:kandidaat|kandidate|persoon|sollicitant)",
        r"\b(?:een|de) andere (?:kandidaat|kandidate|sollicitant) _W_{0,2}?(?<!niet )(?:aangenomen"
        r"|gekozen|geselecteerd|aangesteld|voorgedragen)\b",
        r"\bvoorkeur _W_{0,2}?(?:gegeven |geven )?aan (?:een |de )?andere (?:kandidaat|kandidate"
        r"|sollicitant)",
        r"\bandere kandidaten _W_{0,3}(?:sloten|pasten|passen|sluiten) _W_{0,2}beter",
    )),
    # --- rejection: not selected -------------------------------------------------------
    (REJECTION, STRONG, "you were not selected", _rx(
        # never the news of another: "one withdrew and the other was not selected" (w20rp)
        r"(?<!\bother )(?<!\bother was)(?<!\bother was )(?<!\bother has )(?<!\bone was)"
        r"(?<!\bone was )(?<!\bone has )"
        r"\b(?:not|n't|haven't|has not|were not|was not) (?:be(?:en)? )?(?:selected|shortlisted"
        r"|successful|chosen|progressed)\b(?! yet\b)",  # "not been selected yet": not yet
        r"\bunsuccessful\b",
        r"\bno longer (?:being )?(?:consider\w*|under consideration|in (?:the running"
        r"|consideration|contention))",
        r"\b(?:not|n't|isn't|aren't|doesn't|don't|do not|does not) _W_{0,4}?(?:the )?"
        r"(?:right|a good|the best|a strong|strong enough|quite the right|a) (?:fit|match)\b",
        r"\b(?:not|n't|doesn't|don't|do not|does not) (?:closely |quite |fully )?(?:match|meet"
        r"|align"
        r" with|fit) _W_{0,3}?(?:requirements|criteria|needs|what we)",
        r"^\W*not a (?:fit|match)\b",
        r"\b(?:it|this|things) (?:didn't|did not|hasn't|won't) (?:work out|go your way)",
        r"\b(?:we'll|we will|we'd|i'll|i will) (?:have to )?pass\b(?! (?:it|them|this|that|your"
        r"|these|along|on)\b)|^\W*no,? thanks?\b",
        r"\bnot interested\b",
        r"\b(?:client|hiring manager|manager|team|they) (?:has |have |had )?(?:decided to )?"
        r"pass(?:ed)?\b(?! (?:it|them|this|that|your|along|on|the|you|through)\b)",
        r"\b(?:application|candidacy|candidature)\b_SW_{0,8}? (?:has been|was|is) (?:now )?"
        r"(?:declined|rejected|unsuccessful|not successful)\b",
        r"\bclose (?:out )?your (?:candidacy|application)\b",
        r"\bnot (?:to )?consider(?:ing)? your (?:application|candidacy|profile) (?:any )?further\b",
        r"\bwon't be (?:offering|extending|inviting|progressing|taking)\b",
        r"\bhave decided to (?:go|look) (?:a different|another) (?:way|direction)"
        r"|\b(?:go|going|gone|went) (?:in )?(?:a different|another) (?:direction|way)\b",
        r"\bno (?:suitable |open )?(?:vacanc\w*|position|role|opening)s? _W_{0,2}"
        r"(?:available|open|for you|that (?:match|fit))",
        # de
        # not yet, no no: "noch keine positive Nachricht, auch keine negative" (u52hd), nor
        r"(?<!\bnoch )(?<!\bbisher )(?<!\bbislang )(?<!absage, )(?<!absage und )\bkeine[n]? "
        r"(?:zusage|positive[n]? (?:ruckmeldung|nachricht|bescheid))"
        r"(?![^.!?;]{0,40}?\bkeine (?:negative|absage))",  # "keine Absage, keine Zusage"
        r"\beinen anderen weg (?:zu )?(?:gehen|einzuschlagen)\b|\b(?:aller|partir|allons|irons)"
        r" dans une autre direction\b",
        r"\b(?:passt|passen) _W_{0,4}nicht\b|\bnicht _W_{0,2}(?:passend|passt)",
        r"\bkein(?:e|en)? (?:passende|freie|offene) (?:stelle|position|vakanz)",
        r"\bkein bedarf\b",
        r"\b(?:bewerbung|kandidatur) (?:wurde|ist|wird) _W_{0,2}?(?:geschlossen|abgelehnt"
        r"|beendet|zuruckgewiesen)\b",
        r"\bmit anderen (?:kandidat\w*|bewerber\w*|profilen)\b _W_{0,2}?(?:fortzusetzen"
        r"|fortsetzen|fortzufuhren|fortfuhren|weiterzugehen|weitergehen)\b",
        r"\bentspricht _W_{0,2}nicht\b|\bnicht _W_{0,2}(?:unseren|den) (?:anforderungen"
        r"|vorstellungen)",
        # fr
        # not "sur les trois, l'un n'a pas été retenu: vous êtes la seule" (batch w20rp)
        r"(?<!\bl'un )(?<!\bl'une )(?<!\bl'autre )(?<!\bun autre )(?<!\bune autre )"
        r"\b(?:n'a|n'avez|n'as|n'ont|n'est) _W_{0,2}pas (?:ete )?(?:retenue?s?"
        r"|selectionnee?s?)",
        r"\b(?:pas|non) retenue?s?\b",
        r"\bpas ete jugee?s? (?:admissibles?|recevables?)\b",
        r"\bpas de besoin (?:sur|pour) (?:ce|ton|votre) (?:type de )?profil\b"
        r"|\bne recrut\w* pas (?:sur|pour) (?:ce|ton|votre) (?:type de )?profil\b",
        r"\bce ne sera _W_{0,2}pas (?:vous|toi)",
        r"\bce ne sera pas pour (?:cette fois|maintenant|ce (?:poste|coup-ci|coup))\b",
        r"\b(?:n'(?:etes|est|es)|ne sont) (?:des lors |donc |malheureusement )?pas admise?s?\b"
        r"|\b(?:participation|candidature) _W_{0,4}?prend fin\b",
        r"\bne (?:colle|collent|matche) (?:_W_)?pas\b",
        r"\bn'(?:avez|as) pas (?:obtenu|atteint) (?:le|la|les) (?:score|note|seuil|niveau"
        r"|moyenne|minimum)",
        r"\bne (?:correspond(?:ent)?|convien(?:t|nent)) (?:_W_)?pas\b",
        r"\bne _W_{0,2}pas _W_{0,3}(?:corresponde?nt?|convenir) _W_{0,3}(?:attentes"
        r"|besoins|profil|poste)",
        # es
        r"\bno (?:ha sido|has sido|fue|fuiste|haya sido) _W_?(?:seleccionad|elegid"
        r"|preseleccion)",
        r"\blamento que no\b|\bno se (?:haya |ha )?dado\b",
        r"\bno (?:ha|has|hemos) resultado (?:seleccionad|elegid|finalista)|\bno resulto"
        r" (?:seleccionad|elegid)",
        r"\b(?:descartad[oa]|desestimad[oa]|rechazad[oa]) (?:tu|su) (?:candidatura|postulacion"
        r"|perfil|solicitud)|\b(?:tu|su) (?:candidatura|postulacion) _W_{0,4}?(?:ha sido|fue"
        r"|ha quedado|queda) (?:descartada|desestimada|rechazada)\b",
        r"\bno (?:encaja|se ajusta|cumple|coincide) _W_{0,3}?(?:con|a) ",
        r"^\W*no encaja\b",
        r"\bno nos (?:cuadra|encaja|convence|termina de convencer)\b",
        r"\b(?:por )?(?:esta vez|en esta ocasion) no (?:va a ser|sera|pudo ser|ha podido ser)\b",
        r"\b(?:estado|estatus|status|situacion)(?: actual)?: (?:no seleccionad[oa]|descartad[oa]"
        r"|proceso finalizado)\b",
        # nl
        r"\bniet _W_{0,2}(?:bent |ben |is )?(?:uitgenodigd|geselecteerd|gekozen)",
        r"\bgeen (?:plek|plaats|passende (?:functie|vacature)|vacature|ruimte) _W_{0,2}"
        r"(?:voor (?:je|u|jou)|beschikbaar)",
        r"\bgeen (?:passende )?(?:functie|vacature|rol|plek) _W_?(?:die|dat) (?:aansluit|past"
        r"|passen)\b",
        r"\bhoudt het _W_{0,3}(?:hier|daar) _W_{0,3}op\b",
        r"\bniet zo (?:mogen|mocht) zijn",
        r"\bgeen interesse\b|\boverge?kwalificeerd",
        r"\b(?:profiel|ervaring|achtergrond|cv)\b _W_{0,2}?(?:sluit|sluiten|past|passen)"
        r" _W_{0,2}?niet (?:voldoende |helemaal |goed |genoeg )?(?:aan|bij)\b",
        r"\b(?:sluit|past) (?:je|jouw|uw) (?:profiel|ervaring|achtergrond|cv) _W_{0,2}?niet"
        r" (?:voldoende |helemaal |goed |genoeg )?(?:aan|bij)\b(?![^.!?\n]*\?)",
        r"\bniet in (?:jouw|uw|je) voordeel\b|\bnot (?:come out |gone |go )?in your favou?r\b"
        r"|\bpas en (?:votre|ta) faveur\b|\bnicht zu (?:ihren|deinen) gunsten\b",
        # "Kein Interesse." (never "Haben Sie kein Interesse mehr?": a question to you)
        r"\bkein interesse\b(?![^.!?\n]*\?)|\bno (?:nos|me) interesa\b(?![^.!?\n]*\?)"
        r"|\bno estamos interesad[oa]s\b|\bne (?:sommes|suis) pas interesse(?:e|s|es)?\b",
        r"\b(?:zien|zie|is) _W_{0,2}?geen (?:match|klik|fit)\b",
        # "not this one I'm afraid", "I'm afraid it's not going to be this time"
        r"\bnot (?:this one|this time|on this (?:one|occasion)),? (?:i'm|i am|we're|we are)"
        r" afraid\b|\b(?:i'm|i am|we're|we are) afraid (?:it's |it is |it won't be |it will"
        r" not be )?not (?:this one|this time)\b",
    )),
    # --- rejection: not going on (also said when hiring is paused) ----------------------
    (REJECTION, WEAK, "they will not move forward", _rx(
        r"(?:\bnot|n't|\bwont|\bcant|\bno longer|\bunable to|\bcannot) (?:be )?(?:moving|move"
        r"|going|go|proceed\w*|progress\w*|advanc\w*|pursu\w*|continu\w*) (?:forward|ahead"
        r"|further)\b(?! with (?:the |any |all )?(?:of the )?(?:other|remaining|rest of the)"
        r" (?:\w+ )?(?:candidates|applicants|finalists|people|profiles)\b)"
        # "We won't move forward until the panel meets on Thursday": a delay, not a no
        r"(?!,? (?:until|till|before|unless)\b)",
        r"(?:\bnot|n't|\bno longer|\bunable to|\bcannot) (?:be )?(?:moving|move|going|go"
        r"|proceed\w*|progress\w*|advanc\w*|pursu\w*|continu\w*|tak(?:e|ing)) (?:forward |ahead "
        r"|further )?(?:with (?:you|your|this)|your (?:application|candidacy)|you (?:forward"
        r"|further)|to the next)(?! (?:forward |further )?(?:until|till|before|unless)\b)",
        r"\b(?:decided|decision|chosen|opted) _W_{0,3}?not to (?:move|go|proceed|continue"
        r"|progress|pursue|advance|invite|offer|take)",
        r"\b(?:will|would) not be proceeding\b|\bwon't be (?:proceeding|moving forward)",
        # de
        r"\b(?:nicht|kein\w*) _W_{0,2}?(?:weiter |mehr |langer )?(?:berucksichtig\w*"
        r"|in betracht|fortsetzen|fortfuhren|weiterverfolgen|weiter verfolgen|weiter(?:gehen"
        r"|machen)"
        r"|in die (?:engere|nachste) (?:wahl|runde)|weiterzuverfolgen|fortzusetzen|fortzufuhren"
        r"|weiterzufuhren|zu berucksichtigen)",
        r"\bgegen eine (?:fortsetzung|zusammenarbeit|weitere)",
        # "Leider wurden Sie nicht ausgewählt", never "wir haben noch nicht ausgewählt"
        r"(?<!noch )(?<!bisher )(?<!bislang )\bnicht _W_{0,4}?ausgewahlt\b",
        r"\b(?:arretons|arreter|cloturons|cloturer|clore) (?:donc )?(?:le|notre|ce|la) "
        r"(?:processus|recrutement|procedure)",
        # fr
        r"(?:\bne\b|\bn')[^.;!?]{0,50}?\b(?:pas|plus)\b[^.;!?]{0,30}?\b(?:donner (?:une )?suite"
        r"|y donner suite|retenir|poursuivre|aller de l'avant|de l'avant|continuer|avancer"
        r"|aller plus loin)(?! avec (?:d'autres|les autres|un autre|une autre))",
        r"\bpas (?:de )?suite favorable|\bne pas donner suite",
        r"\bne (?:pouvoir|pouvons|pourrons) (?:pas )?(?:y |lui )?donner (?:une )?suite"
        r" (?:favorable|positive)\b",
        r"\b(?:privilegie|privilegier|prefere|preferer|retenu|choisi)\w* (?:des|les|d'autres)"
        r" (?:profils|candidat\w*|candidatures|personnes)\b"
        r"(?! _W_{0,3}?dont (?:vous|toi|le votre))",
        r"\b(?:sommes|sont|suis) partis? sur (?:une|un|le|la) (?:autre )?(?:personne|candidat\w*"
        r"|profil)\b",
        r"\bne (?:poursuivrons|continuerons|donnerons|irons|retiendrons) (?:donc |malheureusement"
        r" )?(?:pas|plus)\b",
        r"\bne (?:retenons|retiendrons|pouvons retenir|pourrons retenir) (?:donc |malheureusement"
        r" )?pas (?:ta|votre|vos|tes) (?:candidature|dossier|profil)\b",
        r"\bne (?:donn\w+|pourr\w+ donner|pouv\w+ donner) (?:pas|plus) (?:de )?suite\b",
        # es
        r"\bno _W_{0,3}?(?:seguir|continuar|continuara|continuaremos|seguiremos|seguira"
        r"|avanzar|avanzaremos|avanzara|adelante|seguimos|continuamos|avanzamos)\b"
        # "no seguiremos con el resto de los postulantes": the others, not the candidate
        r"(?! (?:adelante )?con (?:el resto|los demas|las demas|otros|otras|los otros"
        r"|las otras)\b)",
        r"\bproceso (?:queda|ha quedado|esta|quedo) (?:cerrado|finalizado|concluido)\b",
        # never a plan with its day: "Queremos cerrar el proceso antes de las vacaciones de
        # Navidad; te avisaremos" (probe-dates3)
        r"\b(?:cerramos|hemos cerrado|cerraremos|vamos a cerrar) (?:el|este) proceso\b" + _WHEN,
        # nl
        r"\b(?:niet|geen) _W_{0,3}?(?:verder|door)(?: gaan| te gaan| met)?\b"
        r"(?! (?:met )?de (?:andere|overige) (?:kandidaten|sollicitanten|finalisten)\b)",
        r"\bgaan _W_{0,4}?niet _W_{0,2}?(?:verder|door|in)\b",
        r"\b(?:stopt|stoppen|beeindigen|beeindigt|sluiten) _W_{0,3}?(?:het |de )?(?:proces"
        r"|procedure|sollicitatieprocedure)\b",
        r"\b(?:procedure|proces|sollicitatieprocedure) _W_{0,2}?(?:wordt|is|werd) _W_{0,2}?"
        r"(?:stopgezet|beeindigd|afgebroken)\b",
        r"\b(?:procedure|proces|sollicitatieprocedure)\b _W_{0,6}?(?:afsluiten|af te sluiten"
        r"|stopzetten|stop te zetten)\b",
        r"(?<!antes de )(?<!esperamos )(?<!queremos )(?<!confiamos en )\bcerrar (?:la|el)"
        r" (?:convocatoria|proceso|busqueda)\b" + _WHEN,
        # de
        r"\b(?:auswahlverfahren|bewerbungsverfahren|verfahren) (?:ist|wird|wurde) _W_{0,2}?"
        r"(?:beendet|eingestellt|abgebrochen)\b",
    )),
    (REJECTION, WEAK, "they regret to tell you", _rx(
        r"\bregret to (?:inform|let you know|tell|advise|say|share)",
        r"\b(?:bedauern|bedaure) _W_{0,4}(?:mitteilen|mitzuteilen)",
        r"\bau regret de (?:vous|te) (?:informer|annoncer|faire part)",
        r"\b(?:lamentamos|lamento|sentimos) _W_{0,2}(?:informar|comunicar|decir)(?:le|te"
        r"|les)?",
        r"\b(?:helaas|tot onze spijt) _W_{0,4}(?:mededelen|berichten|laten weten)",
    )),
    (REJECTION, WEAK, "a rejection", _rx(
        r"\b(?:absage|afwijzing)\b",
    )),
    (REJECTION, WEAK, FILLED, _rx(
        r"\b(?:position|role|vacancy|job|opening|req|requisition)s? (?:has|have|is|was|had) "
        r"(?:now |already |since )?(?:been )?(?:filled|closed)",
        # "the position was put on hold ... and has subsequently been filled"
        r"\b(?:position|role|vacancy|job|opening)\b _W_{0,24}?\b(?:has|have|had) (?:now |since "
        r"|subsequently |meanwhile |in the meantime |since then )?been filled\b",
        r"\b(?:we(?:'ve| have)?|they(?:'ve| have)?|(?:client|company|employer)(?: has| had)?)"
        r" (?:already |now |just |ultimately |eventually )?filled (?:the|this|that)"
        r" (?:position|role|job|vacancy|spot|opening|slot|seat|post)\b",
        r"^\W*(?:the )?(?:role|position|job) is (?:closed|filled)\b",
        r"\b(?:position|role|job|vacancy|opening)'s (?:now |already )?(?:been )?(?:filled"
        r"|closed)\b",
        # not one to be filled ("Die Stelle soll innerhalb von 4 Wochen besetzt werden"), nor
        # one filled only later ("wird nicht vor März besetzt", "erst im Frühjahr": stop 44)
        r"\b(?:stelle|position|vakanz|rolle) (?!(?:\w+ ){0,2}(?:soll|sollte|sollen|muss|mochten"
        r"|wollen|will)\b)(?!(?:\w+ ){0,3}(?:nicht (?:vor|bis)|erst|fruhestens)\b)_W_{0,6}?"
        r"(?:bereits |schon |inzwischen |intern )?(?:besetzt|vergeben)\b"
        r"|\b(?:hat|haben) _W_{0,2}besetzt\b|\banderweitig (?:besetzt|vergeben)",
        r"\bposte _W_{0,3}(?:est |a ete |ayant ete )(?:donc |deja |desormais |maintenant )*pourvu",
        r"\bposte\b _W_{0,4}?(?:a|est) (?:finalement |donc |deja |desormais )?(?:ete )?"
        r"pourvue?\b|\bpourvue? en interne\b",
        r"\bintern (?:zu |nach)?(?:besetzen|nachzubesetzen|nachbesetzen|besetzt|nachbesetzt)\b",
        r"\b(?:puesto|vacante|posicion|plaza) _W_{0,5}?(?:ya )?(?:ha sido |fue |esta )?"
        r"(?:cubiert[oa]|ocupad[oa])",
        r"\bse (?:cubrio|ocupo|lleno|ha cubierto|ha ocupado) (?:la|el) (?:vacante|puesto|posicion"
        r"|plaza)\b",
        r"\b(?:functie|vacature|rol)\b _W_{0,4}?intern (?:kunnen |kon |konden )?(?:invullen"
        r"|ingevuld|vervullen|vervuld)\b",
        r"\b(?:vacature|functie|positie|rol) _W_{0,2}(?:is|werd) (?:al |inmiddels |intussen )?"
        r"(?:helaas |jammer genoeg |spijtig genoeg )?_W_?(?:vervuld|ingevuld|vergeven)",
    )),
    (REJECTION, STRONG, WITHDRAWN, _rx(
        r"\b(?:withdraw|withdrawing|withdrawn|rescind|rescinding|retract|revoke|pull) (?:the|our"
        r"|your|this|my) (?:job |employment |verbal |written )?offer\b",
        r"\boffer (?:has been|is being|is|was|had to be) (?:withdrawn|rescinded|retracted"
        r"|revoked|cancell?ed)",
        r"\b(?:role|position|vacancy|job|requisition|opening) (?:itself )?(?:has been|was|is"
        r"|had to be|will be) (?:cancell?ed|eliminated|withdrawn|discontinued|scrapped)",
        r"\b(?:won't|will not|wont|no longer) (?:be )?(?:hiring|recruiting|filling) (?:for )?"
        r"(?:it|this|the|that) ?(?:role|position|vacancy)?",
        r"\b(?:zusage|angebot|vertragsangebot) _W_{0,3}(?:zuruckziehen|zuruckzuziehen"
        r"|zuruckgezogen)",
        r"\bstelle _W_{0,4}(?:gestrichen|wird nicht (?:mehr )?(?:besetzt|nachbesetzt))",
        r"\b(?:stelle|position|rolle|vakanz)\b _W_{0,8}?ersatzlos gestrichen\b",
        r"\b(?:retirer|retirons|annuler|annulons) (?:notre|l'|cette|votre) ?offre",
        r"\boffre _W_{0,2}(?:est|a ete) (?:retiree|annulee)",
        r"\bposte (?:(?!\S*(?:entretien|rendez-vous|appel|reunion))_W_){0,3}(?:a ete|est)"
        r" (?:supprime|annule)",  # never "Poste X : l'entretien de lundi a été annulé"
        r"\b(?:poste|offre|recrutement) n'est plus d'actualite\b",
        r"\b(?:retirar|retiramos|anular|cancelar) (?:la|nuestra|esta) oferta",
        r"\boferta _W_{0,2}(?:ha sido|fue|queda) (?:retirada|anulada|cancelada)",
        r"\b(?:puesto|vacante|posicion) _W_{0,4}(?:ha sido|fue) (?:cancelad|eliminad)[oa]",
        r"\b(?:cancelaron|cancelamos|han cancelado|hemos cancelado|cancelo) (?:la|el) (?:posicion"
        r"|puesto|vacante|plaza|busqueda)\b",
        r"\b(?:busqueda|posicion|vacante|puesto|plaza)\b _W_{0,4}?se (?:dio|ha dado|da) de baja\b"
        r"|\b(?:posicion|puesto|vacante|plaza) no se (?:va a cubrir|cubrira|cubre)\b",
        r"\b(?:aanbod|bod) _W_{0,3}(?:intrekken|ingetrokken)",
        r"\b(?:vacature|functie) _W_{0,3}(?:is|wordt) (?:geschrapt|ingetrokken|komen te vervallen)",
        r"\b(?:vacature|functie)\b _W_{0,4}?komen te vervallen\b",
        r"\b(?:functie|vacature|rol)\b _W_{0,6}?niet (?:meer )?(?:ingevuld|vervuld)\b",
        r"\b(?:puesto|vacante|plaza|convocatoria|concurso)\b _W_{0,2}?(?:quedo|ha quedado"
        r"|se declaro|fue declarad[oa]) desiert[oa]\b",
        # a hiring system's "the position you applied for is no longer open" (tester round
        # u37at: Pinpoint, Teamtailor, Welcome to the Jungle); never "no longer open to new
        # applications" (her process goes on), and not in a condition ("if the role ...")
        r"\b(?:position|role|vacancy|job|opening|requisition|post)\b _W_{0,6}?(?:is|has become"
        r"|was) no longer (?:open|available|active|being recruited)\b(?! (?:to|for) (?:new|further"
        r"|other|external) )",
        r"\b(?:vacante|puesto|posicion|plaza|oferta)\b _W_{0,6}?(?:ha dejado|dejo|deja) de estar"
        r" (?:disponible|abiert[oa]|activ[oa])\b|\b(?:vacante|puesto|plaza)\b _W_{0,6}?ya no"
        r" (?:esta|se encuentra) (?:disponible|abiert[oa]|activ[oa])\b",
        r"\b(?:recrutement|processus de recrutement|poste)\b (?:(?!\S*(?:entretien|rendez-vous"
        r"|reunion))_W_){0,6}?(?:est|a ete) (?:desormais |definitivement |donc )?(?:clos|cloture"
        r"|ferme|annule)\b(?! (?:pour|aux) (?:les )?(?:nouvelles|autres))"
        r"(?! _W_{0,6}?(?:rouvert|republie|reouvert))",
        r"\b(?:stelle|position|vakanz|ausschreibung)\b _W_{0,6}?nicht (?:mehr|langer)"
        r" (?:verfugbar|offen|vakant|zu besetzen)\b(?! fur (?:neue|weitere))",
        r"\b(?:vacature|functie|positie)\b _W_{0,6}?(?:niet (?:meer|langer) (?:beschikbaar|open"
        r"|vacant)|(?:is|wordt) (?:helaas )?gesloten)\b(?! (?:voor|om) nieuwe)",
    )),
    (REJECTION, STRONG, "they ask you to stop writing", _rx(
        r"\b(?:stop|quit|cease) (?:emailing|e-mailing|contacting|messaging|writing to"
        r"|sending) (?:me|us)\b",
        r"\b(?:do not|don't|please don't|please do not) (?:contact|email|e-mail|message|write to)"
        r" (?:me|us) (?:again|any ?more)\b",
        r"\bremove me from (?:your|the) (?:list|mailing|database|system)",
    )),
    (REJECTION, WEAK, "bad news, kindly put", _rx(
        r"\b(?:sorry|afraid) (?:to (?:say|tell you|let you know|report|inform)|it didn't)",
        r"(?<!\bno )(?<!\bnot )(?<!\bany )\bbad news\b",  # not "but no bad news either"
        r"\bkeep your (?:cv|resume|details|profile|information|application) on (?:file|record)",
        # not "leider noch keine Entscheidung mitteilen": a delay (tester round u04cw)
        r"\bleider (?!_W_{0,5}?(?:noch (?:keine|nichts|nicht)|keine (?:entscheidung|neuigkeiten"
        r"|ruckmeldung)|nichts neues)\b)_W_{0,6}(?:mitteilen|mitzuteilen|absagen)\b",
    )),
)
