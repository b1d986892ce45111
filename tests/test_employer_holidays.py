"""The send window keeps the employer's public holidays too, found by the interview's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import pytest

from silence_watch.config import load_settings
from silence_watch.core.model import Interview
from silence_watch.engine.knobs import send_window
from silence_watch.engine.zone_countries import zone_country

if TYPE_CHECKING:
    from pathlib import Path

THANKSGIVING = date(2026, 11, 26)
BUSS_UND_BETTAG = date(2026, 11, 18)  # Saxony only: no holiday for the package's DE


@pytest.mark.parametrize(
    ("zone", "country"),
    [("America/New_York", "US"), ("America/Los_Angeles", "US"), ("Europe/Berlin", "DE"),
     ("Europe/Madrid", "ES"), ("Europe/Amsterdam", "NL"), ("UTC", None), ("Nowhere/Else", None)],
)  # fmt: skip
def test_a_zone_is_in_its_country(zone: str, country: str | None) -> None:
    """Read from the time-zone database's own table, not a list of ours."""
    assert zone_country(zone) == country


def test_a_follow_up_to_new_york_never_leaves_on_thanksgiving(tmp_path: Path) -> None:
    """A Berlin candidate: her holidays and, for a New York interview, the American ones."""
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Tobias Brandt, email: tobias@example.org, timezone: Europe/Berlin,"
        " country: DE}\n"
        f"mailbox: {{kind: maildir, path: {tmp_path / 'Maildir'}}}\n"
        f"state_dir: {tmp_path / 'state'}\ninterviews: []\n",
        encoding="utf-8",
    )
    settings = load_settings(config)
    new_york = Interview(id=1, company="Ostrander & Vail", role="Consultant",
                         date=datetime(2026, 11, 16, 15, 30, tzinfo=UTC),
                         timezone="America/New_York")  # fmt: skip
    berlin = Interview(id=2, company="Havel", role="Analyst",
                       date=datetime(2026, 11, 16, 9, 0, tzinfo=UTC), timezone="Europe/Berlin")
    assert THANKSGIVING in send_window(settings, new_york).holidays
    assert date(2026, 12, 25) in send_window(settings, new_york).holidays  # her own, still
    assert THANKSGIVING not in send_window(settings).holidays
    assert THANKSGIVING not in send_window(settings, berlin).holidays
    assert BUSS_UND_BETTAG not in send_window(settings, berlin).holidays
