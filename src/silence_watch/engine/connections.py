"""Whom the candidate knows, what the mail said, and a call plan (shell).

Imports a network export into the store (``core.connections`` parses it), reads the
bodies of a process's mail once for what the index does not keep (signature phone
numbers, the language and tone of the employer's words, what the candidate sent), and
puts together the facts a call plan and a draft's language need.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.callplan import Caller, CallFacts, call_plan, region_of, signature_numbers
from silence_watch.core.companies import company_key
from silence_watch.core.compose import compose, reader_zone
from silence_watch.core.connections import (
    Imported,
    ImportProblem,
    KnownPerson,
    find_person,
    known_people,
    read_export,
    size_problem,
)
from silence_watch.core.conversation import is_agency_address, is_forward, is_from_agency
from silence_watch.core.dates import names_its_day, promise
from silence_watch.core.elsewhere import answer_deadline
from silence_watch.core.errors import NotFoundError, SilenceWatchError
from silence_watch.core.language import Tongue, detect, is_informal, language_for
from silence_watch.core.model import Action, Contact, Direction, Intent, InterviewState, NewDraft
from silence_watch.core.parse import parse_message
from silence_watch.core.quotes import gist, own_text
from silence_watch.core.recall import Recall, round_kind, sent_items
from silence_watch.core.replylines import without_footers
from silence_watch.engine.decisions import Decisions
from silence_watch.engine.understanding import Understanding
from silence_watch.store import MessageNote

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime
    from pathlib import Path

    from silence_watch.config.settings import InterviewConfig
    from silence_watch.core.model import Interview, Process
    from silence_watch.engine.decisions import Standing
    from silence_watch.mailbox.base import Mailbox
    from silence_watch.store.network import Saved, Unnoted

log = logging.getLogger(__name__)

#: Processes whose mail is worth reading: for a call plan, a draft's language, or an
#: offer's deadline that the others may hear of.
#: Whole messages asked of the mailbox at a time for notes.
_NOTES_BATCH = 200
_OPEN = frozenset(
    {InterviewState.UPCOMING, InterviewState.WAITING, InterviewState.OVERDUE,
     InterviewState.FOLLOWED_UP, InterviewState.REPLIED, InterviewState.OFFER},
)  # fmt: skip


#: Their words after which an earlier promised day no longer stands: a no, a next step,
#: a pause ("uiterlijk vrijdag 15 januari", after a promised 4 December: t77lt).
_TURNS = frozenset({Intent.REJECTION, Intent.NEXT_STEP, Intent.ON_HOLD})


class NetworkImportError(SilenceWatchError):
    """A network export could not be imported; nothing was."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import read and changed."""

    imported: Imported
    saved: Saved


class Network(Understanding, Decisions):
    """The candidate's network, the notes of their mail, and call plans."""

    def import_connections(self, path: Path, now: datetime) -> ImportReport:
        """Import a LinkedIn or vCard export whole, or nothing (one line says why)."""
        try:
            # Told by its size before it is read: a 5 GB file is never loaded.
            problem = size_problem(path.stat().st_size, path.name)
            if problem is not None:
                raise NetworkImportError(problem)
            data = path.read_bytes()
        except OSError as error:
            raise NetworkImportError(
                f"cannot read {path} ({error.strerror or error}); nothing was imported"
            ) from error
        try:
            imported = read_export(data, path.name)
        except ImportProblem as problem:
            raise NetworkImportError(str(problem)) from problem
        saved = self.store.save_people(imported.people, now)
        log.info("imported %d people from %s", len(imported.people), path)
        return ImportReport(imported, saved)

    def _config_of(self, company: str, role: str = "") -> InterviewConfig | None:
        """The config entry of a process, by its company (and role, when one matches)."""
        same = [i for i in self.settings.interviews if company_key(i.company) ==
                company_key(company)]  # fmt: skip
        exact = [i for i in same if i.role.casefold() == role.casefold()]
        found = exact or same
        return found[0] if found else None

    def known_at(self, interview: Interview, now: datetime) -> list[KnownPerson]:
        """Everyone the candidate knows at the interview's company: exports and mail."""
        config = self._config_of(interview.company, interview.role)
        return known_people(
            interview.company,
            self.store.people(),
            self.connections_of(interview),
            today=now.astimezone(self.settings.zone).date(),
            zone=self.settings.zone,
            aliases=config.aliases if config else (),
            domains=interview.domains,
        )

    # --- what the mail said ---------------------------------------------------------

    def read_notes(self, mailbox: Mailbox, now: datetime) -> int:
        """Read once the bodies of open processes' mail for notes; return how many."""
        unnoted = {
            item.pk: item
            for standing in self.standings(now)
            # a settled process still read when a draft is due (a feedback request
            # answers the rejection in the rejection's language)
            if standing.verdict.state in _OPEN or standing.verdict.next_action is not None
            for item in self.store.unnoted_messages(r.id for r in standing.process.rounds)
        }
        pks = list(unnoted)
        read = 0
        for start in range(0, len(pks), _NOTES_BATCH):
            # engine.understanding: by their stored locations, one request a batch.
            found = self._whole_messages(mailbox, pks[start : start + _NOTES_BATCH])
            for pk, raw in found.items():
                self.store.save_note(self._note_of(unnoted[pk], raw), now)
                read += 1
        return read

    def _note_of(self, item: Unnoted, raw: bytes) -> MessageNote:
        pk = item.pk
        message = parse_message(raw)
        body = message.body or ""
        words = own_text(body)
        spoken = without_footers(words)
        if item.automated:
            # A hiring system's confirmation in Spanish: the language of a draft to a
            # recruiter who never wrote themselves. Its footer's numbers and dates are not
            # a person's.
            written_in = detect(spoken)
            tone = written_in is not None and is_informal(spoken, written_in)
            return MessageNote(pk, (), written_in, tone, ())
        sender = message.sender
        if item.outbound or (sender is not None and sender.email in self.own):
            # The candidate's language and tone to them: a draft to someone who never
            # wrote follows it.
            mine = detect(spoken)
            return MessageNote(
                pk, (), mine, informal=mine is not None and is_informal(spoken, mine),
                sent_items=sent_items(words),
            )
        region = region_of(sender.domain if sender else "") or self.settings.me.country
        language = detect(spoken)
        informal = language is not None and is_informal(spoken, language)
        numbers = signature_numbers(body, region)
        # read as the classifier reads it: a long message by its head and tail
        head_and_tail = gist(words)
        # the intent tables: loaded when a note is read, never by an idle cycle
        from silence_watch.core.intents import another_role_offered  # noqa: PLC0415

        deadline = answer_deadline(head_and_tail, message.date) if message.date else None
        # Whether the promise named its day matters only where the reading found one (the
        # date reader is the costliest part of a note).
        said = (
            promise(head_and_tail, message.date, language=language)
            if message.date and item.promised
            else None
        )
        return MessageNote(
            pk, numbers, language, informal, (), round_kind(words), deadline,
            promise_named=said is not None and names_its_day(said),
            other_role=another_role_offered(head_and_tail),
        )

    def tongue(self, standing: Standing, recipient: Contact | None = None) -> Tongue:
        """The language and tone of a draft to ``recipient`` (config first, then the mail).

        Without a recipient: the language of the latest message from their side.
        """
        config = self._config_of(standing.process.company, standing.process.role)
        declared = config.language if config else None
        notes = self.store.notes([r.id for r in standing.process.rounds])
        inbound = [
            (sender.lower(), note) for direction, sender, _, note in notes
            if direction == Direction.INBOUND.value and not note.automated
        ]  # fmt: skip
        anyone = [(note.language, note.informal) for _, note in inbound]
        # Then the hiring system's mail: the language the company writes in.
        systems = [(note.language, note.informal) for _, _, _, note in notes if note.automated]
        # Last, before English: her own mail in the process. Sanne's first check-in to her
        # Dutch agency, which had not written yet, came in English although she had thanked
        # Joost in Dutch (u53rv).
        hers = [(note.language, note.informal) for direction, _, _, note in notes
                if direction == Direction.OUTBOUND.value]  # fmt: skip
        if recipient is None:
            return language_for(declared, [anyone, systems, hers])
        interview = standing.interview
        address = recipient.email.lower()
        agency = is_agency_address(address, interview)
        entries = {e.message_id: e for e in standing.timeline if e.message_id}
        side = [
            (note.language, note.informal) for _, note in inbound
            if note.message_id in entries
            and is_from_agency(entries[note.message_id], interview) is agency
        ]  # fmt: skip
        mine = [
            (note.language, note.informal)
            for direction, _, _, note in notes
            if direction == Direction.OUTBOUND.value and note.message_id in entries
            and address in {r.lower() for r in entries[note.message_id].recipients}
        ]  # fmt: skip
        theirs = [(note.language, note.informal) for sender, note in inbound if sender == address]
        return language_for(declared, [theirs, side, mine, anyone, systems, hers])

    def offer_deadlines(self, processes: Sequence[Process]) -> dict[str, date]:
        """The answer-by days employers named in their mail, by Message-ID."""
        return self.store.answer_by_days(r.id for p in processes for r in p.rounds)

    def recall(self, standing: Standing) -> Recall:
        """The facts of the process a draft may mention."""
        rounds = [r.id for r in standing.process.rounds]
        held = standing.interview.date
        # What they promised since this round (as the policy reads it), else what the
        # candidate wrote down they promised.
        notes = self.store.notes(rounds)
        # A day is recalled only where their words named it ("by Friday"): silence-watch's
        # reading of "after the holidays" is not something they said.
        named = {note.message_id for _, _, _, note in notes if note.promise_named}
        interview = standing.interview
        # A day promised before a no is no day to ask after once the process reopened
        # (t73fb), nor one promised before their next step or a pause (t77lt); the day a
        # no promised feedback by is no decision's.
        turned = max((e.at for e in standing.timeline if e.direction is Direction.INBOUND
                      and e.intent in _TURNS), default=held)  # fmt: skip
        promised = [
            (e.promised_by, is_from_agency(e, interview) and not is_forward(e))
            for e in standing.timeline
            if e.direction is Direction.INBOUND and e.promised_by is not None
            and e.at >= max(held, turned) and e.message_id in named
            and e.intent is not Intent.REJECTION
        ] or ([(interview.expect_reply_by, False)] if interview.expect_reply_by else [])
        items: list[str] = []
        kinds: list[str | None] = []
        # their latest word since this round: "no for this role, but another" or not
        theirs = [n for d, _, _, n in notes if d == Direction.INBOUND.value and not n.automated
                  and n.at is not None and n.at >= held]  # fmt: skip
        earlier = [r.date for r in standing.process.live_rounds if r.date < held]
        since = max(earlier, default=None)
        for direction, _, _, note in notes:
            if direction == Direction.OUTBOUND.value:
                items += note.sent_items
            elif note.at is not None and note.at < held and (since is None or note.at > since):
                kinds.append(note.round_kind)  # what they said while setting this round up
        round_kinds = [kind for kind in kinds if kind is not None]
        return Recall(
            promised[-1][0] if promised else None,
            tuple(dict.fromkeys(items)),
            round_kinds[-1] if round_kinds else None,
            promised_by_agency=bool(promised) and promised[-1][1],
            other_role=bool(theirs) and theirs[-1].other_role,
            other_roles=self._other_roles(standing),
        )

    def _other_roles(self, standing: Standing) -> tuple[str, ...]:
        """The roles of the candidate's other applications at the process's company."""
        own, key = standing.interview.role.casefold(), company_key(standing.interview.company)
        return tuple(
            p.role for p in self.store.processes()
            if p.id != standing.process.id and p.role.strip() and p.role.casefold() != own
            and company_key(p.company) == key
        )  # fmt: skip

    # --- the call plan --------------------------------------------------------------

    def find_standing(self, ref: str, now: datetime) -> Standing:
        """A process by its id (else a round's id) or its company's name (``NotFoundError``)."""
        standings = self.standings(now)
        if ref.isdigit():  # a process id first (the digest names those), then a round's
            by_process = [s for s in standings if s.process.id == int(ref)]
            by_round = [s for s in standings if int(ref) in {r.id for r in s.process.rounds}]
            if by_process or by_round:
                return (by_process or by_round)[0]
        named = [s for s in standings if company_key(s.process.company) == company_key(ref)]
        if len(named) == 1:
            return named[0]
        if named:
            choices = ", ".join(f"{s.process.id} ({s.process.role or 'no role'})" for s in named)
            raise NotFoundError(f"{ref!r} has several processes: say which by id ({choices})")
        raise NotFoundError(f"there is no process {ref!r} (see: silence-watch status)")

    def call_facts(self, standing: Standing) -> CallFacts:
        """What the call plan of a process is made of."""
        process: Process = standing.process
        interview = standing.interview
        rounds = [r.id for r in process.rounds]
        callers: dict[str, Caller] = {}
        for direction, sender, name, note in self.store.notes(rounds):
            if direction != Direction.INBOUND.value or not note.phones or not sender:
                continue
            callers.pop(sender, None)  # the latest writer with a number comes first
            callers[sender] = Caller(name, sender, note.phones)
        promises = [e for e in standing.timeline if e.direction is Direction.INBOUND
                    and e.promised_by is not None and e.at >= interview.date]  # fmt: skip
        return CallFacts(
            company=process.company,
            role=process.role,
            interview_at=interview.date,
            round=interview.round,
            promised_by=promises[-1].promised_by if promises else interview.expect_reply_by,
            promiser=(promises[-1].sender_name or promises[-1].sender) if promises else "",
            callers=tuple(reversed(callers.values())),
            employer_zone=reader_zone(interview, self.settings.zone),
            my_zone=self.settings.zone,
            my_country=self.settings.me.country,
        )

    def draft_connection_note(self, ref: str, person: str, now: datetime) -> int:
        """Queue a short, warm note asking someone the candidate knows for a word.

        Only when asked; never threaded into the employer's mail; one per person and
        process. ``NotFoundError`` when the process or the person is not known, or the
        person has no address.
        """
        standing = self.find_standing(ref, now)
        interview = standing.interview
        found = find_person(self.known_at(interview, now), person)
        if not found:
            raise NotFoundError(
                f"you know nobody called {person!r} at {interview.company}"
                " (see: silence-watch connections list)"
            )
        if len(found) > 1:
            names = ", ".join(p.email or p.name for p in found)
            raise NotFoundError(f"{person!r} could be {names}: say which by address")
        chosen = found[0]
        if not chosen.email:
            raise NotFoundError(
                f"{chosen.name} has no email address in your connections; write to them where"
                " you know them from (LinkedIn, say), or import a vCard with their address"
            )
        tongue = self.tongue(standing)
        voice = self.voice()
        text = compose(
            Action.CONNECTION_NOTE,
            interview,
            [],  # a new conversation, never the employer's thread
            voice=voice,
            recipient=Contact(chosen.name, chosen.email),
            tongue=Tongue(tongue.language, informal=True, source=tongue.source),
        )
        draft_id = self.store.add_draft(
            NewDraft(
                interview_id=interview.id, kind=Action.CONNECTION_NOTE.value,
                slot=f"connection_note:{chosen.email}", to_addr=chosen.email,
                to_name=chosen.name, subject=text.subject, body=text.body, in_reply_to=None,
                references=(), due_at=now,
            ),
            now,
        )  # fmt: skip
        if draft_id is None:
            raise SilenceWatchError(
                f"a note to {chosen.email} about {interview.company} was drafted already"
                " (see: silence-watch drafts list --all)"
            )
        return draft_id

    def call_plan(self, standing: Standing, now: datetime) -> list[str]:
        """The call plan of one process, as plain lines."""
        return call_plan(self.call_facts(standing), now)

