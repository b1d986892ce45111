"""A pause's end said loosely (probe round p51): through, for a span, moved, looked at again."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import revisit_date

CET = timezone(timedelta(hours=1))
#: A Wednesday morning in Lyon.
SENT = datetime(2026, 12, 2, 9, 30, tzinfo=CET)

PAUSES = [
    ("Hiring is paused through the end of January.", "en", date(2027, 1, 31)),
    ("We are pausing the search for about two weeks.", "en", date(2026, 12, 16)),
    ("Wir pausieren den Prozess für ca. zwei Wochen.", "de", date(2026, 12, 16)),
    ("Die Besetzung wird auf das kommende Jahr verschoben.", "de", date(2027, 1, 10)),
    ("Le processus est reporté de trois semaines.", "fr", date(2026, 12, 23)),
    ("Nous suspendons le recrutement pour quelques semaines.", "fr", date(2026, 12, 23)),
    ("Dejamos el proceso en pausa durante un par de semanas.", "es", date(2026, 12, 16)),
    ("La contratación se aplaza al año que viene.", "es", date(2027, 1, 10)),
    ("De vacature wordt in het eerste kwartaal opnieuw bekeken.", "nl", date(2027, 1, 10)),
    ("We zetten de procedure voor een paar weken stil.", "nl", date(2026, 12, 23)),
]


@pytest.mark.parametrize(("text", "language", "day"), PAUSES, ids=[p[0] for p in PAUSES])
def test_a_pause_in_looser_words_ends_on_its_day(text: str, language: str, day: date) -> None:
    """A pause through a month's end, for a span, moved to next year or looked at again."""
    assert revisit_date(text, SENT, frozenset(), language) == day


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We're going through a restructure and the role is on hold for now.", "en"),
        ("We're going through a restructure in Q1, so the role is on hold.", "en"),
        ("Die Stelle ist auf unbestimmte Zeit für alle Bewerber pausiert.", "de"),
        ("Le poste est gelé ; nous vous recontacterons de nouveau, sans date pour l'instant.",
         "fr"),
        ("La vacante vuelve a estar en pausa de nuevo, sin fecha.", "es"),
    ],
)
def test_a_pause_without_a_day_has_none(text: str, language: str) -> None:
    """The new words of a pause give no day where none is said."""
    assert revisit_date(text, SENT, frozenset(), language) is None
