"""A decision someone means to take by a day, or a colleague who will write by one. Data only.

"Die Fachabteilung möchte ihre Entscheidung bis Freitag, 27.11., treffen" (tester round
u44pp): no phrase row read it, the learned reader leaned to a rejection (p=0.47), and the
process paused with a question instead of waiting for the 27th. A decision they mean to
take, with the day or the span it comes by in the same clause, is a promise to answer in
five languages: "the panel hopes to make its decision by Friday", "le service souhaite
prendre sa décision d'ici vendredi", "el equipo quiere tomar su decisión antes del
viernes", "de afdeling wil uiterlijk vrijdag een beslissing nemen". So is a colleague who
will write to her by a day: "Herr Brandt meldet sich bis Freitag, 27.11., bei Ihnen",
"Sam will get in touch with you by Friday", "Julien vous recontactera d'ici vendredi",
"Samuel te escribirá antes del viernes", "Joris neemt uiterlijk vrijdag contact met je op".

A decision already taken ("we have made our decision", "hat ihre Entscheidung getroffen")
is none of these: the rows ask for a wish, a plan or a future, and a rejection's own rows
come first in ``core.intents``. A day the candidate is asked to decide by is hers
("please make your decision by Friday": no "wants to" before it).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ACK, WEAK, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: What brings the day within the clause: "by", "bis", "d'ici", "antes del", "uiterlijk".
_BY: Final = (
    r"(?:by|before|on|until|no later than|at the latest by|end of|early next|next|this"
    r"|bis|vor|am|spatestens|ende|anfang|mitte|nachste|kommende|diese"
    r"|d'ici|avant|au plus tard|le|en fin de|la semaine|lundi|mardi|mercredi|jeudi|vendredi"
    r"|antes del?|el|a mas tardar|para el|a finales|la (?:semana|proxima)|esta semana"
    r"|uiterlijk|voor|op|eind|begin|volgende|deze|binnen)"
)

#: A weekday or a dated day ("Freitag", "vrijdag", "27.", "11/"), after a decision said to
#: fall on it.
_A_DAY: Final = (
    r"(?:monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miercoles|jueves|viernes|maandag"
    r"|dinsdag|woensdag|donderdag|vrijdag|\d{1,2}(?:[./]|st|nd|rd|th)|\d{1,2} de\b)"
)
#: No outcome said with it: "die Entscheidung fällt zu Gunsten einer anderen Person aus".
_NO_OUTCOME: Final = (
    r"(?![^!?.]{0,60}\b(?:gunsten|favou?r|faveur|voordeel|gegen|against|aus\b))"
)

#: The reasons of these rows: a plan of theirs, no promise to answer her, so a question to
#: her beside it stays the point ("two office days in Utrecht? ... We willen uiterlijk
#: vrijdag 27 november een besluit nemen": the next move is hers, u36ow).
DECIDING: Final = "they mean to decide by a day"
WRITING: Final = "a colleague will write to you by a day"
ONLY_A_PLAN: Final = frozenset({DECIDING, WRITING})

ROWS: Final[tuple[Row, ...]] = (
    (ACK, WEAK, DECIDING, _rx(
        rf"\b(?:wants?|would like|hopes?|hoping|plans?|planning|intends?|aims?|aiming|expects?"
        rf"|expecting|is going|are going|needs?) to (?:make|reach|take|have|come to) (?:a|an"
        rf"|its|their|his|her|our|the) (?:final )?(?:decision|choice) [^!?]{{0,30}}?\b{_BY}\b",
        rf"\b(?:mochte|mochten|will|wollen|wird|werden|plant|planen|soll|sollen|hofft|hoffen"
        rf"|beabsichtigt) (?:(?!sie\b|du\b|ihr\b)\w+ ){{0,2}}?(?:ihre|seine|eine|die|unsere"
        rf"|eine finale|die finale|ihre finale|die endgultige) entscheidung (?:\w+ )?{_BY}\b"
        r"[^!?]{0,30}?\b(?:treffen|fallen|mitteilen)\b",
        rf"\b(?:souhaite|souhaitent|compte|comptent|prevoit|prevoient|espere|esperent|va"
        rf"|vont|doit|doivent) (?:\w+ )?prendre (?:sa|leur|une|la|notre) (?:decision|choix)"
        rf"(?: finale)? [^!?]{{0,20}}?\b{_BY}\b",
        rf"\b(?:quiere|quieren|espera|esperan|preve|preven|va a|van a|piensa|piensan"
        rf"|pretende|pretenden) (?:\w+ )?tomar (?:su|una|la) decision(?: final)?"
        rf" [^!?]{{0,20}}?\b{_BY}\b",
        # the plan is to have it: "la idea es tener una definición para la semana que viene"
        # (stop 47: the day was lost), "l'idée est d'avoir une réponse d'ici vendredi"
        rf"\b(?:la idea es|el plan es|el objetivo es|esperamos|contamos con) (?:poder )?tener"
        rf" (?:una|la|alguna) (?:definicion|decision|respuesta)(?: final)? [^!?]{{0,20}}?\b{_BY}\b",
        rf"\b(?:l'idee est|le but est|l'objectif est|nous esperons|on espere) (?:de pouvoir |d')"
        rf"(?:avoir|obtenir) (?:une|la) (?:decision|reponse)(?: finale)? [^!?]{{0,20}}?\b{_BY}\b",
        rf"\b(?:wil|willen|hoopt|hopen|verwacht|verwachten|gaat|gaan|zal|zullen)"
        rf" (?:(?!je\b|jij\b|u\b)\w+ ){{0,3}}?{_BY}\b[^!?]{{0,30}}?\b(?:een|de|hun|zijn|haar)"
        rf" (?:beslissing|besluit|keuze) (?:\w+ )?(?:nemen|maken)\b",
        # the decision said to fall on a day still to come: "Die Entscheidung fällt erst
        # nächsten Freitag, nicht schon diesen" (t97cr, read by the rules since u50mb: the
        # learned reader alone leaned to a no on "nicht")
        rf"\b(?:the|a|our|their) (?:final )?decision (?:will be made|will come|comes|is due"
        rf"|is expected|should come|will fall|falls|will be taken)\b{_NO_OUTCOME}[^!?.]{{0,30}}?"
        rf"\b{_A_DAY}",
        rf"\bentscheidung (?:fallt|wird|soll|kommt)\b{_NO_OUTCOME}[^!?.]{{0,30}}?\b{_A_DAY}",
        rf"\b(?:la|notre|leur) decision (?:tombera|sera prise|sera rendue|arrivera|interviendra"
        rf"|est attendue|sera connue)\b{_NO_OUTCOME}[^!?.]{{0,30}}?\b{_A_DAY}",
        rf"\b(?:la|nuestra|su) decision (?:se tomara|se toma|llegara|saldra|se conocera)\b"
        rf"{_NO_OUTCOME}[^!?.]{{0,30}}?\b{_A_DAY}",
        rf"\b(?:de|het|onze|hun) (?:beslissing|besluit) (?:valt|volgt|wordt|komt)\b{_NO_OUTCOME}"
        rf"[^!?.]{{0,30}}?\b{_A_DAY}",
    )),
    (ACK, WEAK, WRITING, _rx(
        rf"\bmeldet sich {_BY}\b[^!?]{{0,30}}?\bbei (?:ihnen|dir|euch)\b",
        rf"(?<!\byou)(?:'ll| will) (?:get in touch with|contact|write to|email|call) you {_BY}\b",
        rf"\b(?:il|elle|qui) (?:vous|te) (?:recontactera|contactera|ecrira|appellera"
        rf"|repondra) {_BY}\b",
        rf"\b(?:el|ella|que|quien) (?:te|le) (?:escribira|contactara|llamara|dira algo"
        rf"|respondera) {_BY}\b",
        rf"\b(?:hij|zij|ze|die) (?:neemt|zal) {_BY}\b[^!?]{{0,30}}?\bcontact\b"
        rf"|\b(?:hij|zij|ze|die) (?:laat|zal) (?:je|jou|u) {_BY}\b"
        rf"|\b(?:hij|zij|ze|die) {_BY}\b[^!?]{{0,30}}?\bcontact (?:met (?:je|jou|u) )?opneemt\b",
    )),
)
