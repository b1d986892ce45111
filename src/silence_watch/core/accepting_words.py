"""The words of a candidate's reply that take a time the recruiter proposed. Pure.

A reply that accepts a proposed time books a round (``core.sightings.acceptance``). The
English rows knew "confirmed" and "confirming", but not the first person that French,
Spanish, German and Dutch candidates write. Élise answered "Désolée pour ce long silence
... je vous propose donc le mardi 5 janvier à 10h" with "Je vous confirme avec plaisir le
mardi 5 janvier à 10h" (u53rv): nothing booked the final round, the old wait ran on, and
a nudge asking "un point sur l'avancement ?" was drafted three weeks before the round.

"Je vous confirme que je retire ma candidature" confirms something else: a confirming
verb followed by "que / que / dass / dat / that" takes no time.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: "confirm that ...", in the five languages: what follows is a statement, not a time.
_NOT_A_STATEMENT: Final = r"(?!,? (?:que|dass|dat|that)\b)"

ACCEPTING: Final = lazy_pattern(
    r"\b(?:works?(?: (?:well|great|perfectly|fine))?(?: for me)?|is perfect|perfect|sounds (?:good"
    r"|great|perfect)|is (?:fine|great|good)|i(?:'ll| will) be there|see you (?:then|on|there)"
    r"|confirm(?:ed|ing)?|i can do|looking forward to (?:it|speaking|meeting|talking|our)"
    r"|passt(?: mir)?|gerne|bin dabei"
    r"|ça me va|me convient|parfait|c'est noté|me va bien|perfecto|me viene bien|de acuerdo"
    r"|past (?:mij|me)|prima|is goed|schikt"
    # first-person confirmations: "je vous confirme le mardi 5 janvier", "ich bestätige den
    # Termin", "bestätige ich gern", "te confirmo el martes", "ik bevestig dinsdag 10 uur"
    rf"|(?:je (?:vous |te )?)?confirme{_NOT_A_STATEMENT}|(?:ich )?best(?:ä|ae)tige"
    rf"{_NOT_A_STATEMENT}|(?:(?:te|le|os|les) )?confirmo{_NOT_A_STATEMENT}"
    rf"|(?:ik )?bevestig{_NOT_A_STATEMENT}|ok pour moi|c'est bon pour moi|je serai (?:là|présente?)"
    r"|sage (?:ich )?(?:gerne? )?zu|allí estaré|ahí estaré|komt (?:mij |me )?(?:goed|prima) uit"
    r"|akkoord|ik ben erbij)\b",
    re.IGNORECASE,
)
