"""A role on hold, and how its pause ends: phrases a probe of paused hiring found (p6).

A probe of 100 replies about paused hiring (five languages, round probe-hold6) found:

- a pause the other tables did not know: "we got hit with a hiring pause", "la direction
  a décidé de reporter tous les recrutements au premier trimestre", "on met le recrutement
  entre parenthèses", "mi cliente ha parado todas las búsquedas", "la posición quedó en
  stand by", "de vacature is tijdelijk gesloten";
- a pause that ended in a no: "we had paused this search, but we've decided not to
  refill the role", "nach dem Einstellungsstopp haben wir entschieden, die Stelle nicht
  neu zu besetzen", "la direction a décidé de ne pas pourvoir le poste", "la empresa ha
  decidido no cubrir la vacante", "besloten de functie niet opnieuw open te stellen":
  the role will not be filled at all, a strong no whatever pause came before it.

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import (
    ON_HOLD,
    REJECTION,
    STRONG,
    WITHDRAWN,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx
from silence_watch.core.phrases_noes_in_passing import FOR_NOW as _FOR_NOW

#: The job, in five languages (folded).
_ROLE: Final = (
    r"(?:role|position|job|post|opening|vacancy|req|requisition|stelle|vakanz|poste"
    r"|puesto|posicion|vacante|plaza|cargo|functie|vacature|rol|baan)"
)

HELD_ROLE_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, WITHDRAWN, _rx(
        # "decided not to refill the role", "decided against backfilling the position"
        rf"\b(?:decided|decision(?: was made)?|chosen|opted) (?:not to|against) (?:re-?fill"
        rf"|back-?fill|fill|open|reopen|re-open|recruit for|hire for|proceed with)(?:ing)?"
        rf" (?:the|this|that|our) (?:[\w-]+ ){{0,3}}?{_ROLE}\b(?! {_FOR_NOW})",
        # a German decision not to fill it (again): "entschieden, die Stelle nicht neu zu
        # besetzen", "beschlossen, die Position nicht mehr auszuschreiben"
        r"\b(?:entschieden|beschlossen|entschlossen)\b,? (?:_W_){0,3}?(?:die|diese)"
        rf" (?:stelle|position|vakanz) (?:(?!{_FOR_NOW})_W_){{0,2}}?nicht (?:mehr |neu |wieder"
        r" |erneut )?(?:zu besetzen|auszuschreiben|nachzubesetzen)\b",
        # "décidé de ne pas pourvoir le poste", "de ne pas rouvrir le poste"
        r"\bdecide\w* de ne pas (?:pourvoir|rouvrir|ouvrir|remplacer|recruter sur) (?:le|ce)"
        rf" (?:poste|recrutement)\b(?! {_FOR_NOW})",
        # "ha decidido no cubrir la vacante", "decidimos no reabrir la posición"
        rf"\bdecidi\w* no (?:cubrir|reabrir|abrir|ocupar|contratar para) (?:la|el|esta|este)"
        rf" {_ROLE}\b(?! {_FOR_NOW})",
        # a Dutch decision not to fill it (again): "besloten de functie niet opnieuw open te
        # stellen", "besloten de vacature niet in te vullen"
        r"\bbesloten\b,? (?:om )?(?:de|deze) (?:functie|vacature|rol)"
        rf" (?:(?!{_FOR_NOW})_W_){{0,2}}?niet (?:opnieuw |meer )?(?:open te stellen|in te vullen"
        r"|te vervullen|uit te zetten)\b",
    )),
    (ON_HOLD, STRONG, "hiring is paused", _rx(
        # "we got hit w/ a hiring pause", "there's a recruiting pause", never "a pause in
        # the interview" (the meeting's)
        r"\b(?:hiring|recruiting|recruitment|headcount) (?:pause|stop|halt)\b",
        # "the role is frozen", "interviews are paused until January" (a meeting held to a
        # weekday is no pause: ``core.pause_lookalikes``)
        rf"\b(?:{_ROLE}|search|hiring|recruitment|process|interviews|req) (?:is|are|has been"
        r"|have been|remains|remain|stays) (?:now |currently |temporarily |officially )?"
        r"(?:frozen|paused|on ice)\b",
        # "reporter tous les recrutements au premier trimestre"
        r"\breport(?:er|ons|e|es|ent) (?:tous |toutes )?(?:les|le|nos|notre) (?:recrutements?"
        r"|embauches?|processus de recrutement)\b",
        # "on met le recrutement entre parenthèses"
        r"\b(?:recrutement|processus|poste|embauches?|process)\b (?:_W_){0,3}?entre parentheses\b",
        # "ha parado todas las búsquedas", "hemos parado el proceso"
        r"\b(?:ha|han|hemos|he) (?:parado|frenado|detenido) (?:todas |todos )?(?:las|los|el|la)"
        r" (?:busquedas?|procesos?|contrataciones?|selecciones?|vacantes?)\b",
        # "el proceso está parado; lo retomamos después de Reyes" (probe-dates8); never "el
        # proceso no está parado"
        r"\b(?:proceso|busqueda|vacante|puesto|seleccion|contratacion)"
        r" (?:esta|queda|sigue|se encuentra) (?:ahora |de momento |temporalmente |por ahora )?"
        r"(?:parad|detenid|congelad|paralizad)[oa]\b",
        # "la posición quedó en stand by", "el proceso está en standby"
        r"\b(?:queda|quedo|quedan|quedaron|esta|estan|sigue|sigue estando|ha quedado)"
        r" (?:en )?(?:stand[- ]?by|standby)\b",
        # "de vacature is tijdelijk gesloten" (a hiring system's pause)
        r"\b(?:vacature|functie|procedure)\b (?:_W_){0,5}?(?:is|wordt|werd) (?:tijdelijk"
        r"|voorlopig) (?:gesloten|stopgezet|opgeschort|ingetrokken)\b",
        # stopped for now, whatever it is called (probe-hold7): "das Projekt ist vorerst
        # gestoppt, wir melden uns Anfang Januar wieder", "die Suche wurde bis auf Weiteres
        # angehalten"
        r"\b(?:ist|wurde|wird|bleibt|sind|wurden|bleiben) (?:leider |daher |nun |jetzt )?"
        r"(?:vorerst|vorlaufig|bis auf weiteres|erstmal|erst einmal|zunachst|derzeit)"
        r" (?:gestoppt|angehalten|ausgesetzt|pausiert|eingefroren|auf eis gelegt)\b",
        # a Spanish wait of the hiring (probe-hold7): "el headcount está en espera hasta el
        # primer trimestre", "la vacante queda en espera"; never "estamos en espera de su
        # respuesta" (her answer awaited)
        rf"\b(?:{_ROLE}|headcount|proceso|contratacion|seleccion|busqueda)"
        r" (?:_W_){0,3}?(?:esta|queda|quedan|estan|sigue|siguen|permanece|ha quedado)"
        r" (?:de momento |por ahora |temporalmente )?en espera\b(?! de)",
        # a German pause said with the verb split or at the end (mine, stop 48): "wir
        # müssen den Prozess für ein paar Wochen anhalten", "wir setzen Ihre Bewerbung so
        # lange aus" (read as nothing by the rules)
        r"\b(?:mussen|werden|wollen|mochten) (?:wir )?(?:_W_){0,2}?(?:den|das|unseren|unser"
        r"|ihren|deinen) (?:auswahl|bewerbungs|einstellungs|recruiting)?(?:prozess|verfahren)"
        r" (?:(?!nicht |nie |keinesfalls )_W_){0,6}?(?:anhalten|aussetzen|pausieren"
        r"|ruhen lassen|unterbrechen)\b",
        r"\bsetzen (?:wir )?(?:ihre|deine|die|den|das|unseren) (?:bewerbung|kandidatur|gesprache"
        r"|interviews|prozess|verfahren|suche|besetzung) (?:_W_){0,5}?aus\b",
        # "we've been asked to hold off on making any hires until April"
        r"\bhold(?:ing)? off (?:on|with) (?:making |filling |any |new |all )*(?:hires|hiring"
        r"|recruiting|recruitment|the hire|this hire|the role|this role|offers)\b",
    )),
)
