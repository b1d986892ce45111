"""When a step waits for someone back from leave: only for the person it goes to. Pure.

An out-of-office with a return date moves the next step to the first business day after
it (process.md, rule 15), because the step would reach nobody before. That holds for the
person the step is addressed to, not for anyone else in the process: a recruiter who handed
the process to a colleague ("Joost de Wit (in de cc) neemt jouw sollicitatie van me over")
and is then on leave until March does not hold the colleague's follow-up for three months
(tester round u31cc); an interviewer's two weeks away do not hold the recruiter's follow-up,
nor an employer's absence the agency's check-in. One exception: the person her last mail
was addressed to, away when it came, has not yet left it unanswered, so the step after it
waits for his return whoever it goes to (the agency's check-in reached nobody; the
employer's follow-up does not go round the agency meanwhile: t8ag), unless he handed the
process on or left: Lena's goodbye to Sabine ("alles Gute für die Elternzeit", Matthias
copied) after Sabine's hand-over leaves Matthias's follow-up on its day (u44pp). An
out-of-office that names no sender, or a step nobody can be sent, keeps the old reading:
it waits.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.conversation import recipient_for
from silence_watch.core.ladder import THANK_YOU_WINDOW
from silence_watch.core.lifecycle import bounced_addresses
from silence_watch.core.model import Direction, MessageKind

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from silence_watch.core.model import Action, Interview, TimelineEntry
    from silence_watch.core.workdays import BusinessCalendar


def back_from_leave(
    action: Action,
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    anchor: datetime,
    calendar: BusinessCalendar,
) -> date | None:
    """The first business day after the return of the person ``action`` goes to, if away.

    Only out-of-office replies since ``anchor`` count, and one whose date had already
    passed when it arrived says nothing.
    """
    away = [
        e for e in timeline
        if e.kind is MessageKind.AUTO_REPLY and e.return_date is not None and e.at >= anchor
        and e.return_date >= calendar.local_date(e.at)
    ]  # fmt: skip
    if not away:
        return None
    bounced = bounced_addresses([timeline], ())  # a leaver's, a bounced one: never the recipient
    recipient = recipient_for(action, interview, timeline, bounced=bounced)
    to = recipient.email.lower() if recipient is not None else ""
    # one who handed the process on (or left) holds nothing, even when her last mail went to
    # her: Lena's "alles Gute für die Elternzeit" to Sabine, Matthias copied (u44pp)
    dates = [
        e.return_date for e in away
        if e.return_date is not None and (not to or not e.sender or e.sender.lower() in {
            to, _asked_last(interview, timeline, e.at)} - bounced)
    ]  # fmt: skip
    return calendar.next_business_day(max(dates)) if dates else None


def _asked_last(interview: Interview, timeline: Sequence[TimelineEntry], before: datetime) -> str:
    """The first addressee of her last mail before ``before``, if it asked ("": none).

    Away when her check-in reached him, he has not yet left it unanswered: the step after
    it (the employer's follow-up after the agency's check-in, t8ag) waits for his return.
    Someone only copied on her mail (a recruiter who handed the process over) holds nothing,
    nor the interviewer her thank-you went to: a thank-you asks for no answer.
    """
    mine = [
        e for e in timeline
        if e.direction is Direction.OUTBOUND and e.at <= before and e.recipients
    ]  # fmt: skip
    last = max(mine, key=lambda e: e.at) if mine else None
    if last is None or last.at <= interview.date + THANK_YOU_WINDOW:
        return ""
    return last.recipients[0].lower()
