"""When the candidate's answer to their request or next step was complete. Pure.

After "could you send your DNI, your vida laboral and your degree?" the ball is hers, and
her answer hands it back (docs/process.md, rule 9). An answer is not always one mail:

- a thank-you still owed for the round, written after a request that came before it was
  due (CodeSignal's test an hour after the interview, then her note to the interviewer),
  is the thank-you (rule 8), not the answer, unless she wrote it to the one who asked: it
  may carry what they asked for;
- her mails sent before her first follow-up would have been due belong to her answer (two
  documents now, the third by post "en cuanto lo tenga"; a Drive link, then the sharing
  fixed): the wait starts again from the last of them, and none of them is a follow-up
  she wrote herself. A mail of hers once a follow-up was due is one (``core.climbing``);
- a question back answers nothing ("could I have until Monday the 14th?", "should I use
  Python or Go?", or the work promised for later: "I'll get it back to you by Thursday";
  ``core.questions_back``): the move stays hers, no follow-up is planned from it, and her
  later mail that delivers is her answer (tester round u32ta). Nothing is ever sent to them
  for her ("she'll get back to you" is hers to keep), and when neither side writes again,
  two business days on the status (and so the digest) reminds her that they wait on her.

Their answer's day is what they promised beside the request, else the usual window
(``core.climbing.promise_after_answer``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.climbing import climb, noted_promise, promise_after_answer
from silence_watch.core.conversation import answered_after, candidate_wrote_after
from silence_watch.core.ladder import THANK_YOU_DELAY, THANK_YOU_WINDOW
from silence_watch.core.model import Direction
from silence_watch.core.words import day_words, plural

#: After her "I'll get back to you with my availability tomorrow" and silence on both
#: sides, how many business days pass before the status reminds her that they wait on her.
REMIND_AFTER_BUSINESS_DAYS: Final = 2

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.climbing import Verdict
    from silence_watch.core.ladder import PolicySettings
    from silence_watch.core.model import Interview, TimelineEntry
    from silence_watch.core.workdays import BusinessCalendar


def after_answer(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    request: TimelineEntry,
    now: datetime,
    settings: PolicySettings,
) -> Verdict | None:
    """The wait for them once she answered ``request``; None while her answer is to come.

    A day she wrote down from a call ("good to know you're aiming to get back to everyone
    by the 16th") is waited for from her note (``core.climbing.noted_promise``).
    """
    span = answer_span(interview, timeline, request, settings)
    if span is None:
        return None
    first, end = span
    noted = None if request.promised_by else noted_promise(timeline, request.at)
    if noted is not None:
        return climb(interview, timeline, *noted, now, settings)
    promised = promise_after_answer(timeline, interview.date, request, end, settings.calendar)
    return climb(interview, timeline, end, promised, now, settings, answer_from=first)


def answer_span(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    request: TimelineEntry,
    settings: PolicySettings,
) -> tuple[datetime, datetime] | None:
    """When her answer to ``request`` began and was complete; None while it is to come."""
    owed = thank_you_owed(interview, timeline, request)
    asked = asked_back(timeline, request.at)
    answers = [at for at in answered_after(timeline, request.at) if at != owed and at not in asked]
    if not answers:
        return None
    calendar = settings.calendar
    end = answers[0]
    for at in candidate_wrote_after(timeline, end):
        promised = promise_after_answer(timeline, interview.date, request, end, calendar)
        expected = promised or calendar.add_business_days(
            calendar.local_date(end), settings.wait_business_days
        )
        if at >= calendar.morning_of(calendar.next_business_day(expected)):
            break  # a follow-up was due: this one is hers (or the one drafted for her)
        end = at
    return answers[0], end


def asked_back(timeline: Sequence[TimelineEntry], since: datetime) -> list[datetime]:
    """When her mails since ``since`` only asked back (``core.questions_back``), oldest first."""
    return sorted(e.at for e in timeline
                  if e.direction is Direction.OUTBOUND and e.asked_back and e.at > since)


def still_asked(
    timeline: Sequence[TimelineEntry],
    request: TimelineEntry,
    now: datetime,
    calendar: BusinessCalendar,
) -> str:
    """Why nothing is planned while her question back to ``request`` stands, for the status.

    Their answer to her question is theirs as usual: it is then their latest word, and
    ``request`` is no longer the one asked about.
    """
    asked = [at for at in asked_back(timeline, request.at) if at <= now]
    if not asked:
        return ""
    today = calendar.local_date(now)
    day = day_words(calendar.local_date(asked[-1]), today=today)
    said = (f"; your mail on {day} (a question back, or your answer promised for later)"
            " answers nothing: no follow-up until you send what they asked for")  # fmt: skip
    # "Thanks, I'll get back to you with my availability tomorrow", and then nothing from
    # either side: nothing is ever written to them for her, so the digest reminds her
    late = calendar.business_days_between(calendar.local_date(asked[-1]), today)
    if late >= REMIND_AFTER_BUSINESS_DAYS:
        said += (f"; reminder: {plural(late, 'business day')} on, they are still waiting on"
                 " you")  # fmt: skip
    return said


def thank_you_owed(
    interview: Interview, timeline: Sequence[TimelineEntry], request: TimelineEntry
) -> datetime | None:
    """When she wrote the round's thank-you still owed at ``request``, if it answers nothing.

    The request came after the round began and before the thank-you was due; her first
    mail after the round, within the day a thank-you is offered, is that thank-you, unless
    it went to the one who asked.
    """
    if not interview.date <= request.at < interview.date + THANK_YOU_DELAY:
        return None
    mine = sorted(
        (e for e in timeline if e.direction is Direction.OUTBOUND and e.at >= interview.date),
        key=lambda e: e.at,
    )
    if not mine or mine[0].at <= request.at or mine[0].at > interview.date + THANK_YOU_WINDOW:
        return None
    asker = request.sender.lower()
    return None if asker in {r.lower() for r in mine[0].recipients} else mine[0].at
