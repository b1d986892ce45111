"""Understanding: what each new message is, and which interview it belongs to (shell).

Classification is ``core.classify``, matching is ``core.match``, threads ``core.threads``
and invitations ``core.invites``; this module fetches a whole message only when it can
matter (matched, or machine mail whose body says who bounced or when they are back, or a
possible calendar invitation) and stores what the core said.
"""

from __future__ import annotations

import hashlib
import logging
from typing import TYPE_CHECKING

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.errors import MailboxError
from silence_watch.core.invites import might_hold_invite
from silence_watch.core.match import Match, bounce_match, match_message, thread_match
from silence_watch.core.model import MessageKind
from silence_watch.core.parse import parse_message
from silence_watch.core.threads import thread_messages
from silence_watch.engine.rounds import Rounds

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.core.model import Interview
    from silence_watch.mailbox.base import Mailbox
    from silence_watch.store import StoredMessage

log = logging.getLogger(__name__)

#: Machine mail whose body may hold what the policy needs (who bounced, when they are back).
_BODY_WORTHY = frozenset({MessageKind.BOUNCE, MessageKind.DELAYED, MessageKind.AUTO_REPLY})
_MATCHED_AGAINST = "unmatched_mail_matched_against"
_UNDERSTAND_CHUNK = 500


def _fingerprint(interviews: list[Interview]) -> str:
    """What matching depends on: ids, contacts, domains and agencies of every interview."""
    parts = [repr((i.id, i.company, i.role, i.contacts, i.domains, i.agency)) for i in interviews]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class Understanding(Rounds):
    """Classify and match new mail; turn invitations into proposals."""

    def understand(self, mailbox: Mailbox, new: list[int], now: datetime) -> int:
        """Classify and match new messages; return how many matched an interview.

        Mail that matched nothing is matched again only when the interviews changed
        (a new one, a new contact), not on every cycle.
        """
        interviews = self.store.interviews()
        fingerprint = _fingerprint(interviews)
        rematch = self.store.meta(_MATCHED_AGAINST) != fingerprint
        new_set = set(new)
        # New messages are unmatched too: a rematch reads them in the same query.
        if rematch:
            candidates = self.store.messages(unmatched=True)
        else:
            candidates = self.store.messages(ids=new)
        owners = self.store.thread_owners()
        matched = 0
        # Commit every few hundred messages: one transaction per message made a first run
        # spend more time committing than understanding; one for the whole run would hold
        # the database while bodies are fetched.
        for start in range(0, len(candidates), _UNDERSTAND_CHUNK):
            with self.store.transaction():
                for stored in candidates[start : start + _UNDERSTAND_CHUNK]:
                    match = self._understand_one(
                        mailbox,
                        stored,
                        interviews,
                        owners,
                        is_new=stored.pk in new_set,
                        now=now,
                    )
                    if match is not None:
                        matched += 1
                        if stored.message.message_id:
                            owners[stored.message.message_id] = match.interview_id
                        new_set.discard(stored.pk)
        leftovers = [m for m in candidates if m.pk in new_set]
        matched += self._match_by_thread(mailbox, leftovers, interviews, owners, now)
        if rematch:
            self.store.set_meta(_MATCHED_AGAINST, fingerprint)
        return matched

    def _match_by_thread(
        self,
        mailbox: Mailbox,
        leftovers: list[StoredMessage],
        interviews: list[Interview],
        owners: dict[str, int],
        now: datetime,
    ) -> int:
        """Tie new mail no rule matched to an interview whose mail is in the same thread.

        The threader joins what the per-message rules cannot see: Gmail's thread id, and
        a reply whose references were lost but whose subject and people are the same.
        """
        known = [m for i in interviews for m in self.store.messages(interview_id=i.id)]
        if not known or not leftovers:
            return 0
        threading = thread_messages(
            [(m.pk, m.message) for m in known + leftovers],
            own_addresses=self.own,
        )
        owner_of_thread: dict[int, int] = {}
        for m in known:
            if m.interview_id is not None:
                owner_of_thread.setdefault(threading.thread_of[m.pk], m.interview_id)
        matched = 0
        with self.store.transaction():
            for stored in leftovers:
                owner = owner_of_thread.get(threading.thread_of[stored.pk])
                if owner is None:
                    continue
                link = threading.confidence[stored.pk]
                hint = thread_match(owner, link)
                found = self._understand_one(
                    mailbox, stored, interviews, owners, is_new=True, now=now, hint=hint,
                )
                matched += found is not None
        return matched

    def _understand_one(
        self,
        mailbox: Mailbox,
        stored: StoredMessage,
        interviews: list[Interview],
        owners: dict[str, int],
        *,
        is_new: bool,
        now: datetime,
        hint: Match | None = None,
    ) -> Match | None:
        """Classify one message (from its body when it matters), match it, remember both.

        ``hint`` is a match found another way (by thread), used when no rule matches.
        """
        message = stored.message
        reader, holidays = load_intent_reader(), self.policy.calendar.holidays
        result = classify_message(message, reader, holidays=holidays)
        match = match_message(message, interviews, own_addresses=self.own, thread_owner=owners)
        match = match or hint
        if not is_new and match is None:
            return None  # still nobody's: nothing changed for this message
        invite = is_new and might_hold_invite(message)
        needs_body = match is not None or result.kind in _BODY_WORTHY or invite
        if needs_body:
            full = self._whole_message(mailbox, stored.pk)
            if full is not None:
                message = parse_message(full)
                result = classify_message(message, reader, holidays=holidays)
        has_calendar = any(part.content_type == "text/calendar" for part in message.parts)
        calendar = self.apply_invitations(message, match, now) if is_new and has_calendar else ""
        if match is None:
            match = bounce_match(result.bounced_message_id, owners)
        self.store.save_classification(
            stored.pk, result, body_read=needs_body, calendar=calendar
        )
        self.store.save_match(stored.pk, match)
        return match

    def _whole_message(self, mailbox: Mailbox, pk: int) -> bytes | None:
        location = self.store.location_of(pk)
        if location is None or location[0] != mailbox.name:
            return None
        try:
            return mailbox.fetch_message(location[1], location[2])
        except MailboxError as error:
            log.warning("could not read message %d in full: %s", pk, error)
            return None
