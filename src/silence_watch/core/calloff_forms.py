"""More ways of calling off or moving a meeting in words, en, de, fr, es, nl (folded). Pure.

``core.calloff_words`` holds the verbs and participles ``core.calloffs`` started from:
"cancel", "verschieben", "annuler", "cancelar", "verzetten". People write more forms
than those (tester round u40rs):

- the verb conjugated in front of the meeting: "Se cancela la entrevista del martes",
  "cancelamos la entrevista", "on annule l'entretien", "we zeggen het gesprek af", "wir
  sagen das Gespräch ab", "we're cancelling your interview";
- the meeting that will not take place: "der ... vereinbarte Termin muss entfallen",
  "das Gespräch findet leider nicht statt", "het gesprek van morgen gaat helaas niet
  door", "l'entretien n'aura pas lieu", "la entrevista no se podrá celebrar", "the
  interview can't go ahead on Thursday";
- the rest of the family of moving: "rearrange your interview", "bring the interview
  forward", "put your interview back", "vorziehen", "vorverlegen", "avancer",
  "reprogrammer", "adelantar", "trasladar", "retrasar", "vervroegen", "verschuiven";
  and such a move stated done, with where it went: "I've rearranged your interview for
  Tuesday", "das Gespräch auf Montag vorverlegt", "vervroegd naar dinsdag".

What is not a call-off stays out: the meeting must be the one changed ("the interview
won't take place" but never "after the interview we won't go ahead with your
application"), no denial between the meeting and its word ("the interview has not been
rearranged", "der Termin entfällt nicht"), and no question ("kan het gesprek niet
doorgaan?"). ``core.calloffs`` reads these beside its own table, with the same guards
(an option, "if", a link's label).

``of_a_meeting`` tells the rejection rules where a "no" is only the meeting's: "het
gesprek gaat niet door" is no "niet door" of the process, "die kurzfristige Absage" is
the meeting's cancellation, not a rejection.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.calloff_words import (
    CANT_MEET,
    DAY_WORDS,
    INSTEAD,
    MEETING,
    MOVED_ONE,
    ONWARD,
    WHEN,
    WHOSE,
)
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

#: "Instead of Wednesday", in five languages (folded).
_INSTEAD_OF_DAY: Final = (
    r"\b(?:instead of|rather than|(?:an)?statt|anstelle von|au lieu d[eu]|en (?:lugar|vez)"
    rf" del?|in plaats van) (?:on |am |dem |el |this |next )?(?:{DAY_WORDS})\b"
)
#: The same, to find in a change's words which day is the one left.
INSTEAD_OF: Final = lazy_pattern(_INSTEAD_OF_DAY)
#: Words that ask whether another time suits: "could we", "would ... work", "ginge",
#: "vous irait", "te viene bien", "schikt" (folded).
_SUITS: Final = (
    r"(?:could we|can we|shall we|would|works?|suits?|ginge|geht|passt|wurde|konnten wir"
    r"|est-ce que|pourrions|pourrait|irait|convient|te viene|le viene|te va|podriamos"
    r"|te parece|conviene|zou|kunnen we|past|schikt|uitkomt)"
)
#: "Instead", with no day after it that is left: "would Friday work instead?",
#: "stattdessen", "plutôt", "en su lugar", "in plaats daarvan" (folded).
_INSTEAD_WORD: Final = (
    r"\b(?:instead|stattdessen|plutot|en su lugar|in plaats daarvan)\b(?! of\b)"
)
#: Words that ask whether a new time suits, with "possible" and "prefer" (folded).
_ASKS: Final = rf"(?:{_SUITS}|does|ware|moglich|possible|posible|mogelijk|vendria|prefer\w*)"
#: Another day asked for "instead", the day left unnamed: "Would Friday work instead?",
#: "Würde Ihnen stattdessen Freitag passen?", "Est-ce que vendredi vous irait plutôt ?",
#: "¿Te vendría bien el viernes en su lugar?", "Zou vrijdag in plaats daarvan passen?"
#: (folded). The day named is the new one, never the one called off.
_NEW_DAY_INSTEAD: Final = (
    rf"\b{_ASKS}\b[^.?!\n]{{0,40}}?\b(?:{DAY_WORDS})\b[^.?!\n]{{0,30}}?{_INSTEAD_WORD}"
    rf"|\b{_ASKS}\b[^.?!\n]{{0,40}}?{_INSTEAD_WORD}[^.?!\n]{{0,30}}?\b(?:{DAY_WORDS})\b"
)
#: The same, to tell ``core.move_destinations`` a change's day is the new one.
NEW_DAY_INSTEAD: Final = lazy_pattern(_NEW_DAY_INSTEAD)
#: Small words between a day and what is said of it: "leider", "bei uns", "helaas",
#: "al final", "for us" (folded).
_DAY_FILLER: Final = (
    r"(?:(?:bei uns|uns|leider|doch|jetzt|nun|es|helaas|toch|ons|voor ons|al final"
    r"|finalement|de notre cote|pour nous|for us|unfortunately|sadly|now) ){0,3}"
)
#: A day that will not be the meeting's, said of the day itself: "Wednesday is off",
#: "Wednesday doesn't work for us anymore", "der Mittwoch fällt leider aus", "Mittwoch
#: klappt doch nicht", "mercredi, c'est annulé", "mercredi ne va pas être possible", "lo
#: del miércoles se cae", "el miércoles al final no podemos", "woensdag gaat niet door",
#: "woensdag lukt ons toch niet" (folded). ``core.calloffs`` keeps it only when the day
#: is the round's: another day said so is another meeting's.
_DAY_IS_OFF: Final = (
    rf"\b(?:(?:der|am|lo del|el|le) )?(?:{DAY_WORDS})(?:'s)?,? {_DAY_FILLER}"
    r"(?:(?:is|will be|has to be|is now) off\b(?!\s+(?:the|to|work|sick|duty|limits|site"
    r"|topic|sale|line|for (?:the|a|an|all|everyone|most|many))\b)"
    r"|(?:doesn't|does not|won't|will not|no longer) work(?:s)?\b"
    r"(?!\s+for (?:a|an|the|any|some)\b)"
    r"|is no longer possible\b|(?:isn't|is not) going to work\b"
    r"|fallt (?:\w+ ){0,2}?aus\b|(?:klappt|geht) " + _DAY_FILLER + r"nicht\b(?! nur\b| um\b)"
    r"|ist (?:\w+ ){0,2}?nicht (?:mehr )?moglich\b"
    r"|c'est annule\b|est annule\b|tombe a l'eau\b"
    r"|(?:ne va|n'est|ne sera) (?:\w+ ){0,2}?(?:pas|plus) (?:etre )?possible\b"
    r"|se cae\b|no (?:podemos|va a ser posible|es posible|nos es posible)\b"
    r"(?=\s*(?:[,.;!?]|$|vernos|hacerla|reunirnos))"
    r"|queda cancelad[oa]\b"
    r"|gaat " + _DAY_FILLER + r"niet door\b(?!\s+(?:naar|met)\b)|vervalt\b"
    r"|lukt " + _DAY_FILLER + r"niet\b|kan " + _DAY_FILLER + r"niet (?:meer )?doorgaan\b)"
    # verb first: "Leider fällt der Mittwoch aus"
    rf"|\bfallt {_DAY_FILLER}(?:der |am )?(?:{DAY_WORDS}) {_DAY_FILLER}aus\b"
)
#: What a meeting is called, with compounds: "Zweitgespräch", "kennismakingsgesprek".
_MEETING: Final = rf"(?:{MEETING}|\w+(?:gesprach|gesprek)\w*)"
#: A word that denies what follows it in the clause ("has not been", "nicht", "pas").
_DENIAL: Final = (
    r"(?:n't\b|\b(?:not|never|nicht|nie|niet|nooit|pas|jamais|no|nunca|geen|kein\w*)\b)"
)
#: One character of the clause between a meeting and its word, no denial starting there.
_CLAUSE: Final = rf"(?:(?!{_DENIAL})(?:[^.?!\n;]|(?<=\d)\.))"
#: The same, where a title's dot goes on with the clause ("mit Herrn Dr. Weber").
_LONG_CLAUSE: Final = (
    rf"(?:{_CLAUSE}|(?!{_DENIAL})(?:(?<=\bdr)|(?<=\bhr)|(?<=\bfr)|(?<=\bmr)|(?<=\bprof))\.)"
)
#: A few words after the meeting that keep it the subject of the verb after them ("of
#: tomorrow", "am Donnerstag", "del martes", "van morgen"): no other subject, no "and".
_ITS_OWN: Final = (
    r"(?:\s+(?!(?:we|i|they|you|he|she|wir|ich|er|nous|je|on|il|elle|nosotros|yo|wij|ik"
    r"|ze|zij|and|but|so|und|aber|et|mais|donc|y|pero|en|maar|dus|process|prozess|processus"
    r"|proceso|proces|procedure|verfahren|application|bewerbung|candidature|candidatura"
    r"|sollicitatie)\b)[\w'/:-]+"
    r"|\s+\d{1,2}[.:]\d\d){0,6}?"
)
#: The sentence goes on to its end without a question mark.
_NO_QUESTION: Final = r"[^.?!\n]*(?:[.!\n]|$)"

#: The meeting that will not take place. Only the meeting word is matched: the denial
#: that says so ("won't", "no se puede") is the news here, not a "no" of the calloffs'
#: option words (folded).
_NOT_HELD: Final = (
    r"(?:\s+(?:will|can|is|has|now|unfortunately|sadly|regrettably|also)\b)*"
    r"\s+(?:won't|will not|can't|cannot|can not|can no longer|will no longer|is no longer"
    r"|isn't|is not|is unfortunately not|will unfortunately not|unfortunately can't)"
    r"\s+(?:be able to\s+|be\s+|going to\s+)?(?:go(?:ing)? ahead|tak(?:e|ing) place"
    r"|happen(?:ing)?|proceed(?:ing)?)\b(?! with (?:you|your|the application))"
    # de: "findet leider nicht statt", "kann nicht stattfinden", "muss entfallen"
    r"|\s+(?:findet|kann|wird|muss)\s+(?:\w+\s+){0,3}?nicht\s+"
    r"(?:wie (?:geplant|vereinbart) )?(?:statt|stattfinden)\b"
    rf"|{_CLAUSE}{{0,40}}?\b(?:entfallen|entfallt|entfiel)\b(?!\s+(?:ihnen|dir|mir|nicht)\b)"
    # "den Termin am Mittwoch haben wir leider absagen müssen" (probe-noes7), never her no
    # beside the meeting: "das Gespräch war nett, aber wir müssen Ihnen leider absagen"
    r"|(?:(?!\b(?:ihnen|dir|euch|dass|aber|jedoch|doch|trotzdem)\b)"
    rf"{_CLAUSE}){{0,40}}?\b(?:absagen|abzusagen|abgesagt)\b(?!\s+(?:ihnen|dir)\b)"
    # fr: "n'aura pas lieu", "ne pourra malheureusement pas avoir lieu"
    r"|\s+(?:n'aura|ne pourra|ne peut|ne va|ne sera)\s+(?:\w+\s+)?(?:pas|plus)\s+(?:\w+\s+)?"
    r"(?:avoir lieu|lieu|se tenir|etre maintenue?)\b"
    # es: "no se podrá celebrar", "no va a poder ser", "no se celebrará"
    r"|\s+(?:\w+\s+)?no\s+(?:se\s+)?(?:(?:va a poder|vamos a poder|podra|podremos|puede"
    r"|podemos)\s+(?:se\s+)?(?:celebrar(?:se|la)?|realizar(?:se|la)?|tener lugar|hacer(?:se"
    r"|la)?|ser)|celebrara|realizara|tendra lugar|hara)\b"
    # nl: "gaat helaas niet door", "kan niet doorgaan", "vervalt", "komt te vervallen"
    r"|\s+(?:gaat|kan|zal)\s+(?:\w+\s+){0,2}?niet\s+(?:door|doorgaan)\b(?!\s+(?:naar|met)\b)"
    r"|\s+(?:vervalt|komt te vervallen|is (?:komen te )?vervallen)\b"
)
#: Where it will not take place, or how: the meeting still does ("won't take place in
#: person", "n'aura pas lieu dans nos bureaux", "no se podrá hacer en la oficina", "gaat
#: niet door op kantoor"); "..., but I'll be in touch" is no place.
_ELSEWHERE: Final = (
    r"(?!,?\s+(?:in|via|on (?:teams|zoom|site|google)|online|remotely|virtually|dans|au|par"
    r"|sur place|im|per|vor ort|en (?:la|el|nuestras?|nuestros?|linea|ligne|visio|presentiel"
    r"|persona|remoto)|de forma|presencial\w*|op (?:kantoor|locatie|afstand|ons)"
    r"|bij (?:ons|jullie))\b)"
)
#: Before a meeting word, what makes it the time of something else ("die Reisekosten für
#: den Termin entfallen", "the taxi for the interview can't go ahead"), or a condition.
_NOT_AFTER: Final = (
    r"(?<!\bfur den )(?<!\bfur das )(?<!\bfur ihr )(?<!\bzum )(?<!\bfor the )"
    r"(?<!\bfor your )(?<!\bpour l')(?<!\bpour votre )(?<!\bpara la )(?<!\bvoor het )"
    r"(?<!\bvoor je )(?<!\bvoor uw )(?<!\bnach dem )(?<!\bnach unserem )(?<!\bnach ihrem )"
    # a condition: "if the interview can't go ahead", "si la entrevista no se puede ..."
    r"(?<!\bif the )(?<!\bif your )(?<!\bif our )(?<!\bsi la )(?<!\bsi el )(?<!\bsi l')"
    r"(?<!\bsi votre )(?<!\bsi notre )(?<!\bsi tu )(?<!\bwenn das )(?<!\bwenn der )"
    r"(?<!\bfalls das )(?<!\bfalls der )(?<!\bals het )(?<!\bals de )(?<!\bindien het )"
)
#: Up to three words between the verb and the meeting, none of them the candidate's or
#: another meeting word ("rearrange the interview panel": the panel is the interview's).
_FILLER: Final = (
    rf"(?:(?!{_MEETING}\b|application|candidacy|profile|cv|resume|you\b|my\b)[\w'-]+\s+){{0,3}}"
)
#: A meeting's parts and things, not the meeting: "rearrange the interview panel".
_ITS_PARTS: Final = (
    r"(?![\s-]+(?:panel|panels|room|rooms|notes|questions|agenda|format|order|line-?up"
    r"|team|schedule|slots)\b)"
)

#: Conjugated verbs of changing a meeting, in front of it (folded).
_VERB_BEFORE: Final = (
    r"(?:se (?:cancela|suspende|anula|aplaza|pospone|retrasa|adelanta|traslada|reprograma)"
    r"|cancelamos|suspendemos|anulamos|aplazamos|posponemos|retrasamos|adelantamos"
    r"|trasladamos|reprogramamos|movemos|adelantar|trasladar|retrasar"
    r"|annulons|annule|reportons|decalons|deplacons|avancons|reprogrammons|avancer"
    r"|reprogrammer|cancell?ing|rescheduling|postponing|re-?arrang(?:e|ing)"
    r"|verschiebe|verlege|verzet|verplaats|annuleer|vervroegen|verschuiven)"
)
#: Participles of the family not in ``core.calloff_words`` (folded).
_PARTICIPLE: Final = (
    r"(?:re-?arranged|brought forward|put back|vorverlegt|vorgezogen|umgeplant|neu terminiert"
    r"|vervroegd|verschoven|opgeschoven|afgelast|gecanceld|gecanceled"
    r"|(?:a ete|est|sera) (?:avance|reprogramme)e?s?"
    r"|(?:ha sido|ha quedado|queda|fue|se ha|esta) (?:trasladad|adelantad|retrasad|movid"
    r"|anulad)[ao]s?)"
)

#: The meeting, then in a lookahead the words that say it will not take place: searched
#: only where one of a piece of each of those ways stands ("go ahead", "statt", "abgesagt",
#: "avoir lieu", "hacer", "hará", "niet door"), which the anchor reader cannot see there.
NOT_HELD: Final = lazy_pattern(
    rf"\b(?={_MEETING}\b){_NOT_AFTER}{_MEETING}\b"
    rf"(?={_ITS_OWN}(?:{_NOT_HELD}){_ELSEWHERE}{_NO_QUESTION})",
    needs=("ahead", "place", "happen", "proceed", "statt", "entf", "sag", "lieu", "tenir",
           "maintenu", "celebr", "realiz", "lugar", "hac", "ser", "har", "door", "verval"),
)

#: The forms ``core.calloffs`` reads beside its own table (pattern texts, folded; one
#: made ready with the literals it needs).
MORE_CALLOFFS: Final = (
    # "se cancela la entrevista del martes", "on annule l'entretien", "we're cancelling your
    # interview", "she has asked me to rearrange your interview"
    rf"\b{_VERB_BEFORE}{ONWARD}\s+(?:{WHOSE}\s*)?{_FILLER}{_MEETING}\b{_ITS_PARTS}",
    # "het gesprek van morgen gaat helaas niet door", "the interview can't go ahead"
    NOT_HELD,
    # verb first: "Leider findet das Gespräch morgen nicht statt", "helaas gaat het gesprek
    # van morgen niet door", "Leider entfällt der Termin am Donnerstag"
    (
        rf"\b(?:findet|gaat|kan)\s+(?:\w+\s+){{0,2}}?(?:{WHOSE})\s+(?:\w+\s+)?{_MEETING}\b"
        rf"{_CLAUSE}{{0,50}}?\b(?:nicht (?:statt|stattfinden)|niet (?:door|doorgaan))\b"
        rf"(?!\s+(?:naar|met)\b){_NO_QUESTION}"
    ),
    (
        rf"\bentfallt\s+(?:\w+\s+){{0,2}}?(?:der|die|das|den|{WHOSE})\s+(?:\w+\s+)?"
        rf"{_MEETING}\b(?!\s+nicht\b)"
    ),
    # "the interview has been rearranged", "het gesprek is afgelast", "la entrevista ha sido
    # trasladada", "der Termin wurde vorverlegt"
    rf"\b{_MEETING}\b{_CLAUSE}{{0,70}}\b{_PARTICIPLE}\b",
    # split verbs: "wir sagen das Gespräch ab", "we zeggen het gesprek af"
    (
        r"\b(?:(?:wir|ich) (?:sagen|sage)|(?:sagen|sage) (?:wir|ich)) (?:\w+ ){0,2}?"
        rf"{WHOSE} (?:\w+ )?{_MEETING}\b{_CLAUSE}{{0,80}}?\bab\b(?!\s*\d)"
    ),
    (
        r"\b(?:(?:we|wij|ik) (?:zeggen|zeg)|(?:zeggen|zeg) (?:we|wij|ik)) (?:\w+ ){0,2}?"
        rf"{WHOSE} (?:\w+ )?{_MEETING}\b{_CLAUSE}{{0,50}}?\baf\b"
    ),
    # "bring your interview forward", "bring it forward to", "put your interview back"
    (
        rf"\bbring (?:{WHOSE} )?(?:[\w'-]+ ){{0,2}}?{_MEETING} forward\b"
        r"|\bbring (?:it|this|things) forward (?:to|by|a)\b|\bbring forward (?:the|your|our)\b"
    ),
    rf"\bput (?:{WHOSE} )?(?:[\w'-]+ ){{0,2}}?{_MEETING} back\b",
    # de and nl verbs last: "müssen wir das Gespräch vorziehen", "we moeten het gesprek
    # vervroegen" (with its determiner: "ein Gespräch vor Ort vorziehen" is a preference)
    (
        r"\b(?:(?:wir|ich) (?:mussen|muss|mochten)|(?:mussen|muss|mochten) (?:wir|ich)) "
        rf"(?:\w+ ){{0,3}}?{WHOSE} (?:\w+ )?{_MEETING}\b{_CLAUSE}{{0,40}}?"
        r"\b(?:vorziehen|vorverlegen|umlegen|umplanen|neu terminieren)\b"
    ),
    (
        rf"\b(?:moeten|moet|willen|wil) (?:\w+ ){{0,3}}?{WHOSE} (?:\w+ )?{_MEETING}\b"
        rf"{_CLAUSE}{{0,40}}?\b(?:vervroegen|verschuiven|opschuiven|omzetten)\b"
    ),
    # another day "instead of" the round's: "could we do Friday instead of Wednesday?",
    # "ginge auch Freitag statt Mittwoch?", "vendredi au lieu de mercredi", "el viernes en
    # lugar del miércoles", "vrijdag in plaats van woensdag"
    (
        rf"\b(?:{_MEETING}|{_SUITS})\b[^.?!\n]{{0,60}}?{_INSTEAD_OF_DAY}"
        rf"|{_INSTEAD_OF_DAY}(?=[^.?!\n]{{0,30}}\b{_SUITS})"
    ),
    # "Something came up - would Friday work instead?": the round's day is given up
    _NEW_DAY_INSTEAD,
    # "Wednesday is off - Anna is ill", "der Mittwoch fällt aus", "woensdag lukt niet"
    _DAY_IS_OFF,
    # "Wednesday's interview is off", "the interview is off"
    (
        rf"\b(?:(?:tomorrow|today)(?:'s)?|{WHOSE})\s+{_MEETING}"
        r" (?:is|will be|has to be|is now) off\b"
        r"(?!\s+(?:the|to|work|sick|duty|limits|site|topic|sale|line)\b)"
    ),
    # "Wednesday no longer works for Priya. Could we move to Friday at 2pm?"
    (
        r"\b(?:could|can|shall) we (?:move|push|shift|bump|switch) (?:it |this )?(?:back )?"
        r"(?:to|until|till)\b(?! the next (?:round|stage|step))"
    ),
    # asked as a question, or in the subjunctive: "zou je het gesprek van woensdag naar
    # vrijdag kunnen verplaatsen?", "¿te importaría que movamos la entrevista al viernes?"
    (
        r"\b(?:zou(?:den)? (?:je|u|we|wij)|kunnen (?:we|wij)) (?:\w+ ){0,8}?"
        r"(?:kunnen )?(?:afzeggen|annuleren|verzetten|verplaatsen)\b"
    ),
    (
        r"\b(?:movamos|cambiemos|pasemos|aplacemos|pospongamos|movemos|cambiamos)"
        rf" (?:{WHOSE} )?{_MEETING} (?:del \w+ )?(?:al|para el)\b"
    ),
    # long verb-last clauses, the meeting named: "müssen wir das für kommenden Mittwoch um
    # 10 Uhr geplante Gespräch mit Herrn Dr. Weber kurzfristig verschieben"
    (
        r"\b(?:(?:wir|ich) (?:mussen|muss)|(?:mussen|muss) (?:wir|ich)) (?:[\w,]+ ){0,12}?"
        rf"{_MEETING}\b{_LONG_CLAUSE}{{0,90}}?\b(?:absagen|verschieben|verlegen)\b"
    ),
    # the meeting, a long description, then the need: "the interview we had scheduled for
    # Wednesday with our VP of Engineering will need to be rescheduled"
    (
        rf"\b{_MEETING}\b{_LONG_CLAUSE}{{0,140}}?\b(?:need|needs|has|have|had|must) (?:to )?be"
        r" (?:cancell?ed|postponed|rescheduled|moved|pushed back|called off)\b"
    ),
)

#: Their question that proposes the change ("Könnten wir das Gespräch auf Freitag
#: verschieben?"), unlike a label's "Need to reschedule your interview?" (folded).
PROPOSED: Final = lazy_pattern(
    r"\b(?:could|can|may|might) we\b|\b(?:would|is) it (?:be )?(?:possible|ok(?:ay)?)\b"
    r"|\b(?:konnten|konnen|durfen|wollen) wir\b|\b(?:ware|ist) es (?:moglich|in ordnung)\b"
    r"|\bpourrions-nous\b|\bpourrait-on\b|\bpeut-on\b|\bserait-il possible\b"
    r"|\bpodr[ií]amos\b|\bpodemos\b|\b(?:te|le|os) importar[ií]a\b|\bser[ií]a posible\b"
    r"|\bkunnen (?:we|wij)\b|\bzou(?:den)? (?:je|u|we|wij)\b|\bis het mogelijk\b"
    # whether another day suits: "would Friday work instead?", "¿te vendría bien ...?"
    r"|\b(?:would|does|could|will) (?:\w+ ){1,3}?(?:work|suit)\b|\b(?:te|le|os)\s+vendria\b"
)
#: The same moves stated done, with where to (``core.calloffs``'s table of stated moves).
MORE_STATED: Final = (
    # "I've rearranged your interview for Tuesday", "it has been brought forward to 10am",
    # "we've brought your interview forward to Monday"
    (
        r"\b(?:re-?arranged|brought forward|put back)\s+"
        rf"{MOVED_ONE}\s+(?:to|for|until|till)\s+{WHEN}"
    ),
    rf"\b(?:brought|put)\s+{MOVED_ONE}\s+(?:forward|back)\s+(?:to|for|until|till)\s+{WHEN}",
    (
        rf"\b(?:{MOVED_ONE}|it's|you've)\s+(?:has\s+|have\s+)?(?:been\s+)?"
        rf"(?:re-?arranged|brought forward|put back)\s+(?:to|for|until|till)\s+{WHEN}"
    ),
    # "das Gespräch auf Montag, 7. Dezember vorverlegt", "het gesprek vervroegd naar dinsdag"
    (
        rf"\b(?:sie|dich|es|{_MEETING})\s+(?:\w+\s+){{0,2}}?auf\s+{WHEN}[^.?!\n]{{0,50}}?"
        r"\b(?:vorverlegt|vorgezogen|umgeplant)\b"
    ),
    (
        rf"\b(?:je|jou|u|het|{_MEETING})\s+(?:\w+\s+){{0,2}}?(?:vervroegd|verschoven"
        rf"|opgeschoven)\s+(?:naar|tot|op)\s+{WHEN}"
    ),
)
#: A word every move in ``MORE_STATED`` has (for ``core.calloffs``'s quick look).
MORE_STATED_HINTS: Final = (
    r"re-?arranged|brought|put back|vorverlegt|vorgezogen|umgeplant|vervroegd|verschoven"
    r"|opgeschoven"
)

#: The meeting's own "no", said whole, for the rejection rules: "het gesprek van morgen
#: gaat niet door", "the interview can't go ahead", "die kurzfristige Absage" (folded).
_MEETINGS_NO: Final = lazy_pattern(
    rf"\b(?={_MEETING}\b){_NOT_AFTER}{_MEETING}\b{_ITS_OWN}(?:{_NOT_HELD}){_ELSEWHERE}"
    rf"|\b(?:gaat|kan)\s+(?:\w+\s+){{0,2}}?(?:{WHOSE})\s+(?:\w+\s+)?{_MEETING}\b"
    rf"{_CLAUSE}{{0,50}}?\bniet (?:door|doorgaan)\b(?!\s+(?:naar|met)\b)"
    r"|\b(?:kurzfristigen?|spontanen?|erneuten?|heutigen?|morgigen?) absage\b"
    r"|\babsage (?:des|unseres|ihres|dieses|unserer) (?:\w+ )?(?:termins|gesprachs"
    r"|vorstellungsgesprachs|interviews|treffens)\b"
    # "leider muss ich unser Gespräch am Donnerstag absagen" (probe-steps4: a sure no)
    rf"|\bleider (?:muss|mussen) (?:ich|wir) (?:unser|unseren|ihr|ihren|das|den|dein|deinen)"
    rf" (?:\w+ )?{_MEETING}\b{_CLAUSE}{{0,50}}?\b(?:absagen|verschieben)\b"
    # a day turned down, not her: "nous ne pouvons malheureusement pas retenir la date du
    # 15 ; seriez-vous disponible le 17 ?" was a sure, curt no (probe-sure2)
    r"|\b(?:ne|n') ?(?:pouvons|pourrons|peux|pourrai|pouvions)(?: \w+)? pas retenir (?:la|cette"
    r"|votre|ta|le|ce|vos|ces|les) (?:\w+ )?(?:dates?|creneaux?|horaires?|jours?|heures?"
    r"|proposition de (?:date|creneau))\b"
)


def of_a_meeting(folded: str, start: int) -> bool:
    """True when the "no" found at ``start`` of ``folded`` is a meeting's, called off.

    "Het gesprek van morgen gaat helaas niet door" says nothing about the application.
    """
    return any(
        found.start() <= start < found.end() for found in _MEETINGS_NO.finditer(folded)
    )


#: "Let's do Monday, November 9 at 11:00 AM instead" (folded).
_LETS_INSTEAD: Final = lazy_pattern(
    r"\blet'?s (?:do|go with|make it|say|switch to)\b[^.?!]{0,80}\binstead\b"
)


def moved_softly(text: str) -> bool:
    """"We will not be able to meet on Tuesday ... could we do Wednesday instead?".

    Or "el martes ya no nos viene bien ... ¿podríamos hacerla el jueves 19?" (t69rb): a
    meeting moved without a word for moving it (both halves must be there).
    """
    folded = fold(" ".join(text.split()))
    if _LETS_INSTEAD.search(folded):
        return True  # "Let's do Monday, November 9 at 11:00 AM instead"
    found = CANT_MEET.search(folded)
    if found is None or INSTEAD.search(folded) is None:
        return False
    sentence = re.split(r"[.?!]", folded[: found.start()])[-1]
    return re.search(r"\b(?:if|should|in case|whether|you)\b", sentence) is None
