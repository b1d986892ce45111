"""An offer put on hold: a new decision, and no news for the other employers. Pure.

"Last night our board froze all new hires ... So I'm afraid I have to put your offer on
hold for now. It hasn't been withdrawn ... I expect to be able to come back to you by
Friday 15 January" (tester round u27bg). The offer no longer stands, nor has it ended: the
process waits for the day they named, as any pause does (then the ladder), and a status
update telling another employer of that offer ("I have an offer elsewhere") is not sent,
even when the candidate approved it before the pause came.

Only a sure reading of a pause from their side counts, after the offer it pauses; a new
offer after it stands again. A pause after the candidate accepted the offer does not free
the other employers (``core.accepted_elsewhere`` reads only a no or her withdrawal): a
start date moved by a freeze leaves the contract she signed standing.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.conversation import is_unsure, signals
from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.model import Intent

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.model import TimelineEntry


def pauses_offer(entry: TimelineEntry, unsure_below: float = UNSURE_BELOW) -> bool:
    """True for their sure word that puts things on hold (read after an offer: the offer's)."""
    return entry.intent is Intent.ON_HOLD and not is_unsure(entry, unsure_below)


def offer_pauses(
    timeline: Sequence[TimelineEntry], now: datetime, unsure_below: float = UNSURE_BELOW
) -> list[datetime]:
    """When their side put things on hold by ``now``: an offer made before it is not news."""
    return [e.at for e in signals(timeline) if e.at <= now and pauses_offer(e, unsure_below)]
