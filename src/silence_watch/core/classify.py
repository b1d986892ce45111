"""What sort of mail a message is, and what an employer's message means.

Two questions, answered from plain data: did a person write this (``kind``), and if the
employer wrote it, what does it say (``intent``, ``cold``, ``promised_by``)? Machine mail
(bounces, out-of-office replies, newsletters, applicant-tracking notices) must never be
taken for a person answering, because that silently stops the follow-up ladder.

Every rule is a row in a table below, with the reason shown to the user by
``silence-watch classify``. Rows are tried in order and the first row that fires decides
the kind; later rows that fire are kept as supporting reasons. Works on header-only
messages (what the index holds) and on whole messages (body and report parts).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from silence_watch.core.dates import absence, promised_date
from silence_watch.core.model import Intent, Message, MessageKind
from silence_watch.core.quotes import own_text
from silence_watch.core.senders import (
    BULK,
    LIST_SOFTWARE,
    MAIL_SYSTEM,
    NO_REPLY,
    ROLE_MAILBOX,
    local_part,
)
from silence_watch.core.subjects import PrefixKind, is_reply_subject, leading_prefixes

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from datetime import date


_HUMAN: Final = MessageKind.HUMAN
_AUTO_REPLY: Final = MessageKind.AUTO_REPLY
_BOUNCE: Final = MessageKind.BOUNCE
_BULK: Final = MessageKind.BULK
_AUTOMATED: Final = MessageKind.AUTOMATED


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


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --- Kind rules -------------------------------------------------------------------------
# Each table row: (pattern, kind, reason). The pattern is searched in one field.

#: Headers by lower-cased name. The value pattern is searched in the header's value.
HEADER_RULES: Final[tuple[tuple[str, re.Pattern[str], MessageKind, str], ...]] = (
    ("content-type", _rx(r"report-type=\"?delivery-status"), _BOUNCE,
     "Content-Type: multipart/report; report-type=delivery-status (RFC 3464)"),
    ("content-type", _rx(r"report-type=\"?feedback-report"), _AUTOMATED,
     "Content-Type: multipart/report; report-type=feedback-report (ARF, RFC 5965)"),
    ("feedback-type", _rx(r"\S"), _AUTOMATED, "Feedback-Type header (ARF feedback report)"),
    ("x-failed-recipients", _rx(r"@"), _BOUNCE, "X-Failed-Recipients header (Exim bounce)"),
    ("auto-submitted", _rx(r"^\s*auto-replied"), _AUTO_REPLY,
     "Auto-Submitted: auto-replied (RFC 3834)"),
    ("x-autoreply", _rx(r"^\s*(?!no\b|false\b|0\b)\S"), _AUTO_REPLY, "X-Autoreply header"),
    ("x-autorespond", _rx(r"^\s*(?!no\b|false\b|0\b)\S"), _AUTO_REPLY, "X-Autorespond header"),
    ("x-autoresponder", _rx(r"^\s*(?!no\b|false\b|0\b)\S"), _AUTO_REPLY,
     "X-Autoresponder header"),
    ("precedence", _rx(r"^\s*auto[_-]?reply"), _AUTO_REPLY, "Precedence: auto_reply"),
)

#: Rules that need two headers together (Exchange marks its out-of-office this way).
PAIRED_HEADER_RULES: Final[tuple[tuple[str, str, MessageKind, str], ...]] = (
    ("x-auto-response-suppress", "x-ms-exchange-inbox-rules-loop", _AUTO_REPLY,
     "X-Auto-Response-Suppress with X-MS-Exchange-Inbox-Rules-Loop (Exchange out-of-office)"),
)

#: Headers that mark bulk and generic machine mail; tried after the sender and subject
#: rules that name a more precise kind.
LATE_HEADER_RULES: Final[tuple[tuple[str, re.Pattern[str], MessageKind, str], ...]] = (
    ("list-id", _rx(r"\S"), _BULK, "List-Id header (mailing list)"),
    ("precedence", _rx(r"^\s*(?:bulk|list|junk)"), _BULK, "Precedence: bulk/list/junk"),
    ("list-unsubscribe", _rx(r"\S"), _BULK, "List-Unsubscribe header (mass mailing)"),
    ("auto-submitted", _rx(r"^\s*(?!no\b)\S"), _AUTOMATED,
     "Auto-Submitted other than 'no' (RFC 3834: machine-generated)"),
    ("x-auto-response-suppress", _rx(r"\b(?:all|autoreply|oof)\b"), _AUTOMATED,
     "X-Auto-Response-Suppress: All/OOF/AutoReply (sent by a system)"),
    ("x-loop", _rx(r"\S"), _AUTOMATED, "X-Loop header (auto-responder or list loop guard)"),
    ("return-path", _rx(r"^\s*<\s*>\s*$"), _AUTOMATED,
     "Return-Path: <> (null envelope sender, only machines use it)"),
)

#: MIME report parts (content type) found in a whole message.
PART_RULES: Final[tuple[tuple[str, MessageKind, str], ...]] = (
    ("message/delivery-status", _BOUNCE, "message/delivery-status part (RFC 3464)"),
    ("message/global-delivery-status", _BOUNCE, "message/global-delivery-status part (RFC 6533)"),
    ("message/feedback-report", _AUTOMATED, "message/feedback-report part (ARF, RFC 5965)"),
)

#: Applicant-tracking systems: a label of the sender's domain.
ATS_DOMAIN = _rx(
    r"(?:^|\.)(?:greenhouse(?:-mail)?|lever|myworkday(?:jobs)?|workday|ashbyhq|ashby|"
    r"smartrecruiters|icims|jobvite|workable(?:mail)?|bamboohr|teamtailor(?:-mail)?|"
    r"recruitee|personio|successfactors|taleo)\.",
)

#: Display names of a team rather than a person.
TEAM_NAME: Final = _rx(r"\b(?:careers?|recruit\w*|talent|jobs?|hiring|hr|people|team|"
                       r"notifications?|applications?|candidates?)\b")

#: The sender's address: (pattern on the local part, kind, reason).
SENDER_RULES: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (MAIL_SYSTEM, _BOUNCE, "sender is a mail system (mailer-daemon/postmaster)"),
)

#: Bulk and automated senders, tried after the auto-reply rules.
LATE_SENDER_RULES: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (BULK, _BULK, "sender is a newsletter or job-alert address"),
    (NO_REPLY, _AUTOMATED, "sender is a no-reply address"),
    (LIST_SOFTWARE, _AUTOMATED, "sender is mailing-list software (list-admin/-owner/-request)"),
)

#: Subject lines. Anchored at the start: a person forwarding a bounce writes "Fwd: ...".
SUBJECT_RULES: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (_rx(
        r"^\W*(?:undelivered mail|undeliverable|undelivered|delivery status notification"
        r"|mail delivery (?:failed|failure|status)|delivery (?:failure|failed|report|status"
        r"|notification: delivery has)|failure notice|failed delivery|failure delivery"
        r"|returned mail|mail (?:system error|failure|could not be delivered)"
        r"|message (?:not delivered|delivery has failed|could not be delivered)"
        r"|delayed mail|warning:? ?-*could not send|warning: message .* delayed"
        r"|permanent delivery failure|postmaster notify|notice: mail delivery status"
        r"|mail failed, returning|sorry, your message could not be delivered"
        r"|there was an error sending your mail|non remis|non recapitabile|unzustellbar"
        r"|no se puede entregar|onbestelbaar|não entregue|kan inte levereras"
        r"|недоставленное сообщение|ваше сообщение не доставлено"
        r"|\[postmaster\]|nondeliverable|non-delivery)",
    ), _BOUNCE, "subject of a delivery failure report"),
    (_rx(r"^[^:]{0,40}mail delivery failed"), _BOUNCE, "subject of a delivery failure report"),
    (_rx(r"^\W*unsubscribe\W*$"), _AUTOMATED, "an unsubscribe request sent by a mail program"),
)

#: Out-of-office subjects in en, de, fr, es, it, nl, pt, sv (after the bounce rules).
OUT_OF_OFFICE_SUBJECTS: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (_rx(
        r"^\W*(?:automatic reply|auto[- ]?reply|auto[- ]?respon(?:se|s|der)?\b|auto:|autoreply"
        r"|out of (?:the )?office|ooo\b|away until|away from (?:the )?office"
        r"|on (?:vacation|leave|holiday)"
        r"|vacation (?:reply|notice|message)|abwesenheitsnotiz|automatische antwort"
        r"|abwesend|nicht im büro|außer haus|réponse automatique|absent du bureau|absence"
        r"|respuesta automática|respuesta automatica|fuera de la oficina|ausente"
        r"|risposta automatica|fuori ufficio|assente|automatisch antwoord|afwezig"
        r"|niet aanwezig|buiten kantoor|resposta automática|resposta automatica"
        r"|fora do escritório|ausente do escritório|autosvar|automatiskt svar|frånvaro"
        r"|frånvarande|inte på kontoret)",
    ), _AUTO_REPLY, "out-of-office subject"),
)

#: An out-of-office text in the present tense, for replies that carry neither a header nor
#: a telling subject. Only trusted on a short text that asks or decides nothing (see
#: ``_body_out_of_office_hits``): a person may well write "I'm travelling, but yes".
OUT_OF_OFFICE_BODY: Final = _rx(
    r"\b(?:i am|i'm|i will be|i'll be) (?:currently |now |presently )?(?:out of (?:the )?office"
    r"|away from (?:the |my )?(?:office|desk|e-?mail)|on (?:\w+ )?leave|on (?:vacation|holiday"
    r"|sabbatical)|travel(?:l)?ing (?:with|and|until)|offline|away (?:until|till|through|from)"
    r"|not in the office|out (?:until|till|through))"
    r"|\bich bin (?:\w+ ){0,4}(?:nicht im büro|abwesend|im urlaub|außer haus)"
    r"|\bje (?:suis|serai) (?:\w+ ){0,3}(?:absente?|en congés?|en vacances|hors du bureau)"
    r"|\b(?:estoy|estaré) (?:\w+ ){0,3}(?:fuera de la oficina|de vacaciones|ausente)"
    r"|\b(?:sono|sarò) (?:\w+ ){0,3}(?:fuori ufficio|in ferie|assente)"
    r"|\bik ben (?:\w+ ){0,3}(?:afwezig|met vakantie|niet op kantoor)"
    r"|\b(?:estou|estarei) (?:\w+ ){0,3}(?:ausente|de férias|fora do escritório)"
    r"|\bjag är (?:\w+ ){0,3}(?:ledig|på semester|borta|tjänstledig|frånvarande"
    r"|inte på kontoret)",
)
_OUT_OF_OFFICE_MAX_WORDS = 120

#: Bulk subjects: job alerts and newsletters.
BULK_SUBJECTS: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (_rx(
        r"\b(?:job alerts?|new jobs? (?:for you|matching|near you|that match)"
        r"|jobs? you (?:may|might) "
        r"(?:be interested|like)|recommended jobs|jobs? matching your|newsletter|weekly digest"
        r"|monthly digest|webinar|\d+ new jobs?)\b",
    ), _BULK, "job-alert or newsletter subject"),
)

#: Applicant-tracking notices recognisable from the subject alone.
AUTOMATED_SUBJECTS: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (_rx(
        r"^\W*(?:thank(?:s| you) for (?:applying|your (?:application|interest|submission))"
        r"|(?:your )?application (?:received|submitted|confirmation|status|update)"
        r"|we(?:'ve| have) received your application|your application (?:to|for|at|with)\b"
        r"|application for .* (?:received|submitted)|confirmation of your application)",
    ), _AUTOMATED, "applicant-tracking notice subject"),
    (_rx(r"\b(?:reset your (?:\w+ ){0,2}password|verify your (?:e-?mail|account)|confirm your "
         r"e-?mail(?: address)?|activate your account)\b"), _AUTOMATED,
     "account notice subject (password, verification)"),
    (_rx(r"^\W*(?:complaint about message|(?:email |e-mail )?(?:abuse|feedback|spam|fbl|"
         r"dmarc (?:forensic|aggregate)) report|report domain:|spamtraphit)"), _AUTOMATED,
     "abuse or authentication report subject"),
)

#: Body phrases of delivery reports; used only when a whole message is available.
BOUNCE_BODY: Final = _rx(
    r"(?:could not be delivered|couldn't be delivered|was not delivered|wasn't delivered"
    r"|delivery (?:has )?failed|delivery to the following recipients? (?:failed|has been delayed)"
    r"|the following (?:address(?:es|\(es\))?|recipients?) (?:failed|had permanent)"
    r"|undeliverable|permanent(?:ly)? (?:error|fatal|failed)|i'm afraid i wasn't able to deliver"
    r"|this is the mail system at host|unable to deliver|user unknown|mailbox unavailable"
    r"|address rejected|no such user|message you sent (?:to|has|was)|returned to sender"
    r"|delivery status notification|could not deliver|message was rejected|rejected your message"
    r"|your message (?:to .* )?(?:could not|couldn't|was not|cannot) be"
    r"|550[ -]5\.\d\.\d|5\.1\.1|\"notificationType\"\s*:\s*\"Bounce\")",
)


# --- Intent rules -----------------------------------------------------------------------
# Each row: (pattern, intent, reason); the first intent in INTENT_ORDER with a matching
# row wins, so "we regret we are unable to offer you" is a rejection, not an offer.

INTENT_RULES: Final[tuple[tuple[re.Pattern[str], Intent, str], ...]] = (
    (_rx(r"\b(?:decided|chosen|elected|opted|made the (?:difficult )?decision) (?:not )?to "
         r"(?:move|go|proceed|continue|pursue)\w* (?:forward )?with (?:other|another|a different"
         r"|(?:a|the) candidate)"), Intent.REJECTION, "they chose another candidate"),
    (_rx(r"\b(?:will|won't|would|are|have|has|we're|we've|i'm|am|cannot|can't|unable to"
         r"|decided|not) (?:not )?(?:be )?(?:to )?(?:moving|move|proceed(?:ing)?"
         r"|progress(?:ing)?|advanc(?:e|ing)"
         r"|pursu(?:e|ing)|continu(?:e|ing)|going|taking) (?:forward |further |ahead )?"
         r"(?:with (?:you|your)|your (?:application|candidacy)|to the next|any further|further)"),
     Intent.REJECTION, "they will not move forward"),
    (_rx(r"\bnot (?:be )?(?:moving|move|proceeding|going) (?:forward|ahead)"), Intent.REJECTION,
     "they will not move forward"),
    (_rx(r"\b(?:position|role|vacancy|job|opening)s? (?:has|have|is|was) (?:now |already )?"
         r"(?:been )?(?:filled|closed)"), Intent.REJECTION, "the position is filled"),
    (_rx(r"\b(?:we(?:'ve| have)|we) (?:already |now )?filled (?:the|this) (?:position|role|job)"),
     Intent.REJECTION, "the position is filled"),
    (_rx(r"\b(?:went|go|gone|going|proceed(?:ed|ing)?) (?:ahead )?with (?:another|a different|"
         r"other|an internal|a more) (?:candidate|applicant|person|profile|experienced)"),
     Intent.REJECTION, "they chose another candidate"),
    (_rx(r"\bnot (?:a|the right|the best|quite the right) (?:fit|match)\b"), Intent.REJECTION,
     "not a fit"),
    (_rx(r"\b(?:pursue|pursuing|consider|considering|proceed with|proceeding with|move forward "
         r"with|moving forward with|continue with|go with|selected|chosen) (?:other|another|"
         r"different) (?:candidates?|applicants?|profiles?)"), Intent.REJECTION,
     "they chose other candidates"),
    (_rx(r"\bdecided not to (?:proceed|move forward|continue|progress|pursue|go ahead)"),
     Intent.REJECTION, "they decided not to proceed"),
    (_rx(r"\b(?:go|going|gone|went) (?:in )?a different direction"), Intent.REJECTION,
     "a different direction"),
    (_rx(r"\b(?:won't|will not|not) be (?:extending|making|offering) (?:you )?(?:an |a )?"
         r"(?:offer|position)"), Intent.REJECTION, "no offer"),
    (_rx(r"\b(?:offer(?:ed)?|extended an offer|give|gave|offering|hired|hiring) (?:the (?:role|"
         r"position|job) )?to (?:another|someone|a different|other) ?(?:candidate|applicant|"
         r"person|else)?|\bselected (?:other |another )?candidates? whose"),
     Intent.REJECTION, "the role went to someone else"),
    (_rx(r"^\W*(?:we'll|we will|i'll|i will|we'd|we would) (?:have to |need to )?pass\b"
         r"|^\W*no,? thanks?\b"), Intent.REJECTION, "a curt no"),
    (_rx(r"\bnot interested\b"), Intent.REJECTION, "not interested"),
    (_rx(r"\b(?:unable|not able|won't be able) to (?:offer you|extend (?:you )?an offer"
         r"|move forward)"), Intent.REJECTION, "they cannot offer"),
    (_rx(r"\bregret to (?:inform|let you know|tell you|advise)"), Intent.REJECTION,
     "regret to inform"),
    (_rx(r"\b(?:not been|were not|was not|haven't been|have not been) (?:selected|successful|"
         r"shortlisted)|\bunsuccessful\b"), Intent.REJECTION, "not selected"),
    (_rx(r"\bno longer (?:being )?(?:considered|consider(?:ing)?|under consideration|in "
         r"consideration|in the running)"), Intent.REJECTION, "no longer considered"),
    (_rx(r"\b(?:leider|bedauerlicherweise)\b.*\b(?:absage|nicht berücksichtigen|anderen "
         r"kandidaten|nicht weiter)|\babsage\b"), Intent.REJECTION, "German rejection"),
    (_rx(r"\b(?:pleased|happy|delighted|excited|thrilled|glad) to (?:formally )?"
         r"(?:offer you|extend|"
         r"make you)"), Intent.OFFER, "they offer the position"),
    (_rx(r"\b(?:like|love|want|able|glad) to offer you (?:the|a|this) (?:position|role|job)"),
     Intent.OFFER, "they offer the position"),
    (_rx(r"\b(?:extend|make|making|extending) (?:you )?(?:an|a formal|a verbal|a written|our|the)"
         r" (?:job |employment )?offer"), Intent.OFFER, "they make an offer"),
    (_rx(r"\boffer (?:letter|of employment|package)\b|\byour offer\b|\bverbal offer\b"
         r"|\bwritten offer\b"), Intent.OFFER, "an offer letter"),
    (_rx(r"\b(?:second|2nd|third|3rd|final|technical|onsite|on-site|panel|follow-up"
         r"|in-person|virtual) (?:round|interview|loop)s?\b|\bonsite loop\b"), Intent.NEXT_STEP,
     "a next interview round"),
    (_rx(r"\b(?:invite|inviting|move|moving|advance|advancing) you (?:to|for|forward|on)\b"),
     Intent.NEXT_STEP, "they move you forward"),
    (_rx(r"\b(?:schedule|scheduling|reschedule|set up|arrange|book) (?:a|an|the|your|some)? ?"
         r"(?:time|call|chat|meeting|interview|conversation|video|phone|zoom|slot|session)"),
     Intent.NEXT_STEP, "scheduling"),
    (_rx(r"\b(?:your availability|times? (?:that )?work(?:s)? for you|when (?:are|would) you "
         r"(?:be )?(?:available|free)|are you (?:available|free)|pick a time|select a time"
         r"|book a time|time slots?|calendly|meet the team|next steps? (?:is|would be|will be)"
         r"|as a next step)"), Intent.NEXT_STEP, "asks for your availability"),
    (_rx(r"\b(?:move|push|shift|reschedule) (?:\w+'s |our |the |your |this )?(?:chat|call|"
         r"interview|meeting|conversation)|\b(?:does|would|do) [^.?!]{0,40}\bwork for (?:you|a)\b"
         r"|\bconfirmed? (?:for|our|the|your) (?:call|interview|meeting|chat|\w+day)|\bsee you "
         r"(?:then|on|there|next)\b"), Intent.NEXT_STEP, "arranging a meeting"),
    (_rx(r"\b(?:join|have|do) (?:a|an|our) (?:quick |short )?(?:zoom|teams|video|phone) "
         r"(?:call|chat|meeting|interview)|\binvited (?:you )?to (?:an? )?(?:onsite|on-site"
         r"|interview|on-demand|video|final|in-person)"), Intent.NEXT_STEP,
     "an invitation to meet"),
    (_rx(r"\b(?:event|interview|meeting|call) (?:has been|is|was) (?:scheduled|booked|"
         r"confirmed)|\bnew event\b|\bselected for an interview\b"), Intent.NEXT_STEP,
     "a meeting is booked"),
    (_rx(r"\b(?:could|can|would) you (?:please |kindly )?(?:send|share|provide|forward|complete|"
         r"fill|confirm|let (?:me|us) know|tell|submit|sign|upload|return)"), Intent.REQUEST,
     "they ask you for something"),
    (_rx(r"\bplease (?:send|share|provide|complete|fill out|fill in|submit|sign|confirm|return|"
         r"upload|forward|reply with|let (?:me|us) know)"), Intent.REQUEST,
     "they ask you for something"),
    (_rx(r"\b(?:we(?:'d| would)?|i(?:'d| would)?) need (?:you to|your|a copy|the)"),
     Intent.REQUEST, "they ask you for something"),
    (_rx(r"\bwould you mind (?:sending|sharing|providing|completing|filling|forwarding)"),
     Intent.REQUEST, "they ask you for something"),
    (_rx(r"\bwhat (?:are|is|would be) your (?:salary|compensation|notice|expected|earliest|"
         r"start|current)|\b(?:are|would) you (?:still )?(?:be )?interested\b"
         r"|\blet (?:me|us) know (?:either way|if you(?:'re| are)|whether)"), Intent.REQUEST,
     "they ask you a question"),
    (_rx(r"\b(?:received|receiving|reviewing) your (?:application|resume|résumé|cv|email|"
         r"message|note|submission)"), Intent.ACKNOWLEDGEMENT, "they received your mail"),
    (_rx(r"\bthank(?:s| you) for (?:applying|your (?:application|interest|submission|email|"
         r"note|message|follow[- ]?up|patience|time|e-mail))"), Intent.ACKNOWLEDGEMENT,
     "they thank you"),
    (_rx(r"\b(?:we(?:'ll| will)|i(?:'ll| will)|will) (?:be in touch|get back to you|let you know|"
         r"reach out|update you|follow up|come back to you|contact you|respond|circle back"
         r"|revert)"
         r"|\b(?:get|come) back to you\b|\bhear (?:back )?from (?:us|me)\b|\b(?:have|share|"
         r"make) (?:a|an|our) (?:final )?(?:decision|answer|update)\b"),
     Intent.ACKNOWLEDGEMENT, "they will be in touch"),
    (_rx(r"\b(?:wir melden uns|ich melde mich|melden uns|rückmeldung|noch in gesprächen)"),
     Intent.ACKNOWLEDGEMENT, "they will be in touch (German)"),
    (_rx(r"\b(?:still|currently) (?:reviewing|evaluating|interviewing|considering|meeting|"
         r"in the process)|haven't (?:yet )?(?:made|reached) a decision|no decision yet|"
         r"(?:under|in) review\b"), Intent.ACKNOWLEDGEMENT, "still deciding"),
)

INTENT_ORDER: Final[tuple[Intent, ...]] = (
    Intent.REJECTION,
    Intent.OFFER,
    Intent.NEXT_STEP,
    Intent.REQUEST,
    Intent.ACKNOWLEDGEMENT,
)

#: Subjects that decide the intent without a body (only for fresh, non-reply subjects).
SUBJECT_INTENT_RULES: Final[tuple[tuple[re.Pattern[str], Intent, str], ...]] = (
    (_rx(r"^\W*(?:invitation|updated invitation|invitation updated):"), Intent.NEXT_STEP,
     "calendar invitation subject"),
    (_rx(r"\b(?:interview (?:invitation|request|confirmation)|invitation to interview"
         r"|schedule (?:your|an) interview)\b"), Intent.NEXT_STEP, "interview invitation subject"),
    (_rx(r"\b(?:offer letter|job offer|offer of employment)\b"), Intent.OFFER, "offer subject"),
    (_rx(r"^\W*(?:application received|we(?:'ve| have) received your application"
         r"|thank(?:s| you) for applying)"), Intent.ACKNOWLEDGEMENT,
     "application-received subject"),
)

#: Courtesy that keeps a short rejection from being cold.
WARMTH: Final = _rx(r"\b(?:(?<!no )(?<!no, )thank|appreciate|luck|wish|enjoyed|pleasure|grateful|"
                    r"impressed|encourage|future opportunit|dank|danke|merci|gracias|grazie"
                    r"|bedankt|obrigad|tack)")
_COLD_MAX_WORDS = 25

_CALENDAR_PART = "text/calendar"

# --- Classification ---------------------------------------------------------------------


def classify_message(message: Message) -> Classification:
    """Decide the kind (and for employer mail the intent and dates) of ``message``."""
    own = "x-silence-watch" in message.headers
    signals = _kind_signals(message)
    if own:
        signals.insert(0, (_AUTOMATED, "X-Silence-Watch header: silence-watch's own mail"))
    kind = signals[0][0] if signals else _HUMAN
    reasons = [reason for _, reason in signals] or ["no machine-mail signal: a person wrote it"]
    if kind is _BOUNCE:
        return _bounce(message, reasons, own=own)
    if kind is _AUTO_REPLY:
        return _auto_reply(message, reasons, own=own)
    if kind is _BULK or own:
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


def _kind_signals(message: Message) -> list[tuple[MessageKind, str]]:
    """Every rule that fires, in table order: the first one decides the kind."""
    local = message.sender.local_part if message.sender is not None else ""
    subject = message.subject
    content_types = {part.content_type for part in message.parts}
    checks: tuple[Callable[[], Iterable[tuple[MessageKind, str]]], ...] = (
        lambda: _header_hits(message, HEADER_RULES[:4]),
        lambda: ((kind, reason) for ctype, kind, reason in PART_RULES if ctype in content_types),
        lambda: _pattern_hits(local, SENDER_RULES),
        lambda: _pattern_hits(subject, SUBJECT_RULES),
        lambda: _forwarded_bounce_hits(message),
        lambda: _header_hits(message, HEADER_RULES[4:]),
        lambda: _paired_hits(message),
        lambda: _pattern_hits(subject, OUT_OF_OFFICE_SUBJECTS),
        lambda: _body_out_of_office_hits(message),
        lambda: _ats_hits(message),
        lambda: _header_hits(message, LATE_HEADER_RULES[:3]),
        lambda: _pattern_hits(local, LATE_SENDER_RULES[:1]),
        lambda: _pattern_hits(subject, BULK_SUBJECTS),
        lambda: _body_bounce_hits(message),
        lambda: _header_hits(message, LATE_HEADER_RULES[3:]),
        lambda: _pattern_hits(local, LATE_SENDER_RULES[1:]),
        lambda: _pattern_hits(subject, AUTOMATED_SUBJECTS),
    )
    signals: list[tuple[MessageKind, str]] = []
    for check in checks:
        signals.extend(check())
    return list(dict.fromkeys(signals))


def _header_hits(
    message: Message,
    rules: Iterable[tuple[str, re.Pattern[str], MessageKind, str]],
) -> Iterable[tuple[MessageKind, str]]:
    for name, pattern, kind, reason in rules:
        value = message.headers.get(name)
        if value is not None and pattern.search(value):
            yield kind, reason


def _paired_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    for first, second, kind, reason in PAIRED_HEADER_RULES:
        if first in message.headers and second in message.headers:
            yield kind, reason


def _pattern_hits(
    text: str,
    rules: Iterable[tuple[re.Pattern[str], MessageKind, str]],
) -> Iterable[tuple[MessageKind, str]]:
    for pattern, kind, reason in rules:
        if text and pattern.search(text):
            yield kind, reason


def _ats_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    # A recruiter may write through the ATS relay by hand (Lever and Greenhouse relay
    # people's mail); only a no-reply sender or one named as a team is a machine. Tried
    # before the bulk rules because ATS notices often carry List-Unsubscribe.
    if message.sender is None or not ATS_DOMAIN.search(message.sender.domain + "."):
        return
    if NO_REPLY.search(message.sender.local_part):
        yield _AUTOMATED, "no-reply sender of an applicant-tracking system"
    elif TEAM_NAME.search(message.sender.name):
        yield _AUTOMATED, "applicant-tracking system sending as a team, not a person"


def _body_out_of_office_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    if message.body is None:
        return
    text = " ".join(own_text(message.body).split())
    if len(text.split()) > _OUT_OF_OFFICE_MAX_WORDS or not OUT_OF_OFFICE_BODY.search(text):
        return
    found = intent_of(text)
    if found is None or found[0] is Intent.ACKNOWLEDGEMENT:
        yield _AUTO_REPLY, "out-of-office text in the present tense, asking nothing"


def _forwarded_bounce_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    # Someone forwarding a delivery report passes on a bounce, not an answer of their own;
    # only decided with the body, where the report itself can be seen.
    kinds, original_subject = leading_prefixes(message.subject)
    if message.body is None or PrefixKind.FORWARD not in kinds:
        return
    is_report = any(pattern.search(original_subject) for pattern, _, _ in SUBJECT_RULES)
    if is_report and BOUNCE_BODY.search(message.body[:10000]):
        yield _BOUNCE, "forwards a delivery failure report"


def _body_bounce_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    # Only a whole message from a machine (null envelope sender, no-reply or no sender at
    # all) counts here: a person may well write "my message could not be delivered".
    if message.body is None:
        return
    null_sender = re.match(r"^\s*<\s*>\s*$", message.headers.get("return-path", "")) is not None
    local = message.sender.local_part if message.sender is not None else ""
    machine = null_sender or message.sender is None or NO_REPLY.search(local)
    if machine and BOUNCE_BODY.search(message.body[:5000]):
        yield _BOUNCE, "machine sender and a delivery-failure text"


# --- Bounces ----------------------------------------------------------------------------

_EMAIL = (
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9-]+)+"
)
_EMAIL_RE = re.compile(_EMAIL)
_DSN_RECIPIENT = _rx(
    rf"^\s*(?:final|original|x-actual)-recipient\s*:\s*(?:rfc822\s*;)?\s*<?({_EMAIL})>?",
)
_MESSAGE_ID = _rx(r"^\s*message-id\s*:\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$")

#: Where a bounce body stops describing the failure and starts quoting the original.
ORIGINAL_MARKERS: Final = _rx(
    r"^(?:-{2,}.*(?:below this line|original message|returned message|message headers|"
    r"undelivered message|forwarded message).*|\s*-+\s*original message\s*-+\s*"
    r"|content-type: message/rfc822|content-type: text/rfc822-headers"
    r"|\s*------ ?this is a copy of the message.*|\s*original message headers:?\s*"
    r"|\s*received: from .*)$",
)

#: Body lines that name the failed recipient, by vendor: (pattern, filter, description).
#: ``filter`` says which found addresses are dropped: "none" for forms whose shape alone
#: names the failed address; "people" drops the bounce's own recipients (the candidate);
#: "system" also drops help-desk addresses such as postmaster@ that reports mention.
RECIPIENT_BODY_RULES: Final[tuple[tuple[re.Pattern[str], str, str], ...]] = (
    (_DSN_RECIPIENT, "none", "Final-Recipient/Original-Recipient line in the text"),
    (_rx(rf"\"emailAddress\"\s*:\s*\"({_EMAIL})\""), "none", "Amazon SES JSON notification"),
    (_rx(rf"^\s*<({_EMAIL})>\s*:"), "none", "qmail/Postfix '<address>:' line"),
    (_rx(rf"\b(?:deliver(?:ing|ed)?|sent|send(?:ing)?) (?:your |the )?(?:mail |message |e-?mail )?"
         rf"to:? <?({_EMAIL})>?"), "people", "'could not deliver to <address>'"),
    (_rx(rf"^\s*(?:--\s*)?<?({_EMAIL})>?\s*$"), "people", "address alone on a line (Exim, Gmail)"),
    (_rx(rf"^\s*<?({_EMAIL})>?\s*(?:\(|:|\bon\b|<|\.\.\.)"), "system",
     "address with the error after it"),
    (_rx(rf"(?:recipients?|address(?:es)?|to|user|mailbox)\s*(?:address)?\s*:?\s*<?({_EMAIL})>?"),
     "system", "address named as recipient"),
    (_rx(rf"<?({_EMAIL})>?.{{0,80}}(?:unknown|rejected|does not exist|not found|failed|invalid"
         r"|unavailable|disabled|over ?quota|full|refused|denied|blocked|5\.\d\.\d|550)"),
     "system", "address next to an error"),
    (_rx(rf"<({_EMAIL})>"), "system", "address in angle brackets"),
)


def _bounce(message: Message, reasons: list[str], *, own: bool) -> Classification:
    return Classification(
        kind=_BOUNCE,
        intent=None,
        cold=False,
        promised_by=None,
        return_date=None,
        bounced_recipients=bounced_recipients(message),
        bounced_message_id=bounced_message_id(message),
        own=own,
        reasons=tuple(dict.fromkeys(reasons)),
    )


def bounced_recipients(message: Message) -> tuple[str, ...]:
    """The addresses a delivery report says failed, most reliable source first."""
    found: list[str] = []
    for part in message.parts:
        if part.content_type.endswith("delivery-status"):
            found.extend(m.group(1) for line in part.text.splitlines()
                         if (m := _DSN_RECIPIENT.match(line)))
    found.extend(_EMAIL_RE.findall(message.headers.get("x-failed-recipients", "")))
    if not found and message.body:
        found.extend(_recipients_in_body(message))
    own = message.sender.email if message.sender is not None else ""
    return tuple(dict.fromkeys(a.lower() for a in found if a.lower() != own))


def _recipients_in_body(message: Message) -> list[str]:
    report = _report_section(message.body or "")
    lines = [_UNQUOTE.sub("", line) for line in report.splitlines()]
    excluded = {person.email for person in message.recipients() + message.reply_to}
    for pattern, drop, _ in RECIPIENT_BODY_RULES:
        hits = [m.group(1) for line in lines if (m := pattern.search(line))]
        if drop != "none":
            hits = [hit for hit in hits if hit.lower() not in excluded]
        if drop == "system":
            hits = [hit for hit in hits if not ROLE_MAILBOX.match(local_part(hit))]
        if hits:
            return hits
    return []


_UNQUOTE = re.compile(r"^(?:\s*>)+ ?")


def _report_section(body: str) -> str:
    lines: list[str] = []
    for line in body.splitlines():
        if ORIGINAL_MARKERS.match(_UNQUOTE.sub("", line)):
            break
        lines.append(line)
    return "\n".join(lines)


def bounced_message_id(message: Message) -> str | None:
    """The Message-ID of the original that bounced, from the returned copy if present."""
    texts = [part.text for part in message.parts
             if part.content_type in {"message/rfc822", "text/rfc822-headers"}]
    if message.body:
        texts.append(message.body)
    for text in texts:
        for line in text.splitlines():
            found = _MESSAGE_ID.match(line)
            if found and found.group(1) != message.message_id:
                return found.group(1)
    return None


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
        kind=_AUTO_REPLY,
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
    intent, why = _intent(message)
    if why:
        reasons.append(f"intent {intent}: {why}")
    text = own_text(message.body) if message.body is not None else ""
    cold = kind is _HUMAN and intent is Intent.REJECTION and _is_curt(text)
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
    )


#: A rejection closes the matter, and the dates in a next step are meeting slots offered
#: to the candidate, not a promise to answer.
_NO_PROMISE_INTENTS: Final = frozenset({Intent.REJECTION, Intent.NEXT_STEP})


def _intent(message: Message) -> tuple[Intent | None, str]:
    if any(part.content_type == _CALENDAR_PART for part in message.parts):
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


def intent_of(text: str) -> tuple[Intent, str] | None:
    """The strongest intent whose phrase occurs in ``text`` (already stripped of quotes)."""
    hits = {intent: why for pattern, intent, why in reversed(INTENT_RULES) if pattern.search(text)}
    for intent in INTENT_ORDER:
        if intent in hits:
            return intent, hits[intent]
    return None


def _is_curt(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _COLD_MAX_WORDS and not WARMTH.search(text)
