"""A requested move that names only a day: the round goes there, at its own hour."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.calloffs import RoundChange, round_change
from silence_watch.core.model import Interview

MADRID = ZoneInfo("Europe/Madrid")
#: A Wednesday-morning panel; the mail comes on the Monday before.
PANEL = Interview(
    id=7, company="Acme Ibérica", role="Backend Engineer",
    date=datetime(2026, 11, 25, 10, tzinfo=MADRID), process_id=1, round=1,
)  # fmt: skip
SENT = datetime(2026, 11, 23, 11, tzinfo=MADRID)
FRIDAY_AT_TEN = datetime(2026, 11, 27, 10, tzinfo=MADRID)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, but we need to move the interview to Friday. I'll confirm the time tomorrow.",
        "hi! we have to push your interview from Wednesday to Friday, sorry about that",
        "Lo siento mucho, pero tenemos que cambiar la entrevista al viernes. Te confirmo la hora.",
        "Perdona, tenemos que pasar la entrevista al viernes 27, luego te digo la hora.",
        ("Sehr geehrter Herr Lee, leider müssen wir das Gespräch auf Freitag verschieben. Die"
         " Uhrzeit bestätige ich Ihnen morgen."),
        "Désolée, nous devons décaler l'entretien à vendredi. Je vous confirme l'heure demain.",
        "Sorry Jordan, we moeten het gesprek naar vrijdag verzetten. De tijd volgt nog.",
    ],
)
def test_a_move_to_a_day_alone_takes_the_round_there_at_its_hour(text: str) -> None:
    """No thank-you for Wednesday: the panel is on Friday, at ten until told otherwise."""
    assert round_change(text, SENT, (PANEL,), MADRID) == RoundChange(7, FRIDAY_AT_TEN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another meeting's day, called off: the round stands
        ("Sorry, we need to cancel Monday's call with the team lead.", None),
        # the round's own day is where it goes: called off, its new hour unknown
        ("We need to move the interview to Wednesday, I'll send a new time.", RoundChange(7, None)),
        # no day named: off until a new time is set
        ("We need to postpone the interview until after the holidays.", RoundChange(7, None)),
        ("Leider müssen wir das Gespräch verschieben, ein neuer Termin folgt.",
         RoundChange(7, None)),
        # an option, not a change
        ("If you need to move the interview to Friday, just let me know.", None),
        # a day with its hour: the new time itself
        ("We need to move the interview to Friday at 3pm.",
         RoundChange(7, datetime(2026, 11, 27, 15, tzinfo=MADRID))),
    ],
)  # fmt: skip
def test_near_misses_of_a_move_to_a_day(text: str, expected: RoundChange | None) -> None:
    """What a day names decides: another meeting's, the round's own, an option, an hour."""
    assert round_change(text, SENT, (PANEL,), MADRID) == expected
