"""Has this employer gone quiet, and what should the candidate do about it? Pure.

One function, ``assess``, from a process (an application and its rounds), its classified
timeline, the settings and ``now`` to a state and the next action; the ladder is a table
(``core.ladder``) and how each message counts is ``core.conversation``. Nothing here reads
the clock or touches IO. The rules, in the order they are applied:

1. A process the candidate closed stays closed until someone on the other side writes.
2. The latest message from the employer's side decides, whatever a round's date: a
   rejection or an offer settles the process (a rejection earns one feedback request, to a
   person, unless their words refuse feedback or give it); a cold reply stops it; a reading
   that is not sure pauses it and asks the candidate, until they answer it, correct it, or
   a later round is scheduled.
3. A round still ahead makes the process upcoming: a thank-you is planned for its day.
4. Since the latest round: a thank-you the same day; a next step or request: her move; an
   acknowledgement or a pause restarts the window (to their date); a pleasantry: nothing.
5. Nobody answered since the anchor: wait for the window, then climb the ladder (the
   agency first, then the employer), then call the process ghosted.
6. An offer elsewhere makes a status update due for every process still waiting; a snooze
   holds every action until it ends; stopped follow-ups plan nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.climbing import (
    Verdict,
    climb,
    noted_promise,
    promise_anchor,
    promise_standing,
    status_update,
)
from silence_watch.core.closures import closed_verdict, pause_end, paused_until
from silence_watch.core.conversation import (
    CANDIDATES_MOVE,
    SETTLING,
    Question,
    candidate_wrote_after,
    first_of_the_no,
    is_signal,
    is_unsure,
    outcome_of,
    people_at_company,
    signals,
    through_agency,
)
from silence_watch.core.delivered import reached
from silence_watch.core.feedback_words import feedback_due, feedback_settled
from silence_watch.core.her_answer import after_answer, still_asked
from silence_watch.core.ladder import (
    FUTURE_SLACK,
    ON_HOLD_BUSINESS_DAYS,
    THANK_YOU_DELAY,
    THANK_YOU_WINDOW,
    PolicySettings,
)
from silence_watch.core.model import (
    Action,
    Direction,
    Intent,
    InterviewState,
    MessageKind,
    Process,
)
from silence_watch.core.paused_offers import pauses_offer
from silence_watch.core.round_promises import promise_for_round
from silence_watch.core.sittings import sitting_start
from silence_watch.core.words import moment_words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from silence_watch.core.model import Interview, TimelineEntry
    from silence_watch.core.workdays import BusinessCalendar

#: States in which a process is still open, so an offer elsewhere is worth telling them.
_STILL_OPEN = frozenset(
    {InterviewState.WAITING, InterviewState.OVERDUE, InterviewState.FOLLOWED_UP},
)


@dataclass(frozen=True, slots=True)
class Assessment:
    """Where a process stands at ``now``, and what (if anything) comes next.

    ``interview_id`` is the round the next action is about (the latest round that
    happened, or the next one ahead). ``slot`` names the next action uniquely within the
    process's life (the anchor and the rung), so the same step is never drafted twice.
    ``question`` is a message the candidate is asked about before anything else happens.
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
    process_id: int = 0
    question: Question | None = None

    def is_due(self, now: datetime) -> bool:
        """True when the next action should be drafted at ``now``."""
        return self.next_action_at is not None and self.next_action_at <= now


def assess(
    process: Process | Interview,
    timeline: Sequence[TimelineEntry],
    now: datetime,
    settings: PolicySettings,
    *,
    offer_at: datetime | None = None,
    elsewhere: str = "an offer",
) -> Assessment:
    """A process's state at ``now``, and what to send next (``offer_at``: news elsewhere)."""
    process = process if isinstance(process, Process) else Process.of(process)
    calendar = settings.calendar
    # Mail dated after ``now`` has not happened yet (a ``--now`` preview, a bogus Date); a
    # day of slack keeps replies with a wrong zone offset, which must still stop the ladder.
    # A tuple: what the rules below find in it is found once (``core.kept_answers``).
    timeline = tuple(
        sorted((e for e in timeline if e.at <= now + FUTURE_SLACK), key=lambda e: e.at)
    )
    current = _round_of(process, timeline, now)
    interview = process.view(current)
    last_contact = _last_contact(interview, timeline)
    days_silent = max(0, (calendar.local_date(now) - calendar.local_date(last_contact)).days)
    verdict = _verdict(process, interview, timeline, now, settings)
    # An offer is news for a process whose next round is still ahead too: a final round
    # next week may speed up to answer before the offer's deadline.
    open_states = _STILL_OPEN | ({InterviewState.UPCOMING} if elsewhere == "an offer" else set())
    if offer_at is not None and verdict.state in open_states:
        verdict = status_update(verdict, interview, timeline, offer_at, calendar, elsewhere)
    action, at, slot, reason = verdict.action, verdict.at, verdict.slot, verdict.reason
    snoozed, why = paused_until(timeline, action, settings, process.snoozed_until)
    if action is not None and at is not None and snoozed is not None and snoozed > at:
        at, reason = snoozed, reason + why
    if action not in (None, Action.THANK_YOU) and at is not None:
        at = _not_twice_a_day(at, timeline, now, calendar)
    if process.stopped and action is not None:
        action, at, slot = None, None, None
        reason += "; follow-ups are stopped for this interview"
    return Assessment(
        interview_id=current.id,
        state=verdict.state,
        last_contact_at=last_contact,
        days_silent=days_silent,
        expected_by=verdict.expected_by,
        next_action=action,
        next_action_at=at,
        slot=slot,
        reason=reason,
        attempt=verdict.attempt,
        process_id=process.id,
        question=verdict.question,
    )


def _round_of(process: Process, timeline: Sequence[TimelineEntry], now: datetime) -> Interview:
    """The round the process is about now.

    A round that just happened and has no thank-you yet comes first, even with the next
    round already on the calendar; then the next round ahead; then the latest one.
    """
    live = sorted(process.live_rounds, key=lambda r: r.date)
    past = [r for r in live if r.date <= now]
    if past and now <= past[-1].date + THANK_YOU_WINDOW and not any(
        e.direction is Direction.OUTBOUND and e.at >= sitting_start(live, past[-1])
        for e in timeline
    ):
        return past[-1]
    return process.current(now) or process.rounds[-1]


def _not_twice_a_day(
    at: datetime, timeline: Sequence[TimelineEntry], now: datetime, calendar: BusinessCalendar
) -> datetime:
    """A step waits for the next business morning when the candidate already wrote that day."""
    day = calendar.local_date(max(at, now))
    if any(calendar.local_date(e.at) == day for e in reached(timeline)):
        return calendar.morning_of(calendar.next_business_day(day))
    return at


def _last_contact(interview: Interview, timeline: Sequence[TimelineEntry]) -> datetime:
    said = [e.at for e in timeline
            if e.kind is MessageKind.HUMAN or e.direction is Direction.OUTBOUND or is_signal(e)]
    # a round called off was no contact: the mail calling it off was (u40rs)
    return max(said if interview.cancelled and said else [interview.date, *said])


def _verdict(
    process: Process,
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    now: datetime,
    settings: PolicySettings,
) -> Verdict:
    closed = closed_verdict(interview, timeline, now, settings.calendar)
    if closed is not None:
        return closed
    said = signals(timeline)
    latest = _deciding(said, timeline, process)
    if latest is not None:
        decided = _decided(process, interview, timeline, latest, settings)
        if decided is not None:
            return decided
    # Every round was cancelled, or their last word paused hiring before the round took
    # place ("I have to cancel Tuesday's interview, the role is on hold"): no thank-you for
    # a meeting that never happened; only what they said counts, a pause is waited out.
    paused = (
        latest is not None
        and latest.intent is Intent.ON_HOLD
        and latest.at < interview.date
        and not is_unsure(latest, settings.unsure_below)
        # a word after the pause that is not sure, unanswered, is asked about instead
        and not any(is_unsure(e, settings.unsure_below) and e.at > latest.at
                    and not candidate_wrote_after(timeline, e.at) for e in said)
    )  # fmt: skip
    if interview.cancelled or paused:
        if latest is None:
            return Verdict(InterviewState.CLOSED, "the interview was cancelled")
        return _after_reply(interview, timeline, latest, now, settings)
    if now < interview.date:
        return Verdict(
            InterviewState.UPCOMING,
            f"{'round ' + str(interview.round) if interview.round > 1 else 'the interview'} is"
            f" on {moment_words(interview.date, settings.calendar.zone, now=now)}",
            action=Action.THANK_YOU,
            at=interview.date + THANK_YOU_DELAY,
            slot=f"{interview.date.isoformat()}#thank_you",
        )
    since = [e for e in said if e.at >= interview.date]
    sitting = sitting_start(process.live_rounds, interview)
    owed = interview.expect_reply_by or promise_for_round(  # also one said before it (u24lp)
        timeline, process.live_rounds, interview, settings.calendar.local_date(interview.date))
    said_since = (since[-1] if since else None, sitting, owed)
    return _since_the_round(interview, timeline, said_since, now, settings)


def _deciding(
    said: Sequence[TimelineEntry], timeline: Sequence[TimelineEntry], process: Process
) -> TimelineEntry | None:
    """Their latest word, except after an outcome (a rejection, an offer, a cold reply).

    Only a new decision or step reopens it (after an offer, only a decision, or a pause of
    it: ``paused_offers``; "please sign" is the offer going ahead); thanks or feedback do
    not. A "perhaps a no" reopens it only to be asked about: while nobody answered it and
    no round came after it, even when a later unsure word leans the other way (a "perhaps
    an offer" does not hide it).
    """
    settled = [e for e in said if outcome_of(e) or e.cold]
    if not settled:
        return said[-1] if said else None
    outcome = settled[-1]
    offer = outcome_of(outcome) is Intent.OFFER
    after = [e for e in said if e.at > outcome.at and (
        outcome_of(e) or (pauses_offer(e) if offer else e.intent in CANDIDATES_MOVE))]
    after += [
        e for e in said if e.at > outcome.at and e.intent in SETTLING - {outcome.intent}
        and not outcome_of(e)
        and not candidate_wrote_after(timeline, e.at)
        and not any(r.date > e.at for r in process.live_rounds)
    ]  # fmt: skip
    return max(after, key=lambda e: e.at) if after else outcome


def _since_the_round(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    said: tuple[TimelineEntry | None, datetime, date | None],
    now: datetime,
    settings: PolicySettings,
) -> Verdict:
    """The round happened: a thank-you, then wait for them, from their last word if any.

    ``said``: their last word since it, its sitting's start, the day promised by.
    """
    reply, sitting, promised = said
    # A next step before the thank-you was due leaves it owed ("Rhea will pick it up in
    # your next round", an hour after the call: t99tm); a later one is the next move.
    if reply is not None and reply.intent in CANDIDATES_MOVE and (
        reply.at >= interview.date + THANK_YOU_DELAY
    ):
        return _after_reply(interview, timeline, reply, now, settings)
    # One thank-you for one sitting: what she wrote since its first round began covers it.
    wrote = any(e.direction is Direction.OUTBOUND and e.at >= sitting for e in timeline)
    if not wrote and now <= interview.date + THANK_YOU_WINDOW:  # the day they named shows
        return Verdict(
            InterviewState.WAITING,
            "the interview just ended: a short thank-you is the custom",
            promised,
            action=Action.THANK_YOU,
            at=interview.date + THANK_YOU_DELAY,
            slot=f"{interview.date.isoformat()}#thank_you",
        )
    if reply is None:
        noted = None if promised else noted_promise(timeline, interview.date)  # on a call
        start, day = noted or (interview.date, promised)
        return climb(interview, timeline, start, day, now, settings)
    return _after_reply(interview, timeline, reply, now, settings)


def _after_reply(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    reply: TimelineEntry,
    now: datetime,
    settings: PolicySettings,
) -> Verdict:
    """What follows their last word: wait for them, or for the candidate to answer."""
    calendar = settings.calendar
    if reply.intent is Intent.ON_HOLD and not is_unsure(reply, settings.unsure_below):
        until = pause_end(reply) or calendar.add_business_days(
            calendar.local_date(reply.at), ON_HOLD_BUSINESS_DAYS
        )
        anchor = promise_anchor(timeline, reply, calendar)
        return climb(interview, timeline, anchor, until, now, settings, paused=True)
    if reply.intent is Intent.ACKNOWLEDGEMENT and not is_unsure(reply, settings.unsure_below):
        return climb(interview, timeline, promise_anchor(timeline, reply, calendar),
                     promise_standing(timeline, interview.date, reply, settings), now, settings)
    # A next step, a request, or something the candidate has since answered themselves:
    # the ball was theirs, and their answer hands it back.
    # Her whole answer (in parts, or a test done) hands it back; a date they promised beside
    # it still holds ("send me two references; we will decide by the 25th": u09ex, u12th).
    # Before she answers, the day they promised beside it shows (t7rd, u36ow).
    answered = after_answer(interview, timeline, reply, now, settings)
    return answered or Verdict(InterviewState.REPLIED, f"{_who(reply)} replied; the next move is"
                               f" yours{still_asked(timeline, reply, now, calendar)}",
                               reply.promised_by)  # fmt: skip


def _decided(
    process: Process,
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    latest: TimelineEntry,
    settings: PolicySettings,
) -> Verdict | None:
    """The latest word from them when it settles, stops or pauses the process.

    A reading that is not sure comes first: a rejection read with low confidence is a
    question for the candidate, not a decision.
    """
    answered = bool(candidate_wrote_after(timeline, latest.at))
    later_round = any(r.date > latest.at for r in process.live_rounds)
    if is_unsure(latest, settings.unsure_below) and not answered and not later_round:
        question = Question(latest.message_id, latest.sender, latest.subject, latest.at)
        return Verdict(
            InterviewState.REPLIED,
            f"{_who(latest)} wrote and silence-watch is not sure what it means; nothing is"
            " drafted until you say what it was",
            question=question,
        )
    outcome = outcome_of(latest, settings.unsure_below)
    if latest.cold and not later_round:
        # A round still booked after it says the door is open: "¡Hasta el jueves!" read
        # as curt must not cancel the thank-you for Thursday's panel. A curt no is still
        # a no ("Not a fit. Thx."): rejected, but no feedback request answers it.
        no = outcome is Intent.REJECTION
        return Verdict(InterviewState.REJECTED if no else InterviewState.REPLIED,
                       f"{_who(latest)}'s reply closed the door; no more follow-ups")  # fmt: skip
    if outcome is Intent.REJECTION:
        if any(outcome_of(e) is Intent.OFFER and e.at < latest.at for e in signals(timeline)):
            # An offer, then a no: withdrawn (a freeze, the role cut). Feedback on the
            # interview is not what that note needs; nothing more is sent.
            return Verdict(InterviewState.REJECTED, f"{_who(latest)} withdrew the offer;"
                           " nothing more to send")  # fmt: skip
        held = max((r.date for r in process.live_rounds if r.date <= latest.at), default=None)
        # a no already answered (their reply to the feedback request says it again): done
        answered = answered or any(outcome_of(e) is Intent.REJECTION and e.at < latest.at and
                                   candidate_wrote_after(timeline, e.at) for e in signals(timeline))
        return _rejected(interview, timeline, first_of_the_no(timeline, latest, held),
                         answered=answered or held is None, settings=settings)  # fmt: skip
    if outcome is Intent.OFFER:
        return Verdict(InterviewState.OFFER, f"{_who(latest)} made you an offer")
    return None


def _rejected(
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    reply: TimelineEntry,
    *,
    answered: bool,
    settings: PolicySettings,
) -> Verdict:
    """A rejection: one feedback request the next business morning, to a person there."""
    reason = f"{_who(reply)} wrote that they chose someone else"
    settled = feedback_settled(timeline, reply.at)  # refused, or given unasked (t73fb)
    if answered or settled:  # or no interview had happened: there is no feedback to ask for
        return Verdict(InterviewState.REJECTED, f"{reason}; {settled + ': ' if settled else ''}"
                       "nothing more to send")  # fmt: skip
    if not people_at_company(interview, timeline) and not through_agency(interview, timeline):
        return Verdict(InterviewState.REJECTED, reason + "; there is no person there to ask"
                        " for feedback")  # fmt: skip
    due, waits = feedback_due(timeline, reply.at, settings)  # promised feedback waits (t75fb)
    return Verdict(
        InterviewState.REJECTED,
        reason + (waits or ";") + " a short thank-you that asks for feedback is the gracious"
        " answer",
        action=Action.FEEDBACK_REQUEST,
        at=due,
        slot=f"{reply.at.isoformat()}#feedback_request",
    )


def _who(entry: TimelineEntry) -> str:
    """Who wrote it, as the candidate knows them: a name, the hiring system, or the address."""
    if entry.kind is MessageKind.AUTOMATED:
        return "their hiring system"
    return entry.sender_name or entry.sender or "they"
