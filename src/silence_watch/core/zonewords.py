"""How mail names a time zone. Pure.

"EST", "Eastern Time (US and Canada)", "GMT-05:00", "Europe/Berlin", "MEZ", "heure de
Paris": ``zone_after`` reads the zone written right after a time; ``mail_zone`` one a mail names
on a line of its own ("Time zone: America/New_York"). Abbreviations count only in capitals
("ET", never the French "et"); an offset followed by a zone name ("(GMT-05:00) Eastern
Time") is that zone, with its summer time. Never raises, never reads the clock.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo

from silence_watch.core.lazy_patterns import lazy_pattern

#: Zone words as people write them (case-insensitive), and the zone each means.
ZONE_NAMES: Final[dict[str, str]] = {
    "eastern": "America/New_York",
    "pacific": "America/Los_Angeles",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "eastern time": "America/New_York",
    "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York",
    "new york time": "America/New_York",
    "central time": "America/Chicago",
    "central standard time": "America/Chicago",
    "central daylight time": "America/Chicago",
    "mountain time": "America/Denver",
    "pacific time": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles",
    "central european time": "Europe/Berlin",
    "central european summer time": "Europe/Berlin",
    "central european standard time": "Europe/Berlin",
    "mitteleuropäische zeit": "Europe/Berlin",
    "deutscher zeit": "Europe/Berlin",
    "berlin time": "Europe/Berlin",
    "british summer time": "Europe/London",
    "greenwich mean time": "UTC",
    "uk time": "Europe/London",
    "london time": "Europe/London",
    "paris time": "Europe/Paris",
    "heure de paris": "Europe/Paris",
    "heure française": "Europe/Paris",
    "heure de france": "Europe/Paris",
    "hora de madrid": "Europe/Madrid",
    "hora peninsular": "Europe/Madrid",
    "amsterdam time": "Europe/Amsterdam",
    "nederlandse tijd": "Europe/Amsterdam",
}

#: Zone abbreviations; matched only in capitals ("ET", never the French "et").
ZONE_ABBREVIATIONS: Final[dict[str, str]] = {
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver", "MT": "America/Denver",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
    "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin", "EET": "Europe/Athens", "EEST": "Europe/Athens",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "JST": "Asia/Tokyo", "SGT": "Asia/Singapore",
}  # fmt: skip

_OFFSET = r"(?:GMT|UTC)\s*(?P<sign>[+\-\u2212])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?"
_IANA = r"(?P<iana>(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic)/[A-Za-z_]+)"
_ZONE_NEAR = lazy_pattern(
    r"\s*[(\[]?\s*(?:"
    + _OFFSET
    + "|"
    + _IANA
    + r"|(?P<abbr>(?-i:"
    + "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
    + r"))\b|(?P<name>"
    + "|".join(sorted(map(re.escape, ZONE_NAMES), key=len, reverse=True))
    + r"))",
    re.IGNORECASE,
)
_ZONE_LINE = lazy_pattern(
    r"(?:time\s?zone|zeitzone|fuseau horaire|zona horaria)\s*:?\s*(?P<rest>[^\n]{1,60})",
    re.IGNORECASE,
)


def mail_zone(text: str) -> tzinfo | None:
    """A zone the mail names on its own ("Time zone: America/New_York"), if any."""
    line = _ZONE_LINE.search(text)
    if line is None:
        return None
    zone, _ = zone_after(line.group("rest"), 0)
    return zone


def zone_after(text: str, at: int) -> tuple[tzinfo | None, int]:
    """The zone written at ``at`` (after a time), and where it ends; (None, at) if none."""
    found = _ZONE_NEAR.match(text, at)
    if found is None:
        return None, at
    groups = found.groupdict()
    end = found.end()
    if end < len(text) and text[end] in ")]":
        end += 1
    name = groups["iana"] or ZONE_ABBREVIATIONS.get(groups["abbr"] or "")
    if groups["name"]:
        name = ZONE_NAMES[" ".join(groups["name"].lower().split())]
    if name:
        return _zone(name), end
    # "(GMT-05:00) Eastern Time": a zone name after the offset says more (summer time).
    named, after = zone_after(text, end)
    if named is not None:
        return named, after
    offset = _offset(groups)
    return offset, end if offset is not None else at


def _offset(groups: dict[str, str | None]) -> tzinfo | None:
    """"GMT-5", "UTC+01:00" as a fixed offset; a hyphen or the minus sign some tools write."""
    sign = -1 if (groups["sign"] or "+") in "-\u2212" else 1
    hours, minutes = int(groups["oh"] or 0), int(groups["om"] or 0)
    if hours > 14:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):
        return None
