"""A hiring system's or job board's status change to a stage that decides nothing. Pure.

"Tu candidatura ha cambiado de estado. Estado actual: FINALISTA. ¡Enhorabuena!" (InfoJobs,
tester round u29es) says the candidate is still in; the reader, which knows such
templates mostly from their no ("Estado actual: Descartado"), leaned to a rejection, and
the process stopped to ask. A stage that decides nothing (received, under review, in
progress, shortlisted, finalist) is no news: the wait for the employer goes on, and a
day they promised stands. Job boards and hiring systems write it in every language:
"Application status: Under review" (Indeed, LinkedIn), "Application received -> Under
review" (SmartRecruiters), "Neuer Status: In Bearbeitung" (StepStone), "Statut : En
cours d'étude" (Welcome to the Jungle), "Nieuwe status: In behandeling".

``stage_named`` finds the stage a status line or an arrow names, and gives it only when
every stage named is one that decides nothing. A no ("Descartado", "Not selected", "Non
retenue", "Absage", "Afgewezen"), an offer or a hire, and an interview or a test to come
("Neuer Status: Interview - Fachgespräch": a next step) are never such a stage; nor is
a stage it left ("Finalista -> Descartado": the stage after the arrow is the one now).

Never reads a person's words as a notice (``core.system_notices`` asks it only of a
machine's mail). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

#: A status line's label, up to its colon: "Estado actual:", "Application status:", "Neuer
#: Status:", "Statut de votre candidature :", "Nieuwe status:"; also "... a été mis à jour :".
_LABELLED: Final = lazy_pattern(
    r"(?:^|[^\w])(?:status|statut|estado|stand|stage|etape|fase|phase)\b[^:\n]{0,80}?:\s*"
    r"(?P<stage>[^\n]{1,160})$"
)
#: "Application received -> Under review", "Finalista → Descartado": the stage after it.
_ARROW: Final = lazy_pattern(r"(?:->|\u2192|=>|\u00bb|>>)\s*(?P<stage>[^>\n]{1,160})$")
#: "moved to the Shortlisted stage", "ha pasado a la fase Finalista", "est passée à l'étape
#: En cours d'étude", "ist jetzt im Status In Bearbeitung", "staat nu op In behandeling".
_MOVED: Final = lazy_pattern(
    r"\b(?:moved|advanced|changed) to (?:the )?(?P<en>[\w' -]{2,40}?) (?:stage|step|status)\b"
    r"|\b(?:ha pasado|ha cambiado|pasa) (?:a|al) (?:la fase|el estado|la etapa)(?: de)?"
    r" (?P<es>[\w' -]{2,40}?)(?:[.!]|$)"
    r"|\b(?:est passee|est passe|a evolue|est maintenant) (?:a l'etape|au statut|en statut)"
    r" (?P<fr>[\w' -]{2,40}?)(?:[.!]|$)"
    r"|\b(?:ist jetzt|befindet sich jetzt|ist nun) im status (?P<de>[\w' -]{2,40}?)(?:[.!]|$)"
    r"|\bstaat nu op (?:de status )?(?P<nl>[\w' -]{2,40}?)(?:[.!]|$)"
    # JOIN moves an application into a phase, "verschoben", which is no postponement (u37at)
    r"|\b(?:wurde|ist) (?:jetzt |nun )?in (?:die phase|den status|die stufe)\W{0,3}"
    r"(?P<de2>[\w' -]{2,40}?)\W{0,3} (?:verschoben|gesetzt|uberfuhrt|gewechselt)\b"
)
#: The stages that decide nothing, whole (folded): received, under review, in progress,
#: shortlisted, finalist, in en, de, fr, es and nl. Interviews and tests are not among
#: them (a next step), nor any no, offer, hire, pause or withdrawal.
_UNDECIDED: Final = lazy_pattern(
    # en
    r"decision pending|pending decision|awaiting (?:a )?decision"
    r"|(?:(?:application|cv|resume) )?(?:received|submitted|applied|in review|under review"
    r"|being reviewed|reviewed|in progress|in process|processing|under consideration"
    r"|being considered|in consideration|shortlisted|short-listed|on the shortlist"
    r"|finalist|pre-?selected|screening|active)"
    # es
    r"|en proceso(?: de seleccion)?|en revision|en evaluacion|en estudio|en curso"
    r"|en valoracion|en seleccion|seleccion en curso|finalista|preseleccionad[oa]"
    r"|(?:cv|candidatura) (?:leid[oa]|vist[oa]|recibid[oa]|enviad[oa])|inscrit[oa]"
    r"|recibid[oa]|pendiente de (?:revision|valoracion|evaluacion)"
    # de
    r"|in bearbeitung|in prufung|in (?:der )?(?:engeren )?auswahl|(?:engere )?vorauswahl"
    r"|(?:bewerbung )?eingegangen|in sichtung|gesichtet|im auswahl(?:prozess|verfahren)"
    r"|in bewertung|finalist(?:in)?|entscheidung ausstehend|ausstehende entscheidung"
    # fr
    r"|en cours(?: d'(?:etude|examen|analyse|evaluation)| de (?:traitement|revue|selection"
    r"|qualification))?|a l'etude|en (?:revue|evaluation|analyse)|preselectionnee?"
    r"|finaliste|(?:candidature )?(?:recue|envoyee|transmise)"
    # nl
    r"|in behandeling|in beoordeling|in overweging|(?:sollicitatie )?ontvangen"
    r"|voorgeselecteerd|op de shortlist|shortlist"
)
#: A stage that decides something or asks something of her: a no, an offer, a hire, an
#: interview or a test to come, a pause, a withdrawal, a closed or archived application.
_DECIDED: Final = lazy_pattern(
    r"\b(?:descartad|rechazad|no seleccionad|not selected|unsuccessful|reject|declin"
    r"|no longer|not (?:moving|proceeding|progress)|closed|cerrad|clotur|non retenu|refus"
    r"|absage|abgelehnt|abgesagt|nicht (?:berucksichtigt|weiter)|afgewezen|niet (?:geselecteerd"
    r"|weerhouden)|offer|oferta|angebot|offre|aanbod|hired|contratad|eingestellt|embauch"
    r"|aangenomen|interview|entrevista|entretien|gesprek|gesprach|test|prueba|assessment"
    r"|on hold|en pausa|pausiert|en attente|withdrawn|retirad|zuruckgezogen|retire"
    r"|ingetrokken|archiv)"
)
#: Where a stage's name ends and a remark on it begins: "Descartado - la empresa ha ...".
_REMARK: Final = lazy_pattern(r"\s+[-\u2013\u2014\u00b7|(]\s|[.!;]\s")
#: What may wrap a stage's name: quotes, stars, brackets, a closing full stop.
_WRAPPING: Final = " \t*\"'\u00ab\u00bb\u201c\u201d()[].!"


def stage_named(text: str) -> str | None:
    """The stage a status change in ``text`` names, when it decides nothing (else None).

    A stage that decides nothing must be named, and none that decides or asks something:
    "Estado actual: Finalista" is one, "Estado actual: Descartado" is not, and neither is
    a text naming both. What follows a status label and is no stage ("Stand: 04.12.") is
    left aside.
    """
    named = []
    for line in text.splitlines():
        folded = fold(line)
        if not folded:
            continue
        for pattern in (_LABELLED, _ARROW):
            found = pattern.search(folded)
            if found is not None:
                named.append(found.group("stage").strip(_WRAPPING))
                break
        else:
            moved = _MOVED.search(folded)
            if moved is not None:
                value = next(group for group in moved.groups() if group is not None)
                named.append(value.strip(_WRAPPING))
    if any(_DECIDED.search(stage) for stage in named):
        return None
    undecided = [
        stage for stage in (_REMARK.split(each, 1)[0].strip(_WRAPPING) for each in named)
        if _UNDECIDED.fullmatch(stage)
    ]
    return undecided[-1] if undecided else None
