"""What the candidate's own mailbox says about each company, and whom they already know there.

Pure: interviews, their classified timelines and assessments in; a record per company
and a list of connections per interview out.

- The *company record*: how many interviews, how many got an answer from a person,
  the median days from interview to the first answer, how many follow-ups it took,
  how many ended ghosted, and the outcomes.
- *Connections*: other people at the company's domains the candidate has exchanged
  mail with (never no-reply or system senders), with counts and the last date.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.companies import domain_matches
from silence_watch.core.conversation import signals
from silence_watch.core.ladder import THANK_YOU_GRACE
from silence_watch.core.model import Direction, InterviewState
from silence_watch.core.senders import is_no_reply
from silence_watch.core.words import plural, times

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import datetime

    from silence_watch.core.model import Interview, TimelineEntry
    from silence_watch.core.policy import Assessment


def median(values: Sequence[float]) -> float:
    """The middle value, or the mean of the two middle ones (``statistics.median``'s answer).

    Written here: ``statistics`` imports ``fractions`` and ``decimal``, ~2 ms of every
    ``status`` for one line.
    """
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(frozen=True, slots=True)
class CompanyRecord:
    """One company's track record with this candidate."""

    company: str
    interviews: int
    answered: int
    median_days_to_answer: float | None
    median_follow_ups: float | None
    ghosted: int
    outcomes: tuple[str, ...]

    def line(self) -> str:
        """One plain sentence for the digest and ``status``."""
        parts = [f"answered {self.answered} of {plural(self.interviews, 'interview')}"]
        if self.median_days_to_answer is not None:
            days = plural(self.median_days_to_answer, "day")
            parts.append(f"first answer after {days} (median)")
        if self.median_follow_ups:
            parts.append(f"after {plural(self.median_follow_ups, 'follow-up')}")
        if self.ghosted:
            parts.append(f"went silent {times(self.ghosted)}")
        return f"{self.company}: " + ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Connection:
    """Someone at the company the candidate has written with."""

    email: str
    name: str
    messages: int
    last_at: datetime


def _first_answer(interview: Interview, timeline: Sequence[TimelineEntry]) -> TimelineEntry | None:
    """Their first word after the interview: a person, the agency or their hiring system."""
    # ``signals``: the same, sorted alike, and kept for the tuple the standings asked already
    return next((e for e in signals(timeline) if e.at > interview.date), None)


def company_records(
    items: Iterable[tuple[Interview, Sequence[TimelineEntry], Assessment]],
) -> list[CompanyRecord]:
    """A record per company (by name, case-insensitive), in name order."""
    grouped: dict[str, list[tuple[Interview, Sequence[TimelineEntry], Assessment]]] = defaultdict(
        list
    )
    for item in items:
        grouped[item[0].company.strip().lower()].append(item)
    records = []
    for group in grouped.values():
        days: list[float] = []
        nudges: list[float] = []
        for interview, timeline, _ in group:
            answer = _first_answer(interview, timeline)
            if answer is None:
                continue
            days.append(round((answer.at - interview.date).total_seconds() / 86400))
            nudges.append(
                sum(
                    1
                    for e in timeline
                    if e.direction is Direction.OUTBOUND
                    and interview.date + THANK_YOU_GRACE < e.at < answer.at
                ),
            )
        records.append(
            CompanyRecord(
                company=group[0][0].company,
                interviews=len(group),
                answered=len(days),
                median_days_to_answer=median(days) if days else None,
                median_follow_ups=median(nudges) if nudges else None,
                ghosted=sum(1 for *_, a in group if a.state is InterviewState.GHOSTED),
                outcomes=tuple(a.state.value for *_, a in group),
            ),
        )
    return sorted(records, key=lambda r: r.company.lower())


def connections(
    interview: Interview,
    correspondence: Iterable[tuple[str, str, datetime]],
) -> list[Connection]:
    """People at the interview's domains in ``(email, name, at)`` history, busiest first.

    The interview's own contacts and addresses nobody reads are left out.
    """
    contacts = {c.email.lower() for c in interview.contacts}
    counts: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    last: dict[str, datetime] = {}
    for email, name, at in correspondence:
        address = email.lower()
        domain = address.rpartition("@")[2]
        if address in contacts or is_no_reply(address):
            continue
        if not domain_matches(domain, interview.domains):
            continue
        counts[address] += 1
        names[address] = name or names.get(address, "")
        last[address] = max(at, last.get(address, at))
    return sorted(
        (Connection(a, names[a], counts[a], last[a]) for a in counts),
        key=lambda c: (-c.messages, c.email),
    )
