"""A next step said only for the case their side goes ahead: no step yet. Pure.

"We're still comparing notes. If the panel decides to go ahead, the next step would be a
final conversation with our COO. Either way you'll hear from me by the end of next week"
(probe-asks5) was read as a next step: the move hers, so the promised week would never
be followed up (a silent stop). The condition named who decides in words the condition
rows (``core.intents``) did not know: "if the panel decides to go ahead", "Sollten wir
weitermachen wollen, würden wir Sie ... einladen", "En caso de avanzar, el siguiente paso
sería ...", "Als we verder gaan, zou er nog een laatste gesprek volgen", "si l'équipe
souhaite poursuivre".

The clause in front of the step counts when a condition word opens it and it speaks of
going ahead, proceeding or continuing. Her own wish stays hers: "if you'd like to go
ahead, book a slot", "si vous souhaitez poursuivre", "si te interesa avanzar", "als je
verder wilt gaan" are invitations, read as they were.

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: A condition word, then going ahead within its clause (folded, five languages).
_GO_AHEAD_IF: Final = lazy_pattern(
    r"\b(?:if|should|in case|assuming|once|sollten?|falls|wenn|sofern|sobald|si|au cas ou"
    r"|dans le cas ou|des que|une fois que|en cuanto|una vez que|zodra"
    r"|en caso de(?: que)?|en el caso de(?: que)?|als|indien|mocht(?:en)?)\b"
    r"[^,.!?;:\n]{0,50}?\b(?:go(?:es)? ahead|proceed|move (?:ahead|forward)|continue"
    r"|take (?:it|things|this) further|weitermachen|weiter machen|fortfahren|weitergehen"
    r"|fortsetzen|poursuiv\w+|continu\w+|aller plus loin|avanz\w+|seguir adelante"
    r"|sigamos adelante|seguimos adelante|verder ?gaan|verder gaat|doorgaan|door gaan"
    # someone's approval: "als het management akkoord geeft, plannen we nog een laatste
    # gesprek" (probe-asks5's fresh set, fixed after it: stop 44)
    r"|approves?|signs? off|gives? (?:the|its|their|his|her) (?:go-ahead|green light|approval)"
    r"|zustimm\w*|zustimmt|freigibt|grunes licht|donne (?:son|leur) (?:accord|feu vert)"
    r"|valide|da (?:el|su) (?:visto bueno|aprobacion)|aprueba|akkoord (?:geeft|gaat)"
    r"|groen licht geeft|goedkeurt)\b"
)
#: Her own wish in the clause: the step is hers to take, no condition on their side.
_HER_WISH: Final = lazy_pattern(
    r"\b(?:you(?:'d| would)? (?:like|wish|want|prefer)|you(?:'re| are) (?:still )?(?:keen"
    r"|interested|happy)|sie (?:mochten|wollen|interesse)|du (?:mochtest|willst)|vous (?:le )?"
    r"souhait\w+|tu (?:le )?(?:souhaites|veux)|(?:te|le) interesa|quieres|deseas?|je (?:wilt|wil)"
    r"|u (?:wilt|wenst)|interesse"
    # her approval: "if you approve, we'll schedule the final round"
    r"|you (?:approve|agree)|sie (?:zustimmen|einverstanden)|vous (?:validez|etes d'accord)"
    r"|tu (?:valides|es d'accord)|(?:estas|esta) de acuerdo|apruebas|(?:je|u) akkoord)\b"
)


def if_they_go_ahead(window: str) -> bool:
    """True when ``window``, the clause in front of a next step, makes it their maybe."""
    found = _GO_AHEAD_IF.search(window)
    return found is not None and _HER_WISH.search(window, found.start()) is None
