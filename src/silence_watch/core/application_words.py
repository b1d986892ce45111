"""Words of mail about the candidate's own application, in five languages. Pure.

A hiring system or job board writing to the candidate about their application ("Tu
solicitud para Consultor SAP", "Novedades sobre tu postulación") often carries a
List-Unsubscribe header like a newsletter; these words tell the two apart
(``core.kinds``).
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: Words of mail about the candidate's own application, in en, de, fr, es, nl.
APPLICATION_MAIL: Final = lazy_pattern(
    r"\byour (?:job )?(?:application|candidacy|candidature|interview|assessment|offer)\b"
    # Pinpoint's notice of a cancelled panel names "your Panel Interview" (u37at)
    r"|\byour (?:[\w-]+ ){1,2}interview (?:for|with|on|at|scheduled)\b"
    r"|\binterview (?:has been |was )?(?:cancell?ed|rescheduled|moved|confirmed)\b"
    r"|\bapplication (?:status|update)\b|\b(?:online|coding|technical) (?:assessment|test)\b"
    r"|\binvit\w* (?:you )?to (?:an? |the )?(?:interview|assessment)"
    r"|\b(?:ihre|deine|ihrer|deiner) bewerbung\b|\bbewerbung (?:als|für|auf|um)\b"
    r"|\bvorstellungsgespräch|\b(?:votre|ta) candidature\b|\bcandidature (?:au|pour|à)\b"
    r"|\bentretien\b|\b(?:tu|su) (?:candidatura|postulaci[oó]n|solicitud)\b|\bentrevista\b"
    r"|\b(?:candidatura|postulaci[oó]n) (?:a|para|al)\b|\bproceso de selecci[oó]n\b"
    r"|\b(?:je|jouw|uw) sollicitatie\b"
    r"|\bsollicitatie (?:als|voor|bij|naar)\b|\bsollicitatiegesprek|\bkennismakingsgesprek",
    re.IGNORECASE,
)
