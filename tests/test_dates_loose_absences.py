"""An out-of-office's first day back said loosely (probe round p51)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.absences import Phrasing, absence

CET = timezone(timedelta(hours=1))
#: A Wednesday morning in Lyon.
SENT = datetime(2026, 12, 2, 9, 30, tzinfo=CET)

ABSENCES = [
    ("Actuellement en déplacement, je reprendrai mes mails mercredi.", date(2026, 12, 9)),
    ("Gracias por tu mensaje. Me reincorporo el lunes 14 de diciembre.", date(2026, 12, 14)),
    ("Ik ben vandaag vrij, morgen lees ik je mail.", date(2026, 12, 3)),
    ("I'm travelling this week. Monday I'm back at my desk.", date(2026, 12, 7)),
    ("Ich bin auf Dienstreise, Montag bin ich wieder da.", date(2026, 12, 7)),
    ("Ich bin erst am 4. Januar wieder im Büro.", date(2027, 1, 4)),
]


@pytest.mark.parametrize(
    "text", ["Estoy fuera hasta el día 9 incluido.", "Je suis absente jusqu'au 9 inclus."],
)
def test_a_last_day_away_said_to_be_included(text: str) -> None:
    """"Hasta el día 9 incluido", "jusqu'au 9 inclus": the 9th, the last day away."""
    found = absence(text, SENT)
    assert found is not None
    assert (found.stated, found.phrasing) == (date(2026, 12, 9), Phrasing.UNTIL)


@pytest.mark.parametrize(("text", "stated"), ABSENCES, ids=[a[0] for a in ABSENCES])
def test_a_first_day_back_said_loosely(text: str, stated: date) -> None:
    """"Je reprendrai mes mails mercredi", "morgen lees ik je mail": the first day back."""
    found = absence(text, SENT)
    assert found is not None
    assert (found.stated, found.phrasing) == (stated, Phrasing.BACK_ON)


def test_a_day_she_is_not_read_is_no_return() -> None:
    """"Maandag lees ik geen mail" says when mail is not read, not when she is back."""
    assert absence("Maandag lees ik geen mail.", SENT) is None
