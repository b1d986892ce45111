"""The digest's words: what needs the candidate's decision, who is overdue, who is waiting.

Pure: interviews, assessments and drafts in, plain text out. Numbers in "needs your
approval" are the ones the candidate answers with (``approve 1``).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.compose import format_day
from silence_watch.core.model import InterviewState

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime, tzinfo

    from silence_watch.core.model import Interview
    from silence_watch.core.policy import Assessment


@dataclass(frozen=True, slots=True)
class DraftLine:
    """A queued draft as the digest shows it."""

    number: int
    draft_id: int
    company: str
    kind: str
    to: str
    subject: str
    body: str
    due_at: datetime | None


_ACTION_WORDS = {
    "thank_you": "thank-you note",
    "follow_up": "follow-up",
    "agency_check_in": "check-in with the agency",
    "closing_note": "closing note",
    "feedback_request": "request for feedback",
    "status_update": "status update",
}


def describe_action(action: str) -> str:
    """An action name in plain words."""
    return _ACTION_WORDS.get(action, action.replace("_", " "))


def when(moment: datetime | None, zone: tzinfo) -> str:
    """``Wednesday, November 25 at 09:00`` in the candidate's zone."""
    if moment is None:
        return "not scheduled"
    local = moment.astimezone(zone)
    return f"{format_day(local.date())} at {local:%H:%M}"


def _going_out(due_at: datetime | None, now: datetime, zone: tzinfo) -> str:
    if due_at is None or due_at <= now:
        return "as soon as you approve it"
    return f"{when(due_at, zone)}, once you approve it"


def _wrapped(body: str, width: int = 72) -> list[str]:
    """Paragraph lines wrapped for reading on a phone; blank lines kept."""
    lines: list[str] = []
    for paragraph in body.rstrip().splitlines():
        lines += textwrap.wrap(paragraph, width) or [""]
    return lines


def _label(interview: Interview) -> str:
    return f"{interview.company} — {interview.role}" if interview.role else interview.company


def render_digest(
    rows: Sequence[tuple[Interview, Assessment]],
    drafts: Sequence[DraftLine],
    *,
    now: datetime,
    zone: tzinfo,
) -> str:
    """The plain-text digest."""
    lines = [f"silence-watch digest for {format_day(now.astimezone(zone).date())}", ""]
    lines.append("NEEDS YOUR APPROVAL")
    if not drafts:
        lines.append("  Nothing to approve today.")
    for draft in drafts:
        lines += [
            f"  [{draft.number}] {describe_action(draft.kind)} to {draft.company} ({draft.to})",
            f"      Subject: {draft.subject}",
            f"      Goes out: {_going_out(draft.due_at, now, zone)}",
            *(f"      | {text}".rstrip() for text in _wrapped(draft.body)),
            "",
        ]
    if drafts:
        lines.append('  Reply "approve 1", "skip 2", "snooze 3 4d" or "approve all".')
    sections = (
        ("OVERDUE", (InterviewState.OVERDUE, InterviewState.FOLLOWED_UP)),
        ("WAITING", (InterviewState.WAITING, InterviewState.UPCOMING)),
        ("ANSWERED", (InterviewState.REPLIED, InterviewState.REJECTED, InterviewState.OFFER)),
        ("GONE QUIET", (InterviewState.GHOSTED,)),
    )
    for title, states in sections:
        chosen = [(i, a) for i, a in rows if a.state in states]
        if not chosen:
            continue
        lines += ["", title]
        for interview, verdict in chosen:
            expected = (
                f", expected by {format_day(verdict.expected_by)}" if verdict.expected_by else ""
            )
            quiet = f"{verdict.days_silent} days quiet"
            lines.append(f"  {_label(interview)}: {verdict.state.value}, {quiet}{expected}")
            lines.append(f"      {verdict.reason}")
            if verdict.next_action is not None:
                lines.append(
                    f"      next: {describe_action(verdict.next_action.value)}"
                    f" on {when(verdict.next_action_at, zone)}",
                )
    return "\n".join(lines).rstrip() + "\n"
