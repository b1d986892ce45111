"""A hiring system's status table: its label cell and its value cell read as one line. Pure.

"Stage  Rejected", "Status  Abgesagt", "Etapa  Descartado": an applicant-tracking system
sends its update as an HTML table, and the text of the table (``core.mime_text``) keeps
the two cells apart with spaces or a tab, never a colon. The phrase rules read folded text,
where the gap is one space, and knew the status only as "Status: Rejected"; the letter
read as an acknowledgement (0.83, probe-noes10), and the follow-up would have gone to a
closed process. ``colon_cells`` writes such a line with the colon it means, and
``status_says_no`` finds a status line whose whole value is a no: the reader, which reads
the cells with no colon, must not outweigh it (``core.no_in_words``).

Only a line that starts with a status label (stage, status, statut, estado, etapa, fase,
Stufe, étape, stap) and holds nothing but the label, a few words of it ("Application
status") and a gap of a tab or two spaces before the value. A sentence never has that gap.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: A label cell and the gap after it, at a line's start: "Stage\t", "Bewerbungsstatus   ".
_LABEL: Final = (
    r"[ \t]*(?:[\w'-]+ ){0,2}?(?:\w*status|statut|stage|estado|estatus|etapa|fase|phase|stufe"
    r"|[eé]tape|stap)\b"
)
_LABEL_CELL: Final = lazy_pattern(
    rf"^(?P<label>{_LABEL})(?:\t+[ \t]*| {{2,}})(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)


def colon_cells(text: str) -> str:
    """``text`` with each status table line written "label: value"."""
    if "\t" not in text and "  " not in text:
        return text  # most mail holds no table
    return _LABEL_CELL.sub(r"\g<label>: ", text)


#: A status line whose whole value is a no: "Stage  Rejected", "Status: **Abgesagt**",
#: "Statut : Candidature non retenue", "Etapa: Descartado", "Status  Afgewezen".
_STATUS_NO: Final = lazy_pattern(
    rf"^{_LABEL}[ \t]*(?::|\t| {{2,}})[ \t]*[*_]{{0,2}}[ \t]*(?:(?:application|candidature"
    r"|bewerbung|candidatura|sollicitatie) )?(?:rejected|not selected|unsuccessful|declined"
    r"|not hired|not progressing|abgesagt|abgelehnt|absage|nicht berücksichtigt|non retenue?"
    r"|refusée?|rejetée?|descartad[oa]|rechazad[oa]|no seleccionad[oa]|afgewezen"
    r"|niet geselecteerd|niet weerhouden)[ \t*_.!]*$",
    re.IGNORECASE | re.MULTILINE,
)


def status_says_no(text: str) -> bool:
    """Whether a status line of ``text`` names a no as the whole of its value."""
    return _STATUS_NO.search(text) is not None
