"""Noes an eighth probe found unread: answers to her check-in, status lines, roles gone.

Recruiters, agencies and hiring systems answered her "Re: Checking in" with noes the other
tables did not read:

- the other direction, in the perfect: "nous sommes finalement partis dans une autre
  direction", "we hebben voor een andere richting gekozen" (the infinitive and the present
  are read by ``core.phrases_outcome``);
- her CV kept for later openings, which is the whole no when it is all they say: "we'll
  keep your CV for future openings", "nous conservons votre CV pour de prochaines
  opportunités", "guardaremos tu CV para futuras vacantes", "we bewaren je cv voor
  toekomstige vacatures", "Wir nehmen Ihr Profil für künftige Vakanzen in unseren
  Talentpool auf";
- a hiring system's status line, in bold or in a bullet: "Estado: **No seleccionado**",
  "Status: **Afgewezen**", "Statut : refusée";
- a pause that is for good, so no pause: "the role has been put on ice permanently",
  "endgültig auf Eis gelegt", "gelé définitivement", "congelada de forma definitiva",
  "definitief in de ijskast";
- an agency's client that will not carry on: "der Kunde möchte den Prozess mit Ihnen
  leider nicht weiterführen";
- the role filled from inside, in the forms left: "se cubrió internamente", "besloten de
  functie intern in te vullen"; only filled, as another role may follow ("..., pero nos
  encantaría platicar contigo sobre la posición de Analista").

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition, a denial ("not a rejection") or words said of others are no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import FILLED, REJECTION, STRONG, WEAK, WITHDRAWN, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Her papers, in five languages (folded).
_HER_CV: Final = (
    r"(?:your|ihre?n?|deine?n?|votre|ton|tu|su|je|jouw|uw) (?:cv|resume|profile?|profil"
    r"|lebenslauf|unterlagen|details|candidature|candidatura|curriculum|hoja de vida"
    r"|dossier|gegevens)"
)
#: Openings to come, in five languages (folded).
_LATER_OPENINGS: Final = (
    r"(?:future|upcoming|other) (?:openings|opportunities|roles|vacancies|positions)"
    r"|(?:kunftige|zukunftige|spatere|weitere) (?:vakanzen|stellen|positionen|ausschreibungen"
    r"|moglichkeiten|projekte)"
    r"|(?:de |d')?(?:futures?|prochaines?|eventuelles?|autres?) (?:opportunites|ouvertures"
    r"|offres|postes|besoins|recrutements)"
    r"|(?:futuras|proximas|otras) (?:vacantes|oportunidades|posiciones|procesos|busquedas)"
    r"|(?:toekomstige|nieuwe|andere) (?:vacatures|functies|mogelijkheden|kansen)"
)
#: From the sentence's start, when no condition is in it: "If it's not a match, we'll keep
#: your CV for future openings" and "Sollte es nicht passen, nehmen wir Ihr Profil ... auf"
#: are an acknowledgement's courtesy, no news.
_NO_CONDITION: Final = (
    r"(?:^|[.!?;:] )(?![^.!?;]*\b(?:if|unless|should|otherwise|in case|falls|sollte|sollten"
    r"|wenn|sonst|andernfalls|si|sinon|au cas|en caso|de lo contrario|als|mocht|indien"
    r"|anders|zo niet)\b)[^.!?;]*?"
)
#: "for good": a pause that ends nothing (folded).
_FOR_GOOD: Final = (
    r"(?:permanently|for good|indefinitely and (?:closed|cancelled|canceled)|endgultig"
    r"|dauerhaft|definitivement|pour de bon|definitivamente|de forma definitiva"
    r"|permanentemente|definitief|voorgoed|permanent)"
)

ANSWERED_NO_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "they went another way", _rx(
        r"\b(?:sommes|suis|sont|est|etes) (?:\w+ )?(?:partie?s?|allee?s?) dans une autre"
        r" direction\b|\b(?:avons|ont|a) (?:\w+ )?(?:pris|choisi) une autre direction\b",
        r"\b(?:voor )?een andere (?:richting|weg) (?:\w+ )?(?:gekozen|ingeslagen|opgegaan"
        r"|ingegaan|in te slaan)\b",
    )),
    (REJECTION, STRONG, "they will not move forward", _rx(
        # the agency's client will not carry on: "der Kunde möchte den Prozess mit Ihnen
        # leider nicht weiterführen" (never "nicht weiterführen, bevor ... Freitag")
        r"\b(?:prozess|verfahren|auswahlprozess|bewerbungsprozess|gesprache|zusammenarbeit)"
        r" (?:mit (?:ihnen|dir|euch) )?(?:leider |daher |somit |nun )*nicht (?:mehr |weiter )?"
        r"(?:weiterfuhren|weiterzufuhren|fortfuhren|fortzufuhren|fortsetzen|fortzusetzen"
        r"|weiterverfolgen|weiterzuverfolgen)\b(?!,? (?:bevor|ehe|bis|solange|ohne)\b)",
    )),
    (REJECTION, WEAK, "bad news, kindly put", _rx(
        # "we'll keep your CV for future openings" (with "on file", ``core.phrases_outcome``)
        rf"{_NO_CONDITION}\b(?:keep|keeping|hold|retain) {_HER_CV} (?:\w+ ){{0,3}}?for"
        rf" (?:{_LATER_OPENINGS})\b",
        rf"{_NO_CONDITION}\b(?:nehmen|nehme|speichern|behalten|bewahren|vormerken)"
        rf" (?:wir |ich )?(?:\w+ )?{_HER_CV}\b (?:\w+ ){{0,3}}?fur (?:{_LATER_OPENINGS})\b",
        rf"{_NO_CONDITION}\b(?:conservons|conserverons|gardons|garderons|garde|conserve"
        rf"|on garde) (?:precieusement )?{_HER_CV}\b (?:\w+ ){{0,3}}?pour (?:{_LATER_OPENINGS})\b",
        rf"{_NO_CONDITION}\b(?:guardaremos|guardamos|conservaremos|conservamos|mantendremos"
        rf"|tendremos en cuenta) {_HER_CV}\b (?:\w+ ){{0,3}}?(?:para|en) (?:{_LATER_OPENINGS})\b",
        rf"{_NO_CONDITION}\b(?:bewaren|houden|bewaar|houd|bewaren we|houden we)"
        rf" (?:we |wij |ik )?{_HER_CV}\b (?:\w+ ){{0,3}}?(?:voor|bij) (?:{_LATER_OPENINGS})\b",
    )),
    (REJECTION, STRONG, "you were not selected", _rx(
        # a status line, in bold or in a bullet: "Estado: **No seleccionado**"
        r"\b(?:status|estado|estatus|statut|situacion)(?: actual)? ?: ?[*_]{0,2} ?(?:not"
        r" selected|not progressed|unsuccessful|declined|rejected|no seleccionad[oa]"
        r"|descartad[oa]|rechazad[oa]|abgelehnt|absage|nicht berucksichtigt|afgewezen"
        r"|niet geselecteerd|niet weerhouden|refusee?|non retenue?|non selectionnee?)(?![a-z])",
    )),
    (REJECTION, STRONG, WITHDRAWN, _rx(
        # a pause for good: "the role has been put on ice permanently"
        rf"\b(?:put|placed) on (?:ice|hold) {_FOR_GOOD}\b|\b{_FOR_GOOD} (?:auf eis gelegt"
        r"|gestoppt|eingefroren)\b|\b(?:gele|gelee|suspendu|suspendue|mis en pause)"
        rf" {_FOR_GOOD}\b|\b(?:congelad[oa]|suspendid[oa]|detenid[oa]) {_FOR_GOOD}\b"
        rf"|\b{_FOR_GOOD} (?:in de ijskast|on hold|stopgezet|geschrapt|bevroren)\b",
    )),
    (REJECTION, WEAK, FILLED, _rx(
        # filled from inside, in the forms the other tables miss; another role may follow
        r"\b(?:vacante|puesto|posicion|plaza|rol) (?:\w+ ){0,4}?(?:se cubrio|se ha cubierto"
        r"|quedo cubiert[oa]|se ocupo|se ha ocupado) (?:internamente|de forma interna"
        r"|con (?:una persona|alguien) (?:interna|de dentro|del equipo))\b",
        r"\b(?:functie|vacature|positie|rol|plek) intern (?:in te vullen|te vervullen"
        r"|op te vullen|te bezetten)\b",
    )),
)
