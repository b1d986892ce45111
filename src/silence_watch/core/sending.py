"""When and to whom a follow-up may go out. Pure.

- The send window: weekdays and hours in the recipient's zone (default Tue-Thu
  09:30-11:30), never on a public holiday of the candidate's country (a nudge on
  Thanksgiving morning reads as careless), a small offset chosen by the shell so nothing
  leaves on the minute, and at most ``max_per_day`` sends per local day.
- Who may be written to: the interview's contacts, its agency's contacts, and people of
  the company who wrote to the candidate in that interview's threads. Nobody else.

The last look before sending and the outbox's states are ``core.lifecycle``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from silence_watch.core.model import Direction, Intent, MessageKind
from silence_watch.core.senders import is_no_reply

if TYPE_CHECKING:
    from collections.abc import Container, Sequence
    from datetime import tzinfo

    from silence_watch.core.model import Interview, TimelineEntry

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: How far ahead an opening is looked for: a one-day window past a run of holidays.
_LOOK_AHEAD_DAYS = 40


@dataclass(frozen=True, slots=True)
class SendWindow:
    """Weekdays (0 = Monday) and local hours in which follow-ups may leave."""

    days: frozenset[int] = frozenset({1, 2, 3})
    start: time = time(9, 30)
    end: time = time(11, 30)
    max_per_day: int = 3
    max_offset: timedelta = timedelta(minutes=20)
    #: Days nothing leaves on (``me.country``'s public holidays), as local dates.
    holidays: Container[date] = frozenset()


def opening(moment: datetime, window: SendWindow, zone: tzinfo) -> tuple[datetime, datetime]:
    """The first (start, end) of the window at or after ``moment``, clipped to ``moment``."""
    if not window.days or window.start >= window.end:
        raise ValueError("the send window has no open hours")
    day = moment.astimezone(zone).date()
    for _ in range(_LOOK_AHEAD_DAYS):
        if day.weekday() in window.days and day not in window.holidays:
            start = datetime.combine(day, window.start, tzinfo=zone).astimezone(UTC)
            end = datetime.combine(day, window.end, tzinfo=zone).astimezone(UTC)
            if end > moment:
                return max(start, moment), end
        day += timedelta(days=1)
    raise ValueError("the send window never opens")  # a week of holidays in every window


def send_time(
    earliest: datetime,
    window: SendWindow,
    zone: tzinfo,
    *,
    jitter: float,
    sent: Sequence[datetime] = (),
) -> datetime:
    """When to send: the first window with room at or after ``earliest``, plus an offset.

    ``jitter`` in [0, 1) is drawn by the shell; the offset is at most ``max_offset`` and
    never more than half of what is left of that window. ``sent`` holds earlier send times;
    a local day that already has ``max_per_day`` of them is skipped.
    """
    if window.max_per_day < 1:
        raise ValueError("max_per_day must be at least 1")
    moment = earliest
    for _ in range(400):
        start, end = opening(moment, window, zone)
        day = start.astimezone(zone).date()
        if sum(1 for at in sent if at.astimezone(zone).date() == day) < window.max_per_day:
            spare = min(window.max_offset, (end - start) / 2)
            return start + spare * min(max(jitter, 0.0), 0.999)
        moment = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    raise ValueError("no send day with room within a year")


def in_window(moment: datetime, window: SendWindow, zone: tzinfo) -> bool:
    """True when ``moment`` lies inside an open window."""
    start, _ = opening(moment, window, zone)
    return start == moment


def allowed_recipients(interview: Interview, timeline: Sequence[TimelineEntry]) -> frozenset[str]:
    """Every address silence-watch may write to about ``interview``."""
    allowed = {c.email.lower() for c in interview.contacts}
    if interview.agency is not None:
        allowed |= {c.email.lower() for c in interview.agency.contacts}
    allowed |= {
        entry.sender.lower()
        for entry in timeline
        if entry.direction is Direction.INBOUND and entry.kind is MessageKind.HUMAN and entry.sender
        and not entry.bystander
    }
    return frozenset(allowed | set(successors(timeline)))


def spelled_name(address: str) -> str:
    """"Ines Ferraz" for ines.ferraz@; empty unless the address is two names so joined."""
    parts = re.split(r"[._]", address.rpartition("@")[0])
    if len(parts) != 2 or not all(p.isalpha() and len(p) >= 2 for p in parts):
        return ""
    return " ".join(p.capitalize() for p in parts)


def copied_name(address: str, timeline: Sequence[TimelineEntry]) -> str:
    """A copied person's name: as the headers spell it, their side's first, else by address.

    "Andrés Quiroga" in Marta's Cc is Andrés, never the address's "Andres" (tester round
    u41ag); with no display name, "ines.ferraz@" is Ines Ferraz (``spelled_name``).
    """
    address = address.lower()
    heard = [
        name.strip() for e in sorted(timeline, key=lambda e: e.direction is not Direction.INBOUND)
        for r, name in zip(e.recipients, e.recipient_names, strict=False)
        if r.lower() == address and name.strip() and "@" not in name
    ]  # fmt: skip
    return heard[0] if heard else spelled_name(address)


def says_they_leave(entry: TimelineEntry) -> bool:
    """A person's own "Friday is my last day" or "Sam is picking this up from here".

    Their message names its sender as gone (from the company, or from this process).
    Most mail names nobody gone: asked first (a timeline is asked ~50,000 times a status).
    """
    return bool(entry.bounced_recipients) and entry.kind is MessageKind.HUMAN and (
        entry.sender.lower() in (a.lower() for a in entry.bounced_recipients)
    )  # not a colleague's "Markus has left"


def ran_it(entry: TimelineEntry) -> bool:
    """Whether this news shows its writer ran the process (so her heir takes her place).

    Any news does; a leaver's own hand-over only with news of hers in it: "te paso con mi
    compañero Samuel Ortega (en copia) ... te diremos algo antes del viernes 27 de
    noviembre" (tester round u44pp). A dated promise, a step or a request beside the
    hand-over is hers, so the colleague copied takes her place before the contacts who only
    sent warmth; a goodbye with no such word ("my last day is Friday, we'll be in touch")
    proves nothing of the kind.
    """
    return not says_they_leave(entry) or (
        entry.promised_by is not None or entry.intent in (Intent.NEXT_STEP, Intent.REQUEST)
    )


def names_leavers(entry: TimelineEntry) -> tuple[str, ...]:
    """Who a colleague's mail says has left ("Femke is niet meer bij ons in dienst"), lower case.

    Its writer is their heir (``core.named_leavers``); never the writer's own departure.
    """
    if not entry.bounced_recipients or entry.kind is not MessageKind.HUMAN or (
        entry.direction is not Direction.INBOUND
    ):
        return ()
    return tuple(a.lower() for a in entry.bounced_recipients if a.lower() != entry.sender.lower())


def successors(
    timeline: Sequence[TimelineEntry], of: Container[str] | None = None
) -> list[str]:
    """Colleagues a leaver copied ("Ines Ferraz, copied here, is picking up my searches").

    And whoever wrote that a leaver has gone ("Femke is niet meer bij ons; ik heb haar
    vacatures overgenomen"). ``of``: only those of these leavers (lower-case addresses);
    None: of every leaver.
    """
    found = []
    for entry in timeline:
        if not entry.bounced_recipients:
            continue  # names no leaver and says its writer stays (``names_leavers``, most mail)
        if any(of is None or gone in of for gone in names_leavers(entry)):
            found.append(entry.sender.lower())
        if not says_they_leave(entry) or (of is not None and entry.sender.lower() not in of):
            continue
        domain = entry.sender.lower().rpartition("@")[2]
        found += [r.lower() for r in entry.recipients if r.lower().endswith(f"@{domain}")
                  and r.lower() != entry.sender.lower() and not is_no_reply(r)]  # fmt: skip
    return found
