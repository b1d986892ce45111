"""Phrases of a process going on (a next step, a request, a pause, an acknowledgement).

In en, de, fr, es, nl; data only (``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.courtesy_questions import COURTESY_QUESTION
from silence_watch.core.phrase_rows import (
    ACK,
    NEXT_STEP,
    NOT_A_TAG,
    ON_HOLD,
    POLAR,
    REQUEST,
    STILL_INTERESTED,
    STRONG,
    TAG_WORDS,
    WEAK,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

#: After a round's name: it is held with someone else ("een laatste gesprek met een andere
#: kandidaat", "a final interview with another candidate"), not the candidate's next step.
_WITH_OTHERS: Final = (
    r"(?!s? (?:met|with|mit|avec|con) (?:\w+ ){0,2}(?:andere|another|other|anderen|anderer"
    r"|autres?|otr[oa]s?)\b)"
)

PROCESS_PHRASES: Final[tuple[Row, ...]] = (
    # --- next step ----------------------------------------------------------------------
    (NEXT_STEP, POLAR, "they invite you to the next step", _rx(
        r"\b(?:invite|inviting|invited|move|moving|advance|advancing|progress|progressing|put) you "
        r"_W_{0,2}?(?:to|for|forward|on|through)\b",
        r"\b(?:moving|move|go|going) forward with (?:you|your (?:application|candidacy))\b",
        r"(?<!para )\b(?:seguir|continuar|avanzar) (?:adelante )?con (?:tu|su) (?:candidatura"
        r"|proceso|postulacion)\b",
        r"\b(?:pases|pasas|pasaras|avances|avanzas) a la (?:siguiente|proxima|ultima|segunda"
        r"|tercera) (?:fase|etapa|parte|ronda)\b",
        r"\b(?:through|made it|progressed|moved|moving on) to (?:the )?(?:next|final|last|second"
        r"|onsite|technical) (?:round|stage|step|interview)",
        r"\b(?:you(?:'ve| have)? been|you are|you're) _W_?(?:shortlisted|invited"
        r"|selected for)",
        r"\bkeep going\b|\bwould love (?:you|to have you) (?:to )?(?:come|meet)",
        r"\b(?:like|love|want|wants|keen) to (?:meet|see|speak (?:with|to)|talk (?:with|to)) you\b",
        # de
        r"\b(?:laden|lade) (?:wir |ich )?(?:sie|dich|euch) _W_{0,8}ein\b|\beinladen\b"
        r"|\beinladung (?:zu|zum|fur)",
        r"\b(?:nachste|nachsten|zweite|finale|letzte) (?:runde|stufe|phase|auswahlrunde)",
        r"\b(?:mochte|mochten|will|wollen) (?:sie|dich) _W_{0,4}?(?:kennenlernen|sprechen"
        r"|treffen)\b|\b(?:mit denen|mit ihnen|mit dir) _W_{0,3}?weitergehen\b"
        r"|\bfinalen? phase\b",
        r"\bkennen ?(?:zu )?lernen\b|\bkennenlernen\b",
        r"\b(?:mit ihnen|mit dir) _W_{0,3}weiter(?:gehen|machen)",
        # fr
        # never "nous vous invitons dès à présent à réserver ces dates", "... à consulter"
        r"(?:\b(?:vous|te|t') invit\w*\b|\binvitons\b)(?! (?:des a present |deja )?a (?:reserver"
        r"|noter|consulter|lire|prendre connaissance|visiter|suivre))"
        r"|\b(?:vous|te) (?:convier|convoquer)|\bconvions\b",
        r"\b(?:seriez-vous|etes-vous|serais-tu|es-tu) disponible",
        r"\b(?:second|deuxieme|nouvel|autre|dernier) (?:echange|entretien|rendez-vous)\b"
        r"|\bentretien (?:final|avec (?:notre|le|la|nos))|\bdecal(?:ons|er)\b",
        # "ce fut un plaisir de vous rencontrer": meeting was a pleasure
        r"(?<!fut un plaisir de )(?<!etait un plaisir de )(?<!etait un vrai plaisir de )"
        r"(?<!fait plaisir de )"
        r"\b(?:vous|te) (?:rencontrer|proposer (?:un|une|de passer))",
        r"\b(?:second entretien|deuxieme entretien|prochain entretien|derniere etape)\b",
        r"(?<!fut un plaisir de )(?<!etait un plaisir de )(?<!etait un vrai plaisir de )"
        r"(?<!fait plaisir de )"
        r"\b(?:vous|te) (?:faire )?rencontrer\b|\brencontrer l'equipe\b|\bpasser au bureau\b",
        r"\b(?:contacter|appeler) _W_{0,4}?(?:anciens? (?:responsables?|employeurs?)"
        r"|references|referents)\b",
        # es
        r"\b(?:invitarle|invitarte|invitarla|(?:le|la|lo|te|los) invitamos|convocarle"
        r"|convocarte)\b",
        r"\b(?:avanzar|seguir) _W_{0,4}?(?:contigo|con vos|con usted)\b|\b(?:avanzado"
        r"|pasado) a la (?:etapa|fase)",
        r"\b(?:segunda|otra|nueva) (?:conversacion|charla|reunion|llamada)\b|\bvideollamada\b"
        r"|\b(?:te|le) vendria bien\b|\bpara una llamada\b|\b(?:tendria|tendrias|tienes|tiene)s? "
        r"_W_{0,2}minutos\b",
        r"\b(?:segunda|siguiente|proxima|ultima) (?:entrevista|etapa|fase|ronda)" + _WITH_OTHERS,
        # "fue un placer conocerte", "mucho gusto en conocerle": meeting was a pleasure
        r"(?<!placer )(?<!gusto )(?<!gusto en )(?<!encantado de )(?<!encantada de )"
        r"\b(?:conocerte|conocerle|conocerla|conocer al equipo)\b",
        r"(?<!me |os )\b(?:pasaste|pasas|has pasado|ha superado|has superado|avanzas|avanzaste)\b",
        # nl (never "we laten je weten of je doorgaat naar de tweede ronde": whether, t64ag)
        r"\b(?:uitnodigen|uitnodiging|nodigen (?:je|u|jou) _W_{0,6}uit|uitgenodigd)\b",
        r"(?<!of je doorgaat naar de )(?<!of u doorgaat naar de )\b(?:volgende|tweede|laatste)"
        r" (?:ronde|gesprek|fase)(?!ken)" + _WITH_OTHERS,  # not "de laatste gesprekken"
        r"\b(?:je|u) _W_{0,4}?(?:nog )?(?:een keer |eens )?(?:spreken|ontmoeten)\b",
        # "(het was) leuk je te leren kennen": meeting was a pleasure
        r"\bkennismakingsgesprek\b|(?<!leuk )(?<!fijn )(?<!prettig )(?<!leuk om )(?<!fijn om )"
        r"\b(?:je|jou|u) _W_{0,2}(?:leren kennen|kennismaken)\b|\bkennis (?:te )?maken\b",
        r"\b(?:gaat|gaan) _W_{0,2}verder met (?:jouw|je|uw) sollicitatie",
    )),
    (NEXT_STEP, STRONG, "an interview or a task is set", _rx(
        # not one already held ("after your final round"), nor one they write about
        r"(?<!after your )(?<!after the )(?<!during your )(?<!during the )(?<!from your )"
        r"(?<!from the )(?<!in your )(?<!about a )(?<!about the )(?<!regarding a )"
        r"(?<!regarding the )\b(?:second|2nd|third|3rd|final|technical|tech|onsite"
        r"|on-site|panel|follow-up|in-person|virtual|next|video|phone) (?:round|interview|stage"
        r"|loop|screen)\b" + _WITH_OTHERS,
        r"\b(?:take-home|take home|coding (?:test|challenge|exercise|assessment)|design exercise"
        r"|case study|online (?:assessment|test)|assessment cent(?:er|re)|pair(?:ing)? programming"
        r"|work trial|trial day|skills test)\b",
        r"\b(?:interview|call|chat|meeting|screen|session|onsite|event)\b_SW_{0,3}? (?:is"
        r"|has been|are) (?:now )?(?:confirmed|booked|scheduled|set)\b|\bnew event\b",
        r"\b(?:move|push|shift|reschedule) _W_{0,2}?(?:chat|call|interview|meeting"
        r"|conversation)"
        r"\b|\bjoin (?:a|an|our|the|us for a) _W_?(?:zoom|teams|video|phone|call|meeting)\b",
        r"\bconfirm(?:ing|ed)? (?:your|the|our) (?:interview|call|meeting|chat|onsite|session"
        r"|visit)",
        r"\bconfirm(?:ing|ed)? (?:for )?(?:mon|tue|wed|thu|fri|sat|sun)\w* ",
        r"\breferences?\b_SW_{0,3}? (?:check|before|as (?:a|the) (?:next|last|final))"
        r"|\b(?:two|2|three) (?:professional )?referees\b",
        # de
        r"\b(?:zweite[nms]?|weitere[nms]?|nachste[nms]?|finale[nms]?) (?:personliche[ns]? )?"
        r"(?:gesprach|vorstellungsgesprach|interview)\b" + _WITH_OTHERS,
        # "insbesondere Ihre Fallstudie" praises work already done: no task is set
        r"(?<!ihre )(?<!ihrer )(?<!deine )(?<!deiner )"
        r"\b(?:vorstellungsgesprach|videointerview|telefoninterview|zweitgesprach|folgegesprach"
        r"|assessment|probearbeit\w*|fallstudie|case study|interview mit)\b",
        r"\bbestatig\w* _W_{0,3}(?:ihr|den|dein) (?:gesprach|termin|interview|vorstellungs)",
        # fr
        r"\b(?:test technique|cas pratique|evaluation (?:technique|en ligne)|mise en situation)\b",
        r"\b(?:votre|ton) (?:entretien|entrevue) _W_{0,3}(?:aura lieu|est (?:prevu|confirme"
        r"|fixe))|\bconfirme (?:votre|ton) (?:entretien|entrevue)\b",
        r"\bc'est note pour\b",
        # es
        r"\b(?:confirmo|confirmamos) _W_{0,2}(?:entrevista|reunion|cita)\b",
        r"\b(?:prueba (?:tecnica|psicometrica|de \w+)|pruebas psicometricas|assessment center)\b",
        # nl
        r"(?<!aanpak van de )(?<!uitwerking van de )(?<!je )(?<!jouw )(?<!uw )"
        r"\b(?:meeloopdag|proefdag|thuisopdracht|assessment|casus|mondelinge proef)\b",
        r"\breferenties _W_{0,2}(?:nabellen|opvragen|natrekken)",
        r"\breferenzen _W_{0,3}?(?:einholen|anfragen|kontaktieren)",
        r"\b(?:agendad[oa]|queda (?:agendad|confirmad|reservad)\w*)\b|\binvit\w* (?:de|para|por)"
        r" (?:teams|zoom|meet)\b|\b(?:teams|zoom|meet) (?:invite|invitation|link)\b",
        r"\b(?:citarl[ae]|citarte|le citamos|te citamos)\b|\bentrevista (?:virtual|presencial"
        r"|con (?:el|la|nuestro|nuestra))",
    )),
    (NEXT_STEP, STRONG, "they ask when you can meet", _rx(
        r"\b(?:schedule|scheduling|reschedule|set up|arrange|book|hop on|jump on|get on) (?:a|an"
        r"|the|your|some)? ?(?:(?:quick|short|brief|intro|introductory|first|initial|\d+.minute"
        r"|\d+.min) )*(?:time|call|chat|meeting|interview|conversation|video ?call|phone ?call|zoom"
        r"|slot|session|screen)\b",
        r"\b(?:your availability|times? (?:that )?works? (?:best )?for you|when (?:are|would) you "
        r"(?:be )?(?:available|free)(?! to start)|are you (?:available|free)|pick a (?:time|slot)"
        r"|(?:pick|select|book|grab|choose) (?:a|any|one|whichever) _W_?(?:time|slot)"
        r"|time slots?"
        r"|calendly|meet (?:the|our) (?:rest of the )?team)\b",
        r"\b(?:does|would|will|could|do) _W_{0,6}?work for (?:you|a|the)\b",
        r"\bsee you (?:then|on|there|next)\b",
        r"\b(?:welcome|see|meet|host) you (?:for|at|to|in) (?:an? |the |our )?(?:interview|meeting"
        r"|chat|call|conversation|office)\b",
        r"\bcome (?:in|by|over|to (?:the|our|their) _W_{0,2}?(?:office|building|site"
        r"|studio|campus|hq|headquarters))\b",
        r"\b(?:all |you're |you are )?booked in\b|\byou(?:'re| are) (?:all )?(?:booked|confirmed"
        r"|set)"
        r" (?:for|in)\b",
        r"\b\d{1,2}(?::\d\d)? ?(?:[ap]\.?m\.?)?(?: [a-z]{2,4})? works\b|\bworks for (?:us|me"
        r"|both of us)\b",
        # de
        r"\b(?:termin|zeitfenster|slot)\w* _W_{0,4}?(?:aus(?:suchen|wahlen)?|vorschlagen"
        r"|reserviert|vereinbaren|buchen)\b|\bcall machen\b",
        r"\b(?:hatten|hattest|haben|hast) (?:sie|du) _W_{0,3}?zeit fur (?:ein|einen|eine)"
        r" (?:kurzes |kurzen |erstes |ersten )?(?:telefonat|gesprach|kennenlernen|treffen|call"
        r"|austausch|videocall)\b",
        # fr
        r"\b(?:vos|tes) disponibilites\b|\bcreneau\w*",
        # es
        r"\b(?:tu|su) disponibilidad\b(?! para (?:incorpor|empezar|comenzar))"
        r"|\bagend(?:ar|emos)\b",
        # nl
        r"\b(?:tijd|moment|datum) _W_{0,2}(?:prikken|kiezen|inplannen)\b|\bkies (?:via|een) ",
        r"\blangs (?:te )?komen voor een (?:babbel|gesprek|kennismaking|(?:kop )?koffie)\b",
        r"\b(?:heb|hebt|heeft) (?:je|jij|u) _W_{0,4}?tijd\b(?! gehad)(?: (?:voor|om))?",
        r"\b(?:wil|willen|zou|zouden) _W_{0,2}?graag met (?:je|jou|u) (?:praten|spreken"
        r"|kennismaken)\b",
    )),
    # --- request ----------------------------------------------------------------------
    (REQUEST, STRONG, STILL_INTERESTED, _rx(
        r"\b(?:are|were) you still (?:interested|keen|available|open to|looking|on the market)\b",
        r"\b(?:sind sie|bist du) (?:noch|weiterhin) (?:interessiert|verfugbar)\b",
        r"\b(?:etes-vous|es-tu) toujours (?:interesse|disponible)",
        r"(?<!\bsi )(?<!\bsi aun )\b(?:sigue|sigues) (?:interesad[oa]|disponible)\b",
        r"\b(?:ben je|bent u) nog (?:steeds )?(?:geinteresseerd|beschikbaar)\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        r"\b(?:could|can|would) you (?:please |kindly )?(?:send|share|provide|forward|complete|fill"
        r"|confirm|let (?:me|us) know|tell|submit|sign|upload|return|answer|give|reply|clarify)",
        r"\bcomplete (?:the|your|a|our|this) _W_{0,2}?(?:questionnaire|form|application|steps"
        r"|survey|profile|questions)\b|\b(?:fragebogen|questionnaire|formulaire|cuestionario"
        r"|formulario|vragenlijst)\b|\bfalta un paso\b",
        r"\bwould you be (?:willing|able|open) to\b|\breply (?:to this (?:e-?mail|message) )?with\b"
        r"|\bneed to ask\b",
        r"\bplease _W_?(?:send|share|provide|complete|fill out|fill in|submit|sign|confirm"
        r"|return|answer|upload|forward|reply with|take a look)(?! in\b| up\b)",
        r"\b(?:we(?:'d| would| will)?|i(?:'d| would)?) need (?:you to|your|a copy|the|a few)",
        r"\bwould you mind (?:sending|sharing|providing|completing|filling|forwarding)",
        r"\bkindly (?:send|forward|share|provide|submit|complete|confirm|upload|email|fill)\b",
        r"\bwhat (?:are|is|would be) your (?:salary|compensation|notice|expected|earliest|start"
        r"|current|expectations)|\b(?:are|would) you (?:still )?(?:be )?(?:interested|open to)\b",
        r"\blet (?:me|us) know (?:either way|if you(?:'re| are) (?:still|interested|available)"
        r"|whether|your)",
        # de
        r"\b(?:konnten|konnen|wurden|kannst|konntest|wurdest) (?:sie|du) (?:uns "
        r"|mir )?_W_{0,6}?"
        r"(?:senden|zusenden|schicken|zuschicken|zukommen|mitteilen|nennen|ausfullen|bestatigen"
        r"|einreichen|hochladen|unterschreiben|geben)",
        r"\bbitte _W_{0,6}?(?:senden|schicken|zukommen|ausfullen|mitteilen|nennen|bestatigen"
        r"|einreichen|hochladen|unterschreiben|nachreichen)\b",
        r"\b(?:bitten|bitte) (?:wir )?(?:sie|dich|euch)? ?_W_{0,8}?(?:auszufullen|zuzusenden"
        r"|zu senden|zu schicken|einzureichen|hochzuladen|nachzureichen|zu bestatigen|mitzuteilen"
        r"|zu unterschreiben)\b",
        r"\b(?:haben|hatten) sie _W_{0,2}?(?:noch |weiterhin |nach wie vor )?interesse\b",
        r"\bbitte (?:fullen|senden|schicken|reichen|laden|geben) sie\b",
        r"\b(?:brauche|brauchte|benotige|benotigen|brauchen) (?:ich|wir) (?:noch )?_W_{0,3}?"
        r"(?:angaben|informationen|unterlagen|auskunfte?)\b|\bhatten (?:sie|du) _W_{0,10}?zeit\b",
        r"\b(?:benotigen|brauchen) (?:wir |ich )?(?:noch )?_W_{0,3}?(?:von ihnen|von dir|ihr"
        r"|ihre"
        r"|deine|dein)",
        # fr
        r"\b(?:pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|pourriez vous|pouvez vous)\b",
        r"\b(?:merci de|veuillez) _W_{0,3}?(?:envoyer|transmettre|faire parvenir|completer"
        r"|remplir|confirmer|indiquer|retourner|signer)",
        r"\bil (?:me|nous) manque _W_{0,3}?(?:informations?|elements?|documents?|pieces?)\b",
        r"\bnous aurions besoin\b|\bquelles sont (?:vos|tes) (?:pretentions|attentes)"
        r"|\b(?:etes-vous|es-tu) toujours interesse|\bpour (?:le|la|les) (?:completer|remplir)\b",
        # es
        r"\b(?:podrias|podria|puedes|puede|podrian) _W_{0,2}?(?:enviar|mandar|compartir"
        r"|confirmar"
        r"|completar|indicar|rellenar|responder|firmar)",
        r"\b(?:por favor|le ruego|te pido|le pedimos|te pedimos|le agradeceriamos) _W_{0,4}?"
        r"(?:envi|mand|complet|confirm|rellen|indic|compart|respond|firm)",
        r"\bnecesit(?:o|amos) (?:que|tu|su|una|un|el|la)\b|\b(?:sigues|sigue) interesad[oa]"
        r"|\b(?:confirmalo|confirmala|completalo|rellenalo|envianos|mandanos|contestanos)\b",
        # nl
        r"\b(?:kun|kunt|kan|zou|zoudt|wil|wilt) (?:je|u|jij) _W_{0,6}?(?:sturen|toesturen"
        r"|opsturen|doorsturen|invullen|bevestigen|laten weten|delen|aanleveren|mailen"
        r"|ondertekenen|doorgeven)\b",
        r"\b(?:(?:verzoeken|vragen) (?:we|wij) (?:je|u|jou)|(?:we|wij) (?:verzoeken|vragen) (?:je|u"
        r"|jou))\b(?! _W_?(?:om )?(?:nog )?(?:even )?geduld)",
        # a form, never the job: "We hopen de functie voor maart in te vullen" (probe-dates9)
        r"(?:^|(?<=[.!?;:\n]))(?:(?!\b(?:functie|vacature|positie|plek|rol)\b)[^.!?;\n])*?"
        r"(?<!niet )(?<!tern )\bin te vullen\b",
        r"\b(?:heb je|heeft u|ben je|bent u) (?:nog |nog steeds )?(?:interesse|geinteresseerd)",
        r"\b(?:graag|gelieve) _W_{0,5}?(?:sturen|invullen|bevestigen|aanleveren|opsturen"
        r"|mailen"
        r"|ontvangen)\b",
        r"\bhebben _W_{0,3}(?:van je|van u) nodig\b",
        r"\b(?:wie|was) (?:sind|ware|waren) (?:ihre|deine) gehaltsvorstellung(?:en)?\b"
        r"|\b(?:eine|zwei|ein paar|einige) fragen? hatte ich\b",
        r"\bhad (?:ik|we) graag _W_{0,4}?(?:geweten|gekregen|ontvangen|vernomen)\b",
    )),
    (REQUEST, WEAK, "they ask you a question", _rx(
        # not a greeting's "how are you?", "(hi Jo,) hope you're well?": core.courtesy_questions
        rf"(?:^|[.!?:] )(?!{COURTESY_QUESTION})[^.!?:]*\b(?:you|your|sie|ihnen|du|dein"
        rf"|deine|vous|votre|tu|ton|te|usted|vos|podes|je|jij|jou|u|uw)\b{NOT_A_TAG}[^.!?:]*\?",
        rf"¿(?!como esta|como (?:te |le )?va|como andas|que tal|{TAG_WORDS}\?"
        r"|quien (?:iba a|lo iba a|hubiera|habria|lo hubiera|lo habria) (?:decir|pensar|dicho"
        r"|pensado))[^?]{3,}\?",
    )),
    # --- on hold --------------------------------------------------------------------------
    (ON_HOLD, STRONG, "hiring is paused", _rx(
        r"(?<!was )(?<!were )(?<!had been )\bon hold\b(?! for (?:a|the) (?:second|next|final)\b)"
        r"|\bhiring freeze\b|\bon ice\b"
        r"|\bput the brakes on\b",  # not "on hold for a second round": shortlisted (t74ho)
        r"\b(?:paus(?:e|ed|ing)|freez(?:e|ing)|froze|frozen|suspend(?:ed|ing)?|postpon(?:e|ed|ing)"
        r"|park(?:ed|ing)|hold(?:ing)? off(?: on)?|halt(?:ed|ing)?|delay(?:ed|ing)?)"
        r"_SW_{0,5}? (?:hiring|hire|search|process|recruit\w*|role|position|req|reqs"
        r"|requisitions?|headcount|interviews|cohort|new roles|appointment|appointments)\b",
        r"\b(?:hiring|search|process|recruitment|requisitions?|reqs?|headcount|new roles)\b"
        r"_SW_{0,4}? (?:is|are|has been|have been|been|were) _W_{0,2}?(?:paused|frozen"
        r"|suspended|postponed|on hold|put on hold|halted)\b",
        r"\bbudget _W_{0,5}?(?:not (?:been )?(?:approved|signed off|released|confirmed)"
        r"|hasn't been|isn't approved)|\bhasn't been signed off\b",
        # "the headcount is waiting on the finance committee, which pushed the sign-off back"
        r"\bheadcount\b_W_{0,6}? (?:is |are )?(?:waiting (?:on|for)|pending|awaiting|stuck)\b"
        r"|\bpushed (?:the |our |its )?(?:sign-?off|approval) back\b",
        # de
        r"\b(?:auf eis|pausier\w*|einstellungsstopp\w*|zuruckgestellt|aufgeschoben|sistier\w*)\b",
        r"\b(?:stelle|prozess|verfahren|besetzung|auswahlverfahren|suche"
        r"|rekrutierung)\w* _W_{0,4}?"
        r"(?:ruht|ruhen|vorerst|verschoben|gestoppt|angehalten|verzogert|ausgesetzt"
        r"|unterbrochen|eingefroren)\b",
        r"\b(?:vorubergehend|vorlaufig|bis auf weiteres) _W_{0,2}?(?:ausgesetzt|unterbrochen"
        r"|gestoppt|angehalten|eingefroren|pausiert)\b",
        r"\bruht (?:die |das )?(?:auswahl|verfahren|besetzung|prozess)\b",
        r"\bbudget _W_{0,6}?(?:nicht|noch nicht) _W_?(?:freigegeben|genehmigt)",
        # fr
        r"\b(?:en pause|met en pause|mettre en pause|mis en pause|en suspens|gel des (?:embauches"
        r"|recrutements)|en stand-?by|mis(?:e)? en attente)\b",
        r"\b(?:recrutement|processus|poste|embauche)s? _W_{0,3}?(?:est |sont )?(?:suspendu"
        r"|gele"
        r"|reporte)e?s?\b|\b(?:est|sont|a ete|ont ete) _W_?(?:suspendue?s?|gelee?s?)\b",
        r"\b(?:processus|recrutement) _W_{0,6}?(?:est|a ete) (?:retarde|suspendu|gele)\b"
        r"|\breprendre (?:les|le) (?:entrevues|entretiens|processus) (?:apres|en|au|debut)\b",
        r"\b(?:suspendre|suspendons|geler|gelons|reporter|reportons) (?:la|le|notre|ce|cette)"
        r" (?:procedure|processus|recrutement|embauche)\b",
        # es
        r"\b(?:frenamos|frenar|frenado|paramos|hemos parado) _W_{0,4}?(?:busquedas?|procesos?"
        r"|contrataciones?|selecci\w*)\b",
        r"\b(?:pausar|pausado|pausamos|en pausa|congelar|congelad\w*|suspendid[oa]|detenid[oa]"
        r"|aplazad[oa]|pospuest[oa]|paralizad[oa])\b",
        # nl
        r"\b(?:vacaturestop|aanwervingsstop|personeelsstop|opgeschort|gepauzeerd|in de ijskast)\b",
        r"\btijdelijk _W_{0,3}?(?:stop|stil|on hold|gepauzeerd|opgeschort)\b",
        r"\b(?:vacatures?|werving|aanwervingen|functie|rol|procedure) _W_{0,6}?(?:te )?"
        r"(?:bevriezen|bevroren)\b",
        r"\bvoorlopig _W_{0,2}?(?:stilgelegd|stop|stilgezet|on hold)\b",
        r"\bligt _W_{0,2}stil\b|\bstilgelegd\b|\bstil(?:ligt|liggen|gelegen)\b",
        r"\b(?:werving|procedure|sollicitatieprocedure|vacatures?)\b _W_{0,6}?(?:ligt|liggen)"
        r" stil\b"
        r"|\b(?:pauzeren|pauzeert|pauzeer)\b",
        r"\bligt de (?:werving|procedure|vacature)\b _W_{0,6}?stil\b",
        r"\b(?:auf unbestimmte zeit|indefinitely|sine die|a une date ulterieure|indefinidamente"
        r"|voor onbepaalde tijd)\b",
    )),
    # --- acknowledgement -------------------------------------------------------------------
    (ACK, STRONG, "they received your application", _rx(
        r"\b(?:received|receiving|reviewing|receipt of) your (?:application|resume|cv|email"
        r"|submission|candidacy|results)",
        r"\bthank(?:s| you) for (?:applying|your (?:application|interest|submission))",
        r"\bapplication (?:has been |was )?(?:received|submitted)",
        r"\b(?:bewerbung|unterlagen) _W_{0,4}?(?:erhalten|eingegangen|bestatigen|vorliegen"
        r"|bekommen)"
        r"|\beingang (?:ihrer|deiner) (?:bewerbung|unterlagen)",
        r"\b(?:accusons|accuse) (?:bonne )?reception|\b(?:bien )?(?:recue?|enregistree?)\b",
        r"\b(?:hemos|he) recibido (?:correctamente )?(?:tu|su)|\brecibimos (?:tu|su) (?:candidatura"
        r"|postulacion|cv|hoja de vida|mensaje|correo|resultados|prueba)",
        r"\b(?:goed|in goede orde|correct) (?:ontvangen|aangekomen)|\bontvangst _W_{0,4}"
        r"bevestig",
    )),
    (ACK, STRONG, "they will be in touch", _rx(
        r"\b(?:we(?:'ll| will| shall)|i(?:'ll| will| shall)|will|shall|we'd|i'd) _W_?(?:be in touch"
        r"|get back to"
        r" you|let you know|reach out|update you|follow up|come back to you|contact you|respond"
        r"|circle back|revert|be back in touch)",
        r"\b(?:get|come|circle|be) back to you\b|\bhear (?:back )?from (?:us|me|them)\b"
        r"|\bhear back\b",
        r"\blet (?:you|all (?:candidates|applicants|finalists)|everyone|candidates) know\b"
        r"|\bnotif(?:y|ied|ying) (?:you|all|candidates|finalists|everyone)|\bbe notified\b",
        r"\b(?:have|share|make|making|reach|take|give|send) (?:you )?(?:a|an|our|the) (?:final )?"
        r"(?:decision|answer|update|response|outcome)\b",
        r"\b(?:aim|hope|expect|plan|intend) to (?:be in touch|get back|come back|respond|reply"
        r"|update you|let you know|revert|be back)\b|\brevert (?:shortly|soon|back|to you)\b",
        r"\bgot your (?:application|cv|resume|documents|email|message|note|results|details)\b",
        r"\bpromised (?:me |us )?(?:feedback|an answer|a decision|an update|news)\b"
        r"|\b(?:i'll|i will|we'll|we will) (?:call|ring|phone|email|message|text) you\b"
        r"|\bas soon as (?:i|we) (?:hear|know|have)\b",
        r"\b(?:still|currently) (?:reviewing|evaluating|interviewing|considering|meeting|waiting"
        r"|in the process|speaking)|\bno decision yet|haven't (?:yet )?(?:made|reached) a decision"
        r"|\b(?:under|in) (?:review|consideration)\b|\bnotifying all\b",
        r"\bexpect (?:to|that) _W_{0,3}(?:decide|decision|feedback|update)",
        r"\bexpect (?:news|an answer|an update|a decision|to hear|feedback)\b",
        # tester round t44hx: "still wrapping up interviews for this one. I'll keep you posted"
        r"\bkeep (?:you|everyone) (?:posted|updated|informed|in the loop)\b|\bstill (?:wrapping"
        r" up|finishing|finali[sz]ing|working through) (?:the |our |a few |some )?(?:interviews"
        r"|conversations|the process|the search)",
        # "it will be a little while before there's a decision - Ines will have the latest"
        r"\bbefore (?:there's|there is|we have|we make|we reach|they make|they reach) a"
        r" (?:final )?decision\b|\bwill have (?:the latest|an update|news)\b",
        # de
        r"\b(?:wir melden uns|ich melde mich|melden uns|melde mich|meld mich|(?<!dass du )"
        r"(?<!dass sie )bescheid(?! gibst))\b|(?<!keine )"  # her notice: "dass du Bescheid gibst"
        r"(?<!keine individuelle )(?<!keine personliche )(?<!keine weitere )\bruckmeldung\b",
        r"\b(?:sie|du) (?:horen|horst|hoerst) _W_{0,5}von (?:uns|mir)\b",
        r"\b(?:sichten|prufen|sammeln) _W_{0,3}(?:derzeit|gerade|noch)\b|\bnoch in gesprachen",
        r"\b(?:noch )?(?:keine|nicht) _W_?entscheidung\b",
        r"\b(?:teilen|teile) (?:ihnen|dir|euch) _W_{0,6}?mit\b|\bmelde ich mich\b"
        r"|\bmelden wir uns\b",
        r"\b(?:werden|werde) (?:ihnen|dir|euch) _W_{0,5}?(?:mitteilen|bescheid geben|antworten"
        r"|eine ruckmeldung geben)\b",
        # fr
        r"\b(?:reviendrons|reviendrai|revenir|reviens|revenons|revient) vers (?:vous|toi)\b"
        r"|\b(?:vous|te) (?:reviens|revenir|reviendrai|reviendrons)\b",
        r"\b(?:vous|te) (?:donnerons|donnerai|apporterons|apporterai|ferons|ferai|fait|fera"
        r"|faisons|fais|donne|donnera) (?:une |un |notre |ma |sa )?(?:reponse|retour|decision)\b",
        r"\b(?:je|nous) (?:vous|te) (?:recontacte|recontacterons|contacterons|tiendrai|tiendrons"
        r"|tiens|donnerai|donnerons|ecris)\b",
        r"\b(?:vous|tu) (?:aurez|auras|recevrez|recevras) (?:notre|ma|une|un|la) (?:reponse"
        r"|decision|retour)",
        r"\b(?:nous|je) (?:etudions|examinons|rencontrons encore)\b|\ben cours (?:d'etude"
        r"|d'examen)",
        r"\b(?:ferons|ferai|fera) part\b|\bje (?:t'|vous )ecri(?:s|rai) _W_{0,3}?(?:en fin|demain"
        r"|ce soir|lundi|mardi|mercredi|jeudi|vendredi|la semaine|des que|bientot|plus tard)",
        # es
        r"\b(?:te|le|les|os) (?:escribiremos|contactaremos|respondemos|responderemos|diremos"
        r"|escribire|contactare|respondere|avisare|comunicare|informare"  # "te escribiré"
        r"|daremos|comunicaremos|informaremos|avisaremos|digo|doy|dare|compartimos|tengo|aviso"
        r"|(?:escribo|escribimos|contactamos)(?! (?:por|para|en relacion|con respecto|porque"
        r"|acerca|sobre|de parte)\b)|llamo(?! la atencion)|llamamos|llamaremos|marco|marcamos"
        r"|marcaremos)\b",  # "le marco el jueves" (u48rg); never "te escribo por el puesto"
        r"\b(?:seguimos|estamos) _W_?(?:valorando|revisando|evaluando|terminando|analizando"
        r"|entrevistando)",
        r"\b(?:tomar|tomara|tomaremos|tendra|tendremos) (?:una|la) decision",
        r"\bnos (?:pondremos|ponemos) en contacto|\bnos comunicaremos\b",
        r"\b(?:en cuanto|apenas|cuando) (?:me (?:diga|digan|conteste)|sepa|tenga|tengamos"
        r"|sepamos)\b[^.!?]{0,40}\b(?:te|le) (?:cuento|comento|digo|aviso|escribo)\b",
        # nl
        r"\b(?:laten|laat) (?:het )?(?:je|u|jou) _W_{0,5}?weten\b"
        r"|\b(?:laten|laat) _W_{0,6}?weten (?:wie|of|wat|hoe)\b",
        r"\b(?:hou|houd|houden) (?:je|u|jou) _W_{0,2}?op de hoogte\b"
        r"|\bzodra (?:ik|we) (?:iets|meer) (?:hoor|horen|weet|weten)\b",
        r"\b(?:je|u) (?:hoort|hoor) _W_{0,5}?van (?:ons|me|mij)\b"
        r"|\b(?:hoort|hoor|horen) (?:je|u|jij) _W_{0,4}?van (?:ons|me|mij)\b",
        r"\b(?:je|u) (?:ontvangt|krijgt) _W_{0,4}?(?:bericht|antwoord|reactie|uitsluitsel)\b",
        r"\b(?:we|ik) (?:nemen|neem) _W_{0,4}?contact _W_{0,3}?op\b",
        r"\b(?:we|ik) (?:komen|kom) _W_{0,6}?terug\b"
        r"|\bkom(?:en)? _W_{0,6}?bij (?:je|u) (?:op )?terug\b",
        r"\b(?:we|wij|ik|en) (?:bekijken|bekijk|bespreken|beoordelen|reageren)\b|\bnog (?:geen"
        r"|niet) _W_?(?:besluit|beslissing|besloten)",
    )),
)
