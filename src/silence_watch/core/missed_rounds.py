"""A round that never took place, and the apology that offers it a new time. Pure.

"I am so sorry about this afternoon. Marcus got pulled into a production incident ...
Could we do Thursday, December 10 at 2:00 PM ET instead?", written an hour after the
interview should have begun: the interview did not happen, and the one new time it
offers is where it goes. Only with an apology and a word of "instead" ("could we do",
"how about"), and exactly one later time: a recruiter proposing the next meeting after an
interview that did happen ("How about Thursday at 2 for the panel?") apologises for
nothing. ``core.calloffs`` asks this only of a round that began within the hours before
its thank-you is due, with no round still ahead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.meetingtimes import slots_in

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

#: An apology, in five languages (folded).
_SORRY: Final = lazy_pattern(
    r"\b(?:sorry|apologi[sz]e|apologies|entschuldig\w*|tut mir leid|desolee?s?|excuse[sz]?"
    r"|disculpa\w*|lo siento|perdon|sorry|excuses|verontschuldig\w*)\b"
)
#: A new time offered in place of the old one (folded).
_INSTEAD: Final = lazy_pattern(
    r"\binstead\b|\b(?:could|can) we (?:do|meet|try|move|push|shift|reschedule)\b|\bhow about\b"
    r"|\bstattdessen\b|\bwaere .{0,40}\bmoglich\b|\bplutot\b|\ba la place\b|\ben su lugar\b"
    r"|\ben vez de\b|\bin plaats daarvan\b|\bschikt .{0,30}\b(?:ook|dan)\b"
)


def offered_instead(text: str, sent_at: datetime, old: datetime, zone: tzinfo) -> datetime | None:
    """The one new time an apology offers for a round at ``old`` that did not take place."""
    folded = fold(" ".join(text.split()))
    if _SORRY.search(folded) is None or _INSTEAD.search(folded) is None:
        return None
    later = {
        slot.start for slot in slots_in(text, sent_at, zone)
        if not slot.all_day and slot.start > sent_at and slot.start != old
    }  # fmt: skip
    return later.pop() if len(later) == 1 else None
