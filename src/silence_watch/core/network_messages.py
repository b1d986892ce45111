"""A professional network's notice that a person sent the candidate a message. Pure.

LinkedIn's "Sam sent you a new message" carries Sam's words (a snippet, often the whole
note) and his headline ("Talent Partner at Brightwater Freight"), under List-Unsubscribe
like a newsletter. Read as bulk mail it was never a reply, and a follow-up went to Sam
after his "the team decided to go with a candidate who ..." (tester round t41sc). Such a
notice is a system relaying a person's message: ``core.kinds`` reads it as automated
mail, and ``core.match`` lets it find its process as a hiring system's mail does, by the
company its body names. Everything else a network sends (profile views, job alerts,
"people you may know") stays bulk: no answer from anyone.

A freelance marketplace's "New message from Hannah Cole (Bramble & Oak Furniture)", from
its messages@ address, is the same (tester round u11fl: the client's no, relayed, was tied
to nothing and a follow-up came after it).

A phone service's voicemail notice is the same thing by another road: Google Voice's "New
voicemail from Dana Ruiz" with its transcript ("it's Dana from Harborline ... we'd like to
bring you back for a final round") was mail tied to no process, and a follow-up went to Dana
two days after she had phoned a next step (tester round t41sc). A notice from a machine
address whose subject announces a voicemail relays the caller's words as a network does.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import relay_of
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import MessageKind
from silence_watch.core.senders import is_no_reply
from silence_watch.core.subjects import is_reply_subject

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: The networks, by a label of their sending domain.
NETWORKS: Final = {"linkedin": "LinkedIn", "xing": "XING"}
#: "Sam sent you a new message", "New message from Sam", in the five languages (folded
#: case only: accents as written).
_MESSAGE_NOTICE: Final = lazy_pattern(
    r"\b(?:sent you (?:a |an )?(?:new )?(?:message|inmail)|new message from|new messages? "
    r"waiting|hat (?:ihnen|dir) (?:eine )?(?:neue )?nachricht (?:gesendet|geschickt)|neue "
    r"nachricht von|vous a envoyé un (?:nouveau )?message|nouveau message de|te ha enviado "
    r"un (?:nuevo )?mensaje|nuevo mensaje de|heeft (?:je|u) een (?:nieuw )?bericht "
    r"(?:gestuurd|verzonden)|nieuw bericht van)\b",
)

#: "New voicemail from Dana Ruiz", "Voicemail from (617) 555-0143", in the five languages.
_VOICEMAIL_NOTICE: Final = lazy_pattern(
    r"^(?:new |neue |nouveau |nuevo |nieuwe )?(?:voice ?mail|voice message|sprachnachricht|"
    r"mailbox-nachricht|message vocal|mensaje de voz|buzón de voz|voicemailbericht)"
    r"(?: message)? (?:from|von|de|van)\b",
)
#: A phone service's sending mailbox ("service@ringcentral", tester round u08ph).
_SERVICE: Final = lazy_pattern(
    r"^(?:service|notify|notifications?|voicemail|vm|messaging|messages?|inbox|alerts?)$",
    re.IGNORECASE,
)
#: What the notices name themselves in reasons.
VOICEMAIL: Final = "a voicemail notice"
PLATFORM: Final = "a platform's message notice"


def network_of(domain: str) -> str | None:
    """The network a sending domain belongs to ("messages-noreply.linkedin.com"), or None."""
    labels = domain.casefold().split(".")
    return next((name for label, name in NETWORKS.items() if label in labels), None)


def relayed_message(message: Message) -> str | None:
    """The network (or phone service) that relays a person's words in ``message``, or None."""
    sender = message.sender
    if sender is None:
        return None
    subject = message.subject.casefold()
    if (network := network_of(sender.domain)) is not None:
        return network if _MESSAGE_NOTICE.search(subject) else None
    # a person's "Re: voicemail from this morning" is their own words, not a notice
    machine = is_no_reply(sender.email) or _SERVICE.match(sender.email.partition("@")[0])
    if not machine:
        return None
    if _VOICEMAIL_NOTICE.search(subject):
        return VOICEMAIL
    if _MESSAGE_NOTICE.search(subject) and not is_reply_subject(message.subject):
        return PLATFORM  # "New message from Hannah Cole (Bramble & Oak)" via Gigwell (u11fl)
    return None


def relayed_hits(message: Message) -> list[tuple[MessageKind, str]]:
    """The kind rule for ``core.kinds``: a relayed message is automated, never bulk."""
    network = relayed_message(message)
    return [] if network is None else [(MessageKind.AUTOMATED, f"{network} relaying a message")]


def relayed(message: Message) -> bool:
    """Whether ``message`` comes through a hiring system, a scheduler or a network's relay."""
    if message.sender is not None and relay_of(message.sender.domain) is not None:
        return True
    return relayed_message(message) is not None  # "Sam sent you a new message"
