"""A next step named inside "whether ...": a promise to say, not an invitation. Pure.

"Uiterlijk vrijdag 20 november laten wij u weten of wij u uitnodigen voor een tweede
gesprek" promises an answer by the 20th; the second interview it names is what the answer
will be about (tester round u33fu). So is a next step after the words that promise to
tell ("we will let you know if you are invited", "nous vous dirons si ...", "le
diremos si ...", "wir teilen Ihnen mit, ob ...") and after "of wij u" ("ob wir Sie",
"whether" were known before). The reader (``core.intents``) asks this of the clause in
front of a next-step or offer phrase. Her side of it is news still: "let me know if we
can set up a second interview", "dites-moi si ...", "dime si ...", "laat me weten of
...", and a condition of hers ("Si te interesa, ...").

Matched on folded text (``core.language.fold``): lower case, no accents ("óf" is "of").
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: "whether" with the subject that follows it: "of wij u uitnodigen" (the reader already
#: knew "ob wir Sie", "of we u" and "whether").
_WHETHER: Final = r"\b(?:ob|of) (?:wij|wir|we) (?:u|je|jou|jullie|sie|dich|euch)\b"
#: The one who promises to tell, then "if", "si", "of" or "ob" in the same clause: "we will
#: let you know by Friday if ...", "nous vous dirons d'ici vendredi si ...", "te diremos
#: si ...". Only their promise: "let me know if", "dites-moi si", "dime si", "laat me
#: weten of" ask her, and what follows stays news.
_TOLD_IF: Final = (
    r"\b(?:let (?:you|u) know|inform you|tell you|update you|advise you|be in touch)\b"
    r"[^.!?]{0,40}?\bif\b"
    r"|\b(?:laten|laat) (?:wij|we|ik) (?:\S+ ){0,4}?weten\b[^.!?]{0,40}?\bof\b"
    r"|\b(?:wij|we|ik) (?:laten|berichten|informeren|melden) (?:u|je|jou|jullie)\b"
    r"[^.!?]{0,40}?\bof\b"
    r"|\b(?:hoort u|hoor je|horen jullie|u hoort|je hoort)\b[^.!?]{0,40}?\bof\b"
    r"|\b(?:wir|ich) (?:teilen|geben|sagen|informieren|melden)\b[^.!?]{0,60}?\bob\b"
    r"|\b(?:teilen|geben|sagen|informieren|melden) (?:wir|ich)\b[^.!?]{0,60}?\bob\b"
    r"|\b(?:nous|je) (?:vous|te) (?:dirons|dirai|informerons|informerai|indiquerons"
    r"|indiquerai|confirmerons|confirmerai|ferons savoir|ferai savoir|tiendrons informe"
    r"|tiendrai informe)\w*\b[^.!?]{0,40}?\bsi\b"
    r"|\b(?:reviendrons|reviendrai) vers (?:vous|toi)\b[^.!?]{0,60}?\bsi\b"
    r"|\b(?:vous saurez|tu sauras)\b[^.!?]{0,40}?\bsi\b"
    r"|\b(?:te|le|les|os) (?:diremos|dire|digo|decimos|informaremos|informare|confirmaremos"
    r"|confirmare|confirmo|confirmamos|comunicaremos|comunicare|avisaremos|avisare|avisamos"
    r"|contaremos|contare|contamos)\b[^.!?]{0,40}?\bsi\b"
    r"|\b(?:sabras|sabra|sabran)\b[^.!?]{0,40}?\bsi\b|\b(?:sobre|acerca de) si\b"
)
WHETHER: Final = lazy_pattern(rf"{_WHETHER}|{_TOLD_IF}")


def in_whether_clause(before: str) -> bool:
    """True when ``before``, the clause in front of a phrase, makes it what an answer is about."""
    return WHETHER.search(before) is not None
