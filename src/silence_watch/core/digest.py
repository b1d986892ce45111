"""The digest's words: what needs the candidate's decision, who is overdue, who is waiting.

Pure: interviews, assessments and drafts in, a ``Digest`` (the content, already in words)
out (``build_digest``); ``digest_text`` writes its plain-text part and ``core.digestpage``
its HTML. Numbers
in "needs your approval" are the ones the candidate answers with (``approve 1``); they run
from 1 over the drafts, so news items that can be corrected are numbered after them
(``first_news_number``).

Every time is shown in the candidate's zone with ``core.words`` ("Tue 3 Nov 15:00").
Nothing past is shown as a next step: a step that is due reads "waiting for your
approval" when a draft waits, else "due now". "N days quiet" and the day it is counted
from are the same fact, written once.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import InterviewState
from silence_watch.core.words import day_words, moment_words, plural

if TYPE_CHECKING:
    import re
    from collections.abc import Mapping, Sequence
    from datetime import datetime, tzinfo

    from silence_watch.core.model import Interview
    from silence_watch.core.policy import Assessment


@dataclass(frozen=True, slots=True)
class DraftLine:
    """A queued draft as the digest shows it.

    ``window``: the send window it would leave in if approved now (aware datetimes), when
    the shell knows it; ``leaves``: the one answer to "when does it go out" the shell
    computed (the same words status, plan and approve use), which wins when given;
    ``interview_id`` ties it to its interview's line.
    """

    number: int
    draft_id: int
    company: str
    kind: str
    to: str
    subject: str
    body: str
    due_at: datetime | None
    window: tuple[datetime, datetime] | None = None
    interview_id: int | None = None
    role: str = ""
    to_name: str = ""
    leaves: str | None = None


_ACTION_WORDS = {
    "thank_you": "thank-you note",
    "follow_up": "follow-up",
    "agency_check_in": "check-in with the agency",
    "closing_note": "closing note",
    "feedback_request": "request for feedback",
    "status_update": "status update",
    "connection_note": "note to someone you know there",
}


def describe_action(action: str) -> str:
    """An action name in plain words."""
    return _ACTION_WORDS.get(action, action.replace("_", " "))


@dataclass(frozen=True, slots=True)
class DigestNews:
    """What else the digest reports, each item one plain line (values may come from mail).

    ``readings``: each new message from a process's side and how it was read, numbered
    after the drafts so a reply can correct it; ``outcomes``: replies and outcomes since
    the last digest; ``attention``: questions about mail it could not read, sends whose
    fate is unknown, bounced contacts, refused approval attempts; ``proposals``: interviews
    proposed by invitations; ``records``: company record lines ("Acme: answered ..."),
    shown under each interview of that company; ``known_people``: per interview id, the
    people there the candidate already knows (shown beside it); ``call_plans``: per
    interview id, a phone call offered instead of the email (``core.callplan`` lines);
    ``languages``: per interview id, the language its drafts are written in, when not English;
    ``snoozed``: per interview id, a draft the candidate snoozed (its kind, until when).
    """

    outcomes: Sequence[str] = ()
    attention: Sequence[str] = ()
    proposals: Sequence[str] = ()
    readings: Sequence[str] = ()
    records: Sequence[str] = ()
    known_people: Mapping[int, str] = field(default_factory=dict)
    call_plans: Mapping[int, Sequence[str]] = field(default_factory=dict)
    languages: Mapping[int, str] = field(default_factory=dict)
    snoozed: Mapping[int, tuple[str, datetime]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Card:
    """One draft waiting for approval, in words."""

    number: int
    title: str
    to: str
    subject: str
    goes_out: str
    body: str


@dataclass(frozen=True, slots=True)
class Status:
    """One interview in words: its name, state, the facts, what comes next."""

    label: str
    state: str
    facts: tuple[str, ...]
    details: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    """The whole digest in words; ``sections`` are (title, items) after the drafts."""

    heading: str
    cards: tuple[Card, ...]
    statuses: tuple[tuple[str, tuple[Status, ...]], ...]
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    attention: tuple[str, ...]


#: The commands the digest teaches, with what each does (the text and HTML parts).
HOW_TO_ANSWER: Final = (
    ("approve 1", "send it as it is (also: approve 1 3, approve all)"),
    ("skip 2", "do not send it"),
    ("snooze 3 4d", "ask again in 4 days (or: snooze 3 until Dec 8)"),
    ("stop 4", "skip it and write no more follow-ups for that interview"),
    ("edit 1", "then your new text on the lines below it"),
)
WHERE_TO_WRITE: Final = (
    "Reply to this mail and write one command per line, anywhere: above the digest, "
    "below it, or under each draft."
)
GROUPS: Final = (
    ("OVERDUE", (InterviewState.OVERDUE, InterviewState.FOLLOWED_UP)),
    ("WAITING", (InterviewState.WAITING, InterviewState.UPCOMING)),
    ("ANSWERED", (InterviewState.REPLIED, InterviewState.REJECTED, InterviewState.OFFER)),
    ("GONE QUIET", (InterviewState.GHOSTED,)),
)


def first_news_number(drafts: Sequence[DraftLine]) -> int:
    """The number the first correctable news item gets: right after the drafts."""
    return max((draft.number for draft in drafts), default=0) + 1


def build_digest(
    rows: Sequence[tuple[Interview, Assessment]],
    drafts: Sequence[DraftLine],
    *,
    now: datetime,
    zone: tzinfo,
    news: DigestNews | None = None,
) -> Digest:
    """Everything the digest says, in words."""
    news = news or DigestNews()
    waiting = {d.interview_id: d.number for d in drafts if d.interview_id is not None}
    shown_records: set[str] = set()
    statuses = []
    for title, states in GROUPS:
        chosen = [(i, a) for i, a in rows if a.state in states]
        if chosen:
            group = []
            for interview, verdict in chosen:
                record = _record_of(interview.company, news.records)
                if record:
                    shown_records.add(interview.company)
                group.append(
                    _status(interview, verdict, now=now, zone=zone, draft=waiting.get(interview.id),
                            record=record, news=news)
                )  # fmt: skip
            statuses.append((title, tuple(group)))
    others = tuple(r for r in news.records if r.split(":", 1)[0] not in shown_records)
    sections = tuple(
        (title, tuple(items))
        for title, items in (
            ("HOW NEW MAIL WAS READ", news.readings),
            ("SINCE THE LAST DIGEST", news.outcomes),
            ("PROPOSED INTERVIEWS", news.proposals),
            ("COMPANY RECORDS", others),
        )
        if items
    )
    return Digest(
        heading=f"silence-watch digest for {day_words(now.astimezone(zone).date())}",
        cards=tuple(_card(draft, now, zone) for draft in drafts),
        statuses=tuple(statuses),
        sections=sections,
        attention=tuple(news.attention),
    )


def _card(draft: DraftLine, now: datetime, zone: tzinfo) -> Card:
    company = f"{draft.company} — {draft.role}" if draft.role else draft.company
    to = f"{draft.to_name} <{draft.to}>" if draft.to_name else draft.to
    title = f"{describe_action(draft.kind)} to {company}"
    if draft.kind == "connection_note":  # to someone the candidate knows, not to the company
        title = f"note to {draft.to_name or draft.to} about {company}"
    return Card(
        number=draft.number,
        title=_capitalised(title),
        to=to,
        subject=draft.subject,
        goes_out=goes_out(draft, now, zone),
        body=draft.body.rstrip() + "\n",
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def goes_out(draft: DraftLine, now: datetime, zone: tzinfo) -> str:
    """When the draft leaves once approved: its send window, its due time, or at once."""
    if draft.leaves:
        return draft.leaves.removeprefix("goes out ")
    if draft.window is not None:
        start, end = draft.window
        start = max(start, now)
        local_end = end.astimezone(zone)
        return f"{moment_words(start, zone, now=now)}–{local_end:%H:%M}, once you approve it"  # noqa: RUF001 - a range
    if draft.due_at is None or draft.due_at <= now:
        return "as soon as you approve it"
    return f"{moment_words(draft.due_at, zone, now=now)}, once you approve it"


_ISO_DAY = lazy_pattern(r"\b(\d{4})-(\d{2})-(\d{2})\b")
#: The policy's reasons that restate the quiet days and the expected day, said once above.
_RESTATED = lazy_pattern(
    r"^(?:no answer (?:since|by)|an answer is due by) "
    r"(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}(?: \d{4})?)(?:; )?"
)


def _status(
    interview: Interview,
    verdict: Assessment,
    *,
    now: datetime,
    zone: tzinfo,
    draft: int | None,
    record: str | None,
    news: DigestNews,
) -> Status:
    today = now.astimezone(zone).date()
    quiet_since = day_words(verdict.last_contact_at.astimezone(zone).date(), today=today)
    facts = [f"{plural(verdict.days_silent, 'day')} quiet (since {quiet_since})"]
    if verdict.expected_by is not None:
        verb = "was expected" if verdict.expected_by < today else "is expected"
        facts.append(f"an answer {verb} by {day_words(verdict.expected_by, today=today)}")
    details = []
    reason = _ISO_DAY.sub(
        lambda m: day_words(_date(m), today=today), _RESTATED.sub("", verdict.reason)
    ).strip()
    if reason:
        details.append(reason)
    if verdict.next_action is not None:
        snoozed = news.snoozed.get(interview.id)
        details.append(_next(verdict, now=now, zone=zone, draft=draft, snoozed=snoozed))
    if record:
        details.append(f"record: {record}")
    language = news.languages.get(interview.id)
    known = news.known_people.get(interview.id)
    call = news.call_plans.get(interview.id, ())
    if language:
        details.append(language)
    if known:
        details.append(f"you know: {known}")
    if call:
        details += ["or call instead of writing:", *(line.removeprefix("  ") for line in call)]
    label = f"{interview.company} — {interview.role}" if interview.role else interview.company
    return Status(label, verdict.state.value.replace("_", " "), tuple(facts), tuple(details))


def _next(
    verdict: Assessment,
    *,
    now: datetime,
    zone: tzinfo,
    draft: int | None,
    snoozed: tuple[str, datetime] | None,
) -> str:
    """What comes next for a process: its draft waiting, snoozed, due now, or its day."""
    action = describe_action(verdict.next_action.value if verdict.next_action else "")
    at = verdict.next_action_at
    if draft is not None:
        return f"next: {action}, waiting for your approval ([{draft}] above)"
    if snoozed is not None:  # not "due now": she put it off to a day (tester round u34dg)
        kind, until = snoozed
        return (
            f"next: {describe_action(kind)}, snoozed until"
            f" {moment_words(until, zone, now=now)}; then it waits for your approval"
        )
    if at is None or at <= now:
        return f"next: {action}, due now"
    return f"next: {action} on {moment_words(at, zone, now=now)}"


def _date(found: re.Match[str]) -> date:
    return date(int(found[1]), int(found[2]), int(found[3]))


def _record_of(company: str, records: Sequence[str]) -> str | None:
    prefix = f"{company}: "
    return next((r.removeprefix(prefix) for r in records if r.startswith(prefix)), None)


# --- The plain-text part ------------------------------------------------------------------


def token_line(token: str) -> str:
    """The line that proves a reply answers this digest (keep it in the quoted text)."""
    return f"Approval token: {token} (keep this line in your reply)"


def _wrapped(body: str, width: int = 72) -> list[str]:
    """Paragraph lines wrapped for reading on a phone; blank lines kept."""
    lines: list[str] = []
    for paragraph in body.rstrip().splitlines():
        lines += textwrap.wrap(paragraph, width) or [""]
    return lines


def text_lines(digest: Digest, token: str | None = None) -> list[str]:
    """The digest as plain-text lines."""
    lines = [digest.heading, "", "NEEDS YOUR APPROVAL"]
    if not digest.cards:
        lines.append("  Nothing to approve today.")
    for card in digest.cards:
        lines += [
            f"  [{card.number}] {card.title}",
            f"      To: {card.to}",
            f"      Subject: {card.subject}",
            f"      Goes out: {card.goes_out}",
            *(f"      | {text}".rstrip() for text in _wrapped(card.body)),
            "",
        ]
    if digest.cards:
        lines += ["HOW TO ANSWER", *(f"  {t}" for t in textwrap.wrap(WHERE_TO_WRITE, 70))]
        lines += [f"    {command:<13} {meaning}" for command, meaning in HOW_TO_ANSWER]
        lines.append("  Keep the token line at the end of this mail in your reply.")
    if digest.attention:
        lines += ["", "NEEDS YOUR ATTENTION", *(f"  {item}" for item in digest.attention)]
    for title, group in digest.statuses:
        lines += ["", title]
        for status in group:
            lines.append(f"  {status.label}: {status.state}, {', '.join(status.facts)}")
            lines += [f"      {detail}" for detail in status.details]
    for title, items in digest.sections:
        lines += ["", title, *(f"  {item}" for item in items)]
    if token is not None:
        lines += ["", token_line(token)]
    return lines


def digest_text(digest: Digest, token: str | None = None) -> str:
    """The plain-text part of ``digest``."""
    return "\n".join(text_lines(digest, token)).rstrip() + "\n"


def render_digest(
    rows: Sequence[tuple[Interview, Assessment]],
    drafts: Sequence[DraftLine],
    *,
    now: datetime,
    zone: tzinfo,
    news: DigestNews | None = None,
    token: str | None = None,
) -> str:
    """The plain-text digest, built and written in one step."""
    return digest_text(build_digest(rows, drafts, now=now, zone=zone, news=news), token)
