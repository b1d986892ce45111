"""Next rounds, asks and promises in forms the rows lacked (probe-steps7).

A probe of 60 replies that set her next move, or only looked as if they did, found these
read as no news or as the wrong news:

- a visit set with its travel, and no word "interview": "wir freuen uns, Sie am Freitag,
  18. Dezember, um 10:00 Uhr in unserem Werk begrüßen zu dürfen. Die Bahnfahrt buchen wir
  für Sie", "nous avons le plaisir de vous confirmer votre journée sur site ... votre billet
  de train est en pièce jointe", "Le confirmamos su visita a nuestras oficinas ... Le hemos
  reservado el vuelo", "Je bezoek aan ons kantoor staat gepland op woensdag ... We vergoeden
  je reiskosten" (read as no news: the ladder nudged a company that had booked her a train);
  a first working day welcomed is no round ("Sie am 4. Januar zu Ihrem ersten Arbeitstag
  begrüßen");
- the next round told as their plan: "Next step would be a chat with our CFO, I'll get
  that set up", "El siguiente paso sería una conversación con nuestro director financiero.
  Yo me encargo de coordinarla" (the Spanish read as a promise of news only); a condition
  in front ("if you're shortlisted, the next step would be ...") stays no news, by the
  guards of ``core.intents``;
- a visit or a talk offered as a wish of hers: "Fancy coming in on Thursday?", "hättest du
  Lust, nächste Woche bei uns vorbeizuschauen?", "zin om een dagje mee te lopen?" (read as
  no news, or as a plain question);
- her paper needed, the German verb first: "bräuchte ich noch Ihr letztes Arbeitszeugnis",
  "benötigen wir noch Ihre Gehaltsvorstellung" (read as thanks);
- next steps promised once they have decided, with nothing for her to do: "we'll send the
  next steps once we've decided", "Sobald wir uns intern abgestimmt haben, schicken wir
  Ihnen die nächsten Schritte", "Nous vous enverrons les prochaines étapes dès que ...",
  "te enviaremos los próximos pasos", "sturen we je de vervolgstappen": a promise of news
  (the French one was read as a next round, so she was told to prepare for nothing).

Data only (see ``core.phrase_rows``); ``core.intents`` decides. Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ACK, NEXT_STEP, REQUEST, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: A round or a meeting, as a plan names it (folded): "a chat", "una conversación".
_TALK: Final = (
    r"(?:chat|call|conversation|interview|meeting|catch-up|coffee|session|video call|panel"
    r"|conversacion|entrevista|charla|llamada|reunion|videollamada|cafe)"
)

#: What a visit's travel is: the ticket, the bed (folded, five languages).
_TRAVEL: Final = (
    r"(?:flights?|trains?|train tickets?|rail tickets?|hotel|hotel room|room|taxi|accommodation"
    r"|vuelo|billete|tren|ave|hotel|habitacion|alojamiento|una noche)"
)

PLANNED_STEP_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, STRONG, "an interview or a task is set", _rx(
        # en: "We've booked your flight (EI 153) and a room", "your visit is confirmed"
        rf"\b(?:we've|we have|i've|i have) (?:also |now |already )?(?:booked|reserved)"
        rf" (?:you |your |a |an |you a |you an )(?:\S+ ){{0,2}}?{_TRAVEL}\b",
        r"\byour (?:site |office |on-?site )?(?:visit|day with us|day on-?site)"
        r" (?:(?:to|at|in) (?:\S+ ){1,4}?)?(?:is|has been) (?:now )?(?:confirmed|booked"
        r"|scheduled|set)\b",
        # de: "Sie am Freitag, 18. Dezember, um 10:00 Uhr in unserem Werk ... begrüßen zu
        # dürfen"; never the first working day
        r"\b(?:sie|dich|euch) am (?:(?!\S*arbeitstag|\S*einarbeitung|ersten|erster|dienstantritt"
        r"|onboarding)\S+ ){1,12}?(?:begrussen|empfangen|willkommen heissen) zu"
        r" (?:durfen|konnen)\b",
        r"\b(?:die |ihre |deine |eine )?(?:bahnfahrt|anreise|zugfahrt|fahrkarte|bahntickets?"
        r"|zugtickets?|fluge?|hotelzimmer|ubernachtung|unterkunft) (?:\S+ )?(?:buchen|organisieren"
        r"|reservieren|ubernehmen|bezahlen) (?:wir|ich)\b",
        r"\b(?:wir|ich) (?:haben|habe) (?:ihnen|dir|euch) (?:\S+ ){0,5}?(?:ein hotelzimmer|eine"
        r" ubernachtung|ein zimmer|einen flug|ein bahnticket|ein zugticket|die bahnfahrt|die"
        r" anreise|eine fahrkarte) (?:\S+ ){0,3}?(?:gebucht|reserviert|organisiert)\b",
        # fr: "vous confirmer votre journée sur site", "votre billet de train ... est en pièce
        # jointe", "une nuit d'hôtel est réservée"
        r"\bconfirm\w* (?:\S+ ){0,2}?(?:votre|ta|ton) (?:journee|demi-journee|visite|venue"
        r"|matinee|apres-midi) (?:sur (?:le )?site|dans nos (?:locaux|bureaux)|chez nous"
        r"|d'immersion|de decouverte|a |au |en )",
        r"\b(?:votre|ton|vos|tes) (?:billets?|titres? de transport)(?: de train| d'avion)?"
        r" (?:\S+ ){0,8}?(?:est|sont) (?:en piece jointe|ci-joints?|joints?)\b",
        r"\b(?:une nuit|une nuitee|une chambre)(?: d'hotel)? (?:vous )?(?:est|a ete) reservee\b"
        r"|\b(?:nous avons|j'ai) reserve (?:votre|ton|vos|tes|un|une) (?:billet|train|vol"
        r"|chambre|hotel|nuit)",
        # es: "Le confirmamos su visita a nuestras oficinas", "le hemos reservado el vuelo"
        r"\b(?:confirmamos|confirmo) (?:\S+ ){0,2}?(?:su|tu) (?:visita|jornada) (?:a|en|con|de)\b",
        rf"\b(?:le|te|les|os) (?:hemos|he) reservado (?:\S+ ){{0,2}}?(?:el |un |una |los )?"
        rf"{_TRAVEL}\b",
        # nl: "Je bezoek aan ons kantoor in Eindhoven staat gepland", "we vergoeden je
        # reiskosten"
        r"\b(?:je|jouw|uw) bezoek (?:aan (?:\S+ ){1,5}?)?(?:staat (?:\S+ )?gepland|is (?:\S+ )?"
        r"(?:ingepland|bevestigd|gepland))\b",
        r"\b(?:we|wij) (?:vergoeden|betalen) (?:je|jouw|uw) (?:reiskosten|reis|treinkaartje"
        r"|treinreis|hotel)\b|\b(?:we|wij) hebben (?:\S+ ){0,2}?(?:een hotel|een kamer|je trein"
        r"|een treinkaartje|je vlucht|een vlucht|een overnachting) (?:\S+ ){0,2}?(?:geboekt"
        r"|gereserveerd)\b",
    )),
    (NEXT_STEP, STRONG, "they invite you to the next step", _rx(
        # "Next step would be a chat with our CFO", "the next stage will be to meet the team"
        rf"\b(?:the |our |so )?next (?:step|stage) (?:would be|will be|is|is going to be"
        rf"|'d be) (?:a|an|to have a|to have an) (?:\S+ ){{0,3}}?{_TALK}\b|\b(?:the |our"
        r" |so )?next (?:step|stage) (?:would be|will be|is) to (?:meet|speak (?:to|with)"
        r"|chat with|talk (?:to|with)|come in)\b",
        # "El siguiente paso sería una conversación con nuestro director financiero"
        # "Vervolgstap is een gesprek met de directeur; ik plan het in"
        r"\b(?:vervolgstap|volgende stap) (?:is|wordt|zou (?:\S+ )?zijn|zal (?:\S+ )?zijn)"
        r" (?:een|het) (?:\S+ ){0,2}?(?:\w*gesprek|kennismaking|interview|assessment|ronde)\b",
        # "Si te es más fácil, hablamos mañana por teléfono"
        r"\bhablamos (?:manana|pasado manana|esta tarde|el (?:lunes|martes|miercoles|jueves"
        r"|viernes)) (?:\S+ )?por (?:telefono|videollamada|zoom|teams|meet|video)\b",
        rf"\b(?:el |nuestro )?(?:siguiente|proximo) paso (?:seria|sera|es|va a ser)"
        rf" (?:una|un) (?:\S+ ){{0,3}}?{_TALK}\b|\b(?:el |nuestro )?(?:siguiente|proximo)"
        r" paso (?:seria|sera|es) (?:conocer|hablar con"
        r"|reunirte con|reunirse con|ver(?:te|le|la) con)\b",
    )),
    (NEXT_STEP, STRONG, "they invite you to the next step", _rx(
        # a visit or a talk asked as a wish of hers: "Fancy coming in on Thursday to meet the
        # crew?", "Up for a coffee with the team on Friday?", "Partant pour un café ?"; never
        # "nothing fancy", a fancy title, nor a coffee some day after a no: "If you're ever up
        # for a coffee in the city I'd be glad to" (w14nm-029)
        r"(?<!ever )(?<!if you're )(?<!if you )(?<!whenever you )"
        rf"\b(?:fancy|up for|partante? pour) (?:\S+ ){{0,2}}?(?:coming (?:in|over|by|along|to)"
        rf"|popping (?:in|by|over)|dropping (?:in|by)|meeting|joining|grabbing|a (?:\S+ )?"
        rf"{_TALK}|a (?:visit|trial)|lunch|un (?:cafe|echange|dejeuner)|une (?:visite|visio))\b",
        # "hättest du Lust, nächste Woche mal bei uns im Büro vorbeizuschauen?", "Hast du
        # Lust auf einen Kaffee mit dem Team?"; never "Lust, uns Ihre Unterlagen zu schicken"
        r"\b(?:hattest du|hatten sie|hast du|haben sie|habt ihr|hattet ihr) (?:\S+ ){0,3}?lust"
        r"\b[^.!?]{0,120}?(?:vorbei\w*|kennen\w*|\w*treffen|besuch\w*|\w*gesprach|kaffee"
        r"|telefonat|interview|probe\w*|hospitier\w*|reinzuschauen|reinzukommen)",
        # "zin om volgende week een dagje mee te lopen?", "heb je zin in een kennismaking?"
        r"\b(?:zin om|zin in|lijkt het (?:je|u) leuk om|zou (?:je|u) het leuk vinden om)"
        r"\b[^.!?]{0,100}?(?:langs te komen|langskomen|kennis te maken|kennismaking|mee te"
        r" lopen|meeloopdag|af te spreken|te ontmoeten|koffie|\w*gesprek|proefdag|op kantoor)",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        # with no subject, or "I'd": "would need two references from you by end of week",
        # "I'd need a copy of your passport"; never "we'd need to check internally"
        r"(?<!\bif )(?<!\bif we )(?<!\bif i )(?:\b(?:i'd|we'd|i would|we would)|(?:^|[-,:;.!?] )"
        r"(?:would|'d)) (?:still |also |just |then )?need (?:your|a copy of your|(?:\S+ ){1,4}?"
        r"from you)\b",
        # the verb first: "bräuchte ich noch Ihr letztes Arbeitszeugnis"
        r"\b(?:brauchte|brauchten|brauche|brauchen|benotige|benotigen|benotigte|benotigten)"
        r" (?:ich|wir) (?:noch |dann |bitte |auch |nur |von (?:ihnen|dir) )*(?:ihre?[nms]?"
        r"|deine?[nms]?|eure?[nms]?|eine kopie)\b",
    )),
    (ACK, STRONG, "they will be in touch", _rx(
        # "we'll send the next steps once we've decided"
        r"\b(?:we'll|we will|i'll|i will) (?:send|share|email|confirm) (?:you )?(?:over )?"
        r"(?:the |our )?next steps (?:once|when|as soon as|after)\b",
        # "Sobald wir uns intern abgestimmt haben, schicken wir Ihnen die nächsten Schritte"
        r"\b(?:schicken|senden|nennen|mitteilen|teilen) (?:wir|ich) (?:ihnen|dir|euch) (?:dann"
        r" |gerne )*(?:die |alle )?(?:nachsten|weiteren) schritte\b",
        # "Nous vous enverrons les prochaines étapes dès que nous aurons pris notre décision"
        r"\b(?:nous|je) (?:vous|te) (?:enverrons|enverrai|communiquerons|communiquerai"
        r"|transmettrons|transmettrai|indiquerons|indiquerai) (?:alors )?les (?:prochaines"
        r"|suivantes) etapes\b",
        # "En cuanto tomemos una decisión te enviaremos los próximos pasos"
        r"\b(?:te|le|os|les) (?:enviaremos|enviare|mandaremos|mandare|comunicaremos|comunicare"
        r"|indicaremos|indicare|contaremos|contare|comentaremos|comentare|pasaremos|pasare"
        r"|diremos|dire) (?:los )?(?:proximos|siguientes) pasos\b",
        # "Zodra we een besluit hebben genomen, sturen we je de vervolgstappen"
        r"\b(?:sturen|mailen) (?:we|wij|ik) (?:je|jou|u) (?:de )?vervolgstappen\b"
        r"|\b(?:we|wij|ik) (?:sturen|mailen|stuur|mail) (?:je|jou|u) (?:de )?vervolgstappen"
        r" (?:zodra|als|wanneer)\b",
    )),
)
