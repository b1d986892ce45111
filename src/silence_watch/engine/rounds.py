"""Calendar invitations: new rounds of a process, rounds moved, rounds cancelled (shell).

An invitation from a process the candidate already has (the message matched it, or its
organizer or guests are that process's people or domains) is that process's next round.
An update (same UID, higher SEQUENCE) moves the round; a cancellation cancels it, and the
policy then drafts nothing for it. An invitation that belongs to no known process is
kept as a proposal for the candidate to confirm (``interviews proposals``). Mail from the
employer's side that calls off or moves the next round in words (``core.calloffs``) does
the same as a cancellation or an update.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from silence_watch.core.absent_interviewers import absent_people
from silence_watch.core.calloffs import round_change
from silence_watch.core.discovery import absorb, same_round
from silence_watch.core.earlier_roles import earlier_role_invited
from silence_watch.core.errors import NotFoundError
from silence_watch.core.interviewers import interviewers_first
from silence_watch.core.invites import ProposalKind, apply_invite, invites_in
from silence_watch.core.match import direction_of
from silence_watch.core.model import (
    Contact,
    Direction,
    EventKind,
    Intent,
    Interview,
    MessageKind,
    ProposalStatus,
)
from silence_watch.core.other_organisations import another_client_copied
from silence_watch.core.quotes import own_text
from silence_watch.core.rebooked_rounds import rebooked
from silence_watch.core.round_bookings import SAME_TIME, still_booked
from silence_watch.core.sightings import broadcast, job_invitation
from silence_watch.core.uid_less_rounds import is_same_round
from silence_watch.core.words import moment_words
from silence_watch.core.writer_zones import round_zone, writer_zone
from silence_watch.engine.base import Engine

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.classify import Classification
    from silence_watch.core.invites import ProposedInterview
    from silence_watch.core.match import Match
    from silence_watch.core.model import Message, Process

log = logging.getLogger(__name__)

#: A word about who will be there counts for a round up to this long after it began.
_SAME_DAY = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class WordsChange:
    """What mail that changes a round in words did: its reading then, a doubt, a call-off."""

    reading: Classification
    doubt: str | None = None  # why the candidate is asked what it was
    calendar: str = ""  # "cancel": a hiring system's mail called a round off


class Rounds(Engine):
    """Turn invitations into rounds (or proposals)."""

    def apply_invitations(self, message: Message, match: Match | None, now: datetime) -> str:
        """Apply every invitation a message carries; "request", "cancel" or "" (none)."""
        zone = self.settings.me.timezone
        seen = ""
        for invite in invites_in(message, own_addresses=self.own, default_zone=zone):
            try:
                held = {invite.uid: self.store.proposal(invite.uid).proposal}
            except NotFoundError:
                held = {}
            seen = "cancel" if invite.cancelled or invite.method.upper() == "CANCEL" else "request"
            if not held and not self._may_propose(invite, message, match):
                log.info("invitation %s is about no job: not proposed", invite.uid)
                continue
            updated = apply_invite(held, invite).get(invite.uid)
            if updated is None and invite.declined:
                self._declined_unseen(invite, match)
                continue
            if updated is None or updated == held.get(invite.uid):
                continue  # stale: an older sequence than the one held
            absorbed: list[str] = []
            if not held:
                updated, absorbed = self._absorbing(updated)
            self.store.save_proposal(updated, now)
            for uid in absorbed:
                self.store.merge_proposal(uid, updated.uid, now)
            # The invitation's own words may name the person met ("mit Herrn Dr. Haas").
            self._to_round(updated, match, now, own_text(message.body or ""))
        return seen

    def apply_changes_in_words(
        self, message: Message, match: Match, now: datetime, reading: Classification
    ) -> WordsChange:
        """A round the employer's side called off or moved in words, changed as they wrote.

        Only their mail counts, written before the round; the candidate's own never does.
        Returns the message's ``reading`` as the call-off leaves it, and why it is in doubt:
        a round called off with no new time and no news to say why ("we need to cancel
        Thursday. I'll be in touch") could be a pause, a no or a move to come, so the
        candidate is asked; one that says a new time will come ("as soon as we have a new
        date") is waited on (``core.calloff_readings``). A round called off that their word
        then says was moved, with its day and hour, is on again there
        (``core.rebooked_rounds``).
        """
        # Their readers load the intent tables: imported when mail is read, never when idle.
        from silence_watch.core.calloff_readings import calloff_reading, moved_reading  # noqa: PLC0415

        outbound = direction_of(message, self.own, self.own_name) is Direction.OUTBOUND
        if message.body is None or outbound:
            return WordsChange(reading)
        sent = message.date or now
        process = self.store.process(self.store.interview(match.interview_id).process_id)
        words = own_text(message.body)
        self._without_absentees(words, process.live_rounds, sent)
        # "tomorrow", "Thursday at 3pm": in the writer's zone, as the Date shows (u14tz);
        # not +0000, which Outlook's servers stamp for writers anywhere (t9rn, t88sx): then
        # in the interview's own zone, else the candidate's (u35rl)
        theirs = round_zone(process.live_rounds, sent)
        zone = writer_zone(message, self.settings.zone, theirs=theirs, utc_says_nothing=True)
        # "he movido la entrevista al martes 24 ... a las 16:00" after a call-off (u40rs)
        change = round_change(words, sent, process.live_rounds, zone) or rebooked(
            words, sent, process.rounds, zone
        )
        if change is None:
            return WordsChange(reading)
        known = self.store.interview(change.round_id)
        who = message.sender.name or message.sender.email if message.sender else "they"
        old = moment_words(known.date, self.settings.zone, now=now)
        key = f"{message.message_id or sent.isoformat()}:{known.id}"
        if change.start is not None:
            self.store.move_round(known.id, change.start)
            new = moment_words(change.start, self.settings.zone, now=now)
            self.store.add_event(
                EventKind.ROUND_MOVED,
                f"{known.company}: the interview moved from {old} to {new}, as {who} wrote"
                + (" (it had been called off)" if known.cancelled else ""),
                at=now, interview_id=known.id, dedupe=f"round_moved_words:{key}",
            )  # fmt: skip
            intent, confidence = moved_reading(reading.intent, reading.confidence)
            if intent is not reading.intent or confidence != reading.confidence:
                why = f"it moves the interview to {new}"
                reading = replace(reading, intent=intent, confidence=confidence,
                                  reasons=(*reading.reasons, why))  # fmt: skip
            return WordsChange(reading)
        self.store.cancel_round(known.id, now)
        self.store.add_event(
            EventKind.ROUND_CANCELLED,
            f"{known.company}: {who} wrote that the interview on {old} is called off or"
            " moved; nothing will be drafted for it until a new time is set (an invitation,"
            " or: silence-watch interviews add)",
            at=now, interview_id=known.id, dedupe=f"round_cancelled_words:{key}",
        )  # fmt: skip
        rules = reading.rules.intent if reading.rules is not None else None
        intent, confidence, ask = calloff_reading(
            words, reading.intent, reading.confidence, rules
        )
        if intent is not reading.intent or confidence != reading.confidence:
            why = "a new time to come for the interview it calls off: they will write"
            # a pause read into a meeting put off has no end to wait for (u40rs)
            revisit = reading.revisit_by if intent is Intent.ON_HOLD else None
            reading = replace(reading, intent=intent, confidence=confidence,
                              revisit_by=revisit, reasons=(*reading.reasons, why))  # fmt: skip
        why = f"it calls off the interview on {old} and says neither why nor when instead"
        # a hiring system's word that the round is off counts as its CANCEL would (t49ct):
        # the wait starts again from it, as a person's would (u30ic)
        cancel = "cancel" if reading.kind is MessageKind.AUTOMATED else ""
        return WordsChange(reading, why if ask else None, cancel)

    def _without_absentees(self, text: str, rounds: Sequence[Interview], sent: datetime) -> None:
        """"Omar is off sick today, so Lena will run it on her own": Omar is not met."""
        ahead = [r for r in rounds if r.date >= sent - _SAME_DAY]
        if not ahead:
            return
        nearest = min(ahead, key=lambda r: r.date)
        gone = absent_people(text, nearest.contacts)
        if gone:
            log.info("round %s: %s will not be there", nearest.id, ", ".join(gone))
            self.store.decline_round(nearest.id, gone)

    def _may_propose(
        self, invite: ProposedInterview, message: Message, match: Match | None
    ) -> bool:
        """A new invitation is kept when it is a known process's, or its mail is about a job.

        A webinar or a list's invitation is neither, even from the process's own domain.
        """
        if broadcast(invite, message):
            return False
        if match is not None or self._process_of(invite, None) is not None:
            return True
        return job_invitation(invite, message)

    def _absorbing(self, invite: ProposedInterview) -> tuple[ProposedInterview, list[str]]:
        """A new invitation, with the round other mail already proposed (and their ids).

        A confirmation or an accepted time proposed the round before its invitation came:
        the invitation takes their evidence (and, when the candidate answered them, their
        answer), so the round is proposed once.
        """
        if invite.cancelled:
            return invite, []
        absorbed = []
        for stored in self.store.proposals(tuple(ProposalStatus)):
            seen = stored.proposal
            if seen.kind is not ProposalKind.INVITATION and same_round(seen, invite):
                invite = absorb(invite, seen)
                absorbed.append(seen.uid)
        return invite, absorbed

    def _to_round(
        self, invite: ProposedInterview, match: Match | None, now: datetime, text: str = ""
    ) -> None:
        known = self.store.round_of_invite(invite.uid)
        if known is not None:
            self._change_round(known, invite, now)
            people = self._people(invite, text)
            # "Interviewer: Marcus Webb (replacing Priyanka Rao)": the update's people are met
            # (t80pn); a round typed in or configured keeps its own
            # (the same people in another order is no change: the first invitation's words
            # named whom the candidate meets, an update's may not)
            emails = {c.email.lower() for c in people}
            held = {c.email.lower() for c in known.contacts}
            if (not invite.cancelled and emails and emails != held
                    and self.store.interview_source(known.id) == "invite"):
                self.store.recast_round(known.id, people)
            return
        process = self._process_of(invite, match)
        if process is None or invite.start is None:
            log.info("invitation %s: %s", invite.uid, invite.summary or "(no title)")
            return
        if other := earlier_role_invited(invite, process.role, process.company, process.rounds):
            log.info("invitation %s is for %s, before %s began: not its round", invite.uid,
                     other, process.role)  # fmt: skip
            return  # October's interview for another role (u28re): still a proposal
        same = [r for r in process.live_rounds if is_same_round(r.date, invite.start, invite)]
        if not same and not invite.cancelled:  # cancelled by mistake, invited again (t97cr)
            same = [r for r in process.rounds if is_same_round(r.date, invite.start, invite)]
            for again in same[:1]:
                self.store.reinstate_round(again.id)
                self.store.add_event(
                    EventKind.ROUND_ADDED,
                    f"{process.company}: the interview on"
                    f" {moment_words(again.date, self.settings.zone, now=now)} is on again",
                    at=now, interview_id=again.id, dedupe=f"round_again:{invite.uid}",
                )  # fmt: skip
        if same:  # the invitation of a round the candidate already has: its time is right
            # (a cancellation of a round typed in by hand, its invitation never seen,
            # cancels that round)
            self.store.set_round_uid(same[0].id, invite.uid)
            self.store.settle_proposal(invite.uid, ProposalStatus.ACCEPTED, same[0].id, now)
            self._change_round(same[0], invite, now)  # a typed 10:00 Eastern that is Pacific
            if not same[0].contacts and not invite.cancelled and (
                people := self._people(invite, text)
            ):  # added by hand with nobody named: the invitation names whom she meets (u07cr)
                self.store.recast_round(same[0].id, people)
            return
        if invite.cancelled:
            log.info("cancelled invitation %s: %s", invite.uid, invite.summary or "(no title)")
            return
        people = self._people(invite, text)
        new_round = Interview(
            id=0,
            company=process.company,
            role=process.role,
            date=invite.start,
            contacts=people,
            domains=invite.domains,
            process_id=process.id,
            # The zone the employer wrote the time in, else the one of their other rounds:
            # the send window and the dates of drafts follow the reader's clock.
            timezone=invite.timezone
            or next((r.timezone for r in reversed(process.rounds) if r.timezone), None),
        )
        round_id = self.store.upsert_interview(new_round, source="invite", now=now)
        self.store.set_round_uid(round_id, invite.uid)
        self.store.settle_proposal(invite.uid, ProposalStatus.ACCEPTED, round_id, now)
        when = moment_words(invite.start, self.settings.zone, now=now)
        self.store.add_event(
            EventKind.ROUND_ADDED,
            f"{process.company}: a new round on {when} ({invite.summary or 'an invitation'})",
            at=now, interview_id=round_id, dedupe=f"round_added:{invite.uid}",
        )  # fmt: skip

    def _people(self, invite: ProposedInterview, text: str) -> tuple[Contact, ...]:
        """The people of an invitation, the one it names as met first (``core.interviewers``).

        The round's thank-you goes to them, not to the recruiter who booked it; a calendar
        part alone (tester round t62ml) has its DESCRIPTION for its words.
        """
        return tuple(
            Contact(a.name, a.email)
            for a in interviewers_first(
                invite.organizer, invite.attendees, text if text.strip() else invite.description
            )
            if a.email.lower() not in self.own
        )

    def _change_round(self, known: Interview, invite: ProposedInterview, now: datetime) -> None:
        self._without_decliners(known, invite)
        start = invite.start
        if invite.cancelled:
            booked = [other.proposal for other in self.store.invitations_of_round(known.id)]
            start = still_booked(known.date, invite.uid, booked)
            if known.cancelled:
                return
            if start is None:
                self.store.cancel_round(known.id, now)
                when = moment_words(known.date, self.settings.zone, now=now)
                self.store.add_event(
                    EventKind.ROUND_CANCELLED,
                    f"{known.company}: the interview on {when} was cancelled; nothing will be"
                    " drafted for it",
                    at=now, interview_id=known.id, dedupe=f"round_cancelled:{invite.uid}",
                )  # fmt: skip
                return
            # a copy of its invitation, or one part of the sitting: another still books it
            log.info("an invitation to round %s was cancelled; another stands", known.id)
        if start is not None and start != known.date:
            self.store.move_round(known.id, start)
            old = moment_words(known.date, self.settings.zone, now=now)
            new = moment_words(start, self.settings.zone, now=now)
            self.store.add_event(
                EventKind.ROUND_MOVED,
                f"{known.company}: the interview moved from {old} to {new}",
                at=now, interview_id=known.id,
                dedupe=f"round_moved:{invite.uid}:{invite.sequence}",
            )  # fmt: skip

    def _without_decliners(self, known: Interview, invite: ProposedInterview) -> None:
        """A guest who declined is not met: out of the round, while someone else stays."""
        declined = {e.lower() for e in invite.declined_by} - self.own
        if any(c.email.lower() not in declined for c in known.contacts) and any(
            c.email.lower() in declined for c in known.contacts
        ):
            self.store.decline_round(known.id, declined)

    def _declined_unseen(self, invite: ProposedInterview, match: Match | None) -> None:
        """A guest declines an invitation never seen (the candidate sent it, with no file).

        "Declined: ... go ahead with Dana" to the round at that very time: the decliner is
        not met (tester round t49ct). Only a round with someone else in it is changed; who
        declines a one-to-one meeting calls it off, which a REPLY alone does not prove.
        """
        process = self._process_of(invite, match)
        if process is None or invite.start is None:
            return
        start = invite.start
        for known in process.live_rounds:
            if abs(known.date - start) <= SAME_TIME:
                self._without_decliners(known, invite)

    def _process_of(self, invite: ProposedInterview, match: Match | None) -> Process | None:
        """The open process this invitation belongs to, when that is clear."""
        if match is not None:
            return self.store.process(self.store.interview(match.interview_id).process_id)
        guests = tuple(a for a in (invite.organizer, *invite.attendees) if a is not None)
        people = {a.email.lower() for a in guests}
        domains = {d.lower() for d in invite.domains}
        found = [
            p
            for p in self.store.processes(include_closed=False)
            if (people & {c.email.lower() for c in p.contacts}
                or domains & {d.lower() for d in p.domains})
            # its agency's invitation for another client, whose people it invites (u30ic)
            and not another_client_copied(guests, invite.summary, _whole(p))
        ]  # fmt: skip
        return found[0] if len(found) == 1 else None


def _whole(process: Process) -> Interview:
    """The process as one round: its latest, with everyone and every domain of the others."""
    latest = process.rounds[-1]
    return replace(latest, contacts=process.contacts, domains=process.domains,
                   agency=process.agency)  # fmt: skip
