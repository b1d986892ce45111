"""Delivery reports: which addresses failed, and which message of ours bounced.

Read from the machine-readable parts when a report has them (RFC 3464
``message/delivery-status``, Exim's ``X-Failed-Recipients``), else from the report's
text, vendor by vendor, before the point where it starts quoting the original.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.senders import ROLE_MAILBOX, local_part

if TYPE_CHECKING:
    from silence_watch.core.model import Message


def _rx(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, re.IGNORECASE)


_EMAIL = (
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9-]+)+"
)
_EMAIL_RE = lazy_pattern(_EMAIL)
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


_ACTION = _rx(r"^\s*action\s*:\s*([a-z]+)")
#: Report actions that say the mail arrived (RFC 3464 section 2.3.3).
_ARRIVED: Final = frozenset({"delivered", "relayed", "expanded"})

#: Subjects of delivery-delay warnings: the mail system is still trying.
DELAY_SUBJECT: Final = _rx(
    r"^\W*(?:delivery status notification \(delay\)|delayed mail|delivery delayed"
    r"|message delivery delayed|warning: message .{0,40}delayed|warning: could not send message"
    r"|delay(?:ed)? (?:notification|warning)|zustellung verz[öo]gert|remise diff[ée]r[ée]e"
    r"|retard de (?:remise|distribution)|entrega (?:retrasada|demorada)|vertraagde (?:bezorging"
    r"|aflevering))",
)
#: What a delay warning says in its text.
DELAY_TEXT: Final = _rx(
    r"(?:not (?:yet )?been delivered|not delivered yet|not yet delivered|still undelivered"
    r"|delivery (?:is|has been) delayed|has been delayed|delayed to these recipients"
    r"|will (?:continue to |keep )?(?:be )?(?:retry|retried|retrying|attempt|trying)"
    r"|will retry|warning (?:message )?only|still being retried|temporary problem delivering)",
)
#: What a failure report says in its text (a delay warning says none of it).
FAILURE_TEXT: Final = _rx(
    r"(?:permanent(?:ly)? (?:error|failure|fatal|failed)|could not be delivered"
    r"|couldn't be delivered|delivery (?:has )?failed|undeliverable|user unknown|no such user"
    r"|address rejected|returned to (?:the )?sender|gave up|giving up|\b5\.\d\.\d{1,3}\b)",
)


def _actions(message: Message) -> list[str]:
    """The ``Action`` of every recipient in the report's delivery-status parts, lower case."""
    return [
        found.group(1).lower()
        for part in message.parts
        if part.content_type.endswith("delivery-status")
        for line in part.text.splitlines()
        if (found := _ACTION.match(line))
    ]


def delivery_delayed(message: Message) -> bool:
    """True for a delivery report that says delivery is delayed and still being tried.

    The report's ``Action`` fields decide when there are any (``delayed`` and no
    ``failed``); else a delay subject ("Delivery Status Notification (Delay)"), else a
    delay text with no failure text above the quoted original.
    """
    actions = _actions(message)
    if actions:
        return "delayed" in actions and "failed" not in actions
    if DELAY_SUBJECT.search(message.subject):
        return True
    if message.body is None:
        return False
    report = _report_section(message.body)
    return DELAY_TEXT.search(report) is not None and FAILURE_TEXT.search(report) is None


def delivery_succeeded(message: Message) -> bool:
    """True for a delivery report whose every ``Action`` says the mail arrived.

    Exchange's "Delivered:" receipt is a ``report-type=delivery-status`` report like a
    bounce, with ``Action: delivered`` (or ``relayed``, ``expanded``) for each recipient:
    nobody's address failed.
    """
    actions = _actions(message)
    return bool(actions) and all(action in _ARRIVED for action in actions)


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


_UNQUOTE = lazy_pattern(r"^(?:\s*>)+ ?")


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
