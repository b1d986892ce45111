"""Who writes next, in a short reply: a casual promise to come back, or her move.

Phrase rows (``core.phrase_rows``) for words the longer tables miss, read on folded text:

- a promise to come back as people type it on a phone: "lemme circle back end of wk",
  "will ping you Fri", "je te fais signe demain", "ich ruf dich Do an", "ik app je
  morgen": theirs, and the day it names is the wait (an acknowledgement);
- words that ask the candidate to tell them by a day, or whether a day suits her, or
  whether she is still interested: "meld dich bis Fr ob du noch Interesse hast", "laat
  even weten of donderdag schikt", "let me know if Thursday works", "dis-moi d'ici
  vendredi", "avísame antes del viernes si te va bien": hers (a request, docs/process.md
  rule 9). Only an imperative asks: "I'll let you know if Thursday works", "ik laat je
  weten of donderdag schikt", "je te dis si jeudi me va" are promises; "let me know if
  you have questions before Friday" asks nothing (tester round u26sh).

The days themselves are read by ``core.datephrases``; ``core.promise_cues`` keeps a day
she is asked to answer by from being taken for theirs.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.datewords import MONTHS, WEEKDAYS
from silence_watch.core.pattern_heads import starts_with
from silence_watch.core.phrase_rows import (
    ACK,
    ASKED_BACK,
    REQUEST,
    STILL_INTERESTED,
    STRONG,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

#: Weekdays and months written out (folded).
_WEEKDAY_WORDS: Final = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MONTH_WORDS: Final = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
#: A day to answer by: a weekday, tomorrow, the end of the week, a date (folded).
_A_DAY: Final = (
    r"(?:(?:the|le|el|den|dem|zum|this|next|coming|ce|este|deze|volgende|nachste[nr]?"
    r"|kommende[nr]?|prochain) )?"
    rf"(?:(?:{_WEEKDAY_WORDS})\b|tomorrow|tmrw|morgen\b|demain|manana"
    r"|(?:the )?end of (?:the |this |next )?(?:week|wk|day|month)|eow\b|eod\b|cob\b"
    r"|(?:ende|mitte) (?:der |dieser |nachster |kommender )?woche|fin de (?:la )?semaine"
    r"|(?:finales|fin) de (?:la |esta )?semana|(?:het )?(?:einde|eind) van de(?:ze)? week"
    r"|(?:the |het |das )?(?:weekend|wochenende)"
    rf"|(?:{_MONTH_WORDS}) \d|\d{{1,2}}(?:[./]\d{{1,2}}\.?|st|nd|rd|th|er|e|\.)?"
    r"(?! ?(?:weeks?|wochen?|tage?n?|days?|jours?|dias?|dagen|semaines?|semanas?|weken"
    r"|hours?|stunden|uhr|minut\w*)\b))"
)
#: Words that set a day as the latest one ("by", "bis", "d'ici", "antes del", "uiterlijk").
_BY: Final = (
    r"(?:by|before|until|till|no later than|bis(?: spatestens)?|spatestens|vor|d'ici(?: a)?"
    r"|avant|au plus tard|antes del?|para el|a mas tardar|hasta el|voor|uiterlijk)"
)
#: A day to answer by, German short weekdays too ("bis Fr", "spätestens Mi").
_DEADLINE: Final = rf"\b(?:{_BY} {_A_DAY}|(?:bis|spatestens) (?:mo|di|mi|do|fr|sa)\b)"
#: "Whether Thursday works", "ob Do passt", "si jeudi te va", "of donderdag schikt";
#: "whether you're still interested", "ob du noch Interesse hast", "si sigues interesado".
_WHETHER: Final = (
    r"\b(?:if|whether|ob|si|of)\b[^.!?;]{0,50}?\b(?:works?|suits?|fits?|passt|passen|geht"
    r"|klappt|convient|conviendrait|(?:te|vous|le|os|les) (?:va|vont|conviene|viene|vendria"
    r"|cuadra)|schikt|past|uitkomt|lukt|interested|keen|available|free|interesse|interessiert"
    r"|verfugbar|zeit (?:hast|haben)|interessee?s?|disponibles?|interesad[oa]s?|(?:te|le)"
    r" interesa|geinteresseerd|beschikbaar|tijd (?:hebt|heeft))\b"
)
#: A new clause with its own subject: "let me know, I'll be back by Monday" (folded).
_OWN_SUBJECT: Final = r"[,\-] ?(?:i|we|ich|wir|je|j'|nous|on|yo|ik|wij)\b"
#: One character of the same clause (``_SAME``), nor of a condition before the day (``_NO_IF``):
#: "let me know if you have questions before Friday" asks nothing by Friday.
_SAME: Final = rf"(?:(?!{_OWN_SUBJECT})[^.!?;])"
_NO_IF: Final = (
    rf"(?:(?!{_OWN_SUBJECT}|\b(?:if|when|once|falls|wenn|sobald|si|quand|cuando|als|zodra)\b)"
    r"[^.!?;])"
)
#: The subject or helper verb before "let me know" that makes it not an imperative: "he'll
#: let me know", "waiting for them to get back to me", "until the panel gets back to me".
_NOT_IMPERATIVE: Final = (
    r"(?<!\bwill )(?<!'ll )(?<!\bto )(?<!\bshould )(?<!\bwould )(?<!\bmight )(?<!\bmay )"
    r"(?<!\bmust )(?<!\bcan )(?<!\bcould )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bit )"
    r"(?<!\bwho )(?<!\bteam )(?<!\bpanel )(?<!\bmanager )(?<!\bdid )(?<!\bdoes )(?<!'d )"
)
#: Words that ask her to tell them, in the imperative (folded). Every alternative starts a
#: word, said first (``(?<!\w)(?=\w)``): the engine then tries the look-behinds only where a
#: word starts, not at every character (ten times faster over a reply, same matches); and
#: only where its first two letters are one of theirs (``core.pattern_heads``: read off
#: the words, twice as fast again).
_TELL_ME_WORDS: Final = (
    rf"(?:{_NOT_IMPERATIVE}\b(?:let (?:me|us) know|lmk|tell (?:me|us)"
    r"|get back to (?:me|us)"
    r"|come back to (?:me|us)|drop (?:me|us) an? (?:line|note)|(?:text|ping|email|message)"
    r" (?:me|us)\b)"
    # de
    r"|(?<!\bich )(?<!\bwir )\b(?:meld(?:e)? dich|meldet euch|melden sie sich|sag(?:e)? (?:mir"
    r"|uns)|sagen sie (?:mir|uns)|(?:gib|gebt|geben sie) (?:mir|uns)(?=[^.!?;]{0,60}"
    r"\b(?:bescheid|ruckmeldung|antwort)\b)|(?:lass|lasst|lassen sie) (?:mich|uns)"
    r"(?=[^.!?;]{0,60}\bwissen\b)"
    r"|(?<!\bich )(?<!\bwir )sag(?:e)? (?:(?:kurz|einfach|gerne?|bitte|mal|doch) )*bescheid)"
    # fr
    r"|\b(?:dis|dites|fais|faites|confirme|confirmez|ecris|ecrivez|reponds|repondez)[- ](?:moi"
    r"|nous)\b|\b(?:tiens|tenez)[- ](?:moi|nous) au courant\b|\b(?:reviens|revenez) vers"
    r" (?:moi|nous)\b|\b(?:tu me|vous me) (?:dis|dites|confirmes|confirmez)\b"
    # es
    r"|\b(?:avisa|avise|di|diga|confirma|confirme|escribe|escriba|contesta|conteste|responde"
    r"|responda)(?:me|nos)\b|\b(?:hazme|hagame|hacednos) saber\b"
    r"|\bme (?:dices|dice|confirmas|confirma|avisas|avisa)\b"
    # nl (never "ik laat je weten", "ik laat even weten": a promise)
    r"|\blaat (?:(?:je|u|jij) )?(?:het )?(?:me|mij|ons)(?=[^.!?;]{0,60}\bweten\b)"
    r"|(?<!\bik )(?<!\bwe )(?<!\bwij )(?<!\bze )(?<!\bzij )(?<!\bhij )\blaat (?:even|eens|gerust"
    r"|maar|snel|wel)(?=[^.!?;]{0,60}\bweten\b)|(?<!\bik )(?<!\bwe )\bgeef (?:het |even |maar"
    r" |gerust )*(?:me |mij |ons )?(?=[^.!?;]{0,60}\bdoor\b)|\b(?:app|mail|bel|whatsapp)"
    r" (?:me|mij|ons) (?:even|eens|gerust|maar)\b)"
)
_TELL_ME: Final = rf"(?<!\w)(?=\w){starts_with(_TELL_ME_WORDS)}{_TELL_ME_WORDS}"

NEXT_WORD_PHRASES: Final[tuple[Row, ...]] = (
    # "ob du noch Interesse hast", "whether you're still keen": said without a question mark
    (REQUEST, STRONG, STILL_INTERESTED, _rx(
        r"\bob (?:du|sie) (?:noch|weiterhin|nach wie vor) (?:interesse (?:hast|haben)"
        r"|interessiert (?:bist|sind))\b",
        r"\bwhether you(?:'re| are) still (?:interested|keen)\b",
        r"\bof (?:je|jij|u) (?:nog(?: steeds| altijd)? )(?:interesse (?:hebt|heeft)"
        r"|geinteresseerd (?:bent|is))\b",
    )),
    (REQUEST, STRONG, ASKED_BACK, _rx(
        rf"(?:{_TELL_ME}){_NO_IF}{{0,60}}?{_DEADLINE}",
        rf"(?:{_TELL_ME}){_SAME}{{0,40}}?{_WHETHER}",
    )),
    (ACK, STRONG, "they will come back to you", _rx(
        r"\b(?:lemme|let me|let us)(?: just| quickly| try to| try and)? (?:circle back|loop back"
        r"|get back|come back|revert|follow up|touch base|ping you|check (?:in )?(?:with \w+ )?and"
        r" (?:get|come|circle) back)\b",
        r"\b(?:i'll|ill|i will|we'll|will|gonna|going to) (?:just )?ping (?:you|u)\b",
        # not "je te fais signe si ça débloque": a condition, no promise (corpus w7fr-058)
        r"\bj(?:e |')(?:te|vous) (?:redis|redirai|fais signe|ferai signe|tiens au jus)\b"
        r"(?! (?:si|des que|quand|lorsque|au cas)\b)",
        r"\b(?:ich|wir) (?:ruf|rufe|rufen) (?:dich|sie|euch) _W_{0,3}?an\b",
        r"\b(?:ik|we) (?:app|mail|sms|ping) (?:je|jou|u)\b",
        # "on" for "nous": "On vous tient au courant très vite" (read as thanks: stop 44)
        r"\bon (?:vous|te) (?:tient|tiendra) au (?:courant|jus)\b|\bon (?:vous|te) (?:recontacte"
        r"|recontactera|redit|redira|ecrit|ecrira|rappelle|rappellera)\b"
        r"(?! (?:si|des que|quand|lorsque|au cas)\b)",
    )),
)
