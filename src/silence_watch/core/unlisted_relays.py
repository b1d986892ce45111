"""Hiring systems and job boards no list knows: their mail is matched by its text. Pure.

``core.companies`` knows hiring systems and job boards by a label of their domain
(Greenhouse, Indeed, ...), and their mail finds its process by the company its sender
name, subject or text names. Mail from one it did not know matched nothing: "Maison Bréval
- Recrutement" <ne-pas-repondre@mail.talentis.example> and "Werkhaven"
<noreply@werkhaven.example> said no, the no was read and tied to no process, and a
follow-up went after it (tester round u46nw). The docs promise more: a hiring system's
sender name names the company, and its mail no header matched is read whole and matched
with its text. No list can hold every vendor, so the sender's kind stands in for it:

- a **system's address** (a no-reply local part, "ne-pas-repondre@", "noreply@",
  "notifications@", or a message its headers call generated: ``Auto-Submitted``), at a
  domain no list knows and no free mail provider's; never a newsletter's or job alert's
  local part ("newsletter@", "jobalerts@");
- mail **about her application** (``core.application_words``: "votre candidature", "je
  sollicitatie", "a job you applied to") in its subject or opening, and no list's mail
  (``List-Id``) nor a job alert's subject.

Such mail is a relay for ``core.match``: the same rules as a listed vendor's (the sender
name, the subject, then the text names the company; two roles at one company, its role
words choose), once its reading is a sure no or offer (``decision_only``): the reader
finds requests and steps in a review site's "how was your interview?" or a reference
check's notice, which tied would stop the ladder in silence. A company's own marketing, a
job alert ("new jobs for you at Tidewater"), a newsletter and a shop's receipt stay
unmatched.

Cost: a first sync reads 20,000 messages' headers. ``worth_reading`` is the engine's cheap
look at an unmatched one: a system's address, and its subject speaks of an application or
its sender name or subject names an interview's company. Only those are fetched whole.

Pure: no IO, no clock.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.application_words import about_her_application
from silence_watch.core.companies import company_names, is_consumer_domain, relay_of
from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.network_messages import relayed
from silence_watch.core.other_clients import names_in
from silence_watch.core.senders import BULK, BULK_SUBJECT, NO_REPLY

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.classify import Classification
    from silence_watch.core.match import Match
    from silence_watch.core.model import Interview, Message

#: How much of the sender's text is its opening, where a notice says what it is about.
_OPENING: Final = 600
#: The match rules that tie a relay's mail by the company it names.
_BY_NAME: Final = frozenset({"ats_sender", "ats_subject", "ats_body"})
#: What an unlisted system's mail must say to be tied: a decision.
_DECISIONS: Final = frozenset({Intent.REJECTION, Intent.OFFER})
#: Kinds a header verdict gives such mail: a notice, or one that looks like a mailing.
_MAY_RELAY: Final = frozenset({MessageKind.AUTOMATED, MessageKind.BULK})


def system_sender(message: Message) -> bool:
    """Whether ``message`` comes from a system's address that no list of relays knows."""
    sender = message.sender
    if sender is None or "@" not in sender.email:
        return False
    if relay_of(sender.domain) is not None or is_consumer_domain(sender.domain):
        return False
    if BULK.search(sender.local_part):
        return False  # "newsletter@", "jobalerts@": a mailing, whatever it speaks of
    generated = re.match(r"\s*auto-generated", message.headers.get("auto-submitted", ""))
    return bool(NO_REPLY.search(sender.local_part) or generated)


def unlisted_relay(message: Message) -> str | None:
    """The unlisted system that wrote ``message`` about her application, read whole, or None.

    Header-only mail (``body`` None) is never one: it is matched once it is read.
    """
    if message.body is None or not system_sender(message):
        return None
    if "list-id" in message.headers or BULK_SUBJECT.search(message.subject):
        return None
    opening = message.body.lstrip()[:_OPENING]
    if not (about_her_application(message.subject) or about_her_application(opening)):
        return None
    assert message.sender is not None  # noqa: S101 - system_sender said so
    return f"{message.sender.domain} (a hiring system or job board no list knows)"


def worth_reading(message: Message, kind: MessageKind, interviews: Sequence[Interview]) -> bool:
    """Whether unmatched mail of this header ``kind`` is to be fetched whole and matched.

    A listed hiring system's, scheduler's or network's notice (``relayed``); or an unlisted
    system's notice that speaks of an application or names an interview's company.
    """
    if kind is MessageKind.AUTOMATED and relayed(message):
        return True
    if kind not in _MAY_RELAY or not interviews or not system_sender(message):
        return False
    assert message.sender is not None  # noqa: S101 - system_sender said so
    if kind is MessageKind.AUTOMATED and about_her_application(message.subject):
        return True
    said = f"{message.sender.name}\n{message.subject}".casefold()
    return any(names_in(_long_names(iv.company), said) for iv in interviews)


@functools.lru_cache(maxsize=512)
def _long_names(company: str) -> tuple[str, ...]:
    """The company's names long enough not to stand in a subject by chance ("HP" aside)."""
    names = company_names(company)
    return tuple(name for name in names if len(name) >= 4) or names[:1]


def decision_only(message: Message, reading: Classification, match: Match | None) -> Match | None:
    """``match``, unless an unlisted system's mail tied by name says no sure decision.

    Review sites, surveys, reference and background checks and "viewed" notices from
    systems no list knows speak of "your interview" too, and the reader finds requests and
    steps in them (t34mm's Glassdoor, t13rf's Xref, t78lg's HireRight): tied, they would
    stop the ladder in silence. Only a sure no or offer is tied; the rest stays nobody's,
    as it was before.
    """
    if match is None or match.rule not in _BY_NAME or relayed(message):
        return match
    if not system_sender(message):
        return match
    sure = reading.intent in _DECISIONS and reading.confidence >= UNSURE_BELOW
    return match if sure else None
