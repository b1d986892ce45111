"""An out-of-office's end said as a range of days, or as "vuelvo el lunes 16"."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.absences import return_date

#: Monday 9 November 2026, 08:00 UTC: the auto-reply's own date.
SENT = datetime(2026, 11, 9, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [("I am away from 9 to 13 November with limited access to email.", date(2026, 11, 13)),
     ("I'm out of the office from 9-13 November and will reply when I'm back.",
      date(2026, 11, 13)),
     ("Je suis absente du 9 au 13 novembre inclus.", date(2026, 11, 13)),
     ("Estoy de vacaciones del 9 al 13 de noviembre.", date(2026, 11, 13)),
     ("Ich bin vom 9. bis 13. November nicht im Büro.", date(2026, 11, 13)),
     ("Estoy fuera de la oficina. Vuelvo el lunes 16.", date(2026, 11, 16))],
)  # fmt: skip
def test_a_range_or_a_return_day_ends_the_absence(text: str, day: date) -> None:
    """Its last day away (a range) or its first day back ("vuelvo el lunes 16")."""
    assert return_date(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    ["Thanks for your email. I'm in interviews from 9 to 5 today, so replies may be slow.",
     "Vuelvo a escribirte cuando tenga noticias del comité.",
     "The role runs from 9 to 5 with flexible hours."],
)  # fmt: skip
def test_hours_and_other_returns_name_no_end(text: str) -> None:
    """A working day's hours, "vuelvo a escribirte": no absence ends there."""
    assert return_date(text, SENT) is None
