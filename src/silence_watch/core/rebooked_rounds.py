"""A round called off, set again by the employer's own word of where it went. Pure.

"Se cancela la entrevista del martes ... Te escribo con nueva fecha" calls the round off
(``core.calloffs``): nothing is drafted for it until a new time is set. Days later the
same recruiter writes "he movido la entrevista al martes 24 de noviembre a las 16:00" (no
calendar file). Said as done, by their side, with its day and its hour, that sets the new
time as surely as an invitation would (tester round u40rs): the round is on again, there,
and its thank-you comes after it. Only when:

- the move is stated as done ("I've moved your interview to ...", "ich habe das Gespräch
  auf ... verschoben", "nous avons déplacé votre entretien au ...", "ik heb je verplaatst
  naar ..."; ``core.calloffs.states_a_move``), never a question or an offer ("could we do
  Tuesday 24 at 4pm?": her reply accepting it is proposed, docs/discovery.md);
- it names exactly one time of day still to come, on a day it names;
- the round called off is the process's latest, and no round is still ahead;
- it does not speak of a next round ("your second interview").

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.calloff_words import NEXT_ROUND
from silence_watch.core.calloffs import RoundChange, states_a_move
from silence_watch.core.language import fold
from silence_watch.core.meetingtimes import slots_in

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime, tzinfo

    from silence_watch.core.model import Interview


def rebooked(
    text: str, sent_at: datetime, rounds: Sequence[Interview], zone: tzinfo
) -> RoundChange | None:
    """The called-off round ``text`` (their own words) sets again, and its new time.

    ``rounds`` are all of the process's rounds, cancelled ones too; ``zone`` is the one
    the writer's times are read in.
    """
    if not rounds or any(not r.cancelled and r.date > sent_at for r in rounds):
        return None  # a round still ahead: ``core.calloffs.round_change`` reads it
    latest = max(rounds, key=lambda r: r.date)
    if not latest.cancelled or NEXT_ROUND.search(fold(text)) or not states_a_move(text):
        return None
    times = {
        slot.start for slot in slots_in(text, sent_at, zone)
        if not slot.all_day and slot.start > sent_at
    }  # fmt: skip
    return RoundChange(latest.id, times.pop()) if len(times) == 1 else None
