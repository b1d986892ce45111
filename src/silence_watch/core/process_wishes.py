"""Luck wished for the rest of this process: warmth, in words that name the process. Pure.

"Likewise! Best of luck with the rest of the process." and "¡Mucha suerte con el resto
del proceso!" are thanks and warmth, no news, but "process" is one of the words that keep
a short reply from being a pleasantry (``intent_phrases.PROCESS_WORDS``: "the process is
on hold"). The rule read nothing, and the reader alone was left to hear the warmth; after
a retrain it heard "other" at 0.58 and "rejection" at 0.50, and the candidate was asked
about a kind word. The wish is taken out before the process words are looked for: what is
left decides. Luck in her *search* is a goodbye (``core.goodbye_wishes``), not this.

Matched on folded text (``core.language.fold``): lower case, no accents. No IO, no clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: The wish and the process it is for, in five languages.
_WISH: Final = lazy_pattern(
    # en: "best of luck with the rest of the process", "good luck for the next stages"
    r"\b(?:luck|success|all the best|best wishes)\b (?:\w+ ){0,2}?(?:with|for|in|on|through)"
    r" (?:the )?(?:rest of the |remainder of the |remaining |next stages? of the )?"
    r"(?:hiring |recruitment |interview |selection )?(?:process|stages|interviews)\b"
    # de: "viel Erfolg im weiteren Prozess", "viel Glück für das restliche Verfahren"
    r"|\b(?:erfolg|gluck|alles gute)\b (?:\w+ ){0,2}?(?:im|fur|bei|beim) (?:den |das |dem )?"
    r"(?:weitere[nr]? |restliche[nr]? )?(?:bewerbungs|auswahl)?(?:prozess|verfahren|verlauf)\b"
    # fr: "bonne chance pour la suite du processus", "bon courage pour le processus"
    r"|\b(?:bonne chance|bon courage|bonne continuation)\b (?:pour|dans) (?:la suite (?:du|de"
    r" ce) |le (?:reste du )?)?(?:processus|recrutement)\b"
    # es: "mucha suerte con el resto del proceso", "éxito en el proceso"
    r"|\b(?:suerte|exitos?|lo mejor)\b (?:\w+ ){0,2}?(?:con|en|para) (?:el resto del|el|lo que"
    r" queda del) proceso\b"
    # nl: "succes met de rest van het proces", "veel succes in de procedure"
    r"|\b(?:succes|veel geluk|het beste)\b (?:\w+ ){0,2}?(?:met|in|bij|voor) (?:de rest van )?"
    r"(?:het|de) (?:verdere )?(?:sollicitatie)?(?:proces|procedure)\b"
)

#: Her new job elsewhere, congratulated or wished well, when she withdrew for it: "Merci de
#: nous avoir prévenus de votre désistement ... félicitations pour ce nouveau poste" was
#: heard as a no (0.59) by the reader alone, and "poste" kept the rule from the pleasantry
#: (probe round probe-noes5). Their job's words are not in it.
_NEW_JOB: Final = lazy_pattern(
    r"\b(?:congrat\w*|good luck|all the best|best of luck|success)\b (?:\w+ ){0,2}?(?:on|with"
    r"|in|for) (?:the|your) new (?:role|position|job|opening)\b"
    r"|\b(?:gluckwunsch\w*|gratulation\w*|alles gute|viel erfolg)\b (?:\w+ ){0,2}?(?:zur|zu"
    r" der|fur die|in der|bei der) neuen? (?:stelle|position|rolle|aufgabe)\b"
    r"|\b(?:felicitations|bravo|bonne chance|bonne continuation|bon courage)\b (?:\w+ ){0,2}?"
    r"(?:pour|dans) (?:ce|votre|ton|le) nouveau poste\b"
    r"|\b(?:felicidades|enhorabuena|suerte|exitos?)\b (?:\w+ ){0,2}?(?:por|con|en) (?:el|tu|su"
    r"|ese) nuevo puesto\b"
    r"|\b(?:gefeliciteerd|proficiat|succes)\b (?:\w+ ){0,2}?(?:met|in|bij) (?:je|jouw|uw|de)"
    r" nieuwe (?:functie|baan|rol|job)\b"
)


def without_process_wishes(folded: str) -> str:
    """``folded`` with each wish of luck for the rest of this process taken out.

    And each wish for her new job elsewhere: "congrats on the new role".
    """
    return _NEW_JOB.sub(" ", _WISH.sub(" ", folded))
