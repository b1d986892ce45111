"""Noes said in passing: kept on file, gone with another, reasons first (probe-noes11).

Ten probe rounds taught the rules the textbook noes and the implied ones. An eleventh wrote
the noes that sit inside something else, and the rules read a promise, a courtesy or
nothing:

- the no folded into keeping her on file, the fit of *later* openings compared with this
  one: "Wir nehmen Ihr Profil gern in unseren Talentpool auf und melden uns, sobald eine
  Stelle frei wird, die besser zu Ihnen passt" (read as a promise to write, 0.99), "Nous
  conserverons vos coordonnées afin de vous recontacter si une opportunité correspondant
  davantage à votre profil venait à se présenter" (a pleasantry), "futuras vacantes que
  encajen mejor con tu perfil", "zodra er een vacature vrijkomt die beter aansluit bij je
  profiel" (nothing); a later opening that fits *better* says this one did not;
- gone on with someone else, said the way people talk: "wir sind mit einer anderen Person
  weitergegangen" (read as a promise, 0.75), "We zijn met iemand anders in zee gegaan" (a
  pleasantry to the rules), "we have hired an external candidate for the Operations Lead
  vacancy" (an interview set, to the rules);
- a German conclusion that another fits better: "sind wir zu dem Schluss gekommen, dass
  eine Kandidatin mit mehr Treasury-Erfahrung besser zu uns passt";
- the reason first, then the no: "Given the number of applications ... we are not able to
  take your candidacy forward at this stage" (only "take ... further" was known).

Never a later opening offered now ("we have a new opening that better matches your
profile: shall we talk?" is a next step: ``core.intents`` reads the no as a filled role
beside another), nor one wished for in a condition before any news.

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition, a denial or words said of others are no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.calloff_words import DAY_WORDS, HOUR
from silence_watch.core.phrase_rows import (
    NEXT_STEP,
    NOT_FILLED_FOR_NOW,
    ON_HOLD,
    REJECTION,
    STRONG,
    WEAK,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

#: For now, not for good (folded): "vorerst", "for the time being", "voorlopig".
FOR_NOW: Final = (
    r"(?:vorerst|vorlaufig|zunachst|derzeit|momentan|aktuell|zurzeit|bis auf weiteres"
    r"|erst(?: ein)?mal|fur den moment|im moment|for now|for the time being|at (?:the|this)"
    r" (?:moment|time|stage)|at present|until further notice|this (?:year|quarter)"
    r"|pour (?:le moment|l'instant|l'heure)|dans l'immediat|por (?:ahora|el momento)"
    r"|de momento|por lo pronto|voorlopig|voor nu|voorlopig even|tijdelijk|momenteel)\b"
)

#: The job, in five languages (folded).
_ROLE: Final = (
    r"(?:role|position|job|post|opening|vacancy|req|requisition|stelle|vakanz|poste"
    r"|puesto|posicion|vacante|plaza|cargo|functie|vacature|rol|baan)"
)

#: An opening to come, in five languages (folded): the noun, then up to a few words.
_LATER: Final = (
    r"(?:openings?|opportunit(?:y|ies)|roles?|vacanc(?:y|ies)|positions?|jobs?|stellen?"
    r"|vakanz(?:en)?|positionen|moglichkeit(?:en)?|opportunites?|postes?|offres?"
    r"|ouvertures?|vacantes?|oportunidad(?:es)?|posicion(?:es)?|puestos?|procesos?|vacatures?"
    r"|functies?|mogelijkheden|kansen)"
)
#: Fitting her better, in five languages (folded).
_FITS_HER_BETTER: Final = (
    r"(?:(?:better|more closely) (?:match(?:es)?|suits?|fits?|aligns? with|corresponds? to)"
    r" (?:your|you)\b|(?:is|are|would be) (?:a )?(?:better|closer) (?:match|fit) (?:for|with"
    r"|to) (?:you|your)\b|better suited (?:to|for) (?:you|your)\b"
    r"|(?:besser|eher|genauer) (?:zu (?:ihnen|dir|ihrem \w+|deinem \w+)|auf (?:ihr|dein)"
    r" \w+) (?:passt|passen)\b"
    r"|(?:correspondant|correspond(?:ra|rait|raient|e|ent)?|adaptee?s?|convenant)"
    r" (?:davantage|mieux|plus) a (?:votre|ton|vos|tes)\b|(?:plus|davantage|mieux) en adequation"
    r" avec (?:votre|ton|vos|tes)\b"
    r"|(?:encaj|ajust|adecu|correspond|adapt)(?:e|en|a|an|ara|aran)? (?:mejor|mas) (?:con|a)"
    r" (?:tu|su|tus|sus)\b|(?:mas|mejor) (?:acorde|ajustad[oa]s?|adecuad[oa]s?) (?:a|con)"
    r" (?:tu|su|tus|sus)\b"
    r"|(?:beter|meer) (?:aansluit(?:en)?|past|passen) (?:bij|op) (?:je|jou|jouw|u|uw)\b"
    r"|beter (?:bij|op) (?:je|jou|jouw|u|uw)(?: \w+)? (?:past|passen|aansluit|aansluiten)\b)"
)

#: What makes the opening a later one (folded): its coming ("si une opportunité ... venait
#: à se présenter", "sobald eine Stelle frei wird"), a word of the future ("futuras
#: vacantes") or her details kept for it ("we'll keep your details on file for openings");
#: never an opening named now ("which role better suits you: Analyst or Lead?").
_LATER_BY: Final = (
    r"(?:if|when|once|should|as soon as|whenever|sobald|wenn|falls|sollte|sollten|si|des que"
    r"|lorsque|cuando|en cuanto|apenas|por si|zodra|als|wanneer|indien|mocht|mochten"
    r"|future|upcoming|later|kunftig\w*|zukunftig\w*|spater\w*|futur\w*|prochain\w*"
    r"|proxim\w*|toekomstig\w*|on file|in mind|pool|talentpool|vivier|keep|kept|hold|retain"
    r"|behalten|speicher\w*|vormerken|hinterkopf|conserv\w*|gard\w*|en tete|guard\w*"
    r"|en cuenta|bewar\w*|bestand|houden|bij de hand|in gedachten)"
)

NOES_IN_PASSING: Final[tuple[Row, ...]] = (
    (REJECTION, WEAK, "bad news, kindly put", _rx(
        # a later opening, within the clause, that fits her better than this one did; the
        # "if" or "once" of the opening's coming is part of it, no condition on the no
        rf"\b{_LATER_BY}\b[^.!?;]{{0,60}}?\b{_LATER}\b[^.!?;]{{0,60}}?{_FITS_HER_BETTER}",
        # the comparative in front: "sobald eine besser passende Stelle frei wird"
        r"\b(?:besser|eher) (?:passende|geeignete)n? (?:stelle|position|vakanz|aufgabe|rolle)\b",
    )),
    (REJECTION, STRONG, "they went on with someone else", _rx(
        # "wir sind mit einer anderen Person weitergegangen", "mit einem anderen Kandidaten
        # weitergemacht"
        r"\bmit (?:einer|einem|einen) (?:anderen?|weiteren?) (?:person|kandidat\w*|bewerber\w*"
        r"|profil) (?:_W_){0,2}?(?:weitergegangen|weiter gegangen|weitergemacht"
        r"|vorangegangen|weiterzumachen|weiterzugehen)\b",
        # "we zijn met iemand anders in zee gegaan", "in zee gegaan met een andere kandidaat"
        r"\bmet (?:iemand anders|een andere? (?:kandidaat|kandidate|persoon|sollicitant))"
        r" (?:_W_){0,2}?in zee (?:gegaan|gaan)\b",
        r"\bin zee (?:gegaan|gaan) met (?:iemand anders|een andere? (?:kandidaat|kandidate"
        r"|persoon|sollicitant))\b",
        # "we have hired an external candidate", "appointed an internal applicant"
        r"\b(?:have|has|we've|we) (?:now |since |already |just )?(?:hired|appointed|recruited"
        r"|selected|chosen|gone with|taken on) (?:an? )?(?:external|internal|outside|other"
        r"|different) (?:candidate|applicant|hire|person|profile)\b",
        # "zu dem Schluss gekommen, dass eine Kandidatin mit mehr ... besser zu uns passt"
        r"\b(?:eine?n?|der|die) (?:andere[rn]? )?(?:kandidat(?:in|en)?|bewerber(?:in)?|person"
        r"|profil)\b[^.!?;]{0,80}? (?:besser|eher) (?:zu uns |zum team |zur (?:stelle|rolle"
        r"|position) |ins team )?(?:passt|passte|geeignet (?:ist|war))\b",
    )),
    (REJECTION, WEAK, "they will not move forward", _rx(
        # the reason first: "Given the number of applications ..., we are not able to take
        # your candidacy forward at this stage"
        r"\b(?:not|n't|unable to|cannot) (?:be )?(?:able to |going to |in a position to )?"
        r"(?:take|taking|carry|carrying|put|putting) (?:your|the) (?:application|candidacy"
        r"|candidature|profile) (?:any )?(?:forward|further)\b"
        r"(?! (?:until|unless|without|before|till)\b)",
    )),
    (ON_HOLD, STRONG, NOT_FILLED_FOR_NOW, _rx(
        # a decision not to fill it *for now* (probe-noes11, read as a sure no): "wir haben
        # uns entschieden, die Stelle vorerst nicht zu besetzen" (the corpus's dn-126 is on
        # hold), "besloten de vacature voorlopig niet in te vullen"
        r"\b(?:entschieden|beschlossen|entschlossen)\b,? (?:_W_){0,3}?(?:die|diese)"
        rf" (?:stelle|position|vakanz) (?:_W_){{0,2}}?{FOR_NOW} (?:_W_){{0,2}}?nicht"
        r" (?:mehr |neu |wieder |erneut )?(?:zu besetzen|auszuschreiben|nachzubesetzen)\b",
        r"\bbesloten\b,? (?:om )?(?:de|deze) (?:functie|vacature|rol)"
        rf" (?:_W_){{0,2}}?{FOR_NOW} (?:_W_){{0,2}}?niet (?:opnieuw |meer )?(?:open te stellen"
        r"|in te vullen|te vervullen|uit te zetten)\b",
        # the same in English, French, Spanish, with the "for now" after it: "decided not to
        # fill the role for now", "de ne pas pourvoir le poste pour le moment", "decidido no
        # cubrir la vacante por ahora"
        rf"\b(?:decided|decision(?: was made)?|chosen|opted) (?:not to|against) (?:re-?fill"
        rf"|back-?fill|fill|recruit for|hire for)(?:ing)? (?:the|this|that|our)"
        rf" (?:[\w-]+ ){{0,3}}?{_ROLE} {FOR_NOW}",
        rf"\bdecide\w* de ne pas (?:pourvoir|recruter sur) (?:le|ce) (?:poste|recrutement)"
        rf" {FOR_NOW}",
        rf"\bdecidi\w* no (?:cubrir|ocupar|contratar para) (?:la|el|esta|este) {_ROLE}"
        rf" {FOR_NOW}",
    )),
    (NEXT_STEP, STRONG, "a call is set for a day", _rx(
        # a no about something else, then the call (probe-noes11: an offer at 0.59 to the
        # reader, nothing to the rules): "unfortunately we can't offer relocation support,
        # but let's talk Tuesday at 2pm about the rest", "on fait le point lundi 14 à 10h ?"
        rf"\b(?:let's|let us|lets) (?:talk|chat|speak|catch up|meet|jump on a call|hop on a call)"
        rf" (?:again )?(?:on |next |this )?(?:{DAY_WORDS})\b(?:[^.!?\n]{{0,20}}?\b(?:{HOUR}))?",
        rf"\b(?:on fait|faisons|on se fait) (?:le point|un point|un appel|une visio) (?:le |ce )?"
        rf"(?:{DAY_WORDS})\b[^.!?\n]{{0,20}}?\b(?:{HOUR})",
        rf"\b(?:hablamos|nos llamamos|lo vemos|lo hablamos) (?:el |este )?(?:{DAY_WORDS})\b"
        rf"[^.!?\n]{{0,20}}?\b(?:{HOUR}|a las \d)",
        rf"\b(?:lass uns|lassen sie uns|sprechen wir|telefonieren wir) (?:am |diesen |nachsten )?"
        rf"(?:{DAY_WORDS})\b[^.!?\n]{{0,20}}?\b(?:{HOUR})",
        rf"\b(?:laten we|we bellen|bellen we|spreken we) (?:op |a\.s\. |aanstaande )?"
        rf"(?:{DAY_WORDS})\b[^.!?\n]{{0,20}}?\b(?:{HOUR}|om \d)",
    )),
    (NEXT_STEP, STRONG, "they ask when you can meet", _rx(
        # an offer word used loosely, for a meeting (probe-noes11: an offer at 0.59 to the
        # reader): "we can offer you an interview on Friday 11 December", "Wir können Ihnen
        # Dienstag 15.12. um 14 Uhr für das Fachgespräch anbieten"
        r"\b(?:can|could|would like to|'d like to|happy to|able to|pleased to) offer you (?:an?"
        r" |the |one of (?:these|the following|two) |two |three )?(?:first |second |final "
        r"|video |phone |short |quick )?(?:interview|slot|call|time|meeting|appointment|chat"
        r"|conversation)s?\b",
        r"\b(?:(?:konnen|konnten|mochten|wurden|kann|konnte|mochte|wurde) (?:wir|ich)|(?:wir"
        r"|ich) (?:konnen|konnten|mochten|wurden|kann|konnte|mochte|wurde)) (?:ihnen|dir)"
        r" (?:[\w.:]+ ){0,8}?(?:fur"
        r"|zum|zur) (?:das |ein |den |die |einen |eine )?\w*(?:gesprach|interview|termin"
        r"|kennenlernen)s? anbieten\b",
        r"\b(?:ihnen|dir) (?:folgende|zwei|drei|einen|diese|diesen|neue) (?:\w+ )?termine?"
        r" (?:\w+ ){0,3}?anbieten\b",
    )),
)
