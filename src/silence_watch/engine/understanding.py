"""Understanding: what each new message is, and which interview it belongs to (shell).

Classification is ``core.classify``, matching ``core.match``; this module fetches a whole
message only when it can matter (matched; machine mail whose body says who bounced or when
they are back; a possible invitation; a contact's name at a new address) and stores it.

Two passes over each chunk of messages, with the result of reading them one by one: the
first matches every message and gives the unmatched ones the cheap verdict of their
headers; the messages that need their body wait, then are fetched together (a few ``UID
FETCH`` commands, not three round trips a message) and read in their order, those a
later message refers to first.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from silence_watch.core.date_order import DAY_FIRST_ZONES
from silence_watch.core.feedback_words import feedback_said, promised_for_a_no
from silence_watch.core.invites import might_hold_invite
from silence_watch.core.match import (
    Match,
    MatchRule,
    bounce_match,
    direction_of,
    match_message,
    thread_match,
)
from silence_watch.core.model import Direction, Intent, MessageKind
from silence_watch.core.own_absence import away_until
from silence_watch.core.own_moves import own_moves
from silence_watch.core.parse import parse_message
from silence_watch.core.quotes import own_text
from silence_watch.core.repeats import words_digest
from silence_watch.core.successors import may_be_theirs
from silence_watch.core.threads import thread_messages
from silence_watch.core.through_agency import agency_request
from silence_watch.core.unlisted_relays import decision_only, worth_reading
from silence_watch.engine.bodies import WholeMessages
from silence_watch.engine.role_handover import hand_to_named_roles, retie
from silence_watch.engine.rounds import Rounds
from silence_watch.engine.threadscope import LinkKeys, Reach, for_threading, keyed, refers_to

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from datetime import datetime

    from silence_watch.core.classify import Classification
    from silence_watch.core.model import Interview, Message
    from silence_watch.mailbox.base import Mailbox
    from silence_watch.store import StoredMessage

#: Machine mail whose body may hold what the policy needs (who bounced, when they are back).
_BODY_WORTHY = frozenset({MessageKind.BOUNCE, MessageKind.DELAYED, MessageKind.AUTO_REPLY})
_MATCHED_AGAINST = "unmatched_mail_matched_against"
#: Mail that can call off or move a round in words: a person's, or a hiring system's.
_CAN_CHANGE = frozenset({MessageKind.HUMAN, MessageKind.AUTOMATED})
_UNDERSTAND_CHUNK = 2000
#: Whole messages read per request to the mailbox: few round trips, bounded memory.
_BODY_BATCH = 200


def _fingerprint(interviews: list[Interview]) -> str:
    """What matching depends on: ids, contacts, domains and agencies of every interview."""
    parts = [repr((i.id, i.company, i.role, i.contacts, i.domains, i.agency)) for i in interviews]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class Owners:
    """Message-ID -> interview id, and what it said at each step of one pass.

    A message whose body is read later must see the owners as they were at its turn
    (a bounce is tied through the message it bounced), not as later messages left them.
    """

    def __init__(self, initial: dict[str, int]) -> None:
        """Start from the owners the state knows."""
        self.current = initial
        self.step = 0
        self._history: dict[str, list[tuple[int, int | None]]] = {}

    def tick(self) -> int:
        """The next step (one message's turn)."""
        self.step += 1
        return self.step

    def set(self, message_id: str, interview_id: int, *, at: int) -> None:
        """Tie ``message_id`` to an interview from step ``at`` on."""
        history = self._history.setdefault(message_id, [(0, self.current.get(message_id))])
        history.insert(bisect_right(history, at, key=lambda entry: entry[0]), (at, interview_id))
        latest = history[-1][1]
        if latest is not None:
            self.current[message_id] = latest

    def as_of(self, message_id: str | None, step: int) -> dict[str, int]:
        """The one entry of ``message_id`` as it was at ``step`` (empty when it had none)."""
        if message_id is None:
            return {}
        history = self._history.get(message_id)
        if history is None:
            owner = self.current.get(message_id)
        else:
            owner = history[bisect_right(history, step, key=lambda entry: entry[0]) - 1][1]
        return {} if owner is None else {message_id: owner}


@dataclass(slots=True)
class _Waiting:
    """A message whose body is to be read before it is understood."""

    stored: StoredMessage
    is_new: bool
    match: Match | None
    step: int


class Understanding(Rounds, WholeMessages):
    """Classify and match new mail; turn invitations into proposals."""

    def understand(self, mailbox: Mailbox, new: list[int], now: datetime) -> int:
        """Classify and match new messages; return how many matched an interview.

        Mail that matched nothing is matched again only when the interviews changed
        (a new one, a new contact), not on every cycle.
        """
        interviews = self.store.interviews()
        fingerprint = _fingerprint(interviews)
        rematch = self.store.meta(_MATCHED_AGAINST) != fingerprint
        if rematch:  # a role added since: mail already tied that names it moves there
            hand_to_named_roles(self.store, interviews, partial(self._whole_messages, mailbox))
        new_set = set(new)
        # New messages are unmatched too: a rematch reads them in the same query.
        if rematch:
            order = self.store.message_order(unmatched=True)
        else:
            order = self.store.message_order(ids=new)
        if not order:  # an idle cycle: nothing to read, no owners to load
            if rematch:
                self.store.set_meta(_MATCHED_AGAINST, fingerprint)
            return 0
        owners = Owners(self.store.thread_owners())
        matched = 0
        # A couple of thousand messages at a time, read and committed together: one
        # transaction per message made a first run spend more time committing than
        # understanding; holding every new message at once made it hold 100,000.
        for start in range(0, len(order), _UNDERSTAND_CHUNK):
            chunk = self.store.messages(ids=order[start : start + _UNDERSTAND_CHUNK])
            with self.store.transaction():
                items = [(stored, stored.pk in new_set, None) for stored in chunk]
                for stored, match in self._understand_many(mailbox, items, interviews, owners, now):
                    if match is not None:
                        matched += 1
                        new_set.discard(stored.pk)
        leftovers = [pk for pk in order if pk in new_set]
        matched += self._match_by_thread(mailbox, leftovers, interviews, owners, now)
        if rematch:
            self.store.set_meta(_MATCHED_AGAINST, fingerprint)
        return matched

    def _match_by_thread(
        self,
        mailbox: Mailbox,
        leftovers: list[int],
        interviews: list[Interview],
        owners: Owners,
        now: datetime,
    ) -> int:
        """Tie new mail no rule matched to an interview whose mail is in the same thread.

        The threader joins what the per-message rules cannot see: Gmail's thread id, and
        a reply whose references were lost but whose subject and people are the same.
        ``leftovers`` are the ids of that mail, in the order it was read.
        """
        if not leftovers:
            return 0  # before loading every interview's mail: usually nothing is left over
        reach, pairs, owned = Reach(), [], []  # the interviews' mail, as the threader reads it
        for m in (m for i in interviews for m in self.store.messages(interview_id=i.id)):
            reach.absorb(LinkKeys.of(m.message))
            pairs.append((m.pk, for_threading(m.message)))
            owned.append((m.pk, m.interview_id))
        if not pairs:
            return 0
        # Only mail that can reach an interview's mail goes to the threader: after a first
        # sync that is a few hundred messages, not every one that matched nothing.
        linked = set(reach.grow(lambda: keyed(self.store.link_fields(leftovers))))
        leftovers = [pk for pk in leftovers if pk in linked]
        for start in range(0, len(leftovers), _UNDERSTAND_CHUNK):
            chunk = self.store.messages(ids=leftovers[start : start + _UNDERSTAND_CHUNK])
            pairs += [(m.pk, for_threading(m.message)) for m in chunk]
        threading = thread_messages(pairs, own_addresses=self.own)
        del pairs
        owner_of_thread: dict[int, int] = {}
        for pk, interview_id in owned:
            if interview_id is not None:
                owner_of_thread.setdefault(threading.thread_of[pk], interview_id)
        tied = {
            pk: owner
            for pk in leftovers
            if (owner := owner_of_thread.get(threading.thread_of[pk])) is not None
        }
        ids = [pk for pk in leftovers if pk in tied]
        items: list[tuple[StoredMessage, bool, Match | None]] = [
            (stored, True, thread_match(tied[stored.pk], threading.confidence[stored.pk]))
            for start in range(0, len(ids), _UNDERSTAND_CHUNK)
            for stored in self.store.messages(ids=ids[start : start + _UNDERSTAND_CHUNK])
        ]
        with self.store.transaction():
            # As before the batching: a match by thread ties no further mail this cycle.
            found = self._understand_many(mailbox, items, interviews, owners, now, tie=False)
            return sum(match is not None for _, match in found)

    def _understand_many(
        self,
        mailbox: Mailbox,
        items: Sequence[tuple[StoredMessage, bool, Match | None]],
        interviews: list[Interview],
        owners: Owners,
        now: datetime,
        *,
        tie: bool = True,
    ) -> Iterator[tuple[StoredMessage, Match | None]]:
        """Classify and match messages in order (bodies read together); each with its match.

        Per item: the message, whether it is new, and a match found another way (by
        thread) used when no rule matches. A message that was not new and still matches
        nothing is left as it was. With ``tie`` a matched message's Message-ID joins the
        owners, so that later mail in its thread follows it.
        """
        # The reader is ~40 ms of imports: a cycle with nothing new never loads it.
        from silence_watch.config.models import load_intent_reader  # noqa: PLC0415
        from silence_watch.core.classify import classify_message  # noqa: PLC0415

        waiting: list[_Waiting] = []
        waiting_ids: set[str] = set()
        reader, holidays = load_intent_reader(), self.policy.calendar.holidays
        for stored, is_new, hint in items:
            message = stored.message
            if waiting_ids and not waiting_ids.isdisjoint(refers_to(message)):
                yield from self._read_waiting(
                    mailbox, waiting, owners, now, tie=tie, interviews=interviews
                )
                waiting_ids.clear()
            step = owners.tick() if tie else owners.step + 1  # untied: after all
            match = match_message(
                message, interviews, own_addresses=self.own, thread_owner=owners.current
            )
            match = match or hint
            if not is_new and match is None:
                yield stored, None  # still nobody's: nothing changed for this message
                continue
            if match is not None:
                # Its body changes how it is read, never whose it is: tie it now. Unless
                # only the dates chose between two: its text may name the role (t67sc).
                if message.message_id and tie and not match.by_date:
                    owners.set(message.message_id, match.interview_id, at=step)
                elif message.message_id and match.by_date:
                    waiting_ids.add(message.message_id)  # its replies wait for it
                waiting.append(_Waiting(stored, is_new, match, step))
                continue
            # The cheap verdict of the headers.
            result = classify_message(message, reader, holidays=holidays)
            if (
                result.kind in _BODY_WORTHY
                or (is_new and might_hold_invite(message))
                or (is_new and may_be_theirs(message, result.kind, interviews))  # a leaver, an heir
                # a hiring system that names the company only in its text ("Vacancy: 412907
                # - Data Analyst - Marine and Coastal Agency"), or one no list knows (u46nw)
                or (is_new and worth_reading(message, result.kind, interviews))
            ):
                waiting.append(_Waiting(stored, is_new, None, step))
                if message.message_id:
                    waiting_ids.add(message.message_id)
                continue
            match = self._remember(
                _Waiting(stored, is_new, None, step), message, result, owners, now
            )
            if match is not None and message.message_id and tie:
                owners.set(message.message_id, match.interview_id, at=step)
            yield stored, match
        yield from self._read_waiting(mailbox, waiting, owners, now, tie=tie, interviews=interviews)

    def _read_waiting(
        self,
        mailbox: Mailbox,
        waiting: list[_Waiting],
        owners: Owners,
        now: datetime,
        *,
        tie: bool = True,
        interviews: Sequence[Interview] = (),
    ) -> Iterator[tuple[StoredMessage, Match | None]]:
        """Fetch the waiting messages' bodies a batch at a time, and understand them in order.

        Mail no header matched, or a thread tied, is matched again with its text (a reused thread).
        """
        from silence_watch.config.models import load_intent_reader  # noqa: PLC0415 - as above
        from silence_watch.core.classify import classify_message  # noqa: PLC0415

        todo, waiting[:] = list(waiting), []
        reader, holidays = load_intent_reader(), self.policy.calendar.holidays
        for start in range(0, len(todo), _BODY_BATCH):
            batch = todo[start : start + _BODY_BATCH]
            bodies = self._whole_messages(mailbox, [w.stored.pk for w in batch])
            for item in batch:
                full = bodies.get(item.stored.pk)
                message = item.stored.message if full is None else parse_message(full)
                known = item.stored.message.date
                if known is not None and message.date is not None and message.date != known:
                    # Its Received header corrected a sender's clock that ran ahead or
                    # was reset (an IMAP header fetch carries no Received header).
                    self.store.redate(item.stored.pk, message.date)
                result = classify_message(message, reader, holidays=holidays,
                                          day_first_zone=self._day_first(item.match, interviews))
                read = item
                again = item.match is None or (  # the dates chose (t67sc), a reused thread
                    item.match.by_date or item.match.rule is MatchRule.THREAD
                )
                if again and full is not None and interviews:
                    found = decision_only(message, result, match_message(
                        message, interviews, own_addresses=self.own, thread_owner=owners.current
                    ))
                    read = item if found is None else replace(item, match=found)
                match = self._remember(
                    read, message, result, owners, now, body_read=True, interviews=interviews
                )
                if (item.match is None or item.match.by_date) and match is not None and tie:
                    message_id = item.stored.message.message_id
                    if message_id:
                        owners.set(message_id, match.interview_id, at=item.step)
                yield item.stored, match

    def _day_first(self, match: Match | None, interviews: Sequence[Interview]) -> bool:
        """Whether the candidate's zone, or the matched interview's, writes the day first."""
        zones: set[str | None] = {self.settings.me.timezone}
        if match is not None:
            zones.update(i.timezone for i in interviews if i.id == match.interview_id)
        return not DAY_FIRST_ZONES.isdisjoint(zones)

    def _as_process_reads(
        self, message: Message, result: Classification, match: Match | None
    ) -> Classification:
        """Another client's pitch set aside (u41ag); leavers a colleague names, dead (u55ag)."""
        if match is None:
            return result
        from silence_watch.core.named_leavers import as_its_process_reads  # noqa: PLC0415 - as below
        tied = self.store.interview(match.interview_id)  # as its process sees it: its agency
        return as_its_process_reads(message, result, self.store.process(tied.process_id).view(tied))

    def _remember(
        self,
        item: _Waiting,
        message: Message,
        result: Classification,
        owners: Owners,
        now: datetime,
        *,
        body_read: bool = False,
        interviews: Sequence[Interview] = (),
    ) -> Match | None:
        """Apply its invitations, tie a bounce to its thread, and store how it was read."""
        # These readers load the intent tables: imported when mail is read, never by an idle cycle
        from silence_watch.core.her_readings import as_her_own  # noqa: PLC0415
        from silence_watch.core.role_doubt import DOUBTED, DOUBTFUL_CONFIDENCE, is_news, role_doubt  # noqa: PLC0415

        stored, match, step, is_new = item.stored, item.match, item.step, item.is_new
        if match is not None and body_read:  # whose it is, read whole (u28re)
            match = retie(self.store, message, match, interviews, result.intent)
            if match is not None and match is not item.match and message.message_id:
                owners.set(message.message_id, match.interview_id, at=step)  # replies follow
            result = self._as_process_reads(message, result, match)
        has_calendar = any(part.content_type == "text/calendar" for part in message.parts)
        calendar = self.apply_invitations(message, match, now) if is_new and has_calendar else ""
        doubt = None  # "we need to cancel Wednesday", and no word why: asked about
        if is_new and not has_calendar and match is not None and result.kind in _CAN_CHANGE:
            change = self.apply_changes_in_words(message, match, now, result)
            result, doubt, calendar = change.reading, change.doubt, change.calendar
        if doubt is None and match is not None and match.rule in DOUBTED and is_news(result):
            doubt = role_doubt(match, self.store.interview(match.interview_id), message, interviews)
        if doubt is not None:
            result = replace(  # a curt tone settles nothing while whose it is is asked (u19dg)
                result, confidence=min(result.confidence, DOUBTFUL_CONFIDENCE), cold=False,
                reasons=(*result.reasons, doubt),
            )
        if match is None:
            # The owners as they were at this message's turn, before its own.
            bounced = result.bounced_message_id
            match = bounce_match(bounced, owners.as_of(bounced, step - 1))
        withdrew = accepted = told = asked = None
        feedback, holidays, agency_said = "", self.policy.calendar.holidays, ""
        if body_read and result.kind in _CAN_CHANGE and message.body is not None:  # u00tp
            words = own_text(message.body)
            if direction_of(message, self.own, self.own_name) is Direction.OUTBOUND:
                firm = self.store.interview(match.interview_id).company if match else ""
                # a question back answers nothing, a document attached delivers (u32ta)
                attached = any(p.content_type.startswith("application/") for p in message.parts)
                withdrew, accepted, told, said, asked = own_moves(
                    words, firm, message.date, holidays, attached=attached)
                # the day they said on a call, from her note (u08ph); her own absence, "estaré
                # fuera del 21 de diciembre al 6 de enero" (u36ow): never their promise
                result = as_her_own(result, said, away_until(words, message.date))
                self.store.save_words(stored.pk, words_digest(words))  # sent twice? (u39dup)
            else:  # "we are unable to provide individual feedback", "te cuento el porqué"
                feedback, agency_said = feedback_said(words), agency_request(words)
                if result.intent is Intent.REJECTION and result.promised_by is None and (
                    by := promised_for_a_no(feedback, words, message.date, holidays)
                ):
                    result = replace(result, promised_by=by)  # "feedback next week" (t75fb)
        self.store.save_classification(
            stored.pk, result, body_read=body_read, calendar=calendar, withdrew=withdrew,
            accepted=accepted, feedback=feedback, told_no=told, through_agency=agency_said,
            asked_back=asked,
        )
        self.store.save_match(stored.pk, match)
        return match
