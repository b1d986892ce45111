"""The digest's words: what needs the candidate's decision, who is overdue, who is waiting.

Pure: interviews, assessments and drafts in, plain text out. Numbers in "needs your
approval" are the ones the candidate answers with (``approve 1``).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from silence_watch.core.compose import format_day
from silence_watch.core.model import InterviewState
from silence_watch.core.words import plural

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
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


@dataclass(frozen=True, slots=True)
class DigestNews:
    """What else the digest reports, each item one plain line (values may come from mail).

    ``outcomes``: replies and outcomes since the last digest; ``attention``: sends whose
    fate is unknown, bounced contacts, refused approval attempts; ``proposals``: interviews
    proposed by invitations; ``records``: company record lines; ``known_people``: per
    interview id, the people there the candidate already knows (shown beside it).
    """

    outcomes: Sequence[str] = ()
    attention: Sequence[str] = ()
    proposals: Sequence[str] = ()
    records: Sequence[str] = ()
    known_people: Mapping[int, str] = field(default_factory=dict)


#: A line of the digest: its text and whether it is quoted draft text.
Line = tuple[str, bool]


def digest_sections(
    rows: Sequence[tuple[Interview, Assessment]],
    drafts: Sequence[DraftLine],
    *,
    now: datetime,
    zone: tzinfo,
    news: DigestNews | None = None,
) -> list[tuple[str, list[Line]]]:
    """The digest as (title, lines) sections; the first title is the heading."""
    news = news or DigestNews()
    approval: list[Line] = []
    if not drafts:
        approval.append(("  Nothing to approve today.", False))
    for draft in drafts:
        approval += [
            (f"  [{draft.number}] {describe_action(draft.kind)} to {draft.company} ({draft.to})",
             False),
            (f"      Subject: {draft.subject}", False),
            (f"      Goes out: {_going_out(draft.due_at, now, zone)}", False),
            *((f"      | {text}".rstrip(), True) for text in _wrapped(draft.body)),
            ("", False),
        ]  # fmt: skip
    if drafts:
        approval.append(('  Reply "approve 1", "skip 2", "snooze 3 4d" or "approve all".', False))
    heading = f"silence-watch digest for {format_day(now.astimezone(zone).date())}"
    sections: list[tuple[str, list[Line]]] = [(heading, []), ("NEEDS YOUR APPROVAL", approval)]
    if news.attention:
        sections.append(("NEEDS YOUR ATTENTION", [(f"  {item}", False) for item in news.attention]))
    groups = (
        ("OVERDUE", (InterviewState.OVERDUE, InterviewState.FOLLOWED_UP)),
        ("WAITING", (InterviewState.WAITING, InterviewState.UPCOMING)),
        ("ANSWERED", (InterviewState.REPLIED, InterviewState.REJECTED, InterviewState.OFFER)),
        ("GONE QUIET", (InterviewState.GHOSTED,)),
    )
    for title, states in groups:
        chosen = [(i, a) for i, a in rows if a.state in states]
        if chosen:
            lines = [
                line for i, a in chosen for line in _status(i, a, zone, news.known_people.get(i.id))
            ]
            sections.append((title, lines))
    for title, items in (
        ("SINCE THE LAST DIGEST", news.outcomes),
        ("PROPOSED INTERVIEWS", news.proposals),
        ("COMPANY RECORDS", news.records),
    ):
        if items:
            sections.append((title, [(f"  {item}", False) for item in items]))
    return sections


def _status(
    interview: Interview,
    verdict: Assessment,
    zone: tzinfo,
    known_people: str | None = None,
) -> list[Line]:
    expected = f", expected by {format_day(verdict.expected_by)}" if verdict.expected_by else ""
    quiet = f"{plural(verdict.days_silent, 'day')} quiet"
    lines = [
        (f"  {_label(interview)}: {verdict.state.value}, {quiet}{expected}", False),
        (f"      {verdict.reason}", False),
    ]
    if verdict.next_action is not None:
        action = describe_action(verdict.next_action.value)
        lines.append((f"      next: {action} on {when(verdict.next_action_at, zone)}", False))
    if known_people:
        lines.append((f"      you have also written with {known_people}", False))
    return lines


def token_line(token: str) -> str:
    """The line that proves a reply answers this digest (keep it in the quoted text)."""
    return f"Approval token: {token} (keep this line in your reply)"


def render_digest(
    rows: Sequence[tuple[Interview, Assessment]],
    drafts: Sequence[DraftLine],
    *,
    now: datetime,
    zone: tzinfo,
    news: DigestNews | None = None,
    token: str | None = None,
) -> str:
    """The plain-text digest."""
    sections = digest_sections(rows, drafts, now=now, zone=zone, news=news)
    lines = [sections[0][0], "", sections[1][0], *(text for text, _ in sections[1][1])]
    for title, body in sections[2:]:
        lines += ["", title, *(text for text, _ in body)]
    if token is not None:
        lines += ["", token_line(token)]
    return "\n".join(lines).rstrip() + "\n"


def render_digest_html(
    rows: Sequence[tuple[Interview, Assessment]],
    drafts: Sequence[DraftLine],
    *,
    now: datetime,
    zone: tzinfo,
    news: DigestNews | None = None,
    token: str | None = None,
) -> str:
    """The HTML digest: the same words, every value escaped, draft text as quotes."""
    sections = digest_sections(rows, drafts, now=now, zone=zone, news=news)
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"></head>',
        '<body style="font-family: sans-serif">',
        f"<h1>{escape(sections[0][0])}</h1>",
    ]
    for title, body in sections[1:]:
        out.append(f"<h2>{escape(title)}</h2>")
        quote: list[str] = []
        for text, quoted in [*body, ("", False)]:
            if quoted:
                quote.append(escape(text.strip().removeprefix("|").strip()))
                continue
            if quote:
                out.append("<blockquote>" + "<br>".join(quote) + "</blockquote>")
                quote = []
            if text.strip():
                out.append(f"<p>{escape(text.strip())}</p>")
    if token is not None:
        out.append(f"<p><small>{escape(token_line(token))}</small></p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
