"""Promises to be in touch in the few words a phone or a busy day leaves (tester round u49sh).

Written out by ``core.shorthand`` first ("z.s.m." is "zo snel mogelijk", "el lun." "el
lunes"), these are still forms the standard rows of ``core.phrases_process`` lack: the
Dutch "we laten z.s.m. van ons horen", the Spanish "te respondo a la brevedad", "en breve
te confirmo algo", "te confirmo el lun. cómo seguimos". Words that ask her are none: "laat
even van je horen", "confírmame el lunes cómo lo ves"; a meeting's detail is none: "mañana
le confirmamos la hora de la entrevista". Data only (``core.phrase_rows``); ``core.intents``
decides.

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
    )),
)
