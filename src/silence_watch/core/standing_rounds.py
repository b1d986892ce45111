"""The writer's word that the candidate's meeting stands, in en, de, fr, es, nl. Pure.

Mail that calls something off beside the interview often says so in as many words: "the
interview stands", "Nothing changes on your end - same time, same Zoom link", "la
entrevista de mañana sigue en pie; no cancele nada", "das Gespräch bleibt wie geplant",
"für Sie ändert sich nichts", "l'entretien est bien maintenu", "rien ne change pour vous",
"het gesprek gaat gewoon door", "voor jou verandert er niets". Such a mail calls no round
off (``core.calloffs``): what was cancelled was something else (a room booking, another
meeting), however its words read. A new time it names still moves the round, and a move
it states is still made.

The meeting that stands must be the candidate's: "our team meeting goes ahead as planned"
says nothing of her interview (``core.other_meetings``), nor does the process going on
("cancelamos la entrevista del jueves, el proceso sigue adelante": the meeting must be
the subject, with no comma or "and" between) or "nothing changes" of something else
("no cambia nada en el proceso"). A denial ("ya no sigue en pie", "n'est pas maintenu",
"gaat niet door") and a question ("is the interview still on?") say nothing stands.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.calloff_words import CLAUSE, MEETING
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.other_meetings import not_the_round

#: The meeting named as the subject of "stands", within one clause: no comma, semicolon
#: or "and" between ("cancelamos la entrevista del jueves, el proceso sigue adelante").
_SUBJECT: Final = (
    rf"\b(?:{MEETING}|\w+(?:gesprach|gesprek))\b(?:(?![;,]| (?:and|but|so|y|pero|et|mais"
    rf"|donc|und|aber|en|maar|dus) ){CLAUSE}){{0,60}}?"
)
#: The meeting, then the words that say it stands (folded).
_IT_STANDS: Final = lazy_pattern(
    _SUBJECT + r"(?<!\bno )(?<!\bnot )(?<!\bya no )(?<!\bniet )(?<!\bnicht )\b(?:"
    # en: "the interview is still on", "goes ahead as planned", "remains unchanged"
    r"(?:is|remains|stays|will be) (?:still (?:on|going ahead|happening)|on as planned"
    r"|going ahead|as planned|unchanged|in place)\b(?! hold)"  # "is on hold": no
    r"|(?:still )?(?:goes|will go|is going) ahead\b"
    # de: "bleibt wie geplant", "bleibt bestehen", "findet wie geplant statt"
    r"|bleibt (?:(?!nicht\b)\w+ ){0,3}?(?:bestehen|wie geplant|wie vereinbart|unverandert)"
    r"|findet (?:(?!nicht\b)\w+ ){0,4}?(?:wie geplant|wie vereinbart|trotzdem|dennoch"
    r"|weiterhin) statt"
    # fr: "est bien maintenu", "reste prévu", "aura bien lieu"
    r"|(?:est|reste|sera) (?:bien |toujours |donc )?(?:maintenue?|inchangee?|prevue?"
    r" comme prevu|d'actualite)|reste (?:bien )?prevue?|(?:a|aura) bien lieu"
    # es: "sigue en pie", "se mantiene", "se celebra igual"
    r"|sigue en pie|sigue (?:adelante|igual|confirmad[ao]|programad[ao]|segun lo previsto)"
    r"|se mantiene|se celebra(?:ra)? (?:igual|igualmente|con normalidad|segun lo previsto)"
    # nl: "gaat gewoon door", "blijft staan"
    r"|gaat (?:gewoon |nog steeds |wel |toch ){0,2}door|blijft (?:gewoon )?(?:staan|doorgaan"
    r"|gepland|ongewijzigd))\b"
)
#: "Nothing changes on your end", "no cancele nada": nothing for her to change (folded).
_NOTHING_CHANGES: Final = lazy_pattern(
    r"\bnothing changes (?:on your (?:end|side)|for you)\b|\bno changes? (?:on your (?:end"
    r"|side)|for you)\b|\b(?:no need|you don't need|you do not need) to (?:change|cancel)"
    r" anything\b|\b(?:don't|do not) cancel anything\b"
    r"|\b(?:fur sie|fur dich) andert sich nichts\b|\bandert sich (?:fur sie|fur dich) nichts"
    r"|\bsagen sie (?:bitte )?nichts ab\b"
    r"|\brien ne change pour (?:vous|toi)\b|\bpour (?:vous|toi),? rien ne change\b"
    r"|\bn'annulez rien\b|\bne changez rien\b"
    r"|\bpara (?:usted|ti),? no cambia nada\b|\bno cambia nada para (?:usted|ti)\b"
    r"|\bno (?:cancele|canceles|anule|anules|cambie|cambies) nada\b"
    r"|\bvoor (?:jou|u|je),? verandert er niets\b|\ber verandert voor (?:jou|u|je) niets\b"
    r"|\bzeg (?:maar )?niets af\b"
)


def round_stands(text: str) -> bool:
    """Whether ``text`` (the writer's own words) says the candidate's meeting stands."""
    folded = fold(text)
    for pattern in (_IT_STANDS, _NOTHING_CHANGES):
        for found in pattern.finditer(folded):
            if _asked(folded, found.end()):
                continue  # "is the interview still on?"
            before = re.split(r"[.?!]", folded[: found.start()])[-1]
            if pattern is _NOTHING_CHANGES or not not_the_round(before, found.group()):
                return True
    return False


def _asked(folded: str, end: int) -> bool:
    """Whether the sentence that goes on at ``end`` is a question."""
    stop = re.search(r"[.?!]", folded[end:])
    return stop is not None and stop.group() == "?"
