"""What sort of mail a message is, and what an employer's message means.

Two questions, answered from plain data: did a person write this (``kind``), and if the
employer wrote it, what does it say (``intent``, ``cold``, ``promised_by``)? Machine mail
(bounces, out-of-office replies, newsletters, applicant-tracking notices) must never be
taken for a person answering, because that silently stops the follow-up ladder.

Every rule is a row in a table, with the reason shown to the user by ``silence-watch
classify``: kinds in ``core.kinds``, intents in ``core.intents``, delivery reports in
``core.bounces``. This module puts their answers together. Works on header-only
messages (what the index holds) and on whole messages (body and report parts).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from silence_watch.core.bounces import bounced_message_id, bounced_recipients
from silence_watch.core.dates import absence, promised_date
from silence_watch.core.intents import SUBJECT_INTENT_RULES, intent_of, is_curt
from silence_watch.core.kinds import kind_signals
from silence_watch.core.model import Intent, Message, MessageKind
from silence_watch.core.quotes import own_text
from silence_watch.core.subjects import is_reply_subject

if TYPE_CHECKING:
    from datetime import date




@dataclass(frozen=True, slots=True)
class Classification:
    """How one message is understood, and why.

    ``intent`` is set only for mail a person or an employer's system wrote (kinds
    ``human`` and ``automated``); it stays None for bounces, out-of-office replies and
    bulk mail, and for header-only messages whose subject alone does not decide it.
    ``return_date`` is the last day the person is away (so the next step goes out on
    the first business day after it). ``reasons`` lists the decisive rule first.
    """

    kind: MessageKind
    intent: Intent | None
    cold: bool
    promised_by: date | None
    return_date: date | None
    bounced_recipients: tuple[str, ...]
    bounced_message_id: str | None
    own: bool
    reasons: tuple[str, ...]
    confidence: float = 1.0
    revisit_by: date | None = None


_CALENDAR_PART = "text/calendar"


# --- Classification ---------------------------------------------------------------------


def classify_message(message: Message) -> Classification:
    """Decide the kind (and for employer mail the intent and dates) of ``message``."""
    own = "x-silence-watch" in message.headers
    signals = kind_signals(message)
    if own:
        ours = "X-Silence-Watch header: silence-watch's own mail"
        signals.insert(0, (MessageKind.AUTOMATED, ours))
    kind = signals[0][0] if signals else MessageKind.HUMAN
    reasons = [reason for _, reason in signals] or ["no machine-mail signal: a person wrote it"]
    if kind in (MessageKind.BOUNCE, MessageKind.DELAYED):
        return _bounce(message, kind, reasons, own=own)
    if kind is MessageKind.AUTO_REPLY:
        return _auto_reply(message, reasons, own=own)
    if kind is MessageKind.BULK or own:
        return _plain(kind, reasons, own=own)
    return _employer_mail(message, kind, reasons)


def _plain(kind: MessageKind, reasons: list[str], *, own: bool) -> Classification:
    return Classification(
        kind=kind,
        intent=None,
        cold=False,
        promised_by=None,
        return_date=None,
        bounced_recipients=(),
        bounced_message_id=None,
        own=own,
        reasons=tuple(dict.fromkeys(reasons)),
    )


def _bounce(
    message: Message, kind: MessageKind, reasons: list[str], *, own: bool
) -> Classification:
    # A delay names the recipients still being tried; none of them failed.
    failed = bounced_recipients(message) if kind is MessageKind.BOUNCE else ()
    return Classification(
        kind=kind,
        intent=None,
        cold=False,
        promised_by=None,
        return_date=None,
        bounced_recipients=failed,
        bounced_message_id=bounced_message_id(message),
        own=own,
        reasons=tuple(dict.fromkeys(reasons)),
    )


# --- Out-of-office ----------------------------------------------------------------------


def _auto_reply(message: Message, reasons: list[str], *, own: bool) -> Classification:
    back: date | None = None
    if message.date is not None:
        for text in (own_text(message.body or ""), message.subject):
            found = absence(text, message.date)
            if found is not None:
                back = found.last_day_away
                reasons.append(f"away through {back.isoformat()} ({found.phrase!r})")
                break
    return Classification(
        kind=MessageKind.AUTO_REPLY,
        intent=None,
        cold=False,
        promised_by=None,
        return_date=back,
        bounced_recipients=(),
        bounced_message_id=None,
        own=own,
        reasons=tuple(dict.fromkeys(reasons)),
    )


# --- Employer mail: intents, coldness, promised dates -------------------------------------


def _employer_mail(message: Message, kind: MessageKind, reasons: list[str]) -> Classification:
    if _REPORT.search(message.headers.get("content-type", "")):
        # A machine report (abuse feedback, read receipt) says nothing about the process.
        reasons.append("a machine report: no intent")
        return _plain(kind, reasons, own=False)
    intent, why = _intent(message)
    if why:
        reasons.append(f"intent {intent}: {why}")
    confidence = _RULE_CONFIDENCE if intent not in (None, Intent.OTHER) else _NO_RULE_CONFIDENCE
    text = own_text(message.body) if message.body is not None else ""
    cold = kind is MessageKind.HUMAN and intent is Intent.REJECTION and is_curt(text)
    if cold:
        reasons.append("short reply with no courtesy: the door is closed")
    promised: date | None = None
    if text and message.date is not None and intent not in _NO_PROMISE_INTENTS:
        promised = promised_date(text, message.date)
        if promised is not None:
            reasons.append(f"promised an answer by {promised.isoformat()}")
            if intent is Intent.OTHER:
                intent = Intent.ACKNOWLEDGEMENT
                reasons.append("intent acknowledgement: a promise to answer")
    return Classification(
        kind=kind,
        intent=intent,
        cold=cold,
        promised_by=promised,
        return_date=None,
        bounced_recipients=(),
        bounced_message_id=None,
        own=False,
        reasons=tuple(dict.fromkeys(reasons)),
        confidence=confidence,
    )


#: Reports a mail system writes about a message: never someone's answer.
_REPORT: Final = re.compile(r"multipart/report", re.IGNORECASE)

#: How sure a phrase-table verdict is, and how sure "no known phrase" is.
_RULE_CONFIDENCE: Final = 0.9
_NO_RULE_CONFIDENCE: Final = 0.3

#: A rejection closes the matter, and the dates in a next step are meeting slots offered
#: to the candidate, not a promise to answer.
_NO_PROMISE_INTENTS: Final = frozenset({Intent.REJECTION, Intent.NEXT_STEP})


def _intent(message: Message) -> tuple[Intent | None, str]:
    calendars = [part.text for part in message.parts if part.content_type == _CALENDAR_PART]
    if calendars and not any("METHOD:CANCEL" in text.upper() for text in calendars):
        return Intent.NEXT_STEP, "a calendar invitation is attached"
    fresh_subject = "" if is_reply_subject(message.subject) else message.subject
    if message.body is None:
        for pattern, intent, why in SUBJECT_INTENT_RULES:
            if fresh_subject and pattern.search(fresh_subject):
                return intent, why
        return None, ""
    text = " ".join(own_text(message.body).split())
    found = intent_of(text)
    if found is not None:
        return found
    for pattern, intent, why in SUBJECT_INTENT_RULES:
        if fresh_subject and pattern.search(fresh_subject):
            return intent, why
    return Intent.OTHER, "no known phrase"
