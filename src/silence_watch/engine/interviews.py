"""Interviews by hand: add, list, show, close, snooze, stop, resume; confirm proposals (shell).

What ``silence-watch interviews ...`` does, over the state database. Deciding where an
interview stands stays with the policy (through the service's assessments).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from silence_watch.core.invites import ProposalKind
from silence_watch.core.model import ProposalStatus
from silence_watch.engine.discovery import tie_evidence
from silence_watch.store.rows import natural_key

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.core.model import Interview, TimelineEntry
    from silence_watch.core.policy import Assessment
    from silence_watch.core.record import Connection
    from silence_watch.engine.service import Service
    from silence_watch.store import StoredProposal


@dataclass(frozen=True, slots=True)
class InterviewView:
    """One interview with everything ``interviews show`` prints."""

    interview: Interview
    source: str
    verdict: Assessment
    timeline: list[TimelineEntry]
    connections: list[Connection]


class InterviewBook:
    """The interviews of one state database."""

    def __init__(self, service: Service) -> None:
        """Work through this service (its store, settings and assessments)."""
        self.service = service
        self.store = service.store

    def known(self, interview: Interview) -> Interview | None:
        """The interview already held with the same company, role and day, if any."""
        key = natural_key(interview)
        return next((i for i in self.store.interviews() if natural_key(i) == key), None)

    def add(self, interview: Interview, *, now: datetime, invite_uid: str | None = None) -> int:
        """Add an interview, or add to the one with its company, role and day; its id.

        Adding again adds what is new: "interviews add ... --expect-reply-by" keeps the
        contacts and domains given the first time (a person adds details as they learn
        them), and what is given again replaces only itself. A round called off and added
        again is set again (process.md: called off "until a new time is set").
        """
        source = "cli"
        if invite_uid:
            kind = self.store.proposal(invite_uid).proposal.kind
            source = "invite" if kind is ProposalKind.INVITATION else "discovered"
        before = self.known(interview)
        given = interview.contacts  # kept when the configuration is read again (u07cr)
        if before is not None:
            interview = _joined(before, interview)
        new_id = self.store.upsert_interview(interview, source=source, now=now)
        if source == "cli" and given:
            self.store.add_hand_contacts(new_id, given)
        if before is not None and before.cancelled:
            # "we can keep the original slot after all": added again, the round is back
            self.store.move_round(new_id, interview.date)
        if invite_uid:
            evidence = self.store.proposal(invite_uid).proposal.evidence
            tie_evidence(self.store, evidence, new_id)
            self.store.settle_proposal(invite_uid, ProposalStatus.ACCEPTED, new_id, now)
        return new_id

    def proposal(self, uid: str) -> StoredProposal:
        """One proposal by its invitation UID (``NotFoundError`` when there is none)."""
        return self.store.proposal(uid)

    def proposals(self) -> list[StoredProposal]:
        """Proposals waiting for the candidate's confirmation."""
        return self.store.proposals()

    def listing(self, now: datetime) -> list[tuple[Interview, str]]:
        """Every interview (the config's brought in first) with where it came from."""
        self.service.sync_interviews(now)
        return [(i, self.store.interview_source(i.id)) for i in self.store.interviews()]

    def view(self, interview_id: int, now: datetime) -> InterviewView:
        """One interview, its timeline, where it stands and the people the candidate knows."""
        self.service.sync_interviews(now)
        interview = self.store.interview(interview_id)
        verdict = next(
            s.verdict
            for s in self.service.standings(now)
            if interview_id in {r.id for r in s.process.rounds}
        )
        return InterviewView(
            interview=interview,
            source=self.store.interview_source(interview_id),
            verdict=verdict,
            timeline=self.store.timeline(interview_id),
            connections=self.service.connections_of(interview),
        )

    def close(self, interview_id: int, now: datetime) -> None:
        """No more follow-ups; a reply from them reopens it."""
        self.store.set_interview_control(interview_id, closed_at=now)

    def snooze(self, interview_id: int, until: datetime) -> None:
        """Nothing is drafted for it before ``until``."""
        self.store.set_interview_control(interview_id, snoozed_until=until)

    def stop(self, interview_id: int) -> None:
        """No more follow-ups; replies are still watched."""
        self.store.set_interview_control(interview_id, stopped=True)

    def resume(self, interview_id: int) -> None:
        """Undo stop and close."""
        self.store.set_interview_control(interview_id, stopped=False, reopen=True)


def _joined(before: Interview, given: Interview) -> Interview:
    """``given`` with what ``before`` held and ``given`` does not say."""
    emails = {c.email.lower() for c in given.contacts}
    domains = {d.lower() for d in given.domains}
    return replace(
        given,
        contacts=(*given.contacts, *(c for c in before.contacts if c.email.lower() not in emails)),
        domains=(*given.domains, *(d for d in before.domains if d.lower() not in domains)),
        expect_reply_by=given.expect_reply_by or before.expect_reply_by,
        agency=given.agency or before.agency,
        timezone=given.timezone or before.timezone,
    )
