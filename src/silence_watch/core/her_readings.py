"""The candidate's own mail as the reader read it, kept only where it is hers. Pure.

Her own mail goes through the reader made for theirs. Of what it finds, her mail keeps
the day they said on a call, from her note (u08ph), and her own absence ("estaré fuera
del 21 de diciembre al 6 de enero", u36ow): never a promise of theirs. A pause she asks
for keeps its day as a pause: "lassen Sie meine Bewerbung bitte bis zum 11. Januar
ruhen" (t74ho), read unsure as a pause or a promise to come back on that day
(``core.reading_corrections.pause_or_promise``), is for her the pause she asked for, so
nothing nudges them before it (``core.closures.paused_until``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from silence_watch.core.model import Intent
from silence_watch.core.reading_corrections import PAUSE_OR_PROMISE

if TYPE_CHECKING:
    from datetime import date

    from silence_watch.core.classify import Classification


def as_her_own(reading: Classification, said: date | None, away: date | None) -> Classification:
    """``reading`` of her own mail: ``said`` the day they said, ``away`` her absence's end."""
    if PAUSE_OR_PROMISE in reading.reasons and reading.promised_by is not None:
        reading = replace(reading, intent=Intent.ON_HOLD, revisit_by=reading.promised_by)
    return replace(reading, promised_by=said, return_date=away)
