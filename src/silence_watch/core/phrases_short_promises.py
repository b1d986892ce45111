"""Promises to be in touch in the few words a phone or a busy day leaves (tester round u49sh).

Written out by ``core.shorthand`` first ("z.s.m." is "zo snel mogelijk", "el lun." "el
lunes"), these are still forms the standard rows of ``core.phrases_process`` lack: the
Dutch "we laten z.s.m. van ons horen", the Spanish "te respondo a la brevedad", "en breve
te confirmo algo", "te confirmo el lun. cómo seguimos". Words that ask her are none: "laat
even van je horen", "confírmame el lunes cómo lo ves"; a meeting's detail is none: "mañana
le confirmamos la hora de la entrevista". Data only (``core.phrase_rows``); ``core.intents``
decides. Beside them: her file said to be with the one who decides ("votre dossier est
entre ses mains"), a wait for their word (probe-dates9).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ACK, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Spanish verbs of telling her, first person ("te confirmo", "le escribimos").
_TELL: Final = (
    r"(?:respondo|respondemos|confirmo|confirmamos|escribo|escribimos|digo|decimos|contesto"
    r"|contestamos|aviso|avisamos|cuento|contamos)"
)

SHORT_PROMISES: Final[tuple[Row, ...]] = (
    (ACK, STRONG, "they will be in touch", _rx(
        # nl: "we laten z.s.m. van ons horen", "ik laat snel iets van me horen"
        r"\b(?:we|wij|ik) (?:laten|laat) _W_{0,4}?(?:iets )?van (?:ons|me|mij) horen\b",
        # es: "te respondo a la brevedad", "en breve te confirmo algo"
        rf"\b(?:te|le|os|les) {_TELL} (?:algo )?(?:a la brevedad|en breve|cuanto antes"
        r"|lo antes posible)\b",
        rf"\b(?:en breve|a la brevedad) (?:te|le|os|les) {_TELL}\b",
        # es: "te confirmo el lunes cómo seguimos", never the hour of the interview
        rf"\b(?:te|le|os|les) {_TELL} _W_{{0,3}}?como (?:seguimos|continuamos|sigue"
        r"|avanza|avanzamos|queda)\b",
        # en: "Panel Thursday, will update Friday." with no one named (probe-cold3); never
        # "please update Friday's slot"
        r"(?<!please )\b(?:will|we'll|i'll) update (?:you |u )?(?:on |by )?(?:mon|tues?|wed(?:nes)?"
        r"|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b",
        # news they expect and will pass on (probe-dates9): "Je m'attends à avoir le retour du
        # manager d'ici mercredi, je vous le transmets aussitôt" was a next step, unsure
        r"\b(?:je m'attends|nous nous attendons|on s'attend) a (?:avoir|recevoir) (?:le |un |son"
        r" |leur |notre )?(?:retour|reponse|decision|feedback)\b",
        r"\b(?:je|nous) (?:vous|te) (?:le|la|les) (?:transmets|transmettons|transmettrai"
        r"|transmettrons|fais suivre|ferai suivre) (?:aussitot|des que|immediatement|tout de suite"
        r"|directement)\b",
        # to her, and at once: never her kind words passed to the team ("I'll pass them on
        # to Raj", w2en-012)
        r"\b(?:will|i'll|we'll) pass (?:it|them|that|this|the news) (?:(?:straight|right|directly)"
        r" on|on to (?:you|u)|on (?:as soon as|the moment|once))\b",
        r"\b(?:gebe|geben) (?:ich |wir )?(?:es|sie|das) (?:ihnen |dir )?(?:sofort|direkt|gleich"
        r"|umgehend) weiter\b",
        r"\b(?:te|se) lo (?:paso|pasamos|traslado|trasladamos) (?:en cuanto|enseguida|de inmediato"
        r"|nada mas)\b",
        r"\b(?:geef|geven) (?:ik |we )?(?:het|dat) (?:meteen|direct|gelijk|zo snel mogelijk) (?:aan"
        r" (?:je|jou|u) )?door\b",
    )),
    # her file with the one who decides, back on a day that promises nothing (probe-dates9):
    # "Notre DRH est de retour le 4 janvier ; votre dossier est entre ses mains" was other
    (ACK, STRONG, "your application is with the one who decides", _rx(
        r"\byour (?:file|application|cv|resume|profile|documents) (?:is|are) (?:now )?with"
        r" (?:her|him|them)\b",
        r"\b(?:unterlagen|bewerbung) (?:liegt|liegen) (?:jetzt |nun )?(?:bei (?:ihm|ihr)|auf"
        r" (?:seinem|ihrem) tisch)\b",
        r"\b(?:dossier|candidature|cv) (?:est|sont) (?:desormais |maintenant )?(?:entre ses mains"
        r"|sur son bureau|chez (?:elle|lui))\b",
        r"\b(?:candidatura|cv|perfil) (?:esta|la tiene|lo tiene) (?:ya )?(?:sobre su mesa|en sus"
        r" manos)\b",
        r"\b(?:dossier|cv|sollicitatie|kandidatuur) ligt (?:nu )?(?:bij (?:haar|hem)|op (?:haar"
        r"|zijn) bureau)\b",
    )),
)
