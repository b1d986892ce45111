"""Has this employer gone quiet, and what should the candidate do about it? Pure.

Every rule lives here. The follow-up ladder is a table (``DEFAULT_LADDER``); the rest is
one function, ``assess``, from an interview, its classified timeline, the settings and
``now`` to a state and the next action. Nothing here reads the clock or touches IO.

How the conversation is read:
- Only mail written by a person counts as contact. Auto-replies, bounces, bulk and
  automated mail never stop the ladder (an out-of-office may delay it).
- The *anchor* is the moment the ball went to the employer: the interview, or the
  candidate's answer to their last reply. The waiting window runs from the anchor to
  the promised date or ``wait_business_days`` business days later.
- Each message the candidate sends after the thank-you window is one ladder step taken,
  whether silence-watch drafted it or the candidate wrote it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from silence_watch.core.model import (
    Action,
    Direction,
    Intent,
    Interview,
    InterviewState,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.words import plural

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from silence_watch.core.workdays import BusinessCalendar


@dataclass(frozen=True, slots=True)
class LadderStep:
    """One rung: what to send, and how many business days after the previous rung.

    The first rung counts from the end of the waiting window (1 = the first business day
    after the promised date).
    """

    action: Action
    after_business_days: int
    needs_agency: bool = False


def build_ladder(
    *,
    agency_check_in: bool = True,
    follow_ups: int = 2,
    gap_business_days: int = 5,
    closing_note: bool = True,
) -> tuple[LadderStep, ...]:
    """The ladder from the knobs a user may set in ``policy:``.

    The first rung comes the business day after the window (or after the agency
    check-in); later rungs ``gap_business_days`` after the one before.
    """
    steps = [LadderStep(Action.AGENCY_CHECK_IN, 1, needs_agency=True)] if agency_check_in else []
    steps += [
        LadderStep(Action.FOLLOW_UP, 1 if index == 0 else gap_business_days)
        for index in range(follow_ups)
    ]
    if closing_note:
        steps.append(LadderStep(Action.CLOSING_NOTE, gap_business_days))
    return tuple(steps)


#: What happens while nobody answers, in order.
DEFAULT_LADDER: tuple[LadderStep, ...] = build_ladder()

#: The thank-you is offered within this time of the interview's start, due this long after.
THANK_YOU_WINDOW = timedelta(hours=24)
THANK_YOU_DELAY = timedelta(hours=2)
#: A message the candidate sends this soon after the interview is the thank-you, not a step.
THANK_YOU_GRACE = timedelta(hours=48)
#: Mail dated later than ``now`` by more than this is not on the timeline yet.
FUTURE_SLACK = timedelta(days=1)

#: Replies that hand the ball back to the employer: they said when they would answer.
_WAITING_INTENTS = frozenset({Intent.ACKNOWLEDGEMENT})
#: Replies that settle the outcome, whatever the candidate writes afterwards.
_OUTCOME_STATES = {Intent.REJECTION: InterviewState.REJECTED, Intent.OFFER: InterviewState.OFFER}
#: States in which an interview is still open, so an offer elsewhere is worth telling them.
_STILL_OPEN = frozenset(
    {InterviewState.WAITING, InterviewState.OVERDUE, InterviewState.FOLLOWED_UP},
)


@dataclass(frozen=True, slots=True)
class PolicySettings:
    """The knobs of the policy, with the defaults a careful candidate would choose."""

    calendar: BusinessCalendar
    wait_business_days: int = 5
    ladder: tuple[LadderStep, ...] = DEFAULT_LADDER
    ghost_after_business_days: int = 5


@dataclass(frozen=True, slots=True)
class Assessment:
    """Where an interview stands at ``now``, and what (if anything) comes next.

    ``slot`` names the next action uniquely within the interview's life (the anchor and
    the rung), so the same step can never be drafted twice.
    """

    interview_id: int
    state: InterviewState
    last_contact_at: datetime
    days_silent: int
    expected_by: date | None
    next_action: Action | None
    next_action_at: datetime | None
    slot: str | None
    reason: str
    attempt: int = 1

    def is_due(self, now: datetime) -> bool:
        """True when the next action should be drafted at ``now``."""
        return self.next_action_at is not None and self.next_action_at <= now


def _is_person(entry: TimelineEntry) -> bool:
    return entry.kind is MessageKind.HUMAN


@dataclass(frozen=True, slots=True)
class _Conversation:
    """The timeline reduced to what the ladder needs."""

    anchor: datetime
    steps_taken: tuple[datetime, ...]
    promised_by: date | None
    reply: TimelineEntry | None
    answered: bool


def _read_conversation(interview: Interview, timeline: Sequence[TimelineEntry]) -> _Conversation:
    after = sorted((e for e in timeline if e.at >= interview.date), key=lambda e: e.at)
    replies = [e for e in after if e.direction is Direction.INBOUND and _is_person(e)]
    sent = [e.at for e in after if e.direction is Direction.OUTBOUND]
    reply = replies[-1] if replies else None
    if reply is None:
        steps = tuple(at for at in sent if at > interview.date + THANK_YOU_GRACE)
        promised = interview.expect_reply_by or _latest_promise(after)
        return _Conversation(interview.date, steps, promised, None, answered=True)
    answers = [at for at in sent if at > reply.at]
    if reply.intent in _OUTCOME_STATES or reply.cold:
        # The door is open or shut for good: nothing the candidate writes restarts a ladder.
        return _Conversation(reply.at, tuple(answers), None, reply, answered=False)
    if reply.intent in _WAITING_INTENTS or reply.promised_by is not None:
        # They said they would come back to us: the ball is with them from their message.
        # A thank-you the candidate sends after their same-day note is not a rung.
        steps = tuple(at for at in answers if at > interview.date + THANK_YOU_GRACE)
        return _Conversation(reply.at, steps, reply.promised_by, reply, answered=True)
    if not answers:
        return _Conversation(reply.at, (), None, reply, answered=False)
    return _Conversation(answers[0], tuple(answers[1:]), None, reply, answered=True)


def _latest_promise(entries: Sequence[TimelineEntry]) -> date | None:
    inbound = [e.promised_by for e in entries if e.direction is Direction.INBOUND]
    promised = [day for day in inbound if day is not None]
    return promised[-1] if promised else None


def _last_contact(interview: Interview, timeline: Sequence[TimelineEntry]) -> datetime:
    moments = [interview.date]
    moments += [e.at for e in timeline if _is_person(e) or e.direction is Direction.OUTBOUND]
    return max(moments)


def _return_from_leave(
    anchor: datetime,
    timeline: Sequence[TimelineEntry],
    calendar: BusinessCalendar,
) -> date | None:
    """The first business day after the latest out-of-office's return date, if any."""
    dates = [
        e.return_date
        for e in timeline
        if e.kind is MessageKind.AUTO_REPLY and e.return_date is not None and e.at >= anchor
    ]
    return calendar.next_business_day(max(dates)) if dates else None


@dataclass(frozen=True, slots=True)
class _Verdict:
    state: InterviewState
    reason: str
    expected_by: date | None = None
    action: Action | None = None
    at: datetime | None = None
    slot: str | None = None
    attempt: int = 1


def assess(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    now: datetime,
    settings: PolicySettings,
    *,
    offer_at: datetime | None = None,
) -> Assessment:
    """Decide the state of ``interview`` at ``now`` and the next thing worth sending.

    ``offer_at`` is when the candidate received an offer in another interview: open
    interviews then get a courteous status update before anything else.
    """
    calendar = settings.calendar
    # Mail dated well after ``now`` has not happened yet as far as this verdict goes (a
    # ``--now`` preview, a bogus Date); a day of slack keeps replies whose sender wrote the
    # wrong zone offset, which are common and must still stop the ladder.
    timeline = [e for e in timeline if e.at <= now + FUTURE_SLACK]
    last_contact = _last_contact(interview, timeline)
    days_silent = max(0, (calendar.local_date(now) - calendar.local_date(last_contact)).days)
    verdict = _verdict(interview, timeline, now, settings)
    if offer_at is not None and verdict.state in _STILL_OPEN:
        verdict = _status_update(verdict, timeline, offer_at, calendar)
    action, at, slot, reason = verdict.action, verdict.at, verdict.slot, verdict.reason
    if interview.stopped and action is not None:
        action, at, slot = None, None, None
        reason += "; follow-ups are stopped for this interview"
    return Assessment(
        interview_id=interview.id,
        state=verdict.state,
        last_contact_at=last_contact,
        days_silent=days_silent,
        expected_by=verdict.expected_by,
        next_action=action,
        next_action_at=at,
        slot=slot,
        reason=reason,
        attempt=verdict.attempt,
    )


def _verdict(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    now: datetime,
    settings: PolicySettings,
) -> _Verdict:
    thank_you_slot = f"{interview.date.isoformat()}#thank_you"
    if interview.closed and not _wrote_after(timeline, interview.closed_at):
        return _Verdict(InterviewState.CLOSED, "closed by you")
    if now < interview.date:
        return _Verdict(
            InterviewState.UPCOMING,
            "the interview has not happened yet",
            action=Action.THANK_YOU,
            at=interview.date + THANK_YOU_DELAY,
            slot=thank_you_slot,
        )
    talk = _read_conversation(interview, timeline)
    if talk.reply is not None and not talk.answered:
        return _settled(talk.reply, answered=bool(talk.steps_taken), calendar=settings.calendar)
    sent_any = any(e.direction is Direction.OUTBOUND and e.at >= interview.date for e in timeline)
    # Reaching here, any reply handed the ball back to them ("thanks for coming in, we'll
    # be in touch"): the candidate's thank-you is still the custom.
    if not sent_any and now <= interview.date + THANK_YOU_WINDOW:
        return _Verdict(
            InterviewState.WAITING,
            "the interview just ended: a short thank-you is the custom",
            action=Action.THANK_YOU,
            at=interview.date + THANK_YOU_DELAY,
            slot=thank_you_slot,
        )
    return _on_the_ladder(interview, timeline, talk, now, settings)


def _wrote_after(timeline: Sequence[TimelineEntry], moment: datetime | None) -> bool:
    """True when a person at the company wrote after ``moment`` (it reopens a closed one)."""
    if moment is None:
        return False
    return any(
        e.direction is Direction.INBOUND and _is_person(e) and e.at > moment for e in timeline
    )


def _settled(reply: TimelineEntry, *, answered: bool, calendar: BusinessCalendar) -> _Verdict:
    """They wrote and the next move is the candidate's: no follow-up is due.

    A rejection earns one feedback request, the next business morning, unless the
    candidate has already answered it.
    """
    who = reply.sender or "they"
    if reply.intent is Intent.REJECTION:
        reason = f"{who} wrote that they chose someone else"
        if answered:
            return _Verdict(InterviewState.REJECTED, reason + "; you have answered")
        due = calendar.morning_of(calendar.next_business_day(calendar.local_date(reply.at)))
        return _Verdict(
            InterviewState.REJECTED,
            reason + "; a short thank-you that asks for feedback is the gracious answer",
            action=Action.FEEDBACK_REQUEST,
            at=due,
            slot=f"{reply.at.isoformat()}#feedback_request",
        )
    if reply.intent is Intent.OFFER:
        return _Verdict(InterviewState.OFFER, f"{who} made you an offer")
    if reply.cold:
        reason = f"{who}'s reply closed the door; no more follow-ups"
        return _Verdict(InterviewState.REPLIED, reason)
    return _Verdict(InterviewState.REPLIED, f"{who} replied; the next move is yours")


def _status_update(
    verdict: _Verdict,
    timeline: Sequence[TimelineEntry],
    offer_at: datetime,
    calendar: BusinessCalendar,
) -> _Verdict:
    """An offer elsewhere: tell this still-open employer once, before any other step."""
    told = any(e.direction is Direction.OUTBOUND and e.at > offer_at for e in timeline)
    if told:
        return verdict
    due = calendar.morning_of(calendar.next_business_day(calendar.local_date(offer_at)))
    return replace(
        verdict,
        reason=verdict.reason + "; you have an offer elsewhere: let them know",
        action=Action.STATUS_UPDATE,
        at=due,
        slot=f"{offer_at.isoformat()}#status_update",
    )


def _on_the_ladder(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    talk: _Conversation,
    now: datetime,
    settings: PolicySettings,
) -> _Verdict:
    """Nobody has answered since the anchor: wait, then climb the ladder, then give up."""
    calendar = settings.calendar
    promised = talk.promised_by
    if promised is not None and promised < calendar.local_date(talk.anchor):
        promised = None  # a date that passed before the ball went to them (a moved interview)
    expected_by = promised or calendar.add_business_days(
        calendar.local_date(talk.anchor),
        settings.wait_business_days,
    )
    ladder = [s for s in settings.ladder if interview.agency is not None or not s.needs_agency]
    taken = len(talk.steps_taken)
    last_step = calendar.local_date(talk.steps_taken[-1]) if taken else expected_by
    if taken >= len(ladder):
        ghost_day = calendar.add_business_days(last_step, settings.ghost_after_business_days)
        if now >= calendar.morning_of(ghost_day):
            reason = "no answer after every follow-up; silence-watch has stopped"
            return _Verdict(InterviewState.GHOSTED, reason, expected_by)
        reason = "every follow-up is sent; waiting a last few days"
        return _Verdict(InterviewState.FOLLOWED_UP, reason, expected_by)

    step = ladder[taken]
    due_day = calendar.add_business_days(last_step, step.after_business_days)
    notes = ""
    back = _return_from_leave(talk.anchor, timeline, calendar)
    if back is not None and back > due_day:
        due_day = back
        notes = f"; moved after their out-of-office (back {back.isoformat()})"
    due_at = calendar.morning_of(due_day)
    if interview.snoozed_until is not None and interview.snoozed_until > due_at:
        due_at = interview.snoozed_until
        notes += "; snoozed"
    if taken:
        sent = plural(taken, "follow-up")
        state, reason = InterviewState.FOLLOWED_UP, f"{sent} sent, no answer yet"
    elif now > calendar.end_of(expected_by):
        state, reason = InterviewState.OVERDUE, f"no answer since {expected_by.isoformat()}"
    else:
        state, reason = InterviewState.WAITING, f"an answer is due by {expected_by.isoformat()}"
    return _Verdict(
        state,
        reason + notes,
        expected_by,
        action=step.action,
        at=due_at,
        slot=f"{talk.anchor.isoformat()}#{taken}:{step.action.value}",
        attempt=1 + sum(1 for earlier in ladder[:taken] if earlier.action is step.action),
    )
