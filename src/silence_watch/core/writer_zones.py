"""The zone a person wrote a mail's times in, when the mail names none.

A person writes times in their own zone, and their Date header usually carries its
offset: a recruiter in Berlin writing "14 Uhr" means 14:00 at +01:00. Three kinds of
Date header say nothing about the writer, and for them the candidate's own zone is
the better guess (the employer is most often where the candidate looks for work):

- a hiring system's or scheduling tool's, or any no-reply sender's: servers in UTC;
- an offset equal to the candidate's: nothing to choose;
- ``+0000`` on a mail written in German, French, Spanish or Dutch: Exchange Online and
  webmail servers stamp UTC for people in Berlin, Paris, Madrid or Bogotá, none of whom
  write "14:00 Uhr" in UTC. English keeps it: London and Dublin are at +0000 all winter.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.employers import tool_name
from silence_watch.core.language import language_of
from silence_watch.core.quotes import own_text
from silence_watch.core.senders import is_no_reply

if TYPE_CHECKING:
    from datetime import tzinfo

    from silence_watch.core.model import Message

#: Languages no one writes from a zone at +0000 (the Canary Islands aside).
_NEVER_AT_UTC: Final = frozenset({"de", "fr", "es", "nl"})


def writer_zone(message: Message, zone: tzinfo) -> tzinfo:
    """The zone the sender of ``message`` most likely wrote its times in; else ``zone``."""
    sender, sent = message.sender, message.date
    if sender is None or sent is None or sent.tzinfo is None:
        return zone
    if tool_name(sender.domain) is not None or is_no_reply(sender.email):
        return zone
    offset = sent.utcoffset()
    if offset == sent.astimezone(zone).utcoffset():
        return zone
    if offset == timedelta(0) and _written_away_from_utc(message):
        return zone
    return sent.tzinfo


def _written_away_from_utc(message: Message) -> bool:
    words = f"{message.subject}\n{own_text(message.body or '')}"
    return language_of(words, at_least=3) in _NEVER_AT_UTC
