"""What they ask of her in words the request and step rows lacked, in en, de, fr, es, nl.

Development misses of issue 12 (out of fold): "j'aurais besoin de savoir quel est ton
délai de préavis" and "la pièce jointe est vide ... Merci de nous la renvoyer" were read as
a promise to come back or a receipt (a nudge would follow a question she owes an answer
to); "Haben Sie weiterhin Interesse an der Stelle?" under a delay was read as a pause;
"Confirmed: Thursday 12 November, 2pm, with Helen and Raj" and "meelopen op de vloer" were
no step at all. Each form is written for the five languages, as what the writer asks of
*her*: "I need to know from the team first" (their own homework), "no need to resend" and
"I'll resend the invite" (their move) are left out.

Data only (see ``core.phrase_rows``); ``core.intents`` decides. Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import (
    NEXT_STEP,
    REQUEST,
    STILL_INTERESTED,
    STRONG,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

#: Words that make what is to be known hers: "your notice period", "whether you", "ob Sie".
_HERS: Final = (
    r"(?:your|when you|whether you|if you|how soon you|ton|ta|tes|votre|vos|quand (?:tu|vous)"
    r"|si (?:tu|vous)|ihre?n?|deine?n?|wann (?:sie|du)|ob (?:sie|du)|wie (?:lange|viel) (?:ihre"
    r"|deine|sie|du)|tu|tus|su|sus|cuando (?:puedes|puede)|si (?:puedes|puede|tienes|tiene)"
    r"|je|jouw|uw|wanneer (?:je|u)|of (?:je|u))"
)
#: Weekdays and "today/tomorrow", folded, for a confirmation of a meeting.
_DAY: Final = (
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*|today|tomorrow|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|morgen|heute|lundi|mardi|mercredi|jeudi|vendredi|samedi|demain"
    r"|lunes|martes|miercoles|jueves|viernes|sabado|manana|hoy|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|zaterdag"
)

#: Tried before ``core.phrases_process``'s rows, so that "they ask you for something" does
#: not take the reason a pause gives way to ("verzögert. Haben Sie weiterhin Interesse?").
STILL_INTERESTED_PHRASES: Final[tuple[Row, ...]] = (
    (REQUEST, STRONG, STILL_INTERESTED, _rx(
        r"\b(?:haben|hatten) (?:sie|du) (?:noch |weiterhin |nach wie vor |denn )+interesse\b"
        r"[^.!?]{0,80}\?",
        r"\b(?:heb|hebt|heeft) (?:je|jij|u) (?:nog (?:steeds |altijd )?|steeds )interesse\b"
        r"[^.!?]{0,80}\?",
        # said short, as its own question: "Still keen? If so I'll set up a first chat"
        r"(?:^|(?<=[.!?:,\n-]) ?)(?:still (?:interested|keen|up for it)|sigues? interesad[oa]"
        r"|toujours interessee?s?|noch interesse|nog (?:steeds |altijd )?interesse)\b"
        r"[^.!?]{0,40}\?",
    )),
)

ASK_PHRASES: Final[tuple[Row, ...]] = (
    (REQUEST, STRONG, "they need to know something from you", _rx(
        rf"\b(?:i|we)(?:'d| would) need to know {_HERS}\b",
        rf"\b(?:i|we) (?:still )?need to know {_HERS}\b",
        # "we need a decision from you by Thursday on the offer terms" (stop 46)
        r"\b(?:i|we)(?:'d| would)? (?:still )?need an? (?:decision|answer|response|reply"
        r"|confirmation|yes or no) from you\b",
        rf"\b(?:ich|wir) (?:musste|mussten|brauchte|brauchten|muss|mussen) (?:noch |nur noch )?"
        rf"(?:kurz )?wissen,? {_HERS}\b",
        rf"\b(?:j'aurais|nous aurions|j'ai|nous avons|il me faudrait|il nous faudrait) (?:besoin"
        rf" de )?savoir (?:quel(?:le)?s? (?:est|sont) |combien de temps |quand |si )?{_HERS}\b",
        rf"\b(?:quel|quelle|quels|quelles) (?:est|sont) {_HERS}\b[^.!?]{{0,60}}\?",
        rf"\b(?:ik|wij|we) (?:zou|zouden|moet|moeten) (?:nog |graag )*(?:moeten |willen )?weten"
        rf",? (?:wat |wanneer |hoe |of )?{_HERS}\b",
    )),
    (REQUEST, STRONG, "they ask you to send it again", _rx(
        r"\b(?:please|could you|can you|would you|kindly|pls) (?:\w+ )?re-?send\b",
        r"\bmerci de (?:bien vouloir )?(?:nous |me )?(?:le |la |les )?(?:renvoyer|retransmettre"
        r"|transmettre a nouveau|faire parvenir a nouveau)\b",
        r"(?<!\bno )\b(?:reenvia(?:nos|me|rnos)?|reenvie(?:nos|me)?|vuelve a enviar(?:nos|me)?"
        r"|vuelva a enviar(?:nos|me)?|volver a enviar(?:nos|me)?)\b",
        r"\b(?:bitte|konnten sie|konnen sie|kannst du|konntest du) (?:\w+ ){0,4}?"
        r"(?:noch ?(?:ein)?mal|erneut) (?:zu)?(?:schicken|senden|zusenden|ubermitteln)\b",
        r"\b(?:wil|kun|kan|zou) (?:je|u) (?:\w+ ){0,4}?(?:opnieuw|nog eens|nogmaals) (?:\w+ )?"
        r"(?:sturen|versturen|toesturen|mailen|doorsturen)\b",
    )),
    # her particulars asked for in formal or regional forms (issue 12, batch w21ns and the
    # dev misses): "möchten wir Sie bitten, uns ... zuzusenden", "est-ce que tu pourrais
    # m'envoyer", "kindly revert with your current CTC", "le solicitamos ... nos comparta"
    (REQUEST, STRONG, "they ask you for something", _rx(
        r"\b(?:mochten|mochte|wurden|durfen) (?:wir|ich) (?:sie|dich|euch) (?:\w+ )?bitten,?"
        r" (?:uns|mir) [^.!?]{0,80}?(?:zuzusenden|zu senden|zukommen zu lassen|mitzuteilen"
        r"|nachzureichen|einzureichen|zu schicken|zuzuschicken|zu ubermitteln)\b",
        r"\b(?:est-ce que|est ce que) (?:tu|vous) (?:pourrais|pourriez|peux|pouvez) (?:m'|me"
        r" |nous )?(?:envoyer|transmettre|faire parvenir|indiquer|communiquer|preciser)\b",
        r"\b(?:kindly|please) (?:do the needful and )?revert (?:back )?with (?:your|the|a)\b",
        r"\b(?:le|te|les|os) solicitamos\b[^.!?]{0,50}?\b(?:nos |me )?(?:comparta|compartas"
        r"|compartan|envie|envies|envien|haga llegar|hagas llegar|hagan llegar|proporcione"
        r"|proporciones|indique|indiques|remita|remitas)\b",
    )),
    (NEXT_STEP, STRONG, "they confirm the meeting", _rx(
        rf"(?:^|[.!?\n,] ?)(?:confirmed|bestatigt|c'est confirme|confirme|confirmado|bevestigd)"
        rf" ?[:,-] ?(?:for |fur |pour |para |voor |op |el |le |am )?(?:{_DAY})\b",
    )),
    (NEXT_STEP, STRONG, "they invite you to spend a day with the team", _rx(
        r"\b(?:een )?(?:meeloopdag|snuffeldag)\b(?! (?:van )?(?:gisteren|vorige))",
        r"\bmet (?:je|jou|u) (?:\w+ ){0,3}?meelopen\b|\b(?:komen|komt|kom) meelopen\b"
        r"|\been dag(?:je)? (?:\w+ )?meelopen\b",
    )),
    # batch w23ir: a request in the formal letter's words ("nous vous serions reconnaissants
    # de bien vouloir nous faire parvenir vos prétentions", read beside "nous accusons
    # réception" as the receipt alone), in the five languages
    (REQUEST, STRONG, "they ask you for something, formally", _rx(
        r"\b(?:nous vous serions|je vous serais) (?:tres |vivement )?(?:reconnaissants?|obliges?)"
        r" de (?:bien vouloir )?(?:nous|me) (?:faire parvenir|transmettre|adresser|communiquer"
        r"|envoyer|indiquer|preciser|confirmer|retourner)\b",
        r"\b(?:nous vous remercions|je vous remercie) (?:par avance )?de (?:bien vouloir )?(?:nous"
        r"|me) (?:faire parvenir|transmettre|adresser|communiquer|indiquer|preciser|retourner)\b",
        r"\b(?:wir waren|ich ware) (?:ihnen|dir|euch) (?:sehr )?dankbar,? wenn (?:sie|du|ihr)"
        r" (?:uns|mir) [^.!?]{0,80}?(?:zukommen lassen|zusenden|zuschicken|schicken|senden"
        r"|mitteilen|ubermitteln|nachreichen)\w*\b",
        r"\b(?:le|te|les|os) agradecer(?:iamos|ia|emos|e)(?: mucho)? (?:que )?(?:nos|me)"
        r" (?:hiciera|hicieras|hicieran|haga|hagas|enviara|enviaras|envie|envies|remitiera"
        r"|remita|indicara|indicaras|indique|facilitara|facilite|compartiera|compartieras"
        r"|mandara|mandaras|pasaras|confirmara|confirmaras)\b",
        r"\b(?:wij|we|ik) (?:zouden|zou) het (?:zeer )?op prijs stellen (?:als|indien) (?:u|je|jij)"
        r" (?:ons|mij|me) [^.!?]{0,80}?(?:toestuurt|stuurt|toe (?:zou )?(?:kunnen )?sturen"
        r"|(?:zou )?(?:kunnen )?toesturen|laat weten|doorgeeft|mailt|bezorgt)\b",
    )),
    # "nous aimerions vous revoir jeudi à 14h": they want to see her again (a next round);
    # "j'espère vous revoir", "hope to see you again" only wish it
    (NEXT_STEP, STRONG, "they want to see you again", _rx(
        r"\b(?:we'd|we would|i'd|i would) (?:love|like|be keen|be happy) to (?:see|meet) you"
        r" again\b(?! (?:sometime|some day|one day|in the future|at (?:an?|the) \w+ event))",
        r"\b(?:nous aimerions|nous souhaiterions|nous voudrions|j'aimerais|je souhaiterais)"
        r" (?:beaucoup |vivement |donc |alors |du coup |bien )?(?:vous|te) revoir\b",
        r"\b(?:wir wurden|wir mochten|ich wurde|ich mochte) (?:sie|dich) (?:sehr )?gerne?"
        r" (?:noch ?(?:ein)?mal|nochmals|erneut|wieder) (?:sehen|treffen|sprechen)\b",
        r"\b(?:nos gustaria|me gustaria|queremos|quisieramos) volver a (?:verte|verle|vernos"
        r"|reunirnos)\b",
        # "así que queremos verte el jueves": a day to see her (stop 44)
        r"\b(?:nos gustaria|me gustaria|queremos|quisieramos) (?:verte|verle|conocerte"
        r"|conocerle) (?:el |este |la proxima |esta )?(?:lunes|martes|miercoles|jueves|viernes"
        r"|semana|manana)\b",
        r"\b(?:we|wij|ik) (?:zouden|zou|willen|wil) (?:je|jou|u) (?:graag )?(?:nog (?:een"
        r" keer|eens)|opnieuw|weer) (?:zien|spreken|ontmoeten)\b",
    )),
)
