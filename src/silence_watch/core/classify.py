"""What sort of mail a message is, and what an employer's message means.

Two questions, answered from plain data: did a person write this (``kind``), and if the
employer wrote it, what does it say (``intent``, ``confidence``, ``cold``, dates)?
Machine mail (bounces, delivery delays, out-of-office replies, newsletters) must never
be taken for a person answering, because that silently stops the follow-up ladder.

Kinds are rules only (``core.kinds``, ``core.bounces``): they are exact where it matters
and explain themselves. The intent of employer mail is read twice: by the phrase rules
(``core.intents``) and, when the shell passes one in, by the learned model
(``core.intent_blend.IntentReader``), blended into one verdict; below ``UNSURE_BELOW`` the
policy asks the candidate. Without a model the rules decide alone (a phrase they know:
sure; none: unsure), on the text with its shorthand written out (``core.shorthand``).

Every rule that fires adds a line to ``reasons``, the deciding one first, so ``silence-watch
classify`` can show why, on header-only and whole messages; the model reads only the latter.

Pure: no IO, never reads the clock. The model and the holiday calendar are data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from silence_watch.core.absences import absence
from silence_watch.core.answer_elsewhere import not_an_answer
from silence_watch.core.attachments import answer_in_attachment
from silence_watch.core.bounces import bounced_message_id, bounced_recipients
from silence_watch.core.brushoffs import not_a_brush_off
from silence_watch.core.contact_lines import without_contact_lines
from silence_watch.core.date_order import day_first_order
from silence_watch.core.dates import names_its_day, promise, promised_date
from silence_watch.core.departures import hands_over, has_left, is_leaving
from silence_watch.core.empty_reply import signed_text
from silence_watch.core.forwarded_promises import logistics_forwarded, passed_on
from silence_watch.core.intent_blend import UNSURE_BELOW, RuleVerdict
from silence_watch.core.intent_phrases import COURTESY
from silence_watch.core.intents import intent_of, is_cold, subject_intent
from silence_watch.core.kinds import kind_signals
from silence_watch.core.language import fold, language_of
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent, Message, MessageKind
from silence_watch.core.newcomer_notes import newcomers_hello
from silence_watch.core.offer_leanings import denied_offer
from silence_watch.core.papers_to_come import papers_day
from silence_watch.core.pause_promises import pause_days
from silence_watch.core.phrase_rows import ASKED_BACK
from silence_watch.core.questions_to_her import asked_of_her
from silence_watch.core.quotes import gist
from silence_watch.core.reading_corrections import (
    closed_in_subject,
    pause_or_promise,
    promised_reading,
    rules_first,
    said_in_subject,
    too_short_to_tell,
    withdrawn,
)
from silence_watch.core.retractions import promise_after_retraction
from silence_watch.core.second_looks import whose_word
from silence_watch.core.shorthand import expanded
from silence_watch.core.signing_envelopes import envelope_words, signing_service
from silence_watch.core.step_promises import promised_in_step
from silence_watch.core.subject_pointers import subject_is_theirs, with_subject
from silence_watch.core.subjects import is_reply_subject
from silence_watch.core.system_notices import notice_reading, viewed_only
from silence_watch.core.words import day_words

if TYPE_CHECKING:
    from collections.abc import Container
    from datetime import date

    from silence_watch.core.absences import Absence
    from silence_watch.core.intent_blend import Reader


@dataclass(frozen=True, slots=True)
class Classification:
    """How one message is understood, and why.

    ``intent`` is set only for mail a person or an employer's system wrote (kinds
    ``human`` and ``automated``); it stays None for bounces, delays, out-of-office
    replies and bulk mail, and for header-only messages whose subject alone does not
    decide it. ``confidence`` is in [0, 1]; below ``intent_blend.UNSURE_BELOW`` the
    reading is unsure. ``return_date`` is the last day the person is away (so the next
    step goes out on the first business day after it); ``absence`` keeps how the
    out-of-office put it. ``revisit_by`` is the date an on-hold process is to be picked up
    again. ``rules`` is what the phrase rules alone said; ``reasons`` lists the decisive
    rule first.
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
    language: str | None = None
    absence: Absence | None = None
    rules: RuleVerdict | None = None
    retracts: bool = False  # it takes back the message before it (``core.retractions``)


_CALENDAR_PART = "text/calendar"
#: Reports a mail system writes about a message: never someone's answer.
_REPORT: Final = lazy_pattern(r"multipart/report", re.IGNORECASE)
#: How sure a phrase-table verdict is without a model, and how sure "no known phrase" is.
_RULE_CONFIDENCE: Final = 0.9
_NO_RULE_CONFIDENCE: Final = 0.3
#: A rejection closes the matter; a next step's dates are slots and her deadlines, an offer's
#: start dates (its papers' day aside: ``core.papers_to_come``). A pleasantry may promise.
_NO_PROMISE_INTENTS: Final = frozenset({Intent.REJECTION, Intent.NEXT_STEP, Intent.OFFER})


def classify_message(
    message: Message,
    model: Reader | None = None,
    *,
    holidays: Container[date] = frozenset(),
    day_first_zone: bool = False,
) -> Classification:
    """Decide the kind (and for employer mail the intent, confidence and dates) of ``message``.

    ``model`` is the learned intent reader (None: the phrase rules alone); ``holidays``
    the candidate's public holidays, for "after the holidays"; ``day_first_zone``: the
    candidate's or the interview's zone writes English dates day first (``core.date_order``).
    """
    own = "x-silence-watch" in message.headers
    text = expanded(gist(signed_text(message))) if message.body is not None else None
    signals = kind_signals(message, text)
    if own:
        ours = "X-Silence-Watch header: silence-watch's own mail"
        signals.insert(0, (MessageKind.AUTOMATED, ours))
    kind = signals[0][0] if signals else MessageKind.HUMAN
    reasons = [reason for _, reason in signals] or ["no machine-mail signal: a person wrote it"]
    if kind in (MessageKind.BOUNCE, MessageKind.DELAYED):
        failed = bounced_recipients(message) if kind is MessageKind.BOUNCE else ()
        return _machine(kind, reasons, own=own, failed=failed, original=bounced_message_id(message))
    if kind is MessageKind.AUTO_REPLY:
        return _auto_reply(message, text, reasons, own=own, holidays=holidays)
    report = _REPORT.search(message.headers.get("content-type", "")) is not None
    if kind in (MessageKind.BULK, MessageKind.CUSTOMER) or own or report:
        if report and not own:  # a read or delivery receipt: no one wrote it
            kind = MessageKind.AUTOMATED if kind is MessageKind.HUMAN else kind
            reasons.append("a machine report (a read or delivery receipt): no intent")
        return _machine(kind, reasons, own=own)
    if text is not None and (note := envelope_words(message, text)) is not None:
        text = note  # "Maya Chen via Docusign": her note, not the service's frame (u27bg)
        reasons.append(f"a person's note in {signing_service(message)}'s envelope: their word")
    text = with_subject(message.subject, text) if text else text  # "wie im Betreff"
    return _employer_mail(message, kind, text, reasons, model, (holidays, day_first_zone))


def _machine(
    kind: MessageKind,
    reasons: list[str],
    *,
    own: bool,
    failed: tuple[str, ...] = (),
    original: str | None = None,
) -> Classification:
    return Classification(
        kind=kind,
        intent=None,
        cold=False,
        promised_by=None,
        return_date=None,
        bounced_recipients=failed,
        bounced_message_id=original,
        own=own,
        reasons=tuple(dict.fromkeys(reasons)),
    )


# --- Out-of-office ----------------------------------------------------------------------


def _auto_reply(
    message: Message,
    text: str | None,
    reasons: list[str],
    *,
    own: bool,
    holidays: Container[date],
) -> Classification:
    found: Absence | None = None
    language = language_of(text or message.subject)
    if message.date is not None:
        for source in (text or "", message.subject):
            found = absence(source, message.date, language)
            if found is not None:
                break
    back: date | None = None
    promised: date | None = None
    if text and message.date is not None and found is None:
        # A help desk's autoresponder may promise an answer ("within one business day").
        promised = promised_date(text, message.date, holidays, language)
        if promised is not None:
            reasons.append(f"promises an answer by {_day(promised, message)}")
    if found is not None and message.date is not None:
        if found.last_day_away < message.date.date():
            reasons.append(
                f"out of office until {_day(found.stated, message)} ({found.phrase!r}), "
                "already past when it arrived: ignored",
            )
        else:
            back = found.last_day_away
            reasons.append(f"away through {_day(back, message)} ({found.phrase!r})")
    who = message.sender.email if message.sender is not None else ""
    gone = (who,) if who and text and has_left(fold(text)) else ()
    if gone:
        reasons.append(f"says {gone[0]} has left: that address is never written to again")
    return Classification(
        kind=MessageKind.AUTO_REPLY,
        intent=None,
        cold=False,
        promised_by=promised,
        return_date=back,
        bounced_recipients=gone,
        bounced_message_id=None,
        own=own,
        reasons=tuple(dict.fromkeys(reasons)),
        language=language,
        absence=found,
    )


# --- Employer mail: intents, coldness, dates ---------------------------------------------


def _employer_mail(
    message: Message,
    kind: MessageKind,
    text: str | None,
    reasons: list[str],
    model: Reader | None,
    calendar: tuple[Container[date], bool],
) -> Classification:
    rules = _rules_reading(message, kind, text)
    intent: Intent | None
    leaning = rules.intent
    if text and model is not None:  # "Telefon +49 ..." is no call set up (u28re)
        reading = model.read(rules, without_contact_lines(text))
        intent, confidence, cold = Intent(reading.intent), reading.confidence, reading.cold
        leaning = reading.leaning or reading.intent
        reasons.extend(f"intent {intent}: {why}" if n == 0 else why
                       for n, why in enumerate(reading.reasons))
    else:
        intent = Intent(rules.intent) if rules.intent else (Intent.OTHER if text else None)
        confidence = _RULE_CONFIDENCE if rules.intent else _NO_RULE_CONFIDENCE
        cold = rules.cold
        if rules.intent:
            reasons.append(f"intent {intent}: {rules.reason}")
        elif text:
            reasons.append("intent other: no known phrase")
        if cold:
            reasons.append("cold: a short, impersonal brush-off")
    intent, confidence = asked_of_her(rules, (message, kind, text), intent, confidence, reasons)
    intent, confidence = withdrawn(rules, text or "", intent, confidence, reasons)
    intent, confidence = rules_first(rules, text or "", intent, confidence, reasons)
    intent, confidence = too_short_to_tell(rules, text or "", intent, confidence, reasons)
    # an unsure leaning ("will not affect your application", 0.66) is not a notice's words
    news = leaning if confidence >= UNSURE_BELOW else None
    intent, confidence, cold = notice_reading(
        kind, text, (rules.intent, news), (intent, confidence, cold), reasons,
    )
    if intent is Intent.PLEASANTRY and kind is MessageKind.AUTOMATED:
        intent = Intent.OTHER
        reasons.append("intent other: a system's courtesy carries no news")
    elif intent is Intent.PLEASANTRY and not COURTESY.search(fold(text or "")):
        # Only the model thinks so, and a pleasantry is thanks or warmth: "See attached."
        intent, confidence = Intent.OTHER, min(confidence, _NO_RULE_CONFIDENCE)
        reasons.append("intent other: no word of thanks or warmth, so it asks you")
    if (document := answer_in_attachment(message, text, intent, ruled=bool(rules.intent))):
        intent, confidence, cold = Intent.OTHER, _NO_RULE_CONFIDENCE, False
        reasons.append(f"intent other: the answer is in {document}, which silence-watch"
                       " cannot read; it asks you what it says")  # fmt: skip
    if (why := not_an_answer(message, text)) is not None:
        intent, confidence, cold, text = Intent.OTHER, _NO_RULE_CONFIDENCE, False, None
        reasons.append(f"intent other: {why}; it asks you what it was")
    intent, confidence, retracts, hearsay = whose_word(
        text or "", intent, confidence, reasons, asked=_NO_RULE_CONFIDENCE,
        system=kind is MessageKind.AUTOMATED, rules=rules.intent)  # fmt: skip
    intent, confidence = logistics_forwarded(message, text, intent, confidence, reasons)
    language = language_of(text or message.subject)
    order = day_first_order(message, text, language, zone=calendar[1])
    hearsay = hearsay or viewed_only(reasons)  # "Employers usually respond within 2 weeks"
    promised, revisit = _dates(message, None if hearsay else text, (intent, confidence),
                               (calendar[0], language, order), reasons)  # fmt: skip
    intent, confidence = said_in_subject(intent, confidence, _fresh_news(message), reasons)
    intent, confidence, promised, revisit = pause_or_promise(
        intent, confidence, (rules.intent, promised, revisit), reasons
    )
    # "his planning is in his mail below": the day the forwarded mail promises (u25mm)
    promised = promised or passed_on(message, None if hearsay else text, intent,
                                     (calendar[0], language, order), reasons)  # fmt: skip
    cold = cold and not not_a_brush_off(rules, text, reasons, dated=promised is not None,
                                        intent=intent)  # fmt: skip
    if promised is not None:
        said = (rules.intent, denied_offer(leaning, text))  # "todavía no es una oferta"
        intent, confidence = promised_reading(intent, confidence, said, reasons, text)
        confidence = promise_after_retraction(retracts, intent, confidence)
    return Classification(
        kind=kind,
        intent=newcomers_hello(text or "", intent, promised, reasons),  # before its reasons
        cold=cold,
        promised_by=promised,
        return_date=None,
        bounced_recipients=_leaving(message, text, reasons),
        bounced_message_id=None,
        own=False,
        reasons=tuple(dict.fromkeys(reasons)),
        confidence=confidence,
        revisit_by=revisit,
        language=language,
        rules=rules,
        retracts=retracts,
    )


def _leaving(message: Message, text: str | None, reasons: list[str]) -> tuple[str, ...]:
    """The sender, when their own words say they leave or hand the process on.

    "Friday is my last day"; "Sam is picking this up from here".
    """
    sender = message.sender.email if message.sender is not None else ""
    if not sender or not text:
        return ()
    if is_leaving(fold(text)):
        reasons.append(f"says it is soon their last day: {sender} is not written to again")
    elif handed := hands_over(fold(text)):
        reasons.append(f'hands this on to a colleague ("{handed}"): {sender} is not written to'
                       " about it again")  # fmt: skip
    else:
        return ()
    return (sender,)


def _day(day: date, message: Message) -> str:
    """``Tue 3 Nov`` (the year added when not the message's): how reasons name a day."""
    return day_words(day, today=message.date.date() if message.date else None)


def _fresh_news(message: Message) -> Intent | None:
    """A no or an offer a fresh subject states ("Analyst - decision: not moving forward")."""
    if is_reply_subject(message.subject):
        return None
    found = intent_of(message.subject)
    if found is None and closed_in_subject(message.subject):
        return Intent.REJECTION  # "Update: Data Engineer - position closed" (t69rb)
    return found[0] if found is not None else None


def _rules_reading(message: Message, kind: MessageKind, text: str | None) -> RuleVerdict:
    """What the phrase rules (and a calendar invitation, and a fresh subject) say."""
    calendars = [part.text for part in message.parts if part.content_type == _CALENDAR_PART]
    if calendars and not any("METHOD:CANCEL" in part.upper() for part in calendars):
        return RuleVerdict("next_step", "a calendar invitation is attached", cold=False)
    found = intent_of(text) if text else None
    # her deadline is the letter's, the news its subject's: "Proposition d'embauche" over
    # "dis-moi ce que tu en penses d'ici mardi" is the offer (corpus w4fr-028)
    asked = found is not None and found[1] == ASKED_BACK
    if (found is None or asked) and not is_reply_subject(message.subject):
        found = subject_intent(message.subject) or found
    if found is None:
        return RuleVerdict(None, "", cold=False)
    intent, why = found
    if intent is Intent.PLEASANTRY and kind is MessageKind.AUTOMATED:
        return RuleVerdict(None, "", cold=False)
    return RuleVerdict(str(intent), why, cold=bool(text) and is_cold(text or "", intent))


def _dates(
    message: Message,
    text: str | None,
    verdict: tuple[Intent | None, float],
    reading: tuple[Container[date], str | None, bool],
    reasons: list[str],
) -> tuple[date | None, date | None]:
    """The promised answer date and, for a pause, the date to pick the process up again.

    ``verdict`` is the intent and its confidence; ``reading`` the candidate's public
    holidays, the message's language and whether its writer puts the day first.
    """
    intent, confidence = verdict
    if not text or message.date is None:
        return None, None
    holidays, language, day_first = reading
    if intent is Intent.ON_HOLD:  # "... je reviens vers vous d'ici le 11 décembre": that day
        told, revisit = pause_days(text, message.date, holidays, language, day_first=day_first)
        if revisit is not None:  # the later of its days: never early (t21ho)
            reasons.append(f"on hold until {_day(revisit, message)}")
        return told, revisit
    # An unsure next step may be a request: its promise is kept ("we decide by Wednesday")
    unsure_step = intent is Intent.NEXT_STEP and confidence < UNSURE_BELOW
    # "perhaps a no" may be a promise to answer, as an unsure "other" may
    perhaps = intent in _NO_PROMISE_INTENTS and confidence < UNSURE_BELOW
    if intent is Intent.REJECTION and not perhaps:
        return None, None
    offer = intent is Intent.OFFER and not perhaps  # only the day its papers come (w15pd)
    found = None if offer else promise(text, message.date, holidays, language, day_first=day_first)
    if found is None and not offer and subject_is_theirs(message.subject, text):  # t96dt
        found = promise(message.subject, message.date, holidays, language, day_first=day_first)
    # A sure next step's named days are its slots and her deadlines, unless it promises an
    # answer by that day (``core.step_promises``); a span is no slot either way.
    if intent is Intent.NEXT_STEP and not unsure_step and found is not None:
        found = None if names_its_day(found) and not promised_in_step(text, found) else found
    if found is None and intent in (Intent.NEXT_STEP, Intent.OFFER):  # "the contract by Friday"
        found = papers_day(text, message.date, holidays, language, day_first=day_first)
    promised = None if found is None else found.day
    if promised is not None:
        reasons.append(f"promised an answer by {_day(promised, message)}")
    return promised, None
