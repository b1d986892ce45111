"""Climbing the follow-up ladder while nobody answers: the window, the rungs, ghosted. Pure.

From the moment the ball went to the employer (the anchor): wait for the promised date or
the usual window in business days, then one rung after another (``core.ladder``), each
counted from the one before; an out-of-office moves a rung after its return date, when it
is from the person the rung goes to (``core.leave_returns``). Every
message the candidate sends after the thank-you counts as a rung taken, whether
silence-watch drafted it or the candidate wrote it by hand; a rung whose draft the
candidate skipped counts as taken on the day it was due, and the next comes at its time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from silence_watch.core.agency_handover import handed_to_client
from silence_watch.core.agency_promises import agency_promise_unasked
from silence_watch.core.conversation import (
    CANDIDATES_MOVE,
    agency_addresses,
    candidate_wrote_after,
    is_employer_address,
    is_from_agency,
    is_signal,
    people_at_company,
    signals,
)
from silence_watch.core.delivered import reached_after
from silence_watch.core.ladder import AGENCY_GRACE_BUSINESS_DAYS, THANK_YOU_GRACE
from silence_watch.core.leave_returns import back_from_leave
from silence_watch.core.lifecycle import same_step
from silence_watch.core.model import Action, Direction, Intent, InterviewState, MessageKind
from silence_watch.core.words import day_words, plural

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from silence_watch.core.conversation import Question
    from silence_watch.core.ladder import LadderStep, PolicySettings
    from silence_watch.core.model import Interview, TimelineEntry
    from silence_watch.core.workdays import BusinessCalendar


@dataclass(frozen=True, slots=True)
class Verdict:
    """Where a process stands and what comes next, before the controls apply."""

    state: InterviewState
    reason: str
    expected_by: date | None = None
    action: Action | None = None
    at: datetime | None = None
    slot: str | None = None
    attempt: int = 1
    question: Question | None = None


def climb(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    anchor: datetime,
    promised: date | None,
    now: datetime,
    settings: PolicySettings,
    *,
    paused: bool = False,
    answer_from: datetime | None = None,
) -> Verdict:
    """Nobody has answered since ``anchor``: wait, then climb the ladder, then give up.

    ``promised`` is the date they gave (else the usual window from ``anchor``); ``paused``
    says the wait is a hiring pause; ``answer_from``, that the wait follows her answer in
    parts begun then (``core.her_answer``): its parts were no nudges.
    """
    calendar = settings.calendar
    if promised is not None and promised < calendar.local_date(anchor):
        promised = None  # a date that passed before the ball went to them (a moved interview)
    expected_by = promised or calendar.add_business_days(
        calendar.local_date(anchor), settings.wait_business_days
    )
    # A note the candidate sends within two days of the interview is the thank-you, not a
    # rung; when the wait began before the round (it was called off or paused), there was
    # no interview to thank them for.
    grace = interview.date + THANK_YOU_GRACE if anchor >= interview.date else anchor
    # her kind answer to their pause is no follow-up ("so sorry to hear": t88sx), nor to
    # their word calling the round off ("merci de m'avoir prévenue": u40rs)
    waited = paused or (interview.cancelled and anchor < interview.date)
    steps = [at for at in reached_after(timeline, anchor, interview) if at > grace
             and not (waited and calendar.local_date(at) <= expected_by)]  # fmt: skip
    ladder = _ladder_for(interview, timeline, anchor, settings)
    taken, sent, last_step, skipped = 0, 0, expected_by, set[int]()
    while taken < len(ladder):  # a rung the candidate skipped counts as taken on its day
        if _skipped(interview, f"{anchor.isoformat()}#{taken}:{ladder[taken].action.value}"):
            last_step = _due_day(interview, timeline, ladder, taken, anchor, last_step, calendar)[0]
            skipped.add(taken)
        elif sent < len(steps):
            last_step, sent = calendar.local_date(steps[sent]), sent + 1
        else:
            break
        taken += 1
    if taken >= len(ladder):
        ghost_day = calendar.add_business_days(last_step, settings.ghost_after_business_days)
        if now >= calendar.morning_of(ghost_day):
            reason = "no answer after every follow-up; silence-watch has stopped"
            return Verdict(InterviewState.GHOSTED, reason, expected_by)
        return Verdict(InterviewState.FOLLOWED_UP, "every follow-up is sent; waiting a last"
                        " few days", expected_by)  # fmt: skip
    step = ladder[taken]
    due_day, moved = _due_day(interview, timeline, ladder, taken, anchor, last_step, calendar)
    notes = f"; moved after their out-of-office (back {_day(due_day, now)})" if moved else ""
    day = _day(expected_by, now)
    if sent:
        said = f"{plural(sent, 'follow-up')} sent"
        state, reason = InterviewState.FOLLOWED_UP, f"{said}, no answer yet"
    elif now > calendar.end_of(expected_by):
        state, reason = InterviewState.OVERDUE, f"no answer by {day}"  # the day it was due
    elif paused:
        state, reason = InterviewState.WAITING, f"hiring is paused; look in again after {day}"
    else:
        state, reason = InterviewState.WAITING, f"an answer is due by {day}"
    return Verdict(
        state,
        reason + notes,
        expected_by,
        action=step.action,
        at=calendar.morning_of(due_day),
        slot=f"{anchor.isoformat()}#{taken}:{step.action.value}",
        attempt=1 + sum(1 for i, earlier in enumerate(ladder[:taken])
                        if earlier.action is step.action and i not in skipped)
        + (_nudges_before(timeline, grace, answer_from or anchor)
           if step.action is Action.FOLLOW_UP else 0),
    )


def _skipped(interview: Interview, slot: str) -> bool:
    """Whether the candidate skipped this rung's draft (or a retry of it): it never comes back."""
    return any(same_step(done, slot) for done in interview.skipped)


def _due_day(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    ladder: Sequence[LadderStep],
    taken: int,
    anchor: datetime,
    last_step: date,
    calendar: BusinessCalendar,
) -> tuple[date, bool]:
    """The day rung ``taken`` is due, and whether an out-of-office moved it there."""
    gap = ladder[taken].after_business_days
    if taken and ladder[taken - 1].action is Action.AGENCY_CHECK_IN:
        gap = max(gap, AGENCY_GRACE_BUSINESS_DAYS)  # give the agency a few days to find out
    due_day = calendar.add_business_days(last_step, gap)
    if anchor < interview.date and not interview.cancelled:
        # A wait that began before a round still on the calendar (a pause, then the
        # candidate's answer) never nudges before that round has happened.
        due_day = max(due_day, calendar.add_business_days(calendar.local_date(interview.date), 1))
    back = back_from_leave(ladder[taken].action, interview, timeline, anchor, calendar)
    if back is not None and back > due_day:
        return back, True
    return due_day, False


def _nudges_before(timeline: Sequence[TimelineEntry], grace: datetime, anchor: datetime) -> int:
    """How many times the candidate nudged before this wait began.

    A nudge is their mail after the thank-you that answered nothing: no word from them
    since the round or the candidate's previous message. After "no news yet, I'll chase
    the team" the next follow-up is not the first one word for word; an answer to their
    question is no nudge.
    """
    nudges, answered = 0, False  # after the round, the ball is theirs
    for entry in sorted(timeline, key=lambda e: e.at):
        if entry.at >= anchor:
            break
        if entry.at <= grace:
            continue
        if entry.direction is not Direction.OUTBOUND:
            answered = answered or is_signal(entry)
            continue
        if entry.asked_back:  # "could I have until the 14th?" nudges nobody (u32ta)
            continue
        nudges += 0 if answered else 1
        answered = False
    return nudges


def _day(day: date, now: datetime) -> str:
    """``Thu 19 Nov``: a day the way every message shows one."""
    return day_words(day, today=now.date())


def _ladder_for(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    anchor: datetime,
    settings: PolicySettings,
) -> list[LadderStep]:
    """The rungs for this process.

    The agency check-in comes only when an agency placed the candidate and has not
    already answered since the round. A date the agency gave of its own accord, in its own
    words and while the window was still open ("the client will come back to us by the
    11th"), is the agency's to keep: once it has passed, the agency is asked first. Its
    answer to the candidate's check-in, the client's words forwarded, or its news once the
    check-in was due (even if the candidate had stopped follow-ups then) are an answer.
    Such a date outweighs what the agency said before it ("glad it went well, no news
    before Monday anyway", then "he's promised me an answer by the 3rd": t64ag).
    """
    said = [
        (e, agency_promise_unasked(e, interview, timeline, settings))
        for e in signals(timeline)
        if is_from_agency(e, interview) and interview.date <= e.at <= anchor
        and not _to_the_employer(e, interview)
    ]  # fmt: skip
    kept_since = max((e.at for e, own_date in said if own_date), default=None)
    agency_spoke = any(
        not own_date and (kept_since is None or e.at > kept_since) for e, own_date in said
    )
    # An agency named with nobody to write to gets no check-in: the ladder goes on to the
    # employer instead of waiting for ever on a step nobody can be sent; nor does one that
    # handed the process to the client and stepped out ("Mijn rol zit er hiermee op": u41ag).
    reachable = interview.agency is not None and bool(agency_addresses(interview)) and not (
        handed_to_client(interview, timeline)
    )
    return [
        s
        for s in settings.ladder
        if not s.needs_agency or (reachable and not agency_spoke)
    ]


def _to_the_employer(entry: TimelineEntry, interview: Interview) -> bool:
    """True for an agency's mail addressed to the employer, the candidate only copied.

    The agency chasing the client ("Hi Beatriz, any feedback on Jordan (copied)?") has
    told the candidate nothing: the check-in with it still comes after the window. The
    first recipient is the one written to (To comes before Cc).
    """
    return bool(entry.recipients) and is_employer_address(entry.recipients[0], interview)


def latest_promise(entries: Sequence[TimelineEntry], since: datetime) -> date | None:
    """The date their latest message since ``since`` promised news by, if any."""
    promised = [
        e.promised_by
        for e in entries
        if e.direction is Direction.INBOUND and e.at >= since and e.promised_by is not None
    ]
    return promised[-1] if promised else None


def promise_after_answer(
    entries: Sequence[TimelineEntry],
    since: datetime,
    request: TimelineEntry,
    answered: datetime,
    calendar: BusinessCalendar,
) -> date | None:
    """The day still promised once the candidate answered their request, if any.

    The request's own date, unless her answer came on or after it: "when we receive it we
    will tell you something in about a week" is a week from the test she sends, not from
    the mail (u12th); the usual window from her answer then. Else a date promised before a
    request for paperwork: Helena's "I will update you again by the end of November", then
    Oliver's "could you send your CV?", answered on the 11th (u09ex), waits to the 30th.
    Not before a next step (a new stage makes the old date moot). A hiring system's mail
    that sets the step a person there just set ("Harcourt & Finch via Referoo: please
    nominate 2 referees", after Siobhan's "we are aiming to confirm the outcome by Friday
    11 December", u32ta) carries that person's date.
    """
    day = calendar.local_date(answered)
    request = _step_it_carries(entries, since, request)
    if request.promised_by is not None:
        return request.promised_by if request.promised_by > day else None
    if request.intent is not Intent.REQUEST:
        return None
    owed = _promised_before(entries, since, request)
    return owed if owed is not None and owed >= day else None


def _step_it_carries(
    entries: Sequence[TimelineEntry], since: datetime, request: TimelineEntry
) -> TimelineEntry:
    """The person's dated step that a hiring system's undated ``request`` carries out, else it.

    Their latest word since ``since`` and before it, from a person: a next step or a request.
    """
    if request.kind is not MessageKind.AUTOMATED or request.promised_by is not None:
        return request
    said = [e for e in signals(entries) if since <= e.at < request.at
            and e.kind is MessageKind.HUMAN]  # fmt: skip
    step = said[-1] if said else None
    if step is None or step.promised_by is None or step.intent not in CANDIDATES_MOVE:
        return request
    return step


def _promised_before(
    entries: Sequence[TimelineEntry], since: datetime, entry: TimelineEntry
) -> date | None:
    """The day their latest message since ``since`` and before ``entry`` promised, if any."""
    return latest_promise([e for e in entries if e.at < entry.at], since)


def promise_standing(
    entries: Sequence[TimelineEntry],
    since: datetime,
    reply: TimelineEntry,
    settings: PolicySettings,
) -> date | None:
    """An earlier promised day that an undated "I'll be in touch" leaves standing.

    Sarah's "decision by Friday, December 11", then her apology for the group mail, "I'll
    be in touch with each of you individually" (u15in): the wait still runs to the 11th,
    not the usual window from the apology, when that day is the later one.
    """
    if reply.promised_by is not None:
        return reply.promised_by
    calendar = settings.calendar
    owed = _promised_before(entries, since, reply)
    window = calendar.add_business_days(calendar.local_date(reply.at), settings.wait_business_days)
    return owed if owed is not None and owed > window else None


def noted_promise(
    entries: Sequence[TimelineEntry], since: datetime
) -> tuple[datetime, date] | None:
    """When her own note since ``since`` wrote down a day they promised on a call, and the day.

    "Good to know you're aiming to get back to everyone by Wednesday the 16th" (u08ph):
    the wait runs from her note, and the note is no follow-up.
    """
    noted = [
        (e.at, e.promised_by) for e in entries
        if e.direction is Direction.OUTBOUND and e.at >= since and e.promised_by is not None
    ]  # fmt: skip
    return noted[-1] if noted else None


def promise_anchor(
    timeline: Sequence[TimelineEntry],
    reply: TimelineEntry,
    calendar: BusinessCalendar,
) -> datetime:
    """Where the wait for a promised day starts: their reply, or the candidate's word before it.

    What the candidate writes before the day they named (the answer to a question asked
    beside the promise, "ich melde mich nach den Feiertagen", or a kind "I understand" to
    a hiring pause until the 20th) is not a follow-up: the wait for that day goes on, and
    the first follow-up comes after it.
    """
    day = reply.promised_by or reply.revisit_by
    if day is None:
        return reply.at
    early = [
        at for at in candidate_wrote_after(timeline, reply.at)
        if calendar.local_date(at) < day
    ]
    return early[-1] if early else reply.at


def status_update(
    verdict: Verdict,
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    offer_at: datetime,
    calendar: BusinessCalendar,
    elsewhere: str = "an offer",
) -> Verdict:
    """News elsewhere (an offer, a final round): tell this still-open employer once, first."""
    told = any(e.direction is Direction.OUTBOUND and e.at > offer_at for e in timeline)
    if told or not people_at_company(interview, timeline):
        return verdict
    due = calendar.morning_of(calendar.next_business_day(calendar.local_date(offer_at)))
    return replace(
        verdict,
        reason=verdict.reason + f"; you have {elsewhere} elsewhere: let them know",
        action=Action.STATUS_UPDATE,
        at=due,
        slot=f"{offer_at.isoformat()}#status_update",
    )
