"""When a message was sent: its Date, unless its own Received chain says the clock was wrong.

A Date header is the sender's clock, and clocks go wrong in both directions:

- **ahead**: a clock a year off ("Fri, 12 Nov 2027" on mail received in 2026) would hide
  the reply until then; more than a day ahead of its arrival (a sender in the wrong zone is
  hours off, not days) it is taken for a wrong clock;
- **reset**: a dead battery leaves 1970 or 1980, which would file a fresh rejection before
  the interview it answers;
- **behind** (tester round u25mm): a Java mailer that formats its Date with the
  week-based year ("YYYY") stamps mail of Saturday 2 January 2027 "Sat, 02 Jan 2026", a
  year behind, and the no was dated before the interview it ends. A Date more than two
  weeks before the *oldest* Received stamp of the message's own chain is a wrong clock:
  no mail queue holds a message that long (Postfix and sendmail give up after five days),
  and a week's delay is still believed.

Only the message's own chain is compared, and with its oldest hop: mail imported from an
archive, or fetched from another account by POP (which adds one new Received on top of
the original chain), keeps the old stamps beside its old Date. A message redirected or
bounced on (``Resent-Date``) is old words sent again, and keeps its Date.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

#: How far a Date header may run ahead of the message's arrival (a sender in the wrong
#: zone) before it is taken for a wrong clock.
CLOCK_SLACK: Final = timedelta(days=1)

#: How far a Date header may lag behind the first hop that received the message (a queue
#: that kept retrying, a week at most) before it is taken for a wrong clock.
CLOCK_LAG: Final = timedelta(days=14)

#: A Date header before this is a clock that was reset (a dead battery leaves 1970 or 1980),
#: not a message that old: nobody's job search mail predates it.
CLOCK_RESET_BEFORE: Final = datetime(2000, 1, 1, tzinfo=UTC)


def sent_date(
    stated: datetime | None, received: Sequence[datetime], *, resent: bool = False
) -> datetime | None:
    """When the message was sent: ``stated`` (its Date), unless its clock was wrong.

    ``received`` are the stamps of its Received headers, newest (the top one) first; the
    newest says when it arrived, and replaces a missing or wrong Date. ``resent`` is true
    when the message carries a ``Resent-Date`` (redirected: its Date is rightly older).
    """
    arrived = received[0] if received else None
    if stated is None or arrived is None:
        return stated if stated is not None else arrived
    if stated > arrived + CLOCK_SLACK or stated < CLOCK_RESET_BEFORE <= arrived:
        return arrived
    if not resent and stated < min(received) - CLOCK_LAG:
        return arrived  # a clock behind every hop of its own chain (the week-based year)
    return stated
