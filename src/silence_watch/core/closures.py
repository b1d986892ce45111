"""When a process is over or paused for the candidate: by hand, or in their own mail.

Declining the employer's offer ("I've decided not to accept it") is a withdrawal too. A
candidate who asks the employer to wait ("could you put my application on hold until the
new year? I'll be in touch in the first week of January") is not nudged while that runs
(tester round t47cs): their own words read as a pause with its day hold every nudge to the
next business morning after it, as a snooze does; so does an absence she announced in her
own mail ("estaré fuera del 21 de diciembre al 6 de enero", ``core.own_absence``).

Pure: no IO, no clock (``now`` is passed in, for the day words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.climbing import Verdict
from silence_watch.core.conversation import outcome_of, signals
from silence_watch.core.model import Action, Direction, Intent, InterviewState, MessageKind
from silence_watch.core.own_absence import announced_absence
from silence_watch.core.words import day_words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from silence_watch.core.ladder import PolicySettings
    from silence_watch.core.model import Interview, TimelineEntry
    from silence_watch.core.workdays import BusinessCalendar


def closed_verdict(
    interview: Interview, timeline: Sequence[TimelineEntry], now: datetime,
    calendar: BusinessCalendar,
) -> Verdict | None:
    """Closed by hand (until they write again), or by the candidate's own withdrawal.

    An acceptance of this employer's offer in their own mail settles it as an offer.
    """
    if interview.closed and not _wrote_after(timeline, interview.closed_at):
        return Verdict(InterviewState.CLOSED, "closed by you")
    withdrew = next((e for e in reversed(timeline) if e.withdrew), None)
    if withdrew is None:
        return _accepted(timeline, now, calendar) or _told_no(timeline, now, calendar)
    # Their answer does not reopen it: a nudge after "I have accepted another offer" is
    # mail that must not exist. A misreading is undone with `mark`.
    day = day_words(calendar.local_date(withdrew.at), today=now.date())
    offered = any(outcome_of(e) is Intent.OFFER and e.at < withdrew.at for e in signals(timeline))
    return Verdict(
        InterviewState.CLOSED,
        f"you {'declined their offer' if offered else 'withdrew'} on {day}; nothing more is"
        f" sent (not so? silence-watch mark"
        f" '{withdrew.message_id}' other)",
    )


def _accepted(
    timeline: Sequence[TimelineEntry], now: datetime, calendar: BusinessCalendar
) -> Verdict | None:
    """Their offer, accepted in the candidate's own mail, and no no from them since.

    An offer made by phone leaves no offer mail: "te confirmo por escrito que acepto la
    oferta" is the only word of it, and a follow-up asking that employer for news after it
    is mail that must not exist (tester round t76cm).
    """
    said = next((e for e in reversed(timeline) if e.accepted), None)
    if said is None or any(outcome_of(e) is Intent.REJECTION and e.at > said.at
                           for e in signals(timeline)):  # fmt: skip
        return None
    day = day_words(calendar.local_date(said.at), today=now.date())
    why = f"you accepted their offer on {day}; nothing more is sent here"
    return Verdict(InterviewState.OFFER, f"{why} (not so? silence-watch mark '{said.message_id}'"
                   " other)")  # fmt: skip


def _told_no(
    timeline: Sequence[TimelineEntry], now: datetime, calendar: BusinessCalendar
) -> Verdict | None:
    """Their no, given by phone and known from the candidate's own note (tester round u08ph).

    Her note to them ("I understand the decision to go with someone ...") is her last
    word: nothing more is sent, until a word of theirs since says otherwise.
    """
    said = next((e for e in reversed(timeline) if e.told_no), None)
    if said is None or any(e.at > said.at for e in signals(timeline)):
        return None
    day = day_words(calendar.local_date(said.at), today=now.date())
    return Verdict(InterviewState.REJECTED, f"you wrote on {day} that they said no; nothing"
                   f" more is sent (not so? silence-watch mark '{said.message_id}' other)")


def _wrote_after(timeline: Sequence[TimelineEntry], moment: datetime | None) -> bool:
    """True when someone on their side wrote after ``moment`` (it reopens a closed one)."""
    if moment is None:
        return False
    return any(e.at > moment for e in signals(timeline))


#: The steps that ask the employer for news: what a pause the candidate asked for holds,
#: and an absence she announced.
_NUDGES = frozenset({Action.FOLLOW_UP, Action.CLOSING_NOTE, Action.AGENCY_CHECK_IN})


def pause_end(reply: TimelineEntry) -> date | None:
    """The day their pause holds the ladder to: its end, or the news promised in it if later.

    "Wir haben das Verfahren lediglich bis Januar zurückgestellt ... Ich melde mich
    spätestens am 15. Januar" (tester round u55sw): January alone reads as its 10th, and a
    follow-up then would come five days before the day she was promised news. Never early
    (t21ho): the later of the two days.
    """
    days = [day for day in (reply.revisit_by, reply.promised_by) if day is not None]
    return max(days, default=None)


def paused_until(
    timeline: Sequence[TimelineEntry], action: Action | None, settings: PolicySettings,
    snoozed: datetime | None,
) -> tuple[datetime | None, str]:
    """The latest of ``snoozed``, the pause she asked for and her absence; how to say it."""
    if action not in _NUDGES:
        return snoozed, "; snoozed"
    asked = next((e for e in reversed(timeline) if e.direction is Direction.OUTBOUND
                  and e.kind is MessageKind.HUMAN and e.intent is Intent.ON_HOLD
                  and e.revisit_by is not None
                  and e.confidence >= settings.unsure_below), None)  # fmt: skip
    calendar = settings.calendar
    holds = [(snoozed, "; snoozed")] if snoozed is not None else []
    if asked is not None and asked.revisit_by is not None:
        holds.append((calendar.morning_of(calendar.next_business_day(asked.revisit_by)),
                      f"; you asked them to wait until {day_words(asked.revisit_by)}"))
    if (away := announced_absence(timeline)) is not None:  # "estaré fuera hasta ..." (u36ow)
        holds.append((calendar.morning_of(calendar.next_business_day(away)),
                      f"; you told them you are away until {day_words(away)}"))
    if not holds:
        return None, "; snoozed"
    return max(holds, key=lambda hold: hold[0])  # a snooze wins a tie, as before
