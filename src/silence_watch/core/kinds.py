"""What sort of mail a message is: the kind rules, as tables, and the signals they raise.

Headers, MIME report parts, the sender's address (``core.senders``), the subject and the
body answer part of "did a person write this?". Every rule is a row with the reason shown
by ``silence-watch classify``. ``kind_signals`` tries them in a fixed order and returns
every rule that fires: the first decides the kind, the rest are kept as supporting reasons.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.application_words import about_her_application
from silence_watch.core.bounces import delivery_delayed, delivery_succeeded
from silence_watch.core.companies import ATS_LABELS, vendor_named
from silence_watch.core.customer_mail import TICKET_NOTICE, customer_hits
from silence_watch.core.fast_start import fast_start
from silence_watch.core.intents import intent_of
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.network_messages import relayed_hits
from silence_watch.core.quotes import own_text
from silence_watch.core.senders import BULK, BULK_SUBJECT, LIST_SOFTWARE, MAIL_SYSTEM, NO_REPLY
from silence_watch.core.subjects import PrefixKind, leading_prefixes
from silence_watch.core.withdrawal import withdrawal

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from silence_watch.core.model import Message

_AUTO_REPLY: Final = MessageKind.AUTO_REPLY
_BOUNCE: Final = MessageKind.BOUNCE
_BULK: Final = MessageKind.BULK
_AUTOMATED: Final = MessageKind.AUTOMATED
_DELAYED: Final = MessageKind.DELAYED


def _rx(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, re.IGNORECASE)


def _lowered(pattern: str) -> re.Pattern[str]:
    """A pattern written in lower case, for ``_lowered_search``: starts found fast."""
    return lazy_pattern(fast_start(pattern))


def _lowered_search(pattern: re.Pattern[str], text: str) -> bool:
    """True when ``pattern`` (from ``_lowered``) occurs in ``text``, whatever its case."""
    return pattern.search(text.lower()) is not None


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

#: Vendors beyond the relays of ``core.companies.ATS_LABELS``: names an employer may own.
_KIND_ONLY_VENDORS: Final = ("lever", "workday", "ashby", "homerun", "breezy", "comeet",
                             "eightfold", "otys", "paradox", "codetrial")  # fmt: skip
#: Applicant-tracking systems and assessment platforms that write for employers: a label
#: of the sender's domain, optionally with a suffix ("greenhouse-mail", "codingame-assess").
ATS_DOMAIN = _rx(
    r"(?:^|\.)(?:"
    + "|".join(sorted(map(re.escape, (*ATS_LABELS, *_KIND_ONLY_VENDORS)), key=len, reverse=True))
    + r")(?:-[a-z]+)?\.|(?:^|\.)join\.[a-z]+\.$"  # join.com, a word: as its own domain only
)

#: Display names of a team rather than a person.
TEAM_NAME: Final = _rx(r"\b(?:careers?|recruit\w*|talent\w*|jobs?|hiring|hr|people|team|"
                       r"notifications?|applications?|candidates?|karriere|recrutement|empleo"
                       r"|selecci[oó]n|werving|vacatures?)\b|\bvia\b")

#: The sender's address: (pattern on the local part, kind, reason).
SENDER_RULES: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (MAIL_SYSTEM, _BOUNCE, "sender is a mail system (mailer-daemon/postmaster)"),
)

#: A ``bounce@`` or ``bounces@`` local part is where mailing platforms and applicant-tracking
#: systems collect returns (VERP): it says where failures go, not that this is one. Such a
#: sender is a bounce only with a report part, a failure subject or a failure text.
BOUNCE_RETURN_ADDRESS: Final = _rx(r"^bounces?$")
#: Machine mail that is never a rejection or offer, whatever its words (core.system_notices).
_LIST_PROGRAM: Final = "sender is mailing-list software (list-admin/-owner/-request)"
_ACCOUNT_NOTICE: Final = "account notice subject (password, verification)"
NO_NEWS_REASONS: Final = frozenset({_ACCOUNT_NOTICE, _LIST_PROGRAM})
#: Bulk and automated senders, tried after the auto-reply rules.
LATE_SENDER_RULES: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (BULK, _BULK, "sender is a newsletter or job-alert address"),
    (NO_REPLY, _AUTOMATED, "sender is a no-reply address"),
    (LIST_SOFTWARE, _AUTOMATED, _LIST_PROGRAM),
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
    TICKET_NOTICE,  # Freshdesk's "Ticket Closed - [#48213] Re: ...": no answer
)

#: An out-of-office text in the present tense, for replies that carry neither a header nor
#: a telling subject; not a signature's habit ("on Fridays") or tomorrow's absence. Only
#: trusted on a short text that asks or decides nothing: "I'm travelling, but yes" is a reply.
OUT_OF_OFFICE_BODY: Final = _lowered(
    r"(?:\b(?:i am|i'm|i will be|i'll be) (?:currently |now |presently )?(?:out of (?:the )?office"
    r"|away from (?:the |my )?(?:office|desk|e-?mail)|on (?:\w+ )?leave|on (?:vacation|holiday"
    r"|sabbatical)|travel(?:l)?ing (?:with|and|until)|offline|away (?:until|till|through|from)"
    r"|not in the office|out (?:until|till|through))"
    r"|\bich bin (?:(?!morgen\b)\w+ ){0,4}(?:nicht im büro|abwesend|im urlaub|außer haus)"
    r"|\bje (?:suis|serai) (?:(?!demain\b)\w+ ){0,3}(?:absente?|en congés?|en vacances"
    r"|hors du bureau)"
    r"|\b(?:estoy|estaré) (?:\w+ ){0,3}(?:fuera de la oficina|de vacaciones|ausente)"
    r"|\b(?:sono|sarò) (?:\w+ ){0,3}(?:fuori ufficio|in ferie|assente)"
    r"|\bik ben (?:\w+ ){0,3}(?:afwezig|met vakantie|niet op kantoor)"
    r"|\b(?:estou|estarei) (?:\w+ ){0,3}(?:ausente|de férias|fora do escritório)"
    r"|\bjag är (?:\w+ ){0,3}(?:ledig|på semester|borta|tjänstledig|frånvarande"
    r"|inte på kontoret))\b"
    r"(?!\W*(?:on |every |each |les |tous les |los |elke |op )?(?:mondays|tuesdays|wednesdays"
    r"|thursdays|fridays|weekends|(?:lun|mar|mercre|jeu|vendre)dis|lunes|martes|mi[ée]rcoles"
    r"|jueves|viernes|(?:maan|dins|woens|donder|vrij)dag(?:en)?|tomorrow|demain|morgen"
    r"|ma[ñn]ana)\b)",
)
_OUT_OF_OFFICE_MAX_WORDS = 120

#: Bulk subjects: job alerts and newsletters.
BULK_SUBJECTS: Final[tuple[tuple[re.Pattern[str], MessageKind, str], ...]] = (
    (BULK_SUBJECT, _BULK, "job-alert or newsletter subject"),
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
     _ACCOUNT_NOTICE),
    (_rx(r"^\W*(?:complaint about message|(?:email |e-mail )?(?:abuse|feedback|spam|fbl|"
         r"dmarc (?:forensic|aggregate)) report|report domain:|spamtraphit)"), _AUTOMATED,
     "abuse or authentication report subject"),
)

#: Body phrases of delivery reports; used only when a whole message is available.
#: Written in lower case and searched in lowered text (``_lowered_search``): much faster
#: over a long body than a case-blind search.
BOUNCE_BODY: Final = _lowered(
    r"(?:could not be delivered|couldn't be delivered|was not delivered|wasn't delivered"
    r"|delivery (?:has )?failed|delivery to the following recipients? (?:failed|has been delayed)"
    r"|the following (?:address(?:es|\(es\))?|recipients?) (?:failed|had permanent)"
    r"|undeliverable|permanent(?:ly)? (?:error|fatal|failed)|i'm afraid i wasn't able to deliver"
    r"|this is the mail system at host|unable to deliver|user unknown|mailbox unavailable"
    r"|address rejected|no such user|message you sent (?:to|has|was)|returned to sender"
    r"|delivery status notification|could not deliver|message was rejected|rejected your message"
    r"|your message (?:to .* )?(?:could not|couldn't|was not|cannot) be"
    r"|550[ -]5\.\d\.\d|5\.1\.1|\"notificationtype\"\s*:\s*\"bounce\")",
)


def kind_signals(message: Message, text: str | None = None) -> list[tuple[MessageKind, str]]:
    """Every rule that fires, in table order: the first one decides the kind.

    ``text`` is the sender's own words of a whole message when the caller has them
    already (``core.quotes.own_text``); they are worked out here otherwise.
    """
    if text is None and message.body is not None:
        text = own_text(message.body)
    local = message.sender.local_part if message.sender is not None else ""
    subject = message.subject
    content_types = {part.content_type for part in message.parts}
    checks: tuple[Callable[[], Iterable[tuple[MessageKind, str]]], ...] = (
        lambda: _header_hits(message, HEADER_RULES[:4]),
        lambda: ((kind, reason) for ctype, kind, reason in PART_RULES if ctype in content_types),
        lambda: _mail_system_hits(message, local),
        lambda: _pattern_hits(subject, SUBJECT_RULES),
        lambda: _forwarded_bounce_hits(message),
        lambda: _ats_hits(message),
        lambda: relayed_hits(message),  # "Sam sent you a new message" (LinkedIn)
        lambda: customer_hits(message, text),  # her order, her bill, her support ticket
        lambda: _auto_reply_header_hits(message),
        lambda: _paired_hits(message),
        lambda: _pattern_hits(subject, OUT_OF_OFFICE_SUBJECTS),
        lambda: _body_out_of_office_hits(text),
        lambda: _application_mail_hits(message, text),
        lambda: _header_hits(message, LATE_HEADER_RULES[:3]),
        # a "campaign" mailbox that answers the candidate is a recruitment campaign's
        lambda: () if message.in_reply_to else _pattern_hits(local, LATE_SENDER_RULES[:1]),
        lambda: _pattern_hits(subject, BULK_SUBJECTS),
        lambda: _body_bounce_hits(message),
        lambda: _header_hits(message, LATE_HEADER_RULES[3:]),
        lambda: _pattern_hits(local, LATE_SENDER_RULES[1:]),
        lambda: _automated_subject_hits(message),
    )
    signals: list[tuple[MessageKind, str]] = []
    for check in checks:
        signals.extend(check())
    if signals and signals[0][0] is _BOUNCE and delivery_delayed(message):
        signals.insert(0, (_DELAYED, "a delivery delay: the mail system is still trying"))
    elif signals and signals[0][0] is _BOUNCE and delivery_succeeded(message):
        arrived = "a delivery receipt: every recipient got it (Action: delivered)"
        signals.insert(0, (MessageKind.AUTOMATED, arrived))
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


def _mail_system_hits(message: Message, local: str) -> Iterable[tuple[MessageKind, str]]:
    # mailer-daemon and postmaster write only reports; bounce@ is a return address that
    # hiring systems and newsletters send from too, so it needs a report to back it.
    if not local or not MAIL_SYSTEM.search(local):
        return
    if BOUNCE_RETURN_ADDRESS.search(local) and not _reports_a_failure(message):
        return
    yield _BOUNCE, "sender is a mail system (mailer-daemon/postmaster)"


def _reports_a_failure(message: Message) -> bool:
    """A delivery-failure subject, or a whole message whose text reports one."""
    if any(pattern.search(message.subject) for pattern, _, _ in SUBJECT_RULES[:2]):
        return True
    return message.body is not None and _lowered_search(BOUNCE_BODY, message.body[:5000])


def _auto_reply_header_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    # "Precedence: auto_reply" is also set by systems sending notices; with
    # "Auto-Submitted: auto-generated" beside it the message says it was generated, not a
    # reply to the candidate's mail, so only the explicit header counts then.
    generated = re.match(r"\s*auto-generated", message.headers.get("auto-submitted", ""))
    for kind, reason in _header_hits(message, HEADER_RULES[4:]):
        if not (generated and reason.startswith("Precedence")):
            yield kind, reason


def _ats_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    # A recruiter may write through the ATS relay by hand (Lever, Greenhouse); else an ATS
    # domain is the system. Before the bulk rules: its notices carry List-Unsubscribe.
    sender = message.sender
    if sender is None or not ATS_DOMAIN.search(sender.domain + "."):
        return
    if BULK.search(sender.local_part) or vendor_named(sender.name, sender.domain) or any(
        pattern.search(message.subject) for pattern, _, _ in BULK_SUBJECTS
    ):
        return  # the vendor's own marketing ("Welcome to the Jungle"): the bulk rules decide
    if NO_REPLY.search(sender.local_part):
        yield _AUTOMATED, "no-reply sender of an applicant-tracking system"
    elif TEAM_NAME.search(sender.name):
        yield _AUTOMATED, "applicant-tracking system sending as a team, not a person"
    elif not _person_on_relay(sender.name, sender.local_part):
        yield _AUTOMATED, "applicant-tracking system sending under the company's name"


def _person_on_relay(name: str, local: str) -> bool:
    """True when ``local`` is made of the words of a person's ``name`` ("dana.ruiz")."""
    words = {word.casefold() for word in re.findall(r"\w+", name)}
    parts = [part for part in re.split(r"[-_.+]", local.casefold()) if part]
    return len(parts) >= 2 and len(words) >= 2 and all(part in words for part in parts[:2])


def _application_mail_hits(
    message: Message, text: str | None
) -> Iterable[tuple[MessageKind, str]]:
    # A hiring system writing to the candidate about their own application often carries
    # List-Unsubscribe or Precedence: bulk; a newsletter carries List-Id and does not speak
    # of "your application". Only mail with one of those bulk headers is looked at here.
    headers = message.headers
    bulk_headers = "list-unsubscribe" in headers or re.match(
        r"\s*(?:bulk|list|junk)", headers.get("precedence", ""),
    )
    if not bulk_headers or "list-id" in headers:
        return
    opening = (text or "")[:600]
    if about_her_application(message.subject) or about_her_application(opening):
        yield _AUTOMATED, "a hiring system writing about your application (not a newsletter)"


def _automated_subject_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    # "Your application for Product Analyst" is also what a recruiter writes by hand: a
    # sender named like a person, at an address made of that name, is taken for one.
    sender = message.sender
    if sender is not None and _person_on_relay(sender.name, sender.local_part):
        yield from _pattern_hits(message.subject, AUTOMATED_SUBJECTS[1:])
        return
    yield from _pattern_hits(message.subject, AUTOMATED_SUBJECTS)


def _body_out_of_office_hits(own: str | None) -> Iterable[tuple[MessageKind, str]]:
    if own is None:
        return
    words = own.split()
    text = " ".join(words)
    if len(words) > _OUT_OF_OFFICE_MAX_WORDS or not _lowered_search(OUT_OF_OFFICE_BODY, text):
        return
    found = intent_of(text)  # a withdrawal "while travelling" is news, no absence (t47cs)
    if (found is None or found[0] is Intent.ACKNOWLEDGEMENT) and withdrawal(text) is None:
        yield _AUTO_REPLY, "out-of-office text in the present tense, asking nothing"


def _forwarded_bounce_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    # Someone forwarding a delivery report passes on a bounce, not an answer of their own;
    # only decided with the body, where the report itself can be seen.
    kinds, original_subject = leading_prefixes(message.subject)
    if message.body is None or PrefixKind.FORWARD not in kinds:
        return
    is_report = any(pattern.search(original_subject) for pattern, _, _ in SUBJECT_RULES)
    if is_report and _lowered_search(BOUNCE_BODY, message.body[:10000]):
        yield _BOUNCE, "forwards a delivery failure report"


def _body_bounce_hits(message: Message) -> Iterable[tuple[MessageKind, str]]:
    # Only a whole message from a machine (null envelope sender, no-reply or no sender at
    # all) counts here: a person may well write "my message could not be delivered".
    if message.body is None:
        return
    null_sender = re.match(r"^\s*<\s*>\s*$", message.headers.get("return-path", "")) is not None
    local = message.sender.local_part if message.sender is not None else ""
    machine = null_sender or message.sender is None or NO_REPLY.search(local)
    if machine and _lowered_search(BOUNCE_BODY, message.body[:5000]):
        yield _BOUNCE, "machine sender and a delivery-failure text"
