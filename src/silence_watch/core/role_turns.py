"""Where a no for one role turns to another: "However, our Analytics team has an opening".

``core.intents`` reads "no for this role, however a next step about another" as a next
step. The turn is a word of contrast ("however", "cependant", "jedoch", "sin embargo",
"echter", or a sentence opening with "But"); it turns the letter only when its own
sentence goes on to the other role or to the step. A "cependant" inside praise does not:
"ils ont finalement choisi un autre profil. Ils ont cependant beaucoup apprécié votre
entretien ! J'ai d'autres missions ... Seriez-vous disponible demain ?" is an agency's
no with a pitch, not a next step in her process (probe-noes6).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

#: "However, ...", "Par contre, ...": what follows turns the message around.
CONTRAST: Final = lazy_pattern(
    r"\b(?:however|that said|on the other hand|on a brighter note|the good news is|par contre"
    r"|cependant|toutefois|en revanche|aber|jedoch|allerdings|dafur|sin embargo|no obstante"
    r"|en cambio|echter|daarentegen)\b"
    # a sentence that opens with "But", "Mais", "Pero", "Maar"
    r"|(?:(?<=[.!?] )|(?<=[.!?]\n)|(?<=\n\n))(?:but|mais|pero|maar)\b"
    # "..., but the manager of our Design Systems team would love to talk about an opening"
    r"|(?<=, )(?:but|mais|pero|maar)\b(?=[^.!?\n]*\b(?:role|position|opening|vacancy|poste"
    r"|stelle|puesto|posicion|vacante|functie|vacature)\b)"  # (probe-noes5)
)
#: A job named after the turn: the other role the next step is about.
A_ROLE: Final = lazy_pattern(
    r"\b(?:role|position|opening|vacancy|job|req|poste|stelle|rolle|vakanz|puesto|posicion"
    r"|vacante|rol|functie|vacature|baan|aufgabe|funktion|fonction|cargo|plaza)\b"
)
_SENTENCE_END: Final = lazy_pattern(r"[.!?]|\n\n")


def turn_sentence(folded: str, turn: re.Match[str]) -> str:
    """The rest of the sentence the ``turn`` word opens or sits in."""
    end = _SENTENCE_END.search(folded, turn.end())
    return folded[turn.end() : end.end() if end else len(folded)]


def turns(folded: str) -> Iterator[re.Match[str]]:
    """Every word of contrast in ``folded`` with a role named somewhere after it."""
    for turn in CONTRAST.finditer(folded):
        if A_ROLE.search(folded, turn.end()) is not None:
            yield turn
