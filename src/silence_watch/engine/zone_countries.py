"""Which country a time zone is in, from the time-zone database's ``zone.tab`` (shell).

An interview's zone ("America/New_York") is where its people work: the send window keeps
their public holidays too (tester round t71ds: a follow-up approved in Berlin left at
09:30 New York time on Thanksgiving). Reads ``zone.tab`` from the system's zoneinfo
directories, else from the ``tzdata`` package; without either, no zone has a country.
"""

from __future__ import annotations

import functools
import zoneinfo
from pathlib import Path


@functools.cache
def _countries() -> dict[str, str]:
    """Every zone of ``zone.tab`` with its ISO 3166 country code."""
    text = ""
    for directory in zoneinfo.TZPATH:
        path = Path(directory) / "zone.tab"
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            break
    else:
        import importlib.resources  # noqa: PLC0415 - rare; its imports cost every start ~3 ms

        try:
            text = importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(
                encoding="utf-8"
            )
        except (ModuleNotFoundError, FileNotFoundError):
            return {}
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[2]: row[0] for row in rows if len(row) >= 3}


def zone_country(zone: str) -> str | None:
    """The country code of ``zone`` ("America/New_York" -> "US"), or None (UTC, unknown)."""
    return _countries().get(zone)
