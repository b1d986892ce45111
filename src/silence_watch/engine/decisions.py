"""Deciding: where each interview stands, and the drafts that are due (shell).

``core.policy`` decides; this module gathers each interview's timeline for it, queues the
draft it asks for (words from ``core.compose``) and cancels the drafts the situation made
moot. Wake-ups and cancellations go through the draft queue.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from silence_watch.core.accepted_elsewhere import acceptances, after_acceptance
from silence_watch.core.companies import company_key
from silence_watch.core.company_siblings import kin_of, shared_at_the_company
from silence_watch.core.compose import (
    BadTemplateError,
    Voice,
    compose,
    reader_zone,
    reply_subject,
)
from silence_watch.core.conversation import recipient_for, through_agency
from silence_watch.core.elsewhere import FINAL_ROUND, News, answer_by, news_elsewhere
from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.language import LANGUAGES, Tongue
from silence_watch.core.lifecycle import bounced_addresses, retry_slot, same_step
from silence_watch.core.model import Action, Contact, DraftStatus, EventKind, NewDraft, Process
from silence_watch.core.planning import plan
from silence_watch.core.policy import assess
from silence_watch.core.recall import Recall
from silence_watch.core.record import CompanyRecord, Connection, company_records, connections
from silence_watch.core.reply_threads import thread_to_answer
from silence_watch.core.retractions import without_retracted
from silence_watch.core.their_side import with_them
from silence_watch.engine.base import CycleReport, Engine
from silence_watch.engine.drafts import DraftQueue
from silence_watch.engine.timeline_cache import keep_timelines, kept_timelines, timeline_key
from silence_watch.engine.timing import first_send

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from silence_watch.core.model import Draft, Interview, TimelineEntry
    from silence_watch.core.planning import PlannedStep
    from silence_watch.core.policy import Assessment
    from silence_watch.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Standing:
    """One process at a moment: its rounds, the round it is about, its mail, the verdict."""

    process: Process
    interview: Interview
    timeline: tuple[TimelineEntry, ...]
    verdict: Assessment
    news: News | None = None  # from another process: what a status update tells
    #: The policy's verdict when nobody is left to receive its next action (t98ar).
    stranded: Assessment | None = None
    #: Addresses never to write to again: bounced, or said to have left.
    bounced: frozenset[str] = frozenset()
    #: Who the verdict's next action goes to (None: there is none, or nobody is left).
    recipient: Contact | None = None


def process_timelines(
    store: Store, unsure_below: float = UNSURE_BELOW
) -> tuple[list[Process], dict[int, tuple[TimelineEntry, ...]], dict[int, str]]:
    """Every process, its timeline (with them: no forwards elsewhere) and its employer key.

    A timeline holds what the candidate's other applications at the same company mean
    for it too (``core.company_siblings``). Read once and then as kept until mail or
    corrections change (``engine.timeline_cache``); the state's generation and the key are
    asked for before anything is read, so what is kept is never newer than its stamp.
    """
    generation, key = store.timeline_generation(), timeline_key(store, unsure_below)  # first
    processes = store.processes()
    employers = {p.id: company_key(p.company) for p in processes}
    kept = kept_timelines(store, key)
    if kept is not None and kept.keys() == {p.id for p in processes}:
        return processes, {pid: tuple(t) for pid, t in kept.items()}, employers
    timelines = {
        p.id: without_retracted(with_them(p.view(p.rounds[-1]), store.timeline(p.rounds[0].id)))
        for p in processes
    }
    shared = shared_at_the_company(
        processes, timelines, employers, store.said_not_about(), unsure_below,
        {p.id: kin_of(p) for p in processes},
    )
    keep_timelines(store, generation, key, shared)
    # tuples: read, never changed, so what a rule finds in one is kept (``core.kept_answers``)
    return processes, {pid: tuple(t) for pid, t in shared.items()}, employers


class Decisions(Engine):
    """Assess every process; queue what is due; cancel what is moot."""

    def standings(self, now: datetime) -> list[Standing]:
        """Every process with its timeline and where it stands at ``now``."""
        processes, timelines, employers = process_timelines(self.store, self.policy.unsure_below)
        elsewhere = news_elsewhere(
            timelines, now, self.offer_deadlines(processes), employers,
            unsure_below=self.policy.unsure_below,
        )
        accepted = acceptances(timelines, employers, now, self.policy.unsure_below)
        companies = {p.id: p.company for p in processes}
        flagged = set(self.store.bounced_contacts())
        result = []
        for process in processes:
            timeline = timelines[process.id]
            news = elsewhere.get(process.id)
            verdict = assess(
                process, timeline, now, self.policy, offer_at=news.at if news else None,
                elsewhere="a final round" if news and news.kind == FINAL_ROUND else "an offer",
            )  # fmt: skip
            other, said = accepted.get(process.id, (0, None))  # she said yes to another
            verdict = after_acceptance(
                verdict, said, companies.get(other, ""), now, self.settings.zone
            )
            current = next(r for r in process.rounds if r.id == verdict.interview_id)
            view, stranded = process.view(current), None
            bounced = bounced_addresses([timeline], flagged)
            # a thank-you goes to the people of the round it thanks, as the round names them
            recipient = verdict.next_action and recipient_for(
                verdict.next_action, view, timeline, bounced=bounced, met=current.contacts
            )
            if verdict.next_action is not None and recipient is None:
                # nobody left to write to: said so, never "a follow-up is due"
                why = f"nobody at {view.company} is left to write to; add a contact to go on"
                if verdict.next_action is Action.THANK_YOU and through_agency(view, timeline):
                    agency = view.agency.name if view.agency else "the agency"
                    why = (f"{agency} asked that everything go through them: nothing is drafted"
                           f" to anyone at {view.company}; your thanks can go through {agency}")
                stranded, verdict = verdict, replace(
                    verdict, next_action=None, next_action_at=None, slot=None, reason=why
                )
            result.append(Standing(process, view, timeline, verdict, news, stranded, bounced,
                                   recipient or None))
        return result

    def offer_deadlines(self, processes: Sequence[Process]) -> dict[str, date]:  # noqa: ARG002 - engine.connections reads them
        """The answer-by days employers named in their offers, by Message-ID."""
        return {}

    def tongue(self, standing: Standing, recipient: Contact | None = None) -> Tongue:  # noqa: ARG002 - engine.connections reads it
        """The language and tone of a process's drafts (English until the mail is read)."""
        return Tongue(LANGUAGES[0])

    def recall(self, standing: Standing) -> Recall:  # noqa: ARG002 - engine.connections reads it
        """What was said in a process that its drafts may mention."""
        return Recall()

    def overview(
        self, now: datetime
    ) -> list[tuple[Interview, Sequence[TimelineEntry], Assessment]]:
        """Every process (as the round it is about) with its timeline and verdict."""
        return [(s.interview, s.timeline, s.verdict) for s in self.standings(now)]

    def plans(self, now: datetime, until: datetime) -> list[tuple[Interview, PlannedStep]]:
        """What would happen to each open process from ``now`` to ``until`` if nobody answers."""
        return [
            (standing.interview, step)
            for standing in self.standings(now)
            if not standing.process.closed
            for step in plan(standing.process, standing.timeline, now, until, self.policy)
        ]

    def assessments(self, now: datetime) -> list[tuple[Interview, Assessment]]:
        """Every process (as the round it is about) with where it stands at ``now``."""
        return [(s.interview, s.verdict) for s in self.standings(now)]

    def records(self, now: datetime) -> list[CompanyRecord]:
        """What the mailbox says about each company, from mail up to ``now`` only."""
        return company_records(  # the very tuple when all of it is past: its signals are kept
            (interview, timeline if all(e.at <= now for e in timeline)
             else [e for e in timeline if e.at <= now], verdict)
            for interview, timeline, verdict in self.overview(now)
        )  # fmt: skip

    def connections_of(self, interview: Interview) -> list[Connection]:
        """People at the interview's company the candidate already has mail history with."""
        return connections(interview, self.store.correspondence(interview.domains))

    def voice(self) -> Voice:
        """Who writes the drafts: the candidate's name, templates, zone and gender."""
        me = self.settings.me
        return Voice(me.name, self.templates, self.settings.zone, me.grammatical_gender)

    def decide(self, now: datetime) -> CycleReport:
        """Queue the drafts that are due, and cancel the ones the situation made moot."""
        report = CycleReport()
        voice = self.voice()
        queue = DraftQueue(self.store, self.settings)
        queue.wake_due(now)
        for standing in self.standings(now):
            self._note_state(standing)
            if standing.stranded is not None and standing.stranded.is_due(now):
                self._no_recipient(standing.interview, standing.stranded, now)
            report.cancelled += self._cancel_moot(queue, standing, now)
            report.cancelled += self._cancel_bounced(queue, standing, standing.bounced, now)
            self._rethread(standing)
            draft_id = self._draft_if_due(standing, voice, standing.bounced, now, report)
            if draft_id is not None:
                report.drafted.append(draft_id)
        return report

    def _note_state(self, standing: Standing) -> None:
        """Log a process's change of state, once, with the reason."""
        process, verdict = standing.process, standing.verdict
        before = self.store.process_state(process.id)
        if before != verdict.state.value:
            self.store.set_process_state(process.id, verdict.state.value)
            if before is not None:
                log.info(
                    "%s (%s): %s -> %s: %s", process.company, process.role or "no role",
                    before, verdict.state.value, verdict.reason,
                )  # fmt: skip

    def _rethread(self, standing: Standing) -> None:
        """A queued draft made before its thread was known now replies in that thread."""
        rounds = {r.id for r in standing.process.rounds}
        for draft in self.store.drafts([DraftStatus.QUEUED, DraftStatus.SNOOZED], rounds):
            if draft.in_reply_to is not None:
                continue
            if draft.kind == Action.CONNECTION_NOTE.value:
                continue  # a note to someone the candidate knows: not the employer's thread
            recipient = Contact(draft.to_name, draft.to_addr)
            tip = thread_to_answer(standing.timeline, recipient, standing.interview)
            if tip is None or tip.message_id is None:
                continue
            others = self.recall(standing).other_roles
            subject = reply_subject(tip.subject, others, standing.interview.role) or draft.subject
            references = (*tip.references, tip.message_id)
            self.store.rethread(draft.id, subject, tip.message_id, references)
            log.info("draft %d now replies in the thread %r", draft.id, subject)

    def _leaves_on(self, interview: Interview, action: Action, now: datetime) -> date:
        """The day, as its reader lives it, a draft made now could first leave.

        A thank-you held for tomorrow's window says "yesterday", not "today"; in drafts
        mode the candidate may send it at once.
        """
        leaves = now
        if self.settings.sending.mode != "draft":
            leaves = first_send(self.store, self.settings, interview, action.value, now)
        return leaves.astimezone(reader_zone(interview, self.settings.zone)).date()

    def _draft_if_due(
        self,
        standing: Standing,
        voice: Voice,
        bounced: frozenset[str],
        now: datetime,
        report: CycleReport,
    ) -> int | None:
        """Queue the process's next action when it is due and not drafted yet."""
        interview, verdict, timeline = standing.interview, standing.verdict, standing.timeline
        if verdict.next_action is None or verdict.slot is None or not verdict.is_due(now):
            return None
        slot = self._free_slot(standing, verdict.slot, bounced)
        recipient = standing.recipient  # chosen with the verdict (``standings``)
        if slot is None or recipient is None:
            return None
        try:
            text = compose(
                verdict.next_action,
                interview,
                timeline,
                voice=voice,
                recipient=recipient,
                attempt=verdict.attempt,
                today=self._leaves_on(interview, verdict.next_action, now),
                answer_by=answer_by(
                    verdict, self.policy.calendar, standing.news.deadline if standing.news else None
                ),
                tongue=self.tongue(standing, recipient),
                recall=self.recall(standing),
                news=standing.news.kind if standing.news else "offer",
                deadline=standing.news.deadline
                if standing.news and self.settings.policy.share_deadlines
                else None,
            )
        except BadTemplateError as error:
            report.problems.append(str(error))
            return None
        draft_id = self.store.add_draft(
            NewDraft(
                interview_id=interview.id,
                kind=text.action.value,
                slot=slot,
                to_addr=text.to.email,
                to_name=text.to.name,
                subject=text.subject,
                body=text.body,
                in_reply_to=text.in_reply_to,
                references=text.references,
                due_at=verdict.next_action_at,
            ),
            now,
        )
        if draft_id is not None:
            log.info(
                "drafted a %s to %s for %s (draft %d)", text.action.value.replace("_", " "),
                text.to.email, interview.company, draft_id,
            )  # fmt: skip
        return draft_id

    def _no_recipient(self, interview: Interview, verdict: Assessment, now: datetime) -> None:
        """Tell the candidate (in the digest) that a due step has nobody to go to."""
        action = verdict.next_action.value.replace("_", " ") if verdict.next_action else "step"
        self.store.add_event(
            EventKind.NO_RECIPIENT,
            f"{interview.company}: no address to send the {action} to; add a contact",
            at=now, interview_id=interview.id,
            dedupe=f"no_recipient:{interview.id}:{verdict.slot}",
        )  # fmt: skip

    def _free_slot(self, standing: Standing, slot: str, bounced: frozenset[str]) -> str | None:
        """The slot to draft in, or None when this step is drafted already.

        A step whose draft went out to an address that then bounced is proposed again, to
        another person: the same step, a new slot. So is a step whose drafts were all
        cancelled as moot (the process was stopped, then resumed): the step is due again,
        and only the candidate's own skip keeps it from coming back.
        """
        rounds = [r.id for r in standing.process.rounds]
        earlier = self.store.drafts_in_slot(rounds, slot)
        if not earlier:
            return slot
        if all(d.status is DraftStatus.CANCELLED for d in earlier) or all(
            d.status is DraftStatus.SENT and d.to_addr.lower() in bounced for d in earlier
        ):
            retry = retry_slot(slot, len(earlier))
            return None if self.store.has_draft_for(rounds, retry) else retry
        return None

    def _cancel_moot(self, queue: DraftQueue, standing: Standing, now: datetime) -> list[int]:
        """Cancel queued drafts of the process whose moment passed (a reply, a step, a round)."""
        cancelled = []
        verdict, interview = standing.verdict, standing.interview
        rounds = {r.id for r in standing.process.rounds}
        for draft in self.store.drafts([DraftStatus.QUEUED, DraftStatus.SNOOZED], rounds):
            current = draft.interview_id == verdict.interview_id and same_step(
                draft.slot, verdict.slot
            )
            if current:
                continue
            if draft.kind == Action.CONNECTION_NOTE.value:
                continue  # asked for by the candidate, not a step of the ladder
            why = f"is no longer needed: {verdict.reason}"
            if self._cancel(queue, draft, why, interview.id, now):
                cancelled.append(draft.id)
        return cancelled

    def _cancel_bounced(
        self, queue: DraftQueue, standing: Standing, bounced: frozenset[str], now: datetime
    ) -> list[int]:
        """Cancel unsent drafts to an address that bounced, so the step goes to someone else.

        Read when the bounce is read, not at the send: the next digest must not show a
        follow-up to a dead address, nor lack the one to the person still there.
        """
        if not bounced:
            return []
        cancelled = []
        rounds = {r.id for r in standing.process.rounds}
        waiting = (DraftStatus.QUEUED, DraftStatus.SNOOZED, DraftStatus.APPROVED)
        for draft in self.store.drafts(waiting, rounds):
            if draft.to_addr.lower() not in bounced:
                continue
            why = f"to {draft.to_addr} is cancelled: mail to that address bounced"
            if self._cancel(queue, draft, why, standing.interview.id, now):
                cancelled.append(draft.id)
        return cancelled

    def _cancel(
        self, queue: DraftQueue, draft: Draft, why: str, interview_id: int, now: datetime
    ) -> bool:
        """Cancel a draft not yet handed to the outbox, and say why on the timeline.

        One in the Drafts folder is left alone: the outbox notices it sent or deleted, and
        refuses it at the send if it must.
        """
        if self.store.outbox_for(draft.id) is not None or not queue.cancel(draft, now=now):
            return False
        self.store.add_event(
            EventKind.DRAFT_CANCELLED, f"draft {draft.id} ({draft.kind}) {why}",
            at=now, interview_id=interview_id,
        )  # fmt: skip
        return True
