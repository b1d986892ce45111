"""More ways to hand a process to a colleague, and a task handed on that is no process. Pure.

"I'm looping in Sam Okafor (cc'd), who will take it from here and see your process through
to the end", "te paso con mi compañero Samuel Ortega (en copia), que llevará tu proceso a
partir de ahora" (tester round u44pp): the recruiter hands the process on, in words the
fixed phrases of ``core.departures`` did not know, and the follow-up went to the one who
had left it. These are the looser forms, in en, de, fr, es, nl: the colleague "will take it
from here", "ab jetzt kümmert sich mein Kollege ... um deine Bewerbung", "je passe le
relais à ... qui suivra votre candidature", "neemt het vanaf hier van me over".

Looser words need a closer look. Only the colleague takes it from here: "who", "he", "she"
or a name with its "(cc'd)"; "I'll take it from here", "we'll take it from here once you've
sent the form" or "the hiring team will take it from here" hand nothing to anyone. A task handed
on is no process handed on: "I'm handing off scheduling for your req to Marco (cc'd) -
he'll take it from here if anything else needs booking" leaves the coordinator's bookings
to Marco and the process with whoever ran it. A sentence that names a task (scheduling,
the room, travel, the calendar) before the hand-over words, or right after them as what is
handed ("je passe le relais à Julien pour la réservation de la salle"), and never the
process, is read that way, for these forms and for the fixed ones; a task named later is
one more thing the colleague does ("Sam is picking this up from here and will send you the
calendar invite").

Patterns are written for folded text (``core.language.fold``). Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.hypotheticals import bounds
from silence_watch.core.phrase_rows import compile_fast_phrase, compile_phrase

if TYPE_CHECKING:
    import re


#: The looser forms of a hand-over, in the five languages (folded). Searched in every reply:
#: compiled for a fast start (its alternatives each open at a word; 40% less time).
LOOSE_HANDOVER: Final = compile_fast_phrase(
    # en: "who will take it from here", "Sam'll take things from here", "let Sam take it
    # from here", "who will see your process through", "will look after your application
    # from now on"
    r"(?:\b(?:who|he|she)|\))(?:'ll| will| is going to) (?:now )?take (?:it|things|this"
    r"|everything|over) from here\b"
    r"|\blet(?:ting)? (?!me\b|us\b)\w+ take (?:it|things|this|over) from here\b"
    r"|\b(?:who|he|she|they)(?:'ll| will| is going to) (?:now )?see (?:your|the|this)"
    r" (?:process|application|candidacy) through\b"
    r"|\b(?:who|he|she|they)(?:'ll| will| is going to)? (?:now )?(?:be )?look(?:s|ing)? after"
    r" (?:your|the|this) (?:process|application|candidacy) (?:from (?:here|now) on|from here"
    r"|going forward|moving forward)\b"
    # de: "ab jetzt kümmert sich mein Kollege Jonas um deine Bewerbung", "übergebe ich Ihren
    # Bewerbungsprozess an meinen Kollegen"
    r"|\b(?:ab (?:jetzt|sofort|heute|morgen|montag|nun|hier)|kunftig|zukunftig|von nun an"
    r"|fortan|in zukunft) kummert sich _W_{0,6}?um (?:ihre|deine|eure) (?:bewerbung|kandidatur)"
    r"|\bkummert sich (?:ab (?:jetzt|sofort|heute|nun)|kunftig|zukunftig|von nun an|fortan)"
    r" um (?:ihre|deine|eure|ihren|deinen) (?:bewerbung|kandidatur|bewerbungs)"
    r"|\bubergebe (?:ich )?(?:ihren|deinen|den) (?:bewerbungs)?(?:prozess|vorgang) an\b"
    r"|\bubergebe (?:ich )?(?:ihre|deine) bewerbung an (?:meine[n]?|unsere[n]?) kolleg"
    # fr, the relay passed on to Julien "qui suivra votre candidature"
    r"|\b(?:je (?:vous |te )?)?passe(?:rai)? le relais a\b"
    r"|\b(?:qui|il|elle) (?:suivra|va suivre|prendra en charge|va prendre en charge|reprendra)"
    r" (?:desormais |dorenavant |a present |a partir de maintenant )?(?:votre|ta|ton|le)"
    r" (?:candidature|dossier|processus|recrutement)\b"
    # es: "que llevará tu proceso a partir de ahora", "tu proceso lo lleva mi compañero"
    r"|\b(?:que|quien|el|ella) (?:llevara|va a llevar|gestionara|va a gestionar|seguira|va a"
    r" seguir) (?:a partir de ahora |desde ahora |de aqui en adelante )?(?:tu|su) (?:proceso"
    r"|candidatura)\b"
    r"|\b(?:tu|su) (?:proceso|candidatura) (?:\w+ ){0,3}?lo (?:lleva|llevara|va a llevar)"
    r" (?:a partir de ahora |desde ahora )?(?:mi|nuestr[oa]) (?:companer[oa]|colega)\b"
    # nl: "neemt het vanaf hier van me over", "die het vanaf nu van mij overneemt"
    r"|\bneemt (?:het|dit|je|jouw|uw)(?: (?:sollicitatie)?(?:proces|traject|dossier)"
    r"| sollicitatie)? (?:vanaf (?:hier|nu|vandaag|maandag)|voortaan) (?:van (?:mij|me) )?over\b"
    r"|\b(?:het|je|jouw|uw)(?: (?:sollicitatie)?(?:proces|traject|dossier)| sollicitatie)?"
    r" (?:vanaf (?:hier|nu|vandaag)|voortaan) van (?:mij|me) overneemt\b",
)

#: A task of the process, not the process: the bookings, the room, travel, the calendar.
_TASK: Final = compile_phrase(
    r"\b(?:schedul\w*|booking|book(?:ed|s)?|rooms?|logistics|travel|calendar|invites?|parking"
    r"|expenses?|reimburse\w*"
    r"|termin(?:planung|koordination|vereinbarung|e)|raum\w*|reise\w*|logistik|kalender"
    r"|einladungen|spesen"
    r"|planification|organisation|logistique|reservation|salle|agenda|calendrier|deplacements?"
    r"|remboursements?|creneaux"
    r"|reservas?|sala|logistica|viajes?|calendario|convocatorias?|reembolsos?|horarios?"
    r"|planning|zaal|reservering|logistiek|reiskosten|declaraties?)\b",
)
#: A task right after the hand-over words, introduced as its object or its condition.
_TASK_NEXT: Final = compile_phrase(
    r" (?:[^ ]+ ){0,3}?(?:for|pour|para|voor|fur|if|si|wenn|falls|als)\b(?: [^ ]+){0,5}? "
    r"(?:schedul\w*|booking|book(?:ed|s)?|rooms?|logistics|travel|calendar|invites?|parking"
    r"|termin\w*|raum\w*|reise\w*|logistik|kalender|planification|organisation|logistique"
    r"|reservation|salle|agenda|calendrier|deplacements?|reservas?|sala|logistica|viajes?"
    r"|calendario|horarios?|planning|zaal|reservering|logistiek)\b",
)
#: The process itself, named in the same sentence as a task: then it is handed on all the same.
_PROCESS: Final = compile_phrase(
    r"\b(?:process|application|candidacy|search"
    r"|bewerbung\w*|prozess|kandidatur|verfahren"
    r"|candidature|dossier|processus|recrutement"
    r"|proceso|candidatura"
    r"|sollicitatie\w*|proces|traject)\b",
)
#: What ends the stretch a task must share with the hand-over (``fold`` keeps no newlines).
_MARKS: Final = ".!?;"


def only_a_task(folded: str, found: re.Match[str]) -> bool:
    """Whether the hand-over ``found`` in ``folded`` hands on a task, not the process.

    "handing off scheduling for your req to Marco (cc'd) - he'll take it from here if
    anything else needs booking": its sentence names a task before it (or right after it,
    "pour la réservation de la salle") and not the process. A task named later is one
    more thing the colleague does: "Sam is picking this up from here and will send you
    the calendar invite" hands the process on.
    """
    begin, end = bounds(folded, found.start(), found.end(), _MARKS)
    if _PROCESS.search(folded, begin, end) is not None:
        return False
    return (_TASK.search(folded, begin, found.start()) is not None
            or _TASK_NEXT.match(folded, found.end(), end) is not None)  # fmt: skip


def process_handed_on(pattern: re.Pattern[str], folded: str) -> str | None:
    """The first words ``pattern`` finds in ``folded`` that hand on the process, not a task."""
    for found in pattern.finditer(folded):
        if not only_a_task(folded, found):
            return found.group(0)
    return None
