"""Rejections said quietly, found by a third probe with unseen voices (issue 12).

Hospitals, town halls, universities, law firms, NGOs, game studios and hauliers wrote
noes the other tables did not read:

- an agency's client that kept the job inside ("für eine interne Lösung entschieden",
  "de vacature intern hebben ingevuld", "cubrir la vacante con una persona de dentro");
  only filled, as another role may follow;
- a system's passive no ("Deine Bewerbung bei Lieferblitz wurde abgelehnt", "uw
  sollicitatie niet in behandeling te nemen");
- a curt line: "Not what we're after.", "Ya tenemos a alguien.", "Geen match.", "Wir sehen
  keine Basis.", never "we already have someone to show you around";
- a panel's no: the post offered to the one they chose ("we have offered the post to
  them"), "vous n'avez pas été classée", a score not reached ("no ha obtenido la
  puntuación necesaria");
- a post cancelled ("la posición de coordinadora se ha cancelado"), never an interview;
- a no to the next round ("we're not going to take it to the onsite").

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if we don't take it to the onsite") or words said of others are no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import (
    FILLED,
    REJECTION,
    SENTENCE_START,
    STRONG,
    WEAK,
    WITHDRAWN,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

_START: Final = SENTENCE_START
#: The sentence ends here, or goes on only to name the job ("for the role").
_ENDS: Final = r"(?= ?(?:[.!,;]|$))"

QUIET_NO_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, WEAK, FILLED, _rx(
        # an agency's client kept the job inside
        r"\bfur eine (?:interne|hausinterne|firmeninterne) (?:losung|besetzung|nachbesetzung)"
        r" (?:\w+ )?entschieden\b|\b(?:stelle|position|vakanz) _W_{0,3}?intern (?:besetzt"
        r"|nachbesetzt|vergeben)\b",
        r"\bintern (?:hebben|hadden|heeft|is|zijn|wordt|worden) (?:\w+ )?(?:ingevuld|vervuld"
        r"|opgevuld)\b",
        r"\b(?:cubrir|cubierto|cubren|cubriran|ocupar) (?:la vacante|el puesto|la plaza"
        r"|la posicion) con (?:una persona|alguien|un[ao]? (?:companer[oa]|trabajador[a]?))"
        r" de dentro\b",
    )),
    (REJECTION, STRONG, "you were not selected", _rx(
        # a system's passive no, of her application
        r"\b(?:bewerbung|kandidatur)\b _W_{0,4}?(?:wurde|ist|wird) (?:leider |daher |somit )?"
        r"(?:abgelehnt|nicht berucksichtigt)\b",
        # a decision, never a condition ("Zonder BIG-registratie kunnen wij uw sollicitatie
        # niet in behandeling nemen" asks for the number: dev w6dn-046)
        r"\bbesloten (?:om )?(?:uw |je |jouw )?(?:sollicitatie |kandidatuur |cv )?niet (?:verder )?"
        r"in behandeling te nemen\b|\b(?:sollicitatie|kandidatuur) (?:wordt|is|werd) (?:helaas "
        r"|daarom )?niet (?:verder )?in behandeling genomen\b",
        # a curt line
        rf"\bnot (?:quite |really |exactly )?what (?:we're|we are|i'm|i am) (?:after|looking"
        rf" for)\b{_ENDS}",
        rf"{_START}(?:helaas |leider |sorry,? )?(?:geen|kein|no) (?:match|fit)\b{_ENDS}",
        r"\b(?:sehen|sehe) (?:wir |ich )?(?:leider )?keine (?:gemeinsame )?basis\b",
        # a panel's no: "vous n'avez pas été classée", a score not reached
        r"\bn'(?:avez|as|etes|es) pas ete (?:classee?s?|admise?s?)\b",
        r"\bno (?:ha|has) (?:obtenido|alcanzado) la (?:puntuacion|nota|calificacion)"
        r" (?:necesaria|suficiente|requerida|minima)\b",
    )),
    (REJECTION, STRONG, "they chose another candidate", _rx(
        rf"\b(?:we|we've|we have|i|i've|i have) (?:already |now )(?:got|have|hired|found)"
        rf" (?:someone|somebody|a candidate)\b{_ENDS}",
        rf"\b(?:ya )?tenemos (?:ya )?a (?:alguien|otra persona|otro candidato|otra candidata)\b"
        rf"{_ENDS}",
        rf"\b(?:haben|hab) (?:wir |ich )?(?:schon|bereits) (?:jemanden|jemand|eine[nr]?"
        rf" (?:kandidat\w*|bewerber\w*))\b{_ENDS}",
        rf"\b(?:avons|ai) deja (?:quelqu'un|une personne|un candidat|une candidate)\b{_ENDS}",
        rf"\b(?:hebben|heb) (?:we |wij |ik )?al (?:iemand|een kandidaat)\b{_ENDS}",
        # the post offered to the one they chose: "we have offered the post to them"
        r"\b(?:offered|given) (?:the|this|that) (?:post|role|position|job|place|fellowship)"
        r" to (?:them|him|her|the successful|that (?:person|candidate|applicant))\b",
    )),
    (REJECTION, STRONG, WITHDRAWN, _rx(
        # the post cancelled (an interview cancelled is ``core.calloffs``)
        r"\b(?:posicion|puesto|vacante|plaza)\b(?: de \w+)? (?:se ha cancelado|se cancela"
        r"|ha quedado cancelad[oa]|queda cancelad[oa]|ha sido anulad[oa])\b",
        r"\b(?:position|role|vacancy|post|opening|job)\b (?:itself )?(?:has been|was|is being"
        r"|is) (?:cancelled|canceled|scrapped|axed)\b",
    )),
    (REJECTION, STRONG, "they will not move forward", _rx(
        # a no to the next round: "we're not going to take it to the onsite"
        r"\b(?:not|n't) (?:going to |gonna |be )?(?:take|taking|bring|bringing|move|moving"
        r"|progress|progressing|invite|inviting) (?:you|it|this|your application|things)"
        r" (?:through |forward )?(?:to|into) (?:the|an?) (?:onsite|on-site|next (?:round|stage"
        r"|step)|final (?:round|stage)|interview stage|panel)\b",
    )),
)
