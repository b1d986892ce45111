"""A round whose form changes, not its time, stands: no call-off, no move (known gaps)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.calloffs import RoundChange, round_change
from silence_watch.core.model import Contact, Interview

BERLIN = ZoneInfo("Europe/Berlin")
#: Thursday 3 December 2026, 10:00 in Berlin, on site; the mail comes the Monday before.
ROUND = Interview(id=7, company="Kestrel Maps", role="GIS Analyst",
                  date=datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN),
                  contacts=(Contact("Ines Vogt", "ines.vogt@kestrel.example"),),
                  domains=("kestrel.example",))  # fmt: skip
SENT = datetime(2026, 11, 30, 8, 15, tzinfo=UTC)

#: The same day and hour, another form: the round stands, in five languages.
FORM_ONLY = [
    "Quick change: we'd like to switch the interview to a Google Meet call. Same time.",
    "Would it be OK to move your interview online? The panel is split across two offices.",
    "Wir müssen das Gespräch leider auf ein Videogespräch verlegen, die Uhrzeit bleibt.",
    "Das Gespräch findet nun per Zoom statt; den Link schicke ich Ihnen morgen.",
    "Nous devons passer l'entretien en visio, même heure.",
    "L'entretien se fera finalement à distance.",
    "Al final tenemos que cambiar la entrevista a videollamada; misma hora.",
    "Nos gustaría cambiar la entrevista a formato online.",
    "We willen het gesprek omzetten naar een videogesprek.",
    "We moeten het gesprek helaas verplaatsen naar Teams.",
    # a new place at the same time, on a street named like a day (not a Friday)
    "The interview will be moved to our new office on Friday Street.",
    "Your interview moves to the Monday Road building - same room number, 4.12.",
]
#: Near misses: a new time beside the form, a cancellation, a move of the online meeting.
MOVED_OR_OFF = [
    ("We'd like to move your interview online and to Friday, December 4 at 2:00 PM.",
     datetime(2026, 12, 4, 14, 0, tzinfo=BERLIN)),
    ("Wir müssen das Gespräch am Freitag um 14 Uhr per Teams verlegen.",
     datetime(2026, 12, 4, 14, 0, tzinfo=BERLIN)),
    ("We need to reschedule your online interview. I'll send new times.", None),
    ("We need to cancel the on-site interview and will do a video call instead.", None),
    ("Tenemos que reprogramar la entrevista por videollamada; te propongo nuevas fechas.", None),
    ("We need to reschedule the interview as the online tool failed.", None),
    ("We have to move the interview to our Friday Street office and to Friday at 2pm.",
     datetime(2026, 12, 4, 14, 0, tzinfo=BERLIN)),
]  # fmt: skip


@pytest.mark.parametrize("text", FORM_ONLY)
def test_a_new_form_at_the_same_time_keeps_the_round(text: str) -> None:
    """Video instead of on site, the same hour: no call-off, no move."""
    assert round_change(text, SENT, [ROUND], BERLIN) is None


@pytest.mark.parametrize(("text", "start"), MOVED_OR_OFF)
def test_a_new_time_or_a_cancellation_beside_the_form_still_changes_it(
    text: str, start: datetime | None
) -> None:
    """A day and hour named, a cancel word, the online meeting moved: read as before."""
    assert round_change(text, SENT, [ROUND], BERLIN) == RoundChange(ROUND.id, start)
