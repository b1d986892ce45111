"""Words of mail about the candidate's own application, in five languages. Pure.

A hiring system or job board writing to the candidate about their application ("Tu
solicitud para Consultor SAP", "Novedades sobre tu postulación") often carries a
List-Unsubscribe header like a newsletter; these words tell the two apart
(``core.kinds``). A job board speaks of it as the job she applied to as often: "There's an
update on a job you applied to" (ZipRecruiter's "the position has been filled", read as
bulk and never tied to her process, tester round u46nw), "die Stelle, auf die Sie sich
beworben haben", "le poste auquel vous avez postulé", "la oferta a la que te inscribiste",
"de vacature waarop je hebt gesolliciteerd". A job alert's "jobs similar to the one you
applied to" is not about her application: a likeness word before it in its sentence says
so (``about_her_application``).
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

#: The job she applied to, named by her applying: one job, never "jobs you applied to".
APPLIED_TO: Final = lazy_pattern(
    r"\b(?:a|the|this|that) (?:job|position|role|vacancy|opening|post|posting) (?:(?:that|which)"
    r" )?you(?:'ve| have)? (?:recently |just )?applied (?:to|for)\b"
    r"|\b(?:auf|für|um) (?:die|den|das|welche|welchen) (?:sie sich|du dich) (?:\w+ ){0,2}"
    r"beworben\b"
    r"|\b(?:auquel|à laquelle|pour lequel|pour laquelle|sur lequel|sur laquelle) (?:vous avez"
    r"|tu as) (?:\w+ )?(?:postul[ée]|candidat[ée])"
    r"|\b(?:a la que|al que|para la que|para el que|en la que|en el que|a la cual|al cual)"
    r" (?:te |se )?(?:has |ha )?(?:\w+ )?(?:postulaste|postulado|postul[óo]|inscribiste"
    r"|inscrito|inscribi[óo]|aplicaste|aplicado|aplic[óo])\b"
    r"|\bwaar(?:op|voor) (?:je|jij|u) (?:\w+ ){0,2}(?:gesolliciteerd|gereageerd|solliciteerde"
    r"|reageerde)\b",
    re.IGNORECASE,
)

#: A likeness before it: a job alert's "similar to the job you applied to", "Jobs wie".
_LIKENESS: Final = lazy_pattern(
    r"\b(?:similar|based on|related to|ähnlich|vergleichbar|similaire|semblable|parecid"
    r"|vergelijkba|soortgelijk)\w*"
    r"|\b(?:jobs?|roles?|positions?|openings?|stellen|offres|postes|ofertas|empleos|vacantes"
    r"|vacatures|banen) (?:like|wie|comme|como|zoals)\b",
    re.IGNORECASE,
)


def about_her_application(text: str) -> bool:
    """Whether ``text`` (a subject, a mail's opening) speaks of her own application."""
    if APPLICATION_MAIL.search(text):
        return True
    for found in APPLIED_TO.finditer(text):
        sentence = re.split(r"[.!?\n]", text[: found.start()])[-1]
        if not _LIKENESS.search(sentence):
            return True
    return False
