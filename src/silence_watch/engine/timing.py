"""When does this go out? One answer, computed here, for the digest, status, plan and approve.

A queued follow-up leaves in the first send window with room (in the recipient's zone)
after its moment and after the candidate approves it; the offset inside the window is
drawn once per interview and kind (``stable_jitter``), so every place that asks gets the
same minute, and ``approve`` records that minute. An approved draft leaves at its recorded
time; a sent one left when it did; drafts mode leaves it to the candidate. The words are
``core.words``' one format, in the candidate's zone (shell: reads the store).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.model import DraftStatus
from silence_watch.core.sending import send_time
from silence_watch.core.words import moment_words
from silence_watch.engine.knobs import recipient_zone, send_window

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from silence_watch.config import Settings
    from silence_watch.core.model import Draft, Interview
    from silence_watch.store import Store

_NEVER = {
    DraftStatus.SKIPPED: "will not go out: you skipped it",
    DraftStatus.CANCELLED: "will not go out: it was no longer needed",
}


@dataclass(frozen=True, slots=True)
class GoingOut:
    """When a follow-up leaves (or left), and what it still waits for.

    ``at`` is None when it never leaves by itself (skipped, cancelled, drafts mode, a send
    whose fate is unknown). ``waits_for_you``: it needs the candidate's approval first.
    """

    at: datetime | None
    waits_for_you: bool
    words: str


def stable_jitter(interview_id: int, kind: str) -> float:
    """The offset into the send window, in [0, 1): the same for an interview's kind of step.

    Random-looking (follow-ups should not all leave at 09:30:00) but fixed, so the minute
    shown before approval is the minute it goes out.
    """
    digest = hashlib.sha256(f"silence-watch:{interview_id}:{kind}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def first_send(
    store: Store,
    settings: Settings,
    interview: Interview,
    kind: str,
    earliest: datetime,
) -> datetime:
    """The moment a follow-up of ``kind`` approved at ``earliest`` would go out.

    Never while the process is snoozed: "every action of the process waits until it ends".
    """
    snoozed = interview.snoozed_until
    return send_time(
        max(earliest, snoozed) if snoozed is not None else earliest,
        send_window(settings, interview),
        recipient_zone(interview, settings),
        jitter=stable_jitter(interview.id, kind),
        sent=store.sent_times(),
    )


def going_out(store: Store, settings: Settings, draft: Draft, now: datetime) -> GoingOut:
    """When ``draft`` goes out, in words for the candidate (their zone, the one format)."""

    def words(moment: datetime) -> str:
        return moment_words(moment, settings.zone, now=now)

    settled = _settled(store, draft, now, words)
    if settled is not None:
        return settled
    if settings.sending.mode == "draft":
        text = "goes out when you send it from your Drafts folder"
        return GoingOut(None, waits_for_you=True, words=text)
    earliest = max(now, draft.due_at or now)
    snoozed = ""
    if draft.status is DraftStatus.SNOOZED and draft.snoozed_until is not None:
        earliest = max(earliest, draft.snoozed_until)
        snoozed = f"snoozed until {words(draft.snoozed_until)}; then "
    at = first_send(store, settings, store.interview(draft.interview_id), draft.kind, earliest)
    if settings.sending.mode == "auto":
        return GoingOut(at, waits_for_you=False, words=f"goes out {words(at)} unless you skip it")
    return GoingOut(
        at, waits_for_you=True, words=f"{snoozed}goes out {words(at)} once you approve it"
    )


def _settled(
    store: Store, draft: Draft, now: datetime, words: Callable[[datetime], str]
) -> GoingOut | None:
    """A draft whose moment is already fixed (approved, sent, skipped...); None if queued."""
    if draft.status in _NEVER:
        return GoingOut(None, waits_for_you=False, words=_NEVER[draft.status])
    if draft.status in (DraftStatus.SENT, DraftStatus.SENDING):
        item = store.outbox_for(draft.id)
        at = item.sent_at if item is not None and item.sent_at else draft.updated_at
        verb = "went out" if draft.status is DraftStatus.SENT else "is going out since"
        return GoingOut(at, waits_for_you=False, words=f"{verb} {words(at)}")
    if draft.status is DraftStatus.UNKNOWN:
        text = "may have gone out: sending was interrupted; check your Sent folder"
        return GoingOut(None, waits_for_you=False, words=text)
    if draft.status is DraftStatus.APPROVED:
        approval = store.approval(draft.id)
        at = max(approval.send_at if approval is not None else now, now)
        return GoingOut(at, waits_for_you=False, words=f"goes out {words(at)}")
    return None


def draft_for(store: Store, interview_id: int, slot: str | None) -> Draft | None:
    """The draft made for this step of this interview, if one was made."""
    if slot is None:
        return None
    found = [d for d in store.drafts(None, [interview_id]) if d.slot == slot]
    return found[-1] if found else None


def next_step(
    store: Store,
    settings: Settings,
    interview: Interview,
    *,
    action: str | None,
    slot: str | None,
    at: datetime | None,
    now: datetime,
) -> str:
    """What comes next for an interview and when, in words (status, digest and plan agree).

    A step whose draft exists is told by that draft's fate (waiting for approval, goes out
    at, skipped by you); a step not drafted yet by when it is due, or "due now" when its
    moment passed and the next run drafts it. Never a bare date in the past.
    """
    if action is None:
        return "nothing planned"
    what = action.replace("_", " ")
    draft = draft_for(store, interview.id, slot)
    if draft is not None:
        going = going_out(store, settings, draft, now)
        return f"{what}: draft {draft.id} {going.words}"
    if at is None:
        return what
    if at <= now:
        return f"{what}: due now; the next run drafts it for your approval"
    drafted = moment_words(at, settings.zone, now=now)
    if settings.sending.mode == "draft":
        return f"{what}: put in your Drafts folder {drafted}"
    leaves_at = first_send(store, settings, interview, action, at)
    leaves = moment_words(leaves_at, settings.zone, now=now)
    tail = "unless you skip it" if settings.sending.mode == "auto" else "once you approve it"
    return f"{what}: drafted {drafted}; goes out {leaves} {tail}"
