"""Where a no for one role turns to another: "However, our Analytics team has an opening".

``core.intents`` reads "no for this role, however a next step about another" as a next
step. The turn is a word of contrast ("however", "cependant", "jedoch", "sin embargo",
"echter", or a sentence opening with "But") with a role named after it. (probe-noes6
asked for the turn's own sentence to name the role or the step, so that a "cependant"
inside praise before an agency's pitch would not count; acceptance scenarios t12fr and
t61rv, where the praise sentence comes between the no and the other role, then read the
other role's invitation as a no, and that rule was taken back.)

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
def turns(folded: str) -> Iterator[re.Match[str]]:
    """Every word of contrast in ``folded`` with a role named somewhere after it."""
    for turn in CONTRAST.finditer(folded):
        if A_ROLE.search(folded, turn.end()) is not None:
            yield turn
