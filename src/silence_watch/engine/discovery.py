"""Interviews found in the candidate's mail, and the candidate's answers to them (shell).

After each sync, ``catch_up`` reads the mail of the last ``discovery.scan_days`` that it
has not read yet (headers first: ``core.discovery.worth_reading``; whole messages only
for what passes, and for the messages the candidate's replies answer), asks
``core.discovery`` which rounds it shows, and keeps each as a proposal:

- a round seen before (under any id, any status) takes the new evidence; a round the
  candidate already has (a round of a known process at that time) is settled as that
  round, silently;
- a new one waits for the candidate: ``listing`` numbers them for the digest, ``accept``
  (``add 5``, ``add 5 as Acme / Data Engineer``, ``interviews add --from-invite``) makes
  it a round of its process, ``dismiss`` (``not an interview 5``) drops it for good;
- with ``discovery.auto_confirm``, a proposal at ``discovery.min_confidence`` or above
  that names its company and time is accepted by itself, and the digest says so.

Nothing is drafted for a proposal: drafts come from processes, and a proposal becomes
one only when accepted. Calendar invitations are read by ``engine.rounds`` (their
updates and cancellations move and cancel rounds); they are proposals here like any other.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from silence_watch.core.commandlines import Verb
from silence_watch.core.discovery import (
    Mail,
    absorb,
    describe,
    discover,
    label,
    process_of,
    round_of,
    same_round,
    split_as,
    when_words,
    worth_reading,
)
from silence_watch.core.errors import NotFoundError, SilenceWatchError
from silence_watch.core.invites import ProposalKind
from silence_watch.core.match import RULE_CONFIDENCE, Match, MatchRule
from silence_watch.core.model import (
    Contact,
    Direction,
    EventKind,
    Interview,
    MessageKind,
    ProposalStatus,
)
from silence_watch.core.parse import parse_message
from silence_watch.core.senders import is_no_reply

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping
    from datetime import datetime

    from silence_watch.core.commandlines import Command
    from silence_watch.core.invites import ProposedInterview
    from silence_watch.engine.base import Engine
    from silence_watch.store import Store, StoredMessage, StoredProposal

log = logging.getLogger(__name__)

#: How far discovery has read the index (the highest message id it looked at).
READ_THROUGH = "discovery_read_through"
#: How a digest's numbered item names a proposal (beside the Message-IDs of news items).
ITEM_PREFIX = "proposal:"
_EVERY_STATUS = tuple(ProposalStatus)
_NOT_READ = frozenset({MessageKind.BOUNCE, MessageKind.AUTO_REPLY, MessageKind.DELAYED,
                       MessageKind.CUSTOMER})  # her delivery slot is no interview
#: Whole messages asked of the mailbox at a time: one round trip each, bounded memory.
_FETCH_BATCH = 200


@dataclass(frozen=True, slots=True)
class Answer:
    """What became of a proposal the candidate answered, in one line."""

    text: str
    interview_id: int | None = None


class Discovery:
    """The proposals of one state database: found, listed, accepted, dismissed."""

    def __init__(self, engine: Engine) -> None:
        """Work with this engine's settings and store."""
        self.store = engine.store
        self.settings = engine.settings
        self.own = engine.own

    # --- finding -----------------------------------------------------------------------

    def catch_up(
        self, fetch: Callable[[list[int]], Mapping[int, bytes]], now: datetime
    ) -> list[str]:
        """Read the indexed mail discovery has not read yet; the ids of new proposals.

        ``fetch`` returns whole messages by their index ids, a batch at a time (those gone
        are left out).
        """
        since = now - timedelta(days=self.settings.discovery.scan_days)
        after = int(self.store.meta(READ_THROUGH) or 0)
        stored = self.store.messages_since(since, after=after)
        if not stored:
            return []
        me = self.settings.me
        month_first = me.country == "US" or me.timezone.startswith("America/")
        read = self._bodies(stored, fetch)
        mails = [Mail(parse_message(raw), outbound=out) for raw, out in read]
        found = discover(mails, own=self.own, zone=self.settings.zone, month_first=month_first)
        fresh = [uid for proposal in found if (uid := self._keep(proposal, now)) is not None]
        self.store.set_meta(READ_THROUGH, str(max(s.pk for s in stored)))
        if self.settings.discovery.auto_confirm:
            self.confirm_sure_ones(now)
        return fresh

    def _bodies(
        self, stored: list[StoredMessage], fetch: Callable[[list[int]], Mapping[int, bytes]]
    ) -> Iterable[tuple[bytes, bool]]:
        """The whole messages worth reading, and those the candidate's replies answer."""
        wanted: dict[int, StoredMessage] = {}
        for item in stored:
            outbound = item.direction is Direction.OUTBOUND
            if item.kind in _NOT_READ or not worth_reading(item.message, outbound=outbound):
                continue
            wanted[item.pk] = item
            if outbound and item.message.in_reply_to:
                for parent in self.store.messages_by_id(item.message.in_reply_to)[:1]:
                    wanted.setdefault(parent.pk, parent)
        order = sorted(wanted)
        for start in range(0, len(order), _FETCH_BATCH):
            batch = order[start : start + _FETCH_BATCH]
            found = fetch(batch)
            for pk in batch:
                if pk in found:
                    yield found[pk], wanted[pk].direction is Direction.OUTBOUND

    def _keep(self, proposal: ProposedInterview, now: datetime) -> str | None:
        """Store what was found; the id when it is a new proposal for the candidate."""
        if proposal.kind is ProposalKind.INVITATION:
            self._more_evidence(proposal, now)
            return None
        held = self.store.proposals(_EVERY_STATUS)
        same = next((s for s in held if same_round(s.proposal, proposal)), None)
        if same is not None:
            merged = absorb(same.proposal, proposal)
            if merged != same.proposal:
                self.store.save_proposal(merged, now)
            return None
        process = process_of(proposal, self.store.processes(include_closed=False))
        if process is not None:
            proposal = replace(proposal, company=process.company, role=process.role or None)
            known = round_of(proposal, process)
            if known is not None:  # a round the candidate has: the mail confirms it
                self.store.save_proposal(proposal, now)
                self.store.settle_proposal(proposal.uid, ProposalStatus.ACCEPTED, known.id, now)
                return None
        self.store.save_proposal(proposal, now)
        log.info("proposed: %s", describe(proposal, self.settings.zone, now))
        return proposal.uid

    def _more_evidence(self, seen: ProposedInterview, now: datetime) -> None:
        """What other mail adds to an invitation ``engine.rounds`` keeps: evidence only.

        The invitation's time, updates and cancellations are the rounds' business (they
        come in order as the mail arrives; this batch may hold an older version).
        """
        try:
            held = self.store.proposal(seen.uid).proposal
        except NotFoundError:
            return
        more = replace(
            held,
            evidence=tuple(dict.fromkeys((*held.evidence, *seen.evidence))),
            sources=tuple(dict.fromkeys((*held.sources, *seen.sources))),
            confidence=max(held.confidence, seen.confidence),
        )
        if more != held:
            self.store.save_proposal(more, now)

    def confirm_sure_ones(self, now: datetime) -> list[int]:
        """``discovery.auto_confirm``: accept every proposal sure enough; the new rounds."""
        floor = self.settings.discovery.min_confidence
        added = []
        for stored in self.store.proposals():
            proposal = stored.proposal
            if proposal.confidence >= floor and proposal.company and proposal.start:
                added.append(self.accept(proposal.uid, now, by_itself=True).interview_id or 0)
        return added

    # --- listing and answering ---------------------------------------------------------

    def pending(self) -> list[StoredProposal]:
        """Proposals waiting for the candidate, earliest round first."""
        return self.store.proposals()

    def listing(self, now: datetime, first: int = 1) -> tuple[list[str], dict[int, str]]:
        """The digest's lines for the waiting proposals, numbered from ``first``, and items.

        Each item maps its number to ``proposal:<id>`` (``answer`` reads it back).
        """
        lines, items = [], {}
        for number, stored in enumerate(self.pending(), start=first):
            items[number] = ITEM_PREFIX + stored.proposal.uid
            lines.append(
                f"[{number}] {describe(stored.proposal, self.settings.zone, now)}."
                f" Answer: add {number} (or add {number} as Company / Role),"
                f" or not an interview {number}"
            )
        return lines, items

    def answer(self, command: Command, number: int, item: str | None, now: datetime) -> str:
        """A digest's ``add N [as Company / Role]`` or ``not an interview N``, done; one line."""
        if item is None or not item.startswith(ITEM_PREFIX):
            return f"{command.line}: there is no proposed interview [{number}] in that digest."
        uid = item.removeprefix(ITEM_PREFIX)
        try:
            if command.verb is Verb.ADD:
                company, role = split_as(command.text)
                done = self.accept(uid, now, company=company, role=role)
            else:
                done = self.dismiss(uid, now)
        except SilenceWatchError as error:
            return f"[{number}] nothing was changed: {error}."
        return f"[{number}] {done.text}."

    def accept(
        self,
        uid: str,
        now: datetime,
        *,
        company: str | None = None,
        role: str | None = None,
        by_itself: bool = False,
    ) -> Answer:
        """Make a proposal a round of its process (company and role may be corrected)."""
        stored = self.store.proposal(uid)
        proposal = stored.proposal
        if stored.status is ProposalStatus.ACCEPTED and stored.interview_id is not None:
            return Answer(f"it is already interview {stored.interview_id}", stored.interview_id)
        name = company or proposal.company
        if not name:
            raise SilenceWatchError(
                "the mail does not say which company it is; answer: add N as Company / Role"
            )
        if proposal.start is None or proposal.cancelled:
            raise SilenceWatchError("it has no date any more (the invitation was cancelled)")
        people = (proposal.organizer, *proposal.attendees)
        interview = Interview(
            id=0,
            company=name,
            role=role if role is not None else (proposal.role or ""),
            date=proposal.start,
            contacts=tuple(
                Contact(p.name, p.email)
                for p in people
                if p is not None and p.email not in self.own and not is_no_reply(p.email)
            ),
            domains=proposal.domains,
            agency=proposal.agency,
            timezone=proposal.timezone if proposal.timezone and "/" in proposal.timezone else None,
        )
        invitation = proposal.kind is ProposalKind.INVITATION
        new_id = self.store.upsert_interview(
            interview, source="invite" if invitation else "discovered", now=now
        )
        if invitation:
            self.store.set_round_uid(new_id, proposal.uid)
        tie_evidence(self.store, proposal.evidence, new_id)
        self.store.settle_proposal(proposal.uid, ProposalStatus.ACCEPTED, new_id, now)
        when = when_words(proposal, self.settings.zone, now)
        why = "discovery.auto_confirm is on" if by_itself else "you confirmed it"
        self.store.add_event(
            EventKind.ROUND_ADDED,
            f"{name}: a round on {when}, found in {', '.join(proposal.sources) or 'your mail'},"
            f" was added ({why})",
            at=now, interview_id=new_id, dedupe=f"round_added:{proposal.uid}",
        )  # fmt: skip
        shown = label(replace(proposal, company=name, role=interview.role or None))
        return Answer(f"added {shown}, {when}, as interview {new_id}", new_id)

    def dismiss(self, uid: str, now: datetime) -> Answer:
        """Not an interview: the proposal is dropped and never proposed again."""
        stored = self.store.proposal(uid)
        if stored.status is ProposalStatus.ACCEPTED:
            raise SilenceWatchError(
                f"it is already interview {stored.interview_id}; to stop it: silence-watch "
                f"interviews close {stored.interview_id}"
            )
        self.store.settle_proposal(stored.proposal.uid, ProposalStatus.DISMISSED, None, now)
        when = when_words(stored.proposal, self.settings.zone, now)
        return Answer(
            f"noted: {label(stored.proposal)} on {when} is not an interview; it will not be"
            " proposed again"
        )


#: Set when mail was tied to a round outside a sync: the next sync reads its notes.
NOTES_PENDING = "notes_pending"


def tie_evidence(store: Store, message_ids: Iterable[str], interview_id: int) -> None:
    """The mail a round was found in becomes the round's (the language its thank-you is in).

    Its notes are read by the next sync, even one with nothing new (``NOTES_PENDING``).
    """
    for message_id in message_ids:
        for stored in store.messages_by_id(message_id):
            if stored.interview_id is None:
                store.save_match(stored.pk, Match(
                    interview_id, RULE_CONFIDENCE[MatchRule.THREAD],
                    "the mail this round was found in", rule=MatchRule.THREAD,
                ))  # fmt: skip
                store.set_meta(NOTES_PENDING, "1")
