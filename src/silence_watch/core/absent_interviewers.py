"""An interviewer the employer says will not be there: not the one the candidate meets. Pure.

"Quick heads-up that Omar is off sick today, so Lena will run this afternoon's session on
her own": the round stands, but the thank-you must not go to Omar, whom the invitation
named first (tester round t53rd). Read in five languages: someone of the round, named by
first or full name, who is off sick, out, unable or no longer able to join.

Only a person of the round is ever dropped, and only while someone else stays: a round
no one attends is called off by other words (``core.calloffs``), never by this.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.interviewers import name_words
from silence_watch.core.language import fold
from silence_watch.core.model import Address

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Contact

#: What follows a person's name when they will not be there (folded text).
_AWAY: Final = (
    r"\s+(?:"
    # en
    r"(?:is|has been|was|'s)\s+(?:(?:off|out|home)\s+sick|sick|ill|unwell|out(?: today)?"
    r"|unavailable|unable to (?:join|make it|attend)|not able to (?:join|make it|attend)"
    r"|no longer (?:joining|able to join|available)|stuck (?:in|on|at)\b|called away)"
    r"|(?:can't|cannot|can not|won't|will not|couldn't) (?:be )?(?:join(?:ing)?|make it|attend"
    r"|be there|be joining)"
    # de
    r"|(?:ist|wurde|war)\s+(?:leider\s+|heute\s+)*(?:krank|erkrankt|verhindert|ausgefallen"
    r"|krankgeschrieben|nicht (?:verfugbar|da|dabei))"
    r"|(?:fallt|faellt)\s+(?:leider\s+|heute\s+)*aus"
    r"|kann\s+(?:leider\s+|heute\s+)*nicht\s+(?:teilnehmen|dabei sein|kommen)"
    # fr
    r"|(?:est|sera)\s+(?:malheureusement\s+)?(?:malade|souffrant\w*|absent\w*|indisponible"
    r"|empech\w*)"
    r"|ne pourra (?:malheureusement )?pas (?:etre|participer|assister|se joindre|venir)"
    # es
    r"|(?:esta|estara)\s+(?:enferm[oa]|de baja|indispuest[oa]|fuera)"
    r"|no (?:podra|puede) (?:finalmente )?(?:estar|asistir|participar|acompan\w+|unirse)"
    # nl
    r"|(?:is|zal)\s+(?:helaas\s+|vandaag\s+)*(?:ziek|verhinderd|afwezig|niet aanwezig)"
    r"|kan\s+(?:er\s+)?(?:helaas\s+|vandaag\s+)*niet\s+(?:bij zijn|aanwezig zijn|deelnemen"
    r"|aansluiten)"
    r")\b"
)


def absent_people(text: str, people: Sequence[Contact]) -> tuple[str, ...]:
    """Addresses of ``people`` that ``text`` says will not be there, while one stays."""
    folded = fold(text)
    away = []
    for person in people:
        # by surname or given name, as an invitation's words name the one met
        names = [re.escape(fold(word)) for word in name_words(Address(person.name, person.email))]
        if person.name and names and re.search(rf"\b(?:{'|'.join(names)}){_AWAY}", folded):
            away.append(person.email.lower())
    if len(away) >= len(people):
        return ()  # no one left: not this module's to call off
    return tuple(away)
