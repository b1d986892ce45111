"""What accepting one employer's offer means for the other processes. Pure.

Once the candidate has written "I'm delighted to accept your offer" (``core.acceptance``),
a follow-up to another employer ("I'm still very interested in joining Fernway", fifteen
days after she signed elsewhere) is mail that must not exist (tester round t48oe). Every
other employer's open process is over for her: nothing more is drafted or sent there,
and ``status`` says why. An offer that then ended (the employer withdrew it: "a hiring
freeze ... we have to withdraw the offer", or she turned it down after all) frees them
again. A misreading is undone with ``mark MESSAGE other`` on her message.

Pure: no IO, no clock (``now`` is passed in).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from silence_watch.core.elsewhere import offer_ends
from silence_watch.core.model import InterviewState
from silence_watch.core.words import day_words

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import datetime, tzinfo

    from silence_watch.core.model import TimelineEntry
    from silence_watch.core.policy import Assessment

#: Where a process still waits on the employer: what an acceptance elsewhere ends.
_OPEN: Final = frozenset(
    {InterviewState.WAITING, InterviewState.OVERDUE, InterviewState.FOLLOWED_UP,
     InterviewState.GHOSTED, InterviewState.REPLIED}
)  # fmt: skip


def acceptances(
    timelines: Mapping[int, Sequence[TimelineEntry]],
    employers: Mapping[int, str],
    now: datetime,
    unsure_below: float,
) -> dict[int, tuple[int, TimelineEntry]]:
    """For each process, an acceptance (process, message) of another employer's offer."""
    standing: dict[int, TimelineEntry] = {}
    for key, timeline in timelines.items():
        said = next((e for e in timeline if e.accepted and e.at <= now), None)
        if said is None:
            continue
        if not any(t > said.at for t in offer_ends(timeline, now, unsure_below)):
            standing[key] = said
    found = {}
    for key in timelines:
        mine = employers.get(key)
        others = [(e.at, other, e) for other, e in standing.items()
                  if other != key and (mine is None or employers.get(other) != mine)]  # fmt: skip
        if others:
            _, other, entry = min(others, key=lambda o: o[0])
            found[key] = (other, entry)
    return found


def after_acceptance(
    verdict: Assessment,
    accepted: TimelineEntry | None,
    company: str,
    now: datetime,
    zone: tzinfo,
) -> Assessment:
    """``verdict``, or closed when the candidate accepted ``company``'s offer meanwhile.

    The day is the candidate's (``zone``): a yes sent at 7 PM in Chicago is that day's.
    """
    if accepted is None or verdict.state not in _OPEN:
        return verdict
    day = day_words(accepted.at.astimezone(zone).date(), today=now.astimezone(zone).date())
    return replace(
        verdict, state=InterviewState.CLOSED, next_action=None, next_action_at=None, slot=None,
        reason=f"you accepted the offer from {company} on {day}; nothing more is sent here"
        f" (not so? silence-watch mark '{accepted.message_id}' other)",
    )
