"""How long something is put aside: "4d", "2w", "3 days", "for 2 weeks".

The one grammar for a snooze length, read the same way in a digest reply
(``snooze 3 4d``) and on the command line (``--for 4d``). A whole number of days or
weeks, the unit written short or long, optionally after "for"; case does not matter.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: Days in each unit, by every way the unit may be written.
UNITS: Final = {"d": 1, "day": 1, "days": 1, "w": 7, "week": 7, "weeks": 7}

#: A count of at most four digits: enough for any snooze, and never past datetime's range.
_DURATION = lazy_pattern(
    rf"^(?:for\s+)?(\d{{1,4}})\s*({'|'.join(sorted(UNITS, key=len, reverse=True))})$",
    re.IGNORECASE,
)

#: What to tell someone who wrote a duration this module cannot read.
EXAMPLE = "4d, 2w, 3 days or 2 weeks"


def parse_duration(text: str) -> timedelta | None:
    """The length ``text`` names, or None when it is not a duration."""
    found = _DURATION.match(" ".join(text.split()))
    if found is None:
        return None
    return timedelta(days=int(found[1]) * UNITS[found[2].lower()])
