"""The zone a person wrote a mail's times in, when the mail names none.

A time whose own words name a zone ("16h, heure de Paris", "3pm ET") is read there by
``core.meetingtimes``; this module answers for the others, in this order:

1. the zone the Date header shows the writer in: a recruiter in Berlin writing "14 Uhr"
   means 14:00 at +01:00 (the candidate's or the interview's zone when the offset is
   theirs, so that a day after a change of summer time is read right);
2. the interview's own zone (``theirs``: its configured ``timezone``), when the Date says
   nothing about the writer: Claire in Paris, stamped +0000 by Exchange Online, moves a
   Paris interview "au mardi 24 novembre à 16h": 16:00 in Paris, not in Montréal where
   the candidate lives (tester round u35rl);
3. the candidate's own zone (the employer is most often where the candidate looks for
   work).

A Date says nothing about the writer when it is:

- a hiring system's or scheduling tool's, or any no-reply sender's: servers in UTC, and
  tools that show the invitee her own zone (the candidate's zone, not the interview's);
- ``+0000`` on a mail written in German, French, Spanish or Dutch: Exchange Online and
  webmail servers stamp UTC for people in Berlin, Paris, Madrid or Bogotá, none of whom
  write "14:00 Uhr" in UTC. English keeps it (London and Dublin are at +0000 all winter),
  unless the caller says +0000 tells nothing (``utc_says_nothing``: a round moved in
  words, where Outlook's +0000 came from writers anywhere).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from silence_watch.core.employers import tool_name
from silence_watch.core.language import language_of
from silence_watch.core.quotes import own_text
from silence_watch.core.senders import is_no_reply

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime, tzinfo

    from silence_watch.core.model import Interview, Message

#: Languages no one writes from a zone at +0000 (the Canary Islands aside).
_NEVER_AT_UTC: Final = frozenset({"de", "fr", "es", "nl"})


def writer_zone(
    message: Message,
    zone: tzinfo,
    *,
    theirs: tzinfo | None = None,
    utc_says_nothing: bool = False,
) -> tzinfo:
    """The zone the sender of ``message`` most likely wrote its times in.

    ``zone`` is the candidate's; ``theirs`` the zone of the interview the mail is about,
    when it has one. See the module's docstring for the order.
    """
    sender, sent = message.sender, message.date
    if sender is not None and (tool_name(sender.domain) is not None or is_no_reply(sender.email)):
        return zone
    fallback = theirs or zone
    if sender is None or sent is None or sent.tzinfo is None:
        return fallback
    offset = sent.utcoffset()
    if offset == timedelta(0) and (utc_says_nothing or _written_away_from_utc(message)):
        return fallback  # a server's stamp, also for a candidate in London
    for named in (zone, theirs):
        if named is not None and offset == sent.astimezone(named).utcoffset():
            return named
    return sent.tzinfo


def _written_away_from_utc(message: Message) -> bool:
    words = f"{message.subject}\n{own_text(message.body or '')}"
    return language_of(words, at_least=3) in _NEVER_AT_UTC


def round_zone(rounds: Sequence[Interview], sent: datetime) -> tzinfo | None:
    """The zone of the interview mail written at ``sent`` is about, when one is named.

    The first round still ahead with a ``timezone``, else the latest one with one.
    """
    ahead = sorted((r for r in rounds if r.date > sent), key=lambda r: r.date)
    behind = sorted((r for r in rounds if r.date <= sent), key=lambda r: r.date, reverse=True)
    return next(filter(None, map(interview_zone, (*ahead, *behind))), None)


def interview_zone(interview: Interview) -> ZoneInfo | None:
    """The interview's own ``timezone``, when it names one this machine knows."""
    if not interview.timezone:
        return None
    try:
        return ZoneInfo(interview.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
