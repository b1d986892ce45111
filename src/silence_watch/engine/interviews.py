"""Interviews by hand: add, list, show, close, snooze, stop, resume; confirm proposals (shell).

What ``silence-watch interviews ...`` does, over the state database. Deciding where an
interview stands stays with the policy (through the service's assessments).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.invites import ProposalKind
from silence_watch.core.model import ProposalStatus

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

    def add(self, interview: Interview, *, now: datetime, invite_uid: str | None = None) -> int:
        """Add an interview (or update the one with its company, role and day); its id."""
        source = "cli"
        if invite_uid:
            kind = self.store.proposal(invite_uid).proposal.kind
            source = "invite" if kind is ProposalKind.INVITATION else "discovered"
        new_id = self.store.upsert_interview(interview, source=source, now=now)
        if invite_uid:
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
